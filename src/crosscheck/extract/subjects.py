"""What a figure counts or pays for (its subject) and where it applies (its place)."""

from __future__ import annotations

import bisect
import re
from typing import Final

from . import timeexpr
from .caches import remember
from .lexicon import Lexicon

_TOKEN: Final = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*|[^\sA-Za-z\d]")

# Words that end a noun phrase: prepositions, verbs, conjunctions, pronouns, adverbs.
STOP: Final = frozenset("""
a an and the of to in on at by for from with within into onto over under as than that which who
whom whose while when where since until till during through across among between per via
along near beside behind beyond below above inside outside throughout toward towards against
despite without amid amidst upon unlike except versus
about around up down out off is are was were be been being has have had do does did will
would shall should may might can could must not no nor or but so yet if then there here this
these those it its their his her our your my we they he she you i also all each every both
either neither such other another same more most less least very just only even still
already ever never again too quite rather same alone totaling totalling including include
includes included made make makes went go goes came come comes received receive receives got
get gets said says say told according last latest respectively sent annually each year years
ago past next later earlier before after now then took take takes taken gave give gives given
helped help helps joined join joins left leave leaves worked work works took part became
become becomes remain remained remains stood stand stands saw see sees seen won win wins lost
put puts set sets ran run runs paid pay pays spent spend spends brought bring brings moved
live lived lives arrived arrive arrives returned return returns
imply implies implied suggest suggests represent represents equals equalled equaled indicates
because once unless whenever whereas although though
worldwide nationwide abroad overseas north south east west northward southward
eastward westward northwards southwards upstream downstream away overnight altogether apiece
together
possibly probably reportedly allegedly confirmed mostly mainly largely partly nearly roughly
initially originally previously formerly recently finally
approximately apparently currently almost barely exactly precisely
fought held kept met sold bought found rose grew drew flew fled fed felt meant shot spoke stole
struck swept taught thought threw wrote began caught chose drove knew rode sang shook shrank
stuck swam tore woke wore wept fell led
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
hundred hundreds thousand thousands million millions billion billions dozen dozens
""".split())
_DETERMINERS: Final = frozenset(
    "the a an such this these those its their his her our some".split())
#: past forms that do not end in "ed": like "added", they may start a second predicate
#: ("hired 300 engineers and built 12 plants")
_IRREGULAR_PAST: Final = frozenset("""built laid dug lent dealt chose chosen driven
grown known shown thrown written done gone begun shut sought won sunk sank""".split())
_MAX_WORDS: Final = 6
#: what a phrase after "in" or "for" names when it says when: "in its first week"
_TIME_NOUNS: Final = frozenset("""day days week weeks weekend month months year years quarter
quarters decade decades hour hours period season seasons half time end meantime interim""".split())
_CALENDAR: Final = frozenset((*timeexpr.MONTH_FULL_NAMES, *timeexpr.WEEKDAYS))
#: "in its first three days": a phrase that ends on one of these before a figure says when
_ORDER_WORDS: Final = frozenset("""first second third fourth fifth last next past final opening
initial previous latest""".split())
_COLLECTIVE: Final = frozenset("batch batches group groups round rounds team teams wave waves "
                               "set sets lot lots contingent contingents head".split())
_QUALIFIED_FIGURE: Final = re.compile(r"\s*(?:(?:nearly|about|almost|over|more than|some|around|"
                                      r"up to|at least)\s+)?[\d,.]+\s*")


# What a phrase asks of a token, as bits.
_ALPHA: Final = 1  # starts with a letter
_STOPWORD: Final = 2  # in STOP: ends a phrase
_DETERMINER: Final = 4
_PARTICIPLE: Final = 8  # ends in "ed" or "ing"
_COLLECTIVE_NOUN: Final = 16  # in _COLLECTIVE
_AND: Final = 32
_OF: Final = 64
_LEAD: Final = 128  # a preposition before a money subject: "in", "of", "for", "worth"
_FIGURE: Final = 256  # starts with a digit or a currency sign: "4,200", "$20"
_OBJECT: Final = 512  # a pronoun that is only an object: "it", "them"
_OBJECTS: Final = frozenset("it them us him me".split())
#: pronouns of people only ("120 million of them" may still name what was counted)
_PERSONS: Final = frozenset("him me us".split())
#: a regular plural (not "glass", "virus", "analysis")
_PLURAL: Final = re.compile(r"[a-z]{2}(?<![su])s$")


def _kind(token: str) -> int:
    """What ``token`` is to a phrase, as the bits above."""
    low = token.lower()
    return (_ALPHA * token[0].isalpha() | _STOPWORD * (low in STOP)
            | _DETERMINER * (low in _DETERMINERS)
            | _PARTICIPLE * (low.endswith(("ed", "ing")) or low in _IRREGULAR_PAST)
            | _COLLECTIVE_NOUN * (low in _COLLECTIVE) | _AND * (low == "and")
            | _OF * (low == "of") | _LEAD * (low in ("in", "of", "for", "worth"))
            | _FIGURE * (token[0].isdigit() or token[0] in "$€£¥")
            | _OBJECT * (low in _OBJECTS))


_WORD_GOES_ON: Final = frozenset("'’-")  # characters _TOKEN takes into a word


def _word_then_mark(piece: str) -> bool:
    """Is ``piece`` ASCII letters and then one character that _TOKEN takes alone (a comma, a
    full stop: not a letter, an apostrophe or a hyphen, which would go on with the word)?"""
    last = piece[-1]
    return len(piece) > 1 and last not in _WORD_GOES_ON and \
        not (last.isascii() and last.isalpha()) and piece[:-1].isalpha() and piece[:-1].isascii()


# The tokens of a whitespace-separated piece and their kinds, by piece: cached, since text
# repeats its words ("workers," "teachers."), and one lookup replaces the tests below.
_PIECES: Final[dict[str, tuple[list[str], list[int]]]] = {}


def _piece_tokens(piece: str) -> tuple[list[str], list[int]]:
    """The tokens :data:`_TOKEN` cuts from ``piece`` (no whitespace) and their kinds; cached."""
    # No token spans whitespace, so the tokens of a window are those of its pieces; a piece
    # of ASCII letters only is one token, and most pieces are.
    if piece.isalpha() and piece.isascii():
        toks = [piece]
    elif _word_then_mark(piece):  # "workers," "teachers.": the word, then the mark
        toks = [piece[:-1], piece[-1]]
    else:
        toks = _TOKEN.findall(piece)
    return remember(_PIECES, piece, (toks, [_kind(tok) for tok in toks]))


class _Tokens:
    """The tokens of a window of text after a figure, cut from its pieces as the phrase reads
    on: most phrases end within their first few tokens, so most pieces are never tokenised."""

    def __init__(self, window: str, complete: bool) -> None:
        self.pieces = window.split()
        self.cut = 0  # pieces tokenised so far
        self.toks: list[str] = []
        self.kinds: list[int] = []  # _kind of each token
        self.complete = complete  # the window holds all the text the phrase may read

    def has(self, k: int) -> bool:
        """Whether token ``k`` exists; raises :class:`_OutOfTokens` when that is unknown:
        the window stops short of the text, and its last token may be cut at the edge, so
        a token counts only when another follows it."""
        need = k + 1 if self.complete else k + 2
        toks = self.toks
        pieces = self.pieces
        while len(toks) < need and self.cut < len(pieces):
            piece = pieces[self.cut]
            self.cut += 1
            entry = _PIECES.get(piece)
            if entry is None:
                entry = _piece_tokens(piece)
            toks.extend(entry[0])
            self.kinds.extend(entry[1])
        if len(toks) >= need:
            return True
        if not self.complete:
            raise _OutOfTokens
        return False


_WINDOW: Final = 160  # characters read after a figure for its noun phrase
_FIRST_WINDOW: Final = 64  # read first; most phrases end well within it
#: endings of the words that describe a noun, not name one ("central", "centrally
#: administered", "northern", "foreign")
_ADJECTIVE_ENDINGS: Final = ("al", "ly", "ed", "ic", "ive", "ous", "ful", "ern", "ese", "ign")


class _OutOfTokens(Exception):
    """The phrase runs past the tokens read so far: read the whole window."""


def noun_phrase(text: str, pos: int, *, allow_lead: bool = False) -> str:
    """The noun phrase starting at ``pos`` (``cadres and skilled workers``), or ``""``.

    ``allow_lead`` skips one leading preposition and determiners (``in funds``, ``of such
    assistance``) for money, whose subject often follows a preposition.
    """
    if pos + _FIRST_WINDOW < min(len(text), pos + _WINDOW):
        # Tokenising the short window gives the same tokens as the long one, except that
        # its last token may be cut at the edge: drop it, and if the phrase needs to look
        # that far, start over on the whole window.
        try:
            return _phrase(text, pos, _Tokens(text[pos: pos + _FIRST_WINDOW], False),
                           allow_lead)
        except _OutOfTokens:
            pass
    return _phrase(text, pos, _Tokens(text[pos: pos + _WINDOW], True), allow_lead)


def _phrase(text: str, pos: int, tokens: _Tokens, allow_lead: bool) -> str:
    toks, kinds = tokens.toks, tokens.kinds
    i = 0
    led = False
    if allow_lead and tokens.has(0) and kinds[0] & _LEAD:
        led = True
        i += 1
        if tokens.has(i) and kinds[i] & _OF:
            i += 1
    while tokens.has(i) and kinds[i] & _DETERMINER:
        i += 1
    first = i  # the phrase is toks[first:i]
    while i - first < _MAX_WORDS and tokens.has(i):
        kind = kinds[i]
        nxt = kinds[i + 1] if tokens.has(i + 1) else 0  # no next token: no bits
        if kind & _AND and i > first:  # before STOP, which has "and" for a phrase's first word
            # "cadres and skilled workers" goes on; "personnel and 800 teachers" stops, and
            # so does "people and killed three", where a verb starts a second predicate, or
            # one that takes an object ("branches and cut 4,200 jobs", "jobs and cut the
            # journey"), or a gapped clause ("arrivals and Greece 41,600").
            after = kinds[i + 2] if tokens.has(i + 2) else 0
            if nxt & _ALPHA and not nxt & _STOPWORD and not (
                    nxt & _PARTICIPLE and (not after & _ALPHA or after & _STOPWORD)) and \
                    not after & (_FIGURE | _DETERMINER):
                i += 1
                continue
            break
        if not kind & _ALPHA or kind & _STOPWORD or toks[i].lower() in _PERSONS:
            break  # (a person's pronoun names nothing counted: "paid £14 million for him")
        if kind & _PARTICIPLE and (not nxt & _ALPHA or nxt & _STOPWORD):
            break  # a participle that starts the predicate: "provinces involved in"
        if nxt & _PARTICIPLE and toks[i].lower() == "first":
            break  # "the 3.8 billion first planned": when, not what ("300 first responders")
        if i > first and nxt & (_FIGURE | _DETERMINER | _OBJECT) and \
                _PLURAL.search(toks[i - 1]):
            # a verb with its object after a plural noun: "29 hospitals cost it $67 million",
            # "its 29 hospitals employ 68,000 people" count hospitals, not hospital costs
            break
        if i > first and toks[i][0].isupper() and toks[i - 1][0].islower() and \
                not kinds[i - 1] & _AND and not toks[i - 1].endswith(_ADJECTIVE_ENDINGS):
            # a name after a common noun starts a clause: "the 2,600 jobs Carvell plans"; after
            # an adjective it is part of the noun: "78 central State organs"
            break
        i += 1
    end = i
    while end > first and kinds[end - 1] & _AND:
        end -= 1
    out = toks[first:end]
    if out and kinds[end - 1] & _COLLECTIVE_NOUN and tokens.has(i) and kinds[i] & _OF:
        # "batches of aid group", "batches of nearly 12,000 cadres": a batch is only known
        # by what it holds, so the complement joins the subject (figures skipped).
        rest = text.find(" of", pos) + 3
        inner = _QUALIFIED_FIGURE.match(text, rest)
        tail = noun_phrase(text, inner.end() if inner else rest)
        if tail:
            # "2 million head of livestock" count the livestock: "head" is only the
            # counting word, where a batch is a thing of its own
            out = tail.split() if out == ["head"] else [*out, "of", *tail.split()]
    if led and out and (out[-1].lower() in _TIME_NOUNS or out[-1].lower() in _ORDER_WORDS):
        # "raised £10.4 million in its first week", "in its first three days": when, not what
        return ""
    if out and all(w.lower() in _TIME_NOUNS or w.lower() in _CALENDAR for w in out):
        return ""  # "412 dollars this month", "237 dollars in January": when, not what
    return " ".join(out)


#: "a budget of", "a jackpot of about": the noun an amount is (not a change: "a rise of",
#: nor a part: "a third of")
_LEFT_NOUN: Final = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:median|average|mean|typical|total|overall|annual|monthly)\s+)?"
    r"(?P<noun>(?!(?:rise|increase|fall|drop|decline|cut|gain|jump|growth|"
    r"reduction|half|third|quarter|fifth|tenth|share|part|portion|fraction|total|sum|amount|"
    r"number|tune|maximum|minimum|average|end|start|rest)\b)[a-z]+|total|sum|amount|number)"
    r"\s+of\s+(?:about\s+|over\s+|nearly\s+|more\s+than\s+|some\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE)
_NUMBER_OF: Final = re.compile(
    r"\bnumber of (?P<np>[a-z][a-z ]{2,40}?)\s+(?:being|who|that|had|has|"
    r"have|was|were|sent|in|is|are|rose|rises|climbed|climbs|fell|falls|reached|reaches|grew|"
    r"grows|stood|stands|jumped|jumps|increased|decreased|dropped|topped|hit|doubled)\b",
    re.IGNORECASE)


# What _LEFT_NOUN's window ends with, blanks aside: a cheap test before its case-blind search.
_LEFT_NOUN_ENDS: Final = ("of", "about", "over", "nearly", "than", "some", "around", "roughly")


#: "put the value of the haul at", "estimated losses at about": what a figure estimates
#: ("valued the firm at" names what is valued, not the quantity: not among them)
_ESTIMATE_VERBS: Final = (r"(?:put|puts|putting|estimated|estimates|estimate|estimating|pegged|"
                          r"pegs|pegging|placed|places|placing)\b")
#: "cut its profit forecast to 92 billion yen (from 110 billion yen)": what a figure revises
_REVISE_VERBS: Final = (r"(?:cut|cuts|cutting|raised|raises|raising|lowered|lowers|lowering|"
                        r"revised|revises|revising|trimmed|trims|lifted|lifts|slashed|slashes|"
                        r"upgraded|downgraded)\b")
_QUALIFYING: Final = (r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|"
                      r"less\s+than|up\s+to|at\s+least|least|just|close\s+to|an\s+estimated|"
                      r"estimated|a\s+record)\s+)*$")
#: the object of the verb: a few words, no preposition but "of" ("the value of the haul")
_NP_BEFORE: Final = (r"\s+{det}(?P<{name}>(?!{verbs})[a-z][\w'’\-]*"
                     r"(?:\s+(?!(?:at|to|by|in|on|for|from|with|over|after)\b)[\w'’\-]+){{0,5}}?)")
_DET: Final = r"(?:the|its|their|his|her)\s+"
_ESTIMATED: Final = re.compile(
    r"\b" + _ESTIMATE_VERBS
    + _NP_BEFORE.format(det=f"(?:{_DET})?", name="np", verbs=_ESTIMATE_VERBS)
    + r"\s+at\s+" + _QUALIFYING + r"|\b" + _REVISE_VERBS
    # "raised the budget to": an object with its article, not "was raised in March to"
    + _NP_BEFORE.format(det=_DET, name="np2", verbs=_REVISE_VERBS)
    + r"(?:\s+by\s+[^,;:()]{1,30}?)?\s+to\s+(?:[^,;:()]{1,40}?\s+from\s+)?" + _QUALIFYING,
    re.IGNORECASE)


#: "the jackpot has climbed to", "a fund that had grown to": what the amount is the level of
_RISEN_TO: Final = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?P<np>(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)\s+"
    r"(?:(?:that|which)\s+)?(?:(?:has|had|have|now|since|already)\s+)*"
    r"(?:climbed|rose|risen|grown|grew|jumped|swelled|soared|reached|fallen|fell|dropped|"
    r"increased|decreased|declined|shrunk|shrank)\s+(?:to\s+)?" + _QUALIFYING, re.IGNORECASE)


_RELATIVE: Final = re.compile(r"\s(?:that|which)\s", re.I)
#: what may stand right before a subject: the start, a comma, a conjunction
_CLAUSE_OPENS: Final = re.compile(r"(?:^|[,;:(\"“—–]|--|\b(?:and|but|while|as|when|after|"
                                  r"since|because|so|said|says|that))\s*$", re.I)
#: heads that name no quantity of their own
_STOP_HEAD: Final = re.compile(r"(?:number|total|figure|amount|sum|it|this|that)$", re.I)


def risen_subject(text: str, start: int) -> str:
    """What an amount right after "has climbed to" is the level of ("The jackpot has climbed
    to 1.1 billion dollars": the jackpot), or nothing."""
    lo = max(0, start - 70)
    m = _RISEN_TO.search(text, lo, start)
    if m is None or not (_RELATIVE.search(m.group(0)) or
                         _CLAUSE_OPENS.search(text, max(0, m.start() - 30), m.start())):
        # "investment in the project had reached", "rebuilding the old hall had climbed":
        # the subject began before "the project"; "a jackpot that had grown to" is its own
        return ""
    head = m.group("np").split()[-1]  # "the project's investment": the investment
    return "" if _STOP_HEAD.match(head) else head


def estimated_subject(text: str, start: int) -> str:
    """What a figure after "put ... at" estimates or "cut ... to" revises ("Prosecutors put
    the value of the haul at 600 million euros": the value of the haul; "cut its profit
    forecast to 92 billion yen from 110 billion yen": the profit forecast, both), or
    nothing."""
    window = text[max(0, start - 100): start]
    tail = window[-60:]
    if " at " not in tail and " to " not in tail:
        return ""
    m = _ESTIMATED.search(window)
    return (m.group("np") or m.group("np2")) if m else ""


def money_subject(text: str, end: int, start: int) -> str:
    """What an amount is: the phrase after it (``aid funds``, ``in investment``) or before it
    ("a budget of", "put the cost of the bridge at")."""
    np = noun_phrase(text, end, allow_lead=True) or estimated_subject(text, start) or \
        risen_subject(text, start)
    if np:
        return np
    window = text[max(0, start - 40): start]
    if not (window[-1:].isspace() and window.rstrip().lower().endswith(_LEFT_NOUN_ENDS)):
        return ""
    m = _LEFT_NOUN.search(window)
    return m.group("noun").lower() if m else ""


#: a fact sheet's line that opens with what it counts: "Deaths: 26", "- Homes destroyed:
#: about 1,200" (a bullet, a label of a few words without figures, a colon, a qualifier)
_LABEL: Final = re.compile(r"^\s*(?:[-*\u2022]\s+)?(?P<label>[A-Z][a-z'\u2019-]*"
                           r"(?:\s+[a-z][a-z'\u2019-]*){0,4}):\s+(?:[a-z]+\s+){0,3}$")


#: the figure ends the label's statement ("He said: 26 died" is no label)
_LABEL_END: Final = re.compile(r"\s*(?:$|[.,;(\n])")


def label_subject(sentence: str, start: int, end: int) -> str:
    """What a bare count is, when the line opens with a label of it right before the figure
    and the figure ends the statement ("Deaths: 26 (case fatality rate 0.07%)": deaths), or
    nothing."""
    m = _LABEL.match(sentence, 0, start)
    return m.group("label").lower() if m and _LABEL_END.match(sentence, end) else ""


def context_subjects(sentence: str) -> list[tuple[int, str]]:
    """The subjects a sentence states for its bare figures (``the number of people``), with
    where each ends, in order: read once for all its figures."""
    return [(m.end(), _AGENT.split(m.group("np"), 1)[0].strip())
            for m in _NUMBER_OF.finditer(sentence)]


#: who did it, not what is counted: "the number of people killed *by Typhoon Halong*" counts
#: people killed (the frame reads the agent as the actor)
_AGENT: Final = re.compile(r"\s+by\s+", re.IGNORECASE)


def context_subject(found: list[tuple[int, str]], offset: int) -> str:
    """Of ``found`` (:func:`context_subjects`), the subject of a bare figure at ``offset``:
    the nearest one named before it ("the number of farms has risen to 19, and the number
    of birds to be culled to 1.6 million"), else the first after it."""
    before = [np for end, np in found if end <= offset]
    return before[-1] if before else found[0][1] if found else ""


_bisect_left: Final = bisect.bisect_left  # bound once (see figures.SpanSet)


class PlaceFinder:
    """The places named in one sentence, found once, for many figures to ask about."""

    __slots__ = ("starts", "ends", "names")

    def __init__(self, lex: Lexicon, sentence: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.names: list[str] = []
        place_re = lex.place_re
        # Most sentences name no place: one search says so without building a scanner.
        first = place_re.search(sentence) if place_re is not None else None
        if place_re is not None and first is not None:
            for m in place_re.finditer(sentence, first.start()):
                self.starts.append(m.start())
                self.ends.append(m.end())
                self.names.append(lex.places[m.group(0)])

    def nearest(self, offset: int) -> str:
        """The canonical place named nearest to ``offset``, or ``""``.

        A place named after the figure ("... officials sent to work in Qinghai") usually
        scopes it more tightly than one named before, so it counts as nearer.
        """
        if not self.starts:
            return ""
        i = _bisect_left(self.starts, offset)
        best, dist = "", None
        for j in (i - 1, i):  # the nearest before and the nearest after
            if 0 <= j < len(self.starts):
                s, e = self.starts[j], self.ends[j]
                d = (s - offset) * 0.5 if s >= offset else offset - e
                if dist is None or d < dist:
                    best, dist = self.names[j], d
        return best
