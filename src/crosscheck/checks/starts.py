"""Start years: the year something began, as a sentence states it (shared by start_year and
elapsed)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..claims import Claim
from ..dates import dateline_end, header_spans
from ..extract.timeexpr import MONTH_FULL_NAMES, WEEKDAYS
from .base import Context

if TYPE_CHECKING:
    from ..frame import Vocabulary

_FIGURE_KINDS = ("count", "money", "percent", "quantity")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|shall|must|to|be|once|planned|plans?|expected)\s+"
                     r"(?:\w+\s+)?$",
                     re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:after|before|following|until|till)\s+(?:the\s+)?"
                       r"(?:\w+\s+){0,3}$", re.IGNORECASE)
#: words that tie two events in time: a year on the far side of one is not the start's
_LINKED_EVENT = re.compile(r"\b(?:after|before|following|prior\s+to|until|till|than|"
                           r"once)\b", re.IGNORECASE)
#: "since records began": when something was first measured, whatever the text is about
_RECORDS = re.compile(r"\b(?:records|record-keeping|record\s+keeping|measurements|"
                      r"observations|comparable\s+data)\s+(?:were\s+first\s+)?$",
                      re.IGNORECASE)
_PERSON = re.compile(r"\b(?:she|he|i|we|they|you)\s+(?:\w+\s+)?$", re.IGNORECASE)


def start_pattern(start_words: list[str]) -> re.Pattern:
    """The start words as one case-blind whole-word pattern."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in start_words) + r")\b",
                      re.IGNORECASE)


def start_claims(ctx: Context, start_words: list[str], window: int = 110) -> list[Claim]:
    """Year claims whose sentence says something began then ("In 1994 ... decided"), among
    all the claims of the run (start-year and elapsed ask alike: worked out once).

    A start word counts when it is near the year and no other figure stands between them:
    in "since 2012, 9,500 projects have been implemented" what began is the projects.
    The answer is shared and must not be changed.
    """
    if not start_words:
        return []
    key = ("start_claims", tuple(start_words), window)
    out = ctx.memo.get(key)
    if out is None:
        # a year after the one its text states it was written in is a plan ("will start
        # production in 2027"), whatever the words say: nothing began then yet
        out = ctx.memo[key] = [c for c in _start_claims(list(ctx.by_id.values()), start_words,
                                                        window)
                               if not _ahead_of_its_text(ctx, c)]
    return out


def _ahead_of_its_text(ctx: Context, c: Claim) -> bool:
    """Whether year claim ``c`` lies after the year its text states it was written in."""
    if c.doc not in ctx.documents:
        return False
    year, inferred = ctx.doc_year(c.doc)
    return year is not None and not inferred and c.low > year


def _start_claims(claims: list[Claim], start_words: list[str], window: int) -> list[Claim]:
    pattern = start_pattern(start_words)
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((c.doc, c.sentence_start), []).append(c)
    out = []
    said: dict[tuple[str, int], bool] = {}  # whether a sentence has a start word at all
    # a test for the words as substrings first: the case-blind pattern costs several times
    # more, and most sentences with a year hold no start word
    folded = [w.casefold() for w in start_words]
    for c in claims:
        if c.kind != "year" or c.qualifier in ("until", "as of", "by"):
            continue
        where = (c.doc, c.sentence_start)
        if where not in said:
            low = c.sentence.casefold()
            said[where] = any(w in low for w in folded) and \
                pattern.search(c.sentence) is not None
        if not said[where]:
            continue  # most years date something that did not begin: no word to look for
        if _RESPECTIVELY.search(c.sentence):
            continue  # "in 2015 and 2016 respectively": several starts of several things
        rel = _RELATIVE.search(c.sentence, 0, c.start - c.sentence_start)
        if rel and not pattern.search(rel.group(0)):
            # "launched after the April 2019 fire": the year is the fire's; but in "nine
            # years after construction began in 2009" the event after "after" is the start
            continue
        a = c.start - c.sentence_start
        text = c.sentence
        figures = [o for o in by_sentence[(c.doc, c.sentence_start)] if o.kind in _FIGURE_KINDS]
        years = [o.start - o.sentence_start for o in by_sentence[(c.doc, c.sentence_start)]
                 if o.kind in ("year", "year_range") and o is not c]
        for m in pattern.finditer(text, max(0, a - window), min(len(text), a + window)):
            lo, hi = sorted((m.start(), a))
            if any(lo < y < hi for y in years) or \
                    any(0 <= y - m.end() <= _BESIDE < _gap(a, m) for y in years):
                # "built in 1268 and last restored in 1921": the year nearer the start word
                # is the start's, the other another event's; so in "cleared most land in
                # 2023 since the programme began in 2009", 2009 is the start's, right after
                # it (a year before a start word may be another's: "began in 1992, and it
                # started storing water in 2008")
                continue
            if ";" in text[lo:hi]:
                continue  # "work began in September; the berths open in 2027": two clauses
            if _LINKED_EVENT.search(text, lo, hi):
                # "started nine months after the plan was approved in March 2016", "opened
                # in December 2021 after construction began": the year is another event's
                continue
            if _PERSON.search(text, max(0, m.start() - 12), m.start()):
                continue  # "she started work in 2018": a person's start, not the work's
            if _RECORDS.search(text, max(0, m.start() - 30), m.start()):
                continue  # "the hottest since records began in 1936": of a measurement
            if _FUTURE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "which will start once ...": a plan, not a start
            # "since 2012, 9,500 projects have been implemented": the start word follows the
            # figure, so what began is the figure's subject. "conducted five rounds ... since
            # the 1980s": the start word governs the figure, so the rounds began then.
            between = any(lo < o.start - o.sentence_start < hi for o in figures)
            if m.start() < a and between and c.qualifier != "since":
                # "the plant created 1,530 jobs in 2022": the year dates what was created,
                # the figure, and nothing began then
                continue
            if m.start() < a or not between:
                out.append(c)
                break
    return out


#: characters from a start word to a year that is its own: "began in 2009", "began in
#: March 2009"
_BESIDE = 12


def _gap(at: int, word: re.Match) -> int:
    """Characters between a year starting at ``at`` and a start word, on either side."""
    return at - word.end() if at >= word.end() else word.start() - at


_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")
_STEM = 5  # letters of a word compared: "assist" and "assistance" speak of one thing


def _stems(text: str, places: frozenset[str], vocab: TopicWords | None = None
           ) -> frozenset[str]:
    from ..extract.subjects import STOP

    vocab = vocab or plain_only()
    out = set()
    for w in _WORD.findall(text):
        w = w.lower().strip("'’-")
        if len(w) < 3 or w in STOP or w in vocab.plain or w in places or w.endswith("ly"):
            continue  # adverbs ("formally") say how, not what
        st = stem(w)
        out.add(vocab.events.get(st, st))
    return frozenset(out)


class TopicWords(NamedTuple):
    """The words of frames.yaml a topic is read with: the stem of each one-word event word
    and its event (:func:`event_stems`), the plain words that say nothing of what a text,
    a start or a duration is about, and the words that tell one undertaking from another of
    one name ("the second phase")."""

    events: dict[str, str]
    plain: frozenset[str]
    distinct: frozenset[str]


@lru_cache(maxsize=16)
def rule_words(rule_path: str) -> TopicWords:
    """The topic words of the frames.yaml beside a rule (the bundled one otherwise), read
    once per rule file (each check asks for them as it starts; the result is shared and
    must not be changed)."""
    from pathlib import Path

    from ..frame import load_vocabulary

    return _topic_words(load_vocabulary(Path(rule_path).parent))


def run_words(ctx: Context) -> TopicWords:
    """The plain and distinct words of the run's frames.yaml, without event stems: the
    topic of a whole text keeps its events (what two texts tell of is theirs)."""
    return plain_only(ctx.vocab)


def _topic_words(vocab: Vocabulary) -> TopicWords:
    return TopicWords(event_stems(vocab.event_words), vocab.plain_words, vocab.distinct_words)


def plain_only(vocab: Vocabulary | None = None) -> TopicWords:
    """The plain and distinct words of ``vocab`` (the bundled frames.yaml when None), with
    no event stems."""
    if vocab is None:
        return _bundled_plain()
    return TopicWords({}, vocab.plain_words, vocab.distinct_words)


@lru_cache(maxsize=1)
def _bundled_plain() -> TopicWords:
    from ..frame import load_vocabulary
    from ..resources import bundled_rules_dir

    return plain_only(load_vocabulary(bundled_rules_dir()))


def event_stems(event_words: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    """Stem -> event name for the one-word event words of frames.yaml: "moving people",
    "the resettlement" and "the relocation project" all speak of ``relocated``."""
    out: dict[str, str] = {}
    for name, words in event_words:
        for w in words:
            if " " not in w:
                out.setdefault(stem(w.lower()), name)
    return out


_SUFFIX = re.compile(r"(?:ations?|ments?|ances?|ences?|ings?|ions?|ers?|ed|es|s)$")


def stem(word: str) -> str:
    """A crude stem: a common suffix off, then the first letters ("pairing" and "pair",
    "relocation" and "relocated" meet)."""
    cut = _SUFFIX.sub("", word)
    return (cut if len(cut) >= 3 else word)[:_STEM]


_AUX = re.compile(r"(?:\s*\b(?:was|were|is|are|be|been|being|has|have|had|officially|"
                  r"formally|first|which|that|who|and|then)\b)+\s*$", re.IGNORECASE)
_NP_BEFORE = re.compile(r"((?:[\w'’\-]+\s+){0,6}[\w'’\-]+)\s*$")
_NP_AFTER = re.compile(r"[^,;]*,\s*((?:[\w'’\-]+\s*){1,5})")
_OBJECT = re.compile(r"\s*((?:[\w'’\-]+\s*){1,8})")
#: where the clause of the start word begins: "the scheme has delivered benefits *since*
#: water storage started in 2003" is about the water storage
_SUBORDINATE = re.compile(r"[;:]|\b(?:since|after|when|once|as|because|while|before|until|"
                          r"said|says|that)\b", re.IGNORECASE)
_OWNER = re.compile(r"[A-Za-z]['’]s\s+")
#: a relative clause whose own subject stands before its verb: "that the architect"
_OBJECT_RELATIVE = re.compile(r"\s+(?:that|which)\s+(?:the\s+|a\s+|an\s+)?"
                              r"(?:[A-Z][\w'’\-]*\s+){0,2}[\w'’\-]+\s*$")
#: what follows a start word that has no object: "founded in 1872", "set up by the city"
NO_OBJECT = re.compile(r"\s*(?:(?:in|on|at|by|during|around|about|as\s+early\s+as)\b|\d|"
                       r"[,.;)])", re.IGNORECASE)
_RELATIVE_PRONOUN = re.compile(r"\s+(?:that|which)\s*$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^\s*(?:its|their|his|her|our)\b(?:\s+[\w'’\-]+){0,2}\s*$",
                         re.IGNORECASE)


#: the mark of a word that tells undertakings apart, kept with the topic's stems
MARK = "#"
#: the mark of the head of "X of Y" in what began ("construction of the line", "service on
#: the line"): two starts with different heads are of two undertakings
HEAD = MARK + "@"
_HEAD_OF = re.compile(r"([A-Za-z][\w'’\-]*)\s+(?:of|on|for)\s+")


def start_topic(c: Claim, pattern: re.Pattern, places: frozenset[str] = frozenset(),
                vocab: TopicWords | None = None) -> frozenset[str]:
    """What a start year says began (:func:`_topic_stems`), with marks (``#second``) for
    the words that tell one undertaking from another of the same name: "the first phase of
    the dam" and "the second phase of the dam" are two starts."""
    a = c.start - c.sentence_start
    words = list(pattern.finditer(c.sentence))
    if not words:
        return frozenset()
    m = min(words, key=lambda m: abs(m.start() - a))  # the start word nearest the year
    found = _topic_stems(c, m, places, vocab)
    if not found:
        return found
    lo = c.end - c.sentence_start if a < m.start() else 0
    # from the clause right before the start word only: in "In 1994 at the third
    # conference, the government launched ...", "third" is the conference's
    subject = re.split(r"[,;:()]", c.sentence[lo:m.start()])[-1]
    obj = _stage_object(c, m, vocab)
    if obj is not None:
        # "the scheme began its second phase in 2016": the object tells which stage began
        subject += " " + obj
    vocab = vocab or plain_only()
    marks = {MARK + w.lower() for w in _WORD.findall(subject) if w.lower() in vocab.distinct}
    # "Line 2 is due to open in 2023, four years after construction started in 2019": a
    # sentence that names a numbered unit speaks of that unit's start, not the whole's
    marks |= {MARK + " ".join(d.group(0).lower().split()) for d in _DESIGNATOR.finditer(c.sentence)}
    head = _HEAD_OF.search(subject)
    if head:
        marks |= {HEAD + st for st in _stems(head.group(1), places, vocab)}
    return found | frozenset(marks)


#: a numbered unit of an undertaking: "Line 2", "Phase II", "Unit 3", "Terminal 5"
_DESIGNATOR = re.compile(r"\b(?:line|phase|unit|stage|section|terminal|reactor|block|runway|"
                         r"tranche|lot)\s+(?:\d{1,2}|[IVX]{1,4})\b(?![.,]\d)", re.IGNORECASE)
@lru_cache(maxsize=8)
def _stage(distinct: frozenset[str]) -> re.Pattern:
    """An object that names a stage: "its second phase", "the northern section"."""
    return re.compile(r"\s*(?:its|their|the|a)\s+(?:" + "|".join(sorted(distinct)) + r")\b",
                      re.IGNORECASE)


def _stage_object(c: Claim, m: re.Match, vocab: TopicWords | None = None) -> str | None:
    """The object of a start word before the year when it names a stage ("began its second
    phase in 2016" -> "its second phase"), else None."""
    a = c.start - c.sentence_start
    if a < m.end():
        return None
    obj = re.split(r"[,;:()]", c.sentence[m.end():a])[0]
    return obj if _stage((vocab or plain_only()).distinct).match(obj) else None


def marks_of(topic: frozenset[str]) -> frozenset[str]:
    """The marks of a topic (:data:`MARK`)."""
    return frozenset(x for x in topic if x.startswith(MARK))


def _topic_stems(c: Claim, m: re.Match, places: frozenset[str] = frozenset(),
                 vocab: TopicWords | None = None) -> frozenset[str]:
    """What a start year says began: the noun phrase before the start word ``m`` nearest the
    year ("the relocation project began in 1993"); when that names only an actor ("the
    government decided to ..."), the words after the start word; when the sentence opens
    with the start ("Launched in 2013, the corridor ..."), the phrase after the year's
    clause."""
    a = c.start - c.sentence_start
    text = c.sentence
    # the phrase before the start word, after the year when the year comes first, and
    # after a dateline that opens the sentence
    lo = c.end - c.sentence_start if a < m.start() else dateline_end(text)
    raw = text[lo:m.start()]
    head = raw.rstrip(" ,")
    if raw.rstrip().endswith(",") and "," in head:
        # "The project, part of a national strategy to ..., began in 1992": the subject is
        # before the aside
        head = head.rsplit(",", 1)[0]
        head = head.split(",")[0] if head.count(",") else head
    if NO_OBJECT.match(text, m.end()):
        # "the spire that the architect built in 1860": a start word with a subject but no
        # object of its own began what "that" stands for, before it
        head = _OBJECT_RELATIVE.sub("", head)
    # "eight years of construction that started in 2010": what started is what "that"
    # stands for, before it
    head = _AUX.sub("", _SUBORDINATE.split(_RELATIVE_PRONOUN.sub("", head))[-1])
    if _POSSESSIVE.search(head):
        return frozenset()  # "its official start came in 1994": what "its" is, is elsewhere
    owned = _OWNER.split(head)
    if len(owned) > 1:
        # "construction of the airport's second runway": what began is the runway, a part
        # of the airport, not the airport
        head = owned[-1]
    np = _NP_BEFORE.search(_WORK_ON.sub("construction of ", head))
    found = _stems(np.group(1), places, vocab) if np else frozenset()
    if not found and np and _PRONOUN.fullmatch(np.group(1).strip()):
        # "the corridor has drawn $25 billion since it was launched in 2014": "it" is the
        # last name the sentence gave before it
        found = _antecedent(text[:m.start()], places, vocab)
        if found:
            return found
    if not found:
        # "the government decided to rally support for ...": what began is the object
        obj = _OBJECT.match(text, m.end())
        found = _stems(obj.group(1), places, vocab) - _stems(
            text[a:c.end - c.sentence_start], frozenset(), vocab) if obj else frozenset()
    if not found:
        after = _NP_AFTER.match(text, c.end - c.sentence_start)
        if after:
            found = _stems(after.group(1), places, vocab)
    return found


_PRONOUN = re.compile(r"it|they|this|these", re.IGNORECASE)
#: "work on the line started in 2015" is its construction, as "construction began in 2016"
#: is: the start of building something, whichever noun names it ("work on moving people",
#: an activity, is not)
_WORK_ON = re.compile(r"\b(?:[Bb]uilding\s+)?[Ww]orks?\s+on\s+(?=(?:the|a|an|its|their)\s|[A-Z])")
#: a name: capitalised words (joined by "of", "and", hyphens), or an acronym
_NAME = re.compile(r"\b[A-Z][\w'’\-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’\-]*)*")


def _antecedent(text: str, places: frozenset[str], vocab: TopicWords | None
                ) -> frozenset[str]:
    """The stems of the last name in ``text`` that says what something is (not a place, a
    day or a month), skipping a sentence's capitalised first word."""
    for m in reversed(list(_NAME.finditer(text))):
        if m.start() == 0 and " " not in m.group(0):
            continue
        found = _stems(m.group(0), places, vocab)
        if found:
            return found
    return frozenset()


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{2,}\b")
_PASSIVE = re.compile(r"\b(?:was|were|been|is|are|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def started_passively(c: Claim, pattern: re.Pattern) -> bool:
    """Whether the sentence says something *was* started in the year ("it was launched in
    2014", "Launched in 2013, the corridor ..."), so the name before is what began, not who
    began something else ("NATO launched an operation in 1999")."""
    a = c.start - c.sentence_start
    words = list(pattern.finditer(c.sentence))
    if not words:
        return False
    m = min(words, key=lambda m: abs(m.start() - a))
    return m.start() == 0 or bool(_PASSIVE.search(c.sentence, 0, m.start()))


def acronym_stems(sentence: str) -> frozenset[str]:
    """The stems of the acronyms a sentence writes ("CPEC"), as topics hold them."""
    return frozenset(stem(m.group(0).lower()) for m in _ACRONYM.finditer(sentence))


class TextContext(NamedTuple):
    """What a text speaks of: the words near a figure of it and of its opening
    (:func:`start_context`, :func:`opening_words`), and the words of the whole text
    (:func:`text_words`)."""

    near: frozenset[str]
    repeated: frozenset[str]  # words the text says twice or more: what it is about
    used: frozenset[str]  # every word the text says
    lowered: str = ""  # the text in lower case (where it names a place)
    owners: frozenset[str] = frozenset()  # whose story it tells (:func:`owners`)
    names: frozenset[str] = frozenset()  # the names it writes (:func:`story_names`)


def text_words(text: str, places: frozenset[str], vocab: TopicWords | None = None,
               figures: list[tuple[int, int]] | None = None
               ) -> tuple[frozenset[str], frozenset[str]]:
    """The words a text says twice or more, and every word it says, as contexts hold them
    (lower case, no plural "s"; no small words, no places: a place is a region, compared
    apart; no plain words, no event words of ``vocab``: any two texts of things built say
    "construction";
    nothing inside the spans of its ``figures``: "yuan" and "metres" are any text's)."""
    from ..extract.subjects import STOP

    vocab = vocab or plain_only()
    counts: Counter[str] = Counter()
    if figures:
        text = _blanked(text, figures)
    for w in _WORD.findall(_without_header(text)):
        w = w.lower().strip("'’-").removesuffix("'s").removesuffix("’s")
        if len(w) >= 4 and w not in STOP and w not in vocab.plain and w not in places and \
                stem(w) not in vocab.events:
            counts[w.removesuffix("s") if len(w) > 4 else w] += 1
    return frozenset(w for w, n in counts.items() if n >= 2), frozenset(counts)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` made spaces (offsets kept)."""
    out = list(text)
    for a, b in spans:
        out[a:b] = " " * (b - a)
    return "".join(out)


def figure_spans(ctx: Context) -> dict[str, list[tuple[int, int]]]:
    """Where each document's figures are (every claim of the run), by document: read once
    per run."""
    key = ("figure_spans",)
    if key not in ctx.memo:
        spans: dict[str, list[tuple[int, int]]] = {}
        for c in ctx.by_id.values():
            spans.setdefault(c.doc, []).append((c.start, c.end))
        ctx.memo[key] = spans
    return ctx.memo[key]


def _without_header(text: str) -> str:
    """``text`` less its date lines and dateline: a dateline's place, month and agency
    ("ZHUHAI, Oct. 23, 2018 (Xinhua) --") are no topic."""
    return _blanked(text, header_spans(text))


def texts_meet(x: TextContext, y: TextContext, generic: frozenset[str], near: int = 1
               ) -> bool:
    """Whether two texts speak of one thing, in words that are not generic: their
    sentences, headlines or opening names share ``near`` of them (none: not asked), or each
    text repeats words the other says (:data:`_SHARED_TEXT_WORDS` of them: a folder on one
    topic shares several, two texts on two topics share a few words every text uses)."""
    if two_subjects(x, y):
        return False
    if near and len(x.near & y.near - generic) >= near:
        return True
    return len(((x.repeated & y.used) | (y.repeated & x.used)) - generic) >= _SHARED_TEXT_WORDS


#: words two texts of one topic share (see :func:`texts_meet`)
_SHARED_TEXT_WORDS = 2
#: the fewest words (as :func:`text_words` keeps them) a text needs for what it repeats to
#: tell its topic: fewer are a sentence or two
FEWEST_WORDS = 15


def start_context(c: Claim, text: str, places: frozenset[str],
                  vocab: TopicWords | None = None) -> frozenset[str]:
    """The words of what a start's sentence, its text's headline (or first sentence) and
    the names of its opening speak of: what a start that names nothing but its event
    ("Construction began in 2021") is the start of."""
    return opening_words(text, places, vocab, c.sentence[dateline_end(c.sentence):])


def opening_words(text: str, places: frozenset[str], vocab: TopicWords | None = None,
                  sentence: str = "") -> frozenset[str]:
    """The words of ``sentence``, of a text's headline (or first sentence) and the names of
    its opening: what the text is about. (Names, not every word of the opening: two texts of
    different things share words such as "operator".)"""
    from ..extract.subjects import STOP

    first, _, rest = _without_header(text).strip().partition("\n")
    if len(first.split()) > _HEADLINE_WORDS or first.rstrip().endswith("."):
        # no headline: the lead's first sentence says what the text is about
        first, rest = first.split(". ", 1)[0], text
    names = " ".join(_NAME_WITHIN.findall(" ".join(rest.split()[:_OPENING_WORDS])))
    # whole words, not stems: "Northline" is not "northern", an operator no operation; and
    # not what a figure counts ("20 billion cubic metres"): two texts of anything share units
    vocab = vocab or plain_only()
    events = set(vocab.events.values())
    out = set()
    for w in _WORD.findall(_FIGURE_PHRASE.sub(" ", f"{sentence} {first} {names}")):
        w = w.lower().strip("'’-").removesuffix("'s").removesuffix("’s")
        if len(w) >= 3 and w not in STOP and w not in vocab.plain and w not in places and \
                vocab.events.get(stem(w)) not in events:  # (the event is what is shared)
            out.add(w.removesuffix("s") if len(w) > 4 else w)
    return frozenset(out)


#: the words of a text's opening whose names say what it is about: most of a lead
_OPENING_WORDS = 60
#: the most words of a first line that is a headline
_HEADLINE_WORDS = 14
#: a figure and the two words after it: what it counts or measures
_FIGURE_PHRASE = re.compile(r"\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?"
                            r"(?:\s+[a-z][a-z'’-]*){0,2}")
#: a capitalised word within a sentence, a name ("the Northline pipeline", "TALVIK")
_NAME_WITHIN = re.compile(r"(?<=[a-z,] )[A-Z][\w'’-]+|\b[A-Z]{3,}\b")


def topic_clusters(claims: list[Claim], topics: dict[str, frozenset[str]],
                   phases: frozenset[str] = frozenset(),
                   events: frozenset[str] = frozenset(),
                   contexts: dict[str, TextContext] | None = None,
                   generic: frozenset[str] = frozenset()) -> list[list[Claim]]:
    """The claims in sets of one undertaking each: a claim joins the first set whose every
    member's topic shares a stem with its own (complete linkage, so a chain of near topics
    never joins two unrelated ones); a claim with no topic joins none. A start that names a
    phase (``phases``: "trial", "pilot") is of another undertaking than one naming another
    phase or none; an event stem (``events``: "built") shared alone does not make one
    undertaking of two things built. A start that names nothing but its event is of what
    its sentence and headline speak of (``contexts``): "Construction began in 2021" under
    "Eastmere wind farm at full power" is not "Construction started in March 2011" of a
    telescope. So is one that names nothing but a word any undertaking goes by (``generic``,
    :func:`generic_words`: "the programme began in 2008"). Sets keep the claims' order."""
    phase = {cid: (t & phases) | frozenset(m for m in marks_of(t) if not m.startswith(HEAD))
             for cid, t in topics.items()}
    clusters: list[list[Claim]] = []
    for c in claims:
        if not topics[c.id]:
            continue
        for cluster in clusters:
            # Years of one sentence are stages of one story ("proposed in 1918; its start
            # came in 1994"), not rival starts.
            if all(_same_topic(topics[c.id], topics[o.id], events)
                   and phase[c.id] == phase[o.id] and not _same_sentence(c, o)
                   and _contexts_meet(c, o, topics, events, contexts, generic)
                   for o in cluster):
                cluster.append(c)
                break
        else:
            clusters.append([c])
    return clusters


def _contexts_meet(c: Claim, o: Claim, topics: dict[str, frozenset[str]],
                   events: frozenset[str], contexts: dict[str, TextContext] | None,
                   generic: frozenset[str] = frozenset()) -> bool:
    """Whether two starts of two texts may be one: their texts speak of one thing
    (:func:`texts_meet`; two texts' "programme" is no common topic, nor are "elections" and
    "electrification" one stem's; two starts that name nothing of their own need two words
    near them in common). Two starts that share a word of their own are so in texts
    of a sentence or two (:data:`FEWEST_WORDS`), which say too little to tell."""
    if contexts is None or c.doc == o.doc:
        return True
    if two_subjects(contexts[c.id], contexts[o.id]):
        return False
    vague = events | frozenset(stem(w) for w in generic)
    a, b = topics[c.id] - marks_of(topics[c.id]), topics[o.id] - marks_of(topics[o.id])
    x, y = contexts[c.id], contexts[o.id]
    own = a & b - vague
    if own and not (a <= vague or b <= vague) and short_texts_meet(c, x, o, y, own):
        return True
    # two starts that both name nothing of their own rest on their texts alone: one name
    # both texts say (a province's, "Guizhou") makes no tunnel a telescope; and the word
    # that names what began is no evidence that the two texts speak of one of it ("the war
    # began in 2022" of one war and "the war began in April 2023" of another)
    return texts_meet(x, y, generic | frozenset(w for w in x.near & y.near if stem(w) in own),
                      near=2 if a <= vague and b <= vague else 1)


def short_texts_meet(c: Claim, x: TextContext, o: Claim, y: TextContext,
                     own: frozenset[str], vocab: TopicWords | None = None) -> bool:
    """Whether two figures of texts of a sentence or two (:data:`FEWEST_WORDS`), which say
    too little of their topic to tell, are of one thing: their sentences say one word of
    their ``own`` stems alike ("clearing" is no "clearance": :func:`one_word`), and each
    text names the place of the other's figure (:func:`places_told`)."""
    return min(len(x.used), len(y.used)) < FEWEST_WORDS and \
        one_word(topic_words(own, c.sentence, vocab), topic_words(own, o.sentence, vocab)) \
        and places_told(c, x, o, y)


def places_told(c: Claim, x: TextContext, o: Claim, y: TextContext) -> bool:
    """Whether each of two figures' texts that says enough to tell (two sentences or more,
    :data:`SENTENCES_TO_TELL`) names the place of the other's figure, when it has
    one: a report on one country's war that never names Sudan is not of the war a line of
    data says began in Sudan."""
    return (not _tells(y) or _place_named(c.place, y.lowered)) and \
        (not _tells(x) or _place_named(o.place, x.lowered))


#: the sentences a text needs to be a report, not a line: one that never names a place is
#: of another
SENTENCES_TO_TELL = 2
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _tells(x: TextContext) -> bool:
    return len(_SENTENCE_END.findall(x.lowered)) >= SENTENCES_TO_TELL


def _place_named(place: str, lowered: str) -> bool:
    """Whether a text (``lowered``: in lower case) names ``place``, or one of its places
    ("Chongqing and Hubei"); true when there is no place."""
    if not place:
        return True
    names = [n.strip().lower() for n in re.split(r",|/|\band\b", place) if n.strip()]
    return any(_said(n, lowered) for n in names)


def _said(name: str, lowered: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lowered) is not None


#: a capitalised word, and the possessive that makes it the owner of what follows
_CAPITAL = re.compile(r"(?<![\w'’-])([A-Z][A-Za-z-]*[a-z])(['’]s)?(?![\w'’-])")
#: words written with a capital that name no one
_NO_NAMES = frozenset(w.capitalize() for w in (*MONTH_FULL_NAMES, *WEEKDAYS))


def _body_and_plain(text: str) -> tuple[str, frozenset[str]]:
    """A text without its date lines and dateline, and the words it writes in lower case
    (a capitalised word also written so is no name)."""
    body = _without_header(text)
    return body, frozenset(re.findall(r"(?<![\w'’-])[a-z][a-z-]*", body))


def owners(text: str) -> frozenset[str]:
    """Whose story a text tells, in lower case: the names it writes as owners ("Velmar's
    economy", "Estara's labour market"; capitalised and possessive, not a month or a day,
    not a word the text also writes in lower case)."""
    body, plain = _body_and_plain(text)
    return frozenset(m.group(1).lower() for m in _CAPITAL.finditer(body)
                     if m.group(2) and m.group(1) not in _NO_NAMES
                     and m.group(1).lower() not in plain)


#: a capitalised word inside a sentence (after a lower-case word, a digit or a comma), or
#: an acronym anywhere ("the HLC"): a name
_NAME_INSIDE = re.compile(r"(?<=[a-z0-9,;] )[A-Z][A-Za-z'’-]*[a-z](?![\w'’-])|"
                          r"(?<![\w'’-])[A-Z]{2,6}(?![\w'’-])")


def written_names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The names a text writes inside its sentences, and every capitalised word it writes
    (which may be a name opening a sentence: "Aerlinn carried"), in lower case; neither a
    month or a day, nor a word the text also writes in lower case."""
    body, plain = _body_and_plain(text)
    inside = frozenset(w.lower() for n in _NAME_INSIDE.findall(body)
                       if (w := n.removesuffix("'s").removesuffix("’s")) not in _NO_NAMES
                       and w.lower() not in plain)
    capitals = frozenset(w for m in _CAPITAL.finditer(body)
                         if m.group(1) not in _NO_NAMES
                         and (w := m.group(1).lower()) not in plain)
    return inside, capitals


def two_subjects(x: TextContext, y: TextContext) -> bool:
    """Whether two texts tell the stories of two owners: each names its own
    (:func:`owners`), and neither says any of the other's ("Velmar's economy grew" and
    "Estara's jobless rate fell" are two countries' figures, however alike their words); or
    two stories: each names people, places or bodies, and none of the other's
    (:func:`story_names`: an airline's and an airport's, two fires')."""
    if x.names and y.names and not x.names & y.names:
        return True
    return bool(x.owners and y.owners) and \
        not any(_said(n, y.lowered) for n in x.owners) and \
        not any(_said(n, x.lowered) for n in y.owners)


def one_word(a: list[str], b: list[str]) -> bool:
    """Whether two sentences' words of one stem are one word, one a form of the other
    ("pair" and "pairing"): "elections" and "electrification", "engineers" and "engines"
    share a stem, not a word."""
    return any(u.startswith(v) or v.startswith(u)
               for u in (w.removesuffix("s") for w in a) for v in (w.removesuffix("s") for w in b))


def _same_topic(a: frozenset[str], b: frozenset[str], events: frozenset[str]) -> bool:
    """Whether two starts speak of one thing: a shared stem, and one that is not only an
    event ("construction of the airport" and "construction of the stadium" share only
    "construction"), unless one of them names nothing but the event."""
    heads_a = frozenset(m for m in a if m.startswith(HEAD))
    heads_b = frozenset(m for m in b if m.startswith(HEAD))
    if heads_a and heads_b and not heads_a & heads_b:
        return False  # "construction of the line" and "service on the line"
    a, b = a - marks_of(a), b - marks_of(b)
    shared = a & b
    if not shared:
        # "construction began in 2017" and "construction of the plant began in 2016": a
        # start that names nothing but its event is of what the other's event heads
        return (a <= events and bool(a & _unmarked(heads_b))) or \
            (b <= events and bool(b & _unmarked(heads_a)))
    return bool(shared - events) or a <= events or b <= events


def _unmarked(heads: frozenset[str]) -> frozenset[str]:
    """The stems of head marks (:data:`HEAD`), without the mark."""
    return frozenset(h.removeprefix(HEAD) for h in heads)


def generic_words(words: list[str], rule_path: str | None = None) -> frozenset[str]:
    """A rule's generic undertaking words (with its start words: two texts that say
    "started" share no topic), and the nouns of who acts (frames.yaml's undertakings, actor
    and plan nouns, beside the rule: "the ministry" is no more what began than "the
    programme" is; with ``rule_path``), as contexts hold them (lower case, a plural's "s" off as
    :func:`start_context` takes it off)."""
    from pathlib import Path

    from ..frame import load_vocabulary

    doers = load_vocabulary(Path(rule_path).parent).doers if rule_path else frozenset()
    return frozenset(w.lower().removesuffix("s") if len(w) > 4 else w.lower()
                     for w in [*words, *doers])


def start_contexts(ctx: Context, claims: list[Claim], places: frozenset[str],
                   vocab: TopicWords) -> dict[str, TextContext]:
    """What the text of each claim speaks of (:class:`TextContext`), by claim id."""
    texts = {d: _text_parts(ctx, d, places, vocab) for d in sorted({c.doc for c in claims})}
    return {c.id: TextContext(
        start_context(c, ctx.documents[c.doc].text, places, vocab)
        if c.doc in ctx.documents else frozenset(), *texts[c.doc]) for c in claims}


def _text_parts(ctx: Context, doc: str, places: frozenset[str], vocab: TopicWords
                ) -> tuple[frozenset[str], frozenset[str], str, frozenset[str],
                           frozenset[str]]:
    """A document's words as :class:`TextContext` holds them (repeated, used, lower-cased
    text, owners, names), read once per run (elapsed asks for them claim by claim)."""
    key = ("text parts", doc, places, frozenset(vocab.events.items()), vocab.plain)
    if key not in ctx.memo:
        if doc not in ctx.documents:
            ctx.memo[key] = (frozenset(), frozenset(), "", frozenset(), frozenset())
        else:
            text = ctx.documents[doc].text
            ctx.memo[key] = (*text_words(text, places, vocab, figure_spans(ctx).get(doc)),
                             text.lower(), owners(text), story_names(ctx, doc))
    return ctx.memo[key]


def story_names(ctx: Context, doc: str) -> frozenset[str]:
    """The names document ``doc`` writes: inside its sentences, or anywhere when another
    text writes them inside one (:func:`written_names`); a place's under its canonical
    name and its region's too (aliases.yaml: "Xizang" is Tibet, Lhasa is within it): what
    its story is of, as two texts' names are compared. Read once per run."""
    key = ("story names", doc)
    if key not in ctx.memo:
        inside, capitals = _written(ctx, doc)
        names = inside | capitals & run_names(ctx)
        lex = ctx.lexicon
        if lex is not None:
            lowered = ctx.memo.get(("place names",))
            if lowered is None:
                lowered = ctx.memo[("place names",)] = {
                    written.lower(): (place.lower(), lex.region(place).lower())
                    for written, place in lex.places.items()}
            names = names | frozenset(n for w in names for n in lowered.get(w, ()))
        ctx.memo[key] = names
    return ctx.memo[key]


def run_names(ctx: Context) -> frozenset[str]:
    """The names the run's texts write inside their sentences (:func:`written_names`), read
    once per run."""
    key = ("run names",)
    if key not in ctx.memo:
        ctx.memo[key] = frozenset().union(*(_written(ctx, d)[0] for d in ctx.documents))
    return ctx.memo[key]


def _written(ctx: Context, doc: str) -> tuple[frozenset[str], frozenset[str]]:
    key = ("written names", doc)
    if key not in ctx.memo:
        ctx.memo[key] = written_names(ctx.documents[doc].text)
    return ctx.memo[key]


def phase_stems(words: list[str]) -> frozenset[str]:
    """The stems of a rule's phase words, as topics hold them."""
    return frozenset(stem(w.lower()) for w in words)


def place_words(ctx) -> frozenset[str]:
    """The lower-cased words of every place name the lexicon knows."""
    if ctx.lexicon is None:
        return frozenset()
    return frozenset(w.lower() for name in ctx.lexicon.places for w in name.split())


def _same_sentence(a: Claim, b: Claim) -> bool:
    return a.doc == b.doc and a.sentence_start == b.sentence_start


# the phrase ends before a word that starts another ("13 years of construction to an end")
_OF_PHRASE = re.compile(r"\s*(?:[\w-]*\s+)?(?:of|since|for)\s+((?:(?!(?:to|in|on|at|by|with|"
                        r"and|as|when|after|before|until|that|which)\b)[\w'’\-]+\s*){1,5})",
                        re.IGNORECASE)
NEAR = 6  # words on each side of a duration that say what lasted


def duration_topic(c: Claim, places: frozenset[str] = frozenset(),
                   vocab: TopicWords | None = None, near_after: int = NEAR
                   ) -> frozenset[str]:
    """What a duration or anniversary measures: the phrase it governs ("17 years *of
    construction*", "the 20th anniversary *of partner assistance*"), else the few words of
    its clause around it ("economic reforms began three decades ago"; ``near_after`` words
    after it)."""
    a, b = c.start - c.sentence_start, c.end - c.sentence_start
    m = _OF_PHRASE.match(c.sentence, b)
    if m:
        found = _stems(m.group(1), places, vocab)
        if found:
            return found
    before = re.split(r"[,;:()]", c.sentence[:a])[-1].split()[-NEAR:]
    after = re.split(r"[,;:()]", c.sentence[b:])[0].split()[:near_after]
    return _stems(" ".join(before + after), places, vocab)


def topic_words(stems: frozenset[str], sentence: str, vocab: TopicWords | None = None
                ) -> list[str]:
    """The words of ``sentence`` that carry the given stems, in order, once each, for a
    reader ("partner assistance", not "partn assis")."""
    out: list[str] = []
    for w in _WORD.findall(sentence):
        low = w.lower().strip("'’-")
        st = stem(low)
        st = (vocab or plain_only()).events.get(st, st)
        if len(low) >= 3 and st in stems and low not in out:
            out.append(low)
    return out
