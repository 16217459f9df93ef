"""Currency names that two currencies share, told apart by the text's own words.

- The ¥ sign prints both yuan and yen. Extraction reads a bare ¥ as yuan (CNY); a text that
  names the yen in words ("1.42 trillion yen", "JPY") and never the yuan ("yuan",
  "renminbi", "RMB", "CNY") writes ¥ for yen, and its ¥ amounts are JPY.
- "kroner" and "krone" are Norwegian and Danish. Extraction reads them as Norwegian (NOK); a
  text that names Denmark ("Danish", "Copenhagen") and never Norway is about Danish kroner.
- "rupees" and "Rs" are read as India's (INR); a text that names Pakistan and never India
  is about Pakistani rupees.

A text that names both countries, or neither, keeps the default: its currency cannot be told
from its own words.

More names are shared by many countries' currencies ("pounds", "dollars", "pesos"); read as
the one English-language news most often means, they are only assumed
(:func:`assumed_currency`), and the conversion check does not hold an assumed currency to a
reference rate that says it is another country's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..claims import Claim
from .money import SUFFIX_LOWER


@dataclass(frozen=True)
class _SharedName:
    #: the bare name in a claim's surface: not "CN¥" or "Norwegian kroner", which say which
    bare: re.Pattern
    default: str
    other: str
    #: the text names the other currency's country or currency
    names_other: re.Pattern
    #: the text names the default's
    names_default: re.Pattern
    #: a cheap test that the text can hold the bare name at all
    marker: str


_SHARED = (
    _SharedName(re.compile(r"(?<![A-Za-z])¥"), "CNY", "JPY",
                re.compile(r"\byen\b|\bJPY\b|JP¥", re.IGNORECASE),
                re.compile(r"\byuan\b|\brenminbi\b|\bRMB\b|\bCNY\b|CN¥", re.IGNORECASE), "¥"),
    _SharedName(re.compile(r"(?<!Norwegian )\bkron(?:er|e)\b", re.IGNORECASE), "NOK", "DKK",
                re.compile(r"\bDenmark\b|\bDanish\b|\bDanes?\b|\bCopenhagen\b|\bDKK\b"),
                re.compile(r"\bNorway\b|\bNorwegian\b|\bNorwegians\b|\bOslo\b|\bNOK\b"),
                "kron"),
    # "rupees" and "Rs" are India's, Pakistan's, Sri Lanka's and Nepal's: read as India's,
    # unless the text names Pakistan and not India
    _SharedName(re.compile(r"(?<!Indian )(?<!Pakistani )(?<!Pakistan )(?<!Lankan )(?<!Lanka )"
                           r"(?<!Nepalese )(?<!Nepali )(?<![A-Za-z])(?:[Rr]upees?|Rs\.?)"
                           r"(?![A-Za-z])"), "INR", "PKR",
                re.compile(r"\bPakistan(?:i|is)?\b|\bIslamabad\b|\bKarachi\b|\bLahore\b|"
                           r"\bPKR\b"),
                re.compile(r"\bIndian?s?\b|\bNew Delhi\b|\bMumbai\b|\bINR\b|₹"), "R"),
)


def read_shared_names(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims with a shared currency name read as the other currency where ``text``
    names the other one's country or currency and not the default's."""
    for shared in _SHARED:
        if shared.marker not in text or not shared.names_other.search(text) or \
                shared.names_default.search(text):
            continue
        claims = [c.evolve(unit=shared.other) if c.kind == "money" and
                  c.unit == shared.default and shared.bare.search(c.surface) else c
                  for c in claims]
    return claims


#: names several countries' currencies share, read as the one English-language news most
#: often means ("pounds" as sterling): an assumption, since Cairo's papers write "pounds" for
#: Egypt's and Sydney's "dollars" for Australia's
SHARED_NAMES = frozenset("""dollars dollar pounds pound pesos francs kroner krone
rupees rupee riyals riyal rials rial lira""".split())
_NAME_WORDS = re.compile(r"[A-Za-z]+")


def assumed_currency(surface: str) -> bool:
    """Whether the currency of an amount as written (``5 billion pounds``) is only assumed:
    named by a word several currencies share, with no country or symbol that settles it
    (``5 billion Egyptian pounds``, ``£5 billion``, ``$5 billion`` are settled)."""
    if re.match(r"\s*Rs\.?\s", surface):
        return True  # "Rs 94 billion": any of four countries' rupees
    words = _NAME_WORDS.findall(surface)
    if not words or words[-1].lower() not in SHARED_NAMES or \
            not surface.rstrip().endswith(words[-1]):
        return False
    if any(" ".join(words[-n:]).lower() in SUFFIX_LOWER for n in (2, 3) if len(words) >= n):
        return False  # "Egyptian pounds", "US dollars", "Hong Kong dollars"
    return not any(ch in surface for ch in "$€£¥₹")
