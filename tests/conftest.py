from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.corpus import document_from_text
from crosscheck.extract import load_lexicon
from crosscheck.pipeline import extract_claims, run_rules
from crosscheck.rulebook import load_rules

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
RULES = ROOT / "rules"


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """The command line caches claims; tests keep theirs in a folder of their own."""
    import os

    os.environ["CROSSCHECK_CACHE"] = str(tmp_path_factory.mktemp("claims-cache"))


@pytest.fixture(scope="session")
def lexicon():
    return load_lexicon(RULES)


def claims_of(text: str, doc_id: str = "t"):
    """Claims of one in-memory document, scoped like the pipeline does."""
    _, claims = extract_claims([document_from_text(doc_id, text)], RULES)
    return claims


def findings_of(texts: dict[str, str], rule_dir: Path = RULES, published=None):
    """Findings of the rules in ``rule_dir`` on in-memory documents {id: text}."""
    docs = [document_from_text(i, t, (published or {}).get(i)) for i, t in texts.items()]
    docs, claims = extract_claims(docs, RULES)
    return run_rules(load_rules([rule_dir]), docs, claims)


def one(claims, surface: str):
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, (surface, [c.surface for c in claims])
    return found[0]
