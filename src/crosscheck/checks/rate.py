"""``rate``: a rate per so many people recomputed from the count and the population the
same sentence gives.

"With 312 murders in 2024 and a population of 7.6 million, the murder rate was about 4.1
per 100,000 people" states a count of events (312 murders), a population (7.6 million) and
the rate (4.1 per 100,000): 312 / 7.6 million × 100,000 = 4.1. The rate is the figure right
before "per" and a round base (1,000, 10,000, 100,000, a million); the population is the one
figure of the sentence said of people as a whole ("a population of", "a city of", "7.6
million residents"); the count is the one other count of the sentence that names what it
counts. When there is not exactly one of each, the check abstains: a rate of one place
beside the count of another is too easy to misread.
"""

from __future__ import annotations

import re

from ..claims import Claim
from ..findings import Finding
from ..grouping import singular
from .base import Check, Context, Outcome, Param, fmt, quote
from .local import (
    OPTIONAL_QUALIFIER,
    after,
    alternation,
    by_document,
    overlap,
    prefix,
    span,
    written,
)

#: the bases a rate is given per
_BASES = (1_000.0, 10_000.0, 100_000.0, 1_000_000.0)
#: between the rate and its base: "4.1 per 100,000", "18.4 for every 100,000"
_PER = re.compile(r"\s+(?:per|for\s+every|for\s+each|in\s+every)\s+$", re.IGNORECASE)
#: what may stand between the count and the rate's words (no other clause)
_CLAUSE_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|,\s*(?:against|compared\s+with|"
                           r"compared\s+to|versus)\b", re.IGNORECASE)


class RateCheck(Check):
    name = "rate"
    description = "A rate per so many people equals the count over the population."
    PARAMS = {
        "population_nouns": Param("string_list", [
            "residents", "people", "inhabitants", "population", "persons", "citizens",
            "population of", "people living"],
            "nouns right after a figure that make it a population ('7.6 million residents')"),
        "populated": Param("string_list", [
            "population", "city", "country", "nation", "state", "region", "province",
            "county", "town", "island", "district", "metropolis"],
            "nouns before 'of' and a figure that make the figure a population ('a city of "
            "7.6 million')"),
    }
    OUTCOMES = {
        "rate_mismatch": Outcome(
            "{count} in a population of {population} is {computed} per {base}, not {rate}",
            ("count", "population", "base", "rate", "computed")),
        "rate_consistent": Outcome(
            "{count} in a population of {population} is {computed} per {base}, as {rate} "
            "states", ("count", "population", "base", "rate", "computed")),
        "per_unit_mismatch": Outcome(
            "{count} over {population} is {computed} per {base}, not {rate}",
            ("count", "population", "base", "rate", "computed")),
        "per_unit_consistent": Outcome(
            "{count} over {population} is {computed} per {base}, as {rate} states",
            ("count", "population", "base", "rate", "computed")),
    }
    PASSING = ("rate_consistent", "per_unit_consistent")

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        p = self.params
        self._population_after = re.compile(
            rf"^\s*(?:{alternation(p['population_nouns'])})\b", re.IGNORECASE)
        self._populated_before = re.compile(
            rf"\b(?:{alternation(p['populated'])})\s+of\s+{OPTIONAL_QUALIFIER}$",
            re.IGNORECASE)

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        for doc in sorted(docs := by_document(ctx)):
            figures = docs[doc]
            for sentence in figures.by_sentence.values():
                found = self._rate(sentence)
                if found is not None:
                    findings.append(found)
        return findings

    def _rate(self, sentence: list[Claim]) -> Finding | None:
        """The finding of the one rate per base in a sentence, or None."""
        counts = [c for c in sentence if c.kind == "count"]
        rates = [(r, b) for r, b in zip(counts, counts[1:], strict=False)
                 if b.value in _BASES and b.qualifier in ("", "exact")
                 and _PER.fullmatch(r.sentence[r.end - r.sentence_start:
                                               b.start - b.sentence_start])]
        if len(rates) != 1:
            return None
        rate, base = rates[0]
        others = [c for c in counts if c.id not in (rate.id, base.id)
                  and not _CLAUSE_BREAK.search(_between_any(c, rate))]
        populations = [c for c in others if self._is_population(c)]
        per_unit = False
        if not populations and base.subject:
            # a rate per so many of a thing other than people: the one other count of that
            # thing is the whole ("20 per 100,000 trips over the 936,110 trips taken")
            populations = [c for c in others if _head(c) == _head(base)]
            per_unit = True
        events = [c for c in others if c not in populations and c.subject
                  and c.high < min((p.low for p in populations), default=0.0)]
        if len(populations) != 1 or len({c.value for c in events}) != 1:
            return None
        population, count = populations[0], events[0]
        if population.low <= 0:
            return None
        computed = (count.low / population.high * base.value,
                    count.high / population.low * base.value)
        stated = written(rate)
        values = {"count": quote(count), "population": quote(population),
                  "base": fmt(base.value), "rate": quote(rate), "computed": span(*computed)}
        arithmetic = [f"{quote(count)} / {quote(population)} × {fmt(base.value)} = "
                      f"{span(*computed)}",
                      f"{quote(rate)} allows {span(*stated)}"]
        basis = (rate.doc, count.value, population.value, base.value, rate.value)
        cited = sorted([count, population, rate], key=lambda c: c.start)
        if per_unit:
            values["population"] = f"{quote(population)} {population.subject}"
        outcome = "per_unit" if per_unit else "rate"
        if overlap(computed, stated):
            return self.finding(f"{outcome}_consistent", "info", cited, values, arithmetic,
                                ("consistent", *basis))
        return self.finding(f"{outcome}_mismatch", self.rule.severity, cited, values,
                            arithmetic, ("mismatch", *basis))

    def _is_population(self, c: Claim) -> bool:
        return self._population_after.match(after(c)) is not None or \
            self._populated_before.search(prefix(c)[-40:]) is not None


def _head(c: Claim) -> str:
    """The singular of the last word of what a count counts ("trip" of "100,000 trips")."""
    words = c.subject.lower().split()
    return singular(words[-1]) if words else ""


def _between_any(a: Claim, b: Claim) -> str:
    """The words between two claims of one sentence, whichever comes first."""
    first, last = (a, b) if a.start <= b.start else (b, a)
    return first.sentence[first.end - first.sentence_start: last.start - last.sentence_start]
