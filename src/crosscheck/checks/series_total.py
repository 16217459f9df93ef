"""``series_total``: a total against a series stated by its count and its ends.

"10 batches of nearly 12,000 cadres ... from 622 at the beginning to 2,117 in the latest":
a non-decreasing series of 10 terms from 622 to 2,117 sums to between 622×9 + 2,117 and
622 + 2,117×9; growing evenly it sums to 10 × (622 + 2,117) / 2. The stated total must lie
in the feasible range, and is compared with the even-growth estimate.
"""

from __future__ import annotations

from pathlib import Path

from ..claims import Claim
from ..findings import Finding
from ..frame import load_vocabulary
from ..grouping import singular
from .base import Check, Context, Outcome, Param, fmt, quote


class SeriesTotalCheck(Check):
    name = "series_total"
    description = "Totals agree with series stated by their count, first and last term."
    PARAMS = {
        "series_words": Param("string_list", ["batch", "batches", "group", "groups", "round",
                                              "rounds", "team", "teams", "wave", "waves"],
                              "nouns that count the terms of a series"),
        "even_growth_tolerance": Param("percent", 0.15,
                                       "gap allowed between the total and the even-growth sum"),
        "sentences_apart": Param("integer", 2, "how far the series may be from its count"),
    }
    OUTCOMES = {
        "series_infeasible": Outcome(
            "{total} cannot be {terms} terms rising from {first} to {last}: they sum to "
            "{min_sum}–{max_sum}", ("total", "terms", "first", "last", "min_sum", "max_sum")),
        "series_uneven": Outcome(
            "{total} is {delta:+.0%} from the even-growth sum {even} of {terms} terms from "
            "{first} to {last}", ("total", "terms", "first", "last", "even", "delta")),
        "series_consistent": Outcome(
            "{total} fits {terms} terms rising from {first} to {last} (feasible {min_sum}–"
            "{max_sum}, even growth {even})",
            ("total", "terms", "first", "last", "min_sum", "max_sum", "even")),
    }
    PASSING = ("series_consistent",)

    def run(self, ctx: Context) -> list[Finding]:
        by_doc: dict[str, list[Claim]] = {}
        for c in ctx.claims:
            by_doc.setdefault(c.doc, []).append(c)
        findings = []
        for doc in sorted(by_doc):
            claims = sorted(by_doc[doc], key=lambda c: c.start)
            findings += self._series(claims, ctx)
        return findings

    def _series(self, claims: list[Claim], ctx: Context) -> list[Finding]:
        words = {w.lower() for w in self.params["series_words"]}
        sentence_index = {s: i for i, s in enumerate(sorted({c.sentence_start for c in claims}))}
        out = []
        for first in claims:
            if first.role != "series_first" or not first.linked:
                continue
            last = ctx.by_id.get(first.linked[0])
            if last is None:
                continue
            si = sentence_index[first.sentence_start]
            counts = [c for c in claims if c.kind == "count" and c.subject
                      and c.subject.split()[0].lower() in words
                      and 0 <= si - sentence_index[c.sentence_start]
                      <= self.params["sentences_apart"]]
            if not counts:
                continue
            n_claim = counts[-1]
            total = next((c for c in claims if c.sentence_start == n_claim.sentence_start
                          and c.start > n_claim.start and c.kind == "count"
                          and c.role not in ("series_first", "series_last")), None)
            if total is None or n_claim.value < 2 or not self._of_one_thing(first, total):
                continue
            out.append(self._compare(n_claim, first, last, total))
        return out

    def _of_one_thing(self, first: Claim, total: Claim) -> bool:
        """Whether the series may be the terms of the total: "from 622 people to 2,117"
        may be the batches of 12,000 cadres; "enrolment fell from 41,000 pupils to 29,500"
        is no series of the 1,362 teachers sent in ten groups. Generic nouns ("people")
        name nothing to tell them apart."""
        generic = self._generic()
        nouns = [{singular(w) for w in c.subject.lower().split() if w not in generic}
                 for c in (first, total)]
        return not (nouns[0] and nouns[1]) or bool(nouns[0] & nouns[1])

    def _generic(self) -> frozenset[str]:
        return load_vocabulary(Path(self.rule.path).parent).generic

    def _compare(self, n_claim: Claim, first: Claim, last: Claim, total: Claim) -> Finding:
        n, a, b = int(n_claim.value), first.value, last.value
        min_sum, max_sum = a * (n - 1) + b, a + b * (n - 1)
        if a > b:
            min_sum, max_sum = b * (n - 1) + a, b + a * (n - 1)
        even = n * (a + b) / 2
        values = {"total": quote(total), "terms": n, "first": fmt(a), "last": fmt(b),
                  "min_sum": fmt(min_sum), "max_sum": fmt(max_sum), "even": fmt(even)}
        arithmetic = [
            f"{n} terms from {fmt(a)} to {fmt(b)}, never falling: at least {fmt(a)}×{n - 1} + "
            f"{fmt(b)} = {fmt(min_sum)}, at most {fmt(a)} + {fmt(b)}×{n - 1} = {fmt(max_sum)}",
            f"even growth: {n} × ({fmt(a)} + {fmt(b)}) / 2 = {fmt(even)}",
            f"{quote(total)} allows {fmt(total.low)}–{fmt(total.high)}",
        ]
        cited = [n_claim, total, first, last]
        basis = (total.doc, n, a, b, total.value)
        if total.high < min_sum or total.low > max_sum:
            return self.finding("series_infeasible", "error", cited, values, arithmetic,
                                ("infeasible", *basis))
        nearest = min(max(even, total.low), total.high)
        delta = (nearest - even) / even
        values["delta"] = delta
        arithmetic.append(f"nearest allowed total {fmt(nearest)} vs even growth {fmt(even)}: "
                          f"{delta:+.1%}")
        if abs(delta) > self.params["even_growth_tolerance"]:
            arithmetic.append("the stated total implies growth concentrated in the later "
                              "terms" if delta < 0 else "the stated total implies growth "
                              "concentrated in the early terms")
            return self.finding("series_uneven", self.rule.severity, cited, values, arithmetic,
                                ("uneven", *basis))
        return self.finding("series_consistent", "info", cited, values, arithmetic,
                            ("consistent", *basis))
