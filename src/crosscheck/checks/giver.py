"""``giver_amount``: what one named giver gave, pledged or paid, as each text states it.

Appeals, aid and donations are reported giver by giver ("€200m from Bernard Arnault",
"Total: €100m", "the city of Paris will contribute €50m"). The giver's name is what makes two
such amounts one quantity, more than any noun near them, which is often missing. Amounts are
compared when they come from the same giver (frame actor, generic words aside), in the same
currency, and say nothing else: no measure, or one of the contribution words
(``contribution_measures``), which at least one of them must have, or a verb of giving right
before it (frames.yaml ``giving``: "the city managed to mobilise €10 million"); a list of
amounts by name with no word of giving may be a ledger.

- Amounts that allow a common value, from two texts or more, corroborate each other (a pledge
  and the gift that honoured it included).
- Two texts that each give the giver one amount of the same status (both pledged, or both
  paid), with no known time or aggregation apart, dated within ``max_days_apart`` of each
  other (a pledge may be revised), and amounts that cannot be one value: a disagreement. A
  text that gives the same giver several amounts (a pledge and a first payment, two gifts)
  shows the giver has more than one quantity: abstain for that giver.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..claims import Claim
from ..findings import Finding
from ..frame import apart, given, load_vocabulary
from .agreement import far_apart_values
from .base import Check, Context, Outcome, Param, doc_label, fmt, interval_gap, quote
from .starts import generic_words
from .topics import same_topic

#: what an amount was given to or for: "to the appeal", "for the museum's new wing"
_RECIPIENT = re.compile(r"[^.;]{0,40}?\b(?:to|for|towards?)\s+(?:the\s+|its\s+|their\s+|a\s+)?"
                        r"([\w'’-]+(?:\s+[\w'’-]+){0,3})", re.IGNORECASE)


def giver_key(actor: str, generic: frozenset[str]) -> frozenset[str]:
    """The giver's name as compared: its words, lower case, without the ``generic`` ones
    (frames.yaml's giver_generic: "City of Paris" and "Paris" are one giver)."""
    words = {w.strip(".,'’") for w in actor.lower().replace(",", " ").split()}
    return frozenset(w for w in words if w and w not in generic)


class GiverAmountCheck(Check):
    name = "giver_amount"
    description = "What one named giver gave or pledged is the same amount in every text."
    PARAMS = {
        "contribution_measures": Param(
            "string_list", ["pledged", "pledge", "donated", "donation", "paid", "gift", "aid",
                            "contribution"],
            "measures that say an amount was given: amounts with another measure (revenue, "
            "spending) are not a giver's gift"),
        "max_spread": Param("percent", 0.05, "how far apart the stated values of a "
                                             "corroboration may be"),
        "min_sources": Param("integer", 2, "texts needed for a corroboration"),
        "max_days_apart": Param("integer", 120, "texts dated further apart than this may "
                                "report a pledge revised in between: not compared"),
        "max_ratio": Param("number", 10.0, "how many times one amount may be the other for "
                           "the two to disagree: a giver's $12 million of emergency aid and "
                           "its $150 million for rebuilding are two gifts"),
    }
    OUTCOMES = {
        "giver_disagrees": Outcome(
            "{giver}: the texts give different amounts: {values}", ("giver", "values", "gap")),
        "giver_corroborated": Outcome(
            "{giver}: {value} in {sources} texts", ("giver", "value", "sources")),
    }
    PASSING = ("giver_corroborated",)

    def run(self, ctx: Context) -> list[Finding]:
        words = {w.lower() for w in self.params["contribution_measures"]}
        vocab = load_vocabulary(Path(self.rule.path).parent)
        by_giver: dict[tuple[str, frozenset[str]], list[Claim]] = {}
        for c in ctx.claims:
            if c.kind != "money" or not c.actor or \
                    c.role in ("range", "series_first", "series_last") or c.direction:
                continue
            if c.measure and not set(c.measure.lower().split()) <= words:
                continue
            key = giver_key(c.actor, vocab.giver_generic)
            if key & vocab.event_nouns:
                continue  # "losses from Hurricane Ilse": a disaster is a cause, no giver
            if key:
                by_giver.setdefault((c.unit, key), []).append(c)
        findings = []
        for _, claims in sorted(by_giver.items(), key=lambda kv: (kv[0][0],
                                                                           sorted(kv[0][1]))):
            claims.sort(key=lambda c: (c.doc, c.start))
            if len({c.doc for c in claims}) < 2 or \
                    not any(c.measure or given(vocab, c) for c in claims):
                # no text says the amount was given ("Roads: $2 million" is a ledger line)
                continue
            found = self._disagreement(ctx, claims, vocab.plain_recipients) or \
                self._corroboration(claims)
            if found is not None:
                findings.append(found)
        return findings

    def _disagreement(self, ctx: Context, claims: list[Claim], plain: frozenset[str]
                      ) -> Finding | None:
        per_doc: dict[str, list[Claim]] = {}
        for c in claims:
            per_doc.setdefault(c.doc, []).append(c)
        # one amount per text: a text with two (a pledge and a first payment) knows they differ
        single = [cs[0] for cs in per_doc.values()
                  if len({(x.low, x.high) for x in cs}) == 1]
        pairs = [(a, b, interval_gap((a.low, a.high), (b.low, b.high)))
                 for i, a in enumerate(single) for b in single[i + 1:]
                 if a.status == b.status and not _apart_in_time(a, b)
                 and not self._far_apart(ctx, a, b) and not _other_recipients(a, b, plain)
                 and lent(a) == lent(b)
                 and not far_apart_values(a, b, self.params["max_ratio"])
                 and self._one_story(ctx, a, b)]
        pairs = [p for p in pairs if p[2] > 0]
        if not pairs:
            return None
        cited = sorted({c.id: c for a, b, _ in pairs for c in (a, b)}.values(),
                       key=lambda c: (c.doc, c.start))
        giver = min((c.actor for c in cited), key=lambda s: (len(s), s))
        values = "; ".join(f"{quote(c)} in {doc_label(c.doc)}" for c in cited)
        arithmetic = [f"{quote(a)} allows {fmt(a.low)}–{fmt(a.high)}; {quote(b)} allows "
                      f"{fmt(b.low)}–{fmt(b.high)}: {gap:.1%} apart" for a, b, gap in pairs]
        arithmetic.append(f"each text gives {giver} one amount, {cited[0].status} in both, "
                          "and no time or aggregation sets them apart")
        return self.finding("giver_disagrees", self.rule.severity, cited,
                            {"giver": giver, "values": values,
                             "gap": max(g for _, _, g in pairs)}, arithmetic,
                            ("giver_disagrees", cited[0].unit, giver,
                             tuple((c.doc, c.value) for c in cited)))

    def _one_story(self, ctx: Context, a: Claim, b: Claim) -> bool:
        """Whether two gifts' texts tell one story (:func:`topics.same_topic`): a giver's
        pledge to a climate fund is no gift to a town's rebuilding. The names of givers and
        the words of giving are what any two lists of pledges share, in their words and in
        their names."""
        giving = self._giving_words(ctx, a.doc, b.doc)
        return same_topic(ctx, a.doc, b.doc, generic=giving,
                          aside=giving | frozenset(f"{a.actor} {b.actor}".lower().split()))

    def _giving_words(self, ctx: Context, a: str, b: str) -> frozenset[str]:
        """Words any two texts of gifts may share, as texts' words are held
        (:func:`generic_words`): the contribution words, the verbs of giving, donors, and the
        names of the givers either text names."""
        key = ("giver words", self.rule.path)
        if key not in ctx.memo:
            by_doc: dict[str, set[str]] = {}
            for c in ctx.claims:
                if c.actor:
                    by_doc.setdefault(c.doc, set()).update(c.actor.replace(",", " ").split())
            vocab = load_vocabulary(Path(self.rule.path).parent)
            giving = generic_words([*self.params["contribution_measures"], *vocab.giving_words,
                                    "donor", "donors", "pledges", "donations", "gifts",
                                    # who gives: any list of pledges names "other countries"
                                    "countries", "nations", "governments"])
            ctx.memo[key] = (giving, {d: generic_words(sorted(ws)) for d, ws in by_doc.items()})
        giving, givers = ctx.memo[key]
        return giving | givers.get(a, frozenset()) | givers.get(b, frozenset())

    def _far_apart(self, ctx: Context, a: Claim, b: Claim) -> bool:
        """Whether the two texts are dated too far apart to report one pledge (a giver may
        raise or cut it in between); a text without a date is not held apart."""
        days = ctx.days_apart(a.doc, b.doc)
        return days is not None and days > self.params["max_days_apart"]

    def _corroboration(self, claims: list[Claim]) -> Finding | None:
        anchor = min(claims, key=lambda c: (c.high - c.low, c.doc, c.start))
        spread = self.params["max_spread"]
        agree = [c for c in claims if c.low <= anchor.high and anchor.low <= c.high
                 and abs(c.value - anchor.value) <= spread * max(c.value, anchor.value)]
        docs = sorted({c.doc for c in agree})
        if len(docs) < self.params["min_sources"] or len(agree) < len(claims):
            return None  # amounts that do not all meet: the giver has more than one
        giver = min((c.actor for c in agree), key=lambda s: (len(s), s))
        lo, hi = max(c.low for c in agree), min(c.high for c in agree)
        arithmetic = [f"{quote(c)} ({c.status}) in {doc_label(c.doc)} allows "
                      f"{fmt(c.low)}–{fmt(c.high)}" for c in agree]
        arithmetic.append(f"common ground: {fmt(lo)}–{fmt(hi)}")
        return self.finding("giver_corroborated", "info", agree,
                            {"giver": giver, "value": quote(anchor), "sources": len(docs),
                             "documents": [doc_label(d) for d in docs]}, arithmetic,
                            ("giver_corroborated", anchor.unit, giver, tuple(docs)))


#: a loan, right before its amount or right after it: "will lend 1.5 billion dollars",
#: "a loan of $500 million", "$500 million in loans"
_LOAN_BEFORE = re.compile(r"\b(?:lend|lends|lent|lending|loan|loans|loaned|credit|credits)\b"
                          r"(?:\s+(?:of|worth|totalling|totaling))?[^\d.;]{0,20}$",
                          re.IGNORECASE)
_LOAN_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:in\s+)?(?:loans?|credits?|credit\s+lines?)\b",
                         re.IGNORECASE)


def lent(c: Claim) -> bool:
    """Whether an amount is a loan ("the World Bank will lend 1.5 billion dollars"): what a
    giver lends and what it pledges or gives are two quantities."""
    at = c.start - c.sentence_start
    return bool(_LOAN_BEFORE.search(c.sentence[max(0, at - 40):at]) or
                _LOAN_AFTER.match(c.sentence, c.end - c.sentence_start))


def recipient(c: Claim, plain: frozenset[str]) -> frozenset[str]:
    """The words of what an amount was given to or for, in the words after it ("$2 million
    to the appeal" -> {"appeal"}, without the ``plain`` ones of frames.yaml's
    plain_recipients); empty when the sentence does not say."""
    m = _RECIPIENT.match(c.sentence, c.end - c.sentence_start)
    if not m:
        return frozenset()
    words = {w.lower().strip("'’-").removesuffix("'s").removesuffix("’s")
             for w in m.group(1).split()}
    return frozenset(w for w in words if len(w) > 2 and w not in plain
                     and not w.isdigit())


def _other_recipients(a: Claim, b: Claim, plain: frozenset[str]) -> bool:
    """Whether the two amounts went to two named recipients ("to the appeal", "to the
    museum's new wing"): a giver may give to more than one cause."""
    ra, rb = recipient(a, plain), recipient(b, plain)
    return bool(ra and rb and not ra & rb)


def _apart_in_time(a: Claim, b: Claim) -> bool:
    """Whether a known time or aggregation keeps two amounts apart (a giver's pledge of 2019
    is not its pledge of 2020)."""
    return apart(a.evolve(measure="", actor="", status=""),
                 b.evolve(measure="", actor="", status=""), strict=False) != ""
