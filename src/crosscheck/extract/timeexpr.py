"""Time expressions: years, year ranges, open ranges, decades, durations and ordinal events."""

from __future__ import annotations

import re
from typing import Final

from .fastre import lower_twin

MONTHS: Final = ("January|February|March|April|May|June|July|August|September|October|November|"
                 "December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|"
                 "Nov\\.?|Dec\\.?")
MONTH_FULL_NAMES: Final = ("january february march april may june july august september october "
                           "november december").split()
MONTH_NUMBER: Final = {m[:3]: i for i, m in enumerate(MONTH_FULL_NAMES, start=1)}
WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
YEAR: Final = r"(?:1[6-9]\d\d|20\d\d)"
_EDGE: Final = (r"(?:(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+|"
                r"(?:end|mid|start|early|late)-)?")  # "by end-2024", "by mid-2025"

#: "from 2013 to 2016", "between 2010 and 2015", "from March 2010 to 2014"
YEAR_RANGE_WORDS: Final = re.compile(
    rf"\b(?:from|between)\s+{_EDGE}(?:(?:{MONTHS})\s+)?(?P<a>{YEAR})\s+"
    rf"(?:to|and|through|until|till|-|–)\s+{_EDGE}(?:(?:{MONTHS})\s+)?(?P<b>{YEAR})\b",
    re.IGNORECASE,
)
YEAR_RANGE_WORDS_LOW: Final = lower_twin(YEAR_RANGE_WORDS)  # for the lower-cased text
#: "2013-2016", "2013–16", "(2021-25)"
# The look-behinds follow the first digit so the regex engine can skip to digits (.fastre).
YEAR_RANGE_DASH: Final = re.compile(r"(?P<a>1(?<![\d\-]1)[6-9]\d\d|2(?<![\d\-]2)0\d\d)"
                                    rf"\s?[-–—/]\s?(?P<b>{YEAR}|\d\d)(?![\d\-])")
#: "since 2012", "up until June 2017", "as of 2017", "by the end of 2025"
#: "since it began in 2010", "since the programme started in", "since its launch in": the
#: year a thing began, after "since", is where the time runs from
_BEGAN_IN: Final = (r"(?:(?:(?:it|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:began|started|opened|"
                    r"was\s+(?:launched|founded|set\s+up|established|introduced))|(?:its|the)\s+"
                    r"(?:launch|start|founding|inception|creation|introduction))\s+in\s+)?")
OPEN_RANGE: Final = re.compile(
    rf"\b(?P<w>since|up\s+until|up\s+till|until|till|as\s+of|by)\s+{_BEGAN_IN}{_EDGE}"
    rf"(?:(?P<month>{MONTHS})\s+(?:\d{{1,2}},?\s+)?)?(?P<y>{YEAR})\b",
    re.IGNORECASE,
)
OPEN_RANGE_LOW: Final = lower_twin(OPEN_RANGE)
#: "the 1980s", "the mid-1990s"
DECADE: Final = re.compile(r"(?P<y>(?:1(?<!\w1)[6-9]|2(?<!\w2)0)\d0)s\b")
#: a month right before a year: "June 2017", "March 2010", "August 26, 2024"
MONTH_BEFORE: Final = re.compile(rf"(?:{MONTHS})\s+(?:\d{{1,2}},?\s+)?$", re.IGNORECASE)
#: words after which a bare four-digit number is a year
YEAR_CUE: Final = re.compile(r"\b(?:in|since|from|by|until|till|of|before|after|during|early|late|"
                             r"mid|year|fiscal|FY|to|and|end|spring|summer|autumn|fall|winter|"
                             r"through|between|than)\s+$|[-–(]\s*$", re.IGNORECASE)
#: right after a year, words that make it the basis of prices, not a time of the figures:
#: "106 billion pounds at 2019 prices", "in 2015 terms"
PRICE_BASIS: Final = re.compile(r"[ \u00a0]+(?:prices|levels|terms|values)\b")
#: a duration unit right after a figure ("30 years", "three decades", "three-day")
DURATION_UNIT: Final = re.compile(
    r"[\s\-](?P<unit>years?|decades?|months?|weeks?|days?|centuries|century)(?![A-Za-z])",
    re.IGNORECASE)
_UNIT_NAME: Final = {"year": "year", "decade": "decade_of_years", "month": "month", "week": "week",
                     "day": "day", "centurie": "century", "century": "century"}
AGO: Final = re.compile(r"\s+ago\b", re.IGNORECASE)
#: "the past 20 years", "in the last decade"; not the verb ("designed to last 120 years",
#: "it will last three years": how long something is to go on, from no start)
PAST_BEFORE: Final = re.compile(
    r"\b(?:the\s+)?(?:past|(?<!\bto )(?<!\bwill )(?<!\bcan )(?<!\bmay )(?<!\bmust )"
    r"(?<!\bwould )(?<!\bcould )(?<!\bmight )(?<!\bshould )(?<!\bshall )last|previous|recent)"
    r"\s+$", re.IGNORECASE)


def unit_name(word: str) -> str:
    """The pint unit for a duration word: ``decades`` -> ``decade``."""
    w = word.lower()
    w = w[:-1] if w.endswith("s") else w
    return _UNIT_NAME.get(w, w)


def range_end(a: str, b: str) -> int:
    """The second year of a range, expanding a two-digit end (``2021-25`` -> 2025)."""
    if len(b) == 2:
        return int(a[:2] + b)
    return int(b)


def month_number(name: str | None) -> int | None:
    """1-12 for a month name or abbreviation, None if absent."""
    if not name:
        return None
    return MONTH_NUMBER.get(name[:3].lower())
