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

import math
import re

from rapidfuzz import fuzz

from ..claims import Claim
from ..findings import Finding
from ..frame import apart
from .base import Check, Context, Outcome, Param, doc_label, quote
from .local import REVISION_WORDS, alternation, literal
from .starts import rule_words
from .topics import same_topic


def digits(c: Claim) -> str:
    """The digits of the figure as written ("2,698" -> "2698", "5.01" -> "501")."""
    lit = literal(c)
    if lit is None:
        return ""
    text = f"{lit:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", "").lstrip("0")


def swaps(d: str) -> set[str]:
    """The digit strings ``d`` becomes with two neighbouring different digits swapped."""
    return {d[:i] + d[i + 1] + d[i] + d[i + 2:] for i in range(len(d) - 1) if d[i] != d[i + 1]}


def swapped(a: Claim, b: Claim) -> bool:
    """Whether two figures are one with two neighbouring digits swapped, in the same places
    ("17.7" and "71.7"; not "6.2" and "26", whose digits are of other powers of ten)."""
    return same_power(a, b) and digits(a) in swaps(digits(b))


def same_power(a: Claim, b: Claim) -> bool:
    """Whether two non-zero figures lead with a digit of the same power of ten: a swap of
    digits keeps the scale ("1.42 million" is no slip for "412")."""
    return bool(a.value) and bool(b.value) and \
        math.floor(math.log10(abs(a.value))) == math.floor(math.log10(abs(b.value)))


def _by_doc(claims: list[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for c in sorted(claims, key=lambda c: (c.doc, c.start)):
        out.setdefault(c.doc, []).append(c)
    return out


class TransposedDigitsCheck(Check):
    name = "transposed_digits"
    description = "One quantity in two texts with two neighbouring digits swapped."
    PARAMS = {
        "min_digits": Param("integer", 3, "significant digits a figure needs (a swap in "
                                          "\"12\" and \"21\" is too likely by chance)"),
        "measure_score": Param("number", 90.0, "how alike (token set ratio, 0-100) the two "
                                               "measures must be"),
        "revision_words": Param("string_list", REVISION_WORDS,
                                "words in either figure's sentence that make the two an update "
                                "('1,425 homes, 180 more than first reported'), not a slip"),
    }
    OUTCOMES = {
        "transposed": Outcome("{first} in {first_doc} and {second} in {second_doc}: the same "
                              "digits with two swapped ({measure})",
                              ("first", "second", "first_doc", "second_doc", "measure")),
    }

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        self._events = frozenset(rule_words(rule.path).events.values())
        self._revised = re.compile(
            rf"\b(?:{alternation(self.params['revision_words'])})\b", re.IGNORECASE)

    def run(self, ctx: Context) -> list[Finding]:
        # Figures by their exact digits: each digit string looks up the few strings one swap
        # away from it, and only figures with such digits are held against each other.
        by_digits: dict[tuple[str, str, str], list[Claim]] = {}
        for c in ctx.claims:
            if c.kind not in ("count", "money", "quantity") or not c.measure or \
                    c.role in ("range", "series_first", "series_last"):
                continue
            d = digits(c)
            if len(d.rstrip("0")) < self.params["min_digits"]:
                continue
            by_digits.setdefault((c.kind, c.unit, d), []).append(c)
        findings = []
        for (kind, unit, da), claims_a in by_digits.items():
            for db in sorted(swaps(da)):
                if db > da and (kind, unit, db) in by_digits:  # each pair of strings once
                    findings.extend(self._between(ctx, claims_a, by_digits[(kind, unit, db)]))
        return findings

    def _between(self, ctx: Context, claims_a: list[Claim], claims_b: list[Claim]
                 ) -> list[Finding]:
        """For each pair of texts, the first pair of figures (in reading order), one of
        ``claims_a`` and one of ``claims_b``, that speak of one quantity. Pairs are tried one
        at a time: figures that recur across an archive would make millions of them."""
        docs_a, docs_b = _by_doc(claims_a), _by_doc(claims_b)
        pairs = []
        for doc_a in sorted(docs_a):
            for doc_b in sorted(docs_b):
                if doc_a == doc_b:
                    continue
                pair = next(((a, b) for a in docs_a[doc_a] for b in docs_b[doc_b]
                             if self._same_quantity(ctx, a, b)), None)
                if pair is not None:
                    pairs.append(pair)
        # one slip, one finding: "121 in 02 and 04, 112 in 03" rather than a finding for
        # each pair of texts
        return [self._finding(pairs)] if pairs else []

    def _same_quantity(self, ctx: Context, a: Claim, b: Claim) -> bool:
        if not same_power(a, b):
            return False
        if fuzz.token_set_ratio(a.measure, b.measure) < self.params["measure_score"]:
            return False
        event_only = not (set(a.measure.split()) - self._events) or \
            not (set(b.measure.split()) - self._events)
        # "spent 152 million" and "spent 125 million" say what happened, not to what: an
        # amount measured by an event alone is too vague to call two figures one. A count of
        # people an event befell is one ("injured 11,470" is the toll), but only the very
        # same event alone ("killed 193" holds no noun "killed 139 cattle" does not), and
        # with a digit more: a toll rises from report to report ("139 died" by noon, "193"
        # by night)
        if event_only and (a.kind == "money" or a.measure != b.measure or
                           len(digits(a).rstrip("0")) <= self.params["min_digits"]):
            return False
        if a.place and b.place and ctx.region(a) != ctx.region(b):
            return False
        if self._revised.search(a.sentence) or self._revised.search(b.sentence):
            return False
        # (figures of no place in texts of two stories are two quantities, alike or not)
        return not apart(a, b, strict=False) and \
            bool(a.place and b.place or same_topic(ctx, a.doc, b.doc))

    def _finding(self, pairs: list[tuple[Claim, Claim]]) -> Finding:
        """One finding for the texts that give one figure and those that give it swapped,
        the side of the text read first named first."""
        sides = [sorted({p[i].id: p[i] for p in pairs}.values(), key=lambda c: (c.doc, c.start))
                 for i in (0, 1)]
        if sides[1][0].doc < sides[0][0].doc:
            sides.reverse()
        (a, *_), (b, *_) = sides
        docs = [", ".join(dict.fromkeys(doc_label(c.doc) for c in side)) for side in sides]
        values = {"first": quote(a), "second": quote(b), "first_doc": docs[0],
                  "second_doc": docs[1], "measure": a.measure}
        arithmetic = [f"{digits(x)} ({doc_label(x.doc)}) and {digits(y)} "
                      f"({doc_label(y.doc)}) differ only by two neighbouring digits swapped"
                      for x, y in (p if p[0] in sides[0] else p[::-1] for p in pairs)]
        arithmetic.append(f"both measure {a.measure!r} / {b.measure!r}, and nothing known "
                          "about status, place, actor or time sets them apart")
        cited = sorted([*sides[0], *sides[1]], key=lambda c: (c.doc, c.start))
        # (one pair keeps the finding id it has always had: baselines name findings by it)
        basis = ("transposed", a.doc, b.doc, a.value, b.value) if len(pairs) == 1 else \
            ("transposed", tuple(c.doc for c in cited), a.value, b.value)
        return self.finding("transposed", self.rule.severity, cited, values, arithmetic, basis)
