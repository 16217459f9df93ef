"""Currencies as written before or after a figure, mapped to ISO 4217 codes."""

from __future__ import annotations

import re

from .numerals import _DIGITS, SCALE_ALT

# Written before the figure: symbols and codes ("$3.5 billion", "RMB1.9 billion", "US$ 20").
PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "USD": "USD", "HK$": "HKD", "HKD": "HKD",
    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "S$": "SGD", "NT$": "TWD",
    "RMB": "CNY", "CNY": "CNY", "CN¥": "CNY", "¥": "CNY", "€": "EUR", "EUR": "EUR",
    "£": "GBP", "GBP": "GBP", "JPY": "JPY", "JP¥": "JPY", "₹": "INR", "Rs.": "INR",
    "Rs": "INR", "INR": "INR", "₩": "KRW", "CHF": "CHF", "₽": "RUB",
}
# Written after the figure ("11.484 billion yuan", "1.736 billion US dollars").
SUFFIXES = {
    "US dollars": "USD", "US dollar": "USD", "U.S. dollars": "USD", "U.S. dollar": "USD",
    "American dollars": "USD", "dollars": "USD", "dollar": "USD", "USD": "USD",
    "Hong Kong dollars": "HKD", "HK dollars": "HKD", "HKD": "HKD",
    "Australian dollars": "AUD", "Canadian dollars": "CAD", "Singapore dollars": "SGD",
    "yuan": "CNY", "renminbi": "CNY", "RMB": "CNY", "CNY": "CNY", "yuan renminbi": "CNY",
    "euros": "EUR", "euro": "EUR", "EUR": "EUR",
    "pounds sterling": "GBP", "pound sterling": "GBP", "British pounds": "GBP",
    "pounds": "GBP", "pound": "GBP", "GBP": "GBP",
    "yen": "JPY", "JPY": "JPY", "rupees": "INR", "rupee": "INR", "INR": "INR",
    "won": "KRW", "Swiss francs": "CHF", "francs": "CHF", "roubles": "RUB", "rubles": "RUB",
}

_PREFIX_ALT = "|".join(re.escape(p) for p in sorted(PREFIXES, key=len, reverse=True))
_SUFFIX_ALT = "|".join(re.escape(s) for s in sorted(SUFFIXES, key=len, reverse=True))

#: A figure with its currency written before it.
PREFIXED = re.compile(
    rf"(?<![\w$€£¥₹])(?P<cur>{_PREFIX_ALT})[ \u00a0]?(?P<num>{_DIGITS})(?!\d)"
    rf"(?:(?P<sp>[ \u00a0]?)(?P<scale>{SCALE_ALT})(?![A-Za-z]))?"
)
#: The currency written right after a figure (applied to the text following the figure).
SUFFIX_AFTER = re.compile(rf"[ \u00a0]?(?P<cur>{_SUFFIX_ALT})(?![A-Za-z])")

# "pounds" is a mass when what follows is a commodity or weight context.
_MASS_CONTEXT = re.compile(r"\s*(?:of\s+\w+|in weight|weight|heavier|lighter)\b", re.IGNORECASE)


def suffix_currency(text: str, pos: int) -> tuple[str, int] | None:
    """The ISO code and end offset of a currency word starting at ``pos``, if any."""
    m = SUFFIX_AFTER.match(text, pos)
    if not m:
        return None
    word = m.group("cur")
    if word.lower().startswith("pound") and _MASS_CONTEXT.match(text, m.end()):
        return None
    return SUFFIXES[word], m.end()
