"""Claim frames: what a figure measures, for whom, over what time, how aggregated, with what
status, and whether two frames speak of the same quantity.

The stage runs after ``scope`` (which gives each claim its place and the period its sentence
names) and before grouping. It reads the figure's clause, with the vocabularies of
``rules/frames.yaml``:

- *measure*: the counted noun with its event ("schools rebuilt", "teachers sent"); a generic
  noun is a measure only through its event ("193 people died" measures "killed");
- *actor*: who sends, pays or builds, when the clause says ("by Beijing", "from 17 provinces");
- *time scope*: ``as_of`` an instant (running totals), a ``period``, one ``year``, one
  ``batch``; empty when the sentence states no time;
- *aggregation*: ``cumulative``, ``flow``, ``batch``, ``share``, ``change`` or unknown;
- *status*: ``planned`` (will, expected, pledged, budget...) or ``actual``.

:func:`apart` is the one place that decides whether two claims may be compared: it names the
frame element that keeps them apart, or says that one is unknown, which means abstain.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz

from . import dates
from .claims import Claim
from .corpus import Document
from .errors import RuleError
from .extract import timeexpr
from .extract.ages import AgeWords, age_words
from .extract.elliptic import continues_list
from .extract.figures import JOINED_NOUN
from .extract.numerals import UNITS_WORDS, words_value
from .grouping import normalize_subject, numbers_in, singular
from .scope import PLACE_KINDS, designated_places, named_before
from .yamlfile import read_data_mapping

FRAMES_FILE = "frames.yaml"
#: the entries of frames.yaml that map a name to its words
_MAPPINGS = ("events", "incidents")
_LISTS = ("generic", "planned", "cumulative", "flow", "rate", "batch", "as_of", "this_year",
          "last_year", "year_before", "actor_cues", "money_words", "actor_nouns", "disputed",
          "event_nouns", "plan_nouns", "deed_before_to", "result_verbs", "per_period",
          "statistics", "populated", "levels", "giving", "money_events", "people_events",
          "level_events", "incident_events", "estimates", "idioms", "age_holders",
          "undertakings", "sought", "plan_for", "outbreak_words", "incident_sites",
          "past_season", "not_events", "capacity", "capacity_after", "doing",
          "rate_nouns", "sudden_incidents", "plain_words", "distinct_words",
          "giver_generic", "plain_recipients", "plain_modifiers")
_FIGURE_KINDS = ("count", "money", "percent", "quantity")
#: the measure of a bare count of cases
_CASE = "case"
#: words of the clause read on each side of the figure
_BEFORE_WORDS, _AFTER_WORDS = 14, 7
_CLAUSE_END = re.compile(r"[;:!?]|\s[—–]\s|\.\s|\(|\)|,\s*when\s")
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                  "twelfth final last latest next previous").split()
_MEASURE_SAME = 90.0  # token_sort_ratio two measures need to be the same quantity
_ACTOR_SAME = 80.0


@dataclass(frozen=True)
class Vocabulary:
    """The compiled word lists of ``frames.yaml``."""

    generic: frozenset[str]
    planned: re.Pattern
    cumulative: re.Pattern
    flow: re.Pattern
    batch: re.Pattern
    as_of: re.Pattern
    this_year: re.Pattern
    last_year: re.Pattern
    actor: re.Pattern
    #: each event's words as written in frames.yaml (start topics canonicalise with them)
    event_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: every event word in one pattern, and the event of each (lower-cased, single-spaced):
    #: one scan of a clause instead of one per event
    any_event: re.Pattern = re.compile(r"(?!x)x")
    event_of: dict[str, str] | None = None
    #: a capitalised name right before an event verb and the figure: "Chongqing spent"
    subject_actor: re.Pattern = re.compile(r"(?!x)x")
    #: words that say a bare figure is an amount of money ("910 million has been spent")
    money_words: re.Pattern = re.compile(r"(?!x)x")
    #: "the city sent 300": a common noun that acts, before an event verb and the figure
    noun_actor: re.Pattern = re.compile(r"(?!x)x")
    #: words right before a figure that take it back ("880 million, not the 820 million")
    disputed: re.Pattern = re.compile(r"(?!x)x")
    #: "the Ridgeback fire has killed 12": a named event, the subject of the verb and figure
    event_actor: re.Pattern = re.compile(r"(?!x)x")
    #: "a $45 billion investment programme": a figure that sizes a plan names a plan's size
    sizes_plan: re.Pattern = re.compile(r"(?!x)x")
    #: "every day", "per 100,000 people": a rate, after the figure; and its forms that may
    #: stand before it ("Every day, almost four people die")
    rate_after: re.Pattern = re.compile(r"(?!x)x")
    rate_before: re.Pattern = re.compile(r"(?!x)x")
    #: "a year earlier", "the year before": the year before the sentence's
    year_before: re.Pattern = re.compile(r"(?!x)x")
    #: "fire", "quake": names of what happened, not kinds of a toll ("the flood toll")
    event_nouns: frozenset[str] = frozenset()
    #: "a drive to plant 10 billion trees": an infinitive that governs the figure states a
    #: goal (not after "helped", "managed"; not "to reach", "to bring")
    goal: re.Pattern = re.compile(r"(?!x)x")
    deed: re.Pattern = re.compile(r"(?!x)x")
    #: "100 million doses a year by 2026": a figure per period right after it is a flow,
    #: even when a date says by when it is reached
    per_period: re.Pattern = re.compile(r"(?!x)x")
    #: "the median home costs", "sell for 538,000 on average": which statistic a figure is;
    #: a median and an average are not one quantity
    statistics: re.Pattern = re.compile(r"(?!x)x")
    #: "a country of 7 million": a bare figure after a populated place counts its people,
    #: even in a sentence of money
    populated: re.Pattern = re.compile(r"(?!x)x")
    #: "the average price has risen to": a level that rises and falls, no running total
    levels: re.Pattern = re.compile(r"(?!x)x")
    #: a verb of giving right after its giver: " promised", " would release"
    giving: re.Pattern = re.compile(r"(?!x)x")
    #: a verb of giving or of another deed only someone does, right after its doer: " sold"
    doing: re.Pattern = re.compile(r"(?!x)x")
    #: a verb of giving right before the amount: "managed to mobilise about"
    gives: re.Pattern = re.compile(r"(?!x)x")
    #: the verbs of giving themselves (lower case)
    giving_words: frozenset[str] = frozenset()
    #: the one-word verbs of giving and of deeds (lower case): "exports", "sales" opening a
    #: sentence name what is done, not who does it
    activities: frozenset[str] = frozenset()
    #: events said only of money: "received 150,000 visitors" is no payment
    money_events: frozenset[str] = frozenset()
    #: events said only of people: "moved 60 billion cubic metres of water" is no relocation
    people_events: frozenset[str] = frozenset()
    #: events whose counts are levels, not running totals: the missing are found
    level_events: frozenset[str] = frozenset()
    #: every incident word in one pattern, and the incident of each ("quake": earthquake)
    any_incident: re.Pattern = re.compile(r"(?!x)x")
    incident_of: dict[str, str] | None = None
    #: events whose counts are tolls of an incident: the dead of a ferry's sinking are not
    #: the dead of a landslide
    incident_events: frozenset[str] = frozenset()
    #: what an incident may strike, named in its text: "bus" of "the bus fire"
    incident_sites: frozenset[str] = frozenset()
    #: incidents that happen on one day: two told as of days apart are two incidents
    sudden_incidents: frozenset[str] = frozenset()
    estimates: frozenset[str] = frozenset()
    #: where a figure is a person's age: "children under 15", "a 15-year-old girl"
    ages: AgeWords = AgeWords(re.compile(r"(?!x)x"), re.compile(r"(?!x)x"))
    #: what does the counting when it reaches a figure ("the drive reached 1 million homes"),
    #: with the actors: not what the figure measures
    doers: frozenset[str] = frozenset()
    #: a call for a figure, right before it: "a drive for 4 million children", "an appeal
    #: for $138 million": the figure is sought, so planned
    sought: re.Pattern = re.compile(r"(?!x)x")
    #: words of a text about an outbreak, in which a bare count of cases counts the
    #: infected ("now stands at 341 cases" beside "287 people have fallen ill")
    outbreak: re.Pattern = re.compile(r"(?!x)x")
    #: "last winter", "the previous season": a season before the text's, whose year the words
    #: do not say
    past_season: re.Pattern = re.compile(r"(?!x)x")
    #: participles that say how a count was stated, not what happened to what it counts
    not_events: frozenset[str] = frozenset()
    #: "holds 65,000", "built for 18,500" right before a count; "when full" after its noun
    capacity: re.Pattern = re.compile(r"(?!x)x")
    capacity_after: re.Pattern = re.compile(r"(?!x)x")
    #: a rate named as the subject of the verb that sets a percentage, right before it:
    #: "the unemployment rate fell to", "Turnout was"
    rate_subject: re.Pattern = re.compile(r"(?!x)x")
    #: a noun of a rate anywhere: "Youth unemployment" of "Youth unemployment: 14.1%"
    rate_noun: re.Pattern = re.compile(r"(?!x)x")
    #: words that say nothing of what a text, a start or a duration is about (topics)
    plain_words: frozenset[str] = frozenset()
    #: words that tell one undertaking from another of one name ("the second phase")
    distinct_words: frozenset[str] = frozenset()
    #: words of a giver's name that name no one ("City of Paris" is Paris)
    giver_generic: frozenset[str] = frozenset()
    #: words of what an amount went to that name no particular cause ("the fund")
    plain_recipients: frozenset[str] = frozenset()
    #: words before an event's noun that say when or how sure, not which kind ("final")
    plain_modifiers: frozenset[str] = frozenset()


#: "a day later", "a year after the fire": a time, not a rate or a figure per period
_NOT_A_TIME_AFTER = r"(?!\s+(?:after|later|earlier|before|ago)\b)"


def _words(phrases: list[str]) -> re.Pattern:
    alts = sorted({p.lower().strip() for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alts) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _not_idioms(idioms: list[str], events: re.Pattern) -> re.Pattern:
    """``events``, where no idiom starts: "gave the go-ahead to a 32.7 billion pound line"
    gives no money."""
    if not idioms:
        return events
    body = _words(idioms).pattern.removeprefix(r"(?<![\w-])")
    return re.compile(r"(?<![\w-])(?!" + body + ")" + events.pattern.removeprefix(r"(?<![\w-])"),
                      re.IGNORECASE)


#: a month or weekday written with a capital is a time, never who acted
_TIME_NAME = (r"(?!(?:" + "|".join(w.capitalize() for w in (
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split())) + r")\b)")


#: words that start a sentence without naming anyone
_OPENERS = frozenset("The This That These Those It He She We They I You Each Every Some Most "
                     "Many All Both Another One Its Their His Her Our Nobody Everyone Others "
                     "Also Then Later Earlier Now Meanwhile However".split())

#: a verb of the past that makes its subject the holder of the figure after it ("Italy
#: registered 157,652 arrivals", "Spain took in 56,800"): any word in -ed, or one of these
_PAST_VERBS = ["[a-z]+ed", "saw", "took in", "took", "had", "has", "got", "gave", "sent",
               "spent", "built", "lost", "made", "won", "paid", "sold", "bought", "held",
               "hosted", "counts", "records", "reports", "registers", "receives", "sees"]


def _phrases(words: list[str]) -> str:
    """Words as a regex alternation: lower case, longest first, a space for any blanks."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted({w.lower() for w in words if w.strip()}, key=len,
                                    reverse=True))


#: between the actor and its verb, and between the verb and the figure
_AUXILIARIES = (r"(?:(?:has|have|had|also|already|together|jointly|would|will|alone|itself|"
                r"now|still)\s+)*")
#: (a verb's particle may come first: "paid out 30 million", "handed out 5,000 tents", "gave
#: away 2,000")
_BEFORE_FIGURE = (r"(?:\s+(?:out|aside|up|off|away|back|down))?"
                  r"(?:\s+(?:a\s+total\s+of|some|about|around|nearly|almost|more\s+than|"
                  r"over|at\s+least|roughly|another))?\s*$")


def _subject_actor(verbs: list[str]) -> re.Pattern:
    """A name right before one of ``verbs`` (the event words) and the figure."""
    return _name_before(_phrases(verbs))


#: where a name that opens its clause starts: not inside a name ("Singles' Day festival"
#: is no "Day festival"), nor after a word other than "the", nor after a preposition and
#: "the" ("during the Singles' Day festival reached" names no one who reached); one
#: lookbehind each, of one width as lookbehinds must be
_NAME_OPENS = r"(?:(?<![A-Za-z'’]\s)|(?<=\b[Tt]he\s))" + "".join(
    rf"(?<!\b{p}\sthe\s)" for p in (
        "in on at of for from to with by during over under after before since into onto "
        "across through around near behind between among via").split())
#: a capitalised name of up to four words ("Bank of Tarsa")
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}"


def _name_before(alts: str) -> re.Pattern:
    """A capitalised name, then (an apposition, "said it would", auxiliaries) a verb of
    ``alts`` (a regex alternation), then the figure."""
    return re.compile(
        r"(?<![\w'’.-])" + _TIME_NAME +
        # "Madrid-Barajas airport welcomed", "the Kessin plant produced": a name and its own
        # noun (one thing: not "Chongqing residents", nor "Korvex recently"; and a name, not
        # "The company", "Its plant")
        r"(?P<actor>(?=[A-Z])(?!(?:" + "|".join(sorted(_OPENERS)) + r")\b)" + _NAME_OPENS +
        _NAME +
        r"\s+(?!(?:has|have|had|also|already|together|jointly|would|will|alone|itself|said|"
        # "Kestrel Coffee now has": an adverb or a function word is no noun of the name's
        r"and|or|of|now|still|then|just|once|soon|often|again|even|ever|yet|not|both|all|"
        r"this|that|the|which|who|whose|when|where|with|from|into|for|but)\b)"
        # (not a plural or an adverb: "Chongqing residents", "Korvex recently"; a body's noun
        # in -y is a noun: "Verano city", "the Tarsa refinery")
        r"(?:[a-z]{3,}(?<![sy])|city|county|company|agency|authority|ministry|university|"
        r"army|navy|embassy|refinery|factory|charity|society|party|utility|railway|foundry|"
        r"brewery|library|academy|facility|colliery|distillery|bakery|pharmacy|dairy|"
        r"quarry)(?=\s|,)|" + _NAME + ")"
        # "Bernard Arnault, founding chairman of LVMH, gave": the name before an apposition
        r"(?:\s*,[^,]{1,60},)?\s+"
        # "Total said it would give", "the firm said on Monday that it had donated"
        r"(?:said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|he|she|they)\s+)?" +
        _AUXILIARIES + r"(?i:" + (alts or "(?!x)x") + r")" + _BEFORE_FIGURE)


#: "managed to mobilise", "agreed to lend": a verb before the infinitive that acts
_ACTS_TO = r"(?:(?:managed|agreed|decided|offered|promised|pledged|vowed|went\s+on)\s+to\s+)?"


#: verbs that say a figure was counted somewhere, not done by the one counting
_RECORDING = r"recorded|records|registered|registers|reported|reports|counted|counts|logged|" \
             r"saw|sees|had|has"


def _noun_actor(nouns: list[str], verbs: list[str]) -> re.Pattern:
    """"The city sent 300", "the hospital treated 4,500", "the city of Paris managed to
    mobilise €10 million": a common noun that acts (``nouns``), named or not, right before
    an event verb, a verb of giving or a verb of the past and the figure."""
    if not nouns or not verbs:
        return re.compile(r"(?!x)x")
    return re.compile(
        # the words before the noun are the actor's own: "the neighbouring county" is not
        # "the county"
        r"(?i:\b(?:the|its|their|this|that)\s+"
        r"(?P<actor>(?:[a-z][\w-]*\s+){0,2}?(?:" + _phrases(nouns) + r")"
        # "the city of Paris", "the regional government of greater Paris": the one named
        r"(?P<name>\s+of\s+(?-i:(?:[a-z]+\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?))"
        r"\s+(?i:" + _AUXILIARIES + _ACTS_TO +
        # an event verb, or any verb of the past ("the hospital treated 4,500 patients"),
        # not one that only records what happened there ("the city recorded 212 killings":
        # the city is where, as a place is)
        r"(?!(?:" + _RECORDING + r")\b)"
        r"(?:" + _phrases(verbs) + "|" + "|".join(_PAST_VERBS) + r")" + _BEFORE_FIGURE + ")")


#: what a number of givers counts: "from 17 provinces", "by 30 companies" (not "from 47
#: gigawatt-hours", a base)
_COUNTED_ACTORS = (r"(?:provinces|cities|municipalities|companies|enterprises|countries|"
                   r"governments|departments|ministries|donors|firms|organi[sz]ations|states|"
                   r"nations|banks|charities|foundations|members|agencies|partners)\b")


def _event_actor(nouns: list[str], verbs: list[str]) -> re.Pattern:
    """"The Ridgeback fire has killed 12", "the 2025 Lake Verne flood destroyed 300 homes": a
    capitalised name and an event noun (``nouns``), then an event verb or a verb of the past
    and the figure."""
    if not nouns or not verbs:
        return re.compile(r"(?!x)x")
    return re.compile(
        r"(?<![\w'’.-])(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+)?(?!The\b|This\b|That\b)"
        r"(?P<actor>(?:[A-Z][\w'’.-]*\s+){1,3}(?i:" + _phrases(nouns) + r"))"
        r"(?:\s*,[^,]{1,60},)?\s+(?i:" + _AUXILIARIES + r"(?:" + _phrases(verbs) + "|" +
        "|".join(_PAST_VERBS) + r")" + _BEFORE_FIGURE + ")")


#: a name before any verb of the past and the figure ("Italy registered 157,652 arrivals")
_SUBJECT_HOLDER = _name_before("|".join(_PAST_VERBS))


def load_vocabulary(rules_dir: Path) -> Vocabulary:
    """The frame vocabularies from ``rules_dir/frames.yaml`` (bundled file otherwise)."""
    from .resources import data_file

    return _load(data_file(rules_dir, FRAMES_FILE).resolve())


@lru_cache(maxsize=8)
def _load(path: Path) -> Vocabulary:
    data, lines = read_data_mapping(path, _MAPPINGS + _LISTS, RuleError)
    for k, v in data.items():
        mapping = k in _MAPPINGS
        ok = isinstance(v, dict) and all(isinstance(x, list) for x in v.values()) \
            if mapping else isinstance(v, list)
        if not ok or (mapping and not all(isinstance(w, str) for x in v.values()
                                          for w in x)) or \
                (not mapping and not all(isinstance(w, str) for w in v)):
            what = f"a mapping of {k.removesuffix('s')} name to a list of words" if mapping \
                else "a list of words"
            raise RuleError(f"{k} must be {what}", path=str(path), line=lines.get(str(k)))
    event_lists = [(str(name), [str(w) for w in words])
                   for name, words in sorted((data.get("events") or {}).items())]
    incident_lists = [(str(name), [str(w) for w in words])
                      for name, words in sorted((data.get("incidents") or {}).items())]
    lists = {k: data.get(k) or [] for k in _LISTS}
    cues = _words(lists["actor_cues"]).pattern
    actor = re.compile(
        # "by Saturday", "by March", "by 2020", "by the end of": a time, not who acted
        cues + r"\s+(?!(?i:(?:the\s+)?(?:end|middle|start|beginning|close|time|mid)\b|"
        + "|".join(WEEKDAYS) + r"|jan(?:uary)?\b|feb(?:ruary)?\b|"
        r"march\b|apr(?:il)?\b|may\b|june?\b|july?\b|aug(?:ust)?\b|sept?(?:ember)?\b|"
        r"oct(?:ober)?\b|nov(?:ember)?\b|dec(?:ember)?\b|(?:19|20)\d\d\b|noon|midnight|"
        r"tonight|today|tomorrow|yesterday))"
        # "from businessman Bernard Arnault", "from the oil group Total": a name after a few
        # words that describe it (a preposition among them ends the phrase: "from a telethon
        # on Wednesday" names no one)
        r"(?:(?:(?:the|a|an)\s+)?(?:(?!(?:on|in|at|by|for|to|with|from|during|after|"
        r"before|since|of|over|under|off|near|into|onto|across|along|through|around|"
        # "from the ferry that capsized off Tarso": a relative clause names no giver either
        r"that|which|who|whose)\b)[a-z][\w'’-]*\s+){0,4}?" + _TIME_NAME +
        # "from 17 provinces" names who gave; "from the 2020 level of 1,520" a year
        r"(?P<actor>(?:(?!(?:1[6-9]|20)\d\d\b)\d[\d,]*(?=\s+" + _COUNTED_ACTORS + r")|"
        r"[A-Z][\w'’.-]*)"
        r"(?:\s+(?:and|of|[A-Z][\w'’.-]*|provinces|cities|municipalities|companies|"
        r"enterprises|government|governments|departments|ministries|authorities)){0,5})"
        # "from the central government", "by state-owned firms": an actor in lower case
        r"|(?P<lower>(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:government|governments|firms|companies|"
        r"enterprises|authorities|ministry|ministries|agencies|donors|banks|provinces|cities|"
        r"municipalities|departments|charities|foundations|businesses|individuals)))\b")
    return Vocabulary(frozenset(w.lower() for w in lists["generic"]),
                      _words(lists["planned"]), _words(lists["cumulative"]),
                      # "a year ago" is a time, no flow
                      re.compile(_words(lists["flow"]).pattern + _NOT_A_TIME_AFTER,
                                 re.IGNORECASE),
                      _words(lists["batch"]), _words(lists["as_of"]),
                      _words(lists["this_year"]), _words(lists["last_year"]), actor,
                      tuple((name, tuple(words)) for name, words in event_lists),
                      _not_idioms(lists["idioms"],
                                  _words([w for _, words in event_lists for w in words])),
                      {" ".join(w.lower().split()): name
                       for name, words in reversed(event_lists) for w in words},
                      _subject_actor([w for _, words in event_lists for w in words]),
                      _words(lists["money_words"]),
                      _noun_actor(lists["actor_nouns"],
                                  [w for _, words in event_lists for w in words] +
                                  lists["giving"]),
                      re.compile(rf"(?<![\w-])(?:{_phrases(lists['disputed']) or '(?!x)x'})"
                                 r"\s+(?:(?:the|an?|its|their)\s+)?$", re.IGNORECASE),
                      _event_actor(lists["event_nouns"],
                                   [w for _, words in event_lists for w in words]),
                      _sizes_plan(lists["plan_nouns"]),
                      re.compile(rf"(?<![\w-])(?:{_phrases(lists['rate']) or '(?!x)x'}|"
                                 r"per(?=\s+\d|\s*$))(?![\w-])" + _NOT_A_TIME_AFTER,
                                 re.IGNORECASE),
                      _words([w for w in lists["rate"]
                              if w.split()[0].lower() not in ("a", "an")]),
                      _words(lists["year_before"]),
                      frozenset(w.lower() for w in lists["event_nouns"]),
                      _goal(lists["result_verbs"]),
                      re.compile(rf"(?<![\w-])(?:{_phrases(lists['deed_before_to'])})\s*$"
                                 if lists["deed_before_to"] else r"(?!x)x", re.IGNORECASE),
                      per_period=re.compile(_words(lists["per_period"]).pattern +
                                            _NOT_A_TIME_AFTER, re.IGNORECASE),
                      statistics=_words(lists["statistics"]),
                      levels=_words(lists["levels"]),
                      giving=_after_doer(lists["giving"]),
                      doing=_after_doer(lists["giving"] + lists["doing"]),
                      giving_words=frozenset(w.lower() for w in lists["giving"]),
                      activities=frozenset(w.lower() for w in lists["giving"] + lists["doing"]
                                           if " " not in w.strip()),
                      gives=re.compile(r"(?<![\w-])(?:" + (_phrases(lists["giving"]) or "(?!x)x")
                                       + r")" + _BEFORE_FIGURE, re.IGNORECASE),
                      money_events=frozenset(lists["money_events"]),
                      people_events=frozenset(lists["people_events"]),
                      level_events=frozenset(lists["level_events"]),
                      any_incident=_words([w for _, words in incident_lists for w in words]),
                      incident_of={" ".join(w.lower().split()): name
                                   for name, words in reversed(incident_lists) for w in words},
                      incident_events=frozenset(lists["incident_events"]),
                      incident_sites=frozenset(w.lower() for w in lists["incident_sites"]),
                      sudden_incidents=frozenset(lists["sudden_incidents"]),
                      past_season=_words(lists["past_season"]),
                      not_events=frozenset(w.lower() for w in lists["not_events"]),
                      capacity=re.compile(
                          rf"(?<![\w-])(?:{_phrases(lists['capacity']) or '(?!x)x'})"
                          r"(?:\s+(?:about|around|some|nearly|almost|up\s+to|more\s+than|"
                          r"over|roughly))?\s*$", re.IGNORECASE),
                      capacity_after=re.compile(
                          rf"\s*,?\s*(?:{_phrases(lists['capacity_after']) or '(?!x)x'})"
                          r"(?![\w-])", re.IGNORECASE),
                      estimates=frozenset(w.lower() for w in lists["estimates"]),
                      rate_subject=_rate_subject(lists["rate_nouns"]),
                      rate_noun=_words(lists["rate_nouns"]),
                      ages=age_words(lists["age_holders"]),
                      doers=frozenset(w.lower() for w in [*lists["undertakings"],
                                                          *lists["actor_nouns"],
                                                          *lists["plan_nouns"]]),
                      sought=re.compile(
                          rf"(?<![\w-])(?:(?:{_phrases(lists['sought']) or '(?!x)x'})|"
                          rf"(?:{_phrases(lists['plan_for']) or '(?!x)x'})"
                          r"(?:\s+[\w'’-]+){0,3}?)\s+for"
                          r"(?:\s+(?:a|an|the|some|about|nearly|up\s+to|more\s+than|over))*"
                          r"\s*$",
                          re.IGNORECASE),
                      outbreak=re.compile(
                          rf"(?<![\w-])(?:{_phrases(lists['outbreak_words']) or '(?!x)x'})"
                          r"(?![\w-])", re.IGNORECASE),
                      populated=re.compile(
                          rf"(?<![\w-])(?:{_phrases(lists['populated']) or '(?!x)x'})\s+of"
                          + _QUALIFIERS_ONLY.pattern + "$", re.IGNORECASE),
                      plain_words=_lowered(lists["plain_words"]),
                      distinct_words=_lowered(lists["distinct_words"]),
                      giver_generic=_lowered(lists["giver_generic"]),
                      plain_recipients=_lowered(lists["plain_recipients"]),
                      plain_modifiers=_lowered(lists["plain_modifiers"]))


def _lowered(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


#: function words, never words that say which kind of thing a noun is: they cannot stand
#: between a figure and the plan it sizes ("$3 billion of the programme" is a part of the
#: plan), and they end the kind read back from an event noun ("the number of people killed"
#: names no kind of killing)
_NOT_MODIFIERS = frozenset("""the a an its their his her our this that these those which who
of in on at and or to from by with for as number total has have had was were is are be been
will would said says say told tells reported reports announced announces noted notes added
adds stated states showed shows put puts now also already so far just still only even
although though because if unless when whether but yet than after before until once while
whereas since where then there not nor""".split())


def _goal(results: list[str]) -> re.Pattern:
    """"to" and a verb right before a figure (a qualifier may stand between): "launched a
    drive to plant 10 billion trees", "a campaign to vaccinate some 4.2 million girls"."""
    not_result = rf"(?!(?:{_phrases(results)})\b)" if results else ""
    return re.compile(rf"(?<![\w-])to\s+{not_result}[a-z]{{3,}}" + _BEFORE_FIGURE,
                      re.IGNORECASE)


def _is_goal(vocab: Vocabulary, before: str) -> bool:
    """Whether an infinitive right before the figure states a goal, not a deed ("helped to
    rebuild 300 schools")."""
    m = vocab.goal.search(before)
    return m is not None and vocab.deed.search(before, 0, m.start()) is None


def _sizes_plan(nouns: list[str]) -> re.Pattern:
    """A plan noun right after a figure, behind at most two words that describe it: "$45
    billion investment programme", "a 57 billion dollar package"."""
    if not nouns:
        return re.compile(r"(?!x)x")
    function_words = "|".join(sorted(_NOT_MODIFIERS))
    return re.compile(rf"^\s*(?:(?!(?:{function_words})\b)[a-z][\w'-]*\s+){{0,2}}?"
                      rf"(?:{_phrases(nouns)})\b", re.IGNORECASE)


_MODIFIER = re.compile(r"-[A-Za-z]")
#: where a clause of its own starts: "..., and the number of homes lost has risen to 415";
#: "a third person has died in the county, where cases have climbed to 489"
_COORDINATION = re.compile(r",\s*(?:and|but|while|whereas|where)\b|\b(?:while|whereas)\b|"
                           # "searched for 38 missing as the death toll rose to 41", "12
                           # were injured and the number of dead rose to 30", "With 20
                           # still missing, the toll stood at 45": a clause of its own,
                           # about the toll
                           r"(?:\b(?:as|and)\s+|,\s*)(?=(?:the\s+)?(?:death\s+)?(?:toll|tally)\b|"
                           r"the\s+(?:death\s+)?(?:count|number\s+of)\b)|"
                           # ", short of its target of 2.6 million", ", beating its target
                           # of 70 million": the plan is the other figure's
                           r",\s*(?:well\s+|far\s+|just\s+)?(?:short\s+of|below|above|"
                           r"ahead\s+of|behind|against|beating|exceeding|surpassing|topping|"
                           r"missing|compared\s+(?:with|to))\b", re.IGNORECASE)
#: a second verb of the same subject: "employs 4,900 and will lose 1,700 jobs"
_NEXT_PREDICATE = re.compile(r"(?:^|\s)(?:and|but)\s+(?=(?:will|would|shall|plans?|expects?|aims?|"
                             r"intends?)\b)", re.IGNORECASE)
#: a verb that makes the figure the value its clause's subject reached
_TO_END = re.compile(r"\bto\s*$", re.IGNORECASE)
#: "rose by 9 overnight to", "went up by a further 12 to": a stated increment, then the total
_BY_TO = re.compile(r"\b(?:gone\s+up|went\s+up|risen|rose|rises|climbed|climbs|jumped|"
                    r"increased|grew|fell|dropped|declined|decreased)\s+(?P<inc>by\s+"
                    r"(?:a\s+further\s+|another\s+)?[\d,.]+(?:\s+[a-z]+){0,4}\s+)to\s*$",
                    re.IGNORECASE)
_REACHED = re.compile(r"\b(?:gone\s+up|went\s+up|risen|rose|rises|climbed|climbs|reached|"
                      r"fell|fallen|falls|dropped|declined|decreased|"
                      r"reaches|stood\s+at|stands?\s+at|jumped|increased|grew|hit|totall?ed|"
                      r"now\s+totals?|passed|surpassed|exceeded|topped|"
                      r"topped|raised|revised(?:\s+up|\s+down)?|is|was|were|are)(?:\s+(?:to|by))?"
                      r"(?:\s+(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|"
                      r"roughly|approximately|an\s+estimated|just\s+over|just\s+under|"
                      r"close\s+to|well\s+over|(?:a\s+little|slightly)\s+(?:over|under|more\s+than|"
                      r"less\s+than)))?\s*$",
                      re.IGNORECASE)


class _Cuts(NamedTuple):
    """Where the figures of a sentence that end a clause start and end (sorted apart)."""

    starts: list[int]
    ends: list[int]


def _cuts(siblings: list[Claim]) -> _Cuts:
    """The figures of one sentence that end a neighbour's clause, found once per sentence
    (a sentence of hundreds of figures is read in n log n, not n squared)."""
    spans = []
    for o in siblings:
        if o.kind not in _FIGURE_KINDS:
            continue
        oa, ob = o.start - o.sentence_start, o.end - o.sentence_start
        if _MODIFIER.match(o.sentence, ob) or "-" in o.surface[1:]:
            continue  # "the 7.1-magnitude quake": a modifier inside the clause, not a figure
            # of its own that ends it
        spans.append((oa, ob))
    return _Cuts(sorted(a for a, _ in spans), sorted(b for _, b in spans))


#: all between an amount and its conversion in brackets: " (about "
_CONVERSION_OPEN = re.compile(r"\s*\(\s*(?:[a-z]+\s+){0,2}")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _after_bracket(conv: Claim, cuts: _Cuts) -> str:
    """The clause after the bracket that closes a conversion ("(about $750m) was spent":
    " was spent"), up to the next figure or clause mark; "" when no bracket closes it."""
    s = conv.sentence
    m = _CLOSE_BRACKET.match(s, conv.end - conv.sentence_start)
    if m is None:
        return ""
    j = bisect.bisect_left(cuts.starts, m.end())
    after = s[m.end():cuts.starts[j] if j < len(cuts.starts) else len(s)]
    end = _CLAUSE_END.search(after)
    return after[:end.start()] if end else after


def _clause(c: Claim, cuts: _Cuts, wide: bool = False, limit: bool = True,
            reach: int = 0) -> tuple[str, str]:
    """The text of the figure's clause before and after it, cut at a clause mark and at the
    neighbouring figures, and (``limit``) to a few words on each side; ``wide``: the whole
    clause before the figure, other figures included (``reach``: at most that many
    characters of it, so a sentence of thousands of figures is not read once per figure)."""
    s = c.sentence
    a, b = c.start - c.sentence_start, c.end - c.sentence_start
    lo, hi = (max(0, a - reach), min(len(s), b + reach)) if reach else (0, len(s))
    if not wide:
        i = bisect.bisect_right(cuts.ends, a) - 1
        if i >= 0:
            lo = cuts.ends[i]  # the last figure that ends before this one starts
        j = bisect.bisect_left(cuts.starts, b)
        if j < len(cuts.starts):
            hi = cuts.starts[j]  # the first that starts after this one ends
    before = s[lo:a]
    marks = list(_CLAUSE_END.finditer(before))
    if marks:
        before = before[marks[-1].end():]
    after = s[b:hi]
    m = _CLAUSE_END.search(after)
    if m:
        after = after[:m.start()]
    if wide:
        # the whole clause back to where a coordinated clause starts: "..., and the number of
        # homes lost has risen to 415" is not about what came before ", and"
        starts = list(_COORDINATION.finditer(before))
        return (before[starts[-1].end():] if starts else before), after
    if not limit:
        return before, after
    before = " ".join(before.split()[-_BEFORE_WORDS:])
    after = " ".join(after.split()[:_AFTER_WORDS])
    return before, after


def _event_name(vocab: Vocabulary, m: re.Match) -> str:
    return (vocab.event_of or {}).get(" ".join(m.group(0).lower().split()), "")


def _event(vocab: Vocabulary, before: str, after: str, run_on: str = "",
           subject: str = "") -> str:
    """The event nearest the figure: right after it first ("300 schools rebuilt"), then
    before it, nearest first ("the death toll rose to 186"). An event phrase that starts
    within ``after`` may run on into ``run_on`` (``after`` and the words after it): "1.2
    million people who have to give up their homes" is a relocation, not a gift. A
    ``subject`` that is an event noun itself gives way to the verb it is the subject of:
    "192,000 jobs are being created" are jobs created, as in "created 192,000 jobs"."""
    # "the collapsed lending platform": an event word between a determiner and its noun
    # describes the noun, and says nothing of the figure
    found = [m for m in vocab.any_event.finditer(before)
             if not (_ARTICLE_BEFORE.search(before, 0, m.start()) and
                     _NOUN_AFTER.match(before, m.end()))]
    if found and _GOVERNS.match(before, found[-1].end()):
        return _event_name(vocab, found[-1])  # "has destroyed 112 homes and damaged 38"
    clause = _NEXT_CLAUSE.split(run_on or after, 1)[0]
    events = (m for m in vocab.any_event.finditer(clause)
              if not _ATTRIBUTIVE.search(clause, 0, m.start()))
    m = next(events, None)
    if m and subject and m.end() <= len(subject) and \
            clause[:len(subject)].lower() == subject.lower() and \
            (verb := next(events, None)) is not None and \
            _PASSIVE_GAP.fullmatch(clause, m.end(), verb.start()):
        m = verb
    if m and m.start() < len(after):
        return _event_name(vocab, m)
    if found and _LIST_SEPARATOR.match(before, found[-1].end()):
        return ""  # "155,000 jobs, 8,200 megawatts of power": the jobs are the figure before's
    if found and _COORDINATED.search(before, found[-1].end()) and (
            _OWN_VERB.match(after) or _OWN_STATE.match(after)):
        # "41,200 finished in April and 44,000 registered", "37 died, and 16,500 were still
        # in shelters": a figure with a verb of its own does not take the event of the
        # clause before the "and"
        return ""
    return _event_name(vocab, found[-1]) if found else ""


#: "and" or a comma between an event word and the figure
_COORDINATED = re.compile(r"(?:,|\band\b)[^,]*$")
#: a verb of the past after a figure, its own: right after it ("44,000 registered", "40 were
#: freed", "100,000 were left without homes") or after its noun and an auxiliary ("1.99
#: million people in Sichuan have been affected")
_OWN_VERB = re.compile(r"\s*(?:(?:have|has|had|were|was|are|is|had\s+been|have\s+been)\s+"
                       r"|(?:[A-Za-z][\w'’-]*\s+){1,5}?(?:have|has|had|were|was|are|is)\s+"
                       r"(?:been\s+)?)?(?:[a-z]{3,}ed|left|made|hit|lost|kept|held|found|"
                       r"struck|taken|given|driven|thrown|shown|brought|caught)\b")

#: a figure that is the subject of a verb of being after the "and": "and 220,000 homes are
#: without power", "and 950 remain in hospital" (not "and 14 who were on board": a relative
#: clause describes the figure, the verb before may still govern it)
_OWN_STATE = re.compile(r"\s*(?:(?!(?:who|that|which|whom)\b)[A-Za-z][\w'’-]*\s+){0,5}?"
                        r"(?:are|is|were|was|remain|remains|remained|stay|stays|stayed)\b")

#: between a noun and the participle it is the subject of: "jobs are being created"
_PASSIVE_GAP = re.compile(r"\s+(?:(?:are|is|were|was|have|has|had|been|being|be|will|would|"
                          r"already|now)\s+)*", re.IGNORECASE)


#: what parts two items of a list: "155,000 jobs, 8,200 megawatts", "193 deaths and 12,000"
_LIST_SEPARATOR = re.compile(r"\s*(?:,|;|and|or|,\s*and)\s*$")


#: a participle after an article describes another noun: "19 bodies from the collapsed mine"
#: are not destroyed, "40 people in the flooded villages" not flooded
#: an article or possessive before an event word used as an adjective ("that" may open a
#: relative clause: "the quake that killed about 230,000")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
#: a noun after an event word used as an adjective: " lending platform" (not a verb or a
#: preposition: "the injured were", "the dead in")
_NOUN_AFTER = re.compile(r"\s+(?!(?:were|was|are|is|be|been|have|has|had|will|would|in|at|on|of|"
                         r"and|or|but|from|to|by|with|for|as|so|now|still|who|which|that|about|"
                         r"some|nearly|almost|more|over|up|down|around|roughly)\b)"
                         r"[a-z][a-z-]*\b")
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+$",
                          re.IGNORECASE)


#: an event verb right before the figure governs it ("destroyed some 112 homes")
_GOVERNS = re.compile(r"(?:\s+(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|"
                      r"an\s+estimated|another|a\s+further|a\s+total\s+of|up\s+to))?\s*$",
                      re.IGNORECASE)
#: where the words after a figure stop being about it: "112 homes, and damaged 38 others"
_NEXT_CLAUSE = re.compile(r",|;|\s(?:and|or|but|while|whereas)\s"
                          # "took 8.3 billion yuan before it collapsed": a clause of its own
                          # subject says what happened to something else
                          r"|\s(?:before|after|when|until|because|once)\s+(?:it|they|he|she|we|"
                          r"the|its|their|this|that)\s", re.IGNORECASE)


#: the noun phrase that reached a figure, right before the verb: "The order backlog stood at",
#: "Gross orders reached a record", "orders so far this year total"
_SUBJECT_REACHING = re.compile(
    r"(?:^|\b(?i:the|its|their|his|her|our|this|that)\s+|[.;:]\s+|--\s+)"
    r"(?P<np>(?!(?i:the|its|their|his|her|our|this|that)\b)(?:[A-Za-z][a-z-]*\s+){0,2}"
    r"[A-Za-z][a-z-]*)\s+"
    r"(?:(?:so\s+far\s+this\s+year|this\s+year|so\s+far|now|also|then|just|has|have|had)\s+)*"
    r"(?:stood\s+at|stands?\s+at|(?:is|are|was|were)\s+at|reached|reaches|totall?ed|totals?|"
    r"rose\s+to|fell\s+to|climbed\s+to|grew\s+to|slipped\s+to|dropped\s+to|jumped\s+to|hit)"
    r"(?:\s+(?:a\s+record|an\s+all-time\s+high\s+of|a\s+high\s+of|a\s+low\s+of))?\s*$")


def _subject_reaching(vocab: Vocabulary, before: str, names: _Names) -> str:
    """The noun phrase that reached the figure ("order backlog", "gross orders"), lower
    case, or "" when the words before the verb are no plain noun phrase of their own (a
    pronoun, a generic noun, a name)."""
    m = _SUBJECT_REACHING.search(before)
    if m is None:
        return ""
    words = m.group("np").split()
    if any(w[0].isupper() for w in words[1:]) or (words[0][0].isupper() and (
            m.start("np") > 0 and before[m.start("np") - 2:m.start("np") - 1] not in ".;:-")):
        return ""  # a name ("Port Authority", "the Aeron board"), not a thing measured
    if words[0][0].isupper() and words[0] in names.within():
        return ""  # "Aeron reached": a word the text capitalises within a sentence is a name
    words = [w.lower() for w in words]
    words = list(itertools.takewhile(lambda w: w not in _ADVERBS, words))
    if not words:
        return ""
    if any(w in _NOT_MEASURES or w in vocab.generic or w in vocab.event_nouns
           or w in vocab.doers or w in _TIME_NOUNS for w in words) or \
            vocab.any_incident.search(" ".join(words)):
        # "the outbreak has reached 124 cases": cases of the outbreak; "exports in the first
        # half reached": a time, not what is measured
        return ""
    return " ".join(words)


#: nouns of time, which measure nothing: "in the first half reached"
_TIME_NOUNS = frozenset("half quarter year years month months week weeks day days period "
                        "season decade".split()) | frozenset(timeexpr.MONTH_FULL_NAMES)
#: words after the noun that say when or how, not what: "orders so far this year total"
_ADVERBS = frozenset("so far this now also then just has have had".split())
#: words that make what reached a figure no thing measured: "it", "which", "number"
_NOT_MEASURES = frozenset("it they this that which who what number figure total amount "
                          "count tally sum level "
                          # the unit of a rate before it ("Rs 6,000 a year reaches"): when
                          "year years month months week weeks day days".split())


#: between a toll and the kind of count it is: "the toll of injured", "the toll of the missing"
_TOLL_OF = re.compile(r"(?<=\btoll)\s+of\s+(?:the\s+)?", re.IGNORECASE)
#: an event word that is a verb, not a noun a kind may stand before
_VERB_FORM = re.compile(r"(?:ed|ing)$|^(?:die|dies|kills|gave|give|gives|pay|pays|spent|spend|"
                        r"spends|built|made|hit|sent|lost|raise|raises)$", re.IGNORECASE)


def _modifiers(vocab: Vocabulary, text: str) -> str:
    """The words right before an event noun that say which kind it is ("pedestrian" of
    "pedestrian deaths", "road" of "road deaths"): at most two, none generic, none the name
    of the disaster itself ("the flood toll" is the toll)."""
    words: list[str] = []
    pieces = text.split()
    for i in range(len(pieces) - 1, max(-1, len(pieces) - 3), -1):
        w = pieces[i]
        low = w.lower()
        # a capital inside the clause starts a name ("the NAO said investment"), not one
        # that opens the sentence after a dateline ("BALO, Oct. 3 -- Road deaths"); and a
        # participle is a verb more often than a kind ("recorded deaths")
        if not w.isalpha() or low in _NOT_MODIFIERS or low in vocab.generic or \
                low in vocab.event_nouns or low.endswith("ed") or \
                (i and w[0].isupper() and not _OPENER.fullmatch(pieces[i - 1])):
            break
        words.insert(0, low)
    return " ".join(words)


#: the people an event noun is of, after it: " among children under five", " of migrants"
_AMONG = re.compile(r"\s+(?:among|of)\s+(?:the\s+)?(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


def _among(vocab: Vocabulary, text: str, end: int) -> str:
    """Whom the event noun that ends at ``end`` counts, named after it with "among" or "of"
    ("deaths among health workers": "health worker"): up to a word that is no modifier
    ("children under five": "child"); "" unless that ends in a plural noun (not "deaths of
    the year", nor a figure)."""
    m = _AMONG.match(text, end)
    if m is None:
        return ""
    words: list[str] = []
    for w in m.group("who").lower().split():
        if w in _NOT_MODIFIERS or w in _AMONG_STOPS or w in vocab.event_nouns:
            break
        words.append(w)
    if not words or singular(words[-1]) == words[-1] and words[-1] not in ("people",):
        return ""
    return " ".join([*words[:-1], singular(words[-1])])


#: words that end whom an event noun counts: "children under five", "migrants at sea"
_AMONG_STOPS = frozenset("under over aged at in on from to by with since during after before "
                         "who which that has have had rose reached stood".split())


#: what ends a dateline or a sentence right before a word: the word opens a sentence
_OPENER = re.compile(r"--|—|–|-|.*[:.!?;]")


#: a phrase of time after an event's participle, unless it names the event ("killed after
#: the Yushu quake" is apart from the toll of another quake)
_ADJUNCT = re.compile(r"\s+(?i:after|before|since|during|following|until)\b"
                      r"(?!(?:\s+[\w'’-]+){0,2}\s+[A-Z])")


#: where the event happened, by name, after its participle: "sick on the Aurora Star"
_NAMED_WHERE = re.compile(r"\s+(?i:on|aboard|at|in|on\s+board)\s+(?i:the\s+)?[A-Z]")


#: an event's noun with the word before it, or two after an article, then "of" and the
#: figure: "a dynamic investment of", "emergency aid of about" (one word after no article:
#: "foresees government spending of", where "foresees" is the clause's verb)
_KIND_OF = re.compile(r"(?:\b(?:a|an|the|its|their|this|that)\s+(?P<mods>[a-z][\w'’-]*\s+"
                      r"[a-z][\w'’-]*\s+)|(?:^|\s)(?P<mod>[a-z][\w'’-]*\s+))"
                      r"(?P<noun>[a-z]+)\s+of"
                      r"(?:\s+(?:about|around|some|nearly|almost|roughly|over|under|"
                      r"more\s+than|less\s+than|just|up\s+to))*\s*$")


def measure_of(vocab: Vocabulary, subject: str, event: str,
               synonyms: tuple[tuple[str, str], ...] = ()) -> str:
    """The measure: the subject's noun phrase with its event, or the event alone where the
    noun says nothing of its own ("people", "dead"); empty when neither is known. Subject
    synonyms (grouping.yaml: "spending plan" = "budget") are applied."""
    for m in vocab.any_event.finditer(subject):
        # "claims lodged after the hailstorm": what follows the event's participle says when
        # it happened, not what was counted
        if (adjunct := _ADJUNCT.match(subject, m.end()) or
                _NAMED_WHERE.match(subject, m.end())) is not None:
            subject = subject[:adjunct.start()]
            break
    noun = normalize_subject(subject, synonyms)
    # a month or a weekday says when, never what ("6.4 percent in June")
    words = [w for w in noun.split() if w not in vocab.generic and w not in _WHEN_WORDS]
    event_of = vocab.event_of or {}
    if event and words and any(_event_name(vocab, m) == event
                               for m in vocab.any_event.finditer(subject)):
        event = ""  # "a $3.4 billion spending plan": the event word is the noun's own
    named = [event_of[w.lower()] for w in words if w.lower() in event_of]
    if named:
        words = [w for w in words if w.lower() not in event_of]
        order = [name for name, _ in vocab.event_words]
        event = event or min(named, key=order.index)  # "2,220 dead": the subject is the event
    noun = " ".join(words)
    if not noun:
        return event
    return f"{noun} {event}" if event and event not in noun else noun


#: a past participle: a word of the open class that may say what happened to a count
_PARTICIPLE = r"(?P<verb>[a-z]{3,}ed)\b"
_PARTICIPLE_WORD = re.compile(_PARTICIPLE)
_WORD_AT = re.compile(r"[a-z]+\b")


def _after_subject(c: Claim, after: str) -> int | None:
    """Where the words after a count's noun start in ``after`` (which opens with the noun),
    None when ``after`` does not open with it."""
    if not c.subject or not after.lower().startswith(c.subject.lower()):
        return None
    return len(c.subject)
#: the participle of a passive right after the figure's noun: "homes are now protected",
#: "homes have been connected" (an active verb there is as often a state: "patients remained")
_PASSIVE_AFTER_NOUN = re.compile(r"\s+(?:(?:already|now|also|so\s+far)\s+)?"
                                 r"(?:are|is|were|was|have\s+been|has\s+been|had\s+been)\s+"
                                 r"(?:(?:already|now|also|so\s+far|being)\s+)*" + _PARTICIPLE,
                                 re.IGNORECASE)
#: the verb of a share's whole, right after it: "of the voters backed", "of homes have lacked"
_SHARE_PREDICATE = re.compile(r"\s+(?:(?:have|has|had|were|was|are|is|been|now|already|also|"
                              r"still)\s+)*" + _PARTICIPLE, re.IGNORECASE)
#: the participle of a perfect right before the figure: "has connected some 412,000" (the
#: simple past there is as often a mere counting verb: "welcomed 8.7 million")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:already|now|also|so\s+far|since)\s+)*"
                             + _PARTICIPLE + _GOVERNS.pattern, re.IGNORECASE)


#: a numbered unit of an undertaking: "Terminal 1", "Line 2", "Phase II", "Unit 3"
_DESIGNATOR = re.compile(r"\b(?:Line|Phase|Unit|Stage|Section|Terminal|Reactor|Block|Runway|"
                         r"Tranche|Platform|Gate|Pier|Berth|Tower|Building|Wing|Hall|Zone|"
                         r"Ward|Route)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\b(?![.,]\d)")


def _designated(before: str) -> str:
    """The numbered unit the clause before a figure names, with no comma after it, as the
    figure's actor ("Terminal 1 handled 14 million passengers" are Terminal 1's, not
    Terminal 2's); "" when it names none."""
    found = list(_DESIGNATOR.finditer(before))
    if not found or "," in before[found[-1].end():]:
        return ""
    return " ".join(found[-1].group(0).lower().split())


#: an age bound right after a count's noun: "children under five", "people aged over 65"
_AGE_BOUND = re.compile(r"\s+(?:aged\s+)?(?P<bound>under|over|above|below|younger\s+than|"
                        r"older\s+than)\s+(?:the\s+age\s+of\s+)?(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\b",
                        re.IGNORECASE)


#: a unit after the bound's number makes it no age: "over 15 years", "under 5 percent"
_TIME_UNIT_AFTER = re.compile(r"[\s-]*(?:years?|months?|weeks?|days?|hours?|percent|per\s+cent|"
                              r"%)\b", re.IGNORECASE)


def _age_bound(vocab: Vocabulary, c: Claim, after: str) -> str:
    """The age bound of a count's people ("under 5" of "2,000 children under five died"),
    "" when none follows its noun, or the noun is none of frames.yaml's age_holders ("jobs
    over 15 years")."""
    if (at := _after_subject(c, after)) is None:
        return ""
    m = _AGE_BOUND.match(after, at)
    if m is None or _TIME_UNIT_AFTER.match(after, m.end()) or \
            not vocab.ages.before.search(f"{c.subject} {m.group('bound')} "):
        return ""
    n = m.group("n").lower()
    age = int(n) if n.isdigit() else words_value(n)
    if age is None or not 0 < age <= 120 or not float(age).is_integer():
        return ""
    return f"{' '.join(m.group('bound').lower().split())} {int(age)}"


#: the words that may stand between what costs and "cost": auxiliaries and adverbs
_COST_AUX = (r"has|have|had|will|would|could|may|might|did|does|is|was|are|were|expected|set|"
             r"likely|now|eventually|finally|ultimately|originally|initially|only|also|to|"
             r"be|been|going|alone|itself|themselves|together|combined")
#: a word of the thing that costs: no auxiliary, and no determiner to start it
_COST_NP = (rf"(?P<np>(?!(?i:the|its|their|this|that|an?)\b)"
            rf"(?:(?!(?:{_COST_AUX})\b)[A-Za-z][\w'’-]*\s+){{0,2}}"
            rf"(?!(?:{_COST_AUX})\b)[A-Za-z][\w'’-]*)")
_COST_QUALIFIER = (r"(?:\s+(?:a\s+total\s+of|about|around|some|nearly|almost|roughly|"
                   r"more\s+than|over|at\s+least|an\s+estimated|up\s+to))?\s*$")
#: what cost an amount, right before it: "The Harbour Bridge cost", "the new line will cost
#: about"
_COST_VERB = re.compile(
    r"(?:^|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+|[.;:]\s+|--\s+)" + _COST_NP +
    rf"\s+(?:(?:{_COST_AUX})\s+)*(?:cost|costs|costing)" + _COST_QUALIFIER)
#: "the cost of the bridge has risen to", "the total cost of the project was"
_COST_OF = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:(?:total|final|overall|estimated|projected|expected|"
    r"original|initial|full)\s+)?cost\s+of\s+(?:the\s+|its\s+|their\s+)?" + _COST_NP +
    r"\s+(?:(?:has|have|had|now|also|is|was|will|would)\s+)*(?:be\s+|been\s+)?"
    r"(?:was|is|are|were|stood\s+at|stands\s+at|reached|risen\s+to|rose\s+to|rises\s+to|"
    r"climbed\s+to|grown\s+to|grew\s+to|put\s+at|estimated\s+at|came\s+to|totalled|"
    r"totaled|hit)" + _COST_QUALIFIER)


def _cost_of(vocab: Vocabulary, before: str) -> str:
    """The measure of an amount that is what a named thing costs ("harbour bridge cost" of
    "The Harbour Bridge cost $2 billion", "bridge cost" of "the cost of the bridge rose to
    $2.6 billion"); "" when no thing of its own is named (a pronoun, a generic noun)."""
    m = _COST_VERB.search(before) or _COST_OF.search(before)
    if m is None:
        return ""
    words = [w.lower() for w in m.group("np").split()]
    if any(w in _NOT_MEASURES or w in vocab.generic or w in _NOT_MODIFIERS for w in words) \
            or any(w in ("cost", "costs") for w in words):
        return ""  # "It cost", "which cost", "the cost of it was"
    if all(singular(w) in vocab.doers or w in vocab.doers or w in _PLAIN_ADJECTIVES
           for w in words):
        return ""  # "the project cost", "the new scheme will cost": which project?
    return " ".join(singular(w.removesuffix("'s").removesuffix("’s")) for w in words) + " cost"


#: adjectives that name no thing: "the new project" is any project
_PLAIN_ADJECTIVES = frozenset("new whole entire overall first second third final latest main "
                              "big large huge".split())


#: words that never start or modify a rate's name: "officials said unemployment fell"
_NOT_RATE_WORD = (r"(?!(?:said|says|say|that|and|while|as|when|but|the|a|an|its|their|his|her|"
                  r"of|in|on|at|to|by|for|with|has|had|have|was|is|were|are|will|would|also|"
                  r"it|they|this|these|which|where|after|before|since)\b)")


def _after_doer(verbs: list[str]) -> re.Pattern:
    """One of ``verbs`` right after its doer, auxiliaries between: " promised", " would
    release", " sold"."""
    return re.compile(r"\s+(?:(?:has|have|had|also|already|will|would|together|jointly)\s+)*"
                      r"(?:" + (_phrases(verbs) or "(?!x)x") + r")\b")


def _rate_subject(nouns: list[str]) -> re.Pattern:
    """What names the rate a percentage right after it sets, as ``np``: "Estara's
    unemployment rate fell to", "the jobless rate in Estara dropped to", "Turnout was",
    "inflation stood at"; a change ("rose 3 percent") sets no rate."""
    return re.compile(
        r"(?:^|[,;:.]\s+|--\s+|\b(?:the|its|their|said|says|that|while|as|but|and)\s+|"
        # "Estara's unemployment rate": whose rate, a name (kept) or a noun ("the country's")
        r"(?:(?-i:(?P<whose>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))|[\w-]+)['’]s\s+)"
        rf"(?P<np>(?:{_NOT_RATE_WORD}[a-z][\w-]*\s+){{0,2}}"
        rf"(?:{_phrases(nouns) or '(?!x)x'}))"
        # "in Estara": where, said before the verb (a place is read as such); "among young
        # people", "in rural areas": of whom or of what, part of the measure
        r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}|"
        r"(?P<of>\s+(?:in|among|for|across|of)\s+[^,;\d]{1,40}?))?"
        r"\s+(?:(?:has|have|had|also|now)\s+)*"
        r"(?:(?:fell|fallen|rose|risen|dropped|climbed|eased|edged\s+(?:up|down)|increased|"
        r"decreased|declined|jumped|slipped|slowed|accelerated|quickened|grew|grown|shrank|"
        r"came\s+down|went\s+up|went\s+down)\s+to|(?:stood|stands|remained|remains|held|"
        r"holds|was|is)\s+at|was|is|reached|hit|averaged)"
        r"(?:\s+(?:about|around|some|nearly|almost|roughly|just\s+over|just\s+under|over|"
        r"more\s+than|under|less\s+than|below|above))?\s*$", re.IGNORECASE)


def _rate_named(vocab: Vocabulary, before: str,
                synonyms: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    """The measure of a percentage whose rate is the subject before it ("unemployment" of
    "Estara's unemployment rate fell to 5.2 percent"), and the name whose rate it is, if the
    text gives one ("Estara"); ("", "") when none is named, or only "the rate"."""
    m = vocab.rate_subject.search(before)
    if m is None:
        return "", ""
    words = m.group("np").lower().split()
    if words == ["rate"]:
        return "", ""
    return normalize_subject(" ".join(words + (m.group("of") or "").lower().split()),
                             synonyms), " ".join((m.group("whose") or "").split())


def _capacity(vocab: Vocabulary, c: Claim, before: str, after: str) -> bool:
    """Whether a count is what a place can take ("the stadium holds 65,000 fans", "65,000
    fans when full"), not what it took."""
    if vocab.capacity.search(before):
        return True
    return vocab.capacity_after.match(after, _after_subject(c, after) or 0) is not None


def _open_event(vocab: Vocabulary, c: Claim, before: str, after: str) -> str:
    """The participle that says what happened to a count when no event word does (frames.yaml
    ``not_events`` aside): "1,650 homes are now protected" are homes protected."""
    if c.kind not in ("count", "percent") or not c.subject:
        return ""
    verb = ""
    if c.kind == "percent":
        # "74 percent of the country's voters backed the plan": the verb after the whole
        # says what the share counts (those who opposed it are another share of the same
        # whole)
        whole = after.lower().find(c.subject.lower())
        if 0 <= whole <= len("of the ") and (
                m := _SHARE_PREDICATE.match(after, whole + len(c.subject))):
            verb = m.group("verb").lower()
    elif (at := _after_subject(c, after)) is not None and (
            m := _PASSIVE_AFTER_NOUN.match(after, at)):
        verb = m.group("verb")
    elif m := _PERFECT_BEFORE.search(before):
        verb = m.group("verb").lower()
    return verb if _open_participle(vocab, verb) else ""


def _done_to(vocab: Vocabulary, before: str, after: str) -> str:
    """The event of a figure named as a known thing ("the") with a past participle of an
    event right after its noun, which says what was done to it ("will rebuild the 300 homes
    destroyed by the flood", "set against the 840 million euros raised by the appeal", "96
    of the 420 homes destroyed by the storm had been rebuilt"): done, whatever the verb
    before plans or the verb after says of another figure ("to see 300,000 more people
    relocated" is not done yet; "raised by May" is a goal); "" otherwise."""
    m = _DONE_AFTER_NOUN.match(after)
    if m is None or not _DEFINITE_BEFORE.search(before):
        return ""
    if (when := _BY_WHEN.match(after, m.end())) is not None:
        # "by the October 2024 storm" names who did it, "by May" by when
        noun = _NEXT_NOUN.match(after.lower(), when.end())
        if noun is None or noun.group(1) not in vocab.event_nouns:
            return ""
    verb = m.group("verb").lower()
    return "" if vocab.planned.fullmatch(verb) else (vocab.event_of or {}).get(verb, "")


#: the word after a time, past its year: the storm of "by the October 2024 storm"
_NEXT_NOUN = re.compile(r"[\s\d,]*([a-z]+)")


#: the figure's noun (a few words, no verb of its own), its participle, and then who, when
#: or where: "homes destroyed by", "people displaced in", "euros raised since"
_DONE_AFTER_NOUN = re.compile(
    r"\s*(?:(?!(?:are|is|were|was|be|been|being|will|would|to|have|has|had|that|which|who|"
    r"and|or|of)\b)[a-z][\w'’-]*\s+){0,3}?" + _PARTICIPLE +
    r"(?=\s+(?:by|in|during|since|after|when|last|on|at|from|over|across)\b|\s*[,.;])",
    re.IGNORECASE)


#: a figure named as a known thing: "the 300", "their nearly 1,200"
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|those|these)(?:\s+(?:about|around|some|"
                              r"nearly|almost|roughly|more\s+than|over|just|estimated))*\s*$",
                              re.IGNORECASE)
#: "by" and a time, not who did it: a deadline
_BY_WHEN = re.compile(r"\s+by\s+(?:(?:the\s+)?(?:end|middle|start|beginning|close)\s+of\s+)?"
                      r"(?:(?:next|this|the)\s+)?(?:" +
                      "|".join([*timeexpr.WEEKDAYS, *timeexpr.MONTH_FULL_NAMES]) +
                      r"|(?:19|20)\d\d|year|month|week|spring|summer|autumn|fall|winter|then|"
                      r"now|today|tomorrow|mid-?\w+)\b", re.IGNORECASE)


def _open_participle(vocab: Vocabulary, word: str) -> bool:
    """Whether ``word`` is a participle of the open class that says what happened."""
    return bool(_PARTICIPLE_WORD.fullmatch(word)) and word not in vocab.not_events and \
        not vocab.planned.fullmatch(word) and not vocab.cumulative.fullmatch(word)


def _event_at(vocab: Vocabulary, text: str, pos: int) -> bool:
    """Whether an event word, or a participle that says what happened, starts at ``pos``."""
    if vocab.any_event.match(text, pos):
        return True
    word = _WORD_AT.match(text, pos)
    return word is not None and _open_participle(vocab, word.group(0))


#: a state reached by the text's day, after the figure's noun: "homes are now protected",
#: "schools were already rebuilt"
_NOW_DONE = re.compile(r"\s+(?:are|is|were|was)\s+(?:now|already)\s+(?:been\s+)?",
                       re.IGNORECASE)


def _done_now(vocab: Vocabulary, c: Claim, after: str) -> bool:
    """Whether the words after a count say it is done by the text's day ("1,650 homes are
    now protected"): a running total as of that day, like the present perfect's."""
    if (at := _after_subject(c, after)) is None:
        return False
    m = _NOW_DONE.match(after, at)
    return m is not None and _event_at(vocab, after, m.end())


def _own_event_word(vocab: Vocabulary, event: str, before: str, after: str) -> str:
    """The word of ``event`` nearest the figure, lower-cased: the last before it, else the
    first after it."""
    near = [m for m in vocab.any_event.finditer(before) if _event_name(vocab, m) == event][-1:] \
        or [m for m in vocab.any_event.finditer(after) if _event_name(vocab, m) == event][:1]
    return " ".join(near[0].group(0).lower().split()) if near else ""


def _batch(vocab: Vocabulary, before: str, c: Claim) -> str:
    """``batch N`` when the figure is one batch's ("the fifth group of 300 teachers")."""
    found = list(vocab.batch.finditer(before))
    m = found[-1] if found else None
    if m is None or normalize_subject(c.subject).split(" ", 1)[0] in ("batch", "group", "round"):
        return ""
    head = before[:m.start()].split()[-2:]
    for w in reversed(head):
        w = w.lower().strip(",")
        if w in _ORDINAL_WORDS or re.fullmatch(r"\d+(?:st|nd|rd|th)", w):
            return f"{m.group(0).lower().rstrip('s')} {w}"
    return ""


WEEKDAYS = timeexpr.WEEKDAYS
_MONTHS = tuple(timeexpr.MONTH_FULL_NAMES)
#: words of a subject that say when: months and weekdays ("march" and "may" are also a
#: protest and a verb)
_WHEN_WORDS = frozenset(_MONTHS + WEEKDAYS) - {"march", "may"}
_MONTH = r"(?P<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_NAMED_DAY = re.compile(
    rf"\b(?:(?P<wd>{'|'.join(WEEKDAYS)})\b(?!['’]s\b)|{_MONTH}\s+(?P<d>\d{{1,2}})\b(?!,?\s*\d{{4}})|"
    rf"(?P<d2>\d{{1,2}})\s+{_MONTH.replace('?P<m>', '?P<m2>')}(?![\w,]*\s*\d{{4}}))",
    re.IGNORECASE)


def named_day(text: str, published: dt.date) -> dt.date | None:
    """The day a clause names, against the text's own date: "on Monday" is the last Monday
    on or before it, "April 26" the last April 26 on or before it (a date with its own year
    is scope's to read; a day still to come names no instant; "Tuesday's landslide" names the
    day of the event, not of the count). None when no day is named or two different days
    are."""
    days = set()
    for m in _NAMED_DAY.finditer(text):
        if m.group("wd"):
            back = (published.weekday() - WEEKDAYS.index(m.group("wd").lower())) % 7
            days.add(published - dt.timedelta(days=back))
            continue
        month_word, day = (m.group("m"), m.group("d")) if m.group("m") else \
            (m.group("m2"), m.group("d2"))
        month = next(i for i, name in enumerate(_MONTHS, 1)
                     if name.startswith(month_word.lower()[:3]))
        try:
            day_date = dt.date(published.year, month, int(day))
        except ValueError:
            continue
        if day_date > published:
            # "December 28" in a text of January 5 is last year's; "April 26" in a text of
            # April 23 is a day to come, no instant a total was reached
            if (day_date - published).days < 180:
                continue
            try:
                day_date = day_date.replace(year=published.year - 1)
            except ValueError:
                continue
        days.add(day_date)
    return days.pop() if len(days) == 1 else None


def _time(vocab: Vocabulary, c: Claim, before: str, after: str, doc: Document | None,
          batch: str, perfect: bool = False, own_before: str | None = None
          ) -> tuple[str, str]:
    """(time scope, time key): the instant, period, year, part of a year, month or batch the
    figure is stated for (see :func:`_time_of`). A part of a year the figure's own words
    name ("in the first half of 2025"), or that the sentence names for the figure it is the
    base of ("41 in the first three months, down from 55 a year earlier"), is its time:
    ``part`` and ``2024 Q1``, never the whole year's."""
    scope, key = _time_of(vocab, c, before, after, doc, batch, perfect, own_before)
    if scope == "batch":
        return scope, key
    own_after = _BASE.split(after, 1)[0]
    m = _PART.search(before if own_before is None else own_before) or next(
        (p for p in _PART.finditer(own_after) if _PART_LEADS.search(own_after, 0, p.start())),
        None)
    year = m and (m.group("year") or m.group("qyear"))
    if m is None and _FROM_BASE.search(before) and _SAME_PERIOD.search(f"{before} {after}"):
        # the base's part of the year is the one named for the figure before it; its year
        # is its own ("from 118 in the same period of 2024")
        m = _last(_PART.finditer(c.sentence, 0, c.start - c.sentence_start))
    if m is None:
        return scope, key
    if not year:
        year = key[:4] if scope in ("year", "as_of", "month", "day", "part") and \
            key[:4].isdigit() \
            else str(doc.published.year) if doc and doc.published else ""
    return ("part", f"{year} {_part_label(m)}") if year else (scope, key)


#: how far after a figure its twelve months may be named (a long sentence is not read again
#: for every figure in it)
_TAIL = 120
#: a year that ends with a month: "in the year to March", "in the 12 months to September 2024"
_YEAR_TO = re.compile(r"\b(?i:in|during|for|over)\s+the\s+(?i:year|12\s+months|twelve\s+months)"
                      r"\s+(?i:to|ending|ended|through)\s+(?:(?i:the\s+end\s+of)\s+)?"
                      r"(?P<name>" + "|".join(m.capitalize() for m in timeexpr.MONTH_FULL_NAMES)
                      + r")(?:\s+(?P<year>(?:19|20)\d\d))?\b")


def _twelve_months(clause: str, doc: Document | None) -> str:
    """"12 months to 2024-03" for "in the year to March" in a text of July 2024 (the last
    such month before the text's day, when no year is named), or ""."""
    m = _YEAR_TO.search(clause)
    if m is None:
        return ""
    month = timeexpr.MONTH_FULL_NAMES.index(m.group("name").lower()) + 1
    if m.group("year"):
        year = int(m.group("year"))
    elif doc is not None and doc.published is not None:
        year = doc.published.year - (month > doc.published.month)
    else:
        return f"12 months to {month:02d}"
    return f"12 months to {year}-{month:02d}"


#: a part of a year: "the first quarter", "the first half of 2025", "the first three months"
_PART = re.compile(r"\b(?i:(?P<which>first|second|third|fourth|final|last)\s+(?P<unit>quarter|"
                   r"half|(?:two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months))"
                   r"(?:\s+of\s+(?i:the\s+year|(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)))?\b"
                   r"|\bQ(?P<q>[1-4])(?:\s+(?P<qyear>(?:19|20)\d\d))?\b")
#: what leads to a part of a year named after a figure that it is the figure's own: "$4.2
#: billion in the third quarter", "41 homicides for Q1" (not "$12.1 billion implies the third
#: quarter brought": the subject of another clause)
_PART_LEADS = re.compile(r"(?:^\s*[,(–—-]?|\b(?:in|for|during|over|through|of))\s*"
                         r"(?:the\s+|its\s+)?$", re.IGNORECASE)
#: the base of a comparison: "down from 55", "from about 118"
_FROM_BASE = re.compile(r"\bfrom(?:\s+(?:about|some|nearly|almost|around|over|more\s+than))?"
                        r"\s*$", re.IGNORECASE)
#: what says a base is of the same part of an earlier year
_SAME_PERIOD = re.compile(r"\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+same\s+(?:period|"
                          r"quarter|months?)|the\s+year\s+before)\b", re.IGNORECASE)
_ORDINAL_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_MONTH_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11}


def _last(found: Iterator[re.Match]) -> re.Match | None:
    last = None
    for last in found:  # noqa: B007 - the last one is wanted
        pass
    return last


def _part_label(m: re.Match) -> str:
    """"Q1", "H2", "months 1-9": one name for each way of writing a part of a year."""
    if m.group("q"):
        return f"Q{m.group('q')}"
    n = _ORDINAL_NUMBER[m.group("which").lower()]
    unit = m.group("unit").lower()
    if unit == "quarter":
        return f"Q{n}"
    if unit == "half":
        return "H1" if n == 1 else "H2"
    months = _MONTH_COUNT[unit.split()[0]]
    if n != 1:
        return f"{m.group('which').lower()} {months} months"
    return {3: "Q1", 6: "H1"}.get(months, f"months 1-{months}")


def _time_of(vocab: Vocabulary, c: Claim, before: str, after: str, doc: Document | None,
             batch: str, perfect: bool = False, own_before: str | None = None
             ) -> tuple[str, str]:
    """(time scope, time key): the instant, period, year, month or batch the figure is
    stated for. ``perfect``: the clause's verb is in the present perfect ("the fire has
    destroyed 240 homes"), which states what is done by the text's own day."""
    if batch:
        return "batch", batch
    year = doc.published.year if doc and doc.published else None
    dated = doc is not None and doc.published is not None and doc.date_source == "stated"
    clause = f"{before} {after}"
    # "29,000 claims had been lodged by March 10": a day named after the figure says by when
    reached_by = _as_of(vocab, before) or _BY_DAY.search(after) is not None
    # "fell to 81 percent last year, from 89 percent in 2019": a year stated right after the
    # figure is its own, whatever the clause says of the figure before it
    own_year = c.period_stated and c.period_end is not None and \
        re.match(rf"\s*(?:in|during|for|by)?\s*(?:\w+\s+)?{c.period_end}\b", after)
    # (before the figure, "from a year earlier to 312,000" dates the base it rose from)
    # (not an aside that dates something else: "the fund, agreed a year earlier, has so far
    # received ...")
    before_year = not own_year and (vocab.year_before.search(after) is not None or any(
        not _COMPARED_WITH.search(before, 0, m.start()) and not (
            _ASIDE_OPENS.search(before, 0, m.start()) and "," in before[m.end():])
        for m in vocab.year_before.finditer(before)))
    if dated and doc and doc.published and doc.date_precision == "day" and not own_year and \
            (ago := _YEARS_AGO_TODAY.search(clause)):
        # "A year ago today, at least 2,700 people died": the very day, N years before the
        # text's own (an anniversary piece dates its event exactly)
        word = ago.group("n").lower()
        back = 1 if word in ("a", "an") else UNITS_WORDS.get(word) or int(word)
        try:
            then = doc.published.replace(year=doc.published.year - back)
        except ValueError:  # 29 February, in a year that has none
            then = doc.published.replace(year=doc.published.year - back, day=28)
        return "day", then.isoformat()
    # (said anywhere after the figure before another figure: "started work on 142,000 homes
    # in England in the year to September")
    tail = re.split(r"\d", c.sentence[c.end - c.sentence_start:][:_TAIL], maxsplit=1)[0]
    if window := _twelve_months(clause, doc) or _twelve_months(tail, doc):
        # "in the year to March": a year's flow over the twelve months to that month, not
        # the calendar year's, nor a total as of the month
        return "year", window
    if year and (earlier := _same_point(clause, year)):
        # "11 so far this year, against 14 at this point last year", "against 10 million
        # tonnes in the same period of 2024": the part of that year up to this day of it,
        # neither its whole nor a running total that went on
        day = _written_day(doc)
        return "part", f"{earlier} to {day:%m-%d}" if day is not None else \
            f"{earlier} to this point"
    own_after = _BASE.split(after, 1)[0]
    right_after = own_after.split(",", 1)[0]
    if year and not own_year and vocab.this_year.search(right_after) and \
            not vocab.last_year.search(right_after):
        # "a town hit by floods last year will get 20 billion yuan this year": the time said
        # right after the figure is its own; the one before may be an event's
        return "year", str(year)
    if doc and doc.published and not own_year and (
            season := vocab.past_season.search(right_after) or
            vocab.past_season.search(before)):
        # "fewer than the 520 deaths of last winter": a season before the text's, which
        # texts of one month name alike (a January's "last winter" is the one before)
        return "season", f"{' '.join(season.group(0).lower().split())} before " \
            f"{doc.published:%Y-%m}"
    # "5.01 billion yuan had paid for 289 projects in the county by the end of last year":
    # the clause's closing time, past the few words read after the figure and past a figure
    # the clause's verb also takes (not past a comma, a base it is compared with, another
    # clause)
    by_last = year is not None and not own_year and _by_last_year(
        vocab, c.sentence[c.end - c.sentence_start:])
    if year and not own_year and (before_year or by_last or vocab.last_year.search(clause)):
        scope_year = year - 1
        if before_year and c.period_stated and c.period_end is not None:
            scope_year = c.period_end - 1  # the year the sentence states is the later one
        elif before_year and (stated := _last(_IN_YEAR.finditer(
                c.sentence, 0, c.start - c.sentence_start))) is not None and \
                int(stated.group("y")) <= year:
            # "recorded 312 murders in 2024, down from 381 the year before": the year
            # before the one the sentence states for the figure it is compared with
            scope_year = int(stated.group("y")) - 1
        if reached_by or by_last:
            return "as_of", str(scope_year)
        return "year", str(scope_year)
    if year and not own_year and vocab.this_year.search(clause):
        return "year", str(year)
    if c.period_stated and _ISO_DAY.fullmatch(c.period):
        return "day", c.period  # "On May 28, 2024, 14 were killed"
    # a month is read from the figure's own words: not from those that describe the figure
    # before ("7,450 at the end of September, 150 more"), nor from the base it is compared
    # with ("150 more than in June")
    own_before = before if own_before is None else own_before
    # (the figure's words may run past the few read after it: "298,000 pumps had been
    # fitted by the end of November")
    if end := _month(own_before, f"{own_after} {_BASE.split(tail, 1)[0]}", doc, _END_OF_MONTH):
        return "as_of", end  # "had planted 0.9 billion trees by the end of June"
    if not reached_by and (month := _month(_of_an_event(vocab, own_before),
                                           _of_an_event(vocab, own_after), doc)):
        return "month", month  # "added 139,000 jobs in May": May's, not another month's
    if c.period_stated and c.period_end is not None:
        if c.period.startswith("as of") or (reached_by and
                                            c.period_start == c.period_end):
            return "as_of", c.period.removeprefix("as of ") if c.period.startswith("as of") \
                else str(c.period_end)
        if c.period_start is not None and c.period_start != c.period_end:
            return "period", f"{c.period_start}–{c.period_end}"
        return "year", str(c.period_end)
    if dated and doc and doc.published and doc.date_precision == "day" and (
            perfect or reached_by or vocab.cumulative.search(before)):
        # "has risen to 2,698", "so far": a running total as of the text's own day (a year
        # alone is no instant: two totals "as of 2019" may be months apart), or of the day
        # the clause names ("on Monday", "by April 26")
        # "killed when the dam failed last Tuesday has risen to 27": a day named in a clause
        # of time is the event's, not the day the total was counted
        day = named_day(_EVENT_TIME.sub(" ", clause), doc.published)
        if day is None and (stamp := update_stamp(doc.text, c.sentence_start)):
            # "21:40 -- The toll has risen to 14" in a live report: the update's hour
            # tells two running totals of one day apart (11 at 18:15 is no contradiction)
            return "as_of", f"{doc.published.isoformat()}T{stamp}"
        return "as_of", (day or doc.published).isoformat()
    return "", ""


#: the time that opens an update of a live report: "21:40 --", "4.15pm:", "09:30 GMT -"
_STAMP = re.compile(r"^[ \t]*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?P<ap>[ap])\.?m\.?)?"
                    r"(?:\s+[A-Z]{2,4})?\s*(?:--|[-–—:|])\s+", re.MULTILINE | re.IGNORECASE)


@lru_cache(maxsize=16)
def _stamps(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Where each update of a live report opens, and its time ("21:40"); none unless the
    text has two such updates or more (one line opening "10.30 -" may be anything)."""
    found = []
    for m in _STAMP.finditer(text):
        hour = int(m.group("h"))
        if m.group("ap"):  # "4.15pm": 16:15, "12.30am": 00:30
            hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
        found.append((m.start(), f"{hour:02d}:{m.group('m')}"))
    if len(found) < 2:
        return (), ()
    return tuple(at for at, _ in found), tuple(t for _, t in found)


def update_stamp(text: str, position: int) -> str:
    """The time of the live-report update that holds ``position``, or ""."""
    starts, times = _stamps(text)
    i = bisect.bisect_right(starts, position) - 1
    return times[i] if i >= 0 else ""


#: the same day a year before: "at this point last year", "by this time last year", "at the
#: same stage a year earlier"
#: a year written as a number
#: a year a clause states for what it tells: "312 murders in 2024" (not an aside's: "the
#: plant, opened in 1998,")
_IN_YEAR = re.compile(r"(?<![a-z]ed\s)(?<!built\s)(?<!begun\s)\b(?i:in|during|for)\s+"
                      r"(?P<y>(?:1[89]|20)\d\d)(?!\d|[.,]\d|\s*%|\s*percent)")
def _same_point(clause: str, year: int) -> int | None:
    """The earlier year whose same point or same part ``clause`` names ("at this point last
    year", "in the same period of 2024"), in a text of ``year``; None when it names none."""
    if (same := _SAME_PERIOD_OF.search(clause)) and int(same.group("y")) < year:
        return int(same.group("y"))
    return year - 1 if _SAME_POINT_LAST_YEAR.search(clause) else None


#: the same part of a year named: "in the same period of 2024", "the same months in 2019"
_SAME_PERIOD_OF = re.compile(r"\b(?:in|during|over|for)\s+the\s+same\s+(?:period|quarter|"
                             r"months?|weeks?|time)\s+(?:of|in)\s+(?P<y>(?:19|20)\d\d)\b",
                             re.IGNORECASE)
_SAME_POINT_LAST_YEAR = re.compile(
    r"\b(?:(?:at|by)\s+(?:this|the\s+same)\s+(?:point|time|stage|date)(?:\s+of\s+the\s+year)?"
    r"\s+(?:last\s+year|a\s+year\s+(?:earlier|ago|before))|"
    # "up from 14,900 in the same period last year": a part of last year, not all of it
    r"(?:in|during|over|for)\s+the\s+same\s+(?:period|quarter|months?|weeks?)\s+(?:of\s+)?"
    r"(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year|"
    r"the\s+year\s+before)|"
    r"this\s+time\s+last\s+year)\b", re.IGNORECASE)


#: an aside set off by a comma that opens with a participle, up to a time in it: ", agreed
#: a year earlier", ", founded the year before"
_ASIDE_OPENS = re.compile(r",\s*(?:[a-z]+ed|built|begun|set\s+up|founded|held|made|won)\s+"
                          r"[^,]*$", re.IGNORECASE)


#: "a year ago today", "two years ago today": the text's own day, N years back
_YEARS_AGO_TODAY = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                              r"eleven|twelve|[1-9]\d?)\s+years?\s+ago\s+today\b", re.IGNORECASE)


#: the months as a text names them, with a capital (a lower-case "may" is the verb)
_MONTH_NAMES = "|".join(m.capitalize() for m in _MONTHS)
#: a month the figure is of: "in May", "in May 2024", "last month", "for April"
_MONTH_OF = re.compile(r"\b(?:(?:in|during|for|through|of)\s+(?P<name>" + _MONTH_NAMES +
                       r")(?:\s+(?P<year>(?:1[89]|20)\d\d))?(?![\w-])|(?P<rel>last|this)\s+month\b)")


#: the end of a month by which a figure was reached: "by the end of June", "at the end of
#: September 2024"
_END_OF_MONTH = re.compile(r"\b(?i:by|at|as\s+of|as\s+at|to)\s+(?i:the\s+end\s+of\s+|end-)"
                           r"(?P<name>" + _MONTH_NAMES +
                           r")(?:\s+(?P<year>(?:1[89]|20)\d\d))?(?![\w-])")


#: a month whose event may be named after it: "last month's earthquake", "May's deadly
#: floods" (the words after the possessive, up to three)
_MONTHS_EVENT = re.compile(r"\b(?:(?:last|this)\s+month|" + _MONTH_NAMES +
                           r")['’]s(?P<words>(?:\s+[a-z-]+){1,3})")


def _of_an_event(vocab: Vocabulary, text: str) -> str:
    """``text`` without the months that date an event ("the number killed in last month's
    earthquake"): the event's month is not the month the figure is of."""
    return _MONTHS_EVENT.sub(lambda m: " " if vocab.event_nouns & set(m.group("words").split())
                             else m.group(0), text)


def _month(before: str, after: str, doc: Document | None,
           pattern: re.Pattern = _MONTH_OF) -> str:
    """``YYYY-MM`` of the month the figure's clause says it is of (``pattern``): the first
    named after it, else the one before it ("" if none, or two); a month without a year is
    the latest one up to the text's date, or, in a clause of what will be ("will begin in
    June", in a text of May), the next. A month in a clause of time is another event's
    ("since it opened in June 2016")."""
    before, after = _EVENT_TIME.sub(" ", before), _EVENT_TIME.sub(" ", after)
    m = pattern.search(after)
    if m is None:
        found = list(pattern.finditer(before))
        if len(found) != 1:
            return ""
        m = found[0]
        lead = before[:m.start()]
    else:
        lead = before + " " + after[:m.start()]
    published = doc.published if doc is not None else None
    if m.groupdict().get("rel"):
        if published is None:
            return ""
        year, month = published.year, published.month - (m.group("rel") == "last")
        return f"{year - 1}-12" if month == 0 else f"{year}-{month:02d}"
    month = _MONTHS.index(m.group("name").lower()) + 1
    if m.group("year"):
        return f"{m.group('year')}-{month:02d}"
    if published is None:
        return ""
    year = published.year - (month > published.month and not _WILL.search(lead))
    return f"{year}-{month:02d}"


#: words that make a clause tell of what is still to come: "will begin in June"
_WILL = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\b",
                   re.IGNORECASE)


#: what makes "a year earlier" before a figure the base of a comparison, not the figure's
#: year: "rose 2.1 percent from a year earlier to 312,000"
_COMPARED_WITH = re.compile(r"\b(?:from|than|on|over|with|against|versus)\s+$",
                            re.IGNORECASE)


#: "by March 10", "as of Friday": by which day a figure before was reached
_BY_DAY = re.compile(r"\b(?:by|as\s+of|as\s+at)\s+(?:(?:last|this)\s+)?"
                     r"(?:(?:[12]?\d|3[01])(?:st|nd|rd|th)?\s+)?(?:" +
                     "|".join(WEEKDAYS + _MONTHS) + r")\b", re.IGNORECASE)


def _by_last_year(vocab: Vocabulary, rest: str) -> bool:
    """Whether the rest of a figure's clause closes with by when, last year, it was reached
    ("... by the end of last year", "as of last year"), with no time of its own between."""
    rest = _BASE.split(_CLAUSE_END.split(_COMMA.split(rest, 1)[0], 1)[0], 1)[0]
    for m in vocab.last_year.finditer(rest):
        if _END_OF.search(rest, 0, m.start()):
            return not _OWN_TIME.search(rest, 0, m.start())
    return False


#: what says "by when" right before a year's name: "by the end of", "as of", "until"
_END_OF = re.compile(r"\b(?:by|as\s+of|as\s+at|until|till|up\s+to)\s+(?:the\s+end\s+of\s+)?$",
                     re.IGNORECASE)
#: a comma that ends a clause (not one inside a figure: "5,000")
_COMMA = re.compile(r",(?!\d)")
#: a time of the words between: a year, a month, a weekday
_OWN_TIME = re.compile(r"\b(?:1[6-9]|20)\d\d\b|\b(?:" + "|".join(WEEKDAYS + _MONTHS) + r")\b",
                       re.IGNORECASE)


def _as_of(vocab: Vocabulary, before: str) -> bool:
    """Whether the clause before a figure says by when it was reached ("by the end of
    2023,", "so far"); a cue right before the figure is its qualifier or its change, not a
    time: "can carry up to 27.5 billion cubic metres", "rose by 500"."""
    return any(not (_OBJECT_CUE.fullmatch(m.group(0)) and
                    _QUALIFIERS_ONLY.fullmatch(before, m.end()))
               for m in vocab.as_of.finditer(before))


#: the cues that take the figure itself as their object when right before it ("now" and "so
#: far" are times wherever they stand)
_OBJECT_CUE = re.compile(r"up\s+to|up\s+until|until|by", re.IGNORECASE)


#: qualifiers alone: what may stand between a cue and the figure it takes as its object
_QUALIFIERS_ONLY = re.compile(r"(?:\s+(?:about|around|some|nearly|almost|roughly|over|under|"
                              r"more\s+than|fewer\s+than|less\s+than|just|a\s+further|"
                              r"another))*\s*", re.IGNORECASE)


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


#: a clause of time inside a figure's clause: "when the dam failed last Tuesday"
_EVENT_TIME = re.compile(r"\b(?:when|after|since|before|once)\b[^,;]*", re.IGNORECASE)


#: "has" or "have" before the participle of an event: "has killed", "have now been resettled"
_HAVE = re.compile(r"\b(?:has|have)\s+(?:(?:now|already|so\s+far|thus\s+far|since|been)\s+)*",
                   re.IGNORECASE)


#: an aside that opens a predicate of its own before the figure: ", a cruise ship carrying",
#: ", which employs"
_OWN_PREDICATE = re.compile(r",\s*(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?[a-z]+ing|"
                            r"(?:which|who)\s+[a-z]+)\b(?:[^,;]|(?<=\d),(?=\d))*$", re.IGNORECASE)


def _perfect(vocab: Vocabulary, before: str) -> bool:
    """Whether the clause before a figure puts an event in the present perfect ("the fire has
    burned 61,200 acres and destroyed 240 homes"), not "have to" or "has 3,000 km", nor one
    an aside with its own predicate sets apart ("212 have fallen ill on the Aurora Star, a
    ship carrying 2,800 passengers")."""
    if aside := _OWN_PREDICATE.search(before):
        before = before[aside.start():]
    return any(_event_at(vocab, before, m.end()) for m in _HAVE.finditer(before))


#: a sentence that opens with the whole its figures divide: "Of the 1,412 people killed last
#: year, " (after a dateline, too)
_WHOLE_FIRST = re.compile(r"(?:^|--\s*|[—–]\s*)Of\s+(?:the|its|their|these|those|this)\s+")
#: what ends that opening: a comma that is no thousands separator, or a clause mark
_OPENING_END = re.compile(r"(?<!\d),|,(?!\d)|[;:]")


@lru_cache(maxsize=4096)
def _whole_first_end(sentence: str) -> float:
    """Where the opening "Of the W ...," of a sentence ends (its comma), when it names a
    figure; infinity when the sentence opens otherwise. Read once per sentence, in one pass."""
    m = _WHOLE_FIRST.match(sentence) or _WHOLE_FIRST.search(sentence, 0, 80)
    if m is None:
        return float("inf")
    end = _OPENING_END.search(sentence, m.end())
    if end is None or end.group(0) != "," or \
            not any(ch.isdigit() for ch in sentence[m.end():end.start()]):
        return float("inf")
    return end.start()


#: a figure that counts some of a whole named elsewhere ("40,000 of them", "of those moved")
_PART_OF = re.compile(r"\s*(?:[a-z]+\s+)?of\s+(?:them|these|those|whom|which)\b", re.IGNORECASE)


def _joint_event(vocab: Vocabulary, text: str) -> str:
    """Two events one figure counts together ("killed or missing", "dead and injured"), as
    one event name, or ""."""
    found = list(vocab.any_event.finditer(text))
    for m1, m2 in itertools.pairwise(found):
        e1, e2 = _event_name(vocab, m1), _event_name(vocab, m2)
        if e1 and e2 and e1 != e2 and _JOINT.fullmatch(text, m1.end(), m2.start()) and \
                not _HAS_OBJECT.match(text, m2.end()) and not (
                    _GOVERNS.match(text, m2.end()) and not _VERB_FORM.search(m1.group(0))):
            # ... and not a noun and then a verb that takes the next figure ("$25.4 billion
            # in direct investment and created 236,000 jobs"), where "killed or injured 300"
            # counts both
            return f"{e1} or {e2}"
    return ""


#: a verb with an object of its own is another predicate: "left 2,600 people dead and
#: levelled the town" counts no town among the dead
_HAS_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those|whole|"
                         r"entire)\b|[$€£¥]?\d)", re.IGNORECASE)


#: between two events a figure counts together: "killed or are missing", "dead and injured"
_JOINT = re.compile(r"\s+(?:or|and|and/or)\s+(?:(?:are|were|is|was|still|remain|remained|"
                    r"have\s+been|been)\s+)*", re.IGNORECASE)


def _planned(vocab: Vocabulary, text: str, toll: bool = False) -> bool:
    """Whether ``text`` says its figure is planned, expected or pledged. "May" with a capital
    is the month ("WELLTON, May 2, 2023 -- The country has 3,000 km"), not the modal, and
    what "was needed" is done; "thought to be missing" says how a count is known, not that
    it is planned, and so does an estimate of a ``toll`` ("raised its estimate of the dead
    to 230,000"), where an estimated cost is a plan."""
    text = _ESTIMATED_BY.sub(" ", _AN_ESTIMATED.sub(" ", _EPISTEMIC.sub(" ", text)))
    return any(m.group(0) != "May" and not (
        m.group(0).lower() in ("needed", "required") and _WERE.search(text, 0, m.start()))
        and not (toll and m.group(0).lower() in vocab.estimates)
        for m in vocab.planned.finditer(text))


#: how a count is known, no plan: "thought to be missing", "feared to be dead"
_EPISTEMIC = re.compile(r"\b(?:thought|believed|feared|said|known|"
                        r"reported|confirmed|presumed)\s+to\s+be\b", re.IGNORECASE)
#: "visitors spent an estimated 465 million": how a figure of what happened is known, right
#: before it (where "the cost is estimated at" sizes a plan)
_AN_ESTIMATED = re.compile(r"\ban\s+estimated\s*$", re.IGNORECASE)
#: "..., or 45 million crowns a day, the chamber of commerce estimated": who estimated what
#: happened, said after it as "said" would be
_ESTIMATED_BY = re.compile(r",\s*(?:[A-Za-z'’-]+\s+){1,6}(?:estimated|estimates)\s*[.;]?\s*$")
#: "400 firemen were needed": a need that was met is no plan
_WERE = re.compile(r"\b(?:was|were)\s+$", re.IGNORECASE)


def _aggregation(vocab: Vocabulary, c: Claim, before: str, after: str, scope: str,
                 statistic: bool = False) -> str:
    """How the figure aggregates; ``statistic``: its clause names one (an average), or its
    event is a level ("missing": the missing are found)."""
    if c.kind == "percent":
        return "change" if c.direction or c.subject == "points" else "share"
    if c.direction:
        return "change"
    if _PART_OF.match(c.sentence, c.end - c.sentence_start):
        return "part"  # "1.2 million of those relocated have found jobs": some of a whole
    if c.start - c.sentence_start > _whole_first_end(c.sentence):
        return "part"  # "Of the 1,412 people killed last year, 612 died in cities"
    if scope == "batch":
        return "batch"
    if vocab.rate_after.search(" ".join(_NEXT_CLAUSE.split(after, 1)[0].split()[:6])) or \
            vocab.rate_before.search(_COORDINATION.split(before)[-1][-24:]):
        # (a rate word of another clause is not the figure's: "a third of the city's daily
        # use, and cost $965 million")
        return "rate"
    if vocab.per_period.search(" ".join(_NEXT_CLAUSE.split(after, 1)[0].split(",", 1)[0]
                                        .split()[:4])):
        return "flow"
    if statistic or vocab.levels.search(before) or vocab.levels.search(c.subject):
        return ""  # "the average home price has risen to 300,000": a level, no total
    if vocab.cumulative.search(before) or scope in ("as_of", "period") or \
            vocab.cumulative.search(after[:24]):
        return "cumulative"
    if vocab.flow.search(after) or vocab.flow.search(before) or scope in ("year", "part") or \
            _THAN_A_YEAR.match(c.sentence, c.end - c.sentence_start):
        return "flow"
    return ""


#: a figure compared with a year's: "1.6 million trips, 23 percent more than in 2020" counts
#: a year's trips, not all trips so far
_THAN_A_YEAR = re.compile(r"[^.;]{0,40}\b(?:more|less|fewer|higher|lower)\s+than\s+"
                          r"(?:in\s+)?(?:19|20)\d\d\b", re.IGNORECASE)


_NAMED_UNIT = re.compile(r"\b(?!The\b)((?:[A-Z][\w'’-]+\s+){1,3}(?:Province|City|County|"
                         r"Prefecture|Municipality|Region|State|District|Ministry|Government))\b")
#: after a named unit, what makes it the one that acts: a verb, or an apposition and a verb
#: ("Hubei Province has shifted", "Jiangsu Province, the richest, sent"); not a noun it
#: names ("the Pine County outbreak, which officials put at 119 cases")
_UNIT_ACTS = re.compile(r"(?:\s*,[^,]{1,60},)?\s+(?:[a-z]+ed|has|have|had|was|were|is|are|"
                        r"will|would|also|already|said|spent|gave|gives|sent|sends|paid|pays|"
                        r"sold|lost|made|took|built|funds|grew|rose|fell)\b|\s*[:,]?\s*$")


#: a name after "for" or "to" is whom the subject serves, not the subject: "the aid
#: programme for Kora has funded 2,630 projects" (the programme funded them)
_FOR_WHOM = re.compile(r"\b(?:for|to|towards)\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"\b(?:of|in|at|near|across|throughout|around|inside)\s+"
                                r"(?:the\s+)?$", re.IGNORECASE)


#: "Total: €100m." a list item that names who gave the amount after it
_HEADING = re.compile(r"^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?" + _TIME_NAME +
                      r"(?P<actor>[A-Z][\w'’.&-]*(?:\s+(?:of|the|and|&|"
                      r"[A-Z][\w'’.&-]*)){0,4}):\s*(?:about|some|around|nearly|over|more\s+than|"
                      r"at\s+least|up\s+to)?\s*$")


#: labels of a ledger line ("Total: $4.2 billion"), not names of who gave
_LEDGER_LABELS = frozenset("total sum subtotal grand total overall budget cost costs revenue "
                           "revenues spending balance amount net gross".split()) | {"grand total"}


def _actor(vocab: Vocabulary, before: str, after: str, lead: str = "",
           gapped: tuple[str, str] | None = None, owned: bool = True,
           names: frozenset[str] = frozenset()) -> str:
    """Who sends, pays or builds: ``before`` and ``after`` are the figure's clause on each
    side, ``lead`` the whole sentence before the figure; ``owned``: the name that owns the
    clause's subject may be it (not for a rate, whose owner is its place); ``names``: the
    words its text capitalises within a sentence."""
    heading = _HEADING.match(lead)
    if heading and heading.group("actor").lower() not in _LEDGER_LABELS:
        return " ".join(heading.group("actor").split())
    # "Hubei Province has shifted 250,000 people"; not "an area of Qinghai Province has
    # lost 2,698 people", where the province is the place
    named = [m.group(1) for m in _NAMED_UNIT.finditer(before)
             if not _PLACE_PREPOSITION.search(before, 0, m.start())
             and _UNIT_ACTS.match(before, m.end())]
    if named:
        return " ".join(named[-1].split())
    noun = vocab.noun_actor.search(before)
    if noun and not _PLACE_PREPOSITION.search(before, 0, noun.start()):
        # "the city sent 300 nurses"; a name keeps its capitals ("the city of Paris")
        name = noun.group("name") or ""
        head = noun.group("actor")[:len(noun.group("actor")) - len(name)]
        return " ".join([*head.lower().split(), *name.split()])
    event = vocab.event_actor.search(before)
    if event:
        return " ".join(event.group("actor").split())  # "the Ridgeback fire has killed 12"
    if gapped:
        # "Japan promised $80 million and the United States $16 million": the verb is the
        # first conjunct's, the name before the figure the second giver
        return _trim(gapped[0])
    if (giver := _PARTICIPLE_GIVER.match(lead)) and giver.group("actor") not in _OPENERS:
        # "Germany was the biggest donor at the conference, pledging 410 million dollars":
        # the participle's giver is the subject of the clause before it
        return _trim(giver.group("actor"))
    m = vocab.subject_actor.search(before) or _SUBJECT_HOLDER.search(before)
    if m and m.group("actor") not in _OPENERS and _names_someone(vocab, m, before, names) and \
            not _PLACE_PREPOSITION.search(before, 0, m.start()) and \
            not _FOR_WHOM.search(before, 0, m.start()):
        return _trim(m.group("actor"))  # "In 2017, Chongqing spent 5 million"
    for text in (after, before):
        # a route's start ("from Kashgar to Gwadar") is not who gave, nor is a named event
        # ("villages cut off by the Lesna floods")
        found = [m.group("actor") or m.group("lower") for m in vocab.actor.finditer(text)
                 if not _REPORTED.search(text, 0, m.start()) and not _ROUTE.match(text, m.end())
                 and _next_word(text, m.end()) not in vocab.event_nouns]
        if found:
            return _trim(found[0] if text is after else found[-1])
    if owned and (owner := _OWNER_SUBJECT.search(before)) and \
            owner.group("actor") not in _OPENERS:
        # "Kenya's measles campaign reached 3.7 million children": whose the subject is,
        # when nothing else says who acted (Uganda's campaign is another count)
        return owner.group("actor")
    return ""


def _next_word(text: str, at: int) -> str:
    """The lower-case word that starts at or after ``at`` in ``text``, or ""."""
    m = _NEXT_WORD.match(text, at)
    return m.group(1).lower() if m else ""


_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def _names_someone(vocab: Vocabulary, m: re.Match, before: str, names: frozenset[str]
                   ) -> bool:
    """Whether the capitalised subject ``m`` found in ``before`` is a name. The first word
    of a clause has a capital whatever it is ("Officials sent"): a name there needs two
    words ("Bernard Arnault, chairman of LVMH, gave") or a deed only someone does ("Korvex
    sold"). One capitalised word with a noun of its own is a name after "the" ("the Kessin
    plant produced") or when its text capitalises it within a sentence too ("Madrid-Barajas
    airport welcomed", not "Rising water forced"), or when the noun is a kind of place
    ("Verano city, one of the donors, has sent"). (A pronoun is never one, even after a
    quotation mark: '"We lost 30 homes"'.)"""
    actor = m.group("actor")
    name, _, noun = actor.rpartition(" ")
    if name and noun.islower() and " " not in name:
        return name in names or before[:m.start("actor")].lower().endswith("the ") or \
            noun in _PLACE_BODIES
    if actor.lower() in vocab.activities:
        return False  # "BALO, Oct. 3 -- Exports reached": what is done, not who does it
    return m.start("actor") > 0 or " " in actor or _lone_giver(vocab, actor, before,
                                                               m.end("actor"))


#: the kind of place after a capitalised word that makes it a place's name even where it
#: opens a sentence: "Verano city, one of the largest donors, has sent"
_PLACE_BODIES = frozenset("city county province prefecture municipality district town village "
                          "council".split())


#: a clause whose subject a name owns, right before its figure: "Kenya's two-week measles
#: campaign reached"
_OWNER_SUBJECT = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=--\s))(?P<actor>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+"
    r"(?:[a-z][\w-]*\s+){1,6}?(?:has\s+|have\s+|had\s+)?"
    r"(?:[a-z]+ed|reached|hit|rose|fell|grew|stood|spent|sold|made|took|won|lost|paid|gave|"
    r"sent|built|totalled|totaled)"
    r"(?:\s+(?:to|at|by|about|some|nearly|almost|over|more\s+than|a\s+total\s+of))*\s*$")


#: a sentence's named subject, a verb of being, and a participle of giving right before the
#: figure: "Germany was the biggest donor at the conference, pledging"
_PARTICIPLE_GIVER = re.compile(
    r"\s*(?:The\s+)?(?P<actor>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:was|is|were|"
    r"are|has\s+been|had\s+been|became|becomes|remained|remains)\b[^;:\d]*,\s*(?:pledging|"
    r"promising|giving|donating|offering|contributing|committing)\s+(?:(?:about|some|nearly|"
    r"almost|more\s+than|over|a\s+total\s+of|another)\s+)?$")


#: the end of a route after a name: "from Kashgar *to Gwadar*"
_ROUTE = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")


#: the second conjunct of a clause whose verb is left out: "... and the United States"
_GAPPED = re.compile(r"(?:,\s*(?:and\s+)?|\sand\s+)(?:the\s+)?" + _TIME_NAME +
                     r"(?P<actor>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})\s*$")
def _gapped(vocab: Vocabulary, lead: str) -> tuple[str, str] | None:
    """(giver, verb) when the figure after ``lead`` (its sentence so far) is the second
    conjunct of a clause of giving whose verb is left out: "Japan promised $80 million and
    the United States" gives ("United States", "promised")."""
    m = _GAPPED.search(lead)
    if not m or m.group("actor") in _OPENERS:
        return None
    verbs = list(vocab.giving.finditer(lead, 0, m.start()))
    # the first conjunct gave an amount: "pledged 700 million dollars, the European Union"
    if not verbs or not any(ch.isdigit() for ch in lead[verbs[-1].end():m.start()]):
        return None
    return m.group("actor"), verbs[-1].group(0).split()[-1]



def given(vocab: Vocabulary, claim: Claim) -> bool:
    """Whether a verb of giving stands right before the amount ("the city managed to mobilise
    €10 million"): the amount is a gift whether or not a noun says so."""
    return bool(vocab.gives.search(claim.sentence, 0, claim.start - claim.sentence_start))


def _lone_giver(vocab: Vocabulary, word: str, before: str, end: int) -> bool:
    """Whether one capitalised word at the start of a clause is a name because a verb of
    giving, or of another deed only someone does, follows it ("Japan promised 120 million
    dollars", "Korvex sold 52 million phones"): a common noun there would be plural ("Donors
    pledged") or need an article ("The bank gave")."""
    return " " not in word and word not in _OPENERS and not word.endswith("s") and \
        bool(vocab.doing.match(before, end))


#: "according to a report by the ministry": who reports a figure is not who acted
_REPORTED = re.compile(r"\b(?:report|reports|study|survey|statement|analysis|data|figures|"
                       r"estimate|estimates|count|tally|census|poll|audit|review|paper)\s+"
                       r"(?:(?:published|released|issued|compiled)\s+)?$", re.IGNORECASE)


def _trim(actor: str) -> str:
    """The actor's name without an article or a connective left at its end ("Bernard
    Arnault and his group")."""
    words = actor.split()
    while words and words[-1].lower() in ("and", "of", "the", "&"):
        words.pop()
    # "Portvale's" of "ordered by Portvale's transit agency" is Portvale
    return " ".join(words).removeprefix("the ").strip(" ,.").removesuffix("'s").removesuffix("’s")


def assign_frames(doc: Document | None, claims: list[Claim], vocab: Vocabulary,
                  synonyms: tuple[tuple[str, str], ...] = ()) -> list[Claim]:
    """Each claim with its frame (measure, actor, time scope, aggregation, status)."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence_start, []).append(c)
    out = []
    sentence_cuts: dict[int, _Cuts] = {}
    incidents = _Incidents(vocab, doc.text if doc is not None else "", _written_day(doc))
    names = _Names(doc.text if doc is not None else "")
    last: tuple[Claim, str] | None = None  # the figure before, and its event
    outbreak: bool | None = None  # whether the text is of an outbreak, once asked
    owns: dict[int, str] = {}  # the own words of the last figure read in each sentence
    for c in claims:
        if c.kind not in _FIGURE_KINDS:
            out.append(c)
            continue
        cuts = sentence_cuts.get(c.sentence_start)
        if cuts is None:
            cuts = sentence_cuts[c.sentence_start] = _cuts(by_sentence[c.sentence_start])
        before_all, whole_after = _clause(c, cuts, limit=False)
        if c.linked and not whole_after.strip():
            # "€700m (about $750m) was spent": what follows the bracketed conversion is
            # said of the amount too
            conv = next((o for o in by_sentence[c.sentence_start] if o.id == c.linked[0]), None)
            if conv is not None and conv.start > c.end and _CONVERSION_OPEN.fullmatch(
                    c.sentence, c.end - c.sentence_start, conv.start - c.sentence_start):
                whole_after = _after_bracket(conv, cuts)
        part_of = None
        if not c.subject and c.kind == "count" and _OF_THE.fullmatch(whole_after) and \
                (part_of := _part_of_next(c, by_sentence[c.sentence_start])) is not None:
            # "96 of the 420 homes destroyed by the storm had been rebuilt": the part counts
            # the whole's noun, and what its clause says after the whole's phrase
            c, whole_after = part_of
        whole_of_part = _WHOLE_OF_A_PART.search(c.sentence, 0, c.start - c.sentence_start) \
            is not None
        if whole_of_part and (verb := _clause_verb(whole_after)) is not None:
            # ... and the whole is only what its own words say ("the 420 homes destroyed"),
            # not what the clause's verb says of the part ("had been rebuilt")
            whole_after = whole_after[:verb]
        if (rel := _REDUCED_RELATIVE.match(whole_after)) and \
                vocab.any_event.match(whole_after, rel.end()) and not whole_of_part:
            # "nearly 400 clinics destroyed by the cyclone in 2021 have been rebuilt": the
            # figure is the subject of the verb after the participle's clause, which says
            # what the clinics were, and when, not what the figure counts
            whole_after = whole_after[:rel.start("rel")] + whole_after[rel.end("rel"):]
            if c.period_stated and c.period_end is not None and \
                    str(c.period_end) in rel.group("rel") and \
                    doc is not None and doc.published is not None:
                year = doc.published.year  # the clause's year is when they were destroyed
                c = c.evolve(period=str(year), period_start=year, period_end=year,
                             period_stated=False)
        if _RELATIVE_OPEN.search(before_all):
            # "Corvex, which employs about 900 people at its site, will be bought by Halden":
            # the comma that closes the relative clause ends what is said of its figure
            whole_after = whole_after.split(",", 1)[0]
        before = " ".join(before_all.split()[-_BEFORE_WORDS:])
        after = " ".join(whole_after.split()[:_AFTER_WORDS])
        event = lead = ""
        if _TO_END.search(before) and (
                by := _BY_TO.search(wide := _clause(c, cuts, wide=True)[0])):
            # "the toll rose by 9 overnight to 193": the increment stands between the verb
            # and the total, which is what the subject reached ("the toll rose to 193")
            before = " ".join((wide[:by.start("inc")] + "to").split()[-_BEFORE_WORDS:])
        if _REACHED.search(before):
            # "the number of people killed by the quake, a tremor centred on ..., has gone up
            # to 2,698", "promises of money from companies and public bodies had climbed to":
            # the figure is what the clause's subject reached, however far back
            wide_before = _clause(c, cuts, wide=True)[0]
            first = vocab.any_event.search(wide_before)
            if first and (named := _TOLL_OF.match(wide_before, first.end())) and \
                    (kind := vocab.any_event.match(wide_before, named.end())):
                first = kind  # "the toll of injured stands at 152": the injured, not the dead
            event = _event_name(vocab, first) if first else ""
            if first and not c.subject and not _VERB_FORM.search(first.group(0)):
                # "pedestrian deaths rose to 318": what kind of the event, named before the
                # event's noun (not before a verb: "the appeal has now raised"), or after
                # it: "deaths among children under five reached 312" are child deaths
                lead = _modifiers(vocab, wide_before[:first.start()]) or \
                    _among(vocab, wide_before, first.end())
            if len(wide_before) < len(before):
                # the clause starts after a coordination (", where cases have climbed
                # to"): what came before it is another clause's
                before = wide_before
        if not lead and (c.subject or c.kind == "quantity") and \
                not vocab.any_event.search(before) and \
                (reacher := _subject_reaching(vocab, before, names)) and \
                (not c.subject or singular(c.subject.split()[-1].lower()) not in {
                    singular(w) for w in reacher.split()}):
            # "the order backlog stood at 8,598 aircraft", "gross orders reached 2,094
            # aircraft": what reached the figure is what it measures; the noun after it is
            # only what is counted (a backlog is no count of orders, nor of deliveries)
            lead = reacher
        if not lead and not c.subject and (kind := _KIND_OF.search(before)) and \
                vocab.any_event.fullmatch(kind.group("noun")):
            # "a dynamic investment of 181.5 billion yuan, equal to a static investment of
            # 122.9 billion": the words that say which kind of the event the figure is
            words = _modifiers(vocab, kind.group("mods") or kind.group("mod")).split()
            while words and words[-1] not in vocab.plain_modifiers | vocab.doers:
                lead = f"{words.pop()} {lead}".strip()  # (up to a word that is no kind)
        event = event or _event(vocab, before, after,
                                " ".join(whole_after.split()[:_AFTER_WORDS + 4]), c.subject)
        event = event or _open_event(vocab, c, before, after)
        if event and (joint := _joint_event(vocab, after) or _joint_event(vocab, before)):
            event = joint  # "43 people were killed or are missing": both, not the dead
        if c.kind == "count" and not float(c.value).is_integer() and c.stated == c.value:
            event = ""  # "a 7.1-magnitude quake": a reading, not a count of anything
        elif not event and last is not None and continues_list(last[0], c):
            event = last[1]  # "killed 300 people in 2010 and 200 in 2013": killed, both
        with_giver = _WITH_GIVER.search(c.sentence, 0, c.start - c.sentence_start) \
            if c.kind == "money" else None
        if with_giver and with_giver.group("actor") in _OPENERS:
            with_giver = None
        if with_giver and not event and last is not None and \
                last[0].sentence_start == c.sentence_start and last[0].kind == "money":
            # "from the World Bank, with $500 million, and the European Union, with $380
            # million": the second giver's amount is of the first's kind
            event = last[1]
        batch = _batch(vocab, before, c)
        # a count in the present perfect is what is done by the text's day ("has destroyed
        # 240 homes"); an amount so stated is more often one giver's act ("the group has
        # committed €100m") than a running total of all
        scope, key = _time(vocab, c, before, after, doc, batch,
                           c.kind != "money" and (
                               _perfect(vocab, _clause(c, cuts, wide=True, reach=200)[0])
                               or _perfect(vocab, after) or _done_now(vocab, c, after)),
                           _after_comma(before) if _follows_figure(c, cuts, before_all)
                           else before)
        opening = c.sentence[:c.start - c.sentence_start]
        if gapped := _gapped(vocab, opening):
            # the left-out verb of the second conjunct is the first's: its event and status
            event = event or _event(vocab, gapped[1], "")
            before = f"{gapped[1]} {before}"
        if c.kind == "count" and JOINED_NOUN.match(c.sentence, c.end - c.sentence_start):
            event = ""  # "destroyed a 300-bed hospital": the figure describes the hospital
        if c.kind in ("money", "quantity") and event in vocab.people_events:
            event = ""  # "has moved 60 billion cubic metres of water": no relocation
        if c.kind != "money" and event in vocab.money_events:
            # "the castle received 150,000 visitors" is no payment: its own verb says what
            # happened ("received"), and only that verb's figures are the same quantity
            event = _own_event_word(vocab, event, before, after)
        own = _own_words(c, cuts, before_all, before)
        if (_ONLY_TO.match(own) or _SECOND_OBJECT.match(own) or _SECOND_VERB.match(own) or
                _PREPOSITION_OBJECT.match(own) or (with_giver and _NEXT_WITH.match(own))) \
                and c.sentence_start in owns:
            # "will bring the number of buses in its fleet of 640 to 210", "is expected to
            # fall 5 percent to 300": the figure before ends the words, not the clause; its
            # verb is the one before that figure
            own = f"{owns[c.sentence_start]} {own}"
        owns[c.sentence_start] = own
        # (and "will close 2 schools and cut 72 jobs": a second verb with no subject or
        # auxiliary of its own shares the first's, "will" with it)
        # "has 3,000 km of railways, and plans to add 1,500 km": a plan after ", and" is the
        # next clause's
        if done := _done_to(vocab, before, after):
            event = done  # the 420 of "96 of the 420 homes destroyed had been rebuilt"
        toll = event in vocab.incident_events
        planned = not done and (
            _planned(vocab, own, toll) or _is_goal(vocab, own) or
            _planned(vocab, _NEXT_PREDICATE.split(_COORDINATION.split(after, 1)[0], 1)[0],
                     toll) or
            vocab.sizes_plan.match(after) is not None or _ahead(doc, scope, key) or
            vocab.sought.search(own) is not None or (
                (_PARTICIPLE_AFTER.match(own) or _PART_OF_BEFORE.match(own)) and any(
                    o.sentence_start == c.sentence_start and o.status == "planned"
                    for o in out[-4:])))
        # "the 1.98 million Guizhou moved", "the $100 million Japan pledged": the name after
        # the figure is who did it to the figure's (unsaid) thing, not the thing
        holder = _name_that_did(vocab, c)
        # "sells for $65.5m in New York": a place read after the figure is where, not what
        measure = measure_of(vocab, "" if holder or (
            c.place and c.subject.lower() == c.place.lower()) else
            lead if lead and c.subject and not event else c.subject or lead, event, synonyms)
        if not measure and c.kind == "money" and not holder:
            measure = _cost_of(vocab, before)  # "the Harbour Bridge cost $2 billion"
        labelled = False  # a share on a labelled line: the label is no actor
        if not measure and c.kind == "percent" and not c.direction:
            # "the jobless rate fell to"; "Estara's unemployment rate": Estara's, where no
            # place is read (two countries' rates are two quantities)
            measure, whose = _rate_named(vocab, before, synonyms)
            if whose and not c.place:
                c = c.evolve(place=whose)
            if not measure and (label := _HEADING.match(opening)) and \
                    vocab.rate_noun.search(label.group("actor")):
                # "Unemployment: 5.2% in March": a line's label that names a rate is what its
                # share measures ("Germany: 64.7%" names whose share it is)
                measure = normalize_subject(label.group("actor").lower(), synonyms)
                labelled = True
        if measure == _CASE and outbreak is None:
            outbreak = vocab.outbreak.search(doc.text) is not None if doc else False
        if measure == _CASE and outbreak:
            measure = "infected"  # "341 cases" of an outbreak are the people who fell ill
        # (not a statistic of the next figure: "412,000 customers paid an average of 53
        # dollars" counts customers, not an average)
        stat = vocab.statistics.search(before) or next(
            (m for m in vocab.statistics.finditer(after)
             if not _OF_NEXT.match(after, m.end())), None)
        if measure and stat:
            measure = f"{measure} {stat.group(0).lower()}"
        if c.kind == "count" and (measure or c.subject) and _capacity(vocab, c, before, after):
            measure = f"{measure or normalize_subject(c.subject)} capacity"
        if measure and c.kind == "count" and (age := _age_bound(vocab, c, after)):
            measure = f"{measure} {age}"  # "children under five": not those under 15
        last = (c, event)
        aggregation = "part" if part_of is not None else _aggregation(
            vocab, c, before, after, scope, stat is not None or event in vocab.level_events)
        if scope == "year" and aggregation == "cumulative" and not planned and \
                (today := _written_day(doc)) is not None and key == str(today.year):
            # "18,400 cases so far this year", in a text of February 9: the year's total as
            # of that day, not the year's (a later text's "27,150 so far this year" is the
            # same running total grown, not a disagreement about the year)
            scope, key = "as_of", today.isoformat()
        # Interned: an archive repeats a few thousand measures, actors and times over
        # millions of claims, and one shared string each keeps the claims small.
        out.append(c.evolve(
            subject=sys.intern(c.subject),
            measure=sys.intern(measure),
            actor=sys.intern("" if labelled else holder or (
                _trim(with_giver.group("actor")) if with_giver else
                _actor(vocab, before, whole_after, opening, gapped, c.kind != "percent",
                       names.within()))
                or _together(c) or _designated(before)),
            time_scope=scope, time=sys.intern(key),
            aggregation=aggregation,
            status="disputed" if vocab.disputed.search(before_all[-40:]) else
            "planned" if planned else "actual",
            incident=incidents.of(c.sentence) if toll else ""))
    return _named_kind_actors(_restated_share_frames(_share_conversion_frames(_change_bases(
        _running_totals(_shared_subjects(_opening_times(_conjoined_times(out), doc)))))), doc)


#: between a figure and the next, a second verb of the same subject: " tourists and spent ",
#: " in 2024 and also paid out " (the words of the first figure's object, "and", the verb)
_AND_VERB = re.compile(r"(?:\s+(?:[a-z][\w'’-]*|(?:1[89]|20)\d\d))*\s+and\s+(?:also\s+|then\s+)?"
                          r"(?:" + "|".join(_PAST_VERBS) + r")"
                          r"(?:\s+(?:out|up|back|off|away|down))?"
                          r"(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|"
                          r"at\s+least|another|a\s+further|a\s+total\s+of))?\s+")


def _shared_subjects(claims: list[Claim]) -> list[Claim]:
    """A figure after a second verb of the same subject with that subject's actor, when it
    names none: in "The province received 12,000 tourists and spent 3 million dollars", the
    province spent the money (not in "... and the city spent", where another subject acts)."""
    out = list(claims)
    x: Claim | None = None  # the figure before, in the sentence (years between are skipped)
    for i, c in enumerate(out):
        if c.kind not in _FIGURE_KINDS:
            continue
        if x is not None and x.sentence_start == c.sentence_start and x.actor and \
                not c.actor and _AND_VERB.fullmatch(c.sentence, x.end - c.sentence_start,
                                                    c.start - c.sentence_start):
            c = out[i] = c.evolve(actor=x.actor)
        x = c
    return out


#: the kinds of place an actor may be named by alone ("the province has rebuilt")
_PLACE_KINDS = frozenset(PLACE_KINDS)


def _named_kind_actors(claims: list[Claim], doc: Document | None) -> list[Claim]:
    """An actor named by its kind alone ("The province has rebuilt 300 schools") as the one
    place of that kind its text has named before ("Marisco province"): the province is the
    province another text names, not a giver of its own."""
    if doc is None or not any(c.actor.lower() in _PLACE_KINDS for c in claims):
        return claims
    named = designated_places(doc.text)
    out = []
    for c in claims:
        kind = c.actor.lower()
        if kind in _PLACE_KINDS and (name := named_before(named, kind, c.sentence_start)):
            c = c.evolve(actor=sys.intern(f"{name} {kind}"))
        out.append(c)
    return out


#: between two figures joined as one predicate's objects: "212 sheep and ", "96 sheep, "
_CONJOINED = re.compile(r"\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s*(?:,\s*and|,|and)\s+$")


def _conjoined_times(claims: list[Claim]) -> list[Claim]:
    """Each figure with the time of the figure joined to it after it, when it has none:
    in "killed 212 sheep and 31 cattle last year", the year is the sheep's as much as the
    cattle's (each figure's clause ends where the next figure starts)."""
    out = list(claims)
    for i in range(len(out) - 2, -1, -1):
        c, nxt = out[i], out[i + 1]
        if c.time_scope or not nxt.time_scope or nxt.time_scope in ("as_of", "batch") or \
                c.kind != nxt.kind or c.kind not in ("count", "quantity", "money") or \
                c.sentence_start != nxt.sentence_start or c.unit != nxt.unit or \
                not _CONJOINED.fullmatch(c.sentence, c.end - c.sentence_start,
                                         nxt.start - c.sentence_start):
            continue
        out[i] = c.evolve(time_scope=nxt.time_scope, time=nxt.time,
                          aggregation=c.aggregation or nxt.aggregation)
    return out


def _opening_times(claims: list[Claim], doc: Document | None = None) -> list[Claim]:
    """A time that opens a sentence dates every figure of it that states none of its own:
    in "Last year, 39,800 people arrived by sea and 520 died or went missing", the 520 are
    last year's, as the 39,800 are (not a running total as of the text's day); in "In May,
    6,800 people arrived", the 6,800 are May's."""
    out = list(claims)
    dated: tuple[int, Claim] | None = None  # the sentence and its first figure so dated
    seen: set[int] = set()  # sentences whose first figure was read
    for i, c in enumerate(out):
        if dated is not None and dated[0] != c.sentence_start:
            dated = None
        if c.kind not in _FIGURE_KINDS:
            continue
        if dated is None:
            if c.sentence_start in seen:
                continue
            seen.add(c.sentence_start)
            opening = _OPENING_TIME.match(c.sentence)
            if opening is None or opening.end() > c.start - c.sentence_start:
                continue
            if not c.time_scope and not c.period_stated and (month := _month(
                    _IN.sub("in", opening.group(0)), "", doc)) and \
                    not _LATER_OWN_TIME.search(_own_clause(c, opening.end())):
                # (the first figure: the month the opening names, in the text's year)
                c = out[i] = c.evolve(time_scope="month", time=month, aggregation="flow"
                                      if c.aggregation == "cumulative" else c.aggregation)
            if c.time_scope in ("year", "month"):
                dated = (c.sentence_start, c)
            continue
        x = dated[1]
        if c.period_stated or (c.time_scope, c.time) == (x.time_scope, x.time) or \
                _LATER_OWN_TIME.search(_own_clause(c, x.end - c.sentence_start)):
            continue  # ("..., and since then 200 more": a time of its own)
        out[i] = c.evolve(time_scope=x.time_scope, time=x.time,
                          aggregation="flow" if c.aggregation == "cumulative" else c.aggregation)
    return out


def _own_clause(c: Claim, start: int) -> str:
    """The words of ``c``'s sentence from ``start`` to the end of the figure's clause."""
    base = c.sentence_start
    return c.sentence[start:c.end - base] + \
        re.split(r"[,;:]", c.sentence[c.end - base:], maxsplit=1)[0]


#: a sentence's opening "In", as a clause's "in" reads
_IN = re.compile(r"\bIn\b")
#: what gives a later figure of the sentence a time of its own, or ends the clause
_LATER_OWN_TIME = re.compile(r"[;:]|\b(?:since|now|so\s+far|to\s+date|today|currently|this\s+year|"
                       r"as\s+of|by\s+the\s+end|until|ago)\b", re.IGNORECASE)
#: a time and a comma that open a sentence: "Last year, ", "In 2024, ", "In early May, "
_OPENING_TIME = re.compile(r"\s*(?:(?:last|this)\s+(?:year|month)|in\s+(?:(?:early|late|mid)"
                           r"[\s-]+)?(?:(?:" + "|".join(_MONTHS) + r")(?:\s+\d{4})?|\d{4}))"
                           r"(?:\s+alone)?\s*,", re.IGNORECASE)


def _after_figures(claims: list[Claim]) -> Iterator[tuple[int, Claim, Claim]]:
    """Each figure (its index in ``claims``) with the figure before it in its sentence, of
    its kind and unit (read as ``claims`` is updated: the caller may replace the one it is
    given)."""
    last: dict[tuple[int, str, str], int] = {}  # the latest figure of a sentence, kind, unit
    for i, c in enumerate(claims):
        key = (c.sentence_start, c.kind, c.unit)
        j = last.get(key)
        last[key] = i
        if j is not None and c.kind in _FIGURE_KINDS:
            yield i, c, claims[j]


def _change_bases(claims: list[Claim]) -> list[Claim]:
    """The base of a stated change with the measure (and actor) of the figure it changed to,
    when it has none of its own: in "the rate rose to 5.4 percent in April from 5.2 percent
    in March" and "harvested 21.6 million tonnes of wheat, down 25 percent from 28.8
    million tonnes in 2022", the 5.2 percent and the 28.8 million tonnes measure what the
    figure before them does (their own times stay theirs)."""
    out = list(claims)
    for i, c, x in _after_figures(out):
        base = c.sentence_start
        if c.measure or not x.measure or \
                not _TO_BASE.fullmatch(c.sentence, x.end - base, c.start - base):
            continue
        if not (_CHANGE_WORD.search(c.sentence, x.end - base, c.start - base) or
                _CHANGE_WORD.search(c.sentence, max(0, x.start - base - 40), x.start - base)):
            continue
        out[i] = c.evolve(measure=x.measure, actor=c.actor or x.actor)
    return out


def _running_totals(claims: list[Claim]) -> list[Claim]:
    """A total the figure before it was added to, with that figure's measure (and actor)
    when it has none of its own: in "opened 120 stores in 2025, bringing its total to 1,450"
    and "planted 2,000 trees, taking the number planted since 2019 to 11,500", the total
    counts stores and trees as the increment does; and a total that a planned increment
    brings up is planned too ("will send 95 more, bringing the total to 785")."""
    out = list(claims)
    for i, c, x in _after_figures(out):
        base = c.sentence_start
        if (x.measure or x.status == "planned") and \
                _BRINGING_TO.search(c.sentence, x.end - base, c.start - base):
            out[i] = c.evolve(measure=c.measure or x.measure, actor=c.actor or x.actor,
                              status="planned" if x.status == "planned" else c.status)
    return out


#: between an increment and the total it makes: ", bringing its total to ", ", taking the
#: number planted since 2019 to about " (a clause of its own: no other figure, no clause mark)
_BRINGING_TO = re.compile(r",\s*(?:bringing|taking|pushing|lifting|raising)\s+(?:its|the|their|"
                          r"his|her|our)\s+(?:[a-z]+\s+)?(?:total|tally|count|number)"
                          r"(?:\s+(?:[a-z]+|(?:19|20)\d\d)){0,4}?\s+to"
                          r"(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|"
                          r"at\s+least))?\s*$", re.IGNORECASE)


#: between a figure and the base it changed from: " in April from ", " of wheat this year,
#: down 25 percent from " (words, a year, one rate of change; then "from" and a qualifier)
_TO_BASE = re.compile(r"(?:[^;:()\d]|(?<!\d)(?:1[89]|20)\d\d(?!\d)){0,80}?"
                      r"(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)[^;:()\d]{0,30}?)?"
                      r"\bfrom\s+(?:(?:about|around|nearly|almost|more\s+than|over|some|"
                      r"roughly|just\s+over|just\s+under)\s+)?", re.IGNORECASE)
#: a word of change: the verb before the figure, or the word before its base
_CHANGE_WORD = re.compile(r"\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|grew|grown|"
                          r"growing|climbed|dropped|declined|increased|decreased|jumped|"
                          r"slipped|slid|eased|edged|soared|plunged|surged|up|down|higher|"
                          r"lower)\b", re.IGNORECASE)


#: a sentence that opens by adding up what several did: "Together, metro and buses carried"
_TOGETHER = re.compile(r"(?:^|(?<=--\s)|(?<=[—–]\s))"  # the sentence's start, or its dateline's end
                       r"(?:together|combined|between\s+them|taken\s+together),\s+"
                       r"(?P<who>(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+and\s+"
                       r"(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+[a-z]+",
                       re.IGNORECASE)


def _together(c: Claim) -> str:
    """Who a figure adds up, when its sentence opens with "Together," and the ones it adds
    ("Together, metro and buses carried 708 million passengers": metro and buses): a total
    of several is not the figure of one of them."""
    m = _TOGETHER.search(c.sentence, 0, c.start - c.sentence_start)
    if m is None:
        return ""
    return " ".join(m.group("who").lower().split())


def _written_day(doc: Document | None) -> dt.date | None:
    """The day a text states it was written (a dateline, a time-stamp or its metadata), or
    None when it states less or nothing."""
    if doc is None or doc.published is None or doc.date_source != "stated" or \
            doc.date_precision != "day":
        return None
    return doc.published


class _Names:
    """The words a text capitalises within a sentence ("said Aeron", "with Aeron"): names,
    read once per text when a figure first asks (not the whole text again for each)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._within: frozenset[str] | None = None

    def within(self) -> frozenset[str]:
        if self._within is None:
            self._within = frozenset(_WITHIN_SENTENCE.findall(self._text))
        return self._within


#: a capitalised word after a lower-case word or a comma: a name, not a sentence's start
_WITHIN_SENTENCE = re.compile(r"(?<=[a-z,])\s+([A-Z][\w-]*)")


class _Incidents:
    """The incident a toll is of: the one its sentence names, else the one its text is
    about. A text is about the incident it names most, at least twice as often as any other
    ("the ferry capsized ... the sinking ..." against one "storm"); a text that names two
    about as often is about no incident in particular."""

    def __init__(self, vocab: Vocabulary, text: str, today: dt.date | None = None) -> None:
        self._vocab = vocab
        self._text = text
        self._today = today  # the day the text states it was written
        self._main: str | None = None  # read when a toll first asks
        self._site_words: list[str] | None = None  # read when a toll first asks
        self._days: dict[str, dt.date | None] = {}  # read when a toll first asks

    def _names(self, text: str) -> Counter[str]:
        of = self._vocab.incident_of or {}
        return Counter(of.get(" ".join(m.group(0).lower().split()), "")
                       for m in self._vocab.any_incident.finditer(text))

    def main(self) -> str:
        """The incident the whole text is about ("" when it is not clear)."""
        if self._main is None:
            ranked = self._names(self._text).most_common(2) + [("", 0), ("", 0)]
            (top, n), (_, second) = ranked[0], ranked[1]
            self._main = top if second * 2 <= n else ""
        return self._main

    def of(self, sentence: str) -> str:
        """The incident of a toll said in ``sentence``, with what the text says it struck
        ("fire (bus)"), when it says so."""
        named = self._names(sentence)
        if len(named) == 1:
            return self._with_day(self._with_sites(next(iter(named))))
        main = self.main()
        return self._with_day(self._with_sites(main)) if not named or main in named else ""

    def _with_day(self, name: str) -> str:
        """``name`` with the day the text says a sudden incident happened ("shipwreck (ferry)
        on 2025-03-02"), when it says so: two ferries that sank months apart are two
        incidents however alike their texts."""
        kind = name.partition(" (")[0]
        if kind not in self._vocab.sudden_incidents:
            return name
        if kind not in self._days:
            self._days[kind] = incident_day(self._vocab, self._text, kind, self._today)
        day = self._days[kind]
        return f"{name} on {day.isoformat()}" if day is not None else name

    def _with_sites(self, name: str) -> str:
        """``name`` with the sites its text names anywhere ("a fire in the school
        dormitory": school, dormitory): one incident told twice shares a site even when
        each text calls it by another ("the port blast", "the warehouse explosion" in a
        text that names the port too)."""
        if not name or not self._vocab.incident_sites:
            return name
        if self._site_words is None:
            self._site_words = sorted({w for w in re.findall(r"[a-z]+", self._text.lower())
                                       if w in self._vocab.incident_sites})
        return f"{name} ({', '.join(self._site_words)})" if self._site_words else name


def _name_that_did(vocab: Vocabulary, c: Claim) -> str:
    """The name right after a figure that is the subject of the event after it ("the 1.98
    million Guizhou moved", "the $100 million Japan pledged"), or "". A plural or a people
    is what was counted ("200 Americans killed", "300 Chinese died")."""
    subject = c.subject
    if not subject or not all(w[:1].isupper() for w in subject.split()) or \
            subject.endswith(_PEOPLE_ENDINGS):
        return ""
    m = _NAME_THEN_VERB.match(c.sentence, c.end - c.sentence_start)
    if m is None or m.group("name") != subject:
        return ""
    verb = m.group("verb")
    return subject if vocab.any_event.fullmatch(verb) or vocab.gives.match(verb) else ""


#: the endings of a plural or of the name of a people: "Americans", "Chinese", "Britons"
_PEOPLE_ENDINGS = ("s", "ese", "ish", "ch", "i")
#: a name right after a figure, and the verb after it: " Guizhou moved", " Japan has pledged"
_NAME_THEN_VERB = re.compile(r"\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+"
                             r"(?:(?:has|have|had|also|then|later)\s+)*(?P<verb>[a-z]+)\b")


def _ahead(doc: Document | None, scope: str, key: str) -> bool:
    """Whether a figure is said as of a year after its text's stated date: "2.3 million jobs
    by 2030" in a text of 2020 is a projection, whatever its verb. (Not a figure *for* a later
    year: a fiscal year may be named ahead of the calendar.)"""
    return scope == "as_of" and doc is not None and doc.published is not None and \
        doc.date_source == "stated" and key[:4].isdigit() and int(key[:4]) > doc.published.year


#: what follows a figure up to a comma when it holds a relative clause: "1.17 million people
#: who must give up their homes,"
_FIGURE_RELATIVE = re.compile(r"^[^,;]{0,40}?\b(?:who|that|which)\b[^,;]*,", re.IGNORECASE)


#: what opens the base a figure is compared with: "150 more than in June"
_BASE = re.compile(r"\b(?:than|from|compared\s+(?:with|to)|against|versus)\b", re.IGNORECASE)


def _follows_figure(c: Claim, cuts: _Cuts, before_all: str) -> bool:
    """Whether the clause before the figure starts right after another figure."""
    a = c.start - c.sentence_start
    i = bisect.bisect_right(cuts.ends, a) - 1
    return i >= 0 and cuts.ends[i] == a - len(before_all)


def _after_comma(text: str) -> str:
    """The words after the last comma (all of them when there is none)."""
    return text.rsplit(",", 1)[-1]


def _own_words(c: Claim, cuts: _Cuts, before_all: str, before: str) -> str:
    """The words before the figure that speak of it: without a relative clause that
    describes the figure before it ("Of the 1.17 million people who must give up their
    homes, 980,000 have moved": the plan is the 1.17 million's)."""
    if rel := _RELATIVE_OPEN.search(before_all):
        # "It expects visitor numbers, which reached 310,000 last year, to fall": the
        # relative clause says what the figure is; the plan is the main clause's
        return " ".join(before_all[rel.start() + 1:].split())
    m = _FIGURE_RELATIVE.match(before_all)
    if m is None or not _follows_figure(c, cuts, before_all) or \
            before != " ".join(before_all.split()[-_BEFORE_WORDS:]):
        return before
    return " ".join(before_all[m.end():].split())


#: all a figure's own words when the figure before it ends its clause: "to", "to about"
#: the qualifiers that may end a figure's own words: "and about", "for nearly"
_OWN_QUALIFIERS = r"about|some|around|nearly|almost|roughly|over|more\s+than"
#: a qualifier, if any, then the figure
_THEN_FIGURE = rf"(?:\s+(?:{_OWN_QUALIFIERS}))?\s*$"
_ONLY_TO = re.compile(r"^\s*to" + _THEN_FIGURE, re.IGNORECASE)
#: all a figure's own words when it is the second object of the verb before the first: "will
#: have 36 schools and about 1,550 teachers" (the noun of the first, "and", a qualifier)
_SECOND_OBJECT = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}and" + _THEN_FIGURE, re.IGNORECASE)
#: the end of the words after a figure, right before the next: "an average of"
_OF_NEXT = re.compile(r"\s+of\s*(?:(?:about|some|around|nearly|almost|over|more\s+than|"
                      r"just|roughly)\s*)?$", re.IGNORECASE)
#: between two figures, a second verb in its bare form with no subject or auxiliary of its
#: own: "will close 2 schools and cut 72 jobs", "plans to hire 300 engineers and open 12"
#: (not a verb of the past, a form in -s or -ing, nor an auxiliary: those start a verb of
#: their own)
_SECOND_VERB = re.compile(
    r"^\s*(?:[a-z-]+\s+){0,2}and\s+(?!(?:" + "|".join(_PAST_VERBS) +
    r"|has|have|had|is|are|was|were|did|does|do|be|been)\b)[a-z]{2,}(?<!s)(?<!ing)"
    + _THEN_FIGURE)
#: a giver named before its amount in a list of givers and amounts: "the largest pledges
#: were from the World Bank, with $500 million, and the European Union, with"
_WITH_GIVER = re.compile(
    r"(?:^|,\s*(?:and\s+)?|\sand\s+|\b(?:from|were|was|are|is)\s+)(?:the\s+)?"
    r"(?P<actor>[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*){0,3}),\s+with" + _THEN_FIGURE)
#: all a figure's own words when it is the next giver's amount of such a list: "and the
#: European Union, with"
_NEXT_WITH = re.compile(r"^\s*,?\s*(?:and\s+)?(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?"
                        r"[A-Z][\w'’.&-]*){0,3},\s+with" + _THEN_FIGURE)
#: a participle's clause between a figure's noun and its verb, the verb in a perfect or
#: passive form: "400 clinics[ destroyed by the cyclone in 2021] have been "
_REDUCED_RELATIVE = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?(?P<rel>\s+(?:[a-z]{3,}ed|hit|built|lost|made|left|struck|torn|"
    r"swept|burnt|sunk|shut|cut)\s+(?:by|in|during|on|at|from|after|since|over|across)\s"
    r"[^,;:()\d]{0,60}?(?:\s(?:19|20)\d\d)?)\s+(?:have|has|had|were|was|are|is)\s+"
    r"(?:(?:now|already|since|all|mostly|largely|fully|been|being|so\s+far)\s+)*")
def _part_of_next(c: Claim, sentence: list[Claim]) -> tuple[Claim, str] | None:
    """A part named before its whole ("96 of the 420 homes ... had been rebuilt"): the part
    with the whole's noun as its subject, and the words of its clause after the whole's noun;
    None when the next figure is no count with a noun."""
    later = [o for o in sentence if o.start >= c.end]
    if not later or later[0].kind != "count" or not later[0].subject or \
            later[0].role == "range":
        return None
    whole = later[0]
    rest = c.sentence[whole.end - c.sentence_start:]
    noun = re.match(r"\s*" + r"\s+".join(re.escape(w) for w in whole.subject.split()) +
                    r"\b", rest, re.IGNORECASE)
    if noun is None or re.search(r"\d", rest[:noun.end()]):
        return None
    # the words after the whole's noun are the whole's ("the 12,000 people evacuated", "the
    # 1.5 million homes it promised") up to the clause's own verb ("had returned home")
    verb = _clause_verb(rest)
    if verb is None and _RELATIVE_PRONOUN.search(rest, noun.end()):
        return None  # "one in six of the 500 a day that agencies say are needed": whose?
    return c.evolve(subject=whole.subject), rest[verb:] if verb is not None else ""


def _clause_verb(rest: str) -> int | None:
    """Where the clause's own verb starts in the words after a whole's noun ("... destroyed
    by the storm *had been* rebuilt"), or None when there is none, or when a relative
    clause stands before it ("the 500 a day that agencies say *are* needed": its verb may
    be the relative clause's)."""
    verb = _CLAUSE_VERB.search(rest)
    if verb is None or _RELATIVE_PRONOUN.search(rest, 0, verb.start()):
        return None
    return verb.start()


#: the verb of a clause after a noun phrase: where the words said of a whole end
_CLAUSE_VERB = re.compile(r"(?<!\bwho)(?<!\bwhich)(?<!\bthat)\s+(?=(?:have|has|had|were|was|"
                          r"are|is|will|would|can|could|remain|remains|remained)\b)",
                          re.IGNORECASE)
_RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.IGNORECASE)
#: between a part and its whole: "96 of the ", "some of its "
_OF_THE = re.compile(r"\s+of\s+(?:the|its|their|those|these)\s*", re.IGNORECASE)
#: a figure that is the whole some part is of: "96 of the 420 homes destroyed by the storm
#: had been rebuilt" (what the verb after says is said of the 96); not "short of the 2.2
#: million they had expected"
_WHOLE_OF_A_PART = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|thousands?|millions?|billions?|half|most|many|some|all|none|each|both|"
    r"several|few|majority|minority|percent|per\s+cent))%?\s+(?:of|among)\s+"
    r"(?:the|its|their|those|these)\s*$", re.IGNORECASE)
#: a figure inside a relative clause set off by a comma: ", which employs about"
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who)\s[^,]*$", re.IGNORECASE)


#: all a figure's own words when a preposition ties it to the figure before, in the same
#: predicate: "will write off up to 1,000 each for about 86,000 farmers", "will build 300
#: homes in 12 villages"
_PREPOSITION_OBJECT = re.compile(
    rf"^\s*(?:[a-z-]+\s+){{0,2}}(?:for|in|across|among)(?:\s+(?:{_OWN_QUALIFIERS}|up\s+to))?"
    r"\s*$", re.IGNORECASE)
#: all a figure's own words when it is the object of a participle after a comma, whose
#: subject and tense are the clause's before it: "will pave 50,000 km at a cost of 240
#: billion rupees, connecting 28,000 villages"
_PARTICIPLE_AFTER = re.compile(
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:[a-z-]+)?\s*,\s*(?!including\b)[a-z]{3,}ing" + _THEN_FIGURE,
    re.IGNORECASE)
#: a part of the figure before: "a budget of 48 million dollars, of which 30 million comes
#: from donors" (what the whole is, a plan, its parts are)
_PART_OF_BEFORE = re.compile(
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:[a-z-]+)?\s*,\s*(?:of\s+which|of\s+this|of\s+that|of\s+it|"
    r"including)" + _THEN_FIGURE, re.IGNORECASE)
#: between a figure and the share that restates it: "about 44,000, or over 90 percent"
_OR_SHARE = re.compile(r"^\s*(?:,\s*or|\(|,\s*\(?)\s*(?:(?:about|around|roughly|nearly|almost|"
                       r"some|over|under|just|more\s+than|less\s+than|close\s+to)\s+)*$",
                       re.IGNORECASE)


def _restated_share_frames(claims: list[Claim]) -> list[Claim]:
    """A share that restates the figure before it ("expects attendance of about 44,000, or
    over 90 percent of capacity") is said of that figure: a plan when the figure is planned,
    and of its time when it states none of its own."""
    for i in range(1, len(claims)):
        c, prev = claims[i], claims[i - 1]
        if c.kind in _FIGURE_KINDS and c.kind != "percent" and prev.kind == "percent" and \
                prev.sentence_start == c.sentence_start and not c.aggregation and \
                _SHARE_OF_THEN_OR.match(c.sentence, prev.end - c.sentence_start,
                                        c.start - c.sentence_start):
            # "41 percent of arrivals, or about 1.27 million visitors": some of a whole
            claims[i] = c.evolve(aggregation="part")
            continue
        if c.kind != "percent" or prev.kind not in _FIGURE_KINDS or prev.kind == "percent" \
                or prev.sentence_start != c.sentence_start or not _OR_SHARE.match(
                    c.sentence[prev.end - c.sentence_start:c.start - c.sentence_start]):
            continue
        claims[i] = c.evolve(
            status="planned" if "planned" in (c.status, prev.status) else c.status,
            time_scope=c.time_scope or prev.time_scope,
            time=c.time if c.time_scope else prev.time)
    return claims


_SHARED = ("measure", "actor", "time_scope", "time", "aggregation")
#: between a share of a whole and the figure that restates it: " of arrivals, or about "
_SHARE_OF_THEN_OR = re.compile(r"\s+of\s+[^,;:()\d]{1,60}?(?:,\s*or|\()\s*(?:(?:about|"
                               r"around|roughly|nearly|almost|some|over|under|just|more\s+than|"
                               r"less\s+than|close\s+to)\s+)*$", re.IGNORECASE)


def _share_conversion_frames(claims: list[Claim]) -> list[Claim]:
    """An amount and its conversion ("5 million yuan (0.8 million US dollars)") are one
    statement: the frame read around either is the frame of both."""
    by_id = {c.id: i for i, c in enumerate(claims)}
    for i, c in enumerate(claims):
        if c.kind != "money" or not c.linked:
            continue
        j = by_id.get(c.linked[0])
        if j is None or j < i or claims[j].kind != "money" or claims[j].unit == c.unit:
            continue
        a, b = claims[i], claims[j]
        merged = {f: getattr(a, f) or getattr(b, f) for f in _SHARED}
        merged["status"] = "planned" if "planned" in (a.status, b.status) else a.status
        claims[i], claims[j] = a.evolve(**merged), b.evolve(**merged)
    return claims


_ACTOR_GENERIC = frozenset("the of and province provinces city cities municipality "
                           "municipalities government governments county counties prefecture "
                           "region autonomous people's state".split())


def same_actor(a: str, b: str) -> bool:
    """Whether two actors are one: their names without the generic words ("Jiangsu" and
    "Jiangsu Province"), one the other's part ("Jiangsu" and "Jiangsu and Zhejiang" are not:
    the sets must be equal); names of generic words alone are compared as written."""
    ta = {w for w in a.lower().replace(",", " ").split() if w not in _ACTOR_GENERIC}
    tb = {w for w in b.lower().replace(",", " ").split() if w not in _ACTOR_GENERIC}
    if ta and tb:
        return ta == tb
    return fuzz.token_sort_ratio(a.lower(), b.lower()) >= _ACTOR_SAME


_MONTH_WORD = _MONTH.replace("?P<m>", "")  # a month's name, no group of its own
#: a day an incident happened, after its word: "capsized off Tarso on Sunday", "the sinking
#: on 3 August", "the quake that struck last Tuesday"; no figure between ("the toll from the
#: sinking rose to 58 on Monday" dates the count), nor a sentence's end
_DAY_AFTER = re.compile(
    r"(?P<gap>[^.;:!?\n\d]{0,60}?)\b(?:on|last)\s+(?P<day>"
    rf"(?:{'|'.join(WEEKDAYS)})\b(?!['’]s\b)|{dates.DATE_PATTERN}|"
    rf"{_MONTH_WORD}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH_WORD})",
    re.IGNORECASE)
#: a gap that dates the incident itself: "capsized off Tarso a week ago ended on Saturday"
_DATED = re.compile(r"\b(?:ago|yesterday|today|tonight|earlier|later|week|month)\b",
                    re.IGNORECASE)
#: ... or before it: "Sunday's ferry disaster", "Monday's quake"
_DAY_BEFORE = re.compile(rf"\b(?P<day>{'|'.join(WEEKDAYS)})['’]s\s+(?:[\w-]+\s+){{0,2}}$",
                         re.IGNORECASE)


def incident_day(vocab: Vocabulary, text: str, kind: str, today: dt.date | None
                 ) -> dt.date | None:
    """The day ``text`` first says an incident of ``kind`` happened (a weekday or a date
    without its year read against ``today``, the day the text was written), or None."""
    of = vocab.incident_of or {}
    for m in vocab.any_incident.finditer(text):
        if of.get(" ".join(m.group(0).lower().split())) != kind:
            continue
        after = _DAY_AFTER.match(text, m.end())
        phrase = after.group("day") if after and not _REACHED.search(after.group("gap")) \
            and not _DATED.search(after.group("gap")) else None
        if phrase is None and (before := _DAY_BEFORE.search(text, max(0, m.start() - 40),
                                                             m.start())):
            phrase = before.group("day")
        if phrase is None:
            continue
        day = dates.day_named(phrase) or (named_day(phrase, today) if today else None)
        if day is not None:
            return day
    return None


def same_incident(a: str, b: str) -> bool:
    """Whether two incidents of tolls may be one: the same kind, told as of days no more than
    :data:`_INCIDENT_DAYS` apart when both texts say the day, and, when both texts say what
    it struck, one thing in common ("fire (bus)" and "fire (bus, tanker)" may be one; "fire
    (bus)" and "fire (dormitory, school)" are two fires)."""
    a, _, day_a = a.partition(" on ")
    b, _, day_b = b.partition(" on ")
    if day_a and day_b and abs((dt.date.fromisoformat(day_a)
                                - dt.date.fromisoformat(day_b)).days) > _INCIDENT_DAYS:
        return False
    kind_a, _, sites_a = a.partition(" (")
    kind_b, _, sites_b = b.partition(" (")
    if kind_a != kind_b:
        return False
    if not sites_a or not sites_b:
        return True
    return bool(set(sites_a.rstrip(")").split(", ")) & set(sites_b.rstrip(")").split(", ")))


#: days two texts' days of one sudden incident may differ by (one text dates the night,
#: another the morning after; a lead may date the day the news came)
_INCIDENT_DAYS = 2


def _numbers_differ(a: str, b: str) -> bool:
    """Whether two measures each hold numbers, and not the same ones: "child under 5 killed"
    and "child under 15 killed" are two quantities however alike the words."""
    na, nb = numbers_in(a), numbers_in(b)
    return bool(na) and bool(nb) and na != nb


def apart(a: Claim, b: Claim, strict: bool = True) -> str:
    """Why two claims are not the same quantity ("" when they are).

    ``strict`` (for a warning): every element must be known and the same, so an unknown one
    is a reason too ("time unknown"). Not strict (for a corroboration): only elements known
    on both sides and different keep them apart; the caller decides what else makes two
    figures alike (a shared measure, or one distinctive figure).
    """
    if not a.measure or not b.measure:
        if strict:
            return "measure unknown"
    elif (fuzz.token_sort_ratio if strict else fuzz.token_set_ratio)(
            a.measure, b.measure) < _MEASURE_SAME or _numbers_differ(a.measure, b.measure):
        # a corroboration may join "cadres sent" with "cadres and skilled workers sent"; a
        # contradiction needs the same words
        return "measure"
    if a.status != b.status:
        return "status"
    if strict and a.place and b.place and a.place != b.place:
        return "place"  # Lhasa's figure is not Tibet's, nor one county's another's
    if a.actor and b.actor and not same_actor(a.actor, b.actor):
        return "actor"
    if strict and bool(a.actor) != bool(b.actor):
        return "actor unknown"
    if a.incident and b.incident and not same_incident(a.incident, b.incident):
        # the dead of a sinking are not the dead of a landslide, nor those of a bus fire
        # those of a school fire
        return "incident"
    if not a.time_scope or not b.time_scope:
        if strict:
            return "time unknown"
    elif a.time_scope != b.time_scope and (strict or not _within(a.time, b.time)):
        return "time scope"  # not strict, May's figure may be one as of May 31
    elif a.time != b.time and (strict or a.time_scope != "as_of" or not (
            a.time.startswith(b.time) or b.time.startswith(a.time))):
        return "time"  # not strict, "as of 2010" may be "as of 2010-05-31"
    if a.aggregation != b.aggregation and (strict or (a.aggregation and b.aggregation)):
        return "aggregation"
    return ""


def _within(a: str, b: str) -> bool:
    """Whether one time key lies within the other: "2024-05" and "2024-05-31"."""
    return len(a) >= 7 and len(b) >= 7 and (a.startswith(b) or b.startswith(a))


def frame_label(c: Claim) -> str:
    """The frame as a reader sees it: ``schools rebuilt · as of 2013 · cumulative``."""
    parts = [c.measure or "?"]
    if c.incident:
        parts.append(c.incident)
    if c.actor:
        parts.append(f"by {c.actor}")
    if c.time_scope:
        parts.append({"as_of": "as of ", "batch": ""}.get(c.time_scope, "") + c.time)
    if c.aggregation:
        parts.append(c.aggregation)
    if c.status == "planned":
        parts.append("planned")
    return " · ".join(parts)
