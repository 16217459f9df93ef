"""``balance``: a surplus or deficit recomputed from the two flows it is the gap between.

"The trade surplus widened to 38.4 billion dollars, as exports rose 9 percent to 96.2 billion
dollars and imports fell 4 percent to 57.8 billion dollars" states a balance (38.4 billion)
and the two flows it is made of (exports and imports): 96.2 - 57.8 = 38.4. A figure belongs
to the word of the rule's lists that stands nearest before it in its sentence with no other
amount between (a percentage of change may stand between: "exports rose 9 percent to"). The
two flows are a pair of words the rule names (exports and imports, revenue and spending);
the balance is a figure after a balance word (surplus, deficit, gap). The three are read in
one sentence, or the balance and one flow in it and the other flow in the sentence before
("Exports grew to 22.6 billion. Imports fell to 13.3 billion, leaving a surplus of 9.3
billion"). A deficit is a balance too: its size is the gap, whichever way it runs. With more
than one figure for any of the three, or another amount in the balance's sentence, the check
abstains.
"""

from __future__ import annotations

import re

from ..claims import Claim
from ..findings import Finding
from .base import Check, Context, Outcome, Param, quote
from .local import (
    DocFigures,
    alternation,
    by_document,
    compatible,
    overlap,
    written,
    written_span,
)

#: the kinds of figure a balance is made of
_AMOUNTS = ("money", "count", "quantity")


class BalanceCheck(Check):
    name = "balance"
    description = "A surplus or deficit equals the gap between the two flows it is made of."
    PARAMS = {
        "balance_words": Param("string_list", ["surplus", "deficit", "shortfall", "trade gap",
                                               "gap"],
                               "words right before a figure (a few words between) that make "
                               "it the gap between two flows"),
        "flow_pairs": Param("string_list", [
            "exports/imports", "export/import", "revenue/spending", "revenues/spending",
            "revenue/expenditure", "revenues/expenditure", "income/spending",
            "receipts/outlays", "inflows/outflows"],
            "the two flows a balance is the gap between, as 'plus/minus'"),
        "reach": Param("integer", 80, "characters allowed between a word and its figure"),
    }
    OUTCOMES = {
        "balance_mismatch": Outcome(
            "{plus} less {minus} is {computed}, not the {balance_word} of {balance}",
            ("plus", "minus", "balance", "balance_word", "computed")),
        "balance_consistent": Outcome(
            "{plus} less {minus} is {computed}, as the {balance_word} of {balance} states",
            ("plus", "minus", "balance", "balance_word", "computed")),
    }
    PASSING = ("balance_consistent",)

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        p = self.params
        self._pairs = [tuple(w.strip().lower() for w in pair.split("/", 1))
                       for pair in p["flow_pairs"] if "/" in pair]
        words = [*p["balance_words"], *(w for pair in self._pairs for w in pair)]
        # the nearest word of the lists before a figure, within reach, no digit between
        # (a percentage of change aside, removed before matching)
        self._word = re.compile(rf"\b(?P<word>{alternation(words)})\b(?P<gap>[^\d;]*)$",
                                re.IGNORECASE)
        self._balance = {w.lower() for w in p["balance_words"]}

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        for doc in sorted(docs := by_document(ctx)):
            figures = docs[doc]
            for start in figures.starts:
                found = self._balance_of(figures, start)
                if found is not None:
                    findings.append(found)
        return findings

    def _named(self, sentence: list[Claim]) -> dict[str, list[Claim]]:
        """The amounts of a sentence by the word of the lists each stands after."""
        out: dict[str, list[Claim]] = {}
        for c in sentence:
            if c.kind not in _AMOUNTS or c.direction:
                continue
            lead = c.sentence[:c.start - c.sentence_start]
            # "exports rose 9 percent to 96.2 billion": a change between is no other amount
            for x in sentence:
                if x.kind == "percent" and x.end <= c.start:
                    lead = lead.replace(x.surface, "by", 1)
            m = self._word.search(lead[-(self.params["reach"] + 20):])
            if m and len(m.group("gap")) <= self.params["reach"]:
                out.setdefault(m.group("word").lower(), []).append(c)
        return out

    def _balance_of(self, figures: DocFigures, start: int) -> Finding | None:
        sentence = figures.by_sentence.get(start, [])
        named = self._named(sentence)
        balances = [c for w, cs in named.items() if w in self._balance for c in cs]
        if len(balances) != 1:
            return None
        balance = balances[0]
        i = figures.sentence_of[start]
        before = self._named(figures.by_sentence.get(figures.starts[i - 1], [])) if i else {}
        for plus_word, minus_word in self._pairs:
            plus, minus = named.get(plus_word, []), named.get(minus_word, [])
            if not plus and minus:
                plus = before.get(plus_word, [])
            elif plus and not minus:
                minus = before.get(minus_word, [])
            if len(plus) == 1 and len(minus) == 1:
                if any(x.kind in _AMOUNTS and x not in (balance, plus[0], minus[0])
                       for x in sentence):
                    return None  # "and with the Union 12 billion": another balance
                return self._compare(balance, plus[0], minus[0])
        return None

    def _compare(self, balance: Claim, plus: Claim, minus: Claim) -> Finding | None:
        if not (compatible(balance, plus) and compatible(balance, minus)):
            return None
        p, m, b = written(plus), written(minus), written(balance)
        # the gap's size, whichever way it runs: a deficit is the gap too
        lo, hi = p[0] - m[1], p[1] - m[0]
        computed = (max(0.0, lo), hi) if lo >= 0 else (max(0.0, -hi), -lo) if hi <= 0 else \
            (0.0, max(-lo, hi))
        word = self._word.search(balance.sentence[:balance.start - balance.sentence_start])
        values = {"plus": quote(plus), "minus": quote(minus), "balance": quote(balance),
                  "balance_word": word.group("word").lower() if word else "balance",
                  "computed": written_span(balance, *computed)}
        arithmetic = [f"{quote(plus)} - {quote(minus)} = {written_span(balance, *computed)}",
                      f"{quote(balance)} allows {written_span(balance, *b)}"]
        basis = (balance.doc, plus.value, minus.value, balance.value)
        cited = sorted([plus, minus, balance], key=lambda c: (c.sentence_start, c.start))
        if overlap(computed, b):
            return self.finding("balance_consistent", "info", cited, values, arithmetic,
                                ("consistent", *basis))
        return self.finding("balance_mismatch", self.rule.severity, cited, values,
                            arithmetic, ("mismatch", *basis))
