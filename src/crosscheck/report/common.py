"""Pieces every report format shares: options, the summary counts, quoting a claim."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..checks.base import SCALE_WORDS
from ..claims import Claim
from ..findings import SEVERITIES, Finding, severity_rank
from ..pipeline import Result


@dataclass(frozen=True)
class ReportOptions:
    """How to render: what to show, and whether colour is allowed."""

    min_severity: str = "info"
    color: bool | None = None  # None: decide from the terminal
    command: str = ""  # the command line that reproduces the report
    width: int | None = None
    timestamp: str = ""  # shown only when asked for (--timestamp): reports stay reproducible
    chart: str = ""  # file name of the rates chart beside a Markdown report


def shown(result: Result, opts: ReportOptions) -> list[Finding]:
    """The findings at or above ``min_severity``, in report order."""
    floor = severity_rank(opts.min_severity)
    return [f for f in result.findings if severity_rank(f.severity) >= floor]


def severity_counts(findings: list[Finding]) -> dict[str, int]:
    """Findings per severity, every severity present (most severe first)."""
    counts = Counter(f.severity for f in findings)
    return {s: counts.get(s, 0) for s in reversed(SEVERITIES)}


def kind_counts(claims: list[Claim]) -> dict[str, int]:
    """Claims per kind, sorted by kind name."""
    counts = Counter(c.kind for c in claims)
    return dict(sorted(counts.items()))


def format_value(claim: Claim) -> str:
    """The normalized value as a reader reads it: ``11.484e9 CNY``, ``12,000 count``."""
    if claim.kind == "year_range":
        return f"{int(claim.low)}–{int(claim.high)}"
    if claim.kind == "year":
        return str(int(claim.value))
    v = claim.value
    text = f"{v:,.0f}" if v == int(v) and abs(v) < 1e15 else f"{v:,.6g}"
    return f"{text} {claim.unit}"


def format_interval(claim: Claim) -> str:
    """``[low, high]`` in the claim's unit, compact."""
    if claim.low == claim.high:
        return "exact" if claim.kind not in ("year", "year_range") else "—"
    if claim.kind in ("year", "year_range"):
        return f"{int(claim.low)}–{int(claim.high)}"
    return f"{_compact(claim.low)} – {_compact(claim.high)}"


def _compact(v: float) -> str:
    """An end of an interval as a reader writes it: "875 million", not "8.75e+08"."""
    for scale, word in SCALE_WORDS:
        if abs(v) >= scale:
            return f"{v / scale:,.6g} {word}"
    return f"{v:,.6g}"


@dataclass(frozen=True)
class Citation:
    """A quoted sentence and the cited figures in it (offsets within the sentence)."""

    doc: str
    sentence_start: int
    sentence: str
    spans: tuple[tuple[int, int], ...]
    claims: tuple[Claim, ...]

    def segments(self) -> list[tuple[str, bool]]:
        """The sentence as (text, is_cited_figure) pieces, for highlighting."""
        out, pos = [], 0
        for a, b in self.spans:
            if a > pos:
                out.append((self.sentence[pos:a], False))
            out.append((self.sentence[a:b], True))
            pos = b
        if pos < len(self.sentence):
            out.append((self.sentence[pos:], False))
        return out


def citations(claims: list[Claim]) -> list[Citation]:
    """Cited claims gathered by sentence, in citation order (a sentence quoted once)."""
    order: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        order.setdefault((c.doc, c.sentence_start), []).append(c)
    out = []
    for (doc, start), group in order.items():
        spans = sorted({(c.start - start, c.end - start) for c in group})
        out.append(Citation(doc, start, group[0].sentence, tuple(spans), tuple(group)))
    return out
