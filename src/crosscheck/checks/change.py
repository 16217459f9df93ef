"""``change``: a stated change recomputed from the two figures it runs between.

"Exports rose 20 percent from 100 million dollars to 130 million dollars" states a start
(100 million), an end (130 million) and the change (+20%): 130 / 100 - 1 = +30%. The change
may be a percentage ("up 25%", "a rise of 25 percent"), percentage points when the figures
are themselves percentages ("from 20 percent to 25 percent, up 5 percentage points"), an
amount in the figures' unit ("rose by 300 from 1,800 to 2,100") or a multiple ("doubled",
"tripled", "halved"). All of it must be in one clause of one sentence; a change stated for
something else in the same sentence ("while imports rose 20 percent") is not compared.

One exception: a text that states a change and its end but not its start ("its profit fell
12 percent to 312 million euros") is held to the start another text gives for that very end
("profit fell to 312 million euros from 355 million euros"), when the end is distinctive
(three significant digits or more), the two changes run the same way, and exactly one start
is so given.
"""

from __future__ import annotations

import re

from ..claims import Claim
from ..extract.figures import COMPARED_AFTER, compared_direction
from ..extract.timeexpr import MONTH_NUMBER
from ..findings import Finding
from ..frame import apart
from ..grouping import rate_base, singular
from .agreement import significant_digits
from .base import Check, Context, Outcome, Param, fmt, quote
from .local import (
    CHANGE_CUE,
    FROM_BASE,
    OPTIONAL_QUALIFIER,
    YEAR_IN_GAP,
    DocFigures,
    after,
    alternation,
    as_written,
    between,
    by_document,
    compatible,
    fraction_band,
    named_by_fraction,
    overlap,
    prefix,
    restates,
    sharpen,
    span,
    written,
)

_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
#: the words of a fall, whole words (a stem would take "Halvex" for "halved")
_FALL = (r"fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|"
         r"decreas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing|tion)|cut|plung(?:e|es|ed|ing)|slid|"
         r"slipped|shr(?:ank|unk|ink|inks|inking)|halv(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|"
         r"tumbl(?:e|es|ed|ing)|dip(?:s|ped|ping)?|sank|sunk")
#: verbs of change, shared by the forward and the reversed forms of a stated change
_VERBS = (r"rose|rise[sn]?|rising|increas\w*|grew|grow[sn]?|growing|climb\w*|jump\w*|surg\w*|"
          r"doubl\w*|tripl\w*|trebl\w*|quadrupl\w*|soar\w*|expand\w*|rais\w*|swell\w*|"
          r"swollen|balloon\w*|" + _FALL)
#: the words of a fall among them and among the nouns of change ("a drop of", "a discount of")
_DOWN = re.compile(rf"down|{_FALL}|discount", re.IGNORECASE)
#: a fall said before a stated change, nothing but words after it: "fell 12", "a drop of"
_DOWN_BEFORE = re.compile(rf"\b(?:{_DOWN.pattern})\b[^\d]*$", re.IGNORECASE)
#: the words of one clause: no full stop or semicolon, a decimal point aside ("fell 3.1
#: percent to")
_IN_CLAUSE = (r"(?:[^.;]|(?<=\d)\.(?=\d)|"
              # "on Jan. 1": a month's abbreviation's stop ends no clause ("May" is none)
              + "|".join(rf"(?<={m})\." for m in (*MONTH_NUMBER, "sept") if m != "may")
              + ")*")
#: a verb of change before "from A to B" (in the 60 characters before A)
_CHANGE_VERB = re.compile(rf"\b(?:{_VERBS}|went|gone|up|down|changed?)\b{_IN_CLAUSE}\bfrom\s+$",
                          re.IGNORECASE)
#: a verb of change before "to B" when "from A" follows: "rose 8% to 312 billion from 288"
_TO_VERB = re.compile(rf"\b(?:{_VERBS}|widen\w*|narrow\w*|lower\w*)\b{_IN_CLAUSE}\bto\s+"
                      # "to a record 57,200", "to a new high of 41"
                      r"(?:an?\s+(?:(?:new|all-time|record)\s+)*(?:record|high|low|peak)"
                      r"(?:\s+of)?\s+)?$", re.IGNORECASE)
#: "from", "from the", or "from an initial plan of", "from the original budget of": what the
#: earlier figure was, named between "from" and it
_FROM_NAMED = (r"from\s+(?:(?:an?|the|its|their)\s+(?:(?:[a-z'’-]+\s+){0,3}of\s+|"
               r"(?:(?!(?:and|or|but|than|year|years|earlier|ago)\b)[a-z'’-]+\s+){0,2})|"
               # "up 8 percent from this year's 3.9 billion", "from last year's"
               r"(?:this|last|the\s+previous|the\s+prior)\s+(?:year|month|week|quarter|"
               r"season)['’]s\s+)?"
               # "up 48 percent from about 400,000": the earlier figure's own qualifier
               + OPTIONAL_QUALIFIER)
_TO_FROM = re.compile(rf"^,?\s*{_FROM_NAMED}$", re.IGNORECASE)
#: "41 percent of exports, up from 37 percent": the earlier figure after "up from"
_UP_FROM = re.compile(rf"^[^\d;]{{0,45}}?,?\s*(?:up|down|rising|falling|higher|lower)\s+"
                      rf"{_FROM_NAMED}$", re.IGNORECASE)
#: "4.2 billion, compared with 3.1 billion a year earlier": the earlier figure after a
#: comparison (the change, if stated, comes after it)
_COMPARED = re.compile(r"^[^\d;]{0,45}?(?:,\s*(?:compared\s+(?:with|to)|against|versus|vs\.?)|"
                       # ("41,000 cars in March compared with 46,500": no comma needed)
                       r"\s(?:compared\s+(?:with|to)))\s+"
                       r"(?:(?:an?|the|its|their)\s+)?(?:[a-z'’-]+\s+){0,3}?$", re.IGNORECASE)
#: the earlier figure of a report's "612,000 (2023: 548,000), an increase of 12 percent"
_YEAR_BEFORE = re.compile(r"^\s*\(\s*(?:(?:19|20)\d\d|a\s+year\s+earlier|last\s+year)\s*:\s*$",
                          re.IGNORECASE)
#: a noun of change right after a percentage: "from 400,000 to 590,000, a 48 percent rise"
_CHANGE_NOUN_AFTER = re.compile(r"\s+(?:(?P<down>drop|fall|decline|decrease|cut|reduction|"
                                r"slump|plunge)|rise|increase|jump|gain|growth|surge)\b",
                                re.IGNORECASE)
#: a phrase set off by commas that says more of the figure before it: ", its first full
#: year of operation,"
_APPOSITION = re.compile(r",\s*[^\d;,]{1,45},")
#: "B last year, down 68 percent from A": the words between B and the change stated
_UP_BY = re.compile(r"^[^\d;]{0,70}?"
                    # "62.4 billion kWh last year, its first full year, up 48 percent from"
                    rf"(?:{_APPOSITION.pattern})?"
                    r",?\s*(?:up|down|rising|falling|higher|lower)\s+(?:by\s+)?"
                    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|"
                    r"more\s+than\s+|over\s+)?$", re.IGNORECASE)
#: and between the change and A
_BY_FROM = re.compile(rf"^\s*(?:(?:year[- ]on[- ]year|on\s+the\s+year|annually)\s+)?{_FROM_NAMED}$",
                      re.IGNORECASE)  # ("down 18 percent year on year from 46,500")
#: "B in 2023, more than double the A", "B, twice as many as the A", "B, a fourfold increase
#: on the A": a multiple of a figure named after it
_MULTIPLE_OF = re.compile(r"^[^\d;:()]{0,40}?,\s*(?:or\s+)?(?P<q>(?:nearly|almost|more\s+than|"
                          r"over|about|roughly|around)\s+)?(?:an?\s+)?(?P<w>[a-z]+)\s+"
                          r"(?:as\s+(?:many|much|large|high|big|great)\s+as\s+|"
                          r"(?:increase|rise|jump|growth)\s+(?:on|from|over)\s+)?(?:the|its|"
                          r"their|that\s+of\s+the)\s+(?:[a-z'’-]+\s+){0,2}$", re.IGNORECASE)
#: multiples read only where a figure follows them as the base ("B, half as many as the A",
#: "B, half the A"): elsewhere "half" is of a year or of a whole ("in the first half")
_BASE_MULTIPLES = {"half": 0.5}
#: between B and a multiple N of A: "B, about N times ...", "B, or N times ...", "B is N
#: times", "B golds were N times"
_BEFORE_TIMES = re.compile(r"^(?:[^\d;:()]{0,40}?,\s*(?:or\s+)?|"
                           r"\s+(?:[a-z'’-]+\s+){0,2}(?:is|was|are|were)\s+)"
                           r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|"
                           r"at\s+least)\s+)?$", re.IGNORECASE)
#: ... and after a long predicate of the sentence's first amount, set off by a comma (not
#: across another clause: ", and", "; ")
_LONG_BEFORE_TIMES = re.compile(r"^(?![^;]*,\s*(?:and|but|while)\b)[^\d;:()]{0,160}?,\s*(?:or\s+)?"
                                + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
#: between N and A: "times the", "times last year's", "times that of the", "times as many as"
#: (not "times more than", read as ×N by some and ×(N+1) by others)
_TIMES_THE = re.compile(r"^\s*times\s+(?:as\s+(?:many|much|large|high|big)\s+as\s+|that\s+of\s+)?"
                        r"(?:(?:the|its|their|last\s+year['’]s|the\s+previous\s+year['’]s|"
                        # "three times Aeron's own staff of 56,000"
                        r"[A-Z][\w.-]*['’]s)\s+)?"
                        r"(?:(?!(?:more|less|fewer|than|higher|lower|bigger|larger)\b)"
                        r"[a-z'’-]+\s+){0,3}$", re.IGNORECASE)
def _one_measure(a: Claim, b: Claim) -> bool:
    """Whether two measures, both known, are one, or one says more of the other."""
    wa, wb = set(a.measure.split()), set(b.measure.split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


#: after N: "times last year's amount", "times the previous year's total.": a base the
#: sentence names but does not state
_TIMES_LAST_YEARS = re.compile(r"\s*times\s+(?:last\s+year['’]s|the\s+previous\s+year['’]s|"
                               r"the\s+year-earlier)(?:\s+[a-z-]+){0,2}\s*(?:[,.;]|$)",
                               re.IGNORECASE)
#: how a multiple's own qualifier ("about three times") reads
_MULTIPLE_QUALIFIER = {"about": "about", "nearly": "nearly", "up to": "nearly", "over": "more than",
                       "at least": "more than"}
#: a multiple set after the pair: ", more than a fourfold increase", ", nearly tripling"
_MULTIPLE_AFTER = re.compile(r"^(?:\s+(?:in|by)\s+\d{4})?\s*,\s*(?P<q>(?:nearly|almost|more\s+than|"
                             r"over)\s+)?(?:an?\s+)?(?P<w>[a-z]+)(?:\s+(?:increase|rise|jump|"
                             r"growth))?\s*(?:[.,;]|$)", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:\bto\b|-|–|—)\s*")
_CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|but|although|though|compared|against|"
                           r"meanwhile|and\s+(?:the|its|their|his|her)\s+\w+\s+"
                           r"(?:rose|fell|grew|increased|decreased|dropped|declined))\b",
                           re.IGNORECASE)


class ChangeCheck(Check):
    name = "change"
    description = "A stated change (percent, points, amount, multiple) matches its two figures."
    PARAMS = {
        "multiples": Param("string_list", ["doubled=2", "double=2", "doubling=2", "tripled=3",
                                           "triple=3", "trebled=3", "tripling=3",
                                           "quadrupled=4", "quadrupling=4", "halved=0.5",
                                           "halving=0.5", "twofold=2", "threefold=3",
                                           "fourfold=4", "fivefold=5", "tenfold=10",
                                           "twice=2", "quadruple=4"],
                           "words that state a multiple, as word=factor"),
        "multiple_tolerance": Param("percent", 0.1,
                                    "how far an unqualified multiple word may be from the "
                                    "ratio ('doubled' for ×1.9)"),
        "qualifier_points": Param("number", 3.0,
                                  "how far a qualified change ('about 20%') may stray, in "
                                  "percentage points"),
        "fraction_points": Param("number", 8.0,
                                 "how far, in percentage points, a change stated as a fraction "
                                 "('fell by a third') may be from it; 'nearly' allows twice as "
                                 "far below, 'more than' three times above and none below"),
        "max_gap": Param("integer", 60, "characters allowed between the figures and the "
                                        "change they state"),
        "stock_verbs": Param("string_list", ["has", "have", "had", "employs", "employed",
                                             "operates", "operated", "owns", "owned", "runs",
                                             "ran", "holds", "held", "numbered", "stands at",
                                             "stood at", "there are", "there were"],
                             "verbs that state a level a later increment adds to ('employs "
                             "1,100 people and will add 400 more, bringing the workforce to "
                             "1,500'); a figure after any other verb may be one of several "
                             "earlier additions, and is not taken as the level"),
        "level_nouns": Param("string_list", ["fleet", "workforce", "headcount", "force",
                                             "roll", "enrolment", "enrollment", "membership",
                                             "staff", "team", "network", "portfolio",
                                             "capacity", "stock", "herd", "flock",
                                             "collection", "inventory", "caseload"],
                             "what a level may be called when it is all of what was counted "
                             "first ('has 120 planes and ordered another 30, bringing its "
                             "fleet to 150'); a level named by another noun, or with a word "
                             "before it ('its total staff'), may be a larger whole"),
    }
    OUTCOMES = {
        "change_mismatch": Outcome("from {start} to {end} is {computed}, not {stated}",
                                   ("start", "end", "computed", "stated")),
        "change_consistent": Outcome("from {start} to {end} is {computed}, as {stated} states",
                                     ("start", "end", "computed", "stated")),
        "level_change_mismatch": Outcome(
            "a {way} of {amount} to {end} (from {start}) is {computed}, not {stated}",
            ("way", "amount", "end", "start", "computed", "stated")),
        "level_change_consistent": Outcome(
            "a {way} of {amount} to {end} (from {start}) is {computed}, as {stated} states",
            ("way", "amount", "end", "start", "computed", "stated")),
        "base_change_mismatch": Outcome(
            "a {way} of {amount} from {start} is {computed}, not {stated}",
            ("way", "amount", "start", "computed", "stated")),
        "base_change_consistent": Outcome(
            "a {way} of {amount} from {start} is {computed}, as {stated} states",
            ("way", "amount", "start", "computed", "stated")),
        "margin_mismatch": Outcome("{larger} to {smaller} is a margin of {computed}, not "
                                   "{stated}", ("larger", "smaller", "computed", "stated")),
        "margin_consistent": Outcome("{larger} to {smaller} is a margin of {computed}, as "
                                     "{stated} states",
                                     ("larger", "smaller", "computed", "stated")),
    }
    PASSING = ("change_consistent", "margin_consistent", "level_change_consistent",
               "base_change_consistent")

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        self._multiples: dict[str, float] = {}
        for item in self.params["multiples"]:
            word, _, factor = item.partition("=")
            try:
                self._multiples[word.strip().lower()] = float(factor)
            except ValueError:
                continue
        self._collectives = frozenset(w.strip().lower() for w in self.params["level_nouns"])
        self._stock = re.compile(r"\b(?:" + alternation(self.params["stock_verbs"]) + r")\s+"
                                 + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
        alts = "|".join(sorted(map(re.escape, self._multiples), key=len, reverse=True))
        self._multiple = re.compile(rf"\b(?P<q>nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
                                    rf"(?P<w>{alts or '(?!x)x'})\b", re.IGNORECASE)

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        ends: dict[tuple[str, float], list[tuple[Claim, Claim]]] = {}
        open_ends: list[tuple[Claim, Claim]] = []  # (a stated change, its end) of no start
        for doc in sorted(docs := by_document(ctx)):
            figures = docs[doc]
            pairs = _pairs(figures)
            for pair in pairs:
                found = self._stated(figures, *pair)
                if found is not None:
                    findings.append(found)
            paired = {c.id for pair in pairs for c in pair}
            read = {c.id: c for c in figures.claims}
            for a, b, _ in pairs:
                # figures as the text gives them (not the two ends of "from 5 to 7")
                if a.id != b.id and read.get(a.id) == a and read.get(b.id) == b and \
                        _distinctive(b):
                    ends.setdefault((b.unit, b.value), []).append((a, b))
            open_ends += [(x, b) for x in figures.claims if (b := _open_end(figures, x))
                          is not None and b.id not in paired and _distinctive(b)]
            for c in figures.claims:
                found = self._multiple_of(figures, c)
                if found is not None:
                    findings.append(found)
            for start, end, stated, sign in _differences(figures):
                a, b = sharpen([start, end])
                if stated.kind == "percent":
                    found = self._percent(a, b, stated.evolve(direction=sign),
                                          [end, stated, start])
                else:
                    found = self._amount(a, b, stated.evolve(direction=sign),
                                         [end, stated, start])
                if found is not None:
                    findings.append(found)
            findings += [self._margin(*m) for m in _margins(figures)]
            findings += [f for t in _amount_and_rate(figures)
                         if (f := self._level_change(*t)) is not None]
            findings += [self._base_change(*t) for t in _amount_from_base(figures)]
            for start, end, added in _brought_to(figures, self._stock, self._collectives):
                a, b = sharpen([start, end])
                findings.append(self._amount(a, b, added.evolve(direction="up"),
                                             [end, added, start]))
        for x, b in open_ends:
            found = self._across_texts(x, b, ends.get((b.unit, b.value), []))
            if found is not None:
                findings.append(found)
        return findings

    def _across_texts(self, x: Claim, b: Claim, pairs: list[tuple[Claim, Claim]]
                      ) -> Finding | None:
        """The change ``x`` to ``b`` held to the one start another text gives for ``b``."""
        down = x.direction == "down"
        starts = [(a, b2) for a, b2 in pairs if b2.doc != b.doc and a.value != b2.value
                  and (a.value > b2.value) == down and not apart(b, b2, strict=False)]
        if len({a.value for a, _ in starts}) != 1:
            return None
        a, b2 = starts[0]
        return self._percent(a, b, x, [b, x, a, b2])

    def _stated(self, figures: DocFigures, start: Claim, end: Claim, anchor: Claim
                ) -> Finding | None:
        """The change stated with a pair in its clause, compared with the pair."""
        a, b = sharpen([start, end])
        pair = [start] if start.id == end.id else [start, end]
        same = figures.in_sentence(anchor)
        members = {start.id, end.id, anchor.id}
        # the nearest stated change first; one with another figure between it and the pair
        # is another clause's ("revenue rose 12% to $4.5 billion, and profit fell 3% to
        # $1.2 billion from $1.24 billion": the 3% is the profit's)
        for x in sorted(same, key=lambda x: abs(x.start - anchor.start)):
            if x.id in members:
                continue
            lo, hi = sorted((x.start, anchor.start))
            # (a figure of the pair said again in another currency is the pair's)
            again = [o for o in same if any(restates(m, o) for m in (start, end, anchor))]
            if any(lo < o.start < hi and o.id not in members and o.kind not in _SAYS_WHEN
                   and not rate_base(o) and o not in again for o in same):
                continue
            # the words between the change and the nearer end of the pair
            last = max(start, end, anchor, *(o for o in again if o.end <= x.start),
                       key=lambda y: y.end)
            first = min(start, end, anchor, key=lambda y: y.start)
            gap = between(last, x) if x.start >= last.end else \
                between(x, first) if x.end <= first.start else \
                between(anchor, x) if x.start > anchor.start else between(x, anchor)
            # an apposition between says more of the figure, not of another ("62.4 billion
            # kWh last year, its first full year, up 48 percent"): it counts as a comma
            # (a change standing between the pair's two ends was read with them: "590,000
            # households were paying at the end of 2020, up 48 percent from 400,000")
            inside = first.end <= x.start and x.end <= last.start
            # (nor does a time: "in the first six months of the year, up 36 percent")
            if (len(_APPOSITION.sub(",", _IN_YEAR.sub("", gap, count=1), count=1)) >
                    self.params["max_gap"] and not inside) or _CLAUSE_BREAK.search(gap):
                continue
            if x.kind == "percent" and not x.direction and \
                    FROM_BASE.search(prefix(start)[-40:]) and \
                    (compared := COMPARED_AFTER.match(after(x))
                     or _CHANGE_NOUN_AFTER.match(after(x))):
                # "from 240 to 180 seats, 25 percent fewer" (not "248 among 6,200 patients,
                # against 360 in the placebo group, a 31 percent lower risk": which of the
                # figures the 360 is set against, the words do not say)
                x = x.evolve(direction=compared_direction(compared))
            if x.kind == "percent" and (x.direction or CHANGE_CUE.search(prefix(x))):
                if x.subject == "points" or "point" in x.surface.lower():
                    if a.kind == b.kind == "percent":
                        return self._points(a, b, x, [*pair, x])
                    continue
                if a.kind != "percent":
                    return self._percent(a, b, x, [*pair, x])
            elif x.kind != "percent" and compatible(a, x):
                if x.direction:
                    return self._amount(a, b, x, [*pair, x])
                last = max(start, end, key=lambda y: y.end)
                way = _APPOSED.match(between(last, x)) if x.start >= last.end else None
                if way:
                    # "from 3.0 billion to 2.2 billion, a drop of 600 million"
                    down = way.group("down") or way.group("down2")
                    return self._amount(a, b, x.evolve(direction="down" if down else "up"),
                                        [*pair, x])
        m = self._multiple.search(anchor.sentence[: anchor.start - anchor.sentence_start])
        if m and not _CLAUSE_BREAK.search(anchor.sentence[m.end(): start.start -
                                                           start.sentence_start]):
            word = m.group("w").lower()
            return self._times(a, b, self._multiples[word], word,
                               (m.group("q") or "").strip().lower(), pair)
        # "from 33.2 billion to 146.1 billion, more than a fourfold increase": the multiple
        # set after the pair
        last = max(start, end, key=lambda y: y.end)
        tail = last.sentence[last.end - last.sentence_start:][:self.params["max_gap"]]
        m = _MULTIPLE_AFTER.match(tail)
        if m and m.group("w").lower() in self._multiples:
            word = m.group("w").lower()
            return self._times(a, b, self._multiples[word], word,
                               " ".join((m.group("q") or "").lower().split()), pair)
        return None

    def _multiple_of(self, figures: DocFigures, b: Claim) -> Finding | None:
        """B set beside a multiple of A: "28.15 million in 2023, more than double the 11.15
        million of 2022", "900 units, about three times the 300 sold last year"."""
        figures_in = figures.in_sentence(b)
        if any(restates(x, b) for x in figures_in):
            return None  # "5,000 barrels, or 210,000 gallons, a day": B is the 5,000
        # (a time is no end of a multiple: "in the three months after the storm, more than 70
        # times the official toll")
        later = [x for x in figures_in if x.start >= b.end and x.kind not in ("year", "duration")]
        # the gap runs from B as restated, if it is: "5,000 barrels, or 210,000 gallons, a
        # day, five times the 1,000 barrels"
        said = later.pop(0) if later and restates(b, later[0]) else b
        if len(later) > 1 and _is_times(later[0]):
            # the first amount of its sentence is its subject, which a multiple set off by a
            # comma may restate after a long predicate: "4,645 people died in the three
            # months after the storm, more than 70 times the official toll of 64"
            first = next((x for x in figures_in if x.kind in ("count", "money", "quantity")),
                         None)
            return self._n_times(b, later[0], later[1], said, long=first is b)
        if len(later) == 1 and _is_times(later[0]):
            return self._times_last_years(figures, b, later[0], said)
        if not later or not compatible(b, later[0]) or later[0].kind != b.kind:
            return None
        gap = YEAR_IN_GAP.sub(" ", between(said, later[0]).removeprefix(
            ")" if said is not b else ""))
        m = _MULTIPLE_OF.match(gap)
        factor = (self._multiples.get(m.group("w").lower()) or
                  _BASE_MULTIPLES.get(m.group("w").lower())) if m else None
        if not m or factor is None:
            return None
        a = later[0]
        sa, sb = sharpen([a, b])
        word = m.group("w").lower()
        return self._times(sa, sb, factor, word,
                           " ".join((m.group("q") or "").lower().split()), [a, b])

    def _n_times(self, b: Claim, n: Claim, a: Claim, said: Claim, long: bool = False
                 ) -> Finding | None:
        """B, N times A: "12 million yuan, about three times the 4 million yuan of 2019"
        (``said`` is B as last said, in another unit if it was restated). "Three times more
        than A" is read as ×3 by some and ×4 by others: not checked."""
        # (a restatement in brackets closes them: "300 million euros ($330 million), three")
        gap = YEAR_IN_GAP.sub(" ", between(said, n).removeprefix(")" if said is not b else ""))
        if "range" in (a.role, b.role, n.role):
            return None  # "12,000 to 19,000 barrels, two to four times": not checked
        if not compatible(b, a) or a.kind != b.kind or n.value <= 0 or \
                not (_BEFORE_TIMES.match(gap) or (long and _LONG_BEFORE_TIMES.match(gap))) or \
                not _TIMES_THE.match(between(n, a)):
            return None
        qualifier = _MULTIPLE_QUALIFIER.get(n.qualifier, "")
        sa, sb = sharpen([a, b])
        return self._times(sa, sb, n.value, f"{n.surface} times", qualifier, [a, n, b])

    def _times_last_years(self, figures: DocFigures, b: Claim, n: Claim, said: Claim
                          ) -> Finding | None:
        """B of a year, N times "last year's amount" that the text states in another
        sentence: "20 billion yuan this year, about four times last year's amount" and "5.01
        billion yuan had been spent by the end of last year". The base is the one figure of
        the text in B's unit and measure dated the year before B's; none, or two, and
        nothing is said (measures one within the other: "invested" and "county invested"). A
        total as of the end of last year may hold more than that year's (years before it):
        it may show the multiple holds, never that it fails."""
        gap = YEAR_IN_GAP.sub(" ", between(said, n).removeprefix(")" if said is not b else ""))
        if not _BEFORE_TIMES.match(gap) or not _TIMES_LAST_YEARS.match(after(n)) or \
                b.time_scope != "year" or not b.time.isdigit() or not b.measure or \
                n.value <= 0 or "range" in (b.role, n.role):
            return None
        year = str(int(b.time) - 1)
        bases = [x for x in figures.claims if compatible(b, x) and _one_measure(x, b)
                 and x.sentence_start != b.sentence_start and x.time == year
                 and x.time_scope in ("year", "as_of") and x.status == "actual"
                 and x.role not in ("range", "part")]
        if len({x.value for x in bases}) != 1:
            return None
        a = bases[0]
        if any(compatible(a, x) and x.value != a.value for x in figures.in_sentence(a)):
            return None  # "3.1 billion in the county and 1.9 billion in its roads": which?
        sa, sb = sharpen([a, b])
        found = self._times(sa, sb, n.value, f"{n.surface} times",
                            _MULTIPLE_QUALIFIER.get(n.qualifier, ""), [a, n, b])
        if found is not None and found.severity != "info" and a.time_scope == "as_of":
            return None
        return found

    def _sign(self, a: Claim, b: Claim, stated: Claim) -> int:
        if stated.direction == "down" or _DOWN_BEFORE.search(prefix(stated)):
            return -1
        return 1

    def _allowed(self, stated: Claim, sign: int) -> tuple[float, float]:
        if named_by_fraction(stated):
            # "by a third", "by more than half": the writer rounds to the fraction
            low, high = fraction_band(stated, self.params["fraction_points"])
        else:
            points = self.params["qualifier_points"]
            low_w, high_w = written(stated)
            low = max(low_w, stated.value - points)
            high = min(high_w, stated.value + points)
        return (low, high) if sign > 0 else (-high, -low)

    def _level_change(self, amount: Claim, stated: Claim, level: Claim) -> Finding | None:
        """A change stated as an amount and a percentage with the level it ended at ("fell
        12.4%, or 4,451 points, to 31,458"): the start is the level less the change, and the
        percentage is the amount over that start."""
        d, b = sharpen([amount, level])
        if stated.direction == "down":
            start = (b.low + d.low, b.high + d.high)
            computed = (-d.high / (b.low + d.high) * 100, -d.low / (b.high + d.low) * 100)
            sign, way, op = -1, "fall", "+"
        else:
            start = (b.low - d.high, b.high - d.low)
            if start[0] <= 0:
                return None
            computed = (d.low / start[1] * 100, d.high / start[0] * 100)
            sign, way, op = 1, "rise", "-"
        allowed = self._allowed(stated, sign)
        begun = b.value + d.value if sign < 0 else b.value - d.value
        shown = _shown(computed)
        values = {"way": way, "amount": quote(amount), "end": quote(level),
                  "start": fmt(begun), "computed": shown, "stated": quote(stated)}
        arithmetic = [f"{quote(level)} {op} {quote(amount)} = {fmt(begun)} at the start",
                      f"{'-' if sign < 0 else ''}{quote(amount)} / {fmt(begun)} = {shown}",
                      f"{quote(stated)} allows {allowed[0]:+.1f} to {allowed[1]:+.1f}%"]
        return self._recomputed("level_change", overlap(computed, allowed), [stated, amount, level],
                             values, arithmetic,
                             ("level", amount.doc, amount.value, level.value, stated.value))

    def _base_change(self, amount: Claim, stated: Claim, base: Claim) -> Finding:
        """A change stated as an amount against the base it is measured from and as a
        percentage ("7 million tonnes below last year's 51 million, a fall of 14%"): the
        percentage is the amount over the base."""
        d, b = sharpen([amount, base])
        sign, way = (-1, "fall") if stated.direction == "down" else (1, "rise")
        computed = (sign * d.low / b.high * 100, sign * d.high / b.low * 100)
        computed = (min(computed), max(computed))
        allowed = self._allowed(stated, sign)
        shown = _shown(computed)
        values = {"way": way, "amount": quote(amount), "start": quote(base),
                  "computed": shown, "stated": quote(stated)}
        arithmetic = [f"{'-' if sign < 0 else ''}{quote(amount)} / {quote(base)} = {shown}",
                      f"{quote(stated)} allows {allowed[0]:+.1f} to {allowed[1]:+.1f}%"]
        return self._recomputed("base_change", overlap(computed, allowed), [stated, amount, base],
                             values, arithmetic,
                             ("base", amount.doc, amount.value, base.value, stated.value))

    def _recomputed(self, kind: str, consistent: bool, cited: list[Claim], values: dict,
                 arithmetic: list[str], basis: tuple) -> Finding:
        """The finding of a recomputed change: ``{kind}_consistent`` (info) or
        ``{kind}_mismatch`` at the rule's severity."""
        if consistent:
            return self.finding(f"{kind}_consistent", "info", cited, values, arithmetic,
                                ("consistent", *basis))
        return self.finding(f"{kind}_mismatch", self.rule.severity, cited, values, arithmetic,
                            ("mismatch", *basis))

    def _margin(self, margin: Claim, first: Claim, second: Claim) -> Finding:
        """A margin held to the two figures it separates ("won by 528,300 votes, 1,402,600
        to 874,300"), each within its rounding."""
        larger, smaller = sharpen([first, second]) if first.value >= second.value else \
            sharpen([second, first])
        # percentages are kept exact: each is as near as its last digit rounds ("47 percent
        # to 44 percent" is a lead of 2 to 4 points), and so is the lead in points
        bounds = written if larger.kind == "percent" else (lambda c: (c.low, c.high))
        (llo, lhi), (slo, shi), allowed = bounds(larger), bounds(smaller), bounds(margin)
        computed = (llo - shi, lhi - slo)
        values = {"larger": quote(larger), "smaller": quote(smaller),
                  "computed": span(*computed), "stated": quote(margin)}
        arithmetic = [f"{quote(larger)} - {quote(smaller)} = {span(*computed)}",
                      f"{quote(margin)} allows {span(*allowed)}"]
        basis = (margin.doc, larger.value, smaller.value, margin.value)
        if overlap(computed, allowed):
            return self.finding("margin_consistent", "info", [margin, first, second], values,
                                arithmetic, ("margin", "consistent", *basis))
        return self.finding("margin_mismatch", self.rule.severity, [margin, first, second],
                            values, arithmetic, ("margin", "mismatch", *basis))

    def _percent(self, a: Claim, b: Claim, stated: Claim, cited: list[Claim]
                 ) -> Finding | None:
        if a.low <= 0:
            return None
        computed = (b.low / a.high * 100 - 100, b.high / a.low * 100 - 100)
        allowed = self._allowed(stated, self._sign(a, b, stated))
        return self._verdict(a, b, stated, computed, allowed, "%", cited,
                             f"{quote(b)} / {quote(a)} - 1 = {span(*computed, '%')}")

    def _points(self, a: Claim, b: Claim, stated: Claim, cited: list[Claim]) -> Finding:
        computed = (b.low - a.high, b.high - a.low)
        allowed = self._allowed(stated, self._sign(a, b, stated))
        return self._verdict(a, b, stated, computed, allowed, " points", cited,
                             f"{quote(b)} - {quote(a)} = {computed[0]:.1f} to "
                             f"{computed[1]:.1f} points")

    def _amount(self, a: Claim, b: Claim, stated: Claim, cited: list[Claim]) -> Finding:
        # in the unit the stated change is written in: a reader of "2 million tonnes" reads
        # tonnes (the comparison is the same in any one unit)
        computed = (as_written(stated, b.low - a.high), as_written(stated, b.high - a.low))
        low, high = as_written(stated, stated.low), as_written(stated, stated.high)
        sign = -1 if stated.direction == "down" else 1
        allowed = (low, high) if sign > 0 else (-high, -low)
        return self._verdict(a, b, stated, computed, allowed, "", cited,
                             f"{quote(b)} - {quote(a)} = {span(*computed)}")

    def _times(self, a: Claim, b: Claim, factor: float, word: str, qualifier: str,
               cited: list[Claim]) -> Finding | None:
        if a.low <= 0:
            return None
        tol = self.params["multiple_tolerance"]
        low, high = factor * (1 - tol), factor * (1 + tol)
        if qualifier in ("nearly", "almost"):
            low, high = factor * (1 - 2 * tol), factor
        elif qualifier in ("more than", "over"):
            low, high = factor, float("inf")
        elif qualifier == "about":
            low, high = factor * (1 - 2 * tol), factor * (1 + 2 * tol)
        computed = (b.low / a.high, b.high / a.low)
        shown = f"×{computed[0]:.2f}" if f"{computed[0]:.2f}" == f"{computed[1]:.2f}" else \
            f"×{computed[0]:.2f}–{computed[1]:.2f}"  # "×1.90", not "×1.90–1.90"
        values = {"start": quote(a), "end": quote(b), "stated": f"{qualifier} {word}".strip(),
                  "computed": shown}
        arithmetic = [f"{quote(b)} / {quote(a)} = {shown}",
                      f"'{values['stated']}' allows ×{low:.2f}–" +
                      ("" if high == float("inf") else f"{high:.2f}")]
        basis = (a.doc, a.value, b.value, word)
        if overlap(computed, (low, high)):
            return self.finding("change_consistent", "info", cited, values, arithmetic,
                                ("consistent", *basis))
        return self.finding("change_mismatch", self.rule.severity, cited, values, arithmetic,
                            ("mismatch", *basis))

    def _verdict(self, a: Claim, b: Claim, stated: Claim, computed: tuple[float, float],
                 allowed: tuple[float, float], unit: str, cited: list[Claim], line: str
                 ) -> Finding:
        shown = (f"{computed[0]:+.1f}{unit}" if round(computed[0], 1) == round(computed[1], 1)
                 else f"{computed[0]:+.1f} to {computed[1]:+.1f}{unit}") if unit else \
            fmt(computed[0]) if fmt(computed[0]) == fmt(computed[1]) else \
            f"{fmt(computed[0])} to {fmt(computed[1])}"
        values = {"start": quote(a), "end": quote(b), "stated": quote(stated),
                  "computed": shown}
        bounds = (f"{allowed[0]:+.1f} to {allowed[1]:+.1f}" if unit else
                  f"{'+' if allowed[0] >= 0 else ''}{fmt(allowed[0])} to "
                  f"{'+' if allowed[1] >= 0 else ''}{fmt(allowed[1])}")
        arithmetic = [line, f"{quote(stated)} allows {bounds}{unit}"]
        basis = (a.doc, a.value, b.value, stated.value)
        if overlap(computed, allowed):
            return self.finding("change_consistent", "info", cited, values, arithmetic,
                                ("consistent", *basis))
        return self.finding("change_mismatch", self.rule.severity, cited, values, arithmetic,
                            ("mismatch", *basis))


#: a change in the pair's unit set beside it: "from 2.1 billion to 2.6 billion, an increase
#: of 500 million", "..., down 800 million"
_APPOSED = re.compile(r"^\s*,\s*(?:or\s+)?(?:(?:an?\s+)?(?:increase|rise|gain|jump|growth|"
                      r"(?P<down>drop|fall|decline|decrease|reduction|cut|loss))\s+of|"
                      r"up|(?P<down2>down))\s+(?:by\s+)?(?:about\s+|some\s+|around\s+|"
                      r"nearly\s+|almost\s+|roughly\s+)?$", re.IGNORECASE)


#: "A, about D more than B": the words between the difference and the figure compared with
_THAN = re.compile(r"^\s*(?:(?P<way>more|higher|greater|larger|above|less|lower|fewer|smaller|"
                   r"below)\s+than|(?P<way2>above|below))\s+(?:(?:the|its|their|a|an)\s+)?"
                   r"(?:[a-z'’-]+\s+){0,4}$", re.IGNORECASE)


def _way(than: re.Match) -> str:
    """"down" for "less than", "below" and the like in a :data:`_THAN` match, else "up"."""
    word = (than.group("way") or than.group("way2")).lower()
    return "down" if word in ("less", "lower", "fewer", "smaller", "below") else "up"


_BESIDE = re.compile(r"^(?:[^\d;:()]{0,30}?,|\s*,?)\s*(?:or\s+|which\s+is\s+|some\s+|about\s+|"
                     r"around\s+|nearly\s+|almost\s+|roughly\s+|just\s+|only\s+|still\s+|"
                     # "at 143 million tonnes, they were just 12 percent below"
                     r"(?:it|they|this|that)\s+(?:is|was|are|were|stood|stands|remains?|"
                     r"remained)\s+)*$", re.IGNORECASE)
#: the same, when the difference is named as a change on the base: "$4.5 billion, a 22%
#: increase on", "exports of $4.5 billion were 22% higher than"
_BESIDE_CHANGE = re.compile(r"^\s*(?:,\s*(?:an?\s+)?|(?:is|was|are|were)\s+)"
                            + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
#: a change on the base right after a percentage: "% increase on last year's", "percent rise
#: over the"
_CHANGE_ON = re.compile(r"^\s*(?:(?P<up>increase|rise|jump|gain|growth)|(?P<down>fall|drop|"
                        r"decline|decrease|cut|reduction))\s+(?:on|over)\s+"
                        r"(?:(?:the|its|their)\s+)?(?:[a-z'’-]+\s+){0,4}$", re.IGNORECASE)


#: the rest of a rate's unit after its noun: "micrograms per cubic meter"
_PER = re.compile(r"^\s+per(?:\s+(?!(?:in|during|from|to|at|a|an)\b)[a-z]+){1,3}\b",
                  re.IGNORECASE)
#: "in 2024", "in fiscal 2023", "this year": when a figure was, said between it and the next
_IN_YEAR = re.compile(r"\s*\b(?:(?:in|during)\s+(?:fiscal\s+)?(?:19|20)\d\d\b(?![,.]\d)|"
                      r"(?:this|last)\s+(?:year|month|quarter|week)\b|"
                      # "131 murders in the first six months of 2025, down from 152"
                      r"(?:in|during|over)\s+the\s+(?:first|last|past|second)\s+(?:[a-z]+\s+)?"
                      r"(?:months?|half|quarter|weeks?|days?)"
                      r"(?:\s+of\s+(?:(?:19|20)\d\d\b|(?:the|this|last)\s+year\b))?|"
                      # "28,400 offences in the year to September, 6 percent fewer"
                      r"(?:in|during|over)\s+the\s+(?:year|12\s+months|twelve\s+months)\s+to\s+"
                      r"(?:the\s+end\s+of\s+)?[A-Z][a-z]+(?:\s+(?:19|20)\d\d\b)?|"
                      # "to 11,850 dollars a year from 11,340", "to 2.24 euros a dozen from
                      # 2.00": the period or the lot both are rates over
                      r"(?:an?|per)\s+[a-z]+\b(?=\s*,?\s*from\b))",
                      re.IGNORECASE)


def _bare_gap(c: Claim, x: Claim) -> str:
    """The words between ``c`` and the next figure ``x`` without what ``c`` counts and when
    it was: "30,500 cars in 2024, from 32,000" leaves ", from "."""
    gap = between(c, x)
    words = gap.lstrip()
    if c.subject and words.lower().startswith(c.subject.lower()):
        gap = _PER.sub("", words[len(c.subject):], count=1)
    if c.kind == "percent":
        gap = _SHARE_OF.sub("", gap, count=1)  # "to 4.0 percent of patients from 5.8"
    # "to 14 per 1,000 live births from 31": a rate's base and what it counts
    gap = _RATE_BASE.sub("", gap, count=1)
    return _IN_YEAR.sub("", gap, count=1)


#: the base of a rate right after its figure, before "from": " per 1,000 live births"
_RATE_BASE = re.compile(r"^\s*(?:per|for\s+every)\s+[\d,.]+(?:\s+[a-z'’-]+){0,3}(?=\s*,?\s*from\b)",
                        re.IGNORECASE)


#: what a percentage is a share of, right after it and before "from": "of patients", "of
#: GDP", "among adults"
_SHARE_OF = re.compile(r"^\s+(?:of|among)\s+(?:(?:the|all)\s+)?[A-Za-z'’-]+(?:\s+[a-z'’-]+)?"
                       r"(?=\s*,?\s*from\b)", re.IGNORECASE)


def _is_times(c: Claim) -> bool:
    """Is ``c`` the N of "N times" (a multiple, not a count of things)? ("three times
    today's 2.6 million": the possessive after it is A's, not what is counted)"""
    subject = c.subject.lower()
    return c.kind == "count" and (subject == "times" or (
        subject.startswith("times ") and subject.endswith(("'s", "’s"))
        and len(subject.split()) <= 3))


def _differences(figures: DocFigures) -> list[tuple[Claim, Claim, Claim, str]]:
    """(B, A, D, direction) of every "A, D more than B" ("1.7 trillion yen, about 280
    billion yen more than the 1.42 trillion yen reported"; "3,100 workers, 24 percent more
    than the 2,500 forecast"): three figures in a row, A and B in one unit, D in it too or a
    percentage."""
    out = []
    for c in figures.claims:
        # (a year between says of what time the base is: "the 1990 level of")
        same = [x for x in figures.in_sentence(c) if x.start >= c.end
                and x.kind not in _TIME_KINDS]
        if len(same) < 2:
            continue
        d, b = same[0], same[1]
        gap = YEAR_IN_GAP.sub("then", between(d, b))
        before_d = _IN_YEAR.sub("", between(c, d), count=1)
        m = _THAN.match(gap)
        on = _CHANGE_ON.match(gap) if d.kind == "percent" and not d.direction else None
        if not compatible(c, b) or \
                not (compatible(c, d) or (d.kind == "percent" and not d.direction)):
            continue
        if m and (_BESIDE.match(before_d) or _BESIDE_CHANGE.match(before_d)):
            out.append((b, c, d, _way(m)))
        elif on and _BESIDE_CHANGE.match(before_d):
            # "$4.5 billion, a 22% increase on last year's $4.1 billion"
            out.append((b, c, d, "down" if on.group("down") else "up"))
    return out


#: between a change and the same change in another measure: ", or "
_OR_AGAIN = re.compile(r"^\s*,\s*or\s+" + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
#: between a change and the level it ended at: ", to", ", closing at", ", to end at"
_TO_LEVEL = re.compile(r"^\s*,\s*(?:to|at|(?:to\s+)?(?:close[sd]?|closing|end(?:s|ed|ing)?|"
                       r"finish(?:es|ed|ing)?|settl(?:e|es|ed|ing))\s+at)\s+"
                       + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)


def _amount_and_rate(figures: DocFigures) -> list[tuple[Claim, Claim, Claim]]:
    """(D, P, B) of a change stated as an amount D and a percentage P, then the level B it
    ended at: "fell 12.4%, or 4,451 points, to 31,458", "lost 4,451 points, or 14.2%,
    closing at 31,458", "rose 25 cents, or 3%, to $8.40". P carries the direction."""
    out = []
    for c in figures.claims:
        same = [x for x in figures.in_sentence(c) if x.start >= c.end
                and x.kind not in _TIME_KINDS]
        if len(same) < 2 or c.direction not in ("up", "down"):
            continue
        second, level = same[0], same[1]
        rate, amount = (c, second) if c.kind == "percent" else (second, c)
        if rate.kind != "percent" or "point" in rate.surface.lower() or \
                not compatible(amount, level) or "range" in (c.role, second.role, level.role) \
                or not _OR_AGAIN.match(_bare_gap(c, second)) or \
                not _TO_LEVEL.match(_bare_gap(second, level)):
            continue
        out.append((amount, rate.evolve(direction=c.direction), level))
    return out


#: between the base and the percentage: ", a fall of ", ", an increase of about "
_THEN_RATE = re.compile(r"^\s*,\s*(?:an?\s+)?(?P<noun>fall|drop|decline|decrease|cut|"
                        r"reduction|rise|increase|gain|jump)\s+of\s+" + OPTIONAL_QUALIFIER + "$",
                        re.IGNORECASE)
_FALLS = frozenset("fall drop decline decrease cut reduction".split())


def _shown(computed: tuple[float, float]) -> str:
    """A computed change as a reader sees it: "+12.4%", or "-14.9 to -12.6%"."""
    if round(computed[0], 1) == round(computed[1], 1):
        return f"{computed[0]:+.1f}%"
    return f"{computed[0]:+.1f} to {computed[1]:+.1f}%"


def _amount_from_base(figures: DocFigures) -> list[tuple[Claim, Claim, Claim]]:
    """(D, P, B) of "D below B, a fall of P" and "D more than B, an increase of P": a
    difference, the base it is measured from and the percentage it makes of it, in a row;
    the words on both sides must say the same way."""
    out = []
    for d in figures.claims:
        if d.kind not in ("count", "money", "quantity"):
            continue
        same = [x for x in figures.in_sentence(d) if x.start >= d.end
                and x.kind not in _TIME_KINDS]
        if len(same) < 2:
            continue
        base, rate = same[0], same[1]
        gap = between(d, base)
        if d.subject and gap.lstrip().lower().startswith(d.subject.lower()):
            gap = " " + gap.lstrip()[len(d.subject):]
        m = _THAN.match(YEAR_IN_GAP.sub("then", gap))
        gap = between(base, rate)
        if base.subject and gap.lstrip().lower().startswith(base.subject.lower()):
            gap = gap.lstrip()[len(base.subject):]  # "the 2,000 forecast, a rise of"
        r = _THEN_RATE.match(gap)
        if m is None or r is None or rate.kind != "percent" or \
                "point" in rate.surface.lower() or not compatible(d, base) or \
                base.value <= 0:
            continue
        down = _way(m) == "down"
        if down != (r.group("noun").lower() in _FALLS):
            continue  # "5 million more than ..., a fall of": the words disagree; abstain
        out.append((d, rate.evolve(direction="down" if down else "up"), base))
    return out


#: an increment, before it ("another 60", "a further $2 million") or after it ("400 more")
_MORE_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra|"
                          r"add(?:s|ed|ing)?)\s+" + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+(?:more|additional|extra)\b", re.IGNORECASE)
#: between an increment and the level it makes: "400 more by 2027, bringing the workforce to"
_BRINGING_TO = re.compile(r"^[^\d;:()]{0,60}?,\s*(?:bringing|taking|raising|lifting|pushing)"
                          r"\s+(?:the|its|their|his|her|our|this|that)\s+"
                          r"(?P<level>(?:[\w'’-]+\s+){0,4}?)"
                          r"to\s+" + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
#: what the new level may be called: the total itself ("the total"), or a collective the
#: level stated first is all of ("employs 1,100 people ..., bringing the workforce to")
_BARE_LEVEL = frozenset({"total", "tally", "count", "number", "figure", "sum"})
#: between the level and the increment: one clause, no other figure nor year
_TO_INCREMENT = re.compile(r"^(?![^;]*\b(?:but|while|whereas|although)\b)[^\d;:()]{0,80}$",
                           re.IGNORECASE)


def _brought_to(figures: DocFigures, stock: re.Pattern[str], collectives: frozenset[str]
                ) -> list[tuple[Claim, Claim, Claim]]:
    """(A, B, D) of "has A, and adds D more, bringing the total to B": the level A the
    sentence states first, an increment D, and the level B it is said to make (A + D = B).
    A must be stated as a level ("employs", "has": ``stock``); after another verb ("gave
    $10 million and another $2 million, bringing the total to $14 million") it may be one of
    several additions, and the sentence is not read."""
    out = []
    for d in figures.claims:
        if d.kind not in ("count", "money", "quantity") or not (
                _MORE_BEFORE.search(prefix(d)[-30:]) or _MORE_AFTER.match(after(d))):
            continue
        same = figures.in_sentence(d)
        later = [x for x in same if x.start >= d.end and x.kind not in _SAYS_WHEN]
        earlier = [x for x in same if x.end <= d.start and x.kind not in _SAYS_WHEN]
        if not later or not earlier:
            continue
        b, a = later[0], earlier[-1]
        if not (compatible(a, d) and compatible(a, b)) or a.id in d.linked or \
                b.id in d.linked or max(a.value, d.value) >= b.value:
            continue
        brought = _BRINGING_TO.match(YEAR_IN_GAP.sub("then", between(d, b)))
        if brought is None or not _TO_INCREMENT.match(between(a, d)) or \
                not stock.search(prefix(a)[-40:]) or \
                not _same_level(a, d, b, brought.group("level"), collectives):
            continue
        out.append((a, b, d))
    return out


def _same_level(a: Claim, d: Claim, b: Claim, level: str, collectives: frozenset[str]
                ) -> bool:
    """Whether the level B is said of what A counts, not of a larger whole: "the total",
    "its fleet" after "has 120 planes", "the engineers" after "500 engineers"; not "its total
    staff" after "500 engineers", "the number of green spaces" after "40 parks", nor a
    whole of another place ("500 in Europe ... its global workforce")."""
    if any(x.place and x.place != b.place for x in (a, d)):
        return False
    words = [singular(w) for w in level.lower().split()]
    if not words or (len(words) == 1 and words[0] in _BARE_LEVEL):
        return True
    if len(words) > 2 and words[0] in _BARE_LEVEL and words[1] == "of":
        words = words[2:]  # "the number of parks": the parks
    own = singular(a.subject.split()[-1].lower()) if a.subject else ""
    return len(words) == 1 and (words[0] == own or words[0] in collectives)


#: between "from A" and "to B" when A is dated: "from 1.2 million in 2000 to"
_DATED_TO = re.compile(r"^\s*(?:[a-z]+\s+){0,2}(?:in|by|at\s+the\s+end\s+of)\s+YEAR\s*,?\s*"
                       r"to\s+$", re.IGNORECASE)
_TIME_KINDS = ("year", "year_range")
#: figures between a stated change and its pair that only say when or over how long: "rose
#: 74 percent in five years, from 237 dollars in January 2021 to 412 dollars"
_SAYS_WHEN = ("year", "duration")


def _dated_pair(figures: DocFigures, c: Claim) -> Claim | None:
    """B of "from A in 2000 to B in 2020": the change runs between the amounts, the years
    only say when each was."""
    if not _FROM.search(prefix(c)):
        return None
    later = [x for x in figures.in_sentence(c) if x.start >= c.end]
    if len(later) < 2 or later[0].kind not in _TIME_KINDS:
        return None
    b = later[1]
    gap = between(c, b).replace(later[0].surface, "YEAR", 1)
    # (two percentages too: "from 27.5 percent in 2014 to 33.8 percent")
    same_unit = compatible(c, b) or c.kind == b.kind == "percent"
    return b if same_unit and _DATED_TO.match(gap) else None


#: a change by an amount, before it: "has risen by", "fell by nearly"
_BY_BEFORE = re.compile(rf"\b(?P<verb>{_VERBS})\s+by\s+(?:(?:about|some|nearly|almost|roughly|"
                        r"around|more\s+than|over)\s+)?$", re.IGNORECASE)
_COMMA_FROM = re.compile(r"^\s*,?\s*from\s+$", re.IGNORECASE)


def _by_from(d: Claim, a: Claim | None) -> Claim | None:
    """The end of "risen by D, from A" (A + D, or A − D after a fall), read as a figure
    of D's place; None when the words say no such change."""
    if a is None or d.kind not in ("count", "money", "quantity") or not compatible(d, a) or \
            not _COMMA_FROM.match(_bare_gap(d, a)):
        return None
    by = _BY_BEFORE.search(prefix(d)[-40:])
    if by is None:
        return None
    if _DOWN.fullmatch(by.group("verb")):
        low, high, sign = a.low - d.high, a.high - d.low, "−"
    else:
        low, high, sign = a.low + d.low, a.high + d.high, "+"
    return d.evolve(value=(low + high) / 2, low=low, high=high, role="", qualifier="exact",
                    surface=f"{a.surface} {sign} {d.surface}")


#: between a stated change and its end: "fell 12 percent to 312 million euros"
#: between the two ends of "from A to B" when B is a bare figure read in A's unit
_FROM_TO = re.compile(r"^\s*to\s+" + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
_TO_END = re.compile(r"^\s*,?\s*to\s+$", re.IGNORECASE)


#: a figure that is itself the base of another comparison: "3.1 million, beating the 3
#: million of 2019 and up 29 percent from 2.4 million": the 29 percent is the 3.1 million's
_BASE_OF_ANOTHER = re.compile(r"\b(?:beat(?:ing|s)?|than|above|below|exceed(?:ing|s|ed)?|"
                              r"surpass(?:ing|es|ed)?|topping|against|versus|compared\s+"
                              r"(?:with|to))\s+(?:the\s+|its\s+|a\s+)?"
                              r"(?:(?:about|some|nearly|almost|over|just)\s+)?$", re.IGNORECASE)


def _open_end(figures: DocFigures, x: Claim) -> Claim | None:
    """The end ``B`` of a change ``x`` stated as "fell 12 percent to B" (a percentage with a
    direction, "to", then B), or None."""
    if x.kind != "percent" or x.direction not in ("up", "down") or \
            x.subject == "points" or "point" in x.surface.lower():
        return None
    b = next((y for y in figures.in_sentence(x) if y.start >= x.end), None)
    return b if b is not None and b.kind in ("count", "money", "quantity") and \
        _TO_END.match(between(x, b)) else None


def _distinctive(c: Claim) -> bool:
    """Whether a figure carries three significant digits or more: "312 million" is rare by
    chance, "300 million" is not."""
    return significant_digits(c.stated or c.value) >= 3


#: a margin before the two figures it separates: "won by 528,300 votes, 1,402,600 to
#: 874,300", "lost by 15 votes, 205 to 220"
_MARGIN_BEFORE = re.compile(r"\b(?:won|wins|win|winning|lost|loses|lose|losing|passed|"
                            r"carried|defeated|beat|beaten|led|leads|leading|ahead|behind|"
                            r"trails|trailed|trailing)"
                            # whom: "leads Penn by", "beat Harlow by", "ahead of Penn by"
                            r"(?:\s+(?:of|(?-i:[A-Z])[\w'’.-]*)){0,3}\s+by\s+"
                            + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
#: between the margin and the first figure ("votes, ") and between the two ("to")
_MARGIN_THEN = re.compile(r"^\s*(?:[a-z]+\s*)?,\s*$", re.IGNORECASE)
_SCORE_TO = re.compile(r"^\s*(?:votes?\s+)?to\s+$", re.IGNORECASE)
#: a margin after the two figures: "1,402,600 to 874,300, a margin of 528,300"
_MARGIN_AFTER = re.compile(r"^\s*(?:votes?\s*)?,\s*(?:a|the|an)\s+(?:winning\s+)?"
                           r"(?:margin|majority|lead)\s+of\s+" + OPTIONAL_QUALIFIER + "$",
                           re.IGNORECASE)


def _margins(figures: DocFigures) -> list[tuple[Claim, Claim, Claim]]:
    """(margin, first, second) of every margin stated with the two figures it separates,
    all three in one unit: "won by 528,300 votes, 1,402,600 to 874,300", "1,402,600 to
    874,300, a margin of 528,300" (a range "205 to 220" gives its two ends)."""
    out = []
    for c in figures.claims:
        if c.kind not in ("count", "money") and not _in_points(c):
            continue
        same = [x for x in figures.in_sentence(c) if x.kind not in _TIME_KINDS]
        i = next(k for k, x in enumerate(same) if x.id == c.id)
        if _MARGIN_BEFORE.search(prefix(c)[-40:]) and i + 1 < len(same) and \
                _MARGIN_THEN.match(between(c, same[i + 1])):
            ends = _two_ends(same[i + 1:i + 3])
            if ends is not None and _separates(c, ends):
                out.append((c, *ends))
        elif i >= 1 and _MARGIN_AFTER.match(between(same[i - 1], c)):
            ends = _two_ends(same[max(0, i - 2):i])
            if ends is not None and _separates(c, ends):
                out.append((c, *ends))
    return out


def _in_points(c: Claim) -> bool:
    """Whether a figure is in points: "3 percentage points", "6 points"."""
    return (c.kind == "percent" and "point" in c.surface.lower()) or \
        (c.kind == "count" and c.subject == "points")


def _separates(margin: Claim, ends: tuple[Claim, Claim]) -> bool:
    """Whether a margin is in the unit of the two figures it separates: votes between
    votes, points between percentages ("ahead by 4 points, 48 percent to 44 percent")."""
    return all(compatible(margin, e) for e in ends) or \
        (_in_points(margin) and all(e.kind == "percent" for e in ends))


def _two_ends(xs: list[Claim]) -> tuple[Claim, Claim] | None:
    """The two figures of "A to B": two claims with "to" between, or one range's ends."""
    if xs and xs[-1].role == "range" and (ends := _range_ends(xs[-1])) is not None:
        return ends
    if len(xs) == 2 and _SCORE_TO.match(between(xs[0], xs[1])):
        return xs[0], xs[1]
    return None


def _pairs(figures: DocFigures) -> list[tuple[Claim, Claim, Claim]]:
    """(start, end, anchor) of every 'from A to B' in the document, and of the reversed
    forms 'rose to B from A' and 'B, up from A'; the anchor is the claim whose position
    stands for the pair (A, the range claim 'A to B', or B)."""
    out = []
    by_id = {c.id: c for c in figures.claims}
    for c in figures.claims:
        if rate_base(c):
            continue  # the 1,000 of "14 per 1,000 live births" is the rate's base, no figure
        later = [x for x in figures.in_sentence(c) if x.start >= c.end
                 and not rate_base(x)]
        # "540 billion yuan ($75 billion), up 8 percent from 500 billion yuan": the figure
        # said again in another currency stands for it; the words after it are its own
        said = later.pop(0) if later and restates(c, later[0]) else c
        # "to 30,500 cars in 2024 from 32,000": the year says when, the noun what ("in the
        # first six months of 2025": a span says when too)
        nxt = next((x for x in later if x.kind not in _SAYS_WHEN and
                    x.kind not in _TIME_KINDS), None)
        if nxt is not None and nxt.kind == c.kind and (
                compatible(c, nxt) or (c.kind == "percent" and nxt.unit == c.unit)):
            gap = _bare_gap(c, nxt) if said is c else _bare_gap(said, nxt).removeprefix(")")
            if _TO_VERB.search(prefix(c)[-120:]) and _TO_FROM.match(gap):
                out.append((nxt, c, c))  # "widened 45% to 114 billion from 87 billion"
                continue
            if _UP_FROM.match(gap) or _COMPARED.match(gap) or \
                    _YEAR_BEFORE.match(between(said, nxt)):
                # "41 percent, up from 37 percent in 2022, a rise of 4 points": the change
                # is stated after the earlier figure
                out.append((nxt, c, nxt))
                continue
        # "7.9 million, down 68 percent from 24.5 million"; "12.34 million at the 2021
        # census, up 8.4 percent from": a year between says when
        # (and a span that says when, of a figure that is no span itself: "48,200 in the
        # first six months of the year, up 36 percent from 35,400")
        amounts = [x for x in later if x.kind not in _TIME_KINDS and
                   (x.kind != "duration" or c.kind == "duration")]
        # (or "268, up by 31 from 237": the change is an amount in the pair's unit)
        if len(amounts) > 1 and not _BASE_OF_ANOTHER.search(prefix(c)[-40:]) and (
                amounts[0].kind == "percent" or (
                compatible(c, amounts[0]) and amounts[0].direction)) and \
                amounts[1].kind == c.kind and \
                (compatible(c, amounts[1]) or c.kind == "percent") and \
                _UP_BY.match(_IN_YEAR.sub("", YEAR_IN_GAP.sub("then", between(said, amounts[0])),
                                          count=1)) and \
                _BY_FROM.match(between(amounts[0], amounts[1])):
            out.append((amounts[1], c, c))
            continue
        by_from = _by_from(c, nxt)
        if by_from is not None:
            out.append((nxt, by_from, c))  # "has risen by 2,090 dollars, from 9,760 dollars"
            continue
        if not _CHANGE_VERB.search(prefix(c)[-60:]):
            continue  # "prices range from 100 to 150": a spread, not a change
        dated = _dated_pair(figures, c)
        if dated is not None:
            out.append((c, dated, c))  # "grew from 1.2 million in 2000 to 1.5 million in 2020"
            continue
        if c.role == "series_first" and c.linked and (last := by_id.get(c.linked[0])):
            out.append((c, last, c))
        elif nxt is not None and _FROM.search(prefix(c)) and compatible(c, nxt) and \
                _FROM_TO.match(between(c, nxt)):
            # "fallen from 60,000 tonnes to 24,000": the end's unit is the start's
            out.append((c, nxt, c))
        elif c.role == "range" and _FROM.search(prefix(c)) and c.low < c.high and \
                (ends := _range_ends(c)) is not None:
            # an open range "from A to B" after a verb of change runs from A to B
            out.append((*ends, c))
    return out


def _range_ends(r: Claim) -> tuple[Claim, Claim] | None:
    """The two figures of a range claim "A to B", each with the range's precision, or None
    when its surface does not split in two."""
    ends = _RANGE_JOIN.split(r.surface, 1)
    if len(ends) != 2:
        return None
    p = r.precision
    return (r.evolve(value=r.low, low=r.low - p, high=r.low + p, role="", surface=ends[0]),
            r.evolve(value=r.high, low=r.high - p, high=r.high + p, role="", surface=ends[1]))
