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


def swapped(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring (different) digits swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and \
        a[diff[1]] == b[diff[0]]


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
        buckets: dict[tuple[str, str, str], list[tuple[str, Claim]]] = {}
        for c in ctx.claims:
            if c.kind not in ("count", "money", "quantity") or not c.measure or \
                    c.role in ("range", "series_first", "series_last"):
                continue
            d = digits(c)
            if len(d.rstrip("0")) < self.params["min_digits"]:
                continue
            buckets.setdefault((c.kind, c.unit, "".join(sorted(d))), []).append((d, c))
        findings, seen = [], set()
        for key in sorted(buckets):
            members = sorted(buckets[key], key=lambda x: (x[1].doc, x[1].start))
            for i, (da, a) in enumerate(members):
                for db, b in members[i + 1:]:
                    if a.doc == b.doc or not swapped(da, db) or (a.doc, b.doc, da, db) in seen:
                        continue
                    if not self._same_quantity(ctx, a, b):
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
