"""``average``: a stated average, per-head or per-unit figure recomputed from the total and
the count the same sentence gives.

"Donors gave 3.4 million yuan to 1,200 families, an average of 2,833 yuan each" states a
total (3.4 million yuan), a count (1,200 families) and the average (2,833 yuan): 3.4 million
/ 1,200 = 2,833. "26 generators of 700,000 kW each, 18.2 million kW in all" states the count,
the amount each and the total: 26 × 700,000 = 18.2 million. The average is the figure an
average word marks ("an average of", "on average", "each", "apiece", "per head", "per
capita"); the total is the one other figure of its unit in the sentence, larger than it;
the count is the one count of the sentence. When there is not exactly one of each, the
check abstains.
"""

from __future__ import annotations

import re

from ..claims import Claim
from ..findings import Finding
from ..grouping import singular
from .base import Check, Context, Outcome, Param, fmt, quote
from .local import (
    OPTIONAL_QUALIFIER,
    DocFigures,
    after,
    alternation,
    between,
    by_document,
    compatible,
    overlap,
    prefix,
    sharpen,
    span,
    written,
    written_span,
)

#: where the words between two figures start another clause: ", and the city spent"
_NEW_CLAUSE = (r";|,\s*(?:and|while|but|whereas)\s+(?:the|its|their|a|an|[A-Z])|"
               r",\s*(?:against|compared\s+with|compared\s+to|versus|unlike)\b")
_CLAUSE_BREAK = re.compile(_NEW_CLAUSE + "|"
                           # "made a profit of $50 million and paid $60,000 per employee":
                           # a second predicate
                           r"\band\s+(?:also\s+)?(?:[a-z]+ed|paid|spent|gave|made|sold|built|"
                           r"kept|pays|spends|gives|makes|sells|has|had)\b",
                           re.IGNORECASE)
#: ... of which a count the average is "a NOUN" of crosses only the first kinds: in "played
#: 149 shows and grossed $2.1 billion, about $17 million a show" the shows are the divisor
_COUNTED_BREAK = re.compile(_NEW_CLAUSE, re.IGNORECASE)
#: how far the quotient may be from the stated average before the figures are taken for
#: other things ("100 million doses at $3 each, against $9.30 for another vaccine" is no
#: total of $9.30): a misprint is off by a few times, not by a factor of thousands
_UNRELATED = 20.0


#: between a total and the amount per one set beside it: "140 million euros for the
#: repairs, or roughly 265 euros per vehicle" (not "... and paid 60,000 dollars per employee",
#: another predicate)
_APPOSED = re.compile(r"^[^\d;]{0,40}?,\s*(?:or(?:\s+an\s+average\s+of)?|that\s+is|i\.e\.|"
                      r"an\s+average\s+of|averaging)\s+"
                      r"(?:(?:about|around|some|"
                      r"nearly|almost|roughly|just\s+over|just\s+under|over)\s+)?$",
                      re.IGNORECASE)
#: a count named as some of another: "120 of the region's 540 schools"
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|these|those|all)\b", re.IGNORECASE)
#: "per vehicle", "for each pupil" right after an amount: what it is an amount per one of
_PER_NOUN = re.compile(r"\s*(?:per|for\s+each|a)\s+([a-z]+)\b", re.IGNORECASE)


#: an amount per period for a number of periods, right after the amount (and its noun): "$5
#: billion a year over four years", "88 trucks a day over the 30 days"
_PER_PERIOD = re.compile(r"^\s*(?:[a-z]+\s+)?(?:a|an|per|each|every)\s+"
                         r"(?P<period>year|month|week|day)\s+"
                         r"(?:over|for|during|across|in)\s+(?:the\s+(?:(?:next|following|"
                         r"coming|first|last|past)\s+)?)?$", re.IGNORECASE)
#: between a total and the amount per period that divides it: "$20 billion, paid in
#: installments of", "$12 billion over 10 years, or"
_TOTAL_THEN_RATE = re.compile(r"^[^\d;]{0,50}?(?:\bin\s+(?:equal\s+)?(?:annual\s+|monthly\s+)?"
                              r"(?:installments|instalments|tranches|payments)\s+of|"
                              r",\s*(?:or|that\s+is|i\.e\.|an\s+average\s+of|averaging))\s+"
                              + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
#: between the number of periods and the total they add up to: "for three years, a total of"
_PERIODS_THEN_TOTAL = re.compile(r"^\s*,?\s*(?:or|for\s+a\s+total\s+of|a\s+total\s+of|"
                                 r"totall?ing|in\s+all)\s+" + OPTIONAL_QUALIFIER + "$",
                                 re.IGNORECASE)
#: the period of an amount set after a total and its periods: "$1.2 billion a year"
_RATE_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?(?:a|an|per|each|every)\s+"
                         r"(?P<period>year|month|week|day)\b",
                         re.IGNORECASE)
#: a total over its periods: "$12 billion over ", "$12 billion spread over the next ",
#: "4.1 million passengers in its first "
_TOTAL_OVER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:spread\s+)?(?:over|across|in)\s+"
                         r"(?:(?:the|its|their)\s+(?:(?:next|following|coming|first|last|"
                         r"past)\s+)?)?$", re.IGNORECASE)
#: ... and then the amount per period: "10 years, or about "
_THEN_RATE = re.compile(r"^\s*,\s*(?:or|that\s+is|i\.e\.|an\s+average\s+of|averaging)\s+"
                        + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
#: between an amount, its period and the total it makes: " meals are served every school
#: day, or about "
_RATE_OR_TOTAL = re.compile(r"^(?:\s+[a-z'’-]+){0,4}?\s+(?:a|an|per|each|every)\s+(?:[a-z]+\s+)?"
                            r"(?P<period>year|month|week|day)\s*,\s*(?:or|that\s+is|i\.e\.)\s+"
                            + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
#: ... and between that total and its periods: " over a school year of ", " over the "
_TOTAL_OVER_SPAN = re.compile(r"^\s+(?:over|in|across|during)\s+(?:the\s+|a\s+|an\s+)?"
                              r"(?:[a-z]+\s+){0,2}?(?:of\s+)?$", re.IGNORECASE)
#: between a total and the years it is spent over: " from its climate fund "
_WORDS_ONLY = re.compile(r"^(?:\s+[a-z'’-]+){0,5}\s*$", re.IGNORECASE)
#: right after a total: "11,520 euros in all"
_IN_ALL = re.compile(r"\s*(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.IGNORECASE)
#: a sentence that restates the one before: "That is an average of 78 trucks a day"
_THAT_IS = re.compile(r"\s*(?:that|this)\s+(?:is|was|means|works\s+out\s+(?:to|at)|comes\s+to)\s+"
                      r"(?:an\s+average\s+of|about|around|some|roughly|nearly|almost)?\s*\d",
                      re.IGNORECASE)
#: between a count and the total of what it counts: "26 generators having a combined
#: generating capacity of ", "40 buses with a total cost of about "
_COMBINED = re.compile(r"\b(?:combined|total|aggregate)\s+(?:[a-z-]+\s+){0,3}?of\s+"
                       + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
#: how many periods of a rate a duration written in years holds
_PER_YEAR = {"year": 1.0, "month": 12.0}
#: the fewest and most days of each period of the calendar: "in its first eight months, an
#: average of 27,000 a day" holds 224 to 248 days, not a number the words give
_DAYS = {"day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366)}
#: the period a duration is written in: "30 days", "four-week", "18 months"
_DURATION_UNIT = re.compile(r"(?P<unit>year|month|week|day)s?$", re.IGNORECASE)


#: before a figure another is set against: "up from 17", "against 14", "compared with 9"
#: ("raised $1.2 million from 300 donors" may divide)
_COMPARED = re.compile(r"\b(?:(?:up|down|rose|fell|risen|fallen|grew|increased|decreased)\s+"
                       r"from|against|compared\s+(?:with|to)|than|versus|vs\.?)\s+"
                       r"(?:(?:about|some|nearly|almost|around|just|over|under)\s+)?$",
                       re.IGNORECASE)


def _counted(c: Claim) -> str:
    """What a figure counts: the last word of its subject, singular ("" for none)."""
    return singular(c.subject.split()[-1].lower()) if c.subject else ""


def _counts_other(x: Claim, avg: Claim) -> bool:
    """Whether two counts name what they count, and not the same thing ("21 seedlings each"
    against "29 million people"; "78,000 a show" names what it is per, not what it counts)."""
    return x.kind == avg.kind == "count" and bool(_counted(x)) and bool(_counted(avg)) and \
        _counted(x) != _counted(avg) and not _PER_NOUN.match(after(avg))


def _is_set(c: Claim) -> bool:
    """Whether a count names a set of things exactly ("26 generators"), as a count another
    text may name again."""
    return c.kind == "count" and c.qualifier == "exact" and c.value > 1 and \
        c.value.is_integer() and bool(_counted(c))


def _counts_the_same(count: Claim, totals: list[Claim]) -> bool:
    """Whether ``count`` counts what a count among ``totals`` counts."""
    noun = _counted(count)
    return bool(noun) and any(t.kind == "count" and _counted(t) == noun for t in totals)


class AverageCheck(Check):
    name = "average"
    description = "A stated average or amount each equals the total over the count."
    PARAMS = {
        "before_words": Param("string_list", ["an average of", "on average", "averaging",
                                              "average of", "an average", "average"],
                              "words right before a figure that make it an average"),
        "after_words": Param("string_list", ["each", "apiece", "per head", "per capita",
                                             "per person", "a head", "per household",
                                             "per family", "on average", "a person",
                                             "a household", "a family"],
                             "words right after a figure (and its unit) that make it an "
                             "amount per one"),
        "per_not": Param("string_list", [
            "day", "days", "week", "weeks", "month", "months", "year", "years", "annum",
            "hour", "hours", "minute", "second", "quarter", "cent", "centum", "mille", "kilo",
            "kilogram", "kg", "gram", "pound", "ounce", "tonne", "ton", "tons", "litre",
            "liter", "barrel", "gallon", "kilometre", "kilometer", "km", "mile", "metre",
            "meter", "square", "cubic", "hectare", "acre", "kilowatt", "kwh", "megawatt",
            "unit", "share", "dose", "capita", "head"],
            "words after 'per' that make a rate or a price, not an amount per one counted "
            "thing ('per capita' and 'per head' are among the after_words)"),
        "sentences_back": Param("integer", 2, "how many sentences before an amount 'per "
                                "NOUN' may count the NOUN when its own sentence does not"),
        "across_min_count": Param("integer", 10, "the smallest count that names one set of "
                                  "things across texts: an amount each in one text and the "
                                  "combined amount of as many of the same things in another "
                                  "disagree in a warning only for counts this large ('two "
                                  "reactors' may be any two)"),
    }
    OUTCOMES = {
        "average_mismatch": Outcome(
            "{total} over {count} is {computed} each, not {average}",
            ("total", "count", "average", "computed")),
        "average_consistent": Outcome(
            "{total} over {count} is {computed} each, as {average} states",
            ("total", "count", "average", "computed")),
        "across_mismatch": Outcome(
            "{total} for {count} in {total_doc} is {computed} each, not {average} as "
            "{average_doc} says", ("total", "count", "average", "computed", "total_doc",
                                  "average_doc")),
        "across_consistent": Outcome(
            "{total} for {count} in {total_doc} is {computed} each, as {average} in "
            "{average_doc} says", ("total", "count", "average", "computed", "total_doc",
                                   "average_doc")),
        "per_period_mismatch": Outcome(
            "{rate} {period} for {periods} is {computed}, not {total}",
            ("rate", "period", "periods", "total", "computed")),
        "per_period_consistent": Outcome(
            "{rate} {period} for {periods} is {computed}, as {total} states",
            ("rate", "period", "periods", "total", "computed")),
    }
    PASSING = ("average_consistent", "per_period_consistent", "across_consistent")

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        # ("an average of about 68,000": a qualifier may stand between)
        self._before = re.compile(rf"\b(?:{alternation(self.params['before_words'])})\s*"
                                  rf"{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
        # units of time or measure: "per month" is a rate over time, "per tonne" a price,
        # "$400,000 each year" a rate
        per_not = alternation(self.params["per_not"])
        # "per pupil", "per bed": per one of anything else
        self._after = re.compile(rf"^\s*(?:[a-zA-Z$€£¥]+\s+){{0,2}}?"
                                 rf"(?:{alternation(self.params['after_words'])}|"
                                 rf"per\s+(?!(?:{per_not})\b)[a-z]+)\b(?!\s+(?:{per_not})\b)",
                                 re.IGNORECASE)
        # "250,000 dollars a station": per one of the noun, when the sentence counts it
        self._a_noun = re.compile(rf"\s*(?:[a-zA-Z$€£¥]+\s+){{0,2}}?an?\s+"
                                  rf"(?!(?:{per_not})\b)([a-z]+)\b", re.IGNORECASE)
        # "the 120 buses, each costing $400,000", "each of the 12 districts received $2
        # million": "each" before the figure, not "each year"
        self._each = re.compile(rf"\beach\s+(?:(?!(?:{per_not})\b)[a-z]+\s+|of\s+(?:the\s+)?"
                                rf"[\d,]+\s+(?:[a-z]+\s+){{1,3}})$", re.IGNORECASE)

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        # halves of one statement told by two texts: "26 generators, 700,000 kW each" in
        # one, "26 generators with a combined capacity of 18.2 million kW" in another
        eaches: list[tuple[Claim, Claim]] = []  # (count, amount each)
        wholes: list[tuple[Claim, Claim]] = []  # (count, combined amount)
        for doc in sorted(docs := by_document(ctx)):
            figures = docs[doc]
            for avg in figures.claims:
                if avg.kind not in ("money", "quantity", "count"):
                    continue
                counted = self._per_counted(figures, avg)
                if not counted and not self._is_average(avg):
                    continue
                # a figure across ", and the city spent" is another clause's
                same = [x for x in figures.in_sentence(avg) if x is not avg
                        and x.id not in avg.linked and not (
                            _COUNTED_BREAK if x in counted else _CLAUSE_BREAK).search(
                            between(avg, x) if x.start > avg.start else between(x, avg))]
                # (a count of other things is no total of an average count: in "29 million
                # people took part, or an average of 21 seedlings each" the people divide)
                totals = [x for x in same if compatible(avg, x) and x.kind == avg.kind
                          and x.low > avg.high and not _counts_other(x, avg)]
                # the divisor counts something the total is shared among: "1,200
                # families"; a count set against another ("25 died, up from 17 last winter
                # and above the average of 22") or of what the total itself counts is not it
                counts = [x for x in same if x.kind == "count" and x not in totals
                          and x.value > 1 and x.value.is_integer()
                          and not _COMPARED.search(prefix(x)[-30:])
                          and not _counts_the_same(x, totals)
                          and not self._is_average(x) and (not counted or x in counted)]
                if len(totals) == 1 and not counts and totals[0].end <= avg.start and \
                        _APPOSED.match(between(totals[0], avg)) and \
                        (earlier := self._count_named_before(figures, avg)) is not None:
                    # "Lund set aside 140 million euros, or 265 euros per vehicle": the
                    # vehicles were counted in a sentence before
                    counts = [earlier]
                if not totals and len(counts) == 1 and counts[0].end <= avg.start and \
                        _APPOSED.match(between(counts[0], avg)) and \
                        (earlier := self._total_named_before(figures, avg)) is not None:
                    # "About 29 million people took part, or an average of 21 seedlings
                    # each": the seedlings were counted in a sentence before
                    totals = [earlier]
                if not totals and len(counts) == 1 and counts[0].end <= avg.start and \
                        not counted and self._is_average(avg) and \
                        not any(self._is_average(x) for x in same if compatible(avg, x)):
                    eaches.append((counts[0], avg))
                # ("about 8,000 people" is a count within 10%: its band is divided by too)
                if len(totals) != 1 or len(counts) != 1 or \
                        counts[0].qualifier not in ("exact", "about") or \
                        any(self._is_average(x) for x in same if compatible(avg, x)):
                    # "400 families received 5,000 yuan each and 120 families 8,000 yuan
                    # each, a total of 2.96 million": the total is of both groups
                    continue
                found = self._compare(avg, totals[0], counts[0])
                if found is not None:
                    findings.append(found)
            findings += filter(None, (self._over_periods(figures, c) or
                                      self._rate_then_total(figures, c)
                                      for c in figures.claims
                                      if c.kind in ("money", "quantity", "count")))
            wholes += self._combined(figures)
        return findings + self._across(eaches, wholes)

    def _combined(self, figures: DocFigures) -> list[tuple[Claim, Claim]]:
        """(count, total) for each count of things stated with their combined amount and no
        amount each: "26 generators having a combined generating capacity of 18.2 million
        kilowatts", "40 buses, $16 million in all"."""
        out = []
        for count in figures.claims:
            if not _is_set(count):
                continue
            same = figures.in_sentence(count)
            later = [x for x in same if x.start >= count.end]
            if not later or later[0].kind not in ("money", "quantity") or \
                    any(self._is_average(x) for x in same):
                continue
            total, gap = later[0], between(count, later[0])
            if not _CLAUSE_BREAK.search(gap) and (
                    _COMBINED.search(gap) or ((gap.strip() == "," or _WORDS_ONLY.match(gap))
                                              and _IN_ALL.match(after(total)))):
                out.append((count, total))
        return out

    def _across(self, eaches: list[tuple[Claim, Claim]],
                wholes: list[tuple[Claim, Claim]]) -> list[Finding]:
        """An amount each in one text against the combined amount of as many of the same
        things in another. Only a count written exactly, of one noun, names the same set;
        a small one may be any few of them, and a plan's against what was done may be a
        revised plan: those agree in a note or stay quiet."""
        by_set: dict[tuple[float, str], list[tuple[Claim, Claim]]] = {}
        for count, total in wholes:
            by_set.setdefault((count.value, _counted(count)), []).append((count, total))
        findings = []
        for count, each in eaches:
            if not _is_set(count):
                continue
            for whole_count, total in by_set.get((count.value, _counted(count)), ()):
                if whole_count.doc == count.doc or not compatible(each, total) or \
                        total.low <= each.high:
                    continue
                found = self._compare(each, total, count, whole_count)
                if found is not None and (found.severity == "info" or (
                        count.value >= self.params["across_min_count"]
                        and count.status == whole_count.status)):
                    findings.append(found)
        return findings

    def _over_periods(self, figures: DocFigures, rate: Claim) -> Finding | None:
        """An amount per year, month, week or day for a number of them, with the total they
        make in the same breath: "$20 billion, paid in installments of $5 billion a year over
        four years", "$1.5 billion a year for three years, a total of $4.5 billion", "$12
        billion over 10 years, or $1.2 billion a year", "2,350 trucks, an average of 78 a
        day over the 30 days", or in the sentence before one that opens "That is". Another
        total, or a second amount per period, and the check abstains."""
        if not _RATE_AFTER.match(after(rate)):
            return None  # no "a year", "a day" after the figure (most figures): no rate
        same = figures.in_sentence(rate)
        # (a figure across ", and has agreed to put" is another clause's)
        others = [x for x in same if x is not rate and x.kind == rate.kind
                  and compatible(rate, x) and x.id not in rate.linked
                  and not _CLAUSE_BREAK.search(between(rate, x) if x.start > rate.start
                                               else between(x, rate))]
        if not others and _THAT_IS.match(rate.sentence) and (i := figures.index(rate)) > 0:
            # "2,350 trucks have entered. That is an average of 78 trucks a day over the 30
            # days": the total is the one amount of its kind in the sentence before
            others = [x for x in figures.by_sentence.get(figures.starts[i - 1], ())
                      if x.kind == rate.kind and compatible(rate, x)]
        if len(others) != 1 or others[0].low <= rate.high:
            return None
        total = others[0]
        later = [x for x in same if x.start >= rate.end]
        if later and later[0].kind == "duration" and \
                (m := _PER_PERIOD.match(between(rate, later[0]))):
            # the amount, then its periods: the total before it, or after the periods
            span_of = later[0]
            if total.sentence_start != rate.sentence_start:
                pass  # the sentence before's, which "That is" restates
            elif total.end <= rate.start:
                if not _TOTAL_THEN_RATE.match(between(total, rate)):
                    return None
            elif total.start < span_of.end or not (
                    _PERIODS_THEN_TOTAL.match(between(span_of, total)) or
                    # "for 18 months, 11,520 euros in all"
                    (between(span_of, total).strip() == "," and _IN_ALL.match(after(total)))):
                return None
        else:
            # the total over its periods, then the amount per period
            if total.sentence_start != rate.sentence_start:
                return None
            m = _RATE_AFTER.match(after(rate))
            spans = [x for x in same if total.end <= x.start and x.end <= rate.start]
            if m is not None and m.group("period").lower() == "year" and len(spans) == 1 \
                    and spans[0].kind == "year_range" and spans[0].high > spans[0].low \
                    and _WORDS_ONLY.match(between(total, spans[0])) and \
                    _THEN_RATE.match(between(spans[0], rate)):
                # "212 billion euros between 2026 and 2029, or about 53 billion euros a
                # year": four years, or three to a reader who counts the gaps
                years = int(spans[0].high - spans[0].low)
                return self._per_period(rate, years + 1, "year", spans[0], total,
                                        also=years)
            if m is None or len(spans) != 1 or spans[0].kind != "duration" or \
                    not _TOTAL_OVER.match(between(total, spans[0])) or \
                    not _THEN_RATE.match(between(spans[0], rate)):
                return None
            span_of = spans[0]
        period = m.group("period").lower()
        unit = _DURATION_UNIT.search(span_of.surface)
        if span_of.unit != "year" or unit is None or span_of.stated is None:
            return None
        if unit.group("unit").lower() == period:
            periods = span_of.stated  # "78 trucks a day over the 30 days"
        elif period in _PER_YEAR and unit.group("unit").lower() == "year":
            periods = span_of.value * _PER_YEAR[period]  # "900 euros a month for two years"
        else:
            return self._per_calendar(rate, span_of, unit.group("unit").lower(), period, total)
        if periods < 2 or abs(periods - round(periods)) > 1e-6:
            return None
        return self._per_period(rate, round(periods), period, span_of, total)

    def _per_calendar(self, rate: Claim, span_of: Claim, unit: str, period: str,
                      total: Claim) -> Finding | None:
        """A rate per day (or week) over a span written in longer periods of the calendar:
        "4.1 million passengers in its first eight months, an average of about 27,000 a day"
        is over 224 to 248 days, so the rate allows what any of them gives."""
        if span_of.stated is None or span_of.stated < 1 or \
                _DAYS[unit][0] <= _DAYS[period][1]:
            return None
        periods = (span_of.stated * _DAYS[unit][0] / _DAYS[period][1],
                   span_of.stated * _DAYS[unit][1] / _DAYS[period][0])
        if periods[0] == periods[1] and periods[0].is_integer():
            # "over three weeks, ... a day": 21 days, as a count of days would say
            return self._per_period(rate, int(periods[0]), period, span_of, total)
        return self._per_period(rate, periods, period, span_of, total)

    def _rate_then_total(self, figures: DocFigures, rate: Claim) -> Finding | None:
        """An amount per period, then the total it makes over a number of periods set after
        the total: "230,000 meals are served every school day, or about 44 million over a
        school year of 190 days"."""
        later = [x for x in figures.in_sentence(rate) if x.start >= rate.end]
        if len(later) != 2 or not compatible(rate, later[0]) or \
                later[0].kind != rate.kind or later[1].kind != "duration":
            return None
        total, span_of = later
        m = _RATE_OR_TOTAL.match(between(rate, total))
        unit = _DURATION_UNIT.search(span_of.surface)
        if m is None or not _TOTAL_OVER_SPAN.match(between(total, span_of)) or \
                unit is None or span_of.stated is None or total.low <= rate.high or \
                unit.group("unit").lower() != m.group("period").lower():
            return None
        periods = span_of.stated
        if periods < 2 or abs(periods - round(periods)) > 1e-6:
            return None
        return self._per_period(rate, round(periods), m.group("period").lower(), span_of,
                                total)

    def _per_period(self, rate: Claim, periods: int | tuple[float, float], period: str,
                    span_of: Claim, total: Claim, also: int | None = None) -> Finding:
        """The finding of ``rate`` a ``period`` for ``periods`` (a number, or the fewest and
        most a span of the calendar holds) against ``total``; ``also``: another count of
        the periods the words allow (the total is consistent with either)."""
        cited = [total, rate, span_of]
        total, rate = sharpen([total, rate])
        # an amount per period is often the total divided and rounded ("an average of 78
        # a day"): it allows the rounding of its last digit
        low, high = written(rate)
        if also and overlap((low * also, high * also), (total.low, total.high)):
            periods = also
        fewest, most = periods if isinstance(periods, tuple) else (periods, periods)
        computed = (low * fewest, high * most)
        # "for 4 years (between 2026 and 2029)", "for four years", "eight months (224-248
        # days)"
        times = f"{fmt(fewest)}–{fmt(most)}" if fewest != most else f"{fewest}"
        shown = f"{periods} years ({span_of.surface})" if also else \
            f"{span_of.surface} ({times} {period}s)" if isinstance(periods, tuple) else \
            span_of.surface
        values = {"rate": quote(rate), "period": f"a {period}", "periods": shown,
                  "total": quote(total), "computed": written_span(total, *computed)}
        arithmetic = [f"{quote(rate)} × {times} = {written_span(rate, low, high)} × "
                      f"{times} = {written_span(total, *computed)}",
                      f"{quote(total)} allows {written_span(total, total.low, total.high)}"]
        basis = ("per period", rate.doc, total.value, rate.value, periods)
        if overlap(computed, (total.low, total.high)):
            return self.finding("per_period_consistent", "info", cited, values, arithmetic,
                                ("consistent", *basis))
        return self.finding("per_period_mismatch", self.rule.severity, cited, values,
                            arithmetic, ("mismatch", *basis))

    def _count_named_before(self, figures: DocFigures, avg: Claim) -> Claim | None:
        """The count an amount "per NOUN" divides by when its own sentence holds none: the
        one value counted of that noun in the sentences before (``sentences_back``)."""
        m = _PER_NOUN.match(avg.sentence, avg.end - avg.sentence_start)
        if not m:
            return None
        noun = m.group(1).lower()
        found = {x.value: x for x in figures.before(avg, self.params["sentences_back"])
                 if x.kind == "count" and x.sentence_start != avg.sentence_start
                 and x.value > 1 and x.value.is_integer()
                 and _counted(x) == singular(noun)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _total_named_before(self, figures: DocFigures, avg: Claim) -> Claim | None:
        """The total an average of "N NOUNs each" shares out when its own sentence holds
        none: the one value counted of that noun, larger than the average, in the
        sentences before (``sentences_back``)."""
        noun = _counted(avg)
        if not noun:
            return None
        found = {x.value: x for x in figures.before(avg, self.params["sentences_back"])
                 if x.sentence_start != avg.sentence_start and compatible(avg, x)
                 and x.kind == avg.kind and x.low > avg.high and _counted(x) == noun}
        return next(iter(found.values())) if len(found) == 1 else None

    def _per_counted(self, figures: DocFigures, c: Claim) -> list[Claim]:
        """The counts of a noun ``c`` is an amount "a NOUN" of, in its sentence: "24 charging
        stations at two depots, built for 6 million dollars, or 250,000 dollars a station"
        (not "a year", "a tonne": a rate or a price)."""
        m = self._a_noun.match(c.sentence, c.end - c.sentence_start)
        if m is None:
            return []
        noun = singular(m.group(1).lower())
        same = figures.in_sentence(c)
        if any(x.kind == "count" and _PART_OF.match(after(x)) for x in same):
            return []  # "120 of the region's 540 schools ... 150,000 euros a school": of which?
        return [x for x in same if x is not c and x.kind == "count" and
                _counted(x) == noun]

    def _is_average(self, c: Claim) -> bool:
        before = prefix(c)[-60:]
        return bool(self._before.search(before[-30:]) or self._each.search(before) or
                    self._after.match(c.sentence[c.end - c.sentence_start:][:40]))

    def _compare(self, avg: Claim, total: Claim, count: Claim,
                 whole_count: Claim | None = None) -> Finding | None:
        """The average against total / count; ``whole_count``: the count stated with the
        total when another text states it (cited too)."""
        cited = [total, count, avg] + ([whole_count] if whole_count is not None else [])
        total, count, avg = sharpen(cited[:3])
        computed = (total.low / count.high, total.high / count.low)
        if avg.low > 0 and not (avg.value / _UNRELATED <= total.value / count.value
                                <= avg.value * _UNRELATED):
            return None
        if count.value >= 3 and total.value < 2 * avg.value:
            # a sum of three or more that is not even twice one of them is no sum: "averaging
            # 41,300 fans over 15 games, in a stadium that holds 41,500" (a capacity)
            return None
        values = {"total": quote(total), "count": quote(count), "average": quote(avg),
                  "computed": written_span(avg, *computed)}
        outcome = "average"
        if whole_count is not None:
            # (the count quoted is the one stated with the total)
            values |= {"count": f"{whole_count.surface} {whole_count.subject}",
                       "total_doc": total.doc, "average_doc": avg.doc}
            outcome = "across"
        arithmetic = [f"{quote(total)} / {quote(count)} = "
                      f"{written_span(total, total.low, total.high)} / "
                      f"{span(count.low, count.high)} = {written_span(avg, *computed)}",
                      f"{quote(avg)} allows {written_span(avg, avg.low, avg.high)}"]
        # (a finding within one text keeps the fingerprint it had: baselines name it)
        basis = (avg.doc, total.value, count.value, avg.value) + (
            (total.doc,) if whole_count is not None else ())
        if overlap(computed, (avg.low, avg.high)):
            return self.finding(f"{outcome}_consistent", "info", cited, values, arithmetic,
                                ("consistent", *basis))
        return self.finding(f"{outcome}_mismatch", self.rule.severity, cited, values,
                            arithmetic, ("mismatch", *basis))
