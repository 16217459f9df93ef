"""Numbers as written: digits with separators and decimals, scale words, number words.

Every pattern here is built so the regex engine cannot backtrack catastrophically:
alternatives start with distinct characters, repetitions are separated by fixed
delimiters, and a match may not start inside a run of digits.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Final

from .fastre import first_char_alternation

SCALES: Final = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "K": 1e3, "M": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
    "Bn": 1e9, "BN": 1e9, "B": 1e9,
    "万": 1e4, "亿": 1e8, "lakh": 1e5, "lakhs": 1e5, "lkh": 1e5, "crore": 1e7, "crores": 1e7,
    # "Rs 1.5 lakh crore" is 1.5 trillion rupees
    "lakh crore": 1e12, "lakh crores": 1e12, "lakh-crore": 1e12,
    "hundred": 1e2, "dozen": 12, "dozens": 12, "dzs": 12, "dozs": 12, "doz": 12, "bln": 1e9,
    "tln": 1e12, "mil": 1e6,
}
# Short scale letters only count after a currency ($3m, €2bn): "5 m" alone is five metres.
_SHORT: Final = {"k", "m", "b", "K", "M", "B"}

UNITS_WORDS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "nought": 0,
}
TENS_WORDS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
WORD_SCALES: Final = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
                      "trillion": 1e12}
_ALL_WORDS: Final = {**UNITS_WORDS, **TENS_WORDS, **WORD_SCALES, "dozen": 12, "dozens": 12, "a": 1,
                     "and": 0}

ORDINAL_WORDS: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}

# Thousands grouped by commas, or by (narrow) no-break or plain spaces ("40 000").
_DIGITS: Final = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"
                  r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])|\d+(?:\.\d+)?|\.\d+)")
# Scientific notation after the digits: "1.3e6", "6.23x10^-4".
_EXPONENT: Final = r"(?P<exp>[eE][+-]?\d{1,3}|[x×]10\^[+-]?\d{1,3})"
SCALE_ALT: Final = "|".join(sorted((re.escape(s) for s in SCALES), key=len, reverse=True))
_PLAIN_SCALE_ALT: Final = "|".join(
    sorted((re.escape(s) for s in SCALES if s not in _SHORT), key=len, reverse=True))
# A figure in digits with an optional scale word. The look-behind keeps a match from
# starting inside a longer token (a digit run, a decimal, a word like "B737").
# The same alternatives as _DIGITS behind one opening character set, so the regex engine
# skips from digit to digit instead of trying the pattern at every position (see
# :mod:`.fastre`); each branch then checks which character it was, and the look-behinds
# test what precedes it.
_NOT_INSIDE: Final = r"(?<![\w.,/:]{c})(?<![A-Za-z]-{c})(?<!\d-\d{c})"
_DIGITS_FIRST: Final = (
    r"[\d.](?:(?<=\d)" + _NOT_INSIDE.format(c=r"\d") + r"(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])|\d*(?:\.\d+)?)"
    r"|(?<=\.)" + _NOT_INSIDE.format(c=r"\.") + r"\d+)")
DIGIT_NUMBER: Final = re.compile(
    rf"(?P<num>{_DIGITS_FIRST}){_EXPONENT}?(?![\d])"
    # "a 200-million-euro pledge": a scale word joined by a hyphen is the figure's scale
    rf"(?:(?:[ \u00a0]|-(?=[a-z]{{4}}))?(?P<scale>{_PLAIN_SCALE_ALT})(?![A-Za-z])"
    rf"|(?P<glued>[kKMbB])(?![\w]))?"
)

_WORD: Final = "|".join(sorted(
    (w for w in _ALL_WORDS if w not in {"a", "and"}), key=len, reverse=True))
ONE_WORD: Final = rf"(?:{_WORD}|(?:{'|'.join(TENS_WORDS)})-(?:{'|'.join(list(UNITS_WORDS)[1:10])}))"
# Patterns that start with a word begin with a character-class look-ahead: it lets the
# regex engine skip quickly to letters instead of trying the whole alternation everywhere.
_W: Final = r"(?=[A-Za-z])(?<![A-Za-z0-9_])"
WORD_NUMBER: Final = re.compile(
    rf"{_W}(?:an?[ ](?=(?:dozen|hundred|thousand|million|billion)\b))?"
    rf"{ONE_WORD}(?:(?:[ \t]*[\-–—][ \t]*|[ \t]+and[ \t]+|[ \t]+)(?:{ONE_WORD}))*\b",
    re.IGNORECASE,
)
# The same grammar for the lower-cased text, without IGNORECASE and with a literal first
# character, which the regex engine scans several times faster (see :mod:`.fastre`).
_TENS_UNITS: Final = f"(?:{'|'.join(TENS_WORDS)})-(?:{'|'.join(list(UNITS_WORDS)[1:10])})"
_ONE_WORD_FIRST: Final = first_char_alternation(
    sorted((w for w in _ALL_WORDS if w not in {"a", "and"}), key=len, reverse=True),
    tails={c: ["(?:" + "|".join(w[1:] for w in TENS_WORDS if w[0] == c) + ")-(?:"
               + "|".join(list(UNITS_WORDS)[1:10]) + ")"] for c in {w[0] for w in TENS_WORDS}})
WORD_NUMBER_LOW: Final = re.compile(
    rf"(?<![a-z0-9_])(?:an?[ ](?=(?:dozen|hundred|thousand|million|billion)\b){ONE_WORD}"
    rf"|{_ONE_WORD_FIRST})"
    rf"(?:(?:[ \t]*[\-–—][ \t]*|[ \t]+and[ \t]+|[ \t]+)(?:{ONE_WORD}))*\b"
)
FRACTION_WORDS: Final = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
#: "two thirds", "a half", "three quarters" (not "the third": that is an ordinal)
_SINGULAR: Final = [w for w in FRACTION_WORDS if not w.endswith("s")]
_PLURAL: Final = [w for w in FRACTION_WORDS if w.endswith("s")]
WORD_FRACTION: Final = re.compile(
    rf"{_W}(?:(?P<num1>an?|one)[ \-]+(?P<den1>{'|'.join(_SINGULAR)})"
    rf"|(?P<num>{'|'.join(list(UNITS_WORDS)[2:] + list(TENS_WORDS))})[ \-]+"
    rf"(?P<den>{'|'.join(_PLURAL)}))\b",
    re.IGNORECASE,
)
#: "half a million", "a quarter million", "half a dozen"
HALF_SCALE: Final = re.compile(
    _W + r"(?:(?P<num1>a|one)[ \t]+)?(?P<den1>half|quarter)[ \t]+(?:an?[ \t]+)?"
    r"(?P<scale>dozen|hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)
#: twins of the case-blind patterns above, for the lower-cased text (twice as fast to scan)
WORD_FRACTION_LOW: Final = re.compile(
    rf"(?<![A-Za-z0-9_])(?:(?P<num1>an?|one)[ \-]+(?P<den1>{first_char_alternation(_SINGULAR)})"
    rf"|(?P<num>{first_char_alternation(list(UNITS_WORDS)[2:] + list(TENS_WORDS))})[ \-]+"
    rf"(?P<den>{first_char_alternation(_PLURAL)}))\b")  # words grouped by first letter
HALF_SCALE_LOW: Final = re.compile(HALF_SCALE.pattern)
#: "3/4", "2 1/4" (a proper fraction; "24/7" and dates like "3/4/2019" are not)
DIGIT_FRACTION: Final = re.compile(
    r"(?<![\w/.,])(?:(?P<whole>\d{1,3})[ \u00a0]+)?(?P<num>\d{1,3})/(?P<den>\d{1,3})(?![\w/])")
VULGAR: Final = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
                 "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
                 "⅞": 7 / 8}
#: "½", "2¾"
VULGAR_FRACTION: Final = re.compile(
    rf"(?<![\w.])(?P<whole>\d{{1,6}})?(?P<frac>[{''.join(VULGAR)}])")
NEGATIVE_BEFORE: Final = re.compile(r"(?:(?<![\w\-])-[ ]?|\b(?:minus|negative)[ ]+)$",
                                    re.IGNORECASE)
ORDINAL: Final = re.compile(
    rf"(?=[A-Za-z0-9])(?<![A-Za-z0-9_])(?:(?P<num>\d{{1,4}})(?P<suf>st|nd|rd|th)|"
    rf"(?:(?P<tens>{'|'.join(TENS_WORDS)})[ \t]*[\-–—]?[ \t]*)?"
    rf"(?P<word>{'|'.join(sorted(ORDINAL_WORDS, key=len, reverse=True))}))\b",
    re.IGNORECASE,
)
# The same grammar for the lower-cased text: every branch starts with a letter or digit, so
# the look-ahead of ORDINAL is not needed, and the words grouped by first letter leave the
# engine fewer alternatives to try at each position (see :mod:`.fastre`).
ORDINAL_LOW: Final = re.compile(
    rf"(?<![A-Za-z0-9_])(?:(?P<num>\d{{1,4}})(?P<suf>st|nd|rd|th)|"
    rf"(?:(?P<tens>{first_char_alternation(TENS_WORDS)})[ \t]*[\-–—]?[ \t]*)?"
    rf"(?P<word>{first_char_alternation(sorted(ORDINAL_WORDS, key=len, reverse=True))}))\b")


@dataclass(slots=True, init=False)
class Number:
    """A parsed figure: its value, the half-width its digits imply, and how it was written.

    Not frozen: a frozen dataclass pays a setattr call per field, and every figure in the
    text becomes one of these. Treat it as a value: a change builds a new one.
    """

    value: float
    precision: float
    start: int
    end: int
    digits: str  # the numeral as written (without scale)
    scale: str
    words: bool

    # Written out rather than generated: mypyc compiles a written __init__ to C, while the
    # one dataclasses generates stays interpreted (see hatch_build.py).
    def __init__(self, value: float, precision: float, start: int, end: int, digits: str,
                 scale: str = "", words: bool = False) -> None:
        self.value = value
        self.precision = precision
        self.start = start
        self.end = end
        self.digits = digits
        self.scale = scale
        self.words = words

    @property
    def plain_integer(self) -> bool:
        """Written as bare digits with no separator, decimal or scale (a year candidate)."""
        return not self.words and not self.scale and self.digits.isascii() and \
            self.digits.isdigit()


_SEPARATORS: Final = re.compile(r"[,\s\u00a0\u202f\u2009]")


def _plain_digits(digits: str) -> str:
    # Commas are by far the common separator; the regex is only for the rare spaced forms.
    plain = digits.replace(",", "")
    return plain if plain.replace(".", "", 1).isdigit() else _SEPARATORS.sub("", plain)


def _precision(plain: str, multiplier: float) -> float:
    """Half the unit of the last significant digit of ``plain`` (digits, no separators):
    ``1.2`` billion -> 0.05e9, ``12,000`` -> 500.

    Trailing zeros of an integer are ambiguous; crosscheck reads at least two significant
    figures into them (``10,000`` -> +-500, ``10`` -> exact), and a bare integer with a scale
    word is good to half a unit of that scale (``8 billion`` -> +-0.5 billion).
    """
    if "." in plain:
        decimals = len(plain) - plain.index(".") - 1
        return 0.5 * 10.0 ** -decimals * multiplier
    if plain[-1] != "0":  # the common case: nothing to strip
        return 0.5 * multiplier if multiplier > 1 else 0.0
    plain = plain.lstrip("0") or "0"
    stripped = plain.rstrip("0")
    zeros = min(len(plain) - len(stripped), max(0, len(plain) - 2))
    if zeros > 0:
        return 0.5 * 10.0 ** zeros * multiplier
    return 0.5 * multiplier if multiplier > 1 else 0.0


MAX_DIGITS: Final = 30  # a longer run of digits is an identifier or noise, not a quantity


#: Trigger words after which an ordinal may follow: an ordinal word, or the tens word of
#: "twenty-fifth"/"twentyfifth" (the trigger reads the longest word at a word start).
ORDINAL_TRIGGERS: Final = frozenset(ORDINAL_WORDS) | frozenset(TENS_WORDS)
#: every number word a word grammar may start from (the extractor's per-sentence trigger
#: scan looks for these on the lower-cased text before it runs any word grammar)
TRIGGER_WORDS: Final = frozenset({*UNITS_WORDS, *TENS_WORDS, *WORD_SCALES, "dozen", "half",
                                  "quarter", *ORDINAL_WORDS, *FRACTION_WORDS})


def scaled_digits(digits: str, scale: str = "", exp: str | None = None) -> tuple[float, float]:
    """Value and implied half-width of digits as written, with a scale word (``1.2``,
    ``billion``) or exponent (``e6``): any separator style, as :data:`DIGIT_NUMBER` reads it."""
    mult = SCALES.get(scale.lower(), SCALES.get(scale, 1.0)) if scale else 1.0
    if exp:
        mult *= 10.0 ** int(exp.lstrip("eEx×").replace("10^", ""))
    plain = _plain_digits(digits)
    power = round(math.log10(mult)) if mult > 1 else 0
    if power and 10.0 ** power == mult:
        # "8.2 billion" is 8.2e9 exactly as the text writes it, where 8.2 * 1e9 is
        # 8199999999.999999: two texts' 8.2 billion and 8,200 million are one value
        return float(f"{plain}e{power}"), _precision(plain, mult)
    return float(plain) * mult, _precision(plain, mult)


def parse_digits(m: re.Match) -> Number | None:
    """A Number from a :data:`DIGIT_NUMBER` match; None for an implausibly long digit run."""
    # All four groups in one call, by position (a test pins DIGIT_NUMBER's group order).
    digits, exp, scale, glued = m.groups()
    if len(digits) > MAX_DIGITS:
        return None
    scale = scale or glued or ""
    value, precision = scaled_digits(digits, scale, exp)
    start, end = m.span()
    return Number(value, precision, start, end, digits, scale)


def words_value(text: str) -> float | None:
    """Value of a run of number words (``two hundred and fifty``, ``a dozen``); None if not one."""
    total = 0.0
    current = 0.0
    seen = False
    # split on white space and hyphens; str.split and the regex \s agree on white space
    for tok in text.lower().replace("-", " ").split():
        if tok in ("and", ""):
            continue
        if tok in ("a", "an"):
            current = max(current, 1.0)
            continue
        if tok in UNITS_WORDS:
            current += UNITS_WORDS[tok]
        elif tok in TENS_WORDS:
            current += TENS_WORDS[tok]
        elif tok in ("dozen", "dozens"):
            if tok == "dozens" and not current:
                return None  # "dozens of workers": some dozens, no figure (as "hundreds of")
            current = (current or 1) * 12
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in WORD_SCALES:
            total += (current or 1) * WORD_SCALES[tok]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


_WORD_TOKEN: Final = re.compile(r"[A-Za-z]+")


def _continues(kind: str, last: str, current: float, value: float) -> bool:
    """Whether a number word of ``kind`` may follow ``last`` in one cardinal: "twenty one",
    "three hundred and five", "two million three thousand"; not "two three", "three
    twenty", or "five and six" (two numbers)."""
    if kind == "and":
        return last in ("hundred", "scale")
    if kind in ("unit", "teen"):
        return last in ("", "a", "hundred", "scale", "and") or (
            last == "tens" and kind == "unit" and value > 0)
    if kind == "tens":
        return last in ("", "a", "hundred", "scale", "and")
    if kind == "hundred":
        return last in ("", "a") or (last in ("unit", "teen") and current < 100)
    return last not in ("", "and")  # a scale or a dozen closes what came before it


def _kind(tok: str) -> str:
    if tok in ("a", "an"):
        return "a"
    if tok in UNITS_WORDS:
        return "unit" if UNITS_WORDS[tok] < 10 else "teen"
    if tok in TENS_WORDS:
        return "tens"
    if tok == "hundred":
        return "hundred"
    if tok in ("dozen", "dozens"):
        return "dozen"
    if tok == "and":
        return "and"
    return "scale" if tok in WORD_SCALES else ""


def word_runs(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` (a run of number words) that are each one cardinal: "five and
    six" is two numbers, "three hundred and five" one."""
    runs: list[tuple[int, int]] = []
    start = end = -1
    last, current = "", 0.0
    for m in _WORD_TOKEN.finditer(text):
        tok = m.group(0).lower()
        kind = _kind(tok)
        value = UNITS_WORDS.get(tok, 0)
        if start >= 0 and kind != "a" and _continues(kind, last, current, value):
            if kind != "and":
                end = m.end()
        else:
            if start >= 0:
                runs.append((start, end))
            if kind in ("and", ""):
                start, last, current = -1, "", 0.0
                continue
            start, end, current = m.start(), m.end(), 0.0
            last = ""
        last = kind
        current = (current + value + TENS_WORDS.get(tok, 0)) if kind in (
            "unit", "teen", "tens") else current * 100 if kind == "hundred" else 0.0
    if start >= 0:
        runs.append((start, end))
    return runs


def parse_words(m: re.Match, source: str) -> list[Number]:
    """The Numbers of a :data:`WORD_NUMBER` match on ``source`` or on its lower-cased twin:
    one per cardinal in it ("between five and six" holds two)."""
    out = []
    for a, b in word_runs(m.group(0)):
        value = words_value(m.group(0)[a:b])
        if value is not None:
            lo, hi = m.start() + a, m.start() + b
            out.append(Number(value, 0.0, lo, hi, source[lo:hi], words=True))
    return out


def ordinal_value(m: re.Match) -> int:
    """The integer an :data:`ORDINAL` match names."""
    if m.group("num"):
        return int(m.group("num"))
    tens = TENS_WORDS.get((m.group("tens") or "").lower(), 0)
    return tens + ORDINAL_WORDS[m.group("word").lower()]


def group_or_none(m: re.Match, name: str) -> str | None:
    """Group ``name`` of ``m``, None when its pattern has no such group (``groupdict().get``
    without building the dict of every group)."""
    return m.group(name) if name in m.re.groupindex else None


def fraction_value(m: re.Match) -> float | None:
    """Value of a :data:`WORD_FRACTION` or :data:`DIGIT_FRACTION` match."""
    groups = m.re.groupindex
    if "frac" in groups:
        return int(m.group("whole") or 0) + VULGAR[m.group("frac")]
    if "scale" in groups:
        part = 0.5 if m.group("den1").lower() == "half" else 0.25
        return part * WORD_SCALES.get(m.group("scale").lower(), 12)
    num, den = m.group("num"), m.group("den")
    if num1 := group_or_none(m, "num1"):
        num, den = num1, m.group("den1")
    if num.isdigit():
        n, d = int(num), int(den)
        if d == 0 or n >= d:
            return None
        return int(m.group("whole") or 0) + n / d
    w = 1.0 if num.lower() in ("a", "an") else words_value(num)
    return None if w is None else w / FRACTION_WORDS[den.lower()]
