"""Names that open with a number word: "Three Gorges", "Five Eyes", "Big Ten"; and model
names with a number inside: "Boeing 737 MAX 8".

Inside a sentence a capitalised number word before a capitalised word is read as part of a
name and never as a figure. At the start of a sentence or headline the capital says nothing
("Three Gorges resettlement proceeding smoothly" against "Three miners died"): there the
text's own words decide. A number word that the same text writes inside a sentence as the
start of a name ("work on the Three Gorges Dam") opens that name wherever it stands.
"""

from __future__ import annotations

import re

from ..claims import Claim
from .numerals import TENS_WORDS, UNITS_WORDS
from .timeexpr import MONTH_FULL_NAMES, WEEKDAYS

_WORDS = sorted({w.capitalize() for w in (*UNITS_WORDS, *TENS_WORDS) if w.isalpha()},
                key=len, reverse=True)
#: a number word written as a name inside a sentence: a lower-case word (or a comma) before
_IN_SENTENCE = re.compile(r"(?<=[a-z,] )(?P<name>(?:" + "|".join(_WORDS) +
                          r") [A-Z][\w'’\-]+)")


def drop_number_names(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` without the counts that open a name the text writes inside a sentence,
    and without the numbers of model names (:func:`_model_numbers`)."""
    names = {m.group("name") for m in _IN_SENTENCE.finditer(text)}
    if names:
        claims = [c for c in claims if not (c.kind == "count" and c.surface[:1].isupper() and
                                            any(text.startswith(n, c.start) for n in names))]
    return _index_numbers(text, _model_numbers(text, claims))




#: a model name inside a sentence: a name (or a name's), a number, a word in capitals:
#: "a Boeing 737 MAX", "Boeing's 737 MAX"
_MODEL = re.compile(r"(?<=[a-z,] )[A-Z][A-Za-z-]+(?:['’]s)? (?P<model>\d{1,4} [A-Z]{2,})\b")
#: a model's number and its word in capitals before a second number: "737 MAX "
_MODEL_THEN = re.compile(r"\b\d{1,4} [A-Z]{2,} $")


def _model_numbers(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` without the numbers of model names: "a Boeing 737 MAX 8 crashed" counts
    neither 737 nor 8 of anything. A number the text writes after a name and before a word
    in capitals is a model's wherever it stands with that word ("the 737 MAX was
    grounded"), as a number word that opens a name is (:func:`drop_number_names`)."""
    models = {m.group("model") for m in _MODEL.finditer(text)}
    if not models:
        return claims

    def model(c: Claim) -> bool:
        if c.kind != "count" or not c.surface.isdigit():
            return False
        return any(text.startswith(m, c.start) for m in models) or \
            _MODEL_THEN.search(text, max(0, c.start - 12), c.start) is not None
    return [c for c in claims if not model(c)]


_CALENDAR_NAMES = "|".join(w.capitalize() for w in (*MONTH_FULL_NAMES, *WEEKDAYS))
#: a name that ends in a number, after "the": "the Nikkei 225 index", "the FTSE 100 closed",
#: "the S&P 500 rose": what follows is no noun the number counts but the name's own noun,
#: a verb of the past or in -ing, or a stop ("gave the Red Cross 500 blankets" counts)
_INDEX = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir) (?!(?:" + _CALENDAR_NAMES + r")\b)"
    r"(?:[A-Z][\w&'’./-]*\s){1,3}(?P<n>\d{1,4})(?![\d,.]\d)"
    r"(?=\s+(?:index|indices|indexes|average|benchmark|gauge)\b|"
    r"\s+(?:rose|fell|sank|slid|[a-z]+(?:ed|ing))\b|[,;:)]|\.(?!\d))")


def _index_numbers(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` without the numbers that end a name: "the Nikkei 225 index plunged 12%"
    counts 225 of nothing (see :data:`_INDEX`)."""
    starts = {m.start("n") for m in _INDEX.finditer(text)}
    if not starts:
        return claims
    return [c for c in claims if not (c.kind == "count" and c.start in starts)]
