"""Finding: what a rule concluded, the claims it cites and the arithmetic that shows it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("info", "warning", "error")


def severity_rank(severity: str) -> int:
    """0 for info, 1 warning, 2 error; ordering for --fail-on and --min-severity."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True, eq=False)
class Finding:
    """One conclusion of one rule. Immutable; ``fingerprint`` ignores positions in files."""

    rule: str
    check: str
    severity: str
    message: str
    claims: tuple[str, ...]
    outcome: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    arithmetic: tuple[str, ...] = ()
    basis: tuple[Any, ...] = ()  # stable values the fingerprint is made of

    @property
    def fingerprint(self) -> str:
        """Hash of rule, outcome and the normalized values behind the finding (no offsets)."""
        blob = json.dumps([self.rule, self.outcome, list(self.basis)], sort_keys=True,
                          default=str)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    @property
    def id(self) -> str:
        """Short stable id for ``crosscheck explain``: ``rule#fingerprint``."""
        return f"{self.rule}#{self.fingerprint[:8]}"

    def record(self) -> dict[str, Any]:
        """The finding as the JSON contract has it."""
        return {
            "id": self.id,
            "rule": self.rule,
            "check": self.check,
            "severity": self.severity,
            "outcome": self.outcome,
            "message": self.message,
            "claims": list(self.claims),
            "arithmetic": list(self.arithmetic),
            "data": self.data,
            "fingerprint": self.fingerprint,
        }


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Most severe first, then by rule and the first claim cited: a stable report order."""
    return sorted(findings, key=lambda f: (-severity_rank(f.severity), f.rule,
                                           f.claims[0] if f.claims else "", f.fingerprint))
