"""Baselines: findings accepted once (with a reason) and hidden from later runs.

A finding is known by its fingerprint (rule + outcome + the normalized values behind it,
never line numbers), so a grown corpus shows only what is new, and entries that no longer
match anything are listed as stale.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import CorpusError
from .findings import Finding
from .output import write_atomic
from .yamlfile import read_yaml

HEADER = ("# crosscheck baseline: findings accepted as known. A run with --baseline hides them.\n"
          "# Give each entry a reason; entries that stop matching are reported as stale.\n")


@dataclass(frozen=True)
class Entry:
    """One accepted finding."""

    fingerprint: str
    rule: str
    message: str
    reason: str = ""


def load(path: Path) -> list[Entry]:
    """Entries of a baseline file; a malformed file is a one-line error naming the line."""
    if not path.is_file():
        raise CorpusError("baseline file not found", path=str(path))
    data = read_yaml(path, CorpusError)[0] or {}
    items = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise CorpusError("expected a 'findings:' list", path=str(path), line=1)
    out = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
            raise CorpusError(f"entry {i}: needs a 'fingerprint'", path=str(path))
        out.append(Entry(item["fingerprint"], str(item.get("rule", "")),
                         str(item.get("message", "")), str(item.get("reason") or "")))
    return out


def write(path: Path, findings: list[Finding], min_rank: int = 1) -> int:
    """Record the findings at or above warning (keeping reasons already written)."""
    from .findings import severity_rank

    old = {e.fingerprint: e for e in load(path)} if path.is_file() else {}
    entries = []
    for f in findings:
        if severity_rank(f.severity) < min_rank:
            continue
        reason = old[f.fingerprint].reason if f.fingerprint in old else ""
        entries.append({"fingerprint": f.fingerprint, "rule": f.rule, "message": f.message,
                        "reason": reason})
    entries.sort(key=lambda e: (e["rule"], e["fingerprint"]))
    body = yaml.safe_dump({"findings": entries}, sort_keys=False, allow_unicode=True,
                          width=100)
    write_atomic(path, HEADER + body)
    return len(entries)


def split(findings: list[Finding], entries: list[Entry]
          ) -> tuple[list[Finding], list[Finding], list[Entry]]:
    """(findings still shown, findings hidden by the baseline, stale baseline entries)."""
    known = {e.fingerprint for e in entries}
    shown = [f for f in findings if f.fingerprint not in known]
    hidden = [f for f in findings if f.fingerprint in known]
    seen = {f.fingerprint for f in findings}
    stale = [e for e in entries if e.fingerprint not in seen]
    return shown, hidden, stale
