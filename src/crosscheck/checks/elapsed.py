"""``elapsed``: durations and anniversaries against the start dates they imply.

"the 20th anniversary" in 2014 implies a start in 1994; "over the past 30 years" in a 2024
text, 1994; "more than three decades ago" in a 2019 text, before 1989. Each implied start
is held against the start years the corpus states for the same region.
"""

from __future__ import annotations

from collections import defaultdict

from ..claims import Claim
from ..findings import Finding
from .base import Check, Context, Outcome, Param, doc_label
from .start_year import START_WORDS_PARAM
from .starts import (
    duration_topic,
    place_words,
    rule_canon,
    start_claims,
    start_pattern,
    start_topic,
)


class ElapsedCheck(Check):
    name = "elapsed"
    description = "Durations and anniversaries agree with the start years they imply."
    PARAMS = {
        "start_words": START_WORDS_PARAM,
        "tolerance_years": Param("integer", 0, "years an implied start may be off by"),
    }
    OUTCOMES = {
        "mismatch": Outcome("{claim} implies a start in {implied}, but {place} sources give "
                            "{stated}", ("claim", "implied", "place", "stated")),
        "consistent": Outcome("{count} durations and anniversaries about {place} match its "
                              "stated start ({stated})", ("count", "place", "stated")),
    }
    PASSING = ("consistent",)

    def run(self, ctx: Context) -> list[Finding]:
        starts = start_claims(ctx, self.params["start_words"])
        places = place_words(ctx)
        pattern = start_pattern(self.params["start_words"])
        canon = rule_canon(self.rule.path)
        topics = {s.id: start_topic(s, pattern, places, canon) for s in starts}
        starts_by_region = defaultdict(list)
        for s in starts:
            starts_by_region[ctx.region(s)].append(s)
        tol = self.params["tolerance_years"]
        findings = []
        consistent: dict[str, list[tuple[Claim, tuple[int, int], Claim]]] = defaultdict(list)
        for c in sorted(ctx.claims, key=lambda c: (c.doc, c.start)):
            implied = self._implied(c, ctx)
            if implied is None:
                continue
            # Only the starts of what this duration speaks of: a posting's "three years" is
            # not measured against the start of the programme it was part of.
            own = duration_topic(c, places, canon)
            related = [s for s in starts_by_region.get(ctx.region(c), []) if topics[s.id] & own]
            if not related:
                continue
            region = ctx.region(c)
            lo, hi = implied
            match = [s for s in related if s.low - tol <= hi and lo <= s.high + tol]
            stated = "; ".join(f"{s.surface} ({doc_label(s.doc)})" for s in related)
            shown = f"{lo}" if lo == hi else f"{lo}–{hi}" if lo > 0 else f"{hi} or earlier"
            if match:
                consistent[region].append((c, implied, match[0]))
                continue
            findings.append(self.finding(
                "mismatch", self.rule.severity, [c, *related],
                {"claim": f"{c.surface} ({doc_label(c.doc)})", "implied": shown,
                 "place": region or "the", "stated": stated},
                [self._explain(c, ctx, implied)],
                ("mismatch", c.doc, c.kind, c.value, region)))
        for region in sorted(consistent):
            items = consistent[region]
            cited = [x for c, _, s in items for x in (c, s)]
            unique = list({c.id: c for c in cited}.values())
            findings.append(self.finding(
                "consistent", "info", unique,
                {"count": len(items), "place": region or "it",
                 "stated": ", ".join(sorted({s.surface for _, _, s in items}))},
                [self._explain(c, ctx, implied) + f" ✓ {s.surface} ({doc_label(s.doc)})"
                 for c, implied, s in items],
                ("consistent", region, tuple(sorted(c.id for c, _, _ in items)))))
        return findings

    def _implied(self, c: Claim, ctx: Context) -> tuple[int, int] | None:
        """The start years a duration or anniversary allows, or None."""
        year, inferred = ctx.doc_year(c.doc)
        if c.kind == "ordinal" and c.subject.lower().startswith("anniversary"):
            ref = c.period_start if c.period_stated and c.period_start else year
            if ref is None:
                return None
            late = 1 if (not c.period_stated and inferred) else 0
            return int(ref - c.value), int(ref - c.value) + late
        if c.kind != "duration" or c.subject not in ("past", "ago") and not c.subject:
            return None
        if year is None or c.value < 1:
            return None
        if c.subject not in ("past", "ago") and c.period_stated and c.period_end is not None \
                and c.period_end != year:
            # "After 10 years of construction, the bridge opened in 2018": the duration ends
            # at the year its sentence states, not at the text's date
            return None
        late = 1 if inferred else 0
        n_lo, n_hi = c.low, c.high
        if c.subject == "ago":
            # "more than three decades ago": at least 30 years before the text
            return (0 if c.qualifier == "over" else int(year - n_hi)), int(year + late - n_lo)
        return int(year - n_hi), int(year + late - n_lo)

    @staticmethod
    def _explain(c: Claim, ctx: Context, implied: tuple[int, int]) -> str:
        year, inferred = ctx.doc_year(c.doc)
        when = f"text of {year}{' (inferred, or later)' if inferred else ''}"
        if c.kind == "ordinal":
            ref = c.period if c.period_stated else when
            return f"{c.surface} {c.subject} in {ref}: {ref[:4]} − {int(c.value)} = {implied[0]}"
        lo, hi = implied
        span = f"{hi} or earlier" if lo == 0 else f"{lo}–{hi}"
        return (f"{c.qualifier + ' ' if c.qualifier != 'exact' else ''}{c.surface} "
                f"{'ago' if c.subject == 'ago' else 'elapsed'} in a {when}: start {span}")
