"""``conversion``: the exchange rates implied by amounts stated in two currencies.

``11.484 billion yuan (1.736 billion US dollars)`` implies 6.615 CNY per USD. The rate is
known only as well as the figures' rounding allows (``4.7 billion yuan (0.7 billion US
dollars)`` is 6.2-7.3), so rates are compared as intervals: within a document, across
documents, and against the ECB reference rate of the dates the claim speaks of.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..claims import Claim
from ..corpus import Document
from ..extract.shared_names import assumed_currency
from ..findings import Finding
from ..refdata.rates import ReferenceRate, rate_before, reference_rate
from ..refdata.rates import source as reference_source
from .agreement import overlapping
from .base import Check, Context, Outcome, Param, doc_label, interval_gap

#: document pairs listed in the arithmetic of a spread (the rest are counted)
_SHOWN_PAIRS = 30
#: past this many documents, the pairs apart are found from the extreme rates only
_ALL_PAIRS = 300


def _apart(ids: list[str], rates: dict[str, tuple[float, float, float]], tol: float
           ) -> list[tuple[str, str]]:
    """The pairs of documents whose rate intervals are more than ``tol`` apart, in order.
    Up to _ALL_PAIRS documents every pair is tested; past that, only the pair of the highest
    lower bound and the lowest upper bound (the widest gap, if any gap exceeds ``tol``), so
    a corpus of ten thousand documents costs no hundred million comparisons."""
    if len(ids) <= _ALL_PAIRS:
        return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]
                if interval_gap(rates[a][:2], rates[b][:2]) > tol]
    if len(ids) < 2:
        return []
    low = min(ids, key=lambda d: (rates[d][1], d))
    high = max(ids, key=lambda d: (rates[d][0], d))
    if low != high and interval_gap(rates[low][:2], rates[high][:2]) > tol:
        return [tuple(sorted((low, high)))]  # type: ignore[list-item]
    return []


#: how far a rate may stray from the reference before a currency read from a shared name
#: ("pounds", "dollars") is taken for another country's: Egypt's pound is 1/40 of sterling,
#: Australia's dollar 2/3 of the US dollar, while a wrong rate in print is off by percents
_OTHER_CURRENCY = 1.25


def _comparable(doc: Document, a: Conversion, b: Conversion) -> bool:
    """Whether two conversions of one text are of one time, so of one rate."""
    year = doc.published.year if doc.published else None
    return overlapping(a.base_claim, b.base_claim) and \
        _same_time(a.base_claim, b.base_claim, year)


def _same_time(a: Claim, b: Claim, doc_year: int | None) -> bool:
    """Whether two amounts of one text are of one time: a stated period, else the text's
    year ("put at 57 billion yuan in 1992" and "the final bill came to 180 billion yuan" in a
    2009 text are of different years, and so may be their rates)."""
    def when(c: Claim) -> tuple[int | None, int | None]:
        if c.period_stated and c.period_end is not None:
            return (c.period_start if c.period_start is not None else c.period_end), c.period_end
        return doc_year, doc_year
    (a0, a1), (b0, b1) = when(a), when(b)
    if None in (a0, a1, b0, b1):
        return True
    return not (a1 < b0 or b1 < a0)  # type: ignore[operator]


def _other_currency(c: Conversion, ref: tuple[ReferenceRate, float] | None) -> bool:
    """Whether a conversion's rate says that a currency assumed from a shared name ("5
    billion pounds ($160 million)" in a Cairo paper) is another country's: far from the
    reference, and no power of ten away (that is a slipped scale word, reported as such)."""
    if ref is None or not (assumed_currency(c.base_claim.surface)
                           or assumed_currency(c.quote_claim.surface)):
        return False
    ratio = math.log10(c.rate / ref[0].rate)
    slip = round(ratio) != 0 and abs(ratio - round(ratio)) <= _SLIP_SLACK
    return abs(ratio) > math.log10(_OTHER_CURRENCY) and not slip


#: how far from a power of ten a wrong rate may be and still be a scale slip (30%)
_SLIP_SLACK = math.log10(1.3)
_SCALES = {10: "tenfold", 100: "hundredfold", 1000: "thousand, million or billion",
           10_000: "ten-thousand (wan)", 1_000_000: "million/trillion"}


@dataclass(frozen=True)
class Conversion:
    """One paired statement: ``base_claim`` in the pair's base currency, ``quote_claim``."""

    base_claim: Claim
    quote_claim: Claim

    @property
    def rate(self) -> float:
        return self.base_claim.value / self.quote_claim.value

    @property
    def low(self) -> float:
        # The qualifier ("over 8 billion yuan (1.2 billion US dollars)") applies to the
        # amount, not to the conversion; only the digits' rounding bounds the rate.
        b, q = self.base_claim, self.quote_claim
        return (b.value - b.precision) / (q.value + q.precision)

    @property
    def high(self) -> float:
        b, q = self.base_claim, self.quote_claim
        return (b.value + b.precision) / max(q.value - q.precision, 1e-12)

    @property
    def doc(self) -> str:
        return self.base_claim.doc

    def arithmetic(self, base: str, quote: str) -> str:
        b, q = self.base_claim, self.quote_claim
        return (f"{b.surface} / {q.surface} = {_num(b.value)} / {_num(q.value)} = "
                f"{self.rate:.3f} {base} per {quote} (rounding allows {self.low:.3f}–"
                f"{self.high:.3f})")


def _num(v: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= scale:
            return f"{v / scale:g} {word}"
    return f"{v:,.6g}"


class ConversionCheck(Check):
    name = "conversion"
    description = ("Implied exchange rates of amounts stated in two currencies agree within a "
                   "document, across documents, and with the reference rate of their date.")
    PARAMS = {
        "pair": Param("currency_pair", ["CNY", "USD"],
                      "base and quote currency; the rate is base units per quote unit"),
        "within_document": Param("percent", 0.01,
                                 "gap allowed between two rates of one document, beyond rounding"),
        "across_documents": Param("percent", 0.02,
                                  "gap allowed between the rates of two documents"),
        # a newsroom may convert at a rate some weeks or months old: a few percent off the
        # day's reference is a stale rate more often than a slip
        "against_reference": Param("percent", 0.05,
                                   "gap allowed between a rate and the reference rate of its date"),
    }
    OUTCOMES = {
        "consistent": Outcome(
            "{count} conversion(s) in {doc} imply {rates} {base}/{quote}, consistent with "
            "each other and with the reference rate",
            ("count", "doc", "rates", "base", "quote")),
        "consistent_unreferenced": Outcome(
            "{count} conversion(s) in {doc} imply {rates} {base}/{quote}, consistent with "
            "each other (no reference rate for their date)",
            ("count", "doc", "rates", "base", "quote")),
        "within_document": Outcome(
            "{doc} converts at {rate:.3f} and at {other:.3f} {base}/{quote} ({delta:+.1%}), "
            "more than rounding allows",
            ("doc", "rate", "other", "delta", "base", "quote")),
        "across_documents": Outcome(
            "implied {base}/{quote} rates differ across documents: {rates}; {explanation}",
            ("rates", "explanation", "base", "quote", "spread")),
        "unit_slip": Outcome(
            "{doc}: {amount} is stated as {converted}, off by a factor of {factor} (a "
            "{scale} slip): the rate would be {rate:.4g} {base}/{quote} against {expected:.3f}",
            ("doc", "amount", "converted", "factor", "scale", "rate", "expected", "base",
             "quote")),
        "against_reference": Outcome(
            "{doc} implies {rate:.3f} {base}/{quote}, {delta:+.1%} from the reference "
            "{reference:.3f} ({date})",
            ("doc", "rate", "reference", "date", "delta", "base", "quote")),
    }

    PASSING = ("consistent", "consistent_unreferenced")

    def run(self, ctx: Context) -> list[Finding]:
        base, quote = self.params["pair"]
        conversions = self._conversions(ctx, base, quote)
        # each conversion's reference, looked up once for the slips, the document and the
        # spread across documents
        refs = {c: self._reference(ctx.documents[c.doc], c, base, quote) for c in conversions}
        # a text that converts one amount at the reference rate names the currency it
        # means by a shared word ("dollars") there: its other conversions are in it too
        settled = {c.doc for c in conversions
                   if refs[c] is not None and refs[c][1] <= self.params["against_reference"]}
        conversions = [c for c in conversions
                       if c.doc in settled or not _other_currency(c, refs[c])]
        findings: list[Finding] = []
        slips = self._slips(conversions, refs, {
            c: self._text_year_reference(ctx.documents[c.doc], base, quote)
            for c in conversions if refs[c] is None})
        findings += [f for _, f in slips]
        slipped = {id(c) for c, _ in slips}
        conversions = [c for c in conversions if id(c) not in slipped]
        by_doc: dict[str, list[Conversion]] = {}
        for c in conversions:
            by_doc.setdefault(c.doc, []).append(c)
        doc_rates: dict[str, tuple[float, float, float]] = {}
        for doc_id in sorted(by_doc):
            doc = ctx.documents[doc_id]
            convs = sorted(by_doc[doc_id], key=lambda c: c.base_claim.start)
            found, interval = self._within(doc, convs, base, quote)
            findings.extend(found)
            doc_refs = [refs[c] for c in convs]
            bad = [(c, r) for c, r in zip(convs, doc_refs, strict=True)
                   if r and r[1] > self.params["against_reference"]]
            for c, (ref, delta) in bad:
                findings.append(self._against_reference(doc, c, ref, delta, base, quote))
            if not found and not bad and self._agree(convs):
                findings.append(self._consistent(doc, convs, doc_refs, base, quote))
            tight = min(convs, key=lambda c: c.high - c.low)
            doc_rates[doc_id] = (interval or (tight.low, tight.high)) + (tight.rate,)
        if len(doc_rates) > 1:
            findings.extend(self._across(ctx, by_doc, doc_rates, refs, base, quote))
        return findings

    def _conversions(self, ctx: Context, base: str, quote: str) -> list[Conversion]:
        out = []
        for claim in ctx.claims:
            if claim.kind != "money" or claim.unit != base:
                continue
            for other_id in claim.linked:
                other = ctx.by_id.get(other_id)
                # "0 million yuan (75.5 million US dollars)" implies no rate at all
                if other is not None and other.kind == "money" and other.unit == quote \
                        and claim.value > 0 and other.value > 0:
                    out.append(Conversion(claim, other))
        return out

    @staticmethod
    def _text_year_reference(doc: Document, base: str, quote: str) -> ReferenceRate | None:
        """The reference rate of the text's own year: a figure of a year the reference data
        does not reach ("cost 209 billion yuan in 2003") is converted at some rate, and no
        year's rate is ten times another's."""
        if doc.published is None:
            return None
        return reference_rate(base, quote, doc.published.year, doc.published.year)

    def _slips(self, convs: list[Conversion],
               refs: dict[Conversion, tuple[ReferenceRate, float] | None],
               text_refs: dict[Conversion, ReferenceRate | None]
               ) -> list[tuple[Conversion, Finding]]:
        """Conversions off by a power of ten from the rate of their date (or, without one,
        from the rate of their text's year, or from the other conversions): a scale word
        slipped ("million" for "billion"). They are reported as an error once, and kept out
        of the rate comparisons."""
        out = []
        rates = sorted(c.rate for c in convs)
        base, quote = self.params["pair"]
        for c in convs:
            ref = refs[c]
            fallback = text_refs.get(c)
            if ref is not None:
                expected = ref[0].rate
                source = f"the reference {ref[0].rate:.3f} ({ref[0].label})"
            elif fallback is not None:
                expected = fallback.rate
                source = f"the reference {fallback.rate:.3f} ({fallback.label}) of the text's year"
            elif len(rates) >= 3:
                # no reference for the date: the median of all the conversions, the rate most
                # of them share (of two rates a tenfold apart, which one slipped is unknown)
                expected = rates[len(rates) // 2]
                source = f"the median {expected:.3f} of the conversions"
            else:
                continue
            ratio = c.rate / expected
            k = round(math.log10(ratio))
            if k == 0 or abs(math.log10(ratio) - k) > _SLIP_SLACK:
                continue
            factor = 10 ** abs(k)
            scale = _SCALES.get(factor, f"×{factor:,}")
            b, q = c.base_claim, c.quote_claim
            out.append((c, self.finding(
                "unit_slip", "error", [b, q],
                {"doc": doc_label(c.doc), "amount": b.surface, "converted": q.surface,
                 "factor": f"{factor:,}", "scale": scale, "rate": c.rate,
                 "expected": expected, "base": base, "quote": quote},
                [c.arithmetic(base, quote),
                 f"{c.rate:.4g} / {expected:.3f} = {ratio:.4g}, about 10^{k}, against {source}"],
                ("slip", c.doc, b.value, q.value))))
        return out

    def _within(self, doc: Document, convs: list[Conversion], base: str, quote: str
                ) -> tuple[list[Finding], tuple[float, float] | None]:
        """Pairs of rates in one document, for periods that can be the same, that disagree
        beyond rounding and tolerance."""
        tol = self.params["within_document"]
        findings = []
        lo, hi = max(c.low for c in convs), min(c.high for c in convs)
        for i, a in enumerate(convs):
            for b in convs[i + 1:]:
                if not _comparable(doc, a, b):
                    continue  # amounts of 2017 and of 2018: the rate itself moved between
                gap = interval_gap((a.low, a.high), (b.low, b.high))
                if gap > tol:
                    delta = b.rate / a.rate - 1
                    findings.append(self.finding(
                        "within_document", self.rule.severity,
                        [a.base_claim, a.quote_claim, b.base_claim, b.quote_claim],
                        {"doc": doc_label(doc.id), "rate": a.rate, "other": b.rate,
                         "delta": delta, "base": base, "quote": quote},
                        [a.arithmetic(base, quote), b.arithmetic(base, quote),
                         f"{b.rate:.3f} / {a.rate:.3f} - 1 = {delta:+.2%}; the rounding "
                         f"intervals are {gap:.2%} apart, "
                         f"more than the {tol:.1%} allowed"],
                        ("within", doc.id, round(a.rate, 4), round(b.rate, 4))))
        return findings, ((lo, hi) if lo <= hi else None)

    def _agree(self, convs: list[Conversion]) -> bool:
        """Whether every two rates of a text agree within the tolerance, whatever their
        times (rates of different years that differ are each right, not "consistent with each
        other")."""
        tol = self.params["within_document"]
        return all(interval_gap((a.low, a.high), (b.low, b.high)) <= tol
                   for i, a in enumerate(convs) for b in convs[i + 1:])

    def _reference(self, doc: Document, conv: Conversion, base: str, quote: str
                   ) -> tuple[ReferenceRate, float] | None:
        """The candidate reference closest to the rate: the claim's period or the document's
        date (an inferred date is a lower bound, so the year after it is a candidate too)."""
        claim = conv.base_claim
        windows = []
        if claim.period_start and claim.period_end:
            windows.append((claim.period_start, claim.period_end))
        elif claim.period_stated and claim.period_end:
            windows.append((claim.period_end, claim.period_end))  # "by the end of 2006"
        if doc.published:
            y = doc.published.year
            windows.append((y, y))
            if doc.date_source.startswith("inferred"):
                windows.append((y + 1, y + 1))
        candidates = [reference_rate(base, quote, start, end)
                      for start, end in dict.fromkeys(windows)]
        if windows and candidates[0] is None and claim.period_stated and (
                not doc.published or windows[0][1] < doc.published.year):
            # "its cost was put at 57 billion yuan ($10.4 billion) in 1992": converted, maybe,
            # at a rate of a year the reference data does not reach; nothing to check against.
            # (A year to come is no such year: "6.2 billion pounds ($8.6 billion) by 2030" is
            # converted at the rate of the text's day.)
            return None
        if doc.published and doc.date_precision == "day" and \
                not doc.date_source.startswith("inferred"):
            # a text converts at the rate of its day: in a year the currency moved 10%, the
            # year's mean is no reference for a conversion made in October
            candidates.append(rate_before(base, quote, doc.published))
        best = None
        for ref in candidates:
            if ref is None:
                continue
            delta = interval_gap((conv.low, conv.high), (ref.rate, ref.rate))
            if best is None or delta < best[1]:
                best = (ref, delta)
        return best

    def _against_reference(self, doc: Document, c: Conversion, ref: ReferenceRate,
                           delta: float, base: str, quote: str) -> Finding:
        signed = c.rate / ref.rate - 1
        return self.finding(
            "against_reference", self.rule.severity, [c.base_claim, c.quote_claim],
            {"doc": doc_label(doc.id), "rate": c.rate, "reference": ref.rate,
             "date": ref.label, "delta": signed, "base": base, "quote": quote,
             "reference_source": reference_source()},
            [c.arithmetic(base, quote),
             f"reference {ref.rate:.3f} {base}/{quote} = mean of {ref.samples} weekly ECB "
             f"rates over {ref.label}; {c.rate:.3f} / {ref.rate:.3f} - 1 = {signed:+.2%}, "
             f"beyond the {self.params['against_reference']:.1%} allowed"],
            ("reference", doc.id, round(c.rate, 4), ref.label))

    def _consistent(self, doc: Document, convs: list[Conversion],
                    refs: list[tuple[ReferenceRate, float] | None], base: str,
                    quote: str) -> Finding:
        claims = [x for c in convs for x in (c.base_claim, c.quote_claim)]
        arithmetic = []
        for c, r in zip(convs, refs, strict=True):
            line = c.arithmetic(base, quote)
            if r:
                line += (f"; reference {r[0].rate:.3f} ({r[0].label}), "
                         f"{c.rate / r[0].rate - 1:+.1%}")
            arithmetic.append(line)
        rates = ", ".join(f"{c.rate:.3f}" for c in convs)
        return self.finding(
            "consistent" if any(refs) else "consistent_unreferenced", "info", claims,
            {"count": len(convs), "doc": doc_label(doc.id), "rates": rates, "base": base,
             "quote": quote,
             "references": [{"rate": r[0].rate, "date": r[0].label} if r else None
                            for r in refs],
             "reference_source": reference_source()},
            arithmetic, ("consistent", doc.id, tuple(round(c.rate, 4) for c in convs)))

    def _across(self, ctx: Context, by_doc: dict[str, list[Conversion]],
                doc_rates: dict[str, tuple[float, float, float]],
                refs: dict[Conversion, tuple[ReferenceRate, float] | None], base: str,
                quote: str) -> list[Finding]:
        tol = self.params["across_documents"]
        ids = sorted(doc_rates)
        years = {d: ctx.documents[d].published.year if ctx.documents[d].published else None
                 for d in ids}
        apart = _apart(ids, doc_rates, tol)
        if not apart:
            return []
        chosen = {d: min(by_doc[d], key=lambda c: c.high - c.low) for d in ids}
        refs_by_doc = {d: refs[chosen[d]] for d in ids}
        # When every document's rate was held against the reference of its own date, a rate
        # that is wrong is already reported there; the spread itself is then no error.
        # Without a reference, only documents of one year are held to one rate: across
        # years the rate itself moved. Two documents of one year that both had a reference
        # were each held to it already, so their gap is no new finding.
        unexplained = sorted({d for y in sorted({y for y in years.values() if y is not None})
                              for a, b in _apart([d for d in ids if years[d] == y],
                                                 doc_rates, tol)
                              if not (refs_by_doc[a] and refs_by_doc[b]) for d in (a, b)})
        severity = "info" if all(refs_by_doc.values()) or not unexplained else \
            self.rule.severity
        if severity != "info":
            # the warning cites the documents of one year whose rates disagree with no
            # reference to settle it, not every text that converts the currency
            ids = unexplained
            apart = _apart(ids, doc_rates, tol)
        parts, arithmetic, explained = [], [], True
        cited: list[Claim] = []
        for d in ids:
            conv = chosen[d]
            cited += [conv.base_claim, conv.quote_claim]
            ref = refs_by_doc[d]
            when = conv.base_claim.period or "undated"
            end, year = conv.base_claim.period_end, years[d]
            if end is not None and year is not None and end > year:
                when = str(year)  # a plan "by 2020" in a text of 2012 was converted in 2012
            parts.append(f"{conv.rate:.3f} in {doc_label(d)} ({when})")
            line = conv.arithmetic(base, quote)
            if ref:
                line += f"; reference {ref[0].rate:.3f} ({ref[0].label})"
                explained &= ref[1] <= self.params["against_reference"]
            else:
                explained = False
            arithmetic.append(line)
        rates = [doc_rates[d][2] for d in ids]
        spread = max(rates) / min(rates) - 1
        shown = ", ".join(f"{doc_label(a)}–{doc_label(b)}" for a, b in apart[:_SHOWN_PAIRS])
        more = len(apart) - _SHOWN_PAIRS
        arithmetic.append(f"spread {max(rates):.3f} / {min(rates):.3f} - 1 = {spread:+.2%}; "
                          f"documents more than {tol:.1%} apart: {shown}"
                          + (f" and {more} pair(s) more" if more > 0 else ""))
        explanation = ("each is within tolerance of the reference rate of its own date, so "
                       "the difference follows the exchange rate over time" if explained else
                       "not every rate matches the reference rate of its date"
                       if any(refs_by_doc[d] for d in ids) else
                       "there is no reference rate for their dates")
        return [self.finding(
            "across_documents", severity, cited,
            {"rates": "; ".join(parts), "explanation": explanation, "base": base,
             "quote": quote, "spread": spread, "explained_by_reference": explained,
             "documents": {d: {"rate": doc_rates[d][2],
                               "reference": refs_by_doc[d][0].rate if refs_by_doc[d] else None,
                               "reference_date": refs_by_doc[d][0].label
                               if refs_by_doc[d] else None} for d in ids},
             "reference_source": reference_source()},
            arithmetic, ("across", tuple((d, round(doc_rates[d][2], 4)) for d in ids)))]
