"""``share``: percentages are shares of a whole: within 0-100%, and parts stated as parts of
one whole add up to at most 100%. Overlapping categories ("80% to grass-roots work, 80% to
livelihoods") are not parts of one whole unless the text enumerates them as such."""

from __future__ import annotations

import re

from ..claims import Claim
from ..findings import Finding
from .base import Check, Context, Outcome, Param, fmt, quote
from .local import alternation, by_document


class ShareCheck(Check):
    name = "share"
    description = "Shares lie within 0-100% and enumerated parts of one whole sum to <= 100%."
    PARAMS = {
        "tolerance": Param("percent", 0.01, "slack for rounding when parts are summed, in "
                                            "percentage points per 100"),
        "ratio_words": Param("string_list", [
            "level", "levels", "capacity", "target", "targets", "average", "baseline", "plan",
            "quota", "goal", "norm", "normal", "gdp", "output", "income", "incomes", "revenue",
            "revenues", "cost", "costs", "price", "prices", "value", "size", "rate", "record",
            "forecast", "estimate", "budget", "figure", "total in", "pre-crisis",
            "pre-pandemic", "pre-war", "peak", "limit", "requirement", "demand", "salary",
            "wage", "wages", "benchmark"],
            "a percentage 'of' one of these (\"120 percent of the 2019 level\", \"140 "
            "percent of capacity\") is a ratio, which may pass 100%"),
        "comparatives": Param("string_list", [
            "higher", "lower", "more", "less", "fewer", "above", "below", "over", "under",
            "greater", "larger", "bigger", "smaller", "up", "down", "increase", "rise",
            "jump", "growth", "faster", "slower", "cheaper", "dearer", "costlier", "better",
            "worse"],
            "words right after a percentage that make it a difference, not a share "
            "(\"130 percent higher\")"),
    }
    OUTCOMES = {
        "out_of_range": Outcome("{share} is not a share of a whole", ("share",)),
        "parts_over_100": Outcome("parts {parts} add up to {sum}%", ("parts", "sum")),
    }

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        seen: set[str] = set()
        for c in sorted(ctx.claims, key=lambda c: (c.doc, c.start)):
            if c.kind != "percent":
                continue
            # (a percentage below zero is written with its sign, as only a change is: "-3.4%"
            # in a table's column of changes, "growth of -0.5%")
            is_change = c.direction or c.subject == "points" or c.high < 0
            if not is_change and c.low > 100 and not self._ratio(c) and \
                    not _against_figure(by_document(ctx)[c.doc].in_sentence(c), c):
                findings.append(self.finding(
                    "out_of_range", self.rule.severity, [c], {"share": quote(c)},
                    [f"{quote(c)} allows {fmt(c.low)}–{fmt(c.high)}%, outside 0–100%"],
                    ("range", c.doc, c.value)))
            if c.id not in seen and (answers := self._answers(ctx, c)):
                # "57 percent backed the charge, 45 percent opposed it and the rest did not
                # know": answers that leave a rest split one whole
                seen.update(p.id for p in answers)
                total = sum(p.low for p in answers)
                if total > 100 * (1 + self.params["tolerance"]):
                    findings.append(self.finding(
                        "parts_over_100", self.rule.severity, answers,
                        {"parts": " + ".join(quote(p) for p in answers), "sum": fmt(total)},
                        [" + ".join(fmt(p.low) for p in answers) + f" = {fmt(total)} > 100, "
                         "with a rest left over"],
                        ("parts", c.doc, tuple(p.value for p in answers))))
            if c.role == "part" and c.id not in seen:
                parts = [x for x in by_document(ctx)[c.doc].in_sentence(c)
                         if x.role == "part" and x.kind == "percent"]
                seen.update(p.id for p in parts)
                # Parts of one whole are named alike ("60% to roads, 30% to schools");
                # "100 percent qualified, and 95 percent of the work" are shares of two.
                if len({_whole_marker(p) for p in parts} - {""}) != 1 or \
                        any(not _whole_marker(p) for p in parts):
                    continue
                total = sum(p.low for p in parts)
                if len(parts) > 1 and total > 100 * (1 + self.params["tolerance"]):
                    findings.append(self.finding(
                        "parts_over_100", self.rule.severity, parts,
                        {"parts": " + ".join(quote(p) for p in parts), "sum": fmt(total)},
                        [" + ".join(fmt(p.low) for p in parts) + f" = {fmt(total)} > 100"],
                        ("parts", c.doc, tuple(p.value for p in parts))))
        return findings

    def _answers(self, ctx: Context, first: Claim) -> list[Claim]:
        """The percentages of a list that ends with its rest, from ``first``: "47 percent
        backed the charge, 45 percent opposed it and the rest did not know". Each says what
        its share did, in words and no figure; the list ends with "the rest", "the
        remainder" or "the others", which makes them the parts of one whole."""
        same = [x for x in by_document(ctx)[first.doc].in_sentence(first)
                if x.kind == "percent" and x.start >= first.start]
        if any(x.direction or x.subject == "points" for x in same):
            return []
        text = first.sentence
        at = first.sentence_start
        parts = [first]
        for x in same[1:]:
            if not _ANSWER_GAP.fullmatch(text, parts[-1].end - at, x.start - at):
                break
            parts.append(x)
        tail = text[parts[-1].end - at:]
        if len(parts) < 2 or not _REST_AFTER.match(tail):
            return []
        return parts

    def _ratio(self, c: Claim) -> bool:
        """Whether the percentage compares with something ("120 percent of the 2019 level",
        "130 percent higher") rather than counting part of a whole."""
        rest = c.sentence[c.end - c.sentence_start:][:60]
        return bool(self._comparative.match(rest) or self._ratio_of.match(rest))

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        self._comparative = re.compile(
            rf"^\s*(?:{alternation(self.params['comparatives'])})\b", re.IGNORECASE)
        # (a year there names the level of that year: "at 101 percent of 2019")
        self._ratio_of = re.compile(
            rf"^\s*of\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,2}}?"
            rf"(?:{alternation(self.params['ratio_words'])}|(?:19|20)\d\d(?!\d|,\d))\b",
            re.IGNORECASE)


_OF_FIGURE = re.compile(r"^\s*(?:percent|per\s+cent|%)?\s*of\s+(?:the\s+|its\s+|their\s+)?"
                        r"(?:[\w'’-]+\s+){0,2}?[$€£¥]?\d", re.IGNORECASE)


def _against_figure(same: list[Claim], c: Claim) -> bool:
    """Whether a percentage over 100 is a figure of its sentence set against the figure
    after its "of": "treated 700 patients, 121 percent of the 580 it was built for" (a ratio
    share-of-whole holds to the two), not "backed by 112 percent of the 300 members"."""
    if not _OF_FIGURE.match(c.sentence[c.end - c.sentence_start:]):
        return False
    whole = next((x for x in same if x.start >= c.end and x.kind in ("count", "money",
                                                                       "quantity")), None)
    if whole is None or whole.value <= 0:
        return False
    return any(x.end <= c.start and x.unit == whole.unit and
               abs(x.value / whole.value * 100 - c.value) <= 10 for x in same)


_MARKER = re.compile(r"\s*(?:percent|per\s+cent|%)?\s*(?:(?:went|goes|go|was|were|is|are|"
                     r"came|comes)\s+)?(to|for|of|in|on|from|into)\b", re.IGNORECASE)


def _whole_marker(c: Claim) -> str:
    """The preposition that ties a share to what it is a share of ("30% *to* schools"), or
    "" when none follows the figure."""
    rest = c.sentence[c.end - c.sentence_start:]
    m = _MARKER.match(rest)
    return m.group(1).lower() if m else ""


#: between two answers of a list: " backed the charge, ", " said yes and " (words only)
_ANSWER_GAP = re.compile(r"\s*(?:percent|per\s+cent|%)?\s+[a-z][^\d;:()]{0,60}?"
                         r"(?:,\s*|\s+and\s+|,\s*and\s+|,\s*while\s+)", re.IGNORECASE)
#: the rest that closes a list of answers: " opposed it and the rest did not know"
_REST_AFTER = re.compile(r"\s*(?:percent|per\s+cent|%)?\s+[a-z][^\d;:()]{0,60}?"
                         r"(?:,\s*|\s+)(?:and|while|with)\s+the\s+(?:rest|remainder|others)\b",
                         re.IGNORECASE)
