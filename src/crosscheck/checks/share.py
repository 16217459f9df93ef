"""``share``: percentages are shares of a whole: within 0-100%, and parts stated as parts of
one whole add up to at most 100%. Overlapping categories ("80% to grass-roots work, 80% to
livelihoods") are not parts of one whole unless the text enumerates them as such."""

from __future__ import annotations

import re

from ..claims import Claim
from ..findings import Finding
from .base import Check, Context, Outcome, Param, fmt, quote


class ShareCheck(Check):
    name = "share"
    description = "Shares lie within 0-100% and enumerated parts of one whole sum to <= 100%."
    PARAMS = {
        "tolerance": Param("percent", 0.01, "slack for rounding when parts are summed, in "
                                            "percentage points per 100"),
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
            is_change = c.direction or c.subject == "points"
            if not is_change and (c.low > 100 or c.high < 0):
                findings.append(self.finding(
                    "out_of_range", self.rule.severity, [c], {"share": quote(c)},
                    [f"{quote(c)} allows {fmt(c.low)}–{fmt(c.high)}%, outside 0–100%"],
                    ("range", c.doc, c.value)))
            if c.role == "part" and c.id not in seen:
                parts = [x for x in ctx.claims if x.role == "part" and x.kind == "percent"
                         and x.doc == c.doc and x.sentence_start == c.sentence_start]
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


_MARKER = re.compile(r"\s*(?:percent|per\s+cent|%)?\s*(?:(?:went|goes|go|was|were|is|are|"
                     r"came|comes)\s+)?(to|for|of|in|on|from|into)\b", re.IGNORECASE)


def _whole_marker(c: Claim) -> str:
    """The preposition that ties a share to what it is a share of ("30% *to* schools"), or
    "" when none follows the figure."""
    rest = c.sentence[c.end - c.sentence_start:]
    m = _MARKER.match(rest)
    return m.group(1).lower() if m else ""
