"""``start_year``: sources that say when something began must agree."""

from __future__ import annotations

from collections import defaultdict

from ..findings import Finding
from .base import Check, Context, Outcome, Param, doc_label
from .starts import start_claims

START_WORDS = ["decided", "decision", "launched", "began", "begun", "introduced",
               "implemented", "established", "founded", "initiated", "inaugurated", "set up",
               "conducted", "created"]


START_WORDS_PARAM = Param("string_list", START_WORDS,
                          "words that mark a year as the start of something")


class StartYearCheck(Check):
    name = "start_year"
    description = "Years given for the start of the same thing, in one region, agree."
    PARAMS = {
        "start_words": START_WORDS_PARAM,
        "tolerance_years": Param("integer", 0, "years two start dates may differ by"),
        "min_sources": Param("integer", 2, "independent sources needed for a corroboration"),
    }
    OUTCOMES = {
        "disagreement": Outcome("start of {subject} in {place} differs across sources: {years}",
                                ("subject", "place", "years")),
        "corroborated": Outcome("start of {subject} in {place}: {years} in {sources} sources",
                                ("subject", "place", "years", "sources")),
    }
    PASSING = ("corroborated",)

    def run(self, ctx: Context) -> list[Finding]:
        starts = start_claims(ctx.claims, self.params["start_words"])
        by_region = defaultdict(list)
        for c in starts:
            by_region[ctx.region(c)].append(c)
        findings = []
        tol = self.params["tolerance_years"]
        for region in sorted(by_region):
            cs = sorted(by_region[region], key=lambda c: (c.doc, c.start))
            if len(cs) < 2:
                continue
            years = "; ".join(f"{c.surface} in {doc_label(c.doc)}" for c in cs)
            lo = max(c.low for c in cs)
            hi = min(c.high for c in cs)
            subject = "the work"
            arithmetic = [f"{doc_label(c.doc)}: {c.surface} → {int(c.low)}"
                          + (f"–{int(c.high)}" if c.high != c.low else "") for c in cs]
            if lo - hi > tol:
                arithmetic.append(f"no year lies in every interval: latest start {int(lo)} > "
                                  f"earliest end {int(hi)}")
                findings.append(self.finding(
                    "disagreement", self.rule.severity, cs,
                    {"subject": subject, "place": region or "no place", "years": years},
                    arithmetic, ("disagreement", region,
                                 tuple(sorted((c.doc, c.low, c.high) for c in cs)))))
            elif len({c.doc for c in cs}) >= self.params["min_sources"]:
                findings.append(self.finding(
                    "corroborated", "info", cs,
                    {"subject": subject, "place": region or "no place", "years": years,
                     "sources": len({c.doc for c in cs})},
                    arithmetic, ("corroborated", region, tuple(sorted({c.doc for c in cs})))))
        return findings
