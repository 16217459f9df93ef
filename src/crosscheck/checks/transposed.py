"""``transposed_digits``: the same count in two texts with two neighbouring digits swapped
("289 recovery projects" in one, "298 reconstruction projects" in another).

A swap of two digits is the commonest copying slip, and a pair of figures that differ by one
is rare by chance once they carry three significant digits or more. The two must be about
the same quantity as far as the frames can tell: one measure (one holds the other's words,
synonyms applied), and nothing known that keeps them apart (status, place, actor, time,
aggregation).
Figures of one document are not compared: a text that gives both knows they differ.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from ..claims import Claim
from ..findings import Finding
from ..frame import apart
from .base import Check, Context, Outcome, Param, doc_label, quote
from .local import literal


def digits(c: Claim) -> str:
    """The digits of the figure as written ("2,698" -> "2698", "5.01" -> "501")."""
    lit = literal(c)
    if lit is None:
        return ""
    text = f"{lit:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", "").lstrip("0")


def _swaps(d: str) -> set[str]:
    """The digit strings ``d`` becomes with two neighbouring different digits swapped."""
    return {d[:i] + d[i + 1] + d[i] + d[i + 2:] for i in range(len(d) - 1) if d[i] != d[i + 1]}


class TransposedDigitsCheck(Check):
    name = "transposed_digits"
    description = "One quantity in two texts with two neighbouring digits swapped."
    PARAMS = {
        "min_digits": Param("integer", 3, "significant digits a figure needs (a swap in "
                                          "\"12\" and \"21\" is too likely by chance)"),
        "measure_score": Param("number", 90.0, "how alike (token set ratio, 0-100) the two "
                                               "measures must be"),
    }
    OUTCOMES = {
        "transposed": Outcome("{first} in {first_doc} and {second} in {second_doc}: the same "
                              "digits with two swapped ({measure})",
                              ("first", "second", "first_doc", "second_doc", "measure")),
    }

    def run(self, ctx: Context) -> list[Finding]:
        # Figures by their exact digits: each figure then looks up the few digit strings one
        # swap away from its own, instead of being held against every figure (n·L, not n²).
        by_digits: dict[tuple[str, str, str], list[Claim]] = {}
        for c in ctx.claims:
            if c.kind not in ("count", "money", "quantity") or not c.measure or \
                    c.role in ("range", "series_first", "series_last"):
                continue
            d = digits(c)
            if len(d.rstrip("0")) < self.params["min_digits"]:
                continue
            by_digits.setdefault((c.kind, c.unit, d), []).append(c)
        pairs: list[tuple[Claim, Claim, str, str]] = []
        for (kind, unit, da), claims in by_digits.items():
            for db in _swaps(da):
                if db <= da:
                    continue  # each pair of digit strings once, from its smaller side
                for b in by_digits.get((kind, unit, db), ()):
                    pairs.extend((a, b, da, db) for a in claims)
        findings, seen = [], set()
        for a, b, da, db in sorted(((a, b, da, db) if (a.doc, a.start) <= (b.doc, b.start)
                                    else (b, a, db, da) for a, b, da, db in pairs),
                                   key=lambda x: (x[0].doc, x[0].start, x[1].doc, x[1].start)):
            if a.doc == b.doc or (a.doc, b.doc, da, db) in seen or \
                    not self._same_quantity(ctx, a, b):
                continue
            seen.add((a.doc, b.doc, da, db))
            findings.append(self._finding(a, b))
        return findings

    def _same_quantity(self, ctx: Context, a: Claim, b: Claim) -> bool:
        if fuzz.token_set_ratio(a.measure, b.measure) < self.params["measure_score"]:
            return False
        if a.place and b.place and ctx.region(a) != ctx.region(b):
            return False
        return not apart(a, b, strict=False)

    def _finding(self, a: Claim, b: Claim) -> Finding:
        values = {"first": quote(a), "second": quote(b), "first_doc": doc_label(a.doc),
                  "second_doc": doc_label(b.doc), "measure": a.measure}
        arithmetic = [f"{digits(a)} ({doc_label(a.doc)}) and {digits(b)} "
                      f"({doc_label(b.doc)}) differ only by two neighbouring digits swapped",
                      f"both measure {a.measure!r} / {b.measure!r}, and nothing known about "
                      "status, place, actor or time sets them apart"]
        return self.finding("transposed", self.rule.severity, [a, b], values, arithmetic,
                            ("transposed", a.doc, b.doc, a.value, b.value))
