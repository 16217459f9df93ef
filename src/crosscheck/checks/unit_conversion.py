"""``unit_conversion``: a measurement restated in another unit beside it says the same amount.

So does a rate restated over another period: "35 dollars a month, or 420 dollars a year",
"2 million barrels a day (730 million a year)"; a month is 12 to the year, a week 52, a day
365 or 366 (28 to 31 to the month).

"Winds of 150 miles per hour (240 km/h)", "the dam is 185 metres (607 feet) tall", "46.2C
(115.2F)": the restatement is arithmetic a reader can redo. Both figures are read into one
base unit with the interval their digits allow; the restatement is right when the two
intervals meet (150 mph is 64.8-69.3 m/s as written, 240 km/h 65.3-68.1 m/s). A restatement
off by a power of ten is named a scale slip. Only a figure set right after another in
brackets, or after ", or", is taken as its restatement: two measurements of one unit side by
side in a sentence ("a 185-metre dam and a 607-foot spillway") are two things.
"""

from __future__ import annotations

import itertools
import math
import re

from ..claims import Claim
from ..findings import Finding
from ..units import unit_text
from .base import Check, Context, Outcome, Param, fmt, quote
from .local import RESTATING_WORDS, alternation, between, by_document, restates, written

#: a period a rate is given over, right after its figure: "a month", "per year", "annually"
_PERIOD = (r"\s*(?:(?:a|an|per|each|every)\s+(?P<{0}>day|week|month|year)\b|"
           r"(?P<{0}_adv>daily|weekly|monthly|annually|yearly)\b)")
_RATE_RESTATED = re.compile("^" + _PERIOD.format("p") + RESTATING_WORDS, re.IGNORECASE)
_RATE_AFTER = re.compile(_PERIOD.format("p"), re.IGNORECASE)
_ADVERB = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
           "yearly": "year"}
#: how many of the shorter period the longer holds, as conventions allow
_PERIODS = {("day", "week"): (7.0, 7.0), ("day", "month"): (28.0, 31.0),
            ("day", "year"): (365.0, 366.0), ("week", "month"): (4.0, 4.35),
            ("week", "year"): (52.0, 52.18), ("month", "year"): (12.0, 12.0)}


def _period(m: re.Match) -> str:
    return (m.group("p") or _ADVERB[m.group("p_adv").lower()]).lower()


class UnitConversionCheck(Check):
    name = "unit_conversion"
    description = "A measurement restated in another unit beside it says the same amount."
    OUTCOMES = {
        "conversion_matches": Outcome("{first} is {second}, within the rounding of both",
                                      ("first", "second")),
        "conversion_differs": Outcome(
            "{first} is not {second}: {amounts}{slip}", ("first", "second", "amounts", "slip")),
    }
    PASSING = ("conversion_matches",)
    PARAMS = {
        "per_units": Param("string_list", [
            "pound=kg:0.45359237", "lb=kg:0.45359237", "kilogram=kg:1", "kilo=kg:1",
            "kg=kg:1", "gram=kg:0.001", "tonne=kg:1000", "metric ton=kg:1000",
            # an avoirdupois or a troy ounce (gold is priced by the troy ounce)
            "ounce=kg:0.028349523125-0.0311034768",
            "litre=m3:0.001", "liter=m3:0.001", "cubic metre=m3:1", "cubic meter=m3:1",
            "cubic foot=m3:0.028316846592", "barrel=m3:0.158987294928",
            # a US or an imperial gallon, and pint; a short, a metric or a long ton
            "gallon=m3:0.003785411784-0.00454609", "pint=m3:0.000473176473-0.00056826125",
            "ton=kg:907.18474-1016.0469088",
            "mile=m:1609.344", "kilometre=m:1000", "kilometer=m:1000", "km=m:1000",
            "metre=m:1", "meter=m:1", "foot=m:0.3048",
            "square metre=m2:1", "square meter=m2:1", "square foot=m2:0.09290304",
            "square kilometre=m2:1000000", "square kilometer=m2:1000000",
            "square mile=m2:2589988.110336", "hectare=m2:10000", "acre=m2:4046.8564224"],
            "units a price or a count may be given per ('$4.30 per pound, or about $9.48 a "
            "kilogram'), as word=dimension:size in that dimension's base unit; a size may be "
            "a range where the word names more than one unit (US and imperial gallons); "
            "a measurement in such a word is read as any of its sizes ('200,000 cubic "
            "metres (44 million gallons)' is right in imperial gallons)"),
    }

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        self._sizes: dict[str, tuple[str, float, float]] = {}
        for item in self.params["per_units"]:
            word, _, size = item.partition("=")
            dim, _, span = size.partition(":")
            lo, _, hi = span.partition("-")
            try:
                self._sizes[" ".join(word.lower().split())] = (dim, float(lo), float(hi or lo))
            except ValueError:
                continue
        per = r"\s*(?:a|an|per|each)\s+(?P<u>" + alternation(list(self._sizes)) + r")\b"
        # (a noun of what is counted may come first: "45 people per square kilometre")
        self._per_restated = re.compile(r"^(?:\s+[a-z-]+){0,2}?" + per + RESTATING_WORDS,
                                        re.IGNORECASE)
        self._per_after = re.compile(per, re.IGNORECASE)
        several = [w for w, (_, lo, hi) in self._sizes.items() if lo != hi]
        self._several = re.compile(r"\b(?P<u>" + alternation(several) + r")s?\W*$",
                                   re.IGNORECASE) if several else None

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        for doc in sorted(docs := by_document(ctx)):
            for claims in docs[doc].by_sentence.values():
                quantities = [c for c in claims if c.kind == "quantity"
                              and c.role != "range" and c.stated]
                for a, b in zip(quantities, quantities[1:], strict=False):
                    if restates(a, b):
                        findings.append(self._compare(a, b))
                amounts = [c for c in claims if c.kind in ("count", "money", "quantity")
                           and c.role != "range"]
                for a, b in itertools.pairwise(amounts):
                    found = self._over_periods(a, b) or self._per_units(a, b)
                    if found is not None:
                        findings.append(found)
        return findings

    def _per_units(self, a: Claim, b: Claim) -> Finding | None:
        """"$4.30 per pound, or about $9.48 a kilogram": ``b`` restates the price (or the
        count) ``a`` per another unit of the same kind; None when it does not."""
        first = self._per_restated.match(between(a, b)) if a.kind == b.kind and \
            a.unit == b.unit and b.start >= a.end else None
        second = self._per_after.match(b.sentence, b.end - b.sentence_start) if first else None
        if first is None or second is None:
            return None
        ua, ub = (" ".join(m.group("u").lower().split()) for m in (first, second))
        (da, alo_size, ahi_size), (db, blo_size, bhi_size) = self._sizes[ua], self._sizes[ub]
        if da != db or ua == ub:
            return None
        # per a larger unit, a larger figure: the price of a kilogram is 2.2 pounds' price
        lo, hi = blo_size / ahi_size, bhi_size / alo_size
        factor = f"{lo:.4g}" if math.isclose(lo, hi) else f"{lo:.4g}–{hi:.4g}"
        per_a, per_b = _per(ua), _per(ub)
        return self._restated_rate(a, b, per_a, per_b, (lo, hi), f"{factor} {ua}s {per_b}",
                                   ("per units", a.doc, a.id, b.id))

    def _over_periods(self, a: Claim, b: Claim) -> Finding | None:
        """"35 dollars a month, or 420 dollars a year": ``b`` restates the rate ``a`` over
        another period; None when it does not."""
        first = _RATE_RESTATED.match(between(a, b)) if a.kind == b.kind and \
            a.unit == b.unit and b.start >= a.end else None
        second = _RATE_AFTER.match(b.sentence, b.end - b.sentence_start) if first else None
        if first is None or second is None or _period(first) == _period(second):
            return None
        pa, pb = _period(first), _period(second)
        lo, hi = _PERIODS[(pa, pb)] if (pa, pb) in _PERIODS else \
            tuple(1 / f for f in reversed(_PERIODS[(pb, pa)]))
        factor = fmt(lo) if lo == hi else f"{fmt(lo)}–{fmt(hi)}"
        return self._restated_rate(a, b, f"a {pa}", f"a {pb}", (lo, hi),
                                   f"{factor} {pa}s a {pb}", ("periods", a.doc, a.id, b.id))

    def _restated_rate(self, a: Claim, b: Claim, per_a: str, per_b: str,
                       factor: tuple[float, float], times: str,
                       basis: tuple[str, ...]) -> Finding:
        """``b`` (per ``per_b``) held to ``a`` (per ``per_a``) times ``factor``, each as near
        as its digits round; ``times`` shows the factor as the reader reads it."""
        lo, hi = factor
        (alo, ahi), (blo, bhi) = written(a), written(b)
        values = {"first": f"{quote(a)} {per_a}", "second": f"{quote(b)} {per_b}"}
        unit = "" if a.unit == "count" else f" {unit_text(a.unit)}"  # the values' base unit
        arithmetic = [f"{quote(a)} {per_a} × {times} = {fmt(alo * lo)}–"
                      f"{fmt(ahi * hi)}{unit} {per_b}",
                      f"{quote(b)} {per_b} = {fmt(blo)}–{fmt(bhi)}{unit}"]
        if alo * lo <= bhi and blo <= ahi * hi:
            arithmetic.append("the two meet")
            return self.finding("conversion_matches", "info", [a, b], values, arithmetic,
                                basis)
        values |= {"amounts": f"{fmt(a.value * (lo + hi) / 2)}{unit} {per_b} against "
                              f"{fmt(b.value)}", "slip": ""}
        arithmetic.append("the two do not meet")
        return self.finding("conversion_differs", self.rule.severity, [a, b], values,
                            arithmetic, basis)

    def _readings(self, c: Claim) -> tuple[float, float]:
        """:func:`written`, widened to every size its unit word may name: "44 million
        gallons" is read in US gallons, and may be meant in imperial ones."""
        low, high = written(c)
        m = self._several.search(c.surface) if self._several and c.stated else None
        if m is None:
            return low, high
        _, lo, hi = self._sizes[" ".join(m.group("u").lower().split())]
        read = c.value / c.stated  # the size the figure was read in
        if not lo * (1 - 1e-9) <= read <= hi * (1 + 1e-9):
            return low, high  # another unit of that name
        return low * lo / read, high * hi / read

    def _compare(self, a: Claim, b: Claim) -> Finding:
        values = {"first": quote(a), "second": quote(b)}
        basis = (a.doc, a.id, b.id)
        (alo, ahi), (blo, bhi) = self._readings(a), self._readings(b)
        arithmetic = [f"{quote(a)} = {fmt(alo)}–{fmt(ahi)} {unit_text(a.unit)}",
                      f"{quote(b)} = {fmt(blo)}–{fmt(bhi)} {unit_text(b.unit)}"]
        if alo <= bhi and blo <= ahi:
            arithmetic.append("the two meet")
            return self.finding("conversion_matches", "info", [a, b], values, arithmetic,
                                ("matches", *basis))
        slip = ""
        if alo > 0 and blo > 0:
            # a power of ten within reach of the ratio, as near as both are read
            low, high = math.log10(alo / bhi) - 0.05, math.log10(ahi / blo) + 0.05
            powers = [p for p in range(math.ceil(low), math.floor(high) + 1) if p]
            if powers:
                slip = f" (off by a factor of {10 ** abs(powers[0]):,}: a scale slip)"
        unit = unit_text(a.unit)
        values |= {"amounts": f"{fmt(a.value)} against {fmt(b.value)} {unit}", "slip": slip}
        arithmetic.append(f"{fmt(a.value)} against {fmt(b.value)} {unit}: the two do not "
                          "meet")
        # a slipped scale word is wrong as written, whatever was meant: an error, as the
        # conversion check reports a slipped currency conversion
        return self.finding("conversion_differs", "error" if slip else self.rule.severity,
                            [a, b], values, arithmetic, ("differs", *basis))


def _per(unit: str) -> str:
    """"a pound", "an ounce": the unit as the text gives a price per it."""
    return f"{'an' if unit[0] in 'aeiou' else 'a'} {unit}"
