"""``crosscheck rules test``: every rule proves itself on its own example texts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .checks import REGISTRY
from .corpus import document_from_text
from .pipeline import extract_claims, run_rules
from .rulebook import Rule


@dataclass(frozen=True)
class ExampleResult:
    """One example text of one rule: expected to flag or pass, and whether it did."""

    rule: str
    expect: str  # flag | pass
    text: str
    flagged: bool
    messages: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.flagged == (self.expect == "flag")


def run_examples(rules: list[Rule], rules_dir: Path) -> list[ExampleResult]:
    """Run each rule alone on each of its examples: a text is a one-document corpus, a list
    of texts a corpus of one document each."""
    out = []
    for rule in rules:
        passing = REGISTRY[rule.check].PASSING
        for expect in ("flag", "pass"):
            for i, example in enumerate(rule.examples[expect]):
                texts = (example,) if isinstance(example, str) else example
                docs, claims = extract_claims(
                    [document_from_text(f"{expect}{i}" + (f"-{j}" if j else ""), text)
                     for j, text in enumerate(texts)], rules_dir)
                found = [f for f in run_rules([rule], docs, claims, rules_dir)
                         if f.outcome not in passing]
                out.append(ExampleResult(rule.id, expect, " | ".join(texts), bool(found),
                                         tuple(f.message for f in found)))
    return out
