"""``parts_sum``: parts stated with their total add up to it.

Three ways a text states a total with its parts, each read in one sentence (the total of a
complement may stand sentences before):

- a breakdown after the total: "1.7 billion yuan: 1.5 billion in cash and 0.2 billion in
  goods" (a colon: the parts are the whole), "500 staff, including 300 doctors" (the parts
  are some of the whole);
- parts before a total word: "300 doctors and 400 nurses, a total of 700 staff";
- a complement: "roads would receive $11 billion and the remaining $35 billion goes to
  energy" after "a $45 billion programme": the part and the rest are the whole;
- "another": "the dam came to 184.9 billion; resettlement cost another 69.3 billion" after
  "the project cost 254.2 billion" is reported when the sum meets the earlier figure (a
  corroboration only: "another" does not say the two make a total the text gave).

Exhaustive parts must add up to the total within the rounding of every figure; the parts of
an open list ("including", "among them") must not exceed it. A part larger than its total
says the figure taken for the total is something else: the check abstains.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from ..claims import Claim
from ..findings import Finding
from ..frame import load_vocabulary
from .base import Check, Context, Outcome, Param, fmt, quote
from .local import (
    AMOUNTS,
    OF_THEM,
    DocFigures,
    after,
    alternation,
    as_written,
    between,
    by_document,
    overlap,
    prefix,
    sharpen,
    total,
    written_span,
)
from .local import compatible as compatible_amounts

#: "2,687 of the victims", "360 million yuan of it": a part of a whole named before
_OF_WHOLE = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,2}of\s+(?:it|them|this|that|these|those|"
                       r"the\s+[A-Za-z-]+)\b", re.IGNORECASE)
_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$",
                      re.IGNORECASE)
#: figures that say when, not how much
_TIME_KINDS = ("year", "year_range", "duration")
_OF_AFTER_REST = re.compile(r"\s*(?:[a-z]+\s+)?of\s+(?!it\b|them\b)", re.IGNORECASE)
#: between a whole named first and its part: "Of the $500 million pledged, $320 million"
_NAMED_FIRST_GAP = re.compile(r"^[^\d;:]{0,30},\s*$")
_NAMED_FIRST_LONG_GAP = re.compile(r"^[^\d;:]{0,60},\s*$")
#: words before a figure that name it as the whole the sentence divides: "of the $45 billion"
_WHOLE_BEFORE = re.compile(r"\b(?:of|out\s+of)\s+(?:(?:the|its|their|this)\s+"
                           r"(?:[a-z-]+['’]s\s+)?"  # "Of the group's 14.6 billion"
                           # "Of last year's 766"
                           r"|(?:last|this|the\s+previous)\s+(?:year|month|quarter)['’]s\s+"
                           # "Of Zambia's 13.2 billion"
                           r"|(?-i:[A-Z][\w-]+)['’]s\s+)$",
                           re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:while|and|but|whereas|with|leaving)\b", re.IGNORECASE)
#: between a part and the whole right after it: "$5.1 billion of its "
_OF_FIGURE_WHOLE = re.compile(r"\s*of\s+(?:the|its|their|his|her|our|this|that)\s+",
                              re.IGNORECASE)


#: a table's rule under its header: "|---|:---:|"
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
#: a list item: "- ", "* ", "• ", "1. ", "2) "
_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+(?P<label>[^:\d]{1,60}?)\s*:")


#: a line that is a label and an amount, without a list marker: "Total: about $814 million."
_LABELLED = re.compile(r"^\s*(?P<label>[^:\d\-*•|]{1,30}?)\s*:")


def _line(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


#: a row of a table laid out with blanks: a label, then columns two blanks or a tab apart
#: ("North             12        40")
_COLUMNS = re.compile(r"^\s*(?P<label>[A-Za-z*_][^\t\d|]*?)(?:\t+| {2,})\S")


def _row_form(line: str) -> tuple[str | None, str]:
    """("table", first cell) for a table row, ("list", label) for a list item "- X: N",
    ("columns", label) for a row of a table laid out with blanks, (None, "") for anything
    else."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        return "table", stripped.strip("|").split("|")[0]
    m = _ITEM.match(line)
    if m:
        return "list", m.group("label")
    m = _COLUMNS.match(line)
    return ("columns", m.group("label")) if m else (None, "")


def _plain(label: str) -> str:
    """A row label without emphasis marks, in lower case: "**Total**" -> "total"."""
    return " ".join(re.sub(r"[*_`]", " ", label).split()).lower().rstrip(":")


def _converts(a: Claim, b: Claim) -> bool:
    """Whether ``a`` restates ``b`` in another currency ("10 billion yuan ($1.5 billion)")."""
    return a.id in b.linked and a.unit != b.unit


class PartsSumCheck(Check):
    name = "parts_sum"
    description = "Parts stated with their total add up to it (exhaustive) or stay below it."
    PARAMS = {
        "open_cues": Param("string_list", ["including", "among them", "among whom", "of which",
                                           "of whom", "such as", "mainly", "mostly"],
                           "words after a total that open a list of some of its parts"),
        "total_cues": Param("string_list", ["a total of", "totalling", "totaling", "in total",
                                            "altogether", "in all", "all told", "together",
                                            "for total", "for a combined", "for combined"],
                            "words before or after a figure that make it the total of the "
                            "parts before it"),
        "rest_cues": Param("string_list", ["the remaining", "the rest of", "the other",
                                           "the balance of", "the remainder of", "the rest,",
                                           "the remainder,", "the balance,"],
                           "words before a part that make it the rest of a total"),
        "remainder_words": Param("string_list", ["not yet", "yet to", "remaining", "remained",
                                                 "still", "unspent", "unused", "left",
                                                 "outstanding", "the rest", "gap of",
                                                 "shortfall of", "uncovered",
                                                 "uninsured", "unfunded", "leaving"],
                                 "words that make the second of two parts what is left of "
                                 "the whole: '360 million of it was spent, while 545 million "
                                 "had not yet been used'"),
        "total_labels": Param("string_list", ["total", "grand total", "sum", "overall",
                                              "all", "in total", "total cost",
                                              "total budget"],
                              "labels of the row of a table or list that holds the total of "
                              "the rows above it ('| **Total** | $310 million |')"),
        "crossing_kinds": Param("string_list", [
            "men", "women", "boys", "girls", "children", "adults", "minors", "teenagers",
            "elderly", "pensioners", "retirees", "foreigners", "nationals", "citizens",
            "locals", "tourists", "volunteers", "students", "smokers", "veterans"],
            "kinds of people that cut across others ('300 were women and 120 were children'; "
            "'were nurses ... were volunteers'): a list of parts told apart by 'were' and a "
            "kind that holds one of them may overlap, and is not added up"),
        "whole_reach": Param("percent", 0.3,
                             "how near the sum of a part and 'the remaining' part must come "
                             "to a figure stated sentences earlier for it to be their whole"),
    }
    OUTCOMES = {
        "parts_mismatch": Outcome(
            "parts {parts} add up to {sum}, not the total {total}", ("parts", "sum", "total")),
        "parts_exceed_total": Outcome(
            "parts {parts} add up to {sum}, more than the total {total}",
            ("parts", "sum", "total")),
        "parts_consistent": Outcome(
            "parts {parts} add up to {sum}, as the total {total} states",
            ("parts", "sum", "total")),
        "another_meets_total": Outcome(
            "{parts} (one amount and another) add up to {sum}, the total {total} stated "
            "before", ("parts", "sum", "total")),
        "parts_within_total": Outcome(
            "parts {parts} add up to {sum}, within the total {total}",
            ("parts", "sum", "total")),
    }
    PASSING = ("parts_consistent", "parts_within_total", "another_meets_total")

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        p = self.params
        self._open = re.compile(rf"^[^\d;:]{{0,60}}?,?\s*\b(?:{alternation(p['open_cues'])})"
                                rf"\b[^\d;]{{0,45}}$", re.IGNORECASE)
        self._colon = re.compile(r"^[^\d;:]{0,60}:[^\d;]{0,30}$")
        # ("for total revenue of 4.5 billion": a noun and "of" may follow the cue)
        self._total_before = re.compile(rf"\b(?:{alternation(p['total_cues'])})\s+"
                                        r"(?:\w+\s+)?(?:of\s+)?$",
                                        re.IGNORECASE)
        self._total_after = re.compile(rf"^[^\d;:]{{0,30}}\b(?:{alternation(p['total_cues'])})"
                                       rf"\b", re.IGNORECASE)
        self._rest = re.compile(rf"\b(?:{alternation(p['rest_cues'])})\s+(?:[^\d\s]+\s+)?$",
                                re.IGNORECASE)
        self._list_gap = re.compile(r"^[^\d;:]{0,60}$")
        self._total_labels = frozenset(w.lower() for w in p["total_labels"])
        self._crossing = frozenset(w.lower() for w in p["crossing_kinds"])
        self._vocab = load_vocabulary(Path(self.rule.path).parent)
        self._remainder = re.compile(rf"\b(?:{alternation(p['remainder_words'])})\b",
                                     re.IGNORECASE)

    def run(self, ctx: Context) -> list[Finding]:
        findings: list[Finding] = []
        seen: set[tuple[str, ...]] = set()
        for doc in sorted(docs := by_document(ctx)):
            figures = docs[doc]
            text = ctx.documents[doc].text if doc in ctx.documents else ""
            for c in figures.claims:
                if c.kind not in AMOUNTS and not _points(c):
                    continue
                for found, only_agree in ((self._ledger(text, figures, c), False),
                                          (self._breakdown(figures, c), False),
                                          (self._named_whole(figures, c), False),
                                          (self._listed_before(figures, c), False),
                                          (self._complement(figures, c), False),
                                          (self._split(figures, c), False),
                                          (self._by_place(figures, c), False),
                                          (self._labelled_of_that(figures, c), False),
                                          (self._another(figures, c), True)):
                    if found is None:
                        continue
                    whole, parts, exhaustive = found
                    key = tuple(x.id for x in (whole, *parts))
                    if key not in seen and len(parts) > 1:
                        seen.add(key)
                        f = self._compare(whole, parts, exhaustive)
                        if f is not None and only_agree:
                            # never a warning: a sum that meets an earlier figure is noted
                            f = self._met(whole, parts) if f.severity == "info" else None
                        if f is not None:
                            findings.append(f)
        return findings

    def _ledger(self, text: str, figures: DocFigures, total_claim: Claim
                ) -> tuple[Claim, list[Claim], bool] | None:
        """A table or list whose last row is labelled as the total ("| **Total** | $310
        million |", "- Total: 4,500"): the amount of each row above it in the total's column,
        up to the table's header or the list's start, are its parts (every row with as many
        amounts as the total's row). Not necessarily all of them: a table of
        the largest donors may end with the total of every donor, so the rows must not
        exceed the total but may fall short of it."""
        if not text:
            return None
        row = _line(text, total_claim.start)
        form, label = _row_form(text[row[0]:row[1]])
        below_list = False
        if form is None and (m := _LABELLED.match(text[row[0]:row[1]])):
            # "Total: about $814 million." on a line of its own under a list
            form, label, below_list = "list", m.group("label"), True
        if form is None or _plain(label) not in self._total_labels:
            return None
        # a table of several columns adds up column by column: the total's column is its
        # place among the amounts of its row, and every row above has as many
        totals = self._row_amounts(figures, row, total_claim)
        if total_claim not in totals:
            return None
        column, width = totals.index(total_claim), len(totals)
        parts: list[Claim] = []
        start = row[0]
        while start > 0:
            prev = _line(text, start - 1)
            line = text[prev[0]:prev[1]]
            if below_list and not parts and not line.strip():
                start = prev[0]  # the blank line between the list and its total
                continue
            if form == "table" and _SEPARATOR.match(line):
                break  # the header is above it
            prev_form, prev_label = _row_form(line)
            if prev_form != form or _plain(prev_label) in self._total_labels:
                break
            amounts = self._row_amounts(figures, prev, total_claim)
            if form == "columns" and not amounts:
                break  # the header of a table laid out with blanks
            if len(amounts) != width:
                return None  # a row with another number of amounts: not a plain ledger
            parts.insert(0, amounts[column])
            start = prev[0]
        return (total_claim, parts, False) if len(parts) > 1 else None

    @staticmethod
    def _row_amounts(figures: DocFigures, row: tuple[int, int], like: Claim) -> list[Claim]:
        """The amounts of a row in ``like``'s unit, a conversion of another not counted."""
        cells = [x for x in figures.claims if row[0] <= x.start < row[1]]
        # "€150 million ($162 million)" in a column of dollars: the dollars are the amount
        return [x for x in cells if compatible(like, x)
                and not any(_converts(x, y) and compatible(like, y) for y in cells)]

    def _run_of_parts(self, figures: DocFigures, first: Claim, whole: Claim,
                      limit: int = 0) -> list[Claim]:
        """``first`` and the figures after it in its sentence that list more parts of
        ``whole`` (same unit, nothing but words and commas between); at most ``limit`` and
        one more, when one is given."""
        parts, last = [first], first  # last: the last figure read, a conversion included
        dates: list[Claim] = []  # "2.42 billion in 2017, 4.34 billion in 2018": words
        for x in figures.in_sentence(first):
            if limit and len(parts) > limit:
                break
            if x.start <= last.start:
                continue
            if x.kind in _TIME_KINDS:
                dates.append(x)
                continue
            if _converts(x, parts[-1]):
                last = x
                continue
            gap = between(last, x)
            for d in dates:
                gap = gap.replace(d.surface, "then", 1)
            dates = []
            if not compatible(whole, x) or not self._list_gap.match(gap):
                break
            parts.append(x)
            last = x
        return parts

    def _breakdown(self, figures: DocFigures, whole: Claim
                   ) -> tuple[Claim, list[Claim], bool] | None:
        """A total followed by a colon or an open cue and a list of its parts."""
        later = [x for x in figures.in_sentence(whole) if x.start > whole.start
                 and not _converts(x, whole)]
        # "raised $1.5 million in the first three days, including ...": a time between the
        # total and its list says when, not what; it is read as words
        skipped = list(itertools.takewhile(lambda x: x.kind in _TIME_KINDS, later))
        later = later[len(skipped):]
        if counted := self._counted_list(figures, whole, later):
            return whole, counted, True
        # "24 million euros on an enclosure of 5,500 square metres, of which the city pays":
        # a figure in another unit describes what the money is for; the list that follows
        # in the total's own unit is its parts (read as words, as a time is)
        aside = list(itertools.takewhile(lambda x: x.kind != "percent" and
                                         not compatible(whole, x), later))
        if len(aside) == 1 and len(later) > 1:
            skipped, later = [*skipped, *aside], later[1:]
        elif len(later) > 2 and later[0].aggregation == "change" and \
                _CHANGE_OF_TOTAL.match(between(whole, later[0])):
            # "has risen to 287, up 44 from Tuesday's count: 250 passengers and 37 crew":
            # the total's change says how it came about, not what it is made of
            skipped, later = [*skipped, later[0]], later[1:]
        if not later or not compatible(whole, later[0]):
            return None
        gap = between(whole, later[0])
        for x in skipped:
            gap = gap.replace(x.surface, "then", 1)
        if self._colon.match(gap):
            exhaustive = True
        elif self._open.match(gap):
            exhaustive = False
        elif _APPOSED_GAP.match(gap):
            # "The 70 million yuan in relief funds, 50 million from the state and 20 million
            # from the province, will be used": parts set off by commas are the whole
            # (a run longer than a few parts is a list, no apposition: read no further)
            parts = self._run_of_parts(figures, later[0], whole, _APPOSED_MAX)
            gaps = [between(a, b) for a, b in itertools.pairwise(parts)]
            if not 2 <= len(parts) <= _APPOSED_MAX or not _AND.search(gaps[-1]) or \
                    any(_COMPARING.search(g) for g in [gap, *gaps]) or \
                    not _APPOSITION_ENDS.match(after(parts[-1])):
                return None
            return whole, parts, True
        else:
            return None
        return whole, self._run_of_parts(figures, later[0], whole), exhaustive

    def _counted_list(self, figures: DocFigures, whole: Claim, later: list[Claim]
                      ) -> list[Claim]:
        """The parts of "94 people died across the four Alpine countries: France 31,
        Switzerland 25, Austria 22 and Italy 16": the count before the colon says how many
        parts the list holds, and it holds that many, so they are all of the total."""
        if len(later) < 3 or later[0].kind != "count" or not later[0].value.is_integer() \
                or not 2 <= later[0].value <= _COUNTED_MAX:
            return []
        if not _WORDS_GAP.match(between(whole, later[0])) or \
                not self._colon.match(between(later[0], later[1])) or \
                not compatible(whole, later[1]):
            return []
        parts = self._run_of_parts(figures, later[1], whole)
        gaps = [between(a, b) for a, b in itertools.pairwise(parts)]
        if len(parts) != later[0].value or not _AND.search(gaps[-1]) or \
                not _LIST_ENDS.match(after(parts[-1])):
            return []
        return parts

    def _named_whole(self, figures: DocFigures, first: Claim
                     ) -> tuple[Claim, list[Claim], bool] | None:
        """A list after a colon that names its whole instead of restating it: "Net revenue
        is put at 150 million pounds. Every penny of the net revenue will go to transport: 90
        million on buses, 40 million on cycling and 20 million on roads." The whole is the
        one figure of the sentence before, in the parts' unit and above each, whose words
        hold the name. "Every", "all", "whole" or "entire" before the colon make the parts
        all of it; else they must not exceed it."""
        same = figures.in_sentence(first)
        if same[0] is not first:
            return None
        m = _NAMED_BEFORE_COLON.match(prefix(first))
        if m is None:
            return None
        parts = self._run_of_parts(figures, first, first)
        if len(parts) < 2 or len(parts) != len([x for x in same if not any(
                _converts(x, p) for p in parts)]):
            return None  # a figure left over is of something else
        i = figures.index(first)
        if i == 0:
            return None
        wholes = [x for x in figures.by_sentence.get(figures.starts[i - 1], ())
                  if compatible(first, x) and x.low > max(p.high for p in parts)]
        if len(wholes) != 1:
            return None
        whole = wholes[0]
        words = {w.lower().strip(".,;:'’") for w in whole.sentence.split()}
        if not {w.lower() for w in m.group("name").split()} <= words:
            return None  # "the money" names nothing the sentence before says
        return whole, parts, bool(m.group("all"))

    def _listed_before(self, figures: DocFigures, whole: Claim
                       ) -> tuple[Claim, list[Claim], bool] | None:
        """Parts listed before a figure that a total word marks: 'A and B, a total of T'."""
        if not (self._total_before.search(prefix(whole)[-40:])
                or self._total_after.match(whole.sentence[whole.end - whole.sentence_start:])):
            return None
        earlier = [x for x in figures.in_sentence(whole) if x.start < whole.start]
        parts: list[Claim] = []
        for x in reversed(earlier):
            if _converts(x, whole) or any(_converts(x, p) for p in parts):
                continue
            nxt = parts[0] if parts else whole
            if not compatible(whole, x) or not self._list_gap.match(between(x, nxt)) or \
                    _DIFFERENCE_AFTER.match(after(x)):
                break
            parts.insert(0, x)
        return (whole, parts, True) if parts else None

    def _complement(self, figures: DocFigures, rest: Claim
                    ) -> tuple[Claim, list[Claim], bool] | None:
        """'A ... and the remaining B' after a total T: A + B = T."""
        if not self._rest.search(prefix(rest)[-40:]):
            return None
        before = [x for x in figures.before(rest, 1) if x is not rest
                  and not _converts(x, rest) and x.kind in AMOUNTS]
        part = next((x for x in before if compatible(rest, x)
                     and not (x.kind == "count" and x.subject and rest.subject
                              and x.subject != rest.subject)), None)
        if part is None or _unread_between(figures, part, rest):
            return None
        inner = _part_of(figures, part)
        if inner is not None and part.low > max(inner.high, rest.high):
            # "a grant will cover 58 million of the city's 96 million order, and the city
            # will pay the remaining 38 million": the figure after "of" is the whole
            return part, [inner, rest], True
        parts = self._listed_with(figures, part, rest)
        whole = self._whole_before(figures, parts, rest)
        return (whole, [*parts, rest], True) if whole is not None else None

    def _listed_with(self, figures: DocFigures, part: Claim, rest: Claim) -> list[Claim]:
        """``part`` and the parts listed before it in its sentence: "the city will give
        250 million, the state 150 million and the club the remaining 200 million" leaves
        the club the rest after both. A figure the sentence names as a whole ("of the $45
        billion, ...") ends the list."""
        parts = [part]
        for x in reversed([x for x in figures.in_sentence(part) if x.start < part.start]):
            if _converts(x, parts[0]):
                continue
            if not compatible(rest, x) or not self._list_gap.match(between(x, parts[0])) \
                    or _WHOLE_BEFORE.search(prefix(x)[-30:]):
                break
            parts.insert(0, x)
        return parts

    def _whole_before(self, figures: DocFigures, parts: list[Claim], rest: Claim
                      ) -> Claim | None:
        """The whole "the remaining B" is the rest of: a figure the text stated before.

        "The remaining" points to a whole the reader has seen, though other figures may stand
        between: the whole is the earlier figure the parts add up to, or, when none does, the
        only earlier value within ``whole_reach`` of their sum (a headline figure restated
        counts once). Two values within reach, or none: abstain. So do parts that, with an
        earlier figure, add up to a larger earlier one: that figure is one more part.
        """
        part = parts[0]
        earlier = [x for x in figures.before(part, len(figures.sentence_of)) if x is not part
                   and not _converts(x, part) and compatible(part, x)]
        larger = [x for x in earlier if x.low > max(rest.high, *(p.high for p in parts))]
        if len(parts) == 1 and OF_THEM.match(part.sentence, part.end - part.sentence_start):
            # "40,000 of them ... the other 7,000": "them" is the larger figure of the
            # sentence before, whatever the sum comes to
            named = [x for x in larger if figures.index(x) == figures.index(part) - 1]
            if len({x.value for x in named}) == 1:
                return named[0]
        low, high = total([*parts, rest])
        adding = [x for x in larger if overlap((low, high), (x.low, x.high))]
        reach = self.params["whole_reach"]
        close = [x for x in larger if abs(x.value - (low + high) / 2) <= reach * x.value]
        if not adding and len({x.value for x in close}) > 1:
            return None
        whole = adding[0] if adding else close[0] if close else None
        if whole is not None and _rest_of_another([*parts, rest], earlier):
            # "Property taxes bring in 1.9 billion ... State aid covers 1.3 billion and fees
            # the remaining 1 billion" after a budget of 4.2 billion; "the Alliance won 64 of
            # the 150 seats, short of the 76 it needed ... the Front took 48, the Greens 21
            # and smaller parties the remaining 17": an earlier figure is one more part, and
            # the rest is that of a larger whole
            return None
        return whole

    def _another(self, figures: DocFigures, more: Claim
                 ) -> tuple[Claim, list[Claim], bool] | None:
        """'The dam came to 184.9 billion. Resettlement cost another 69.3 billion' after 'the
        project cost 254.2 billion': a corroboration when an earlier figure is the sum.
        "Another" says only that something more was spent, not that the two make a total
        the text gave, so a sum that meets no earlier figure is no finding at all."""
        if not _ANOTHER.search(prefix(more)[-30:]):
            return None
        part = next((x for x in figures.before(more, 1) if x is not more
                     and not _converts(x, more) and compatible(more, x)), None)
        if part is None or (part.measure and more.measure and part.measure != more.measure) \
                or (part.kind == "count" and part.subject != more.subject):
            return None  # "1,350 villages were flooded ... a further 100,000 will move"
        low, high = total([part, more])
        whole = next((x for x in figures.before(part, len(figures.sentence_of))
                      if x is not part and not _converts(x, part) and compatible(part, x)
                      and overlap((low, high), (x.low, x.high))), None)
        return (whole, [part, more], True) if whole is not None else None

    def _split(self, figures: DocFigures, part: Claim
               ) -> tuple[Claim, list[Claim], bool] | None:
        """'A of it was spent, while B had not yet been used' after a whole W, or 'Of the W
        pledged, A has been paid, while B is still outstanding': A + B = W."""
        named_first = self._whole_named_first(figures, part)
        rest = next((x for x in figures.in_sentence(part) if x.start > part.start
                     and not _converts(x, part)), None)
        if named_first is None and rest is not None and compatible(part, rest) and \
                _OF_FIGURE_WHOLE.fullmatch(between(part, rest)):
            # "has spent $5.1 billion of its $6 billion so far, leaving $0.8 billion": the
            # figure right after "of" is the whole, and the rest comes after it
            named_first = rest
            rest = next((x for x in figures.in_sentence(part) if x.start > named_first.start
                         and not _converts(x, named_first)), None)
            if rest is None or not _CONTRAST.search(between(named_first, rest)):
                return None
            part_gap = between(named_first, rest)
        elif named_first is None and \
                not _OF_WHOLE.match(part.sentence, part.end - part.sentence_start):
            return None
        else:
            part_gap = ""
        if rest is None or not compatible(part, rest):
            return None
        gap = part_gap or between(part, rest)
        # (up to a clause break or the next figure: "and $3 billion to bondholders; the
        # rest, $3.9 billion" leaves nothing of the 3 billion)
        tail = re.split(r"[;\d]", after(rest)[:40], maxsplit=1)[0]
        contrasts = list(_CONTRAST.finditer(gap))
        # the words that say B is what remains stand after the contrast, with B: in "11 of
        # the dead had not yet been identified and 199 students were killed", "not yet" is
        # the 11's
        if not contrasts or not (self._remainder.search(gap[contrasts[-1].start():])
                                 or self._remainder.search(tail)):
            return None
        if named_first is not None and _OF_AFTER_REST.match(rest.sentence,
                                                           rest.end - rest.sentence_start):
            return None  # "while 90 million of new pledges are outstanding": another whole
        # "of the bill" names a whole the reader has seen, as "the remaining" does: the one
        # the parts add up to, or the only one near their sum (not merely the nearest: "cost
        # 8.7 billion, against a budget of 6.6 billion. Public money covered 2.4 billion of
        # the bill and sponsors the remaining 6.3 billion")
        whole = named_first or self._whole_before(figures, [part], rest)
        if whole is None or whole.low <= max(part.high, rest.high):
            return None
        return whole, [part, rest], True

    def _by_place(self, figures: DocFigures, part: Claim
                  ) -> tuple[Claim, list[Claim], bool] | None:
        """'Of the W moved, A were in Hubei and B in Henan': parts told apart by the places
        they are in are apart, so together they are at most W (others may be elsewhere).
        So are parts told apart by where each came from or went: 'Of the W in revenue, A
        came from licences, B from cloud services and C from hardware'."""
        if not _IN_PLACE.match(after(part)):
            return self._by_source(figures, part)
        # the places tell the parts apart: the whole may say more of what it counts ("Of the
        # 345,000 people moved from the reservoir area, 165,000 were in Hubei")
        whole = self._whole_named_first(figures, part, _NAMED_FIRST_LONG_GAP)
        if whole is None:
            return None
        # (the run ends at a figure of no place: "..., where 208 new villages were built")
        parts = _run_of(figures, part, self._list_gap, _IN_PLACE)
        places = [x.place for x in parts]
        if len(parts) < 2 or "" in places or len(set(places)) != len(parts):
            return None
        return whole, parts, False

    def _by_source(self, figures: DocFigures, part: Claim
                   ) -> tuple[Claim, list[Claim], bool] | None:
        """The parts of 'Of the W, A came from X, B from Y and C from Z' (or 'for', 'on'):
        three or more, each with its own source, the last after "and"."""
        if not _FROM_SOURCE.match(after(part)):
            return self._by_kind(figures, part)
        whole = self._whole_named_first(figures, part, _NAMED_FIRST_LONG_GAP) or \
            self._whole_of_that(figures, part)
        if whole is None:
            return None
        parts = _run_of(figures, part, _SOURCE_LIST_GAP, _FROM_SOURCE)
        tags = [(m.group("prep").lower(), m.group("what").lower()) for x in parts
                if (m := _FROM_SOURCE.match(after(x)))]
        # two parts are told apart only by one kind of word: "from the state" and "for
        # roads" may be the same money
        if len(parts) < 2 or (len(parts) == 2 and tags[0][0] != tags[1][0]) or \
                len({w for _, w in tags}) != len(parts) or \
                not _AND.search(between(parts[-2], parts[-1])):
            return None
        return whole, parts, False

    def _labelled_of_that(self, figures: DocFigures, first: Claim
                          ) -> tuple[Claim, list[Claim], bool] | None:
        """The parts of "Of this, summer grain was 3.02 million tonnes and autumn grain 9.55
        million tonnes", after a total in the sentence before: each part named by a label
        before it, the labels all different, the last after "and". Not said to be all."""
        m = _OF_THAT_LABEL.match(prefix(first))
        if m is None:
            return None
        whole = self._whole_of_that(figures, first, _OF_THAT_LABEL)
        if whole is None:
            return None
        parts, labels = [first], [m.group("label").lower()]
        last = first  # the last figure read: a part, or the change stated with it
        for x in figures.in_sentence(first):
            if x.start <= last.start:
                continue
            if x.kind == "percent" and last is parts[-1] and \
                    _ITS_CHANGE.match(between(last, x)):
                last = x  # "158.2 billion yuan, up 5.9 percent; that of ..."
                continue
            g = _NEXT_LABEL.match(between(last, x))
            if g is None or not compatible(first, x):
                break
            parts.append(x)
            labels.append(g.group("label").lower())
            last = x
        if len(parts) < 2 or len(set(labels)) != len(parts) or \
                not _AND.search(between(parts[-2], parts[-1])) or \
                not _LIST_ENDS.match(after(last)):
            return None
        return whole, parts, False

    @staticmethod
    def _whole_of_that(figures: DocFigures, part: Claim,
                       opening: re.Pattern | None = None) -> Claim | None:
        """W of "The city has spent W on the site. Of that, A came from ...": the one figure
        of the sentence before, in the part's unit, that "Of that" opening the part's
        sentence points to."""
        if not (opening or _OF_THAT).match(prefix(part)):
            return None
        i = figures.index(part)
        if i == 0:
            return None
        earlier = [x for x in figures.by_sentence.get(figures.starts[i - 1], ())
                   if compatible(part, x) and x.low > part.high]
        earlier = [x for x in earlier if not any(_converts(x, y) and y.start < x.start
                                                 for y in earlier)]
        return earlier[0] if len({x.value for x in earlier}) == 1 else None

    def _by_kind(self, figures: DocFigures, part: Claim
                 ) -> tuple[Claim, list[Claim], bool] | None:
        """The parts of 'Of the W dead, A were port workers, B were firefighters and C were
        residents': three or more, each said to be a kind of its own with "were" and a noun
        (not a participle or an event: "31 were rescued and 5 were hurt" may overlap), the
        last after "and". Not said to be all of W."""
        if not _AS_KIND.match(after(part)):
            return None
        whole = self._whole_named_first(figures, part, _NAMED_FIRST_LONG_GAP)
        if whole is None:
            return None
        parts = _run_of(figures, part, _SOURCE_LIST_GAP, _AS_KIND)
        kinds = [m.group("what").lower() for x in parts if (m := _AS_KIND.match(after(x)))]
        if len(parts) < 3 or len(set(kinds)) != len(parts) or \
                any(self._vocab.any_event.search(k) for k in kinds) or \
                any(k.split()[0] in self._crossing for k in kinds) or \
                not _AND.search(between(parts[-2], parts[-1])):
            return None
        return whole, parts, False

    @staticmethod
    def _whole_named_first(figures: DocFigures, part: Claim,
                           gap: re.Pattern = _NAMED_FIRST_GAP) -> Claim | None:
        """W of "Of the W pledged, A has been paid": the figure before the part in its
        sentence, after "of (the)", with only a few words (``gap``) and a comma between
        them."""
        earlier = [x for x in figures.in_sentence(part) if x.end <= part.start
                   and not _converts(x, part)]
        if not earlier:
            return None
        whole = earlier[-1]
        if not compatible(part, whole) or not _WHOLE_BEFORE.search(prefix(whole)[-30:]) or \
                not gap.match(between(whole, part)):
            return None
        return whole

    def _met(self, whole: Claim, parts: list[Claim]) -> Finding:
        values, arithmetic = _sum_lines(whole, parts)
        return self.finding("another_meets_total", "info", [*parts, whole], values, arithmetic,
                            ("another", whole.doc, tuple(p.value for p in parts), whole.value))

    def _compare(self, whole: Claim, parts: list[Claim], exhaustive: bool) -> Finding | None:
        cited = [*parts, whole]
        *parts, whole = sharpen(cited)
        low, high = total(parts)
        if any(p.low > whole.high for p in parts) or high * 2 < whole.low or \
                low > 2 * whole.high:
            # a part above its total, parts that are not half of it or more than twice it
            # ("35 countries, among them 32 Kenyans, 18 Canadians, ..."): the figure taken
            # for the total is something else
            return None
        values, arithmetic = _sum_lines(whole, parts)
        basis = (whole.doc, tuple(p.value for p in parts), whole.value, exhaustive)
        if exhaustive:
            if overlap((low, high), (whole.low, whole.high)):
                return self.finding("parts_consistent", "info", cited, values, arithmetic,
                                    ("consistent", *basis))
            miss = min(abs(low - whole.high), abs(high - whole.low))
            arithmetic.append(f"the parts are the whole: their sum misses {quote(whole)} by "
                              f"{fmt(as_written(whole, miss))}")
            return self.finding("parts_mismatch", self.rule.severity, cited, values,
                                arithmetic, ("mismatch", *basis))
        if low > whole.high:
            arithmetic.append(f"{fmt(as_written(whole, low))} > "
                              f"{fmt(as_written(whole, whole.high))}, the most {quote(whole)} "
                              "allows")
            return self.finding("parts_exceed_total", self.rule.severity, cited, values,
                                arithmetic, ("exceed", *basis))
        return self.finding("parts_within_total", "info", cited, values, arithmetic,
                            ("within", *basis))


def _rest_of_another(parts: list[Claim], earlier: list[Claim]) -> bool:
    """Whether one of the ``earlier`` figures, taken with ``parts``, adds up to a larger
    earlier one: the parts and "the remaining" are then the rest of that whole after it."""
    alone = total(parts)
    for one in earlier:
        low, high = total([one, *parts])
        # (a whole the parts make up without it is theirs: "1,710 dollars per household"
        # adds nothing to 1.5 + 0.8 + 3 billion)
        if any(x.low > one.high and overlap((low, high), (x.low, x.high)) and
               not overlap(alone, (x.low, x.high)) for x in earlier):
            return True
    return False


def _unread_between(figures: DocFigures, part: Claim, rest: Claim) -> bool:
    """Whether a number the extractor did not read stands between a part and "the remaining"
    part in their sentence: "The Union won 71 and the Greens 28; smaller parties took the
    remaining 45" has a part (28) no claim holds, so the parts known are not all of them."""
    if part.sentence_start != rest.sentence_start:
        return False
    base = part.sentence_start
    read = [(x.start, x.end) for x in figures.in_sentence(part)]
    for m in _DIGITS.finditer(part.sentence, part.end - base, rest.start - base):
        if not any(lo <= base + m.start() < hi for lo, hi in read):
            return True
    return False


_DIGITS = re.compile(r"\d+")


def _points(c: Claim) -> bool:
    """Whether ``c`` is an amount of percentage points: points add up, percentages of
    different wholes do not ("125 basis points in all: 25 in February, 50 in May ...")."""
    return c.kind == "percent" and c.subject == "points"


def compatible(a: Claim, b: Claim) -> bool:
    """Whether two figures can be added: amounts in one unit, or percentage points."""
    return compatible_amounts(a, b) or (_points(a) and _points(b))


#: between a total and its change: ", up ", ", down by "
_CHANGE_OF_TOTAL = re.compile(r"^\s*,\s*(?:up|down)\s+(?:by\s+)?$", re.IGNORECASE)
#: what names a whole before a colon: "Every penny of the net revenue will be spent on
#: transport:", "The money will be split as follows:"
_NAMED_BEFORE_COLON = re.compile(r"^(?:[-*•]\s+)?(?P<all>(?i:every\s+\w+\s+of|all\s+of|"
                                 r"the\s+whole\s+of|the\s+entire)\s+)?[^\d;:]{0,30}?\b(?i:the|this|that)\s+"
                                 r"(?P<name>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\b[^\d;:]{0,60}:\s*$")
#: the most parts set off by commas after their whole
_APPOSED_MAX = 6
#: the most parts a count before a colon may announce ("the four countries:")
_COUNTED_MAX = 12
#: words alone, no figure or clause break, between a total and the count of its parts
_WORDS_GAP = re.compile(r"^[^\d;:.]{1,100}$")
#: after the last part of a list the sentence ends or turns to something else
_LIST_ENDS = re.compile(r"^\s*(?:[.;]|$|,\s+(?:the|a|an|according|said|says|officials)\b)",
                        re.IGNORECASE)
#: between a whole and the first of its parts set off by commas: " in relief funds, "
_APPOSED_GAP = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,4}\s*,\s*$")
#: the comma that closes such parts, then the whole's verb: ", will be used"
_APPOSITION_ENDS = re.compile(r"^[^,;:.\d]{0,50},\s+(?:will|would|was|were|is|are|has|have|"
                              r"had|went|goes|go|[a-z]+ed)\b")
_AND = re.compile(r"\band\b")
#: words right after a figure that make it a difference from another, not a part of a
#: whole: "74 points, 12 behind the leaders", "40 more than last year"
_DIFFERENCE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:more|less|fewer|behind|ahead|short|adrift|"
                               r"clear|than|above|below)\b", re.IGNORECASE)
#: words that make a figure beside another a comparison, not a part: "50 million more than"
_COMPARING = re.compile(r"\b(?:more|less|fewer|than|above|below|up|down|compared|against|"
                        r"versus|or)\b", re.IGNORECASE)
#: a place right after a part: "165,000 were in Hubei", "180,000 in Henan"
_IN_PLACE = re.compile(r"\s*(?:(?:now|still)\s+)?(?:(?:were|was|are|is|lived|live)\s+)?"
                       r"(?:in|at)\s+(?:the\s+)?[A-Z]")
#: what a part came from or went to, right after it: " came from software licences", " from
#: hardware", " for roads", " will go to schools", " to roads" (not " to be ...": a plan for
#: the part, which may cross another's)
_FROM_SOURCE = re.compile(r"\s*(?:(?:came|come|comes|were|was|are|is|went|go|goes|will\s+go|"
                          r"would\s+go|is\s+to\s+go|are\s+to\s+go)\s+)?"
                          r"(?P<prep>from|for|on|to(?!\s+be\b))\s+(?:the\s+)?"
                          r"(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)", re.IGNORECASE)
#: a rough qualifier before a figure, if any
_ROUGHLY = r"(?:(?:about|some|nearly|almost|roughly|around)\s+)?"
#: a sentence that opens by naming the figure before as the whole: "Of that, ", "Of this
#: sum, some "
_OF_THAT = re.compile(r"^\s*(?:out\s+)?of\s+(?:that|this|it|the\s+total|this\s+sum|that\s+sum|"
                      r"the\s+sum|the\s+money|this\s+amount|that\s+amount)\s*,\s*"
                      + _ROUGHLY + "$", re.IGNORECASE)
#: "Of this, summer grain was ": "Of that" and the label of the first part
_OF_THAT_LABEL = re.compile(r"^\s*(?:out\s+)?of\s+(?:that|this|it|the\s+total|this\s+total)\s*,\s*"
                            r"(?:the\s+)?(?P<label>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,6})\s+"
                            r"(?:was|were|came\s+to|stood\s+at|totall?ed|reached)\s+"
                            + _ROUGHLY + "$", re.IGNORECASE)
#: a part's own change right after it: ", up ", ", an increase of "
_ITS_CHANGE = re.compile(r"^\s*,\s*(?:up|down|an?\s+(?:increase|decrease|rise|fall|drop)\s+of)\s+$",
                         re.IGNORECASE)
#: between two labelled parts: ", and autumn grain ", "; and that of the tertiary industry was "
_NEXT_LABEL = re.compile(r"^\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:that\s+of\s+)?(?:the\s+)?"
                         r"(?P<label>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+"
                         r"(?:(?:was|were|came\s+to|stood\s+at)\s+)?" + _ROUGHLY + "$",
                         re.IGNORECASE)
#: a kind a part is said to be, right after it: " were port workers", " were women" (a
#: participle or an adverb after "were" says what happened to it, not what it is)
_AS_KIND = re.compile(r"\s*(?:were|was|are)\s+(?:(?:an?|the)\s+)?(?P<what>(?!(?:not|still|now|"
                      r"also|later|then|being|in|at|on|from|among|aged|over|under)\b)"
                      r"[a-z][a-z-]*(?<!ed)(?<!en)(?:\s+[a-z][a-z-]*(?<!ed))?)\b")
#: between two parts of such a list: "software licences, ", "cloud services and "
_SOURCE_LIST_GAP = re.compile(r"^[^\d;:]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)$")
#: between a part and the whole it is named a part of: "58 million of Portvale's", "300 of the"
_PART_OF_GAP = re.compile(r"^\s*of\s+(?:(?:the|its|their|this)\s+|[A-Z][\w'’.-]*['’]s\s+)"
                          r"(?:[a-z-]+\s+){0,2}$")


def _run_of(figures: DocFigures, part: Claim, gap: re.Pattern, tag: re.Pattern
            ) -> list[Claim]:
    """``part`` and the figures after it in its sentence that continue its list: in its
    unit, each after a ``gap`` from the one before and with ``tag`` words right after it."""
    parts = [part]
    for x in figures.in_sentence(part):
        if x.start <= parts[-1].start:
            continue
        if not compatible(part, x) or not gap.match(between(parts[-1], x)) or \
                not tag.match(after(x)):
            break
        parts.append(x)
    return parts


def _part_of(figures: DocFigures, whole: Claim) -> Claim | None:
    """A of "A of the W": the figure right before ``whole`` in its sentence, in its unit,
    with only "of the" (or a name's) between them."""
    earlier = [x for x in figures.in_sentence(whole) if x.end <= whole.start]
    if not earlier or not compatible(earlier[-1], whole) or \
            not _PART_OF_GAP.match(between(earlier[-1], whole)):
        return None
    return earlier[-1]


def _sum_lines(whole: Claim, parts: list[Claim]) -> tuple[dict[str, str], list[str]]:
    """The message values and the first arithmetic lines of parts against their total."""
    low, high = total(parts)
    values = {"parts": " + ".join(quote(p) for p in parts),
              "sum": written_span(whole, low, high), "total": quote(whole)}
    return values, [" + ".join(written_span(p, p.low, p.high) for p in parts) +
                    f" = {written_span(whole, low, high)}",
                    f"{quote(whole)} allows {written_span(whole, whole.low, whole.high)}"]
