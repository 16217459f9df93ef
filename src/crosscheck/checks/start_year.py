"""``start_year``: sources that say when something began must agree."""

from __future__ import annotations

from collections import defaultdict

from ..findings import Finding
from .base import Check, Context, Outcome, Param, doc_label
from .starts import (
    TopicWords,
    acronym_stems,
    generic_words,
    marks_of,
    phase_stems,
    place_words,
    rule_words,
    start_claims,
    start_contexts,
    start_pattern,
    start_topic,
    started_passively,
    topic_clusters,
    topic_words,
)

START_WORDS = ["decided", "decision", "launched", "began", "begun", "started", "start",
               "commenced", "introduced",
               "implemented", "established", "founded", "initiated", "inaugurated", "set up",
               "conducted", "created", "went into service", "went into operation",
               "came into operation", "put into operation", "put into service"]


START_WORDS_PARAM = Param("string_list", START_WORDS,
                          "words that mark a year as the start of something")
PHASE_WORDS = ["trial", "pilot", "experimental", "preparatory", "phase", "stage"]
PHASE_WORDS_PARAM = Param("string_list", PHASE_WORDS,
                          "words that name a phase: a trial's start is not the programme's")
#: what any undertaking goes by, and words any undertaking's story tells of it
GENERIC_WORDS = ["programme", "program", "project", "scheme", "plan", "initiative",
                 "campaign", "drive", "effort", "work", "works", "operation", "mission",
                 "open", "opened", "opening", "complete", "completed", "completing",
                 "completion",
                 "build", "building", "built", "construction", "constructed",
                 # any road, railway, bridge or tunnel "opened to traffic"
                 "traffic",
                 # ... and any firm's: "a maker of", revenue, staff
                 "maker", "revenue", "profit", "sales", "staff", "employees", "workers", "jobs",
                 "shares",
                 "finished", "cost", "budget", "delay", "delayed", "late", "overrun",
                 "schedule"]
GENERIC_WORDS_PARAM = Param("string_list", GENERIC_WORDS,
                            "words any undertaking goes by or its story tells of it: a start "
                            "named by them alone is of what its text speaks of ('the "
                            "programme began in 2008'), and two texts that share only them "
                            "speak of nothing in common ('opened late')")


class StartYearCheck(Check):
    name = "start_year"
    description = "Years given for the start of the same thing, in one region, agree."
    PARAMS = {
        "start_words": START_WORDS_PARAM,
        "phase_words": PHASE_WORDS_PARAM,
        "generic_words": GENERIC_WORDS_PARAM,
        "tolerance_years": Param("integer", 0, "years two start dates may differ by"),
        "min_sources": Param("integer", 2, "independent sources needed for a corroboration"),
    }
    OUTCOMES = {
        "disagreement": Outcome("start of {subject} in {place} differs across sources: {years}",
                                ("subject", "place", "years")),
        "corroborated": Outcome("start of {subject} in {place}: {years} in {sources} sources",
                                ("subject", "place", "years", "sources")),
    }
    PASSING = ("corroborated",)

    def run(self, ctx: Context) -> list[Finding]:
        chosen = set(map(id, ctx.claims))
        starts = [c for c in start_claims(ctx, self.params["start_words"]) if id(c) in chosen]
        places = place_words(ctx)
        pattern = start_pattern(self.params["start_words"])
        vocab = rule_words(self.rule.path)
        topics = {c.id: start_topic(c, pattern, places, vocab) for c in starts}
        contexts = start_contexts(ctx, starts, places, vocab)
        # Starts are compared within one region: "pairing assistance began in 1994" in Tibet
        # and "in 1997" in Xinjiang are two programmes. An acronym names one undertaking
        # ("CPEC was launched in 2013"), so its starts are compared wherever they are said,
        # when the sentence says it was started (not that it started something else).
        by_region = defaultdict(list)
        ctx_regions = {ctx.region(c) for c in starts}
        for c in starts:
            named = acronym_stems(c.sentence) & topics[c.id] \
                if started_passively(c, pattern) else frozenset()
            by_region[f"{min(named).upper()}" if named else ctx.region(c)].append(c)
        _place_unplaced(by_region, topics, phase_stems(self.params["phase_words"]),
                        frozenset(vocab.events.values()))
        findings = []
        tol = self.params["tolerance_years"]
        generic = generic_words([*self.params["generic_words"], *self.params["start_words"]],
                                self.rule.path)
        for region in sorted(by_region):
            ordered = sorted(by_region[region], key=lambda c: (c.doc, c.start))
            for cs in topic_clusters(ordered, topics, phase_stems(self.params["phase_words"]),
                                     frozenset(vocab.events.values()), contexts,
                                     generic):
                where = region if region in ctx_regions else \
                    " / ".join(sorted({ctx.region(c) for c in cs} - {""}))
                findings.extend(self._cluster(where, cs, tol, topics, vocab))
        return findings

    def _cluster(self, region: str, cs: list, tol: int, topics: dict[str, frozenset[str]],
                 vocab: TopicWords) -> list[Finding]:
        """The finding of one set of starts of the same undertaking."""
        findings = []
        if len(cs) >= 2:
            years = "; ".join(f"{c.surface} in {doc_label(c.doc)}" for c in cs)
            lo = max(c.low for c in cs)
            hi = min(c.high for c in cs)
            shared = sorted(frozenset.intersection(*(topics[c.id] for c in cs)) -
                            frozenset(x for c in cs for x in marks_of(topics[c.id])))
            subject = " ".join(topic_words(frozenset(shared), cs[0].sentence,
                                           vocab)[:4]) or "the work"
            arithmetic = [f"{doc_label(c.doc)}: {c.surface} → {int(c.low)}"
                          + (f"–{int(c.high)}" if c.high != c.low else "") for c in cs]
            if shared:
                # The words as the first sentence writes them: a reader cannot use stems.
                words = topic_words(frozenset(shared), cs[0].sentence, vocab) or shared
                arithmetic.append("each sentence speaks of: " + ", ".join(words))
            if lo - hi > tol:
                arithmetic.append(f"no year lies in every interval: latest start {int(lo)} > "
                                  f"earliest end {int(hi)}")
                findings.append(self.finding(
                    "disagreement", self.rule.severity, cs,
                    {"subject": subject, "place": region or "no place", "years": years},
                    arithmetic, ("disagreement", region,
                                 tuple(sorted((c.doc, c.low, c.high) for c in cs)))))
            elif len({c.doc for c in cs}) >= self.params["min_sources"]:
                findings.append(self.finding(
                    "corroborated", "info", cs,
                    {"subject": subject, "place": region or "no place", "years": years,
                     "sources": len({c.doc for c in cs})},
                    arithmetic, ("corroborated", region, tuple(sorted({c.doc for c in cs})))))
        return findings


def _place_unplaced(by_region: dict[str, list], topics: dict[str, frozenset[str]],
                    phases: frozenset[str], events: frozenset[str]) -> None:
    """A start whose sentence names no place, and that no other such start speaks of the
    same thing as, joins the one region with a start of the very same topic ("construction
    began in 2003" and, in Beijing, "construction began in 2002"; "the relocation project"
    does not join "the project"); with two such regions it could be either, and it stays
    apart, as do the unplaced starts that already have each other."""
    unplaced = by_region.get("", [])
    if not unplaced:
        return
    alone = {cs[0].id for cs in topic_clusters(unplaced, topics, phases, events)
             if len(cs) == 1}
    kept = []
    for c in unplaced:
        regions = [r for r, cs in by_region.items() if r and c.id in alone and
                   any(topics[c.id] == topics[o.id] for o in cs)]
        if len(regions) == 1:
            by_region[regions[0]].append(c)
        else:
            kept.append(c)
    by_region[""] = kept
