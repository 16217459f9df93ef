"""CSV output: the claims table, or the findings, one row each."""

from __future__ import annotations

import json
from typing import TextIO

from ..claims import Claim, claims_table
from ..pipeline import Result
from .common import ReportOptions, shown
from .safe import csv_text


def claims_csv(claims: list[Claim], out: TextIO) -> None:
    """The claims table as CSV (``linked`` joined with spaces)."""
    df = claims_table(claims)
    df["linked"] = df["linked"].map(" ".join)
    for col in _TEXT_COLUMNS:
        df[col] = df[col].map(csv_text)
    df.to_csv(out, index=False, lineterminator="\n")


#: the claims table's columns that hold text from documents (made formula-safe)
_TEXT_COLUMNS = ("id", "doc", "surface", "sentence", "subject", "place", "period", "measure",
                 "actor", "time")


def render(result: Result, out: TextIO, opts: ReportOptions) -> None:
    """Findings as CSV: id, rule, check, severity, message, claims, data (JSON)."""
    import csv

    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "rule", "check", "severity", "outcome", "message", "claims", "data"])
    for f in shown(result, opts):
        w.writerow([csv_text(x) for x in (
            f.id, f.rule, f.check, f.severity, f.outcome, f.message, " ".join(f.claims),
            json.dumps(f.data, sort_keys=True, default=str))])
    for s in result.skipped:  # a file not read: outcome "skipped", the file in "claims"
        w.writerow(["", "", "", "", "skipped", csv_text(s.cause), csv_text(s.path), "{}"])
