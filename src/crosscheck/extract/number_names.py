"""Names that open with a number word: "Three Gorges", "Five Eyes", "Big Ten".

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

_WORDS = sorted({w.capitalize() for w in (*UNITS_WORDS, *TENS_WORDS) if w.isalpha()},
                key=len, reverse=True)
#: a number word written as a name inside a sentence: a lower-case word (or a comma) before
_IN_SENTENCE = re.compile(r"(?<=[a-z,] )(?P<name>(?:" + "|".join(_WORDS) +
                          r") [A-Z][\w'’\-]+)")


def drop_number_names(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` without the counts that open a name the text writes inside a sentence."""
    names = {m.group("name") for m in _IN_SENTENCE.finditer(text)}
    if not names:
        return claims
    return [c for c in claims if not (c.kind == "count" and c.surface[:1].isupper() and
                                      any(text.startswith(n, c.start) for n in names))]
