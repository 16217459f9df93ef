"""Start years: the year something began, as a sentence states it (shared by start_year and
elapsed)."""

from __future__ import annotations

import re

from ..claims import Claim

_FIGURE_KINDS = ("count", "money", "percent", "quantity")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:she|he|i|we|they|you)\s+(?:\w+\s+)?$", re.IGNORECASE)


def start_claims(claims: list[Claim], start_words: list[str], window: int = 110) -> list[Claim]:
    """Year claims whose sentence says something began then ("In 1994 ... decided").

    A start word counts when it is near the year and no other figure stands between them:
    in "since 2012, 9,500 projects have been implemented" what began is the projects.
    """
    if not start_words:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in start_words) + r")\b",
                         re.IGNORECASE)
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((c.doc, c.sentence_start), []).append(c)
    out = []
    for c in claims:
        if c.kind != "year" or c.qualifier in ("until", "as of", "by"):
            continue
        if _RESPECTIVELY.search(c.sentence):
            continue  # "in 2015 and 2016 respectively": several starts of several things
        a = c.start - c.sentence_start
        text = c.sentence
        figures = [o for o in by_sentence[(c.doc, c.sentence_start)] if o.kind in _FIGURE_KINDS]
        for m in pattern.finditer(text, max(0, a - window), min(len(text), a + window)):
            lo, hi = sorted((m.start(), a))
            if _PERSON.search(text, max(0, m.start() - 12), m.start()):
                continue  # "she started work in 2018": a person's start, not the work's
            # "since 2012, 9,500 projects have been implemented": the start word follows the
            # figure, so what began is the figure's subject. "conducted five rounds ... since
            # the 1980s": the start word governs the figure, so the rounds began then.
            if m.start() < a or not any(lo < o.start - o.sentence_start < hi for o in figures):
                out.append(c)
                break
    return out
