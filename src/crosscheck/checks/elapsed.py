"""``elapsed``: durations and anniversaries against the start dates they imply.

"the 20th anniversary" in 2014 implies a start in 1994; "over the past 30 years" in a 2024
text, 1994; "more than three decades ago" in a 2019 text, before 1989. Each implied start
is held against the start years the corpus states for the same region.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import partial

from ..claims import Claim
from ..extract.subjects import STOP
from ..findings import Finding
from .base import Check, Context, Outcome, Param, doc_label
from .local import after, prefix
from .start_year import GENERIC_WORDS_PARAM, PHASE_WORDS_PARAM, START_WORDS_PARAM
from .starts import (
    NEAR,
    NO_OBJECT,
    TextContext,
    TopicWords,
    duration_topic,
    generic_words,
    phase_stems,
    place_words,
    rule_words,
    short_texts_meet,
    start_claims,
    start_contexts,
    start_pattern,
    start_topic,
    stem,
    texts_meet,
    two_subjects,
)

#: what an age counts from, besides a start: the 856-year-old spire was *built* then
BUILT_WORDS = ["built", "constructed", "erected"]

#: an age after a duration: "140-year-old museum", "140-year old museum"
_AGE = re.compile(r"[ -]old\s+(?P<noun>[A-Za-z][\w'’-]*)")


def _age(c: Claim) -> re.Match | None:
    """The age a duration states ("140-year-old museum"), with the noun after it."""
    return _AGE.match(after(c)) if c.kind == "duration" else None


def _age_noun(age: re.Match, vocab: TopicWords, starters: set[str]) -> frozenset[str]:
    """The stem of what an age is the age of ("museum"), or nothing when the word after
    "-old" is no such noun ("the 70-year-old founded the firm": a person, and a verb)."""
    word = age.group("noun").lower()
    st = vocab.events.get(stem(word), stem(word))
    return frozenset() if word in STOP or st in starters else frozenset({st})


#: words after "N years after X began" that may say what began: its clause
_CLAUSE = 20


def _of_one_thing(start: frozenset[str], own: frozenset[str], events: frozenset[str],
                  vague: frozenset[str] = frozenset(),
                  meet: Callable[[frozenset[str]], bool] = lambda shared: True) -> bool:
    """Whether a duration's words (``own``) speak of what a start's words name: a word of
    the thing in common, or only the event where the duration names nothing else ("12
    years after construction began"). An event shared alone does not join two things:
    "helped the town rebuild 140 years ago" does not date the construction of a dam. And
    their texts must speak of one thing (``meet(shared)``): by the words near them when they
    share a word of their own (``shared``: its stems; "clearing" and "clearance" are two
    words of one stem) (a start-up "founded five years ago by two former search engineers"
    is no maker of ship engines), by what the texts repeat when they share only
    a generic one (``vague``: "the 10th anniversary of its village clinic programme" is not
    of "the rural bridges programme", though the bridges connect villages to clinics; and
    so must two that share only the event)."""
    shared = start & own
    if shared - vague:
        return meet(shared - vague)
    if shared - events:
        return meet(frozenset())
    # (the event alone, in two texts, is of what each text is about, as near them: "the
    # clearance programme began in 2009" of mines is no forest's "12 months" of clearing)
    return bool(shared) and own <= events and meet(shared)


#: words between a verb and the "ago" after it that say nothing of what happened
_LINKING = frozenset("in on at to the a an of for from with by".split())


def _dated_word(c: Claim, places: frozenset[str], qualifiers: list[str]) -> str:
    """The stem of the word "N years ago" follows, past a qualifier, places and small words
    ("the spire fell four years ago": "fell"), or "" when it dates no word (or is no "ago")."""
    if c.subject != "ago":
        return ""
    before = re.split(r"[,;:()]", c.sentence[:c.start - c.sentence_start])[-1].lower().rstrip()
    for phrase in qualifiers:
        if before == phrase or before.endswith(" " + phrase):
            before = before[:-len(phrase)]
            break
    words = [w.strip("'’\"") for w in before.split()]
    while words and (words[-1] in _LINKING or words[-1] in places):
        words.pop()
    return stem(words[-1]) if words else ""


#: a year stated beside "N years ago": " ago, in 2022", " ago (in March 2022)"
_YEAR_AFTER = re.compile(r"\s*ago\s*[,(]?\s*(?:in\s+)?(?:(?:early|late|mid)[\s-]+)?"
                         r"(?:[A-Z][a-z]+\s+)?(?:1[6-9]|20)\d\d\b")
#: ... or before it: "in 2022, three years ago"
_YEAR_BEFORE = re.compile(r"\b(?:1[6-9]|20)\d\d\s*,?\s*(?:some\s+|about\s+|nearly\s+|almost\s+|"
                          r"more\s+than\s+|over\s+)?$")


def _year_beside(c: Claim) -> bool:
    """Whether "N years ago" comes with the year it means ("entered service three years
    ago, in 2022"): the year is stated, so what happened then is dated by it (a start the
    start-year check compares), not by the span, which says nothing more."""
    return c.subject == "ago" and (_YEAR_AFTER.match(after(c)) is not None or
                                   _YEAR_BEFORE.search(prefix(c)) is not None)


def _dates_a_start(dated: str, topic: frozenset[str], starters: set[str],
                   vocab: TopicWords) -> bool:
    """Whether "N years ago" dates the start ``topic`` speaks of: the word it follows
    (``dated``, :func:`_dated_word`) is a start word or a word of that topic ("the programme
    began 20 years ago", "launched the programme 20 years ago"), not another event ("the
    spire that the architect built fell four years ago": the fall)."""
    return not dated or dated in starters or vocab.events.get(dated, dated) in topic


def _without_object(s: Claim, pattern: re.Pattern) -> bool:
    """Does the start word nearest the year ``s`` take no object ("the museum, founded in
    1872")? With one ("a man who founded the company in 1990") what began is the object, and
    an age said of the subject ("a 70-year-old man") is not its age."""
    a = s.start - s.sentence_start
    words = list(pattern.finditer(s.sentence))
    if not words:
        return False
    m = min(words, key=lambda m: abs(m.start() - a))
    return NO_OBJECT.match(s.sentence, m.end()) is not None


class ElapsedCheck(Check):
    name = "elapsed"
    description = "Durations and anniversaries agree with the start years they imply."
    PARAMS = {
        "start_words": START_WORDS_PARAM,
        "phase_words": PHASE_WORDS_PARAM,
        "generic_words": GENERIC_WORDS_PARAM,
        "tolerance_years": Param("integer", 0, "years an implied start may be off by"),
        "built_words": Param("string_list", BUILT_WORDS,
                             "words that date what an age counts from ('the 140-year-old "
                             "bridge', 'the bridge built in 1884'), besides the start words"),
    }
    OUTCOMES = {
        "mismatch": Outcome("{claim} implies a start in {implied}, but {place} sources give "
                            "{stated}", ("claim", "implied", "place", "stated")),
        "consistent": Outcome("{count} durations and anniversaries about {place} match its "
                              "stated start ({stated})", ("count", "place", "stated")),
    }
    PASSING = ("consistent",)

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        # "11 years after construction began": a duration from a start to the text's day
        self._after_start = re.compile(r"\s+(?:after|since)\s+(?:[\w'’-]+\s+){0,5}?" +
                                       start_pattern(self.params["start_words"]).pattern,
                                       re.IGNORECASE)

    def run(self, ctx: Context) -> list[Finding]:
        places = place_words(ctx)
        vocab = rule_words(self.rule.path)
        # a duration is held against starts; an age also against when its noun was built
        start_words = self.params["start_words"]
        age_words = start_words + self.params["built_words"]
        starts_by_region = self._by_region(ctx, start_words, places, vocab)
        age_starts_by_region = self._by_region(ctx, age_words, places, vocab)
        age_pattern = start_pattern(age_words)
        tol = self.params["tolerance_years"]
        starters = {stem(w) for words in age_words for w in words.split()}
        events = frozenset(vocab.events.values())
        generic = generic_words([*self.params["generic_words"], *self.params["start_words"]],
                                self.rule.path)
        vague = events | frozenset(stem(w) for w in generic)
        contexts: dict[str, TextContext] = {}

        def meet(c: Claim, s: Claim, shared: frozenset[str]) -> bool:
            if c.doc == s.doc:
                return True
            for claim in (c, s):
                if claim.id not in contexts:
                    contexts.update(start_contexts(ctx, [claim], places, vocab))
            x, y = contexts[c.id], contexts[s.id]
            if two_subjects(x, y):
                return False
            if shared and short_texts_meet(c, x, s, y, shared, vocab):
                # a word of their own in common, and texts too short to say more
                return True
            # (the word they share names what they are of: no sign that their texts speak
            # of one of it, "cleared" of mines and of a forest)
            named = frozenset(w for w in x.near & y.near
                              if vocab.events.get(stem(w), stem(w)) in shared)
            return texts_meet(x, y, generic | named, near=1 if shared else 0)
        phases = phase_stems(self.params["phase_words"])
        qualifiers = sorted(ctx.lexicon.qualifiers if ctx.lexicon else (), key=len, reverse=True)
        findings = []
        consistent: dict[str, list[tuple[Claim, tuple[int, int], Claim]]] = defaultdict(list)
        for c in sorted(ctx.claims, key=lambda c: (c.doc, c.start)):
            age = _age(c)
            implied = self._implied(c, ctx, age)
            if implied is None or _year_beside(c):
                continue
            # Only the starts of what this duration speaks of: a posting's "three years" is
            # not measured against the start of the programme it was part of. An age is of
            # the noun it comes before ("the 140-year-old museum"), nothing else.
            # "N years after construction began on the X dam" names what began in full.
            own = _age_noun(age, vocab, starters) if age else duration_topic(
                c, places, vocab, _CLAUSE if self._after_start.match(after(c)) else NEAR)
            dated = _dated_word(c, places, qualifiers)
            starts = (age_starts_by_region if age else starts_by_region).get(ctx.region(c), [])
            related = [s for s, topic in starts
                       if (topic & own and _without_object(s, age_pattern) if age
                           else _of_one_thing(topic, own, events, vague,
                                              partial(meet, c, s))
                           and _dates_a_start(dated, topic, starters, vocab)
                           # a pilot's start is not the programme's ("grew out of a pilot
                           # scheme started in 2006" against its 10th anniversary in 2019)
                           and topic & phases == own & phases)]
            if not related:
                continue
            region = ctx.region(c)
            lo, hi = implied
            match = [s for s in related if s.low - tol <= hi and lo <= s.high + tol]
            stated = "; ".join(f"{s.surface} ({doc_label(s.doc)})" for s in related)
            shown = f"{lo}" if lo == hi else f"{lo}–{hi}" if lo > 0 else f"{hi} or earlier"
            if match:
                consistent[region].append((c, implied, match[0]))
                continue
            if self._corpus_disagrees(related, starts, events, lo, hi):
                continue
            findings.append(self.finding(
                "mismatch", self.rule.severity, [c, *related],
                {"claim": f"{c.surface} ({doc_label(c.doc)})", "implied": shown,
                 "place": region or "the", "stated": stated},
                [self._explain(c, ctx, implied)],
                ("mismatch", c.doc, c.kind, c.value, region)))
        for region in sorted(consistent):
            items = consistent[region]
            cited = [x for c, _, s in items for x in (c, s)]
            unique = list({c.id: c for c in cited}.values())
            findings.append(self.finding(
                "consistent", "info", unique,
                {"count": len(items), "place": region or "it",
                 "stated": ", ".join(sorted({s.surface for _, _, s in items}))},
                [self._explain(c, ctx, implied) + f" ✓ {s.surface} ({doc_label(s.doc)})"
                 for c, implied, s in items],
                ("consistent", region, tuple(sorted(c.id for c, _, _ in items)))))
        return findings

    def _corpus_disagrees(self, related: list[Claim],
                          starts: list[tuple[Claim, frozenset[str]]], events: frozenset[str],
                          lo: int, hi: int) -> bool:
        """Whether another start year of what the related starts name (a word other than
        the event in common: "the project") allows the implied start: "construction of the
        project started in 1994" in one text and "the project began in 1992" in another
        leave "nearly 17 years of construction" in 2009 no mismatch. The texts disagree on
        the start itself, which the start-year check reports; the duration takes a side."""
        tol = self.params["tolerance_years"]
        ids = {s.id for s in related}
        named = frozenset().union(*(t for s, t in starts if s.id in ids)) - events
        return any(s.id not in ids and t & named and s.low - tol <= hi and lo <= s.high + tol
                   for s, t in starts)

    @staticmethod
    def _by_region(ctx: Context, words: list[str], places: frozenset[str],
                   vocab: TopicWords) -> dict[str, list[tuple[Claim, frozenset[str]]]]:
        """The start years ``words`` mark, with what began, by region."""
        pattern = start_pattern(words)
        out: dict[str, list[tuple[Claim, frozenset[str]]]] = defaultdict(list)
        for s in start_claims(ctx, words):
            out[ctx.region(s)].append((s, start_topic(s, pattern, places, vocab)))
        return out

    def _implied(self, c: Claim, ctx: Context, age: re.Match | None
                 ) -> tuple[int, int] | None:
        """The start years a duration, an age (``age``) or an anniversary allows, or None."""
        year, inferred = ctx.doc_year(c.doc)
        if c.kind == "ordinal" and c.subject.lower().startswith("anniversary"):
            ref = c.period_start if c.period_stated and c.period_start else year
            if ref is None:
                return None
            late = 1 if (not c.period_stated and inferred) else 0
            return int(ref - c.value), int(ref - c.value) + late
        if age and year is not None:
            # "the 140-year-old museum" in 2024: founded in 1883 or 1884 (its birthday in
            # the year may be to come); an age is counted in whole years, not rounded
            late = 1 if inferred else 0
            return int(year - c.value) - 1, int(year + late - c.value)
        if c.kind == "duration" and not c.subject and year is not None and c.value >= 1 \
                and c.qualifier == "exact" and c.value % 10 \
                and not (c.period_stated and c.period_end not in (None, year)) \
                and self._after_start.match(after(c)):
            # "on Friday, 11 years after construction began": to the text's day (a sentence
            # that states another year ends it there); the rule's tolerance allows for the
            # months neither side states. Not "nearly 20 years since the project began", nor
            # "20 years": what a writer rounds is no count of years
            late = 1 if inferred else 0
            return int(year - c.high), int(year + late - c.low)
        if c.kind != "duration" or c.subject not in ("past", "ago") and not c.subject:
            return None
        if year is None or c.value < 1:
            return None
        if c.subject not in ("past", "ago") and c.period_stated and c.period_end is not None \
                and c.period_end != year:
            # "After 10 years of construction, the bridge opened in 2018": the duration ends
            # at the year its sentence states, not at the text's date
            return None
        late = 1 if inferred else 0
        n_lo, n_hi = c.low, c.high
        if c.subject == "ago":
            # "more than three decades ago": at least 30 years before the text
            return (0 if c.qualifier == "over" else int(year - n_hi)), int(year + late - n_lo)
        return int(year - n_hi), int(year + late - n_lo)

    @staticmethod
    def _explain(c: Claim, ctx: Context, implied: tuple[int, int]) -> str:
        year, inferred = ctx.doc_year(c.doc)
        when = f"text of {year}{' (inferred, or later)' if inferred else ''}"
        if c.kind == "ordinal":
            ref = c.period if c.period_stated else when
            return f"{c.surface} {c.subject} in {ref}: {ref[:4]} − {int(c.value)} = {implied[0]}"
        lo, hi = implied
        span = f"{hi} or earlier" if lo == 0 else f"{lo}" if lo == hi else f"{lo}–{hi}"
        return (f"{c.qualifier + ' ' if c.qualifier != 'exact' else ''}{c.surface} "
                f"{'ago' if c.subject == 'ago' else 'elapsed'} in a {when}: start {span}")
