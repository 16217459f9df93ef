"""``agreement``: claims about the same quantity must allow a common value.

Claims are compared as intervals (qualifier and rounding included), and only when their
frames say they are the same quantity (``frame.apart``): the same measure, status, actor,
aggregation and time. A frame element unknown on either side means abstain: no warning.
Cumulative figures at two as-of dates belong to ``monotonic``. A corroboration (``info``)
asks less: measures alike and no known element apart.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Set
from pathlib import Path

from ..claims import Claim
from ..extract.subjects import STOP
from ..findings import Finding
from ..frame import apart, load_vocabulary
from ..grouping import Group
from ..units import unit_text
from .base import (
    Check,
    Context,
    Outcome,
    Param,
    doc_label,
    fmt,
    interval_gap,
    quote,
    touching,
)
from .local import OPTIONAL_QUALIFIER, alternation, as_written, written_span
from .topics import same_topic
from .transposed import swapped

_SCALED = re.compile(r"\d\s*(?:million|billion|trillion|mn|bn|m|b)\b", re.IGNORECASE)


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


def _meet(a: Claim, b: Claim) -> bool:
    """Whether two figures allow a common value. Where they only touch, the point they
    share must be allowed by both: "more than a billion" allows no billion, nor does "almost
    $1 billion", so the two are on either side of it (two roundings that touch, "$112
    million" and "$113 million", may both be 112.5 million)."""
    lo, hi = max(a.low, b.low), min(a.high, b.high)
    if touching(lo, hi):
        lo = hi
    if lo != hi:
        return lo < hi
    return not any((c.qualifier == "over" and c.low == lo) or
                   (c.qualifier == "nearly" and c.high == lo) for c in (a, b))


#: a sentence this long that two texts share word for word is one report run twice (a wire
#: story printed by two outlets), not two sources
_COPIED_SENTENCE = 40


def independent_sources(claims: list[Claim]) -> int:
    """The documents of ``claims``, counting as one those that state a figure in the very same
    sentence: a wire story printed by several outlets corroborates nothing by itself."""
    parent: dict[str, str] = {}

    def root(doc: str) -> str:
        while parent.setdefault(doc, doc) != doc:
            doc = parent[doc]
        return doc

    first_with: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: (c.doc, c.start)):
        root(c.doc)
        text = " ".join(c.sentence.split())
        if len(text) >= _COPIED_SENTENCE:
            parent[root(c.doc)] = root(first_with.setdefault(text, c.doc))
    return len({root(d) for d in parent})


class AgreementCheck(Check):
    name = "agreement"
    description = "Claims about the same subject agree within their intervals."
    PARAMS = {
        "tolerance": Param("percent", 0.0, "gap allowed between two intervals"),
        "distinctive_digits": Param(
            "integer", 3, "significant digits a figure needs to corroborate by itself "
            "(\"2,698\" has four; \"700 million\" one)"),
        "distinctive_digits_scaled": Param(
            "integer", 2, "significant digits a figure written with a scale word needs to "
            "corroborate by itself (\"$45 billion\" has two)"),
        "min_sources": Param("integer", 2, "independent sources needed for a corroboration"),
        "max_ratio": Param("number", 4.0, "how many times one value may be the other for two "
                           "figures to disagree: '1.5 million homes' and '3,800 homes' of one "
                           "year are a country's and a town's, not one figure misreported (a "
                           "slip of scale, a thousand times, is restated-scale's; two digits "
                           "swapped may be further apart)"),
        "max_spread": Param("percent", 0.05, "how far apart the stated values of a "
                                             "corroboration may be"),
        "min_count": Param("integer", 10, "a count below this corroborates nothing by a "
                           "shared noun: 'two districts' and 'two district hospitals', 'two "
                           "managers' in three texts, are alike by chance or say nothing"),
        "toll_measures": Param("string_list", ["killed", "injured", "missing"],
                               "measures whose small counts corroborate all the same: three "
                               "dead in two reports is worth saying"),
        "plan_change_words": Param(
            "string_list", ["cut", "raised", "lowered", "reduced", "increased", "revised",
                            "scaled back", "scaled down", "trimmed", "lifted", "slashed",
                            "pared back", "upped", "changed", "moved", "pushed back",
                            "brought forward", "expanded", "narrowed", "reset"],
            "a plan's figure after one of these and \"to\" (\"the target has been cut to "
            "1.2 million homes\") is a plan its text says was changed: another text's "
            "figure of the plan may be the one before the change, and is no disagreement"),
        "news_cycle_days": Param("integer", 3, "how many days apart two texts may be "
                                 "dated, each by its own words, for a figure one of them "
                                 "states with no time to be taken as of its day, like a "
                                 "figure the other states for that day or its year (0: "
                                 "never)"),
        "news_cycle_spread": Param("percent", 0.15, "how far apart the stated values of such "
                                   "a pair may be: a figure with no time is only known to be "
                                   "the same quantity as one close to it (two towns' homes "
                                   "damaged, two schools' pupils, differ widely)"),
        "either_side_days": Param("integer", 31, "how many days apart two texts may be dated "
                                  "to point out that they put a figure on either side of a "
                                  "mark ('more than a billion', 'almost $1 billion')"),
    }
    OUTCOMES = {
        "disagreement": Outcome(
            "{subject} ({place}): sources disagree: {values}", ("subject", "place", "values",
                                                               "gap")),
        "corroborated": Outcome(
            "{subject} ({place}): {value} corroborated by {sources} independent sources",
            ("subject", "place", "value", "sources")),
        "either_side": Outcome(
            "{subject} ({place}): {first} and {second} lie on either side of {mark}",
            ("subject", "place", "first", "second", "mark")),
    }
    PASSING = ("corroborated",)

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        self._changed = re.compile(
            rf"\b(?:{alternation(self.params['plan_change_words'])})\s+(?:[a-z]+\s+)?to\s+"
            + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
        self._on_top = re.compile(
            r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+" + OPTIONAL_QUALIFIER
            + "$", re.IGNORECASE)
        vocab = load_vocabulary(Path(self.rule.path).parent)
        self._tolls = frozenset(self.params["toll_measures"])
        self._event_words = frozenset(
            [*(vocab.event_of or {}), *(vocab.event_of or {}).values()])

    def _another(self, c: Claim) -> bool:
        """Whether ``c`` is counted on top of another figure: "another 27,500 families"."""
        return self._on_top.search(c.sentence, max(0, c.start - c.sentence_start - 30),
                                   c.start - c.sentence_start) is not None

    def _has_event(self, measure: str) -> bool:
        """Whether a measure names what happened to what it counts ("schools rebuilt",
        "killed"), not only a noun ("farmer")."""
        return any(w in self._event_words for w in measure.split())

    def _plan_changed(self, c: Claim) -> bool:
        """Whether ``c`` is a plan's figure its text says was changed to ("the target has
        been cut to 1.2 million homes", "raised the goal to 50,000")."""
        return c.status == "planned" and self._changed.search(
            c.sentence, max(0, c.start - c.sentence_start - 60),
            c.start - c.sentence_start) is not None

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        # the values each text states of each measure, whatever group their place put
        # them in: a text that states both sides of a pair tells them apart ("Spanish
        # airports handled 309 million passengers ... Madrid-Barajas 66 million"), so
        # another text's 66 million is no contradiction of 309 million
        self._values = _ValueIndex(c for c in ctx.claims if c.measure)
        for g in ctx.groups:
            if len(g.claims) > 1:
                findings.extend(self._group(g, ctx))
        cited = {i for f in findings for i in f.claims}
        findings.extend(self._same_figure(ctx, cited))
        return findings

    def _same_figure(self, ctx: Context, cited: set[str]) -> list[Finding]:
        """Corroborations by a distinctive figure: "2,698", "25.4 billion", "2,309 metres"
        stated alike, to every digit and in the same unit, in several documents of one
        corpus. Four digits repeated are the same figure far more often than not, and the
        frames read around them are not reliable enough to overrule that; places are named,
        not required to match (a place is often only where a statement was made). Only a
        percentage, which recurs for unrelated shares, needs frames that do not differ. A
        round figure ("700 million") recurs by chance and needs a shared measure (the
        groups) instead."""
        buckets: dict[tuple, list[Claim]] = {}
        for c in ctx.claims:
            if c.id in cited or c.role in ("series_first", "series_last", "range") or \
                    not any(ch.isdigit() for ch in c.surface) or \
                    significant_digits(c.stated if c.stated is not None else c.value) < \
                    self._digits_needed(c):
                continue  # "a third" is 33.333333 but has no digit written, none distinctive
            buckets.setdefault((c.kind, c.unit, round(c.value, 6)), []).append(c)
        out = []
        starts = {c.id: c.start for c in ctx.claims}
        for (kind, unit, _), cs in sorted(buckets.items(), key=lambda kv: kv[0]):
            if all(any(starts.get(i, c.start) < c.start for i in c.linked) for c in cs):
                # only conversions ("4.1 billion euros ($4.6 billion)" and, years later, "3.8
                # billion euros ($4.6 billion)"): each follows its own figure and the rate of
                # its day, and meeting tells nothing; a text that states the amount does
                continue
            if kind == "percent" or significant_digits(cs[0].stated or cs[0].value) < \
                    self.params["distinctive_digits"]:
                # a share such as "12.5%", or a figure of few digits ("1.4 million"), recurs
                # for unrelated things (a projection and an outcome): it needs frames alike
                cs = _widest_alike(sorted(cs, key=lambda c: (c.doc, c.start)))
            else:
                # ... but two months or days that the texts name for it are two figures
                # ("147,000 jobs in April" and "147,000 in June")
                cs = _widest_one_time(sorted(cs, key=lambda c: (c.doc, c.start)))
            regions = sorted({ctx.region(c) for c in cs} - {""})
            docs = sorted({c.doc for c in cs})
            sources = independent_sources(cs)
            if sources < self.params["min_sources"]:
                continue
            label = min((c.measure or c.subject for c in cs), key=lambda s: (not s, len(s), s))
            place = " / ".join(regions) or "no place"
            out.append(self.finding(
                "corroborated", "info", cs,
                {"subject": label or "the same figure", "place": place,
                 "value": quote(cs[0]), "sources": sources,
                 "documents": [doc_label(d) for d in docs], "group": ""},
                [f"{quote(c)} in {doc_label(c.doc)}: “{c.sentence.strip()[:80]}”" for c in cs]
                + [f"{significant_digits(cs[0].stated or cs[0].value)} significant digits "
                   f"stated alike in {len(docs)} documents"
                   + (f", {sources} of them independent" if sources < len(docs) else "")],
                ("figure", kind, unit, place, tuple(docs), round(cs[0].value, 6))))
        return out + self._converted(ctx, cited | {i for f in out for i in f.claims})

    def _digits_needed(self, c: Claim) -> int:
        """Significant digits a figure needs to corroborate by itself: fewer for an amount
        written with a scale word ("$45 billion"), which recurs by chance far less often
        than a small count ("45")."""
        if c.kind in ("money", "count", "quantity") and _SCALED.search(c.surface):
            return self.params["distinctive_digits_scaled"]
        return self.params["distinctive_digits"]

    def _converted(self, ctx: Context, cited: set[str]) -> list[Finding]:
        """Corroborations across units: "923 hectares" and "2,281 acres", each stated to three
        digits or more, are one area once both are in square metres (their intervals meet and
        their values are within half a percent)."""
        pool = sorted((c for c in ctx.claims if c.kind == "quantity" and c.id not in cited
                       and c.qualifier in ("exact", "") and c.stated is not None
                       and c.stated != c.value and c.value > 0
                       and significant_digits(c.stated) >= self.params["distinctive_digits"]),
                      key=lambda c: (c.unit, c.value, c.doc, c.start))
        out = []
        for i, a in enumerate(pool):
            for b in pool[i + 1:]:
                if b.unit != a.unit or b.value > a.value * 1.005:
                    break
                if b.doc == a.doc or b.stated == a.stated or \
                        abs(a.value - b.value) > _last_digit(a) + _last_digit(b):
                    continue
                label = (a.measure or b.measure or a.subject or b.subject or "the same figure")
                regions = sorted({ctx.region(a), ctx.region(b)} - {""})
                out.append(self.finding(
                    "corroborated", "info", [a, b],
                    {"subject": label, "place": " / ".join(regions) or "no place",
                     "value": quote(a), "sources": 2,
                     "documents": [doc_label(a.doc), doc_label(b.doc)], "group": ""},
                    [f"{quote(a)} in {doc_label(a.doc)} = {fmt(a.value)} {unit_text(a.unit)}",
                     f"{quote(b)} in {doc_label(b.doc)} = {fmt(b.value)} {unit_text(b.unit)}",
                     "the same quantity in two units, within the rounding of both"],
                    ("converted", a.unit, a.doc, b.doc, round(a.value, 3), round(b.value, 3))))
                break
        return out

    def _group(self, g: Group, ctx: Context) -> list[Finding]:
        tol = self.params["tolerance"]
        bad: list[tuple[Claim, Claim, float]] = []
        reps = representatives(g.claims)
        # A disagreement needs frames that are not apart (strict): a known measure and time,
        # and the same status, time, aggregation and presence of an actor. Only claims alike
        # in these are paired: the pairs of a large group fall from n² to a few buckets'.
        buckets: dict[tuple, list[tuple[int, Claim]]] = {}
        for i, c in enumerate(reps):
            if c.measure and c.time_scope:
                key = (c.status, c.time_scope, c.time, c.aggregation, bool(c.actor))
                buckets.setdefault(key, []).append((i, c))
        found: list[tuple[int, int, Claim, Claim, float]] = []
        for members in buckets.values():
            for k, (i, a) in enumerate(members):
                for j, b in members[k + 1:]:
                    if a.doc == b.doc and (a.sentence == b.sentence or
                                           a.aggregation == "change" or
                                           self._another(a) or self._another(b) or
                                           not self._has_event(a.measure)):
                        # two changes one text states apart are of two things ("murders
                        # fell 18 percent" in the city, "about 15 percent" nationally); so
                        # are "another 27,500 families" and the families before, and a
                        # noun a text counts twice with no word of what happened to it
                        # ("paid 18.6 billion to 2.3 million farmers", "5.6 million farmers
                        # were insured")
                        continue
                    if a.aggregation == "change" and _span(a) != _span(b):
                        continue  # "fell by a third in three years" and "by half in a decade"
                    if a.aggregation == "part" and not same_part(a, b):
                        continue  # "712 died in cities" and "640 were pedestrians"
                    gap = interval_gap((a.low, a.high), (b.low, b.high))
                    if gap > tol and not far_apart_values(a, b, self.params["max_ratio"]) \
                            and not apart(a, b) and \
                            not (a.doc != b.doc and (self._plan_changed(a) or
                                                     self._plan_changed(b))) and \
                            (a.doc == b.doc or not self._told_apart(a, b)) and \
                            (g.region or same_topic(ctx, a.doc, b.doc)):
                        # (a figure of no place in two texts on two topics: the passengers
                        # of two airports, the jobless of two countries)
                        found.append((i, j, a, b, gap))
        found += self._of_the_day(reps, ctx, tol, {(i, j) for i, j, *_ in found})
        bad = [(a, b, gap) for _, _, a, b, gap in sorted(found, key=lambda x: x[:2])]
        place = g.region or "no place"
        if bad:
            cited = sorted({c.id: c for pair in bad for c in pair[:2]}.values(),
                           key=lambda c: (c.doc, c.start))
            values = "; ".join(f"{quote(c)} in {doc_label(c.doc)} ({_when(c)})" for c in cited)
            arithmetic = [
                f"{quote(a)} allows {written_span(a, a.low, a.high)}; {quote(b)} allows "
                f"{written_span(b, b.low, b.high)}: {gap:.1%} apart (subject score "
                f"{g.score(a, b):.0f})"
                for a, b, gap in bad]
            return [self.finding(
                "disagreement", self.rule.severity, cited,
                {"subject": g.label, "place": place, "values": values,
                 "gap": max(x[2] for x in bad), "group": g.id},
                arithmetic, ("disagreement", g.kind, g.unit, g.region, g.label,
                             tuple(sorted((c.doc, c.value) for c in cited))))]
        return self._corroborations(g, place) + self._either_side(g, place, ctx)

    def _of_the_day(self, reps: list[Claim], ctx: Context, tol: float,
                    paired: set[tuple[int, int]]) -> list[tuple[int, int, Claim, Claim, float]]:
        """Disagreements of texts of one news cycle: "the survey rated 173 cities" in a text of
        June 24 and "this year's index of 172 cities" in one of June 25. Texts dated by their
        own words within ``news_cycle_days`` of each other speak of their day: a figure one
        states with no time (and no year in its sentence) is of that day, like a figure the
        other states as of that day or for its year. Every other element of the frames must
        be known and the same, as for any disagreement."""
        days, spread = self.params["news_cycle_days"], self.params["news_cycle_spread"]
        if days <= 0:
            return []
        # (only amounts of three digits or more, and no running total or toll: small counts
        # of one day are of many things, a toll of a day is not that of the next, and a
        # share depends on what was counted by then)
        now = {i: c for i, c in enumerate(reps)
               if c.measure and c.kind in ("count", "money") and abs(c.value) >= 100
               and c.aggregation != "cumulative" and c.measure not in self._tolls
               and not c.incident and self._of_its_day(c, ctx)}
        # a text that itself states two values of a measure of its day names several things
        # with it ("Corvan employs 52,000 ... Tessary, with 9,400 staff"): none is paired
        values: dict[tuple[str, str], list[Claim]] = {}
        for c in now.values():
            values.setdefault((c.doc, c.measure), []).append(c)
        now = {i: c for i, c in now.items()
               if all(_meet(c, o) for o in values[(c.doc, c.measure)])}
        out = []
        items = sorted(now.items())
        for k, (i, a) in enumerate(items):
            for j, b in items[k + 1:]:
                if a.doc == b.doc or (i, j) in paired or (a.time_scope and b.time_scope):
                    continue  # (two figures of a stated time are paired by their times)
                gap_days = ctx.days_apart(a.doc, b.doc)
                if gap_days is None or gap_days > days or a.aggregation == "change" or \
                        (a.aggregation == "part" and not same_part(a, b)):
                    continue
                gap = interval_gap((a.low, a.high), (b.low, b.high))
                low, high = sorted((abs(a.value), abs(b.value)))
                if gap > tol and high <= low * (1 + spread) and \
                        not apart(self._today(a), self._today(b)) and \
                        not self._another(a) and not self._another(b) and \
                        not self._plan_changed(a) and not self._plan_changed(b) and \
                        not self._told_apart(a, b) and (ctx.region(a) or same_topic(
                            ctx, a.doc, b.doc)):
                    out.append((i, j, a, b, gap))
        return out

    @staticmethod
    def _of_its_day(c: Claim, ctx: Context) -> bool:
        """Whether ``c`` speaks of its text's day: the text is dated to the day by its own
        words, and the figure has no time and no year in its sentence, or is stated for the
        text's year."""
        doc = ctx.documents.get(c.doc)
        if doc is None or doc.published is None or doc.date_source != "stated" or \
                doc.date_precision != "day":
            return False
        if not c.time_scope:
            return not c.period_stated
        return c.time_scope == "year" and c.time == str(doc.published.year)

    @staticmethod
    def _today(c: Claim) -> Claim:
        return c.evolve(time_scope="now", time="")

    def _told_apart(self, a: Claim, b: Claim) -> bool:
        """Whether some text states two figures of the measure, one that meets ``a`` and
        not ``b``, the other ``b`` and not ``a``, each in a frame not apart from the one it
        meets, the one at least twice the other: that text tells the two values apart as
        two quantities. ("21,000 claims by
        March 10, and 34,500 by Wednesday" states no value of March 10 that meets "over
        31,000"; "over 57 schools" meets both 57 and 79 and tells nothing apart. Within one
        text, two values of one quantity are what the check is for: 186 and 188 dead.)"""
        low, high = sorted((abs(a.value), abs(b.value)))
        if high < _APART_FACTOR * low:
            # close values one text states of one measure are as likely a correction or a
            # slip as two quantities: only a whole and its part, or two places of another
            # size, are told apart so
            return False
        # the texts that state a value near each side, by set operations; the values and
        # frames only of the few texts that state both
        for doc in self._values.docs_near(a) & self._values.docs_near(b):
            claims = self._values.of(doc, a)
            near_a = [c for c in claims if _meet(c, a) and not _meet(c, b)
                      and not apart(c, a, strict=False)]
            if not near_a:
                continue
            # (and the text's own two figures are in frames it tells apart: a text that
            # says "built 57 clinics" and "built over 79 clinics" of one year contradicts
            # itself)
            if any(_meet(c, b) and not _meet(c, a) and not apart(c, b, strict=False) and
                   any(apart(c, d) for d in near_a) for c in claims):
                return True
        return False

    def _told_together(self, ctx: Context, a: str, b: str) -> bool:
        """Whether two documents were dated within ``either_side_days`` of each other (in
        one year, when one is dated only by its year): a running total "nearly 1 million"
        in 2005 may be "over one million" by 2009."""
        days = ctx.days_apart(a, b)
        if days is None:
            return False
        if "year" in (ctx.documents[a].date_precision, ctx.documents[b].date_precision):
            return ctx.doc_year(a)[0] == ctx.doc_year(b)[0]
        return days <= self.params["either_side_days"]

    def _either_side(self, g: Group, place: str, ctx: Context) -> list[Finding]:
        """Two documents that put one figure on either side of a mark: "more than a billion
        dollars" and "almost $1 billion". Neither allows the mark itself, so they do not
        agree; their frames are alike but not known well enough for a warning, so the two
        are pointed out (info)."""
        out = []
        marked = [c for c in representatives(g.claims)
                  if c.qualifier in ("over", "nearly")]
        for k, a in enumerate(marked):
            for b in marked[k + 1:]:
                mark = a.low if a.qualifier == "over" else a.high
                if a.doc == b.doc or a.qualifier == b.qualifier or \
                        mark != (b.low if b.qualifier == "over" else b.high) or \
                        not overlapping(a, b) or apart(a, b, strict=False) or \
                        not self._told_together(ctx, a.doc, b.doc):
                    continue
                pair = sorted((a, b), key=lambda c: (c.doc, c.start))
                out.append(self.finding(
                    "either_side", "info", pair,
                    {"subject": g.label, "place": place, "first": quote(pair[0]),
                     "second": quote(pair[1]), "mark": fmt(as_written(pair[0], mark))},
                    [f"{quote(c)} in {doc_label(c.doc)} allows "
                     f"{written_span(c, c.low, c.high)}, not {fmt(as_written(c, mark))} itself"
                     for c in pair],
                    ("either side", g.kind, g.unit, g.region, g.label,
                     tuple((c.doc, c.value) for c in pair))))
        return out

    def _corroborations(self, g: Group, place: str) -> list[Finding]:
        """Sets of claims in the group that allow a common value, from enough sources."""
        out = []
        used: set[str] = set()
        anchors = representatives(g.claims, limit=60)
        for anchor in sorted(anchors, key=lambda c: (c.high - c.low, c.doc, c.start)):
            if anchor.id in used:
                continue
            agree = [c for c in g.claims if c.id not in used and _meet(c, anchor)
                     and (c is anchor or (
                         overlapping(anchor, c) and not apart(anchor, c, strict=False)))]
            # intervals that merely touch ("more than 2,200" reaches 2,750) do not make
            # 2,200 and 2,698 one figure: the stated values must be close too
            spread = self.params["max_spread"]
            agree = [c for c in agree if abs(c.value - anchor.value) <=
                     spread * max(abs(c.value), abs(anchor.value))]
            lo, hi = max(c.low for c in agree), min(c.high for c in agree)
            agree = [c for c in agree if c.low <= hi and lo <= c.high]
            docs = sorted({c.doc for c in agree})
            sources = independent_sources(agree)
            if sources < self.params["min_sources"] or (
                    anchor.kind == "count" and anchor.high < self.params["min_count"]
                    and anchor.measure not in self.params["toll_measures"]):
                continue
            used.update(c.id for c in agree)
            agree.sort(key=lambda c: (c.doc, c.start))
            label = min((c.measure or c.subject for c in agree), key=lambda s: (len(s), s))
            out.append(self.finding(
                "corroborated", "info", agree,
                {"subject": label, "place": place, "value": quote(agree[0]),
                 "sources": sources, "documents": [doc_label(d) for d in docs],
                 "group": g.id},
                [f"{quote(c)}{f' ({c.subject})' if c.subject else ''} in "
                 f"{doc_label(c.doc)} allows {written_span(c, c.low, c.high)}" for c in agree]
                + [f"common ground: {written_span(agree[0], lo, hi)}"],
                ("corroborated", g.kind, g.unit, g.region, label, tuple(docs),
                 round(agree[0].value, 6))))
        return out


#: claims of one figure tried each as the first of a set of alike frames; past it, the first
#: in document order only (a figure stated alike in dozens of texts is rarely in doubt), and
#: only the first when the figure recurs in hundreds of texts of an archive (the work grows
#: with the seeds times the square of the claims)
_SEEDS = 24
_MANY = 200


#: the time scopes whose figures _other_time holds apart when their times differ
_DATED = ("month", "day")


#: the span a change is stated over, right after it: "fell by a third in three years", "rose
#: 12 percent over the past decade"
_SPAN_AFTER = re.compile(r"\s*(?:percent|per\s+cent|%|points?)?\s*(?:[a-z]+\s+){0,2}?"
                         r"(?:in|over|during|within|across)\s+(?:the\s+(?:past|last|first|"
                         r"next)\s+)?(?P<n>[a-z]+|\d+)\s+(?P<unit>year|month|decade|week|day)s?\b",
                         re.IGNORECASE)


#: how many times the one value must be the other for a text that states both to tell them
#: apart ("309 million passengers" in the country, "66 million" at one airport)
_APART_FACTOR = 2.0


def far_apart_values(a: Claim, b: Claim, factor: float) -> bool:
    """Whether one value is more than ``factor`` times the other, too far apart to be one
    quantity told two ways (unless two digits are swapped: "17.7 billion" printed as "71.7
    billion")."""
    low, high = sorted((abs(a.value), abs(b.value)))
    return high > factor * low and not swapped(a, b)


class _ValueIndex:
    """The texts that state each measure (in a unit) near each value: buckets of about 5%
    of a value, so the texts that may tell two values apart are found by set operations,
    not by scanning every text (an archive states one measure in thousands of texts)."""

    _STEPS = 50  # buckets per factor of ten
    _WIDEST = 40  # an interval over more buckets than this is kept aside and always tried

    def __init__(self, claims: Iterable[Claim]) -> None:
        self._docs: dict[tuple[str, str, int], set[str]] = {}
        self._wide: dict[tuple[str, str], set[str]] = {}
        self._claims: dict[tuple[str, str, str], list[Claim]] = {}
        self._all: dict[tuple[str, str], set[str]] = {}
        for c in claims:
            key = (c.unit, c.measure)
            self._claims.setdefault((*key, c.doc), []).append(c)
            self._all.setdefault(key, set()).add(c.doc)
            span = self._span(c.low, c.high)
            if span is None:
                self._wide.setdefault(key, set()).add(c.doc)
                continue
            for k in range(span[0], span[1] + 1):
                self._docs.setdefault((*key, k), set()).add(c.doc)

    def _span(self, low: float, high: float) -> tuple[int, int] | None:
        if low <= 0 or not math.isfinite(high):
            return None
        span = (math.floor(math.log10(low) * self._STEPS),
                math.floor(math.log10(high) * self._STEPS))
        return span if span[1] - span[0] <= self._WIDEST else None

    def docs_near(self, x: Claim) -> Set[str]:
        """The texts that state ``x``'s measure in a bucket ``x``'s interval touches, or
        with an interval too wide to bucket; every text of the measure when ``x``'s own
        interval is too wide. Read-only: it may be the index's own set."""
        key = (x.unit, x.measure)
        span = self._span(x.low, x.high)
        if span is None:
            return self._all.get(key, frozenset())
        found = set(self._wide.get(key, ()))
        for k in range(span[0], span[1] + 1):
            found |= self._docs.get((*key, k), set())
        return found

    def of(self, doc: str, x: Claim) -> list[Claim]:
        """The claims of ``x``'s measure and unit in ``doc``."""
        return self._claims.get((x.unit, x.measure, doc), [])


def _span(c: Claim) -> tuple[str, str] | None:
    """The span a change is stated over ("in three years": ("three", "year")), or None."""
    m = _SPAN_AFTER.match(c.sentence, c.end - c.sentence_start)
    return (m.group("n").lower(), m.group("unit").lower()) if m else None


def _when(c: Claim) -> str:
    """When a figure is of, as the reader should see it: the frame's time ("last year" in a
    text of 2025 is 2024), else the period of its sentence."""
    if c.time and c.time_scope in ("year", "month", "day", "part"):
        return c.time
    if c.time and c.time_scope == "as_of":
        return f"as of {c.time}"
    return c.period


def _other_time(a: Claim, b: Claim) -> bool:
    """Whether two figures are stated for two different months or days (a year is read
    from too far away to overrule a distinctive figure: "the 2012 figure" restated later)."""
    return a.time_scope == b.time_scope and a.time_scope in _DATED and a.time != b.time


def _loosely_apart(a: Claim, b: Claim) -> bool:
    return apart(a, b, strict=False) != ""


def _widest_alike(cs: list[Claim], differ: Callable[[Claim, Claim], bool] = _loosely_apart
                  ) -> list[Claim]:
    """The claims that pairwise do not ``differ`` (by default: frames not apart), from the
    most documents: the one headline "$45B in investment deals" must not keep out the two
    texts that state the "$45 billion" programme alike. Each claim is tried as the first;
    ties go to the first in document order."""
    best: list[Claim] = []
    best_docs = 0
    for seed in cs[:_SEEDS if len(cs) <= _MANY else 1]:
        kept = [seed]
        for c in cs:
            if c is not seed and not any(differ(c, k) for k in kept):
                kept.append(c)
        docs = len({c.doc for c in kept})
        if docs > best_docs:
            best, best_docs = kept, docs
    return sorted(best, key=lambda c: (c.doc, c.start))


def _widest_one_time(cs: list[Claim]) -> list[Claim]:
    """``_widest_alike(cs, _other_time)`` in one pass per seed: a figure stated for a month
    (or a day) keeps out only those stated for another month (day), so the first month and
    day met, the seed's own first, are the ones kept. A distinctive figure of an archive
    recurs in hundreds of texts: pairwise tests cost the square of them per seed."""
    best: list[Claim] = []
    best_docs = 0
    for seed in cs[:_SEEDS if len(cs) <= _MANY else 1]:
        kept = [seed]
        chosen = {seed.time_scope: seed.time} if seed.time_scope in _DATED else {}
        for c in cs:
            if c is not seed and (c.time_scope not in _DATED or
                                  chosen.setdefault(c.time_scope, c.time) == c.time):
                kept.append(c)
        docs = len({c.doc for c in kept})
        if docs > best_docs:
            best, best_docs = kept, docs
    return sorted(best, key=lambda c: (c.doc, c.start))


def _last_digit(c: Claim) -> float:
    """Half a unit of the last digit the figure was written with, in its base unit: "923
    hectares" is 922.5-923.5 hectares, 5,000 square metres either way."""
    stated = float(c.stated or c.value)
    text = f"{stated:.6f}".rstrip("0")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 0.5 * 10 ** -decimals * abs(c.value / stated) if stated else 0.0


#: where the words that say which part a figure is end: the clause's end
_PART_END = re.compile(r"[,;:.()]|\s(?:and|but|while|whereas|against|compared)\s")
_PART_WORD = re.compile(r"[a-z][a-z'’-]+")


def same_part(a: Claim, b: Claim) -> bool:
    """Whether two parts of a whole say they are the same part: the words after each figure
    to its clause's end, without the small words ("Of the 1,412 killed, 712 died in cities"
    and "640 were pedestrians" are two parts, whatever their whole; "141 took place in the
    southern precincts" and "141 in the southern precincts" one)."""
    def words(c: Claim) -> frozenset[str]:
        rest = c.sentence[c.end - c.sentence_start:]
        cut = _PART_END.search(rest)
        return frozenset(w for w in _PART_WORD.findall(rest[:cut.start() if cut else 80]
                                                       .lower())
                         if w not in STOP and w not in _PART_VERBS)

    return words(a) == words(b)


#: verbs of a part's clause that say nothing of which part it is
_PART_VERBS = frozenset("died killed were was are is took place happened occurred "
                        "lost their lives".split())


def significant_digits(v: float) -> int:
    """Significant digits of a figure as written: 2,698 -> 4, 25.4 -> 3, 700 -> 1 (and "8.2
    billion", read as 8199999999.999999, -> 2: the noise of float arithmetic is no digit)."""
    digits = f"{round(abs(v), 6):.12g}".split("e")[0].replace(".", "").strip("0")
    return len(digits)
