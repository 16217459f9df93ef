"""Ages of people: "children under 15", "people aged 60 and over", "a 15-year-old".

An age says who is meant, not how many: "11 children under 15" counts 11 children, and 15
is no count of anything; "a 15-year-old" is no duration of a programme. Such figures are
dropped before anything compares or adds them. Which nouns can take an age after them
("children", "people", "those") is data: ``age_holders`` in ``frames.yaml``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..claims import Claim

#: after the figure: "15-year-old", "15 years old", "six-month-old"
_OLD = r"(?:[- ](?:years?|months?|weeks?))?[- ]old"
#: "15 years of age", "15-year-olds", "aged 15": an age whoever has it
_OF_AGE_AFTER = re.compile(_OLD + r"s\b|\s+(?:years?\s+)?of\s+age\b", re.IGNORECASE)
#: the highest figure read as an age after a holder ("people over 5,000" is no age)
_MAX_AGE = 120


class AgeWords(NamedTuple):
    """Where a figure is a person's age: the text right before it, and right after it."""

    before: re.Pattern
    after: re.Pattern


def age_words(holders: list[str]) -> AgeWords:
    """The patterns of ages for the nouns of people in ``holders``: before a figure,
    "aged", "ages", "at the age of", or a noun and a bound ("children under", "those over
    the age of"); after it, "-year-old" and a noun ("a 15-year-old girl")."""
    nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                     for w in sorted({w.lower() for w in holders if w.strip()}, key=len,
                                     reverse=True)) or r"(?!x)x"
    return AgeWords(re.compile(
        # "aged over 75", "ages between 60 and 75": a bound after "aged" is still of an age
        r"(?<![\w-])(?:(?:aged|ages)(?:\s+(?:under|over|above|below|between|from|about|"
        r"around|roughly|nearly|almost|at\s+least|more\s+than|less\s+than|up\s+to))?|"
        r"(?:at\s+)?the\s+age\s+of|"
        # "dies at 87", "died last week at 87": the age a person died at
        r"\b(?:died|dies|dead)\b(?:\s+(?:on|last|this|in)?\s*[A-Za-z]+){0,2}?\s+at|"
        # "the dead were mostly over 70": a bound said of the people through a copula, after
        # a relative clause ("those who died were over 75") or as some of them ("most of
        # them over 75")
        rf"(?:(?:{nouns})\s+(?:who|that)\s+(?:died|were\s+killed|were\s+hurt|were\s+injured|"
        r"were\s+infected|fell\s+ill|were\s+taken\s+ill)\s+(?=were|was|are|is)|"
        rf"(?:{nouns})\s+|(?:most|many|all|half|some|several|nearly\s+all|almost\s+all)\s+"
        r"of\s+(?:them|whom)\s+)"
        r"(?:(?:were|was|are|is)\s+(?:(?:mostly|mainly|largely|all)\s+)?)?"
        r"(?:(?:under|over|above|below|older\s+than|younger\s+than)"
        r"(?:\s+the\s+age\s+of)?))\s+$", re.IGNORECASE),
        re.compile(_OLD + rf"\s+(?:{nouns})\b", re.IGNORECASE))


def drop_ages(text: str, claims: list[Claim], words: AgeWords) -> list[Claim]:
    """``claims`` without the figures that give a person's age."""
    return [c for c in claims if not _is_age(text, c, words)]


def _is_age(text: str, c: Claim, words: AgeWords) -> bool:
    if c.kind not in ("count", "duration"):
        return False
    if _OF_AGE_AFTER.match(text, c.end) or words.after.match(text, c.end):
        return True
    # a bare figure only: "children under 15 percent"/"over 5 tonnes" are no ages
    return (c.kind == "count" and not c.subject and c.high <= _MAX_AGE
            and words.before.search(text, max(0, c.start - 40), c.start) is not None)
