"""What the arithmetic checks share: one document's figures in reading order, the text between
two of them, and interval arithmetic on stated figures.

The arithmetic checks (share of a whole, sum of parts, stated changes) are local: they read
one sentence, or a sentence and the one or two before it, so they can recompute exactly what
the text states. Every figure is an interval (``claim.low``–``claim.high``: its qualifier and
the rounding of its digits), and so is every result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..claims import Claim
from ..extract.lexicon import Lexicon
from ..extract.numerals import WORD_FRACTION
from .base import Context

#: kinds of figure that can be a part, a whole or an amount before and after a change
AMOUNTS = ("count", "money", "quantity")
#: the words right before a percentage that make it a change ("an increase of 45 percent";
#: not "made up 19 percent of", a share)
CHANGE_CUE = re.compile(r"\b(?:(?<!made )(?<!make )(?<!makes )(?<!making )up|down|rise|"
                         r"rising|increase|increasing|growth|gain|jump|fall|falling|drop|"
                         r"decline|decrease|reduction|cut|rose|fell|grew|"
                         r"increased|decreased|dropped|declined|climbed|jumped|surged|plunged|"
                         r"slid|slipped|gained|shrank|expanded|widened|narrowed|fallen|risen|"
                         r"grown|soared|rises|falls|grows|overrun|overspend|overshoot|"
                         # "520,000 dollars for a diesel bus, a premium of 54 percent"
                         r"premium|mark-?up|discount)\s+"
                         r"(?:of\s+|by\s+)?"
                         r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|"
                         r"more\s+than\s+|roughly\s+)?$"
                         # "raised the list price of its inhaler by 9 percent": a verb that
                         # changes its object, by the figure
                         r"|\b(?:rais(?:e|es|ed|ing)|cut|cuts|cutting|lower(?:s|ed|ing)?|"
                         r"increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|lift(?:s|ed|ing)?|"
                         r"hik(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|"
                         r"boost(?:s|ed|ing)?)\s+"
                         r"(?:[\w'’-]+\s+){1,9}?by\s+"
                         r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|"
                         r"more\s+than\s+|roughly\s+)?$", re.IGNORECASE)
#: "40,000 of them": a part of a whole the sentence before named (matched right after it)
OF_THEM = re.compile(r"\s*of\s+(?:them|these|those)\b", re.IGNORECASE)
#: a year between two figures that only dates one of them: "233 million cases in 2022, 94
#: percent of", "12.34 million at the 2021 census, up 8.4 percent from"
YEAR_IN_GAP = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d)")
#: who said it, set off by commas between two figures: "added 5,320 megawatts, officials
#: said on Monday, about 70 percent of": the figures stand beside each other all the same
SAID_IN_GAP = re.compile(r",\s*[^,\d;:()]{0,40}?\b(?:said|says|told\s+reporters|reported|"
                         r"announced|estimated)\b[^,\d;:()]{0,25}(?=,)", re.IGNORECASE)
@dataclass
class DocFigures:
    """One document's claims in reading order, with the index of the sentence of each."""

    claims: list[Claim]
    sentence_of: dict[int, int] = field(default_factory=dict)  # sentence_start -> index
    #: the claims of each sentence (by its start), in order: asked for every figure, so a
    #: scan of the whole document each time made a long document's checks quadratic
    by_sentence: dict[int, list[Claim]] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)  # index -> sentence_start

    def index(self, c: Claim) -> int:
        """The sentence number of a claim."""
        return self.sentence_of[c.sentence_start]

    def in_sentence(self, c: Claim) -> list[Claim]:
        """The claims of ``c``'s sentence, in order (a new list the caller may change)."""
        return list(self.by_sentence.get(c.sentence_start, ()))

    def before(self, c: Claim, sentences: int) -> list[Claim]:
        """Claims before ``c`` in its sentence and the ``sentences`` sentences before it,
        nearest first."""
        i = self.index(c)
        return [x for j in range(i, max(-1, i - sentences - 1), -1)
                for x in reversed(self.by_sentence.get(self.starts[j], ())) if x.start < c.start]


def alternation(words: list[str]) -> str:
    """A rule's word list as one regex alternation: longest first, case as the caller
    compiles it, a space matching any run of blanks."""
    alts = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts) or r"(?!x)x"


def by_document(ctx: Context) -> dict[str, DocFigures]:
    """The selected claims of each document, in reading order, keyed by document id: built
    once per selection and run (the arithmetic checks read the same one). The result is
    shared and must not be changed."""
    key = ("by_document", id(ctx.claims))
    out = ctx.memo.get(key)
    if out is None:
        out = ctx.memo[key] = _by_document(ctx)
    return out


def _by_document(ctx: Context) -> dict[str, DocFigures]:
    out: dict[str, DocFigures] = {}
    for c in sorted(ctx.claims, key=lambda c: (c.doc, c.start)):
        out.setdefault(c.doc, DocFigures([])).claims.append(c)
    for doc_id, figures in out.items():
        starts = sorted(set(ctx.documents[doc_id].sentence_starts)
                        | {c.sentence_start for c in figures.claims})
        figures.starts = starts
        figures.sentence_of = {s: i for i, s in enumerate(starts)}
        for c in figures.claims:
            figures.by_sentence.setdefault(c.sentence_start, []).append(c)
    return out


#: words in a sentence that say a figure was taken back or is set against an earlier one
#: ("revised", "not related", "180 more than first reported"): two figures so linked are an
#: update, not a slip (monotonic and transposed-digits rules start from this list)
REVISION_WORDS = ["revised", "revision", "corrected", "correction", "not related",
                  "unrelated", "counted twice", "double-counted", "double counted",
                  "reported earlier", "earlier reported", "previously reported",
                  "first reported", "initially reported", "originally reported", "downgraded",
                  "lowered", "revise", "revises", "revising", "earlier toll", "earlier figure",
                  "earlier count", "earlier estimate", "previous toll", "previous figure",
                  "previous count", "previous estimate"]


def between(a: Claim, b: Claim) -> str:
    """The text of one sentence between the end of ``a`` and the start of ``b``."""
    return a.sentence[a.end - a.sentence_start: b.start - b.sentence_start]


def after(c: Claim) -> str:
    """The rest of the claim's sentence after the figure."""
    return c.sentence[c.end - c.sentence_start:]


def prefix(c: Claim) -> str:
    """The claim's sentence up to the figure."""
    return c.sentence[: c.start - c.sentence_start]


def own_words(c: Claim) -> str:
    """The words of the claim's sentence between the figures on either side of it (the
    figure itself left out): what is said of this figure alone."""
    return _DIGIT.split(prefix(c))[-1] + " " + _DIGIT.split(after(c), maxsplit=1)[0]


_DIGIT = re.compile(r"\d")


#: a qualifier that may stand right before a figure a pattern ends on ("or about ")
OPTIONAL_QUALIFIER = (r"(?:(?:about|around|approximately|some|roughly|nearly|almost|"
                      r"just\s+over|just\s+under|over|more\s+than|at\s+least)\s+)?")
#: the base a figure changed from, right before it: "up 6% from about "
FROM_BASE = re.compile(r"\bfrom\s+" + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
#: between a measurement and its restatement in another unit: "150 mph (", "185 metres, or
#: about "
RESTATING_WORDS = (r"\s*(?:\(|,?\s*or\b|,\s*(?:about|around|roughly|some)\b)\s*"
                   r"(?:(?:about|around|approximately|roughly|some|nearly|almost|over|"
                   r"more\s+than|just\s+over|just\s+under)\s+)?$")
#: ... and what is measured may stand between: "4.9 million barrels of oil, or about "
RESTATING = re.compile(r"^(?:\s+of\s+[a-z-]+(?:\s+[a-z-]+)?)?" + RESTATING_WORDS, re.IGNORECASE)


def in_other_units(a: Claim, b: Claim) -> bool:
    """Whether two figures of one base unit were written in two units (not "5 km ... 8 km")."""
    if not a.value or not b.value or not a.stated or not b.stated:
        return False
    return abs(a.stated / a.value - b.stated / b.value) > 1e-9 * abs(b.stated / b.value)


def restates(a: Claim, b: Claim) -> bool:
    """Whether ``b`` is ``a`` said again in another unit right after it: "5,000 barrels, or
    210,000 gallons", "100 million euros ($113 million)". Another check holds the two to
    each other; every other check reads ``a`` as the figure the text states."""
    if b.start < a.end or a.kind != b.kind:
        return False
    if a.kind == "money":
        return a.unit != b.unit and a.id in b.linked
    return a.kind == "quantity" and a.unit == b.unit and in_other_units(a, b) and \
        bool(RESTATING.match(between(a, b)))


def unqualified(text: str, lexicon: Lexicon | None) -> str:
    """The text before a figure without the qualifier that ends it: "Of the nearly " is
    "Of the ", so a whole named after "of" keeps its "of" however it is qualified."""
    m = lexicon.qualifier_re.search(text) if lexicon is not None else None
    return text[: m.start("q")] if m else text


def compatible(a: Claim, b: Claim) -> bool:
    """Whether two amounts are in one unit and can be added or divided (a bare "1.5 billion"
    after "1.7 billion yuan" is yuan already: :mod:`crosscheck.extract.elliptic`)."""
    return a.kind in AMOUNTS and a.kind == b.kind and a.unit == b.unit


def sharpen(claims: list[Claim]) -> list[Claim]:
    """The claims with a shared resolution: an unqualified figure stated in one sentence with
    a finer figure of the same unit is read at that finer resolution.

    "3.2 billion yuan, or 80 percent of its 4 billion yuan budget": on its own "4 billion" is
    3.5-4.5 billion, but beside "3.2 billion" the writer reads it as 4.0 billion.
    """
    out = []
    for c in claims:
        # (only from a figure of the same order of magnitude: "74.6 million fans, an average
        # of 30,600 a game across 2,430 games" reads neither the total nor the average to
        # the unit of the games)
        finer = [x.precision for x in claims if x.sentence_start == c.sentence_start
                 and x.doc == c.doc and x.unit == c.unit and x.precision > 0
                 and c.value / 10 <= x.value <= c.value * 10]
        if c.qualifier in ("exact", "") and finer and min(finer) < c.precision:
            p = min(finer)
            c = c.evolve(precision=p, low=c.value - p, high=c.value + p)
        elif c.qualifier == "about" and c.precision > 0 and _fine(c):
            # "some 48,200", "about 9.7 crowns each": a figure written to three digits, or
            # with decimals, is rounded loosely, but not by a tenth; its "about" reaches no
            # further than ten steps of its last digit (as a share's does). A round figure
            # ("about 8,000") keeps its qualifier's band.
            reach = 10 * c.precision
            c = c.evolve(low=max(c.low, c.value - reach), high=min(c.high, c.value + reach))
        out.append(c)
    return out


_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _fine(c: Claim) -> bool:
    """Whether a figure is written finely: with decimals, or with three digits or more
    before its trailing zeros ("48,200", "9.7"; not "8,000" nor "720,000")."""
    m = _NUMBER.search(c.surface)
    if m is None:
        return False
    if m.group(1):
        return True
    return len(m.group(0).replace(",", "").strip("0")) >= 3


def literal(c: Claim) -> float | None:
    """The number as its digits are written in the surface ("€880million" -> 880)."""
    m = _NUMBER.search(c.surface)
    if m is None:
        return None
    try:
        return float(m.group(0).replace(",", ""))
    except ValueError:
        return None


def written(c: Claim) -> tuple[float, float]:
    """The interval a stated figure allows: its own (qualifier included), and the rounding
    of its last written digit where extraction keeps the figure exact, as it does
    percentages: "56 percent" is 55.5-56.5, "82.5 percent" 82.45-82.55, "607 feet" 606.5-607.5
    feet (in the base unit the claim holds)."""
    if c.precision > 0:
        return c.low, c.high
    m = _NUMBER.search(c.surface)
    half = 0.5 * 10 ** -len(m.group(1) or "") if m else 0.0
    if c.stated:
        half *= abs(c.value / c.stated)  # the digits are in the unit written
    return c.low - half, c.high + half


#: a share named as a ratio of two small numbers: "one in five", "four out of ten"
_ONE_IN = re.compile(r"\w+(?:\s+[a-z]+)?\s+(?:in|out\s+of)\s+(?:a\s+)?\w+", re.IGNORECASE)


def named_by_fraction(c: Claim) -> bool:
    """Whether a share or a change is named by a fraction in words ("half", "a third", "by
    two thirds"): the writer rounds to the fraction, so :func:`fraction_band` is what it
    allows; so is a ratio of small numbers ("one in five"). ("fifty percent" is written in
    words too, but is no rounding.)"""
    return c.kind == "percent" and (c.surface.lower() == "half"
                                    or WORD_FRACTION.fullmatch(c.surface) is not None
                                    or _ONE_IN.fullmatch(c.surface) is not None)


def fraction_band(c: Claim, points: float) -> tuple[float, float]:
    """The band, in percent, a writer rounds to when naming a share or a change by a fraction
    ("a third", "half"): ``points`` either way; "nearly half" twice as far below and not
    above, "more than half" not below and three times as far above."""
    if c.qualifier in ("nearly", "up to", "under"):
        return c.value - 2 * points, c.value + 0.5
    if c.qualifier in ("over", "at least"):
        return c.value - 0.5, c.value + 3 * points
    return c.value - points, c.value + points


def ratio(part: Claim, whole: Claim, capped: bool = True) -> tuple[float, float]:
    """The interval ``part / whole`` in percent; a part of a whole is at most all of it
    (``capped``), a figure set against another may be more."""
    if whole.low <= 0:
        return 0.0, float("inf")
    low = part.low / whole.high * 100
    high = part.high / whole.low * 100
    return low, max(low, min(high, 100.0)) if capped else high


def total(parts: list[Claim]) -> tuple[float, float]:
    """The interval the sum of ``parts`` can take."""
    return sum(p.low for p in parts), sum(p.high for p in parts)


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two closed intervals share a value."""
    return a[0] <= b[1] and b[0] <= a[1]


def as_written(c: Claim, x: float) -> float:
    """``x``, an amount in the base unit ``c`` holds, in the unit ``c`` is written in: a
    check computes in kilograms, a reader of "7.6 tonnes" reads tonnes."""
    # (a percentage is written as it is held, but for basis points: "50" is 0.5 points)
    return x * c.stated / c.value if c.kind in ("quantity", "percent") and c.stated and \
        c.value else x


def written_span(c: Claim, low: float, high: float) -> str:
    """:func:`span` of an interval in ``c``'s base unit, shown in the unit ``c`` is written
    in ("7.59–7.68" for tonnes, not "7,586–7,677" kilograms)."""
    return span(as_written(c, low), as_written(c, high))


def span(low: float, high: float, unit: str = "") -> str:
    """``42.4–42.6%`` or ``1.6–1.8 billion``: an interval for the arithmetic lines."""
    from .base import fmt

    if unit == "%":
        return f"{low:.1f}%" if round(low, 1) == round(high, 1) else f"{low:.1f}–{high:.1f}%"
    shown = fmt(low), fmt(high)
    return shown[0] if shown[0] == shown[1] else f"{shown[0]}–{shown[1]}"
