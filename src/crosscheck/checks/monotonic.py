"""``monotonic``: a running total (sent so far, invested so far) never falls as the
documents' dates advance. Growth is not a conflict."""

from __future__ import annotations

from ..findings import Finding
from .agreement import _cumulative, representatives
from .base import Check, Context, Outcome, Param, doc_label, fmt, quote


class MonotonicCheck(Check):
    name = "monotonic"
    description = "Cumulative figures do not fall as the documents' dates advance."
    PARAMS = {
        "tolerance": Param("percent", 0.0, "fall allowed, beyond the figures' intervals"),
    }
    OUTCOMES = {
        "decrease": Outcome("{subject} ({place}) falls from {earlier} to {later}",
                            ("subject", "place", "earlier", "later")),
    }

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        tol = self.params["tolerance"]
        for g in ctx.groups:
            dated = []
            for c in representatives(g.claims):
                end = c.period_end if c.period_stated else None
                year, _ = ctx.doc_year(c.doc)
                when = end or year
                if when is not None and (_cumulative(c) or "total" in c.sentence.lower()):
                    dated.append((when, c))
            dated.sort(key=lambda x: (x[0], x[1].doc, x[1].start))
            for i, (t1, a) in enumerate(dated):
                for t2, b in dated[i + 1:]:
                    if t2 > t1 and a.doc != b.doc and b.high < a.low * (1 - tol):
                        findings.append(self.finding(
                            "decrease", self.rule.severity, [a, b],
                            {"subject": g.label, "place": g.region or "no place",
                             "earlier": f"{quote(a)} ({doc_label(a.doc)}, {t1})",
                             "later": f"{quote(b)} ({doc_label(b.doc)}, {t2})"},
                            [f"{quote(b)} allows at most {fmt(b.high)} in {t2} < "
                             f"{fmt(a.low)}, the least {quote(a)} allows in {t1}"],
                            ("decrease", g.label, g.region, a.value, b.value, t1, t2)))
        return findings
