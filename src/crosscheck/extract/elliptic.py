"""Elliptic units: a bare figure that continues the money or the measure before it.

"The 40 trusts were handed 2.4 billion yuan. So far, 910 million has been spent": the
writer drops the currency once the reader knows it. A figure written with a scale word
("910 million", "1.5bn") that counts no noun, in the sentence of a money figure or in the
one right after it when that sentence speaks of money, is money in that figure's currency.
So with a measure compared within its sentence: in "produced 268,000 ounces, up 4 percent
from 258,000 a year earlier" the 258,000 are ounces.
"""

from __future__ import annotations

import re

from ..claims import Claim

#: how far (characters) the currency carries: a sentence or two, not the next section
_REACH = 400
_BARE_SCALE = re.compile(r"\d\s*(?:thousand|million|billion|trillion|bn|m|lakhs?|crores?)$",
                         re.IGNORECASE)


def carry_currency(claims: list[Claim], money_words: re.Pattern,
                   populated: re.Pattern | None = None) -> list[Claim]:
    """The claims (in text order) with each elliptic money figure given its currency: in
    the money figure's own sentence always ("1.7 billion yuan: 1.5 billion in cash"), in the
    next sentence when ``money_words`` finds a word of money in it ("910 million has been
    spent", not "4.5 million have come since"). Never a figure that ``populated`` finds
    right before it: "a country of 7 million" counts people."""
    out: list[Claim] = []
    money: Claim | None = None  # the last money figure read
    sentences: list[int] = []  # the starts of the sentences read, in order
    for c in claims:
        if not sentences or sentences[-1] != c.sentence_start:
            sentences.append(c.sentence_start)
        if c.kind == "money":
            if money is None or not (c.linked and money.id in c.linked and
                                     c.unit != money.unit and c.start > money.start):
                # "97 million euros ($113 million), two days after they passed 84
                # million": the amount's conversion is no currency of its text
                money = c
        elif money is not None and c.kind == "count" and not c.subject and \
                _BARE_SCALE.search(c.surface) and \
                money.sentence_start in sentences[-2:] and c.start - money.end < _REACH and \
                (money.sentence_start == c.sentence_start or money_words.search(c.sentence)) \
                and not (populated and populated.search(
                    c.sentence, max(0, c.start - c.sentence_start - 60),
                    c.start - c.sentence_start)):
            c = money = c.evolve(kind="money", unit=money.unit)
        out.append(c)
    return out


#: what puts a bare figure beside the measure before it: "from 258,000", "than the 1,500"
#: a figure in basis points, as extraction leaves its surface
_BASIS = re.compile(r"\d\s*(?:(?i:basis)|bps?\b)")
_COMPARED = re.compile(r"\b(?:from|than|against|compared\s+with|to|below|above)\s+"
                       # "below last year's 51 million"
                       r"(?:the\s+|its\s+|(?:last|the\s+previous)\s+year['’]s\s+|"
                       r"(?:19|20)\d\d['’]s\s+)?"
                       r"(?:(?:about|around|some|nearly|almost|over|just)\s+)?$", re.IGNORECASE)


#: the word right before a figure: the verb of its clause, when it has an object
_VERB_BEFORE = re.compile(r"([a-z]{3,})\s+$")


def _same_verb(measure: Claim, c: Claim) -> bool:
    """Whether a bare figure stands after the verb its sentence's measure stood after: "rail
    moved 338m tonnes ...; trucks moved 3.1bn" (a second clause of the same shape)."""
    s, at = c.sentence, c.sentence_start
    before = _VERB_BEFORE.search(s, 0, measure.start - at)
    again = _VERB_BEFORE.search(s, measure.end - at, c.start - at)
    return before is not None and again is not None and \
        before.group(1).lower() == again.group(1).lower()


def carry_unit(claims: list[Claim]) -> list[Claim]:
    """The claims (in text order) with each bare figure that a measure of its sentence is
    compared with ("268,000 ounces ..., up 4 percent from 258,000"), or that a second clause
    of the same verb gives ("rail moved 338m tonnes of freight; trucks moved 3.1bn"), given
    that measure's unit."""
    out: list[Claim] = []
    measure: Claim | None = None  # the last quantity read in this sentence
    basis: Claim | None = None  # the last figure in basis points read in this sentence
    for c in claims:
        if measure is not None and measure.sentence_start != c.sentence_start:
            measure = None
        if basis is not None and basis.sentence_start != c.sentence_start:
            basis = None
        if c.kind == "percent" and _BASIS.search(c.surface):
            basis = c
        elif basis is not None and c.kind == "count" and not c.subject and (
                ":" in c.sentence[basis.end - c.sentence_start:c.start - c.sentence_start] or
                _COMPARED.search(c.sentence, 0, c.start - c.sentence_start)):
            # "125 basis points in all: 25 in February, 50 in May and 50 in August"
            c = c.evolve(kind="percent", unit="percent", subject="points", value=c.value / 100,
                         low=c.low / 100, high=c.high / 100, stated=c.value,
                         precision=c.precision / 100)
        if c.kind == "quantity":
            measure = c
        elif measure is not None and c.kind == "count" and not c.subject and \
                (_COMPARED.search(c.sentence, 0, c.start - c.sentence_start) or
                 _same_verb(measure, c)):
            factor = measure.value / measure.stated if measure.stated else 1.0
            c = c.evolve(kind="quantity", unit=measure.unit, value=c.value * factor,
                         low=c.low * factor, high=c.high * factor, stated=c.value,
                         precision=c.precision * factor)
        out.append(c)
    return out


#: between two figures of a list: "28.4 million, 19.6 million and 13.1 million tonnes"
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_SCALE_WORD = re.compile(r"(thousand|million|billion|trillion|lakhs?|crores?)", re.IGNORECASE)


def carry_back(claims: list[Claim]) -> list[Claim]:
    """The claims (in text order) with each bare figure of a list whose last figure names
    the unit for all given that unit: in "made 61.1 million tonnes: 28.4 million, 19.6
    million and 13.1 million tonnes" the 28.4 and 19.6 million are tonnes. Only figures
    written with the last one's scale word, joined by commas or "and"."""
    out = list(claims)
    for i in range(len(out) - 2, -1, -1):
        c, tail = out[i], out[i + 1]
        if c.kind != "count" or c.subject or tail.kind not in ("quantity", "money") or \
                tail.sentence_start != c.sentence_start or not _BARE_SCALE.search(c.surface):
            continue
        scale, tail_scale = _SCALE_WORD.search(c.surface), _SCALE_WORD.search(tail.surface)
        if scale is None or tail_scale is None or \
                scale.group(1).lower() != tail_scale.group(1).lower() or \
                not _LIST_JOINT.fullmatch(c.sentence, c.end - c.sentence_start,
                                          tail.start - c.sentence_start):
            continue
        factor = tail.value / tail.stated if tail.kind == "quantity" and tail.stated else 1.0
        out[i] = c.evolve(kind=tail.kind, unit=tail.unit, value=c.value * factor,
                          low=c.low * factor, high=c.high * factor, stated=c.value,
                          precision=c.precision * factor)
    return out


#: between the figures of a list by year: "4.2 million TEU in 2010, 6.8 million in 2018 and
#: a record 9.1 million": the earlier figure's own words, its year, then the list's joint
_LIST_BY_YEAR = re.compile(
    r"(?:\s+[A-Za-z][\w-]*){0,4}\s+(?:in|during)\s+(?:19|20)\d\d\s*(?:,\s*(?:and\s+)?|and\s+)"
    r"(?:(?:a|an)\s+)?(?:(?:record|about|around|some|nearly|almost|over|just|roughly)\s+)*$",
    re.IGNORECASE)


def carry_subject(claims: list[Claim]) -> list[Claim]:
    """The claims (in text order) with each bare figure of a list by year given what the
    list's first figure counts: in "4.2 million TEU in 2010, 6.8 million in 2018 and 9.1
    million in 2023" the 6.8 and 9.1 million are TEU too."""
    out: list[Claim] = []
    for c in claims:
        prev = out[-1] if out and out[-1].sentence_start == c.sentence_start else None
        if prev is not None and prev.kind == "year" and len(out) > 1 and \
                out[-2].sentence_start == c.sentence_start:
            prev = out[-2]  # the year of the figure before ("6.8 million in 2018")
        if prev is not None and not c.subject and prev.subject and \
                continues_list(prev, c):
            c = c.evolve(subject=prev.subject)
        out.append(c)
    return out


def continues_list(prev: Claim, c: Claim) -> bool:
    """Whether ``c`` is a later figure of a list by year that ``prev`` opens: "seized 116
    tonnes in 2023 and 44 tonnes in 2024" (counts, or quantities of one unit)."""
    return prev.kind == c.kind and (c.kind == "count" or c.kind == "quantity"
                                    and c.unit == prev.unit) and \
        prev.sentence_start == c.sentence_start and _LIST_BY_YEAR.fullmatch(
            c.sentence, prev.end - c.sentence_start, c.start - c.sentence_start) is not None
