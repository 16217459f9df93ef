"""``restated_scale``: a figure restated later in the same text with the same digits but
another scale word, or none ("€880 million" in the lead, "€880 had been collected" further
down).

A writer who repeats a figure copies its digits; a dropped or swapped scale word ("million"
for "billion") makes the copy wrong by a power of ten. The two must be one quantity as far as
the frames can tell (nothing known about them differs: status, actor, time, measure), be in
one currency or unit, and carry enough digits that the match is not chance: two significant
digits when the copy has no scale word at all (then the measure words may differ: the copy's
verb often names it anew), three and a shared measure when both have one. A figure followed
by a per-unit word ("€880 each", "$250 a ticket") is a different quantity and is skipped.
"""

from __future__ import annotations

import math
import re

from ..claims import Claim
from ..findings import Finding
from ..frame import apart
from ..units import unit_text
from .base import Check, Context, Outcome, Param, fmt, quote
from .local import alternation, by_document, literal


def scale_of(c: Claim) -> int | None:
    """The power of ten the scale word adds to the written digits (million: 6, none: 0)."""
    lit = literal(c)
    if not lit or c.stated is None or c.stated <= 0:
        return None
    power = math.log10(c.stated / lit)
    return round(power) if abs(power - round(power)) < 1e-6 else None


def significant(v: float) -> int:
    """Significant digits of the written figure: 880 -> 2, 1.25 -> 3."""
    return len(f"{abs(v):.6f}".replace(".", "").strip("0"))


class RestatedScaleCheck(Check):
    name = "restated_scale"
    description = "A figure restated in the same text keeps its scale word."
    PARAMS = {
        "per_unit_words": Param("string_list", [
            "each", "apiece", "per", "a head", "a person", "a month", "a year", "a day",
            "a week", "an hour", "a ticket", "a share", "a piece", "a unit"],
            "words right after a figure that make it an amount per one of something"),
        "bare_digits": Param("integer", 2, "significant digits a figure with no scale word "
                                           "needs to count as a copy of a scaled one"),
        "scaled_digits": Param("integer", 3, "significant digits two figures with different "
                                             "scale words need to count as one figure"),
    }
    OUTCOMES = {
        "scale_slip": Outcome(
            "{copy} restates {first} with another scale: off by a factor of {factor}",
            ("copy", "first", "factor")),
    }

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        self._per_unit = re.compile(
            rf"^\s*(?:[a-zA-Z$€£¥]+\s+)?(?:{alternation(self.params['per_unit_words'])})\b",
            re.IGNORECASE)

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        for doc in sorted(docs := by_document(ctx)):
            seen: dict[tuple[str, str, float], list[tuple[Claim, int]]] = {}
            for c in docs[doc].claims:
                if c.kind not in ("money", "quantity") or c.qualifier not in ("exact", "") \
                        or c.role in ("range", "series_first", "series_last"):
                    continue
                lit, power = literal(c), scale_of(c)
                if lit is None or power is None or self._per_unit.match(
                        c.sentence[c.end - c.sentence_start:][:30]):
                    continue
                key = (c.kind, c.unit, lit)
                earlier = seen.setdefault(key, [])
                first = next((f for f, p in earlier if self._slip(f, p, c, power, lit)), None)
                if first is not None:
                    findings.append(self._finding(first, c))
                earlier.append((c, power))
        return findings

    def _slip(self, first: Claim, first_power: int, copy: Claim, power: int, lit: float
              ) -> bool:
        if first_power == power or first.id in copy.linked or copy.id in first.linked:
            return False
        if power == 0 or first_power == 0:
            if power != 0 or first_power < 3 or significant(lit) < self.params["bare_digits"]:
                return False  # a scaled copy of a bare figure is a new figure, not a copy
            # the copy's verb often names the measure anew ("gifts total €640 million",
            # "€640 had been collected"): digits this close outweigh the words
            return not apart(first.evolve(measure=""), copy.evolve(measure=""), strict=False)
        elif significant(lit) < self.params["scaled_digits"] or not (first.measure and
                                                                      copy.measure):
            return False
        return not apart(first, copy, strict=False)

    def _finding(self, first: Claim, copy: Claim) -> Finding:
        factor = first.value / copy.value
        text = f"{factor:,.0f}" if factor >= 1 else f"1/{1 / factor:,.0f}"
        values = {"copy": quote(copy), "first": quote(first), "factor": text}
        arithmetic = [f"{quote(first)} = {fmt(first.value)} {unit_text(first.unit)}",
                      f"{quote(copy)} = {fmt(copy.value)} {unit_text(copy.unit)}",
                      f"the same digits, {fmt(factor) if factor >= 1 else text} times apart"]
        return self.finding("scale_slip", self.rule.severity, [first, copy], values,
                            arithmetic, ("slip", copy.doc, first.id, copy.id))
