"""Find every quantitative claim in a sentence: the grammars of this package, applied in order.

Order matters: spans taken by an earlier grammar (a year range, an ordinal event, a
prefixed amount) are not read again by a later one.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from ..claims import Claim
from ..corpus import Document
from ..normalize import duration_years, interval
from ..sentences import Sentence
from . import money, numerals, quantities, subjects, timeexpr
from .caches import remember
from .fastre import first_char_alternation
from .lexicon import Lexicon

_PERCENT: Final = re.compile(
    r"[ \u00a0]?(?:%|per[ \-]?cents?\b|pct\b)|[ \u00a0]percentage(?:[ \u00a0]points?)?\b",
                             re.IGNORECASE)
# Before a figure: what makes it a label, not a claim ("No. 1431", "Route 66", "page 4").
_LABEL_BEFORE: Final = re.compile(
    r"(?:\bNo|\bNos|\bno|\bNumber|\bRoute|\bRoom|\bpage|\bpp?|\bTel|\bPhone|\bFig|\bTable|"
    r"\bArticle|\bChapter|\bSection|\bBrief|\bItem|\bVol|\bIssue|#|"
    # a designator: "a Category 3 storm", "Flight 1282", "Resolution 2334", "Phase 2"
    r"\b(?:[Cc]ategory|[Ff]light|[Gg]ate|[Tt]erminal|[Pp]latform|[Ii]nterstate|[Hh]ighway|"
    r"[Ee]xit|[Pp]ier|[Bb]erth|[Ww]ard|[Rr]esolution|Level|Line|Class|Stage|Phase|Season|"
    r"Model|Grade|Bill|Proposition|Prop|Lot|Block|Unit)|"
    # an airline's code after "flight": "Flight SR 204", "flight MH 370"
    r"\b[Ff]light[ \u00a0]+[A-Z0-9]{2})\.?:?[ \u00a0]*$")
# After a figure: a time of day, a phone number, a score.
_LABEL_AFTER: Final = re.compile(
    r"(?::\d|\.\d|[ \u00a0]?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)|[-.]\d{3,})", re.IGNORECASE)
# Phone numbers: three or more digit groups joined by '-' or '.', or an area code in brackets.
# Each branch opens with its first character so the engine can skip ahead (see .fastre).
_PHONE: Final = re.compile(r"(?:\+(?<![\w.]\+)\d{1,3}[ .-]?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[.-])"
                           r"|\((?<![\w.]\()\d{2,4}\)[ .-]?|\d(?<![\w.]\d)\d{1,3}[.-])"
                           r"\d{3,4}[.-]\d{3,4}(?![\w-])")
# Every phone number ends in this; a sentence without it (a token gate) skips the full scan.
_PHONE_TAIL: Final = re.compile(r"[.-]\d{3}")
_LIST_NUMBER: Final = re.compile(r"^[-*•]?\s*\d{1,3}[.)]\s")
_CONVERSION_GAP: Final = re.compile(
    r"^\s*(?:\(\s*(?:about|around|approximately|roughly|some|or|"
    r"equivalent to|equal to|approx\.)?\s*|,?\s*(?:or|about|roughly|"
    r"approximately|equivalent to|or\s+(?:about|roughly|approximately|around|some))\s+"
    # "12.5 million pounds for charity, about 16.2 million dollars": what the money was
    # for, or when ("next year"), may stand between, before a word of restating (not "or":
    # "$5 million for schools, or 4 million euros for clinics" may be two sums)
    r"|\s+(?:(?:for|to|in|on|from)\s+[\w'’ -]{1,30}?|(?:next|last|this|a|per|each)\s+"
    r"(?:year|month|week|season))"
    r",\s*(?:or\s+)?(?:about|roughly|approximately|equivalent to|around)\s+)$", re.IGNORECASE)
# "60% went to roads, 30% to schools and 25% to hospitals": a short clause, then a comma or
# "and". A long stretch between two percentages ("80% of funds invested in grass-roots work
# and 80% used ...") is two statements, not parts of one whole.
_PERCENT_ENUM_GAP: Final = re.compile(r"^[^.;:\d%]{0,30}(?:,\s*(?:and\s+)?|\s+and\s+)$")
_ENUM_GAP: Final = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+)$", re.IGNORECASE)
_EVENT_CONNECTORS: Final = frozenset(["on", "of", "for", "the", "and", "in"])
_EVENT_NOUNS: Final = re.compile(r"^(?:anniversary|batch|group|round|session|plenum|term|edition|"
                                 r"conference|congress|meeting|summit|phase|stage|wave|team|year)",
                                 re.IGNORECASE)
_CAP_TOKEN: Final = re.compile(r"[A-Za-z][\w'’\-]*|\S")
# a plural noun after a four-digit number counts it ("2021 workers"); "census", "crisis" and
# "bus" are no plurals ("the 2021 census" is a year)
#: what stands before a year of the Middle Ages: "in 1163", "since 1268"
_OLD_YEAR_CUE: Final = re.compile(r"\b(?:in|since|from|until|till|before|after|during|"
                                  r"around|circa)\s+$", re.IGNORECASE)
_SPECIFIC_PLURAL: Final = re.compile(r"[ \u00a0]+[a-z][a-z\-]+(?<![sui])s\b")
#: a glued "m" and then a plural noun: "3m people", "1.2m homes" (the "m" is a million)
_MILLIONS_OF: Final = re.compile(r"m(?=[ \u00a0]+(?:people|children|men|women|"
                                 r"[a-z][a-z\-]+(?<![sui])s)\b)")
_DETERMINER_BEFORE: Final = re.compile(r"\b(?:the|a|an|its|their|these|those|two|three|four|"
                                       r"five|six|several)\s+$", re.IGNORECASE)
#: people counted in millions after a determiner: "the 3m people" (not "the 40m towers")
_PEOPLE_AFTER: Final = re.compile(r"[ \u00a0]+(?:people|children|men|women)\b")


@dataclass(slots=True, init=False)
class _Found:
    kind: str
    start: int
    end: int
    value: float
    unit: str
    precision: float
    qualifier: str
    subject: str
    low: float | None
    high: float | None
    subject_end: int
    span_end: int  # end of the text the claim took (a trailing currency word included)
    linked: list[int]
    direction: str
    role: str
    stated: float | None
    scale: float  # degrees per degree of a temperature with an offset (°F); 0 otherwise

    # Written out so mypyc compiles it (a generated __init__ stays interpreted).
    def __init__(self, kind: str, start: int, end: int, value: float, unit: str,
                 precision: float = 0.0, qualifier: str = "exact", subject: str = "",
                 low: float | None = None, high: float | None = None, *,
                 direction: str = "", stated: float | None = None) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.value = value
        self.unit = unit
        self.precision = precision
        self.qualifier = qualifier
        self.subject = subject
        self.low = low
        self.high = high
        self.subject_end = 0
        self.span_end = 0
        self.linked = []
        self.direction = direction
        self.role = ""
        self.stated = stated
        self.scale = 0.0


# Bound once: from compiled code, bisect.bisect_left is a module attribute lookup per call.
_bisect_left: Final = bisect.bisect_left
_bisect_right: Final = bisect.bisect_right


class SpanSet:
    """Character spans already read, kept sorted so a lookup costs log n, not n: a sentence
    of a million characters may hold a hundred thousand figures."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        i = _bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def free(self, start: int, end: int) -> bool:
        i = _bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return False
        return not (i < len(self.starts) and self.starts[i] < end)


# Gates: which grammars can find anything in a sentence.
_ANY_DIGIT: Final = re.compile(r"\d")
_VULGAR_CHARS: Final = re.compile(f"[{''.join(numerals.VULGAR)}]")
# Number words and currency prefixes, lower-cased. No word of one family begins another
# (a test pins it), so the longest-first alternation never hides one behind the other.
_PREFIX_TRIGGERS: Final = frozenset(p.lower() for p in money.PREFIXES)
_TRIGGER: Final = re.compile("(?<![a-z0-9_])" + first_char_alternation(
    sorted(numerals.TRIGGER_WORDS | _PREFIX_TRIGGERS, key=lambda w: (-len(w), w))))
_YEAR_GATE: Final = re.compile(r"(?:1[6-9]|20)\d\d")
# The word that opens timeexpr.OPEN_RANGE or YEAR_RANGE_WORDS (or ends "up until", "as of"),
# as a whole word ending its token: blanks follow it in both patterns.
_RANGE_CUE_END: Final = re.compile(r"(?<!\w)(?:since|until|till|of|by|from|between)$")
_DIGIT_ORDINAL_GATE: Final = re.compile(r"\d(?:st|nd|rd|th)\b")  # on the lower-cased text
# What a whitespace-separated token holds (digits, a vulgar fraction, trigger words of each
# family, what a year, a digit ordinal or a phone number's tail looks like), by token. No
# trigger or gate pattern spans whitespace, and none changes under lower-casing, so the
# union over a sentence's tokens is what one scan of the sentence finds; and text repeats
# its tokens, so most are looked up rather than scanned. One bit is only a necessary test: a
# token that holds the first word of a place name may start one (the place search decides).
_NUMBER_WORD: Final = 1
_CURRENCY_PREFIX: Final = 2
_ORDINAL_WORD: Final = 4
_FRACTION_WORD: Final = 8
_DIGIT: Final = 16
_VULGAR: Final = 32
_YEAR_LIKE: Final = 64
_DIGIT_ORDINAL: Final = 128
_PHONE_LIKE: Final = 256
_URL_MARK: Final = 512  # "://", "www." or "@": what every web or e-mail address holds
_SLASH: Final = 1024  # "3/4"
_HALF_WORD: Final = 2048  # "half" or "quarter" inside the token ("half-million")
_PLACE_WORD: Final = 4096  # the first word of one of the lexicon's place names
_RANGE_CUE: Final = 8192  # ends with the word before an open or a worded year range ("since")
_ENDING_FAMILIES: Final = _DIGIT | _NUMBER_WORD | _ORDINAL_WORD | _DIGIT_ORDINAL


def _token_families(token: str, lex: Lexicon) -> int:
    """What ``token`` (lower-cased, no whitespace) holds, as bits; cached in ``lex``, whose
    place names decide one of the bits."""
    words = set(_TRIGGER.findall(token))
    bits = (_VULGAR * (_VULGAR_CHARS.search(token) is not None)
            | _NUMBER_WORD * (not words.isdisjoint(numerals.TRIGGER_WORDS))
            | _CURRENCY_PREFIX * (not words.isdisjoint(_PREFIX_TRIGGERS))
            | _ORDINAL_WORD * (not words.isdisjoint(numerals.ORDINAL_TRIGGERS))
            | _FRACTION_WORD * (not words.isdisjoint(numerals.FRACTION_WORDS)))
    if "://" in token or "www." in token or "@" in token:
        bits |= _URL_MARK
    if "/" in token:
        bits |= _SLASH
    if _RANGE_CUE_END.search(token) is not None:
        bits |= _RANGE_CUE
    if "half" in token or "quarter" in token:
        bits |= _HALF_WORD
    if lex.place_re is not None:
        place_words = lex.place_words
        if place_words is None or place_words.search(token) is not None:
            bits |= _PLACE_WORD
    if _ANY_DIGIT.search(token) is not None:
        bits |= (_DIGIT | _YEAR_LIKE * (_YEAR_GATE.search(token) is not None)
                 | _DIGIT_ORDINAL * (_DIGIT_ORDINAL_GATE.search(token) is not None)
                 | _PHONE_LIKE * (_PHONE_TAIL.search(token) is not None))
    return remember(lex.token_bits, token, bits)


# Patterns a function would otherwise look up in re's cache on every call.
_SPACES: Final = re.compile(r"\s+")
_NO_END: Final = sys.maxsize  # a scan's endpos when it reads to the end of the text
# How far a figure's match may read past its last digit token: a blank, the longest scale
# word (" thousand"), and the one character a look-ahead after it reads.
_SCALE_REACH: Final = 1 + max(map(len, numerals.SCALES)) + 1
_CUE_BEFORE: Final = re.compile(r"\b(since|until|by)\s+(?:the\s+)?$", re.IGNORECASE)
_THE_BEFORE: Final = re.compile(r"\bthe\s+$", re.IGNORECASE)


class _Sentence:
    """Extraction state for one sentence: its text and the spans already taken."""

    def __init__(self, text: str, lex: Lexicon, keep_bare: bool = False) -> None:
        self.text = text
        self.lex = lex
        self.keep_bare = keep_bare
        self.taken = SpanSet()
        self.found: list[_Found] = []
        self.low = text.lower()  # for case-blind gates and scans
        # Lower-casing keeps offsets except for a few letters ("İ" becomes two characters);
        # then the case-blind patterns run on the text itself.
        self.low_aligned = len(self.low) == len(text)
        # Which grammars can find anything here: digits, number words of each grammar,
        # currencies written before a figure, from what each token holds (cached).
        families = 0
        cache = lex.token_bits
        # The first token of each family, where its grammar's scan may start (see from_token).
        self.first_digit = self.first_word = self.first_prefix = self.first_ordinal = ""
        self.first_cue = ""
        # The last token of each family, where its grammar's matches end (see until_token).
        last_digit = last_word = last_ordinal = ""
        for token in self.low.split():
            bits = cache.get(token)
            if bits is None:
                bits = _token_families(token, lex)
            if bits & _ENDING_FAMILIES:
                if bits & _DIGIT:
                    last_digit = token
                if bits & _NUMBER_WORD:
                    last_word = token
                if bits & (_ORDINAL_WORD | _DIGIT_ORDINAL):
                    last_ordinal = token
            new = bits & ~families
            if new:
                families |= bits
                if new & _DIGIT:
                    self.first_digit = token
                if new & _NUMBER_WORD:
                    self.first_word = token
                if new & _CURRENCY_PREFIX:
                    self.first_prefix = token
                if new & (_ORDINAL_WORD | _DIGIT_ORDINAL) and not self.first_ordinal:
                    self.first_ordinal = token
                if new & _RANGE_CUE:
                    self.first_cue = token
        self.last_digit, self.last_word, self.last_ordinal = last_digit, last_word, last_ordinal
        self.has_digit = bool(families & _DIGIT)
        self.has_vulgar = bool(families & _VULGAR)  # "½", "¾"
        self.has_words = bool(families & _NUMBER_WORD)
        self.has_prefix = bool(families & _CURRENCY_PREFIX)  # "$", "RMB", "usd"
        # an ordinal word ("third") or the tens word of one ("twenty-fifth")
        self.ordinal_words = bool(families & _ORDINAL_WORD)
        self.fraction_words = bool(families & _FRACTION_WORD)
        self.year_like = bool(families & _YEAR_LIKE)  # "1998", "2013-16"
        self.digit_ordinal = bool(families & _DIGIT_ORDINAL)  # "20th"
        self.phone_like = bool(families & _PHONE_LIKE)  # "555-1234", "010.6512"
        self.url_mark = bool(families & _URL_MARK)
        self.slash = bool(families & _SLASH)
        self.half_word = bool(families & _HALF_WORD)
        self.place_word = bool(families & _PLACE_WORD)  # "tibet,": the place search may find one

    def from_token(self, token: str, back: int = 0, blanks: str | None = "") -> int:
        """Where a grammar's scan may start: the first ``token`` of its family, less the run
        of ``blanks`` before it (None: any white space) and the ``back`` characters its
        matches may open with before such a token ("a " dozen, "a" half, "up" until).

        A grammar's match starts inside a token of its family (that is what the gates test),
        or in a short word that only blanks separate from one, and the first occurrence of
        that token's text is at or before the token, so no match starts before that; the
        engine's look-behinds still read the text before the start. Scanning from there
        skips the characters before the first figure, which a scan pays for one by one.
        """
        if not self.low_aligned:
            return 0
        at = self.low.find(token)
        if blanks != "":
            at = len(self.low[:at].rstrip(blanks))
        return max(0, at - back)

    def until_token(self, token: str, after: int = 0) -> int:
        """Where a grammar's scan may stop: the end of the last ``token`` of its family, and
        ``after`` characters more that its matches may read past such a token (" million").

        A match ends inside or at the end of a token of its family, and the last
        occurrence of that token's text ends at or after that token. Where that occurrence
        ends inside a longer token ("3rd" in "3rdly"), the scan goes on to the end of it: at
        the end of a token a look-ahead sees white space, which reads as the end of the text
        does, and no match starts in a token outside the family. Stopping there spares the
        characters after the last figure, which a scan pays for one by one.
        """
        if not self.low_aligned:
            return len(self.text)
        low = self.low
        end = low.rfind(token) + len(token)
        if end < len(low) and not low[end].isspace():
            blank = _SPACES.search(low, end)
            end = blank.start() if blank is not None else len(low)
        return min(len(low), end + after)

    def before_cue(self) -> int:
        """Where the scans for "since 2012" and "from 2013 to 2016" may start, or -1 when
        they can find nothing: before the first token that ends with a cue word ("since",
        "from"), and before the word ("up", "as") that only blanks separate from it."""
        if self.low_aligned and not self.first_cue:
            return -1  # the lower-case twins need their cue word in the lower-cased text
        return self.from_token(self.first_cue, 2, None)

    def scan(self, low_pattern: re.Pattern, pattern: re.Pattern, pos: int = 0,
             endpos: int = _NO_END) -> Iterator[re.Match]:
        """Matches of a case-blind grammar from ``pos`` (to ``endpos``): ``low_pattern`` (its
        lower-case twin, faster) on the lower-cased text when offsets agree, else
        ``pattern`` on the text."""
        if self.low_aligned:
            return low_pattern.finditer(self.low, pos, endpos)
        return pattern.finditer(self.text, pos, endpos)

    def take(self, f: _Found, span_end: int | None = None) -> None:
        f.span_end = span_end or f.end
        self.taken.add(f.start, f.span_end)
        self.found.append(f)

    def word_before(self, start: int) -> str:
        """The lower-cased word right before ``start`` when only spaces separate them, without
        the quote or bracket that may open it ("the appeal brought in \"around 840 million\"")."""
        if self.low_aligned:
            tail = self.low[max(0, start - 24): start]
        else:
            tail = self.text[max(0, start - 24): start].lower()
        if not tail or not tail[-1].isspace():
            return ""
        parts = tail.rsplit(None, 1)  # the last piece only: fewer strings cut than split()
        return parts[-1].lstrip(_OPENERS) if parts else ""

    def qualifier_before(self, start: int, word: str | None = None) -> str:
        """The qualifier written before ``start`` ("nearly", "more than"); ``word`` is
        :meth:`word_before` when the caller has it already."""
        if word is None:
            word = self.word_before(start)
        patterns = self.lex.qualifier_patterns.get(word)
        if patterns is None:
            return "exact"
        if self.low_aligned:
            m = patterns[0].search(self.low, max(0, start - 40), start)
        else:
            m = patterns[1].search(self.text, max(0, start - 40), start)
        if not m:
            return "exact"
        phrase = _SPACES.sub(" ", m.group("q").lower())
        particle = self.lex.particles.get(phrase)
        if particle is not None and particle.search(self.text, max(0, m.start("q") - 16),
                                                    m.start("q")):
            # "has gone up to 2,698", "rolled over 38 times": the verb's particle
            return "exact"
        return self.lex.qualifiers[phrase].name


#: what may open a quotation or an aside right before a qualifier
_OPENERS: Final = "\"'\u201c\u2018(\u00ab["




# Bounded repetitions: "[\w.+-]+@" would rescan a long run of "1.1.1..." from every start.
_URL: Final = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}")


#: a number written the way of another language: "1.250.000" (dots between thousands), "2,5
#: million" (a decimal comma), with its scale word; read as English it would be 1.25, or 2
#: and "million euros": no claim at all is better than a wrong one
_FOREIGN_NUMBER: Final = re.compile(
    # (a digit first, then what stands before it: a pattern that opens with a digit is
    # scanned from digit to digit, one that opens with a look-behind at every character)
    r"\d(?<![\w.,]\d)\d{0,2}(?:(?:\.\d{3}){2,}(?:,\d+)?|,\d{1,2})(?![\d]|[.,]\d)"
    r"(?:[ \u00a0]?(?:million|billion|thousand|trillion|mn|bn|m)\b)?")


def _skip_foreign_numbers(s: _Sentence) -> None:
    """Numbers written as another language writes them are not claims (see
    :data:`_FOREIGN_NUMBER`)."""
    for m in _FOREIGN_NUMBER.finditer(s.text):
        s.taken.add(m.start(), m.end())


def _skip_urls(s: _Sentence) -> None:
    """Digits in web addresses and e-mail addresses are not claims."""
    if not s.url_mark:  # (lower-cased, "WWW." too: the pattern decides)
        return
    for m in _URL.finditer(s.text):
        s.taken.add(m.start(), m.end())


def _year_ranges(s: _Sentence) -> None:
    # Every year pattern ends with digits (and a look-ahead of one character): in a digit
    # token, so no match reads past the last one.
    end = s.until_token(s.last_digit)
    scans = [timeexpr.YEAR_RANGE_DASH.finditer(s.text, s.from_token(s.first_digit), end)]
    at = s.before_cue()
    if at >= 0:
        scans.insert(0, s.scan(timeexpr.YEAR_RANGE_WORDS_LOW, timeexpr.YEAR_RANGE_WORDS, at,
                               end))
    for matches in scans:
        for m in matches:
            a, b = int(m.group("a")), timeexpr.range_end(m.group("a"), m.group("b"))
            if b <= a or not s.taken.free(m.start(), m.end()):
                continue
            s.take(_Found("year_range", m.start(), m.end(), a, "year", low=a, high=b))


def _open_ranges(s: _Sentence) -> None:
    at, end = s.before_cue(), s.until_token(s.last_digit)  # see _year_ranges
    for m in s.scan(timeexpr.OPEN_RANGE_LOW, timeexpr.OPEN_RANGE, at, end) if at >= 0 else []:
        start = m.start("month") if m.group("month") else m.start("y")
        if not s.taken.free(start, m.end()):
            continue
        cue = _SPACES.sub(" ", m.group("w").lower())
        qualifier = {"since": "since", "as of": "as of", "by": "by"}.get(cue, "until")
        y = int(m.group("y"))
        s.take(_Found("year", start, m.end(), y, "year", qualifier=qualifier, low=y, high=y))
    for m in timeexpr.DECADE.finditer(s.text, s.from_token(s.first_digit), end):
        if s.taken.free(m.start(), m.end()):
            y = int(m.group("y"))
            s.take(_Found("year", m.start(), m.end(), y, "year", precision=0,
                          qualifier=_cue_before(s.text, m.start()), low=y, high=y + 9))


def _cue_before(text: str, start: int) -> str:
    m = _CUE_BEFORE.search(text[max(0, start - 12): start])
    return m.group(1).lower() if m else "exact"


def _event_phrase(text: str, pos: int) -> tuple[str, int]:
    """The named event after an ordinal: ``Central Conference on Tibet Work``; else a noun."""
    # Tokens are read as the name goes on: most names end within a few of the window's.
    tokens = _CAP_TOKEN.finditer(text, pos, min(len(text), pos + 160))
    words: list[str] = []
    end = pos
    t = next(tokens, None)
    while t is not None:
        w = t.group(0)
        after = None
        if w[0].isupper() and w[0].isalpha():
            words.append(w)
            end = t.end()
        elif words and w in _EVENT_CONNECTORS:
            # a connector inside a name: "Conference on Tibet Work"
            after = next(tokens, None)
            if after is None or not after.group(0)[0].isupper():
                break
            words.append(w)
        else:
            break
        if len(words) >= 10:
            break
        t = after if after is not None else next(tokens, None)
    if words:
        while words and words[-1] in _EVENT_CONNECTORS:
            words.pop()
        return " ".join(words), end
    np = subjects.noun_phrase(text, pos)
    if np and _EVENT_NOUNS.match(np):
        end = text.find(np, pos) + len(np)
        return np, end
    return "", pos


#: "five and a half million", "a quarter of a million": a scale word after a fraction scales it
_SCALE_AFTER: Final = re.compile(
    r"[ \t]+(?:of[ \t]+an?[ \t]+)?(thousand|million|billion|trillion)\b", re.IGNORECASE)
_AND_A: Final = re.compile(
    rf"(?P<n>{numerals.WORD_NUMBER.pattern}|(?<![\d.,])\d[\d,]*)"
    rf"(?:[ \t]+(?P<sc>thousand|million|billion|trillion))?[ \t]+and[ \t]+$", re.IGNORECASE)


def _and_before(text: str, start: int) -> bool:
    """Does the text before ``start`` end in "and" between blanks, as :data:`_AND_A` needs?
    A cheap test that spares its search (a number word may start at any position of it)."""
    head = text[max(0, start - 60): start]
    core = head.rstrip(" \t")
    return len(core) < len(head) and core[-3:].lower() == "and" and core[-4:-3] in (" ", "\t")


def _fractions(s: _Sentence) -> None:
    """``two thirds``, ``3/4``, ``½``: read before ordinals, which would take ``third``."""
    # Token gates first: most sentences hold no fraction at all. A word fraction starts at a
    # number word (every fraction word is one) or at "a"/"an" that blanks separate from the
    # fraction word; it ends with a fraction or scale word, a digit fraction with digits.
    # Each scan runs from the first to the last token of its family (see from_token).
    patterns = []
    if s.fraction_words:
        patterns.append(s.scan(numerals.WORD_FRACTION_LOW, numerals.WORD_FRACTION,
                               s.from_token(s.first_word, 3, " -"), s.until_token(s.last_word)))
    if s.slash and s.has_digit:  # "3/4" opens with a digit
        patterns.append(numerals.DIGIT_FRACTION.finditer(
            s.text, s.from_token(s.first_digit), s.until_token(s.last_digit)))
    if s.has_vulgar:
        patterns.append(numerals.VULGAR_FRACTION.finditer(s.text))
    if s.has_words and s.half_word:
        patterns.append(s.scan(numerals.HALF_SCALE_LOW, numerals.HALF_SCALE,
                               s.from_token(s.first_word, 3, " \t"), s.until_token(s.last_word)))
    for matches in patterns:
        for m in matches:
            value = numerals.fraction_value(m)
            if value is None and m.re is numerals.DIGIT_FRACTION and \
                    s.taken.free(m.start(), m.end()):
                # "the 24/7 hotline", "a 60/40 split": two numbers a slash joins into a name
                # or a ratio are neither a fraction nor two counts
                s.taken.add(m.start(), m.end())
                continue
            if value is None or not s.taken.free(m.start(), m.end()):
                continue
            start = m.start()
            if (numerals.group_or_none(m, "num1") or numerals.group_or_none(m, "num")
                    or "").lower() in ("a", "an", "one", "two", "three", "four", "five") and \
                    _and_before(s.text, start) and (
                    w := _AND_A.search(s.text, max(0, start - 60), start)) and \
                    s.taken.free(w.start(), start):
                # "two and a half", "3 million and a half": one figure, not two
                word = w.group("n")
                whole = numerals.words_value(word) if word[0].isalpha() else \
                    float(word.replace(",", ""))
                scale = numerals.WORD_SCALES.get((w.group("sc") or "").lower(), 1.0)
                if whole is not None and (word.lower() not in numerals.WORD_SCALES
                                          or w.group("sc")):
                    value = (whole + value) * scale
                    start = w.start()
            end = m.end()
            of_scale = numerals.WORD_SCALES.get(
                (numerals.group_or_none(m, "scale") or "").lower(), 0.0)
            if sc := _SCALE_AFTER.match(s.text, end):  # "five and a half million"
                of_scale = numerals.WORD_SCALES[sc.group(1).lower()]
                value *= of_scale
                end = sc.end()
            # "half a million", "two and a half million" are as good as "0.5 million", "2.5
            # million": to the first decimal of their scale, not exact
            precision = 0.05 * of_scale if of_scale >= 1000 else 0.0
            word_fraction = end == m.end() and m.re in _WORD_FRACTIONS
            one = _OF_ONE.match(s.text, end) if word_fraction else None
            of_one = one is not None
            if one is not None:
                # "a quarter of a percentage point", "a third of a mile": a part of one unit,
                # read as a number before the unit
                end = one.end()
                word_fraction = False
            n = numerals.Number(value, precision, start, end, s.text[start:end],
                                words=s.text[start].isalpha())
            # "two thirds of voters", "or nearly a third,", "fell by a third"; "a third
            # fewer" sizes a change
            compared = COMPARED_AFTER.match(s.text, end) if word_fraction else None
            as_share = word_fraction and (
                compared is not None or _SHARE_AFTER.match(s.text, end) is not None or
                # "a third more than the 2.4 billion": the size of a change from that base
                _THAN_AFTER.match(s.text, end) is not None or
                _BY_FRACTION.search(s.text, max(0, start - 30), start) is not None)
            if word_fraction and not as_share and \
                    (numerals.group_or_none(m, "den1") or "").lower() not in ("", "half",
                                                                              "quarter"):
                continue  # "won a third term": an ordinal, read as one below
            f = None if as_share else _classify(s, _signed(s, n))
            if of_one and (f is None or f.kind == "count"):
                # "two thirds of a village": a share of one thing, not 0.67 villages
                end, as_share, f = m.end(), True, None
            if as_share and not _AND_BEFORE.search(s.text, max(0, start - 6), start):
                # "two thirds of voters", "or nearly a third,": a share of a whole
                s.take(_Found("percent", start, end, value * 100, "percent", 0.0,
                              s.qualifier_before(start), _share_subject(s.text, end),
                              direction=compared_direction(compared) if compared else
                              _fraction_direction(s.text, start),
                              stated=value))  # as written: two thirds, 0.67
            elif f is not None:
                s.take(f)
            else:
                s.taken.add(n.start, n.end)  # "two thirds" is not also "two"


_WORD_FRACTIONS: Final = (numerals.WORD_FRACTION, numerals.WORD_FRACTION_LOW)
#: a comparative right after a share that makes it the size of a change ("a third fewer",
#: "25 percent more"); not before "than", which names another base ("a third more than")
COMPARED_AFTER: Final = re.compile(
    r"\s+(?:(?P<down>fewer|less|lower|smaller|cheaper|down)|more|higher|larger|bigger|"
    r"greater|up)\b(?!\s+than\b)", re.IGNORECASE)


#: a comparative and "than" right after a word fraction: "a third more than", "a quarter
#: fewer than" (the base follows; the change check reads the three figures together)
_THAN_AFTER: Final = re.compile(r"\s+(?:more|less|fewer|higher|lower|larger|smaller|bigger|"
                                r"greater|cheaper)\s+than\b", re.IGNORECASE)


def compared_direction(m: re.Match) -> str:
    """"down" or "up", for a match of :data:`COMPARED_AFTER`."""
    return "down" if m.group("down") else "up"

#: "rose by a quarter to 5,000": a fraction after "by" is the size of a change
_FRACTION_QUALIFIER: Final = (r"(?:about|around|some|nearly|almost|roughly|over|more\s+than|"
                              r"less\s+than|just\s+over|just\s+under)")
_BY_FRACTION: Final = re.compile(rf"\bby\s+(?:{_FRACTION_QUALIFIER}\s+)?$", re.IGNORECASE)
_QUALIFIER_TAIL: Final = re.compile(rf"{_FRACTION_QUALIFIER}\s+$", re.IGNORECASE)


def _fraction_direction(text: str, start: int) -> str:
    """"up" or "down" for a fraction that sizes a change ("fell by about a third")."""
    if not _BY_FRACTION.search(text, max(0, start - 30), start):
        return ""
    end = start
    if q := _QUALIFIER_TAIL.search(text, max(0, start - 16), start):
        end = q.start()
    window = (max(0, end - 24), end)
    return "up" if _UP.search(text, *window) else "down" if _DOWN.search(text, *window) else ""


#: "a year and a half": a fraction that ends a compound amount is no share
_AND_BEFORE: Final = re.compile(r"\band\s+$", re.IGNORECASE)
#: what follows a word fraction that names a share: "of" a whole (not "of a mile", a part
#: of a unit) or the end of its clause ("..., or two thirds, were")
_SHARE_AFTER: Final = re.compile(r"\s+of\s+(?!an?\s)|\s*[,;.)]|\s*$")
_OF_ONE: Final = re.compile(r"[ \t]+of[ \t]+an?(?=[ \t]+[a-z])", re.IGNORECASE)


def _share_subject(text: str, end: int) -> str:
    """What a share is a share of: "two thirds of voters" -> voters."""
    return subjects.noun_phrase(text, end, allow_lead=True) \
        if text.startswith(" of ", end) else ""


#: "nearly half of the homes", "Half of voters", "..., or about half,": half as a share, and
#: "cut by half" a change of 50 percent. Not "the first half of 2023", "in half", "half a
#: million" (other readings).
_HALF_SHARE: Final = re.compile(
    r"(?:(?<=^)|(?<=^\W)|(?<=,\s)|(?<=\bor\s)|(?<=\bthan\s)|(?<=\bnearly\s)|(?<=\balmost\s)|"
    r"(?<=\babout\s)|(?<=\baround\s)|(?<=\broughly\s)|(?<=\bover\s)|(?<=\bsome\s)|"
    r"(?<=\bonly\s)|(?<=\bjust\s)|(?<=\bunder\s)|(?<=\bby\s))"
    r"half(?=\s+of\s+(?!an?\s)|\s*[,;.)]|\s+(?:to|from)\s)",
    re.IGNORECASE)


def _half_shares(s: _Sentence) -> None:
    for m in _HALF_SHARE.finditer(s.text):
        if s.taken.free(m.start(), m.end()):
            s.take(_Found("percent", m.start(), m.end(), 50.0, "percent", 0.0,
                          s.qualifier_before(m.start()), _share_subject(s.text, m.end()),
                          direction=_fraction_direction(s.text, m.start()), stated=0.5))


_SMALL: Final = r"one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|10"
#: "one in five", "one household in five", "four in ten prisoners", "nine out of 10": a
#: share as a ratio of two small numbers (not "two in three days": a time)
_ONE_IN: Final = re.compile(
    rf"(?<![\w.,-])(?P<num>{_SMALL})(?:\s+(?P<noun>(?!in\b|out\b|of\b)[a-z]+))?\s+"
    rf"(?:in|out\s+of)\s+(?P<den>{_SMALL}|twenty|a\s+hundred|hundred|[1-9]\d{{1,2}})"
    r"(?![\w.,-])(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|games?|"
    r"matches|races|attempts|tries|seasons|decades?|innings|starts|outings)\b)",
    re.IGNORECASE)


def _small(word: str) -> int:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word.endswith("hundred"):
        return 100
    return int(numerals.UNITS_WORDS.get(word) or numerals.TENS_WORDS.get(word) or 0)


def _one_in(s: _Sentence) -> None:
    """"One household in five", "four in ten prisoners": a share, in percent, banded as a
    word fraction is (the writer rounds to it)."""
    for m in _ONE_IN.finditer(s.text):
        num, den = _small(m["num"]), _small(m["den"])
        if not 0 < num < den or not s.taken.free(m.start(), m.end()):
            continue
        subject = m["noun"] or subjects.noun_phrase(s.text, m.end(), allow_lead=True)
        s.take(_Found("percent", m.start(), m.end(), 100 * num / den, "percent", 0.0,
                      s.qualifier_before(m.start()), subject or "", stated=num / den))


#: "the 19th century", "a 12th-century church"; not "the 5th century BC"
_CENTURY: Final = re.compile(r"[ \-]centur(?:y|ies)\b(?!\s*(?:BCE?|B\.C\.))", re.IGNORECASE)


def _century(s: _Sentence, m: re.Match, century: re.Match) -> None:
    """A century as the years it spans: "the 19th century" is 1801 to 1900, a year range
    as loose as "the 1980s" (and, like it, a time a start or an age is held against)."""
    n = int(numerals.ordinal_value(m))
    if not 1 <= n <= 21 or not s.taken.free(m.start(), century.end()):
        s.taken.add(m.start(), m.end())  # its digits are no count of centuries
        return
    lo, hi = (n - 1) * 100 + 1, n * 100
    s.take(_Found("year", m.start(), century.end(), lo, "year", precision=0,
                  qualifier=_cue_before(s.text, m.start()), low=lo, high=hi))


def _ordinals(s: _Sentence) -> None:
    if not (s.ordinal_words or s.digit_ordinal):
        return
    for m in s.scan(numerals.ORDINAL_LOW, numerals.ORDINAL, s.from_token(s.first_ordinal),
                    s.until_token(s.last_ordinal)):
        if not s.taken.free(m.start(), m.end()):
            continue
        if not s.keep_bare and m.group("word") and not m.group("tens") and \
                m.group("word").lower() in ("first", "second") and \
                not _THE_BEFORE.search(s.text[max(0, m.start() - 5): m.start()]):
            continue
        if _month_may_precede(s.word_before(m.start())) and \
                timeexpr.MONTH_BEFORE.search(s.text, max(0, m.start() - 12), m.start()):
            continue  # "May 4th" is a date
        century = _CENTURY.match(s.text, m.end())
        if century:
            _century(s, m, century)
            continue
        phrase, end = _event_phrase(s.text, m.end())
        if not phrase and not s.keep_bare:
            if m.group("num") is not None:
                # "the 19th century" counts nothing: its digits are no count of centuries
                s.taken.add(m.start(), m.end())
            continue
        v = float(numerals.ordinal_value(m))
        s.take(_Found("ordinal", m.start(), m.end(), v, "count", subject=phrase, low=v, high=v),
               span_end=end)


#: a three-letter code run into a number of one or two digits ("COP28")
_NAMED_BY_CODE: Final = re.compile(r"[A-Z]{3}\d{1,2}")


def _prefixed_money(s: _Sentence) -> None:
    for m in money.PREFIXED.finditer(s.text, s.from_token(s.first_prefix),
                                     s.until_token(s.last_digit, _SCALE_REACH)):
        if not s.taken.free(m.start(), m.end()):
            continue
        if m.group("cur") in money.WORDLIKE_CODES and _NAMED_BY_CODE.fullmatch(m.group(0)):
            # "COP28", "the COP29 summit": a code that is also an abbreviation, run into a
            # number of one or two digits with no scale, names a meeting; an amount in that
            # code is written "COP 5,000"
            s.taken.add(m.start(), m.end())
            continue
        value, precision = numerals.scaled_digits(m.group("num"), m.group("scale") or "")
        f = _Found("money", m.start(), m.end(), value, money.PREFIXES[m.group("cur")],
                   precision, s.qualifier_before(m.start()))
        # "US$ 20 million dollars" -> take the redundant currency word too
        suffix = money.suffix_currency(s.text, m.end())
        s.take(f, span_end=suffix[1] if suffix else None)


_MONTH_HEADS: Final = frozenset(timeexpr.MONTH_NUMBER)
# Every way MONTHS writes a month ends with one of these (a superset: the pattern decides).
_MONTH_ENDINGS: Final = tuple(sorted({w for m in timeexpr.MONTH_FULL_NAMES
                                      for w in (m, m[:3], m + ".", m[:3] + ".")}
                                     | {"sept", "sept."}))
# The last three letters of every ending: one set lookup rules out most words.
_MONTH_TAILS: Final = frozenset(e[-3:] for e in _MONTH_ENDINGS)


def _ends_with_month(word: str) -> bool:
    """Does ``word`` (lower-cased) end with a way of writing a month ("march", "sept.")?"""
    return word[-3:] in _MONTH_TAILS and word.endswith(_MONTH_ENDINGS)


def _list_number_may_open(text: str) -> bool:
    """Can :data:`_LIST_NUMBER` match ``text``? A cheap necessary test: after a bullet or a
    blank the pattern decides; else a digit opens the text and a "." or ")" follows within
    three characters."""
    head = text[:1]
    if head in ("-", "*", "•") or head.isspace():
        return True
    return head.isdigit() and ("." in text[1:4] or ")" in text[1:4])


_MONTH_BEFORE_DAY: Final = re.compile(rf"(?:{timeexpr.MONTHS})\s+$", re.I)
_MONTH_AFTER_DAY: Final = re.compile(rf"\s+(?:{timeexpr.MONTHS})\b", re.I)


def _month_may_precede(word: str) -> bool:
    """Can ``timeexpr.MONTH_BEFORE`` match before a figure whose :meth:`_Sentence.word_before`
    is ``word`` (its window is shorter than that word's)? A necessary test, cheaper than the
    case-blind search it spares: the word ends with a month name ("March 2010") or is the
    day of one ("March 4, 2010"). Non-ASCII words go to the pattern, whose case folding
    ("İ" for "i") plain lower-casing does not follow.
    """
    if not word:
        return False  # no white space right before the figure
    if not word.isascii() or _ends_with_month(word):
        return True
    day = word[:-1] if word.endswith(",") else word
    return day.isdigit() and len(day) <= 2


_LABEL_AFTER_FIRST: Final = frozenset(":.-aApPoO")
_LABEL_AFTER_WORD_FIRST: Final = frozenset("aApPoO")
_SPACE_CHARS: Final = frozenset(" \u00a0")
_LABEL_WORDS: Final = frozenset("no nos number route room page p pp tel phone fig table article "
                                "chapter section brief item vol issue category flight gate "
                                "terminal platform interstate highway exit pier berth ward "
                                "resolution level line class stage phase season model grade "
                                "bill proposition prop lot block unit".split())
_LABEL_ENDINGS: Final = tuple(sorted(_LABEL_WORDS))


def _label_after(text: str, pos: int) -> bool:
    """Does a time of day, a phone number's tail or a score follow ``pos`` (_LABEL_AFTER)?"""
    # Every branch opens with one of a few characters ("a.m." after a space): most figures
    # are followed by none of them and skip the match.
    c = text[pos: pos + 1]
    return (c in _LABEL_AFTER_FIRST or (c in _SPACE_CHARS and text[pos + 1: pos + 2] in
                                        _LABEL_AFTER_WORD_FIRST)) and \
        _LABEL_AFTER.match(text, pos) is not None


def _is_label(s: _Sentence, n: numerals.Number, word: str) -> bool:
    """Is ``n`` a label, not a quantity? ``word`` is the word before it (``word_before``)."""
    text = s.text
    core = text[max(0, n.start - 12): n.start].rstrip(" \u00a0").rstrip(".:")
    # The last piece of ``core`` is a label word only if ``core`` ends with one: a cheap test
    # that spares cutting the piece out for most figures.
    if (text[n.start - 1: n.start] == "#" or (
            core.lower().endswith(_LABEL_ENDINGS)
            and (before := core.rsplit(None, 1))
            and before[-1].lower().lstrip("(") in _LABEL_WORDS) or
            (core[-2:].isupper() and "light" in text[max(0, n.start - 20): n.start])) and \
            _LABEL_BEFORE.search(text, max(0, n.start - 20), n.start):
        return True
    if _label_after(text, n.end):
        return True
    if n.start <= 3 and _list_number_may_open(text) and _LIST_NUMBER.match(text):
        return True
    # "August 26, 2024", "8 February 2019": a day of the month
    if not (n.value <= 31 and n.plain_integer):
        return False
    # Cheap necessary conditions first: a month name ends the word before the figure, or
    # the word after it starts with one (the patterns decide).
    if _ends_with_month(word) and _MONTH_BEFORE_DAY.search(
            text[max(0, n.start - 12): n.start]):
        return True
    after = text[n.end: n.end + 12]
    return after[:1].isspace() and after.lstrip()[:3].lower() in _MONTH_HEADS and \
        _MONTH_AFTER_DAY.match(after) is not None


# "up" after "make/made/take/sum" is no rise: "women made up 120 percent of the staff"
_UP: Final = re.compile(
    r"\b(?:rose|rise[sn]?|rising|increased?|increasing|grew|grow[sn]?|growing|"
    r"gained|gaining|climbed|climbing|jumped|jumping|soared|soaring|surged|surging|advanced|"
    r"advancing|(?<!make )(?<!made )(?<!makes )(?<!making )"
    r"(?<!took )(?<!take )(?<!takes )(?<!taking )up|higher)(?:\s+by)?\s+$", re.IGNORECASE)
_DOWN: Final = re.compile(r"\b(?:fell|fall(?:s|en|ing)?|dropped|drops?|declined?|declining|"
                          r"decreased?|decreasing|lost|losing|down|slipped|slipping|plunged|"
                          r"plunging|tumbled|tumbling|slid|sliding|sank|sinking|dipped|dipping|"
                          r"shrank|shrunk|lower|"
                          r"cut|(?:laid|lay|lays|laying)\s+off|shed|sheds|shedding|axed|axing|"
                          r"eliminated?|eliminating)(?:\s+by)?\s+$", re.IGNORECASE)
#: a noun of change and "of" right before a figure: "a rise of", "a fall of nearly"
_CHANGE_OF: Final = re.compile(
    r"\b(?:rise|increase|gain|jump|growth|(?P<down>fall|drop|decline|decrease|cut|reduction|"
    r"loss))\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|"
    r"just\s+over|just\s+under)\s+)?$", re.IGNORECASE)
_POINTS: Final = re.compile(r"[ \u00a0](?:percentage[ \u00a0])?points?\b", re.IGNORECASE)
#: a hundredth of a percentage point: "50 basis points", "25bp", "75 bps"
_BASIS_POINTS: Final = re.compile(r"(?:[ \u00a0](?i:basis)[ \u00a0-](?i:points?)|"
                                  r"[ \u00a0]?bps?)\b")  # "BP" is an oil company


_CHANGE_WORDS: Final = frozenset("""
by rose rise rises risen rising increase increased increasing grew
grow grows grown growing gained climbed jumped soared surged up higher fell fall falls fallen
falling dropped drop drops declined decline declining decrease decreased decreasing lost down
slipped plunged shrank shrunk lower cut off shed sheds shedding axed axing eliminate eliminated
eliminating gaining climbing jumping soaring surging advanced advancing losing slipping plunging
tumbled tumbling slid sliding sank sinking dipped dipping""".split())


def _direction(s: _Sentence, start: int, word: str) -> str:
    text = s.text
    if word not in _CHANGE_WORDS:
        # "up by more than 8,700": the change word stands before the qualifier
        q = _QUALIFIER_TAIL.search(text, max(0, start - 16), start)
        if q is None or s.word_before(q.start()) not in _CHANGE_WORDS:
            return ""
        start = q.start()
    window = (max(0, start - 24), start)
    if _UP.search(text, *window):
        return "up"
    if _DOWN.search(text, *window):
        return "down"
    return ""


def _classify(s: _Sentence, n: numerals.Number) -> _Found | None:
    """What the figure ``n`` is, from the words around it; None when it is no claim."""
    text = s.text
    word = s.word_before(n.start)
    if _is_label(s, n, word):
        return None
    qualifier = s.qualifier_before(n.start, word)
    direction = _direction(s, n.start, word)
    if not direction and word == "of" and _POINTS.match(text, n.end) and \
            (change := _CHANGE_OF.search(text, max(0, n.start - 40), n.start)):
        # "a rise of 7.3 points": the noun of a change before it
        direction = "down" if change.group("down") else "up"
    if m := _BASIS_POINTS.match(text, n.end):
        # "raised the rate by 50 basis points": half a percentage point, whatever the verb
        # (its digits are basis points: "50" is 0.495-0.505 points)
        return _Found("percent", n.start, m.end(), n.value / 100, "percent", n.precision / 100,
                      qualifier, "points", direction=direction, stated=n.value)
    if direction and (m := _POINTS.match(text, n.end)) and (
            n.value <= 100 or "percentage" in m.group(0).lower()):
        # "fell by 3 points": a change of a percentage, not a count of points (but "lost
        # 4,451 points" are an index's: no percentage moves by more than 100 points)
        return _Found("percent", n.start, m.end(), n.value, "percent", n.precision, qualifier,
                      "points", direction=direction, stated=n.value)
    found = _classify_kind(s, n, qualifier, word)
    if found is not None:
        found.direction = direction
        if found.stated is None:
            found.stated = n.value
    return found


_NEXT_TOKEN: Final = re.compile(r"[ \u00a0\-]?([^\W\d_][\w.'’]*|\S)")
_PERCENT_FIRST: Final = frozenset({"%", "percent", "percents", "per", "pct", "percentage"})
_DURATION_FIRST: Final = frozenset("year years decade decades month months week weeks day days "
                                   "century centuries".split())
#: a time after a figure: "42 a week earlier", "12 the day before"
_TIME_AFTER: Final = re.compile(r"\s+(?:a|an|one|the|a\s+few|several|two|three|four|five|six|"
                                r"seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,3})\s+"
                                r"(?:day|week|fortnight|month|quarter|year|decade)s?\s+"
                                r"(?:earlier|before|ago|later|previously)\b", re.IGNORECASE)
#: a verb that states a running figure's new value: "the toll has risen to nine" names the
#: figure though no noun follows the number word
_VALUE_VERB: Final = re.compile(r"\b(?:(?:risen|rose|rises|climbed|climbs|jumped|increased|"
                                r"fallen|fell|dropped)\s+to|reached|reaches|(?:stood|stands|"
                                r"now)\s+at)\s+$", re.IGNORECASE)
#: a number word then the state of those it counts: "and nine still missing", "four dead"
_TOLL_AFTER: Final = re.compile(r"\s+(?:(?:still|are|were|remain|remained|remains|now|"
                                r"confirmed)\s+){0,2}(?:missing|dead|injured|hurt|wounded|"
                                r"unaccounted\s+for)\b", re.IGNORECASE)
#: a noun joined to a figure by a hyphen, the figure describing a thing by it: "a 22-storey
#: tower" counts storeys (the frame reads no event for it either)
JOINED_NOUN: Final = re.compile(r"-([a-z]{3,})\b(?!-)")
_PRONOUN_ONE: Final = re.compile(r"\b(?:the|this|that|which|each|every|any|no|no\s+other)\s+$",
                                 re.IGNORECASE)
_FIGURE_BEFORE: Final = re.compile(r"\d[ \u00a0]?$")
_PERCENT_OF: Final = re.compile(r"\b(?:percents?|per[ \-]?cents?)[ \u00a0]+of[ \u00a0]+$",
                                re.IGNORECASE)


_TOKEN_SEPARATORS: Final = frozenset(" \u00a0-")


# _next_token's answers by the text it reads: from ``pos`` to the next space, which the
# token cannot cross. Figures are followed by the same few words ("yuan", "people,").
_NEXT_TOKENS: Final[dict[str, str]] = {}
_NEXT_TOKEN_KEY: Final = 40  # longer stretches (text without spaces) are not cached


def _next_token(text: str, pos: int) -> str:
    """The token :data:`_NEXT_TOKEN` reads at ``pos`` (its group 1), or ``""``."""
    start = pos + 1 if text[pos: pos + 1] in _TOKEN_SEPARATORS else pos
    end = text.find(" ", start)
    if end < 0:
        end = len(text)
    key = text[pos: end]
    tok = _NEXT_TOKENS.get(key)
    if tok is not None:
        return tok
    piece = text[start: end]
    # The common case: ASCII letters up to a space, which the pattern takes whole.
    if piece.isalpha() and piece.isascii():
        tok = piece
    else:
        m = _NEXT_TOKEN.match(text, pos)
        tok = m.group(1) if m else ""
    return remember(_NEXT_TOKENS, key, tok) if len(key) <= _NEXT_TOKEN_KEY else tok


def _classify_kind(s: _Sentence, n: numerals.Number, qualifier: str, word: str
                   ) -> _Found | None:
    """:func:`_classify` for a figure that is no label; ``word`` is the word before it."""
    text = s.text
    # The word after a figure decides most of what it is; a set lookup on it keeps the
    # long alternations below from running on every figure.
    tok = _next_token(text, n.end).rstrip("'’")
    low = tok.lower()
    if low.endswith(".") and low not in money.SUFFIX_FIRST:  # "30 years." ends a sentence
        tok, low = tok[:-1], low[:-1]
    if "cent" in text[max(0, n.start - 20): n.start] and (
            m := _PERCENT_OF.search(text, max(0, n.start - 20), n.start)) and \
            not _FIGURE_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        # "percent of 12"; but in "58 percent of 2019" the percent is 58's
        return _Found("percent", m.start(), n.end, n.value, "percent", n.precision, qualifier)
    if low in _PERCENT_FIRST and (m := _PERCENT.match(text, n.end)):
        subject = subjects.noun_phrase(text, m.end(), allow_lead=True)
        return _Found("percent", n.start, m.end(), n.value, "percent", n.precision, qualifier,
                      subject)
    if low in money.SUFFIX_FIRST and (cur := money.suffix_currency(text, n.end)):
        return _Found("money", n.start, cur[1], n.value * cur[2], cur[0], n.precision * cur[2],
                      qualifier, stated=n.value)
    if low in _DURATION_FIRST and (m := timeexpr.DURATION_UNIT.match(text, n.end)):
        years = duration_years(n.value, timeexpr.unit_name(m.group("unit")))
        subject = subjects.noun_phrase(text, m.end(), allow_lead=True) if \
            text.startswith(" of", m.end()) else ""
        if timeexpr.AGO.match(text, m.end()):
            subject = "ago"
        elif timeexpr.PAST_BEFORE.search(text, max(0, n.start - 20), n.start):
            subject = subject or "past"
        return _Found("duration", n.start, m.end(), years, "year",
                      years / n.value * n.precision if n.value else 0, qualifier, subject)
    if n.plain_integer and 1600 <= n.value <= 2099 and len(n.digits) == 4:
        mb = timeexpr.MONTH_BEFORE.search(text, max(0, n.start - 20), n.start) \
            if _month_may_precede(word) else None
        if mb or timeexpr.YEAR_CUE.search(text, max(0, n.start - 12), n.start) \
                or not _SPECIFIC_PLURAL.match(text, n.end) or \
                timeexpr.PRICE_BASIS.match(text, n.end):
            start = mb.start() if mb else n.start  # "March 2010" is one date
            return _Found("year", start, n.end, n.value, "year", low=n.value, high=n.value)
    if n.plain_integer and 1000 <= n.value < 1600 and len(n.digits) == 4 and \
            _OLD_YEAR_CUE.search(text, max(0, n.start - 8), n.start) and \
            not subjects.noun_phrase(text, n.end):
        # "built in 1268 by the earl": a year of an old building, where "in 1268 homes"
        # counts homes
        return _Found("year", n.start, n.end, n.value, "year", low=n.value, high=n.value)
    if m := _MILLIONS_OF.match(text, n.end):
        millions_of = quantities.unit_after(text, m.end())
        if millions_of and millions_of[0] not in ("m", "M"):
            # "338m tonnes", "1.5m barrels": millions of the unit after it, good to half a
            # million (or half the last digit's step: "1.5m" is 1.45m-1.55m)
            name, factor = quantities.canonical(millions_of[0])
            return _Found("quantity", n.start, millions_of[1], n.value * 1e6 * factor, name,
                          (n.precision or 0.5) * 1e6 * factor, qualifier,
                          subjects.noun_phrase(text, millions_of[1], allow_lead=True),
                          stated=n.value * 1e6)
        if not millions_of and (not _DETERMINER_BEFORE.search(text, max(0, n.start - 8),
                                                              n.start)
                                or _PEOPLE_AFTER.match(text, m.end())):
            # "3m people", "1.2m homes": a glued "m" before a plural noun is millions (of
            # metres a text says "a 3m wall", "3m high", "the 40m towers"; but "the 3m
            # people")
            return _Found("count", n.start, m.end(), n.value * 1e6, "count",
                          (n.precision or 0.5) * 1e6, qualifier,
                          subjects.noun_phrase(text, m.end()))
    if (tok in quantities.SYMBOL_FIRST or low in quantities.WORD_FIRST) and (
            unit := quantities.unit_after(text, n.end)):
        name, factor = quantities.canonical(unit[0])
        subject = subjects.noun_phrase(text, unit[1], allow_lead=True)
        offset = quantities.OFFSETS.get(unit[0], 0.0)  # 113°F is 45°C, not 113 times 5/9
        found = _Found("quantity", n.start, unit[1], (n.value + offset) * factor, name,
                       n.precision * factor, qualifier, subject)
        if offset:
            found.scale = factor
        return found
    subject = subjects.noun_phrase(text, n.end)
    if not subject and not n.words and float(n.value).is_integer() and \
            (joined := JOINED_NOUN.match(text, n.end)) and joined.group(1) != "strong":
        # "a 22-storey tower", "a 300-bed hospital" (in words such a compound is more often
        # an idiom: "one-off", "two-way"; "a 7.1-magnitude quake" is a reading, no count;
        # "5,000-strong" is no noun)
        subject = joined.group(1)
    if subject and _TIME_AFTER.match(text, n.end):
        subject = ""  # "up from 42 a week earlier": the words say when, not what
    if not subject and n.value != 1 and text.startswith(" of ", n.end):
        subject = subjects.noun_phrase(text, n.end, allow_lead=True)  # "two thirds of voters"
    if n.words and not subject and (not s.keep_bare or (n.value == 1 and _PRONOUN_ONE.search(
            text, max(0, n.start - 8), n.start))) and not (
            n.value >= 2 and (_VALUE_VERB.search(text, max(0, n.start - 16), n.start)
                              or _TOLL_AFTER.match(text, n.end))):
        return None  # "one of the provinces", "which one" - a word alone is no figure
    found = _Found("count", n.start, n.end, n.value, "count", n.precision, qualifier, subject)
    if subject:
        found.subject_end = text.find(subject, n.end) + len(subject)
    return found


_RANGE_GAP: Final = re.compile(r"^\s*(?:-|–|—|to)\s*$")
_BETWEEN_GAP: Final = re.compile(r"^\s+and\s+$")
_BETWEEN_BEFORE: Final = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_SHARED_UNIT: Final = re.compile(r"\s*(?:%|percent|per\s+cent|percentage|times|fold)",
                                 re.IGNORECASE)
#: "by" before the first figure of "A to B": "rose by 12 to 98", "grew by a further 3 to 41"
_BY_BEFORE: Final = re.compile(r"\bby\s+(?:(?:a\s+further|another|some|about|around|nearly|"
                               r"almost|over|more\s+than|just)\s+)?$", re.IGNORECASE)


def _range_pairs(s: _Sentence, nums: list[numerals.Number]) -> dict[int, numerals.Number]:
    """Figures that open a range with the next one (``5-6 kg``, ``between 5 and 6``)."""
    pairs = {}
    for a, b in zip(nums, nums[1:], strict=False):
        gap = s.text[a.end: b.start]
        if a.words != b.words or b.value < a.value:
            continue
        if not a.scale and a.plain_integer and 1600 <= a.value <= 2099 and \
                len(a.digits) == 4 and (b.scale or b.value > 2099 or len(b.digits) != 4):
            continue  # "from 12,000 in 2000 to 15,000": a year, then an amount
        if _BY_BEFORE.search(s.text, max(0, a.start - 16), a.start) and \
                s.text[a.end: b.start].strip() == "to" and \
                not _SHARED_UNIT.match(s.text, b.end):
            # "rose by 12 to 98": an increment, then the total it reached ("by 5 to 6
            # percent" is a range of changes)
            continue
        is_range = _RANGE_GAP.match(gap) or (_BETWEEN_GAP.match(gap) and _BETWEEN_BEFORE.search(
            s.text, max(0, a.start - 10), a.start))
        if is_range and timeexpr.DURATION_UNIT.match(s.text, a.end) is None:
            pairs[a.start] = b
    return pairs


def _as_range(s: _Sentence, a: numerals.Number, f: _Found, b: numerals.Number) -> _Found:
    """Widen the claim of the range's second figure to start at the first."""
    factor = f.value / b.value if b.value else 1.0
    a_value = a.value
    if not a.scale and b.scale:  # "5 to 6 million" - the scale belongs to both
        a_value *= numerals.SCALES.get(b.scale.lower(), 1.0)
    f.start = a.start
    # "104-113°F": the first end lies as many degrees below the second as written
    f.low = f.value - (b.value - a_value) * f.scale if f.scale else a_value * factor
    f.high = f.value
    f.value = f.low
    f.stated = a_value
    f.role = "range"
    f.qualifier = s.qualifier_before(a.start)
    return f


def _numbers(s: _Sentence) -> None:
    if s.has_digit:
        if s.phone_like:
            for m in _PHONE.finditer(s.text):
                s.taken.add(m.start(), m.end())
        found = [n for m in numerals.DIGIT_NUMBER.finditer(
                     s.text, s.from_token(s.first_digit), s.until_token(s.last_digit, _SCALE_REACH))
                 if (n := numerals.parse_digits(m)) is not None and s.taken.free(n.start, n.end)]
    else:
        found = []
    words = [n for m in s.scan(numerals.WORD_NUMBER_LOW, numerals.WORD_NUMBER,
                               s.from_token(s.first_word, 3), s.until_token(s.last_word))
             for n in numerals.parse_words(m, s.text)] if s.has_words else []
    if words:
        digit_spans = SpanSet()
        for n in found:
            digit_spans.add(n.start, n.end)
        for w in words:
            if w and s.taken.free(w.start, w.end) and digit_spans.free(w.start, w.end) \
                    and not _in_name(s.text, w):
                found.append(w)
        found.sort(key=lambda n: n.start)
    found = [_signed(s, n) for n in found]
    if len(found) > 1:
        found = _compound(found, s.text)
    ranges = _range_pairs(s, found) if len(found) > 1 else {}
    skip: set[int] = set()
    for n in found:
        if n.start in skip or not s.taken.free(n.start, n.end):
            continue
        b = ranges.get(n.start)
        f = _classify(s, b) if b is not None else None
        if b is not None and f is not None and f.kind != "year":
            s.take(_as_range(s, n, f, b))
            skip.add(b.start)
            continue
        f = _classify(s, n)
        if f is not None:
            s.take(f)


_NAME_NEXT: Final = re.compile(r"[ \t]+[A-Z][a-z]")
_SENTENCE_OPEN: Final = re.compile(r"(?:^|[.!?:;\"“‘(\[]\s*)$")


def _in_name(text: str, w: numerals.Number) -> bool:
    """A capitalised number word inside a sentence followed by a capitalised word is part of a
    name ("the Three Gorges", "the Five Eyes"), not a figure."""
    return text[w.start].isupper() and not _SENTENCE_OPEN.search(text, 0, w.start) and \
        bool(_NAME_NEXT.match(text, w.end))


_COMPOUND_GAP: Final = re.compile(r"[ \t]+(?:and[ \t]+)?")


def _compound(nums: list[numerals.Number], text: str) -> list[numerals.Number]:
    """Join ``3 hundred and 21``, ``4 thousand 3 hundred`` into one figure."""
    out: list[numerals.Number] = []
    for n in nums:
        prev = out[-1] if out else None
        # (not with a decimal on either side, nor before a percentage: "Apple with 55.2
        # million and 20.5%" are a count and a share, not 55,200,020.5)
        if prev is not None and prev.scale.lower() in numerals.WORD_SCALES and \
                _COMPOUND_GAP.fullmatch(text, prev.end, n.start) and \
                0 < n.value < numerals.WORD_SCALES[prev.scale.lower()] and \
                "." not in prev.digits and "." not in n.digits and \
                not _PERCENT.match(text, n.end):
            # Built directly: dataclasses.replace is interpreted Python, dear from here.
            out[-1] = numerals.Number(prev.value + n.value, n.precision, prev.start, n.end,
                                      prev.digits, n.scale, False)
            continue
        out.append(n)
    return out


def _signed(s: _Sentence, n: numerals.Number) -> numerals.Number:
    """A figure with its sign: ``-504``, ``minus 1,200,000``. A dash with a space after it
    is no sign: a list dash, or a dash after a dateline ("ISLAMABAD - Eighty-eight")."""
    text = s.text
    before = text[max(0, n.start - 10): n.start]
    if "-" not in before:
        low = before.lower()
        if "minus" not in low and "negative" not in low:
            return n
    m = numerals.NEGATIVE_BEFORE.search(text, max(0, n.start - 10), n.start)
    if not m or (m.group(0).startswith("-") and " " in m.group(0)):
        return n
    if _PLUS_OR.search(text, max(0, m.start() - 10), m.start()):
        return n  # "plus or minus 3 points", "+/-3": a margin either way, not a negative
    return numerals.Number(-n.value, n.precision, m.start(), n.end, n.digits, n.scale, n.words)


_PLUS_OR: Final = re.compile(r"(?:\bplus\s*(?:or|/)\s*|\+\s*/\s*)$", re.IGNORECASE)


_SERIES_GAP: Final = re.compile(r"^(?:\s+[\w'-]+){0,6}\s+to\s+$")
_FROM_BEFORE: Final = re.compile(r"\bfrom\s+$", re.IGNORECASE)


#: what may stand between an amount and its conversion: "in its first three days"
_TIME_KINDS: Final = ("duration", "year", "year_range")


#: a unit an amount is a price of, right after it: "a litre", "per US gallon", "a share"
#: (not a time: "$5 million a year" restated as "4.6 million euros" is one flow)
_PER: Final = r"\s+(?:a|an|per|each)\s+(?:(?:US|U\.S\.|imperial)\s+)?"
_PER_UNIT: Final = re.compile(_PER + r"(?!(?:day|week|month|year|hour|quarter|decade|season)s?\b)"
                              r"(?P<u>[a-z]+)\b", re.IGNORECASE)


#: any unit or time an amount is per, opening the words after it
_PER_ANY: Final = re.compile("^" + _PER + r"[a-z]+(?:-[a-z]+)?\b(?=\s*[,(])", re.IGNORECASE)


def _per_alike(text: str, a: _Found, b: _Found) -> bool:
    """Whether ``b`` may restate ``a`` in another currency: not when ``b`` is a price of a
    unit ``a`` is not said to be of ("2.04 euros, or about $8.80 a US gallon" is a price per
    litre restated per gallon: no exchange rate can be read from it)."""
    pb = _PER_UNIT.match(text, b.end)
    if pb is None:
        return True
    pa = _PER_UNIT.match(text, a.end)
    return pa is not None and pa.group("u").lower() == pb.group("u").lower()


#: a place right after the second amount: "At $999, or €1,199 in Europe" is the price in
#: another market, not the same price converted (no exchange rate can be read from it)
_ELSEWHERE: Final = re.compile(
    r"\s+in\s+(?:the\s+)?(?!(?:" + "|".join(m.capitalize() for m in timeexpr.MONTH_FULL_NAMES)
    + r")\b)[A-Z][a-z]")


def _link(s: _Sentence) -> None:
    """Link conversions (``X yuan (Y US dollars)``) and enumerated parts of one statement."""
    if len(s.found) > 1:
        s.found = sorted(s.found, key=lambda f: f.start)
    found = s.found
    for i, a in enumerate(found[:-1]):
        j = i + 1
        if a.kind == "money" and found[j].kind in _TIME_KINDS and j + 1 < len(found):
            j += 1  # "735 million dollars in its first three days, or roughly 110 billion yen"
        b = found[j]
        gap = s.text[max(a.span_end, a.subject_end): b.start]
        if a.kind == b.kind == "money" and a.unit != b.unit and \
                _CONVERSION_GAP.match(_PER_ANY.sub("", gap, count=1)) and \
                _per_alike(s.text, a, b) and not _ELSEWHERE.match(s.text, b.end):
            # (the unit or the time the amount is per may come first: "2.04 euros a litre
            # (about $2.33)", "5 million euros a year (about $5.7 million)")
            a.linked.append(j)
            b.linked.append(i)
            b.qualifier = b.qualifier if b.qualifier != "exact" else a.qualifier
            end = b.end + (1 if s.text[b.end: b.end + 1] == ")" else 0)
            subject = subjects.money_subject(s.text, end, a.start)
            a.subject = b.subject = subject
            continue
        b = found[i + 1]
        gap = s.text[max(a.span_end, a.subject_end): b.start]
        if (a.kind == b.kind == "count" and a.subject and b.subject and _ENUM_GAP.match(gap)) \
                or (a.kind == b.kind == "percent" and _PERCENT_ENUM_GAP.match(
                    s.text[a.span_end: b.start])):
            a.linked.append(i + 1)
            b.linked.append(i)
            a.role = b.role = "part"
        elif a.kind == b.kind and a.kind in ("count", "money", "quantity", "percent") and \
                a.unit == b.unit and _FROM_BEFORE.search(s.text, max(0, a.start - 6), a.start) \
                and _SERIES_GAP.match(gap):
            # "increased from 622 at the beginning to 2,117 in the latest": first and last
            a.linked.append(i + 1)
            b.linked.append(i)
            a.role, b.role = "series_first", "series_last"
    for f in found:
        if f.kind == "money" and not f.subject:
            f.subject = subjects.money_subject(s.text, f.span_end, f.start)
    bare = [f for f in found if f.kind == "count" and not f.subject]
    # context_subject reads "number of ..." (any case): no such words, no search.
    if bare and "number of" in s.low:
        stated = subjects.context_subjects(s.text)
        for f in bare:
            f.subject = subjects.context_subject(stated, f.start)
    if bare and ":" in s.text:
        for f in bare:
            if not f.subject:
                f.subject = subjects.label_subject(s.text, f.start, f.end)


def _claims(doc_id: str, sent: Sentence, s: _Sentence) -> list[Claim]:
    if not s.found:
        return []
    base = sent.start
    ids = [f"{doc_id}:{base + f.start}-{base + f.end}" for f in s.found] \
        if any(f.linked for f in s.found) else []
    # Most sentences name no place: their tokens say so, and the search is skipped.
    places = subjects.PlaceFinder(s.lex, s.text) if s.place_word else None
    by_name = s.lex.qualifiers_by_name
    text, sentence = s.text, sent.text
    out = []
    for f in s.found:
        if f.low is not None and f.high is not None:
            low, high = f.low, f.high
        else:
            low, high = interval(f.value, f.precision, by_name.get(f.qualifier)
                                 if f.qualifier else None)
        # Every field in Claim's order (a test pins it): period fields are scope's to fill,
        # frame fields the frame stage's.
        out.append(_new_tuple(Claim, (
            doc_id, base + f.start, base + f.end, text[f.start: f.end], sentence, f.kind,
            float(f.value), f.unit, float(low), float(high), f.qualifier, float(f.precision),
            f.subject, places.nearest(f.start) if places is not None else "", "", None, None,
            False, f.direction, f.role,
            float(f.stated if f.stated is not None else f.value),
            tuple([ids[j] for j in f.linked]) if f.linked else (), base,
            "", "", "", "", "", "", "")))
    return out


# Bound once: Claim's own constructor is interpreted Python, which from compiled code costs
# more than the claim; tuple.__new__ builds the named tuple from its fields in one step.
_new_tuple: Final = tuple.__new__


def extract_sentence(doc_id: str, sent: Sentence, lex: Lexicon, *,
                     keep_bare: bool = False) -> list[Claim]:
    """Every claim in one sentence, with spans in document coordinates.

    ``keep_bare`` also keeps number words that count nothing named ("forty-two"), which a
    claim extractor drops but a number recogniser is scored on.
    """
    s = _Sentence(sent.text, lex, keep_bare)
    if not (s.has_digit or s.has_words or s.has_vulgar):
        return []
    _skip_urls(s)
    if s.has_digit and ("," in s.text or "." in s.text):
        _skip_foreign_numbers(s)
    if s.year_like:
        _year_ranges(s)
        _open_ranges(s)
    _fractions(s)
    if s.half_word:
        _half_shares(s)
    if " in " in s.text or " out of " in s.text:
        _one_in(s)
    _ordinals(s)
    if s.has_digit and s.has_prefix:
        _prefixed_money(s)
    _numbers(s)
    _link(s)
    return _claims(doc_id, sent, s)


def extract_document(doc: Document, lex: Lexicon, *, keep_bare: bool = False,
                     sentences: tuple[Sentence, ...] | None = None) -> list[Claim]:
    """Every claim in a document (``sentences``: the document's, when already split); a
    sentence repeated verbatim is read once."""
    out: list[Claim] = []
    for sent in doc.sentences if sentences is None else sentences:
        if sent.duplicate_of is None:
            out.extend(extract_sentence(doc.id, sent, lex, keep_bare=keep_bare))
    return out
