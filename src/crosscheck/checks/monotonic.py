"""``monotonic``: a running total (sent so far, invested so far, the death toll) never falls
as its as-of date advances. Growth is not a conflict.

Only figures whose frames say they are running totals (``aggregation: cumulative``) of the
same measure, status and actor, each with a stated instant (an as-of date or the end of a
stated period), are put in order; an instant known only to the year is not ordered against
another in the same year.
"""

from __future__ import annotations

from ..claims import Claim
from ..findings import Finding
from ..frame import apart
from .agreement import representatives
from .base import Check, Context, Outcome, Param, doc_label, fmt, quote


def instant(c: Claim) -> tuple[int, int, int] | None:
    """When a running total was stated as reached: (year, month, day), zeros where the text
    gives less; None when the frame has no instant."""
    if c.aggregation != "cumulative":
        return None
    if c.time_scope == "as_of":
        parts = c.time.split("-")
        try:
            nums = [int(p) for p in parts[:3]]
        except ValueError:
            return None
        return tuple(nums + [0] * (3 - len(nums)))  # type: ignore[return-value]
    if c.time_scope == "period" and c.period_end is not None:
        return (c.period_end, 0, 0)
    return None


def before(t1: tuple[int, int, int], t2: tuple[int, int, int]) -> bool:
    """Whether ``t1`` is surely earlier than ``t2`` (a part left unknown is not compared)."""
    for a, b in zip(t1, t2, strict=True):
        if a == 0 or b == 0:
            return False
        if a != b:
            return a < b
    return False


class MonotonicCheck(Check):
    name = "monotonic"
    description = "Running totals do not fall as their as-of dates advance."
    PARAMS = {
        "tolerance": Param("percent", 0.0, "fall allowed, beyond the figures' intervals"),
    }
    OUTCOMES = {
        "decrease": Outcome("{subject} ({place}) falls from {earlier} to {later}",
                            ("subject", "place", "earlier", "later")),
        "rising": Outcome("{subject} ({place}) never falls: {series}",
                          ("subject", "place", "series")),
    }
    PASSING = ("rising",)

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        tol = self.params["tolerance"]
        for g in ctx.groups:
            dated = [(t, c) for c in representatives(g.claims)
                     if (t := instant(c)) is not None]
            dated.sort(key=lambda x: (x[0], x[1].doc, x[1].start))
            ordered: list[tuple[tuple[int, int, int], Claim]] = []
            fell = False
            for i, (t1, a) in enumerate(dated):
                for t2, b in dated[i + 1:]:
                    if not before(t1, t2) or apart(a, b, strict=True) not in (
                            "", "time", "time scope"):
                        continue
                    ordered += [(t1, a), (t2, b)]
                    if b.high >= a.low * (1 - tol):
                        continue
                    fell = True
                    when1, when2 = _shown(t1), _shown(t2)
                    findings.append(self.finding(
                        "decrease", self.rule.severity, [a, b],
                        {"subject": g.label, "place": g.region or "no place",
                         "earlier": f"{quote(a)} ({doc_label(a.doc)}, {when1})",
                         "later": f"{quote(b)} ({doc_label(b.doc)}, {when2})"},
                        [f"{quote(b)} allows at most {fmt(b.high)} as of {when2} < "
                         f"{fmt(a.low)}, the least {quote(a)} allows as of {when1}"],
                        ("decrease", g.label, g.region, a.value, b.value, when1, when2)))
            if ordered and not fell:
                findings.append(self._rising(g.label, g.region, ordered))
        return findings


    def _rising(self, label: str, region: str,
                ordered: list[tuple[tuple[int, int, int], Claim]]) -> Finding:
        """One info finding for a running total whose dated figures never fall."""
        chain = sorted({c.id: (t, c) for t, c in ordered}.values(),
                       key=lambda x: (x[0], x[1].doc, x[1].start))
        series = " → ".join(f"{quote(c)} ({doc_label(c.doc)}, {_shown(t)})" for t, c in chain)
        return self.finding(
            "rising", "info", [c for _, c in chain],
            {"subject": label, "place": region or "no place", "series": series},
            [f"each later figure allows at least the least of the one before: {series}"],
            ("rising", label, region, tuple(c.value for _, c in chain)))


def _shown(t: tuple[int, int, int]) -> str:
    return "-".join(f"{x:02d}" if i else str(x) for i, x in enumerate(t) if x)
