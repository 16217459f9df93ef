"""``agreement``: claims about the same subject must allow a common value.

Claims are compared as intervals (qualifier and rounding included), only when their
periods can be the same: figures stated for different years, or cumulative figures stated
at different dates (those belong to ``monotonic``), are not contradictions.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from ..claims import Claim
from ..findings import Finding
from ..grouping import Group, normalize_subject
from .base import Check, Context, Outcome, Param, doc_label, fmt, interval_gap, quote


def _cumulative(c: Claim) -> bool:
    return c.period_start is not None and c.period_end is not None and \
        c.period_start != c.period_end


def representatives(claims: list[Claim], limit: int = 300) -> list[Claim]:
    """One claim per distinct (document, interval, period, subject): comparing the copies of
    a figure repeated many times tells nothing new. Past ``limit``, the claims with the
    extreme intervals are kept, since a contradiction lies between extremes."""
    seen: dict[tuple, Claim] = {}
    for c in claims:
        key = (c.doc, c.low, c.high, c.period_stated, c.period_start, c.period_end, c.subject)
        seen.setdefault(key, c)
    reps = list(seen.values())
    if len(reps) <= limit:
        return reps
    half = limit // 2
    by_high = sorted(reps, key=lambda c: (c.high, c.doc, c.start))[:half]
    by_low = sorted(reps, key=lambda c: (-c.low, c.doc, c.start))[:half]
    return sorted({c.id: c for c in by_high + by_low}.values(), key=lambda c: (c.doc, c.start))


def overlapping(a: Claim, b: Claim) -> bool:
    """Whether two claims' periods can be the same (an unstated period can be anything)."""
    if a.period_stated and b.period_stated and a.period_start is not None and \
            b.period_start is not None and a.period_end is not None and b.period_end is not None:
        return not (a.period_end < b.period_start or b.period_end < a.period_start)
    return True


def comparable(a: Claim, b: Claim) -> bool:
    """Whether a difference between two claims would be a contradiction."""
    # A running total stated at two dates may grow in between: that is not a contradiction,
    # though the same total at both dates still corroborates.
    return overlapping(a, b) and not (
        (_cumulative(a) or _cumulative(b)) and a.period_end != b.period_end)


class AgreementCheck(Check):
    name = "agreement"
    description = "Claims about the same subject agree within their intervals."
    PARAMS = {
        "tolerance": Param("percent", 0.0, "gap allowed between two intervals"),
        "min_sources": Param("integer", 2, "independent sources needed for a corroboration"),
        "contradict_score": Param(
            "number", 85.0, "token_sort_ratio two subjects need before their values may "
            "contradict; a looser match (\"cities\" in \"provinces and cities\") may "
            "corroborate but never contradict"),
    }
    OUTCOMES = {
        "disagreement": Outcome(
            "{subject} ({place}): sources disagree: {values}", ("subject", "place", "values",
                                                               "gap")),
        "corroborated": Outcome(
            "{subject} ({place}): {value} corroborated by {sources} independent sources",
            ("subject", "place", "value", "sources")),
    }
    PASSING = ("corroborated",)

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        for g in ctx.groups:
            if len(g.claims) > 1:
                findings.extend(self._group(g))
        return findings

    def _group(self, g: Group) -> list[Finding]:
        tol = self.params["tolerance"]
        bad: list[tuple[Claim, Claim, float]] = []
        reps = representatives(g.claims)
        for i, a in enumerate(reps):
            for b in reps[i + 1:]:
                if a.sentence == b.sentence and a.doc == b.doc:
                    continue
                gap = interval_gap((a.low, a.high), (b.low, b.high))
                if gap > tol and comparable(a, b) and self._same_subject(g, a, b):
                    bad.append((a, b, gap))
        place = g.region or "no place"
        if bad:
            cited = sorted({c.id: c for pair in bad for c in pair[:2]}.values(),
                           key=lambda c: (c.doc, c.start))
            values = "; ".join(f"{quote(c)} in {doc_label(c.doc)} ({c.period})" for c in cited)
            arithmetic = [
                f"{quote(a)} allows {fmt(a.low)}–{fmt(a.high)}; {quote(b)} allows "
                f"{fmt(b.low)}–{fmt(b.high)}: {gap:.1%} apart (subject score "
                f"{g.scores.get((a.id, b.id), g.scores.get((b.id, a.id), 100)):.0f})"
                for a, b, gap in bad]
            return [self.finding(
                "disagreement", self.rule.severity, cited,
                {"subject": g.label, "place": place, "values": values,
                 "gap": max(x[2] for x in bad), "group": g.id},
                arithmetic, ("disagreement", g.kind, g.unit, g.region, g.label,
                             tuple(sorted((c.doc, c.value) for c in cited))))]
        return self._corroborations(g, place)

    def _same_subject(self, g: Group, a: Claim, b: Claim) -> bool:
        score = fuzz.token_sort_ratio(g.normalized.get(a.id) or normalize_subject(a.subject),
                                      g.normalized.get(b.id) or normalize_subject(b.subject))
        return score >= self.params["contradict_score"]

    def _corroborations(self, g: Group, place: str) -> list[Finding]:
        """Sets of claims in the group that allow a common value, from enough sources."""
        out = []
        used: set[str] = set()
        anchors = representatives(g.claims, limit=60)
        for anchor in sorted(anchors, key=lambda c: (c.high - c.low, c.doc, c.start)):
            if anchor.id in used:
                continue
            agree = [c for c in g.claims if c.id not in used and c.low <= anchor.high
                     and anchor.low <= c.high and (c is anchor or overlapping(anchor, c))]
            lo, hi = max(c.low for c in agree), min(c.high for c in agree)
            agree = [c for c in agree if c.low <= hi and lo <= c.high]
            docs = sorted({c.doc for c in agree})
            if len(docs) < self.params["min_sources"]:
                continue
            used.update(c.id for c in agree)
            agree.sort(key=lambda c: (c.doc, c.start))
            label = min((c.subject for c in agree), key=lambda s: (len(s), s))
            out.append(self.finding(
                "corroborated", "info", agree,
                {"subject": label, "place": place, "value": quote(agree[0]),
                 "sources": len(docs), "documents": [doc_label(d) for d in docs],
                 "group": g.id},
                [f"{quote(c)} ({c.subject}) in {doc_label(c.doc)} allows "
                 f"{fmt(c.low)}–{fmt(c.high)}" for c in agree]
                + [f"common ground: {fmt(lo)}–{fmt(hi)}"],
                ("corroborated", g.kind, g.unit, g.region, label, tuple(docs),
                 round(agree[0].value, 6))))
        return out
