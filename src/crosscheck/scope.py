"""Scope of claims: the document's date (stated or inferred), and each claim's place and period."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import sys
from collections import Counter
from typing import NamedTuple

from .claims import Claim
from .corpus import DATELINE_AND_FOLDER, Document
from .dates import day_named
from .extract.lexicon import Lexicon
from .extract.timeexpr import MONTHS, PRICE_BASIS, WEEKDAYS, month_number

_FUTURE = re.compile(r"\b(?:will|shall|plans?|planned|target(?:s|ed)?|by the end of|aims? to|"
                     r"expected to|going to|(?:is|are|was|were)\s+(?:due|scheduled|set)\s+to|"
                     r"expects?)\b", re.IGNORECASE)
_TIME_KINDS = ("year", "year_range")


def infer_date(doc: Document, claims: list[Claim]) -> Document:
    """Give a document with no stated date the latest year its text reports as past.

    Year ranges (plan periods like ``2021-25``), years in future-tense sentences and years
    after ``by`` are not evidence of the past.
    """
    if doc.published is not None:
        return doc
    best: tuple[int, int] | None = None
    for c in claims:
        if c.kind != "year" or c.qualifier == "by" or c.high != c.low:
            continue
        if _found_before(_FUTURE, c.sentence, len(c.sentence)):
            continue
        month = month_number(_month_of(c.surface)) or 0
        cand = (int(c.value), month)
        if best is None or cand > best:
            best = cand
    if best is None:
        return doc.with_date(None, "unknown")
    return doc.with_date(dt.date(best[0], best[1] or 1, 1), "inferred" if best[1] else
                         "inferred-year")


def _month_of(surface: str) -> str | None:
    m = re.match(rf"({MONTHS})", surface, re.IGNORECASE)
    return m.group(1) if m else None


def doc_date_label(doc: Document) -> str:
    """The document date as a reader should see it: ``2024-08-26``, ``2017-06 (inferred)``."""
    if doc.published is None:
        return "unknown"
    if doc.date_source == "inferred-year":
        return f"{doc.published.year} (inferred)"
    if doc.date_source == "inferred":
        return f"{doc.published:%Y-%m} (inferred)"
    if doc.date_from == DATELINE_AND_FOLDER:
        return f"{doc.published.isoformat()} (year of the folder)"
    if doc.date_precision == "year":
        return f"{doc.published.year} ({doc.date_from})"
    if doc.date_precision == "month":
        return f"{doc.published:%Y-%m} ({doc.date_from})"
    return doc.published.isoformat()


def main_place(claims: list[Claim], lex: Lexicon) -> str:
    """The region a document is mostly about: most claims, ties to the first named; a region
    named in one sentence only is no document's region ("told reporters in Beijing")."""
    # (the world, or a group of places, is what a text compares its region with)
    counts = Counter(lex.region(c.place) for c in claims
                     if c.place and not lex.is_wider(c.place))
    sentences: dict[str, set[int]] = {}
    for c in claims:
        if c.place:
            sentences.setdefault(lex.region(c.place), set()).add(c.sentence_start)
    counts = Counter({p: n for p, n in counts.items() if len(sentences[p]) > 1})
    if not counts:
        return ""
    first: dict[str, int] = {}
    for c in claims:
        if c.place:
            first.setdefault(lex.region(c.place), c.start)
    return min(counts, key=lambda p: (-counts[p], first[p]))


def _period_of_time_claim(c: Claim, doc_year: int | None) -> tuple[str, int | None, int | None]:
    lo, hi = int(c.low), int(c.high)
    if c.kind == "year_range":
        return f"{lo}–{hi}", lo, hi
    if c.qualifier == "since":
        end = doc_year if doc_year and doc_year >= lo else None
        return (f"{lo}–{end}" if end else f"since {lo}"), lo, end
    if c.qualifier in ("until", "as of", "by"):
        m = month_number(_month_of(c.surface))
        return (f"as of {hi}-{m:02d}" if m else f"as of {hi}"), None, hi
    if hi - lo == 9:
        return f"{lo}s", lo, hi
    if lo != hi:
        return f"{lo}–{hi}", lo, hi
    if c.qualifier in ("", "exact") and (day := day_named(c.surface)) is not None:
        # "On May 28, 2024, 14 were killed": the day, not the year (two counts of one year
        # may be days apart and both right)
        return day.isoformat(), lo, hi
    return str(lo), lo, hi


def assign_scope(doc: Document, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """Fill each claim's place (else the document's main place) and period.

    The period is the time expression nearest the figure in its sentence (a year range, a
    year, ``since``/``as of``, ``the past N years``), else the document's date.
    """
    placed = {}
    for c in claims:
        if c.sentence_start not in placed:
            placed[c.sentence_start] = sentence_places(c.sentence, lex)
    # where each sentence's figures start (a year is no figure a place is pinned to:
    # "founded in 1990 in Carpathia")
    offsets: dict[int, set[int]] = {}
    for c in claims:
        if c.kind not in _TIME_KINDS:
            offsets.setdefault(c.sentence_start, set()).add(c.start - c.sentence_start)
    figures = {k: frozenset(v) for k, v in offsets.items()}
    claims = [c.evolve(place=_own_place(c, placed[c.sentence_start], lex,
                                        figures.get(c.sentence_start, frozenset())))
              for c in claims]
    home = main_place(claims, lex)
    doc_year = doc.published.year if doc.published else None
    by_sentence: dict[int, list[Claim]] = {}
    anchors: dict[int, list[Claim]] = {}  # the time expressions of each sentence
    for c in claims:
        by_sentence.setdefault(c.sentence_start, []).append(c)
        if c.kind == "year" and c.high - c.low > 10:
            continue  # "the spire built in the 19th century fell": a century dates no figure
        if c.kind == "year" and PRICE_BASIS.match(c.sentence, c.end - c.sentence_start):
            continue  # "106 billion pounds at 2019 prices": the prices' year, not the cost's
        if c.kind in _TIME_KINDS or (c.kind == "duration" and c.subject == "past"):
            anchors.setdefault(c.sentence_start, []).append(c)
    home_in_sentence = {start: _names_region(cs[0].sentence, home, lex)
                        for start, cs in by_sentence.items()} if home else {}
    out = []
    figures_of: dict[int, _Figures] = {}
    labels = _line_labels(doc, anchors)
    designated: dict[str, dict[str, int]] | None = None
    kinds: dict[int, str] = {}  # the kind of place each sentence names alone ("province")
    for c in claims:
        place = c.place
        if not place and c.sentence_start not in kinds:
            kind = _THE_KIND.search(c.sentence)
            kinds[c.sentence_start] = (kind.group("kind") or kind.group("subject")).lower() \
                if kind else ""
        if not place and kinds[c.sentence_start]:
            # "the worst outbreak in the province" after "Marisco province lifted its ban":
            # the one place of that kind the text names
            if designated is None:
                designated = designated_places(doc.text)
            name = named_before(designated, kinds[c.sentence_start], c.sentence_start)
            if name:
                place = lex.places.get(name, name)
        if home and place and lex.region(place) != home and not lex.is_wider(place) and \
                home_in_sentence.get(c.sentence_start) and not _pinned(c, place, lex):
            # A sentence about the document's region that also names a partner ("18
            # provinces and Shenzhen to help support Xinjiang") is about that region.
            place = home
        if c.kind in _TIME_KINDS:
            period, stated = _period_of_time_claim(c, doc_year), True
        else:
            if c.sentence_start not in figures_of:
                figures_of[c.sentence_start] = _sentence_figures(by_sentence[c.sentence_start])
            period, stated = _nearest_period(c, anchors.get(c.sentence_start, []), doc_year,
                                             figures_of[c.sentence_start])
            if not stated and labels and \
                    (label := labels.get(doc.text.rfind("\n", 0, c.start) + 1)) is not None:
                # "- May 28, 2024: The dam fails. At least 14 people are killed.": the date
                # that labels a line of a timeline dates every sentence on it
                period, stated = label, True
        out.append(c.evolve(place=sys.intern(place or home), period=sys.intern(period[0]),
                            period_start=period[1], period_end=period[2],
                            period_stated=stated))
    return out


#: kinds of place a text names a place by ("Marisco province", "in the province")
PLACE_KINDS = ("province", "county", "city", "state", "prefecture", "district", "region",
               "municipality")
_KINDS = "|".join(PLACE_KINDS)
#: a place named by its kind alone, where a figure is: "in the province", "across the state"
_THE_KIND = re.compile(rf"\b(?:in|across|throughout)\s+the\s+(?P<kind>{_KINDS})\b(?!\s+of\b)|"
                       # "The province has rebuilt 300 schools": the subject, acting
                       rf"\b[Tt]he\s+(?P<subject>(?i:{_KINDS}))\s+(?:(?:has|have|had|will|"
                       r"would|also|now|already|alone|itself)\s+)*(?:[a-z]+ed|sent|spent|"
                       r"built|rebuilt|paid|gave|took|made|lost)\b",
                       re.IGNORECASE)
#: a place named with its kind: "Marisco province", "the province of Marisco"
_NAME_KIND = (re.compile(rf"\b(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)\s+"
                         rf"(?P<kind>(?i:{_KINDS}))\b"),
              re.compile(rf"\b(?P<kind>(?i:{_KINDS}))\s+of\s+"
                         rf"(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)"))


def designated_places(text: str) -> dict[str, dict[str, int]]:
    """The places a text names with their kind, by kind, each with where it is first named:
    {"province": {"Marisco": 112}}."""
    out: dict[str, dict[str, int]] = {}
    for pattern in _NAME_KIND:
        for m in pattern.finditer(text):
            if not _not_place(m.group("name")):
                named = out.setdefault(m.group("kind").lower(), {})
                named[m.group("name")] = min(named.get(m.group("name"), m.start()), m.start())
    return out


def named_before(designated: dict[str, dict[str, int]], kind: str, at: int) -> str:
    """The one place of ``kind`` the text names before offset ``at`` ("the province" after
    "Marisco province lifted its ban" is Marisco), or "" when it names none there or several
    (after "the northern province has planted", "neighbouring Punjab province" is another)."""
    names = [name for name, first in designated.get(kind, {}).items() if first < at]
    return names[0] if len(names) == 1 else ""


#: what may stand before a date that labels its line: a list marker
_LABEL_BEFORE = re.compile(r"[ \t]*(?:[-*•][ \t]+)?")
#: what follows a date that labels its line: a colon or a dash, then the entry
_LABEL_AFTER = re.compile(r"[ \t]*(?::|[–—]|\s-)\s")


#: a day with no year that labels its line: "Jan. 13: 243 people sick"
_DAY_LABEL = re.compile(rf"^[ \t]*(?:[-*•][ \t]+)?(?P<month>{MONTHS})[ \t]*"
                        r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?=[ \t]*(?::|[–—]|\s-)\s)",
                        re.MULTILINE)


def _line_labels(doc: Document, anchors: dict[int, list[Claim]]
                 ) -> dict[int, tuple[str, int | None, int | None]]:
    """The period of the year or date that opens a line as its label ("- 2011: Inspectors
    warn ...", "May 30, 2024 — The toll rises"), by the offset where the line starts. A
    day with no year ("Jan. 13: 243 sick") is of the last such day on or before the text's
    stated date: a timeline is compiled after what it lists."""
    text = doc.text
    doc_year = doc.published.year if doc.published else None
    labels = {}
    for times in anchors.values():
        for t in times:
            if t.kind not in _TIME_KINDS:
                continue
            line_start = text.rfind("\n", 0, t.start) + 1
            if _LABEL_BEFORE.fullmatch(text, line_start, t.start) and \
                    _LABEL_AFTER.match(text, t.end):
                labels[line_start] = _period_of_time_claim(t, doc_year)
    if doc.published is not None and doc.date_source == "stated" and \
            doc.date_precision == "day":
        for m in _DAY_LABEL.finditer(text):
            if m.start() in labels or (month := month_number(m["month"])) is None:
                continue
            year = doc.published.year
            try:
                day = dt.date(year, month, int(m["day"]))
                if day > doc.published:
                    day = dt.date(year - 1, month, int(m["day"]))
            except ValueError:
                continue  # "Feb. 30" names no day
            labels[m.start()] = (day.isoformat(), day.year, day.year)
    return labels


class Mention(NamedTuple):
    """A place named in a sentence: where, which, and how the sentence uses it."""

    start: int
    end: int
    name: str
    pinned: bool  # "in Qinghai", "to Tibet": the place of what is stated
    actor: bool  # "Jiangsu Province has sent", "by Beijing": who acts, not where


#: between a place's name and its verb: "Jiangsu Province has sent", "Beijing says"
_UNIT_WORD = r"\s*(?:Province|City|Municipality|Region|government|authorities)?\s*"
_SPEECH_VERBS = r"said|says|told|tells|announced|announces|stated|noted|reported|declared"
_ACTING = re.compile(_UNIT_WORD + r"(?:has|have|had|will|would|also|said|says|sent|spent|"
                     r"invested|built|rebuilt|donated|pledged|gave|gives|provided|dispatched|"
                     r"helped|paid|allocated|funded|trained|relocated|moved|shifted)\b")
#: a place that speaks: "Beijing says", "Hubei Province said on Monday"
_SPEAKING = re.compile(_UNIT_WORD + rf"(?:has\s+|have\s+|had\s+|also\s+)*(?:{_SPEECH_VERBS})\b")
#: a place that owns a named thing ("Beijing's Belt and Road Initiative") or is the subject
#: of a clause a speaker interrupts ("Beijing, he said, stands ready")
_OWNER = re.compile(r"(?:['’]s\s+[A-Z]|,\s*(?:he|she|they|it|officials?)\s+(?:said|says|"
                    r"added)\s*,)")
_BY_FROM = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)
_PIN_WORD = re.compile(r"\b(?:in|to|at|into|across|throughout|inside)\s+(?:the\s+)?$",
                       re.IGNORECASE)
#: a capitalised name in a list of places after the first
_LISTED = r"[A-Z][a-z][\w'’`-]*(?:\s+[A-Z][\w'’`-]*){0,2}(?![\w'’`-])"
_LISTED_NAME = re.compile(_LISTED)
#: a capitalised name after "in", "to", "at" or "into": a place the lexicon may not know ("to
#: Guangxi"), but not after "according to" or "thanks to", which name a source or a cause
_UNKNOWN_PINNED = re.compile(r"\b(?:[Ii]n|(?<!ccording )(?<!hanks )(?<!wing )(?<!ue )to|at|into|"
                             # "Across California, fires have burned": a region
                             r"[Aa]cross|[Tt]hroughout|"
                             # "capsized off Kessan Island": where at sea
                             r"off)"
                             r"\s+(?P<name>[A-Z][a-z][\w'’`-]*"
                             # "Dar es Salaam", "Rio de Janeiro": a particle inside a name;
                             # a name right before a figure is its currency: "to Rs 94.5 billion"
                             r"(?:\s+(?:(?:es|de|del|da|do|la|van|von|el|al)\s+)?[A-Z][\w'’`-]*)"
                             r"{0,2})(?![\w'’`-]|\s*\d)"
                             # "in Turkey and Syria", "in Valoria, Tesmark and Orin": the
                             # names of a list that ends in "and" are pinned by the same "in"
                             r"(?P<more>(?:\s*,\s*" + _LISTED + r"){0,6}\s*,?\s+(?:and|&)\s+"
                             + _LISTED + r")?")
#: a place named after the kind of place it is: "in the worst-hit province, Varra,", "in the
#: town of Amri alone", "off the island of Tarso"
_KIND_THEN_NAME = re.compile(r"\b(?:[Ii]n|off)\s+the\s+(?:[\w-]+\s+){0,2}?"
                             rf"(?:{_KINDS}|town|village|area|island|coast)"
                             r"(?:\s+of\s+|\s*,\s*)(?P<name>[A-Z][a-z][\w'’`-]*"
                             r"(?:\s+[A-Z][\w'’`-]*){0,2})")
#: a unit's name that describes the noun after it is a place by its form: "the Pine County
#: outbreak, which officials now put at 119 cases" (unpinned names elsewhere are not places:
#: "Hubei Province said" may be who speaks)
_UNIT_PLACE = re.compile(r"\b[Tt]he\s+(?P<name>(?:[A-Z][a-z][\w'’`-]*\s+){1,3}(?:County|"
                         r"Province|Prefecture|District|Oblast|Governorate|Parish|Township|"
                         r"Borough))\s+(?=[a-z])")
_NOT_PLACES = frozenset("January February March April May June July August September October "
                        "November December Monday Tuesday Wednesday Thursday Friday Saturday "
                        "Sunday The This That These Those English Chinese Total All".split())


#: the last word of a firm's or a body's name: "analysts at Fjord Markets", "into Veld Bank"
_BODY_WORDS = frozenset("Bank Banks Markets Capital Partners Group Company Holding Holdings "
                        "Corp Corporation Inc Ltd Foundation Fund Institute University Agency "
                        "Ministry Council Securities Research Airlines Motors".split())
#: what may follow a place's possessive: "in Chongqing's Wanzhou district", "Ghana's Ashanti"
_AFTER_PLACE_POSSESSIVE = re.compile(rf"\s+(?:[A-Z]|(?:{_KINDS}|town|village|capital)\b)")


def _a_body(name: str, sentence: str, end: int) -> bool:
    """Whether a capitalised name pinned by "in"/"at"/"to" names a firm or a body, not a
    place: its last word or the next is a body's ("at Fjord Markets", "to China Overseas Port
    Holding Company"), or it is a possessive that no place follows ("at Christie's on
    Tuesday", "to Corvex's closing price")."""
    nxt = sentence[end:end + 40].split(maxsplit=1)
    if name.split()[-1] in _BODY_WORDS or (nxt and nxt[0].strip(",.;:") in _BODY_WORDS):
        return True
    return name.endswith(("'s", "’s")) and not _AFTER_PLACE_POSSESSIVE.match(sentence, end)


#: a people's adjective before a noun: "at Indonesian football stadium", "in Spanish waters"
_DEMONYM = re.compile(r"[A-Z][a-z]{3,}(?:ian|ese|ish|ean)\s+[a-z]")


def _not_place(name: str) -> bool:
    """Whether a capitalised name starts with a word that names no place ("Thursday's
    strikes", "January")."""
    first = name.split()[0]
    return first in _NOT_PLACES or first.removesuffix("'s").removesuffix("’s") in _NOT_PLACES


def sentence_places(sentence: str, lex: Lexicon) -> list[Mention]:
    """The places a sentence names, known to the lexicon, and, where it pins none of those,
    capitalised names it pins with "in"/"to"/"at" ("in Guangxi"): a place the lexicon does
    not know is still a place, and keeps the figure from taking the document's region."""
    out = []
    for m in lex.place_re.finditer(sentence) if lex.place_re is not None else ():
        if (_SPEAKING.match(sentence, m.end()) or _OWNER.match(sentence, m.end())) and \
                not _PIN_WORD.search(sentence, 0, m.start()):
            # "Beijing says CPEC drew $25.4 billion", "Beijing, he said, stands ready": who
            # speaks or acts, not where; "Beijing's Belt and Road Initiative": whose
            continue
        out.append(Mention(m.start(), m.end(), lex.places[m.group(0)],
                           bool(_PIN_WORD.search(sentence, 0, m.start())),
                           bool(_BY_FROM.search(sentence, 0, m.start())
                                or _ACTING.match(sentence, m.end()))))
    for m in lex.wider_re.finditer(sentence) if lex.wider_re is not None else ():
        part = "word" if m.group("word") else "group"
        out.append(Mention(m.start(part), m.end(part), " ".join(m.group(part).lower().split()),
                           False, False))
    if not any(x.pinned for x in out):
        for m in lex.feature_re.finditer(sentence) if lex.feature_re is not None else ():
            if not _not_place(m.group("name")):
                out.append(Mention(m.start("name"), m.end("name"), m.group("name"), True,
                                   False))
        for m in _KIND_THEN_NAME.finditer(sentence):
            if not _not_place(m.group("name")):
                out.append(Mention(m.start("name"), m.end("name"), m.group("name"), True,
                                   False))
        for m in _UNKNOWN_PINNED.finditer(sentence):
            name = m.group("name")
            if _not_place(name) or _a_body(name, sentence, m.end("name")) or \
                    _DEMONYM.match(sentence, m.start("name")) or any(
                    x.start <= m.start("name") < x.end for x in out):
                continue
            out.append(Mention(m.start("name"), m.end("name"), name, True, False))
            for n in _LISTED_NAME.finditer(sentence, m.start("more"), m.end("more")) \
                    if m.group("more") else ():
                if not _not_place(n.group(0)):
                    out.append(Mention(n.start(), n.end(), n.group(0), True, False))
    for m in _UNIT_PLACE.finditer(sentence):
        if not _not_place(m.group("name")) and not any(
                x.start < m.end("name") and m.start("name") < x.end for x in out):
            out.append(Mention(m.start("name"), m.end("name"), m.group("name"),
                               bool(_PIN_WORD.search(sentence, 0, m.start())),
                               bool(_BY_FROM.search(sentence, 0, m.start())
                                    or _ACTING.match(sentence, m.end()))))
    return out


def _own_place(c: Claim, mentions: list[Mention], lex: Lexicon,
               figures: frozenset[int] = frozenset()) -> str:
    """The place a figure is about: the nearest place its sentence pins ("sent to Tibet"),
    else the nearest named place that is not an actor; "" when there is none."""
    a, b = c.start - c.sentence_start, c.end - c.sentence_start
    s = c.sentence

    def gap(x: Mention) -> str:
        return s[b:x.start] if x.start >= a else s[x.end:a]

    def distance(x: Mention) -> float:
        # a place across ", and" is more likely another clause's than one nearer
        if x.start >= a and _PIN_GAP.match(gap(x)):
            return 0  # "150,000 in Moldavia": the place pinned right after the figure
        return (10_000 if _CLAUSE_BREAK.search(gap(x)) else 0) + \
            ((x.start - b) * 0.5 if x.start >= a else a - x.end)

    # a place across a contrast is the other clause's, never this figure's: "512 million
    # users worldwide, but only 3 million new users in Europe"; "17,134 died in Turkey,
    # while 3,317 deaths were reported in Syria"
    mentions = [x for x in mentions if not _CONTRAST.search(gap(x))]
    # what a superlative is measured against is no place of the figure ("the toll, the
    # highest in Europe"), and a place pinned right after another figure is that figure's
    # ("27 died this winter, 12 of them in Tyrol")
    # (the places of a breakdown after the figure, "rose to 102: 78 in Tarsia and 24 in
    # Velenia", are its parts'; together they are the figure's own)
    parts = sorted({x.name for x in mentions if x.start >= b and _another_figures(
        s, x.start, a, b, figures) and not _CONTRAST.search(gap(x))})
    mentions = [x for x in mentions if not _SUPERLATIVE_IN.search(s, max(0, x.start - 40),
                                                                   x.start)
                and not _another_figures(s, x.start, a, b, figures)]
    if len(parts) > 1 and not mentions:
        return " and ".join(parts)
    # where a statement was made is not what it is about: "told a briefing in Beijing that
    # 192,000 jobs ...", "1 million people have moved, an official told reporters in Beijing"
    mentions = [x for x in mentions if not (
        (x.start >= b or _REPORTED.match(s, x.end)) and
        (m := _SPEECH_AT.search(s, max(0, x.start - 60), x.start)) and
        (x.start < a or not _PASSIVE.search(s, max(0, m.start() - 12), m.start())))]
    # the world or a group of places ("across the 37 member countries") is the figure's
    # place in its own clause when no named place stands nearer; a group that holds the
    # figure ("in 13 countries") is what it counts, no place of it
    # (one after the figure with another figure between is that figure's: "472, above the
    # average of 465 across 37 countries"; one that opens the clause scopes all of it)
    wider = [x for x in mentions if lex.is_wider(x.name) and not x.start <= a < x.end
             and not (x.start >= b and _DIGIT.search(s, b, x.start))]
    mentions = [x for x in mentions if not lex.is_wider(x.name)]
    near = min(wider, key=distance, default=None)
    if near is not None and distance(near) < 10_000 and \
            all(distance(near) < distance(x) for x in mentions):
        return near.name
    # ... and a giver named alone scopes its own gift: "Guangdong has sent 2,500 teachers"
    # counts Guangdong's, not the region's
    for pool in ([x for x in mentions if x.pinned], [x for x in mentions if not x.actor],
                 mentions):
        if pool:
            x = min(pool, key=distance)
            # "in Turkey and Syria", "southern Turkey and northern Syria": the figure is of
            # both together, a place of its own, not of either one
            return " and ".join(_joined(s, x, mentions))
    return ""


#: a superlative and the domain it ranks in: "highest in", "the largest of the"
_SUPERLATIVE_IN = re.compile(
    r"\b(?:highest|lowest|largest|biggest|greatest|smallest|fastest|deadliest|costliest|"
    r"worst|best|longest|tallest|busiest|poorest|richest|oldest|newest)"
    r"(?:\s+[a-z]+){0,2}\s+(?:in|of|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
#: a part and the place pinned right after it: "12 of them in ", or a figure right before
#: it, "78 in " (whether that is a figure of the text, not an age as in "under 5 in", is
#: asked of the claims)
_FIGURE_PINNED = re.compile(
    r"(?<![\w.,])(?:(?P<n>\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+of\s+(?:them|those|these)|(?P<d>\d[\d,.]*))\s+(?:in|at)\s+"
    r"(?:the\s+)?$", re.IGNORECASE)


_DIGIT = re.compile(r"\d")


def _another_figures(s: str, start: int, a: int, b: int,
                     figures: frozenset[int] = frozenset()) -> bool:
    """Whether the place at ``start`` is pinned right after a figure other than the one at
    ``a:b`` of sentence ``s`` (``figures``: where the sentence's claims start)."""
    m = _FIGURE_PINNED.search(s, max(0, start - 40), start)
    if m is None:
        return False
    if m.group("d") is not None:
        return m.start("d") in figures and not a <= m.start("d") < b
    return not a <= m.start("n") < b


_JOINED = re.compile(r"^\s*(?:,\s*and|,|and|&)\s*(?:(?:northern|southern|eastern|western|central|"
                     r"north|south|east|west)(?:-\w+)?\s+)?$", re.IGNORECASE)


def _joined(s: str, x: Mention, mentions: list[Mention]) -> list[str]:
    """The places of the list ``x`` is named in, sorted: "in Valoria, Tesmark and Orin"
    reaches Orin from Valoria through Tesmark."""
    ordered = sorted(set(mentions) | {x})
    lo = hi = ordered.index(x)
    while lo > 0 and _JOINED.match(s[ordered[lo - 1].end:ordered[lo].start]):
        lo -= 1
    while hi + 1 < len(ordered) and _JOINED.match(s[ordered[hi].end:ordered[hi + 1].start]):
        hi += 1
    return sorted({y.name for y in ordered[lo:hi + 1]})

#: what opens a reported statement right after where it was made: "... in Beijing that"
_REPORTED = re.compile(r"\s*(?:on\s+\w+\s*)?,?\s*that\b")
#: a statement made at a place: "told a news briefing in", "said in", "announced at the"
_SPEECH_AT = re.compile(rf"\b(?:{_SPEECH_VERBS})(?:\s+[\w'’-]+){{0,3}}?\s+(?:in|at)\s+(?:the\s+)?$",
                        re.IGNORECASE)
#: "3,317 deaths were reported in Moldavia": where the deaths were, not a statement's place
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)
#: all that stands between a figure and the place it is in: "150,000 in Moldavia"
_PIN_GAP = re.compile(r"^\s+(?:in|at|to|into|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
#: where one clause of a sentence ends and another with its own place may begin
_CLAUSE_BREAK = re.compile(r",\s*and\b")
#: where a clause in contrast with the figure's begins
_CONTRAST = re.compile(r";|,\s*but\b|\bwhile\b|\bwhereas\b")


def _names_region(sentence: str, region: str, lex: Lexicon) -> bool:
    if lex.place_re is None:
        return False
    return any(lex.region(lex.places[m.group(0)]) == region
               for m in lex.place_re.finditer(sentence))


_PINNING = re.compile(r"\b(?:in|to|for|at|into|across|throughout)\s+(?:\w+\s+){0,2}$")


def _pinned(c: Claim, place: str, lex: Lexicon) -> bool:
    """Whether the sentence puts the figure's place with a preposition ("sent to Qinghai")."""
    for m in lex.place_re.finditer(c.sentence) if lex.place_re else ():
        if lex.places[m.group(0)] == place and _PINNING.search(c.sentence, 0, m.start()):
            return True
    return False


#: a subordinate clause of time: "when the campaign began in March 2023", "after the dam
#: was finished in 2006", up to the next comma or semicolon
_WHEN_CLAUSE = re.compile(r"\b(?:when|after|before|once|as\s+soon\s+as|(?:that|which)\s+(?:is|are|"
                          r"was|were|will|would|has|have|had)\b)[^,;]*", re.IGNORECASE)


def _of_another_event(c: Claim, t: Claim) -> bool:
    """Whether the time expression ``t`` dates a subordinate clause after the figure ``c``:
    in "3.8 million had been vaccinated, 90 percent of those targeted when the campaign
    began in March 2023", 2023 is when the campaign began, not when 3.8 million was counted;
    in "a 28-km line with 24 stations that is due to open in 2019", when the line opens.
    A clause of time before the figure sets the time of what follows ("When the drive ended
    in 2023, it had vaccinated 3.8 million")."""
    if t.start <= c.end:
        return False
    base = c.sentence_start
    # only a clause that starts between the figure and the time expression can hold it
    return any(m.start() <= t.start - base < m.end()
               for m in _WHEN_CLAUSE.finditer(c.sentence, c.end - base, t.start - base + 1))


#: what opens an aside that a year may date without dating the rest of the sentence: a
#: participle or a relative pronoun ("founded in 2011", "which opened in 1971", "first run in
#: 1981"), after the noun of an apposition ("the heat exchanger maker founded in 1998")
_ASIDE_OPEN = re.compile(r"\s*(?P<noun>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?)?"
                         r"(?:which\b|who\b|(?:(?:first|originally|initially|only|last)\s+)?"
                         r"(?:[a-z]+ed|built|born|begun|run|held|made|won|written|taken|sold|"
                         r"bought|set\s+up)\s+(?:in|on|at|during)\b)", re.IGNORECASE)


#: "a programme launched in 1993 to move 1.35 million people": the year a plan began, then
#: the infinitive of its aim
_LAUNCHED_IN = re.compile(r"\b(?:launched|started|began|begun|set\s+up|founded|created|introduced|"
                          r"announced|approved|unveiled|adopted|opened|established|"
                          r"inaugurated)\s+(?:in|on)\s+$",
                          re.IGNORECASE)
_TO_AIM = re.compile(r"^\s*,?\s*(?:and\s+)?(?:aimed\s+|designed\s+|meant\s+|intended\s+)?to\s+"
                     r"[a-z]+(?:\s+(?:about|some|around|nearly|almost|more\s+than|over|up\s+to|"
                     r"another|a\s+total\s+of))?\s*$", re.IGNORECASE)


#: "began in 2005 and has treated": a perfect after the launch counts all the years since
_AND_HAS_SINCE = re.compile(r"^\s*,?\s*and\s+(?:has|have)\s+(?:(?:since|now|so\s+far|already)\s+)?"
                            r"[a-z]+(?:ed|en|t)\s+(?:(?:about|around|some|nearly|almost|more\s+"
                            r"than|over)\s+)?$", re.IGNORECASE)


def _of_the_launch(c: Claim, t: Claim) -> bool:
    """Whether the year ``t`` says when a plan was launched and the figure ``c`` is that
    plan's aim or what it has done since: in "a programme launched in 1993 to move 1.35
    million people", 1993 is when the programme began, not the year of 1.35 million moves;
    in "the clinic began in 2005 and has treated 40,000 patients", the 40,000 are of all the
    years since."""
    if t.end > c.start or t.kind != "year":
        return False
    base = c.sentence_start
    between = c.sentence[t.end - base:c.start - base]
    return (_TO_AIM.match(between) is not None or _AND_HAS_SINCE.match(between) is not None) \
        and _found_before(_LAUNCHED_IN, c.sentence, t.start - base)


def _in_aside(c: Claim, t: Claim) -> bool:
    """Whether the time expression ``t`` dates an aside set off by commas or brackets that
    does not hold the figure ``c``: in "Corvex, founded in 2011, has about 900 employees",
    2011 is when the company was founded, not when it counted 900 employees."""
    s, base = c.sentence, c.sentence_start
    lo = max(s.rfind(",", 0, t.start - base), s.rfind("(", 0, t.start - base)) + 1
    ends = [i for i in (s.find(",", t.end - base), s.find(")", t.end - base)) if i >= 0]
    hi = min(ends) if ends else len(s)
    if lo <= c.start - base < hi:
        return False
    m = _ASIDE_OPEN.match(s, lo)
    # (an apposition is closed by a comma or bracket: "After ten years, the bridge opened
    # in 2018." is the main clause)
    return m is not None and (m.group("noun") is None or bool(ends))


_SET_AGAINST_WORDS = r"compared\s+(?:with|to)|versus|vs\.?|against"
#: what opens the base of a comparison after a figure: "23 percent more than in 2020",
#: "compared with 2019", "up from ... in 2019", "the biggest project since independence in
#: 1963" (a year after "since" and other words dates the event it names)
_COMPARISON = re.compile(rf"\b(?:than|from|since|{_SET_AGAINST_WORDS})\b", re.IGNORECASE)
#: what sets a figure against what came before it: "4.8 million in 2023, against 1.3
#: million in its first year" (not "from" nor "than", which a year may govern across:
#: "in 2023, sales rose from 1.2 million", "in 2023, more than 300")
_SET_AGAINST = re.compile(rf"\b(?:{_SET_AGAINST_WORDS})\b", re.IGNORECASE)


def _of_comparison(c: Claim, t: Claim) -> bool:
    """Whether the time expression ``t`` dates the other side of a comparison ``c`` is on:
    in "riders made 1.6 million trips, 23 percent more than in 2020", 2020 is the year of
    the smaller count, not of the 1.6 million; in "4.8 million in 2023, against 1.3 million
    in its first year", 2023 is not the 1.3 million's."""
    if t.kind != "year" or t.qualifier not in ("", "exact"):
        return False
    base = c.sentence_start
    if t.end <= c.start:
        return _SET_AGAINST.search(c.sentence, t.end - base, c.start - base) is not None
    if t.start <= c.end:
        return False
    return _COMPARISON.search(c.sentence, c.end - base, t.start - base) is not None


#: a record set against a year: "the worst since records began in 1998", "its highest level
#: since 2008", "not seen since the 1990s" (the year dates what the record is measured from)
_RECORD_SINCE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|a)\s+(?:[a-z-]+\s+)?(?:worst|best|most|least|first|"
    r"[a-z]{3,}est)|\b(?:record|seen|unseen|unmatched|unprecedented))\b[^,;:()]*?\bsince\b"
    r"[^,;:()]*$", re.IGNORECASE)


def _of_a_record(c: Claim, t: Claim) -> bool:
    """Whether the year ``t`` before the figure ``c`` dates the start of a record ``c`` is
    not part of: in "the season, the worst since records began in 1998, ended with 64,000
    cases", 1998 is when records began, not the year of the 64,000 ("the worst since 1998,
    when 4,150 people died" tells of 1998: the clause after the year is its); nor is the year
    of a record that follows the figure: "killed 53 people last week, the deadliest storm
    since 1999"."""
    if t.kind != "year":
        return False
    base = c.sentence_start
    if t.start >= c.end:
        return _RECORD_SINCE.search(c.sentence, c.end - base, t.start - base) is not None
    if t.end > c.start:
        return False
    return _found_before(_RECORD_SINCE, c.sentence, t.start - base) and \
        _OF_THAT_YEAR.match(c.sentence, t.end - base, c.start - base) is None


class _Figures(NamedTuple):
    """The figures of one sentence that may own a time expression, in order of start."""

    starts: list[int]
    claims: list[Claim]


def _sentence_figures(claims: list[Claim]) -> _Figures:
    figs = sorted((o for o in claims if o.kind not in _TIME_KINDS and o.kind != "duration"),
                  key=lambda o: o.start)
    return _Figures([o.start for o in figs], figs)


#: a day said of a figure right after it: "died on Wednesday", "were killed yesterday"
_OWN_DAY = re.compile(r"\b(?:on\s+(?:" + "|".join(WEEKDAYS) + r")|yesterday|today|"
                      r"last\s+(?:night|week))\b", re.IGNORECASE)


def _of_another_figure(c: Claim, t: Claim, figures: _Figures) -> bool:
    """Whether the time expression ``t`` stands between ``c`` and another figure that is
    nearer to it: in "up to 106 billion pounds, nearly double the 2015 budget of 55.7
    billion pounds", 2015 is the 55.7 billion's year, not the 106 billion's. The figure
    next to ``t`` on the far side is the only one to ask: any farther one is farther."""
    if t.start > c.start:
        i = bisect.bisect_right(figures.starts, t.start)
        o = figures.claims[i] if i < len(figures.claims) else None
        near = figures.claims[i - 1] if i else c
        if near is not c and near.start > c.end and _across_clause(c, near) and \
                not _across_clause(near, t):
            # "has 3,000 km of railways, and plans to add 1,500 km by 2030": a year of the
            # next clause is the figure's of that clause
            return True
        if near is not c and near.start > c.end and _OWN_DAY.search(
                c.sentence, c.end - c.sentence_start, near.start - c.sentence_start):
            # "the factory where 14 workers died on Wednesday had failed two inspections in
            # 2024": the figure has its own day, and the year is the next figure's
            return True
    else:
        i = bisect.bisect_left(figures.starts, t.start) - 1
        o = figures.claims[i] if i >= 0 else None
    if o is None or o is c:
        return False
    before, after = (c, o) if c.start < t.start else (o, c)
    base = c.sentence_start
    if o.kind == c.kind and _POST_YEAR.match(c.sentence, before.end - base, t.start - base) and \
            _FROM_TO.match(c.sentence, t.end - base, after.start - base):
        # "fell from 30.2 million tonnes in 2024 to 23.6 million": a year right after an
        # amount is that amount's when "to" or "from" opens the other one's phrase (not in
        # "grew 22 percent in 2023, to $710 million", where it dates both)
        return o is before
    if _gap(o, t) >= _gap(t, c) or (o.kind == "percent" and c.kind != "percent"):
        # a year after a percentage ("grew 22 percent in 2023, to $710 million") dates the
        # amount set beside it as well
        return False
    # ... and a few words at most part them, none a clause mark or a coordination: "Since
    # the 18th Congress in 2012, more than 9,500 projects" and "sent 300 doctors to the
    # region in 1995 and the city sent 400 nurses": 1995 is the 300's as much as the 400's
    lo, hi = (t.end, o.start) if o.start > t.start else (o.end, t.start)
    return bool(_CLOSE_MODIFIER.match(c.sentence[lo - c.sentence_start:hi - c.sentence_start]))


#: a clause that tells of the year right before it: "since 1998, when"
#: (a figure's thousands separator is no clause mark: "since 2017, when a blaze burned
#: 25,000 hectares and killed 64")
_OF_THAT_YEAR = re.compile(r"\s*,\s*when\b(?:[^,;:()]|(?<=\d),(?=\d{3}))*$", re.IGNORECASE)

#: between a figure and the year that dates it: "30.2 million tonnes in", "12,000 cars in",
#: "68 percent of the world's population in"
_POST_YEAR = re.compile(r"(?:\s+[a-z][\w'’-]*){0,4}\s+(?:in|during)\s+"
                        r"(?:(?:fiscal|the\s+year)\s+)?$", re.IGNORECASE)
#: what opens the other figure's phrase after a year: "... in 2024 to 23.6", ", up from"
_FROM_TO = re.compile(r"[\s,]*(?:[a-z]+\s+)?(?:to|from)\s", re.IGNORECASE)
#: what may stand between a year and the figure it modifies: "2015 budget of", "pounds in"
_CLOSE_MODIFIER = re.compile(r"^(?!.*\b(?:and|or|but)\b)[^,;:()]{0,40}$", re.IGNORECASE)


_CLAUSE_MARK = re.compile(r"[,;:()]")
#: a clause of "since" after a figure, up to a year: " new pulsars since it began operating in "
_SINCE_TRAIL = re.compile(r"[^,;:\d]{0,40}?\bsince\s+(?:it|they|the|its|their|work|"
                          r"construction)\b[^,;:\d]{0,50}?\b(?:began|begun|started|opened|"
                          r"launched|was\s+launched|was\s+set\s+up|went\s+into\s+service)\b"
                          r"[^,;:\d]{0,20}?\bin\s+", re.IGNORECASE)
#: a clause of "since" that opens its sentence, up to a year: "Since the programme began in "
_SINCE_CLAUSE = re.compile(r"^(?:[^,;:]*?--\s*)?Since\s+[^,;:\d]*?\bin\s+$")


def _gap(a: Claim, b: Claim) -> int:
    """The characters between two claims' spans ("2.6 million in 2023": 4): a long figure
    is no farther from a year than a short one."""
    return b.start - a.end if b.start >= a.end else max(0, a.start - b.end)


# Every figure of a sentence asks these of the same sentence and the same few years: cached,
# a long sentence (a table run together, up to MAX_SENTENCE) is read once, not once a figure
# (a one-line 5 MB file took 0.05 MB/s).
@functools.lru_cache(maxsize=256)
def _found_before(pattern: re.Pattern[str], sentence: str, end: int) -> bool:
    """Whether ``pattern`` matches in ``sentence`` before ``end`` (as ``search(s, 0, end)``)."""
    return pattern.search(sentence, 0, end) is not None


@functools.lru_cache(maxsize=64)
def _clause_marks(sentence: str) -> list[int]:
    return [m.start() for m in _CLAUSE_MARK.finditer(sentence)]


def _across_clause(c: Claim, t: Claim) -> bool:
    """Whether a comma, semicolon, colon or bracket stands between the figure ``c`` and the
    time expression ``t`` of its sentence."""
    lo, hi = (c.end, t.start) if t.start >= c.end else (t.end, c.start)
    base = c.sentence_start
    marks = _clause_marks(c.sentence)
    i = bisect.bisect_left(marks, max(0, lo - base))
    return i < len(marks) and marks[i] < max(0, hi - base)


#: a present of its own in a figure's clause
_NOW = re.compile(r"\b(?:today|now|currently|at\s+present|presently|these\s+days)\b",
                  re.IGNORECASE)


def _now_in_clause(c: Claim) -> bool:
    """Whether the figure's own clause (between the clause marks around it) says it is of
    the present: "; today there are 19", ", and 19 take part now"."""
    base, marks = c.sentence_start, _clause_marks(c.sentence)
    i = bisect.bisect_left(marks, c.start - base)
    lo = marks[i - 1] if i > 0 else 0
    j = bisect.bisect_left(marks, c.end - base)
    hi = marks[j] if j < len(marks) else len(c.sentence)
    return _NOW.search(c.sentence, lo, hi) is not None


def _nearest_period(c: Claim, siblings: list[Claim], doc_year: int | None,
                    figures: _Figures | None = None
                    ) -> tuple[tuple[str, int | None, int | None], bool]:
    """The period of the time expression nearest ``c`` in its sentence that dates it, else
    the document's year (not stated)."""
    # nearest first, so the tests below run on one or two candidates, not on every year of
    # a long sentence; one in the figure's own clause before one across a comma: in "fell
    # to 30,500 in 2024, from 32,000 in 2023", 2023 is the 32,000's
    for t in sorted(siblings, key=lambda t: (_across_clause(c, t), _gap(c, t))):
        if t is c:
            continue
        if t.kind in _TIME_KINDS and _across_clause(c, t) and _now_in_clause(c):
            break  # "In 2005, 8 provinces took part; today there are 19": 19 is of today
        if t.kind in _TIME_KINDS:
            period = _period_of_time_claim(t, doc_year)
            if t.kind == "year" and t.end <= c.start and t.qualifier in ("exact", "") and \
                    _found_before(_SINCE_CLAUSE, c.sentence, t.start - c.sentence_start) and \
                    _CLAUSE_MARK.search(c.sentence, t.end - c.sentence_start,
                                        c.start - c.sentence_start):
                # "Since the border doctors programme began in 2008, 4,600 doctors have
                # served": since 2008, however long the clause before the year (a short one
                # makes the year's own qualifier "since")
                period = _period_of_time_claim(t.evolve(qualifier="since"), doc_year)
            if t.kind == "year" and t.start >= c.end and t.qualifier in ("exact", "") and \
                    _SINCE_TRAIL.fullmatch(c.sentence, c.end - c.sentence_start,
                                           t.start - c.sentence_start) and \
                    not _of_a_record(c, t):
                # "has found 660 pulsars since it began operating in 2016": all the years
                # since 2016, not a comparison with it
                return _period_of_time_claim(t.evolve(qualifier="since"), doc_year), True
            if t.qualifier == "since" and t.end <= c.start and _OF_THAT_YEAR.match(
                    c.sentence, t.end - c.sentence_start, c.start - c.sentence_start):
                # "the worst since 1998, when 4,150 people died": the clause tells of 1998
                period = (str(int(t.low)), int(t.low), int(t.low))
        elif t.kind == "duration" and t.subject == "past" and doc_year:
            n = int(round(t.value))
            period = (f"{doc_year - n}–{doc_year}", doc_year - n, doc_year)
        else:
            continue
        if _of_another_event(c, t) or _in_aside(c, t) or _of_comparison(c, t) or \
                _of_the_launch(c, t) or _of_a_record(c, t) or (
                figures and _of_another_figure(c, t, figures)):
            continue
        return period, True
    if doc_year:
        return (str(doc_year), doc_year, doc_year), False
    return ("", None, None), False
