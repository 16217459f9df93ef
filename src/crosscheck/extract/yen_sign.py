"""The ¥ sign: yuan in a text about China, yen in a text about Japan.

Both currencies print as ¥. Extraction reads a bare ¥ as yuan (CNY); a text that names the
yen in words ("1.42 trillion yen", "JPY") and never the yuan ("yuan", "renminbi", "RMB",
"CNY") writes ¥ for yen, and its ¥ amounts are JPY. A text that names both, or neither,
keeps the default: its currency cannot be told from its own words.
"""

from __future__ import annotations

import re

from ..claims import Claim

_YEN = re.compile(r"\byen\b|\bJPY\b|JP¥", re.IGNORECASE)
_YUAN = re.compile(r"\byuan\b|\brenminbi\b|\bRMB\b|\bCNY\b|CN¥", re.IGNORECASE)
#: a bare sign: not "CN¥" or "JP¥", which say which currency they are
_BARE_SIGN = re.compile(r"(?<![A-Za-z])¥")


def read_yen_sign(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims with bare-¥ amounts in yen when ``text`` names the yen and not the yuan."""
    if "¥" not in text or not _YEN.search(text) or _YUAN.search(text):
        return claims
    return [c.evolve(unit="JPY") if c.kind == "money" and c.unit == "CNY" and
            _BARE_SIGN.search(c.surface) else c for c in claims]
