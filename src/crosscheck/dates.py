"""Publication dates a document states: its opening lines, its front matter, its file name.

News texts carry their date in a few conventional places, all in the header: a labelled line
(``Published: April 12, 2017``, ``China Daily | Updated: 2023-12-15 10:00``), a time-stamp
line (``13:36, July 10, 2023``, ``2004-03-22 08:56``), a byline or source line ending in a
date, an outlet-and-date parenthesis (``(Xinhua, March 3, 2012)``), a dateline opening the
body (``BEIJING, Sept 14 (Reuters) -``, whose year comes from elsewhere), or YAML front
matter (``date: 2021-03-11``). A date inside a body sentence is an event, not the
publication date, so only short header lines and those forms count.

The patterns find *where* a date is; ``dateutil`` (already a pandas dependency) turns the
found text into a date, so abbreviations (``Sept``, ``Apr.``), ordinals (``20th``) and
weekday prefixes need no hand-written table, and impossible dates are refused.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as _dateutil

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
#: one date expression, in the orders news pages print them
_DATE = re.compile(
    rf"(?<![\w-]){_WEEKDAY}(?:"
    rf"(?P<mdy>{_MONTH}\s*{_DAY},?\s+{_YEAR})|"
    rf"(?P<dmy>{_DAY}\s+{_MONTH},?\s+{_YEAR})|"
    rf"(?P<iso>{_YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01]))(?!\d)|"
    rf"(?P<mdash>{_MONTH}-{_DAY}-{_YEAR})|"
    rf"(?P<num>(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.]{_YEAR})"
    rf")(?!\d)", re.IGNORECASE)
#: :data:`_DATE` as a pattern to build others with
DATE_PATTERN = _DATE.pattern
_TIME = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?",
                   re.IGNORECASE)
_LABEL = re.compile(r"\b(?:posted|published|updated|last\s+updated|date|dated|released|"
                    r"issued|source|publication|first\s+published|compiled)\b\s*(?:on\s*)?[:|\-–—]?\s*$",
                    re.IGNORECASE)
_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){{0,3}})(?:,\s*[A-Z][A-Za-z.]+){{0,2}},\s+"
    rf"(?P<month>{_MONTH})\s*(?P<day>{_DAY})(?:,\s*(?P<year>{_YEAR}))?\s*"
    rf"(?:\([^)\n]{{1,40}}\)\s*)?(?:--|—|–|-|:)", re.IGNORECASE)
#: a body that opens with its date and a dash, no place before it ("SEPTEMBER 10 2025 --")
#: ("March 5, 2026 - The agency ..." too: a lone hyphen with a space each side is a dash)
_DATE_OPENING = re.compile(rf"^(?P<date>{_DATE.pattern})\s*(?:\([^)\n]{{1,40}}\)\s*)?"
                           rf"(?:--|—|–|(?<=\s)-(?=\s))", re.IGNORECASE)
#: a line that opens with its outlet and date in parentheses, the body after it on the same
#: line ("(Justice Watch, Feb. 21, 2026) The figures released ...")
_PAREN_OPENING = re.compile(rf"^\((?P<outlet>[^()\n]{{1,60}}?),\s*(?P<date>{_DATE.pattern})\)",
                            re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---\s*\n(?P<body>.*?)\n(?:---|\.\.\.)\s*(?:\n|\Z)", re.DOTALL)
_FM_DATE = re.compile(r"^(?:date|published|pubdate|publish_date)\s*:\s*['\"]?(?P<v>[^'\"\n]+)",
                      re.IGNORECASE | re.MULTILINE)
_NAME_DATE = re.compile(rf"(?<!\d)(?P<y>{_YEAR})[-_.]?(?P<m>0[1-9]|1[0-2])[-_.]?"
                        rf"(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
_NAME_YEAR = re.compile(rf"(?<![0-9A-Za-z])(?P<y>{_YEAR})(?![0-9A-Za-z])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*")

#: header lines read for a date: title, standfirst, byline, date line, first paragraph
HEAD_LINES = 8
#: the longest line taken whole for a date line (a body paragraph is not one)
_HEADER_LINE = 160
#: words a short header line may hold besides its date ("From the News Desk, ...")
_SHORT_LINE_WORDS = 6


@dataclass(frozen=True)
class StatedDate:
    """A publication date a document states, how precisely, and where it was read."""

    date: dt.date
    precision: str  # day | month | year
    origin: str  # text | front matter | file name


def parse_date(text: str, year_of_ambiguous: bool = False) -> dt.date | None:
    """The date a found date expression names, or None if it names none.

    ``20-04-2015`` is read day first; ``04-05-2015``, where either order is a date, is
    ambiguous and read as nothing, or as January 1 of its year with ``year_of_ambiguous``
    (the year is certain where the day is not).
    """
    m = _DATE.search(text)
    if not m:
        return None
    found = m.group(m.lastgroup or 0)
    if m.lastgroup == "num":
        first, second = (int(x) for x in re.split(r"[-/.]", found)[:2])
        if first <= 12 and second <= 12 and first != second:
            return dt.date(int(found[-4:]), 1, 1) if year_of_ambiguous else None
        dayfirst = first > 12
    else:
        dayfirst = m.lastgroup == "dmy"
    if m.lastgroup in ("mdy", "dmy", "iso"):
        # the forms news prints, read directly: dateutil costs a tenth of a millisecond a
        # date, which an archive of 100,000 texts pays twice each on every run
        return _plain_date(found, m.lastgroup)
    try:
        return _dateutil.parse(found, dayfirst=dayfirst, default=dt.datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


_MONTH_NUMBER = {name: i for i, name in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_NUMBERS = re.compile(r"\d+")
_MONTH_WORD = re.compile(r"[a-z]{3}")


def day_named(expression: str) -> dt.date | None:
    """The day a whole date expression names ("May 28, 2024", "2024-05-28"); None for a
    year or a month alone, or for text that is not one date."""
    return parse_date(expression) if _DATE.fullmatch(expression.strip()) else None


def _plain_date(found: str, form: str) -> dt.date | None:
    """A date written "March 3, 2025", "3 March 2025" or "2025-03-03"."""
    nums = [int(x) for x in _NUMBERS.findall(found)]
    word = _MONTH_WORD.search(found.lower())
    try:
        if form == "iso":
            return dt.date(nums[0], nums[1], nums[2])
        if word is None or len(nums) != 2:
            return None
        return dt.date(nums[1], _MONTH_NUMBER[word.group(0)], nums[0])
    except (ValueError, KeyError, IndexError):
        return None


def date_from_text(text: str, year_hint: int | None = None) -> StatedDate | None:
    """The publication date the text's front matter or header states, if any.

    ``year_hint`` completes a dateline that gives only month and day (``YICHANG,
    September 4 --``); without one such a dateline is not used.
    """
    fm = _FRONT_MATTER.match(text)
    if fm:
        v = _FM_DATE.search(fm.group("body"))
        if v:
            d = parse_date(v.group("v"))
            if d:
                return StatedDate(d, "day", "front matter")
        text = text[fm.end():]
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:HEAD_LINES]
    for i, line in enumerate(lines):
        d = _header_date(line, title=i == 0)
        if d:
            return StatedDate(d, "day", "text")
        # a headline is no parenthesis: the first line may open with the outlet and date
        if (opening := _PAREN_OPENING.match(line)) and (d := parse_date(opening["date"])):
            return StatedDate(d, "day", "text")
    # "Posted 04/12/2026": day and month may be read either way, the year only one (and a
    # dateline's month and day complete it)
    loose = next((d for i, line in enumerate(lines)
                  if (d := _header_date(line, title=i == 0, year_of_ambiguous=True))), None)
    if year_hint is None and loose is not None:
        year_hint = loose.year
    # a body may open the file, with no headline above its dateline: a headline has no
    # "CITY, Month Day --" before its words, so the first line is read as well
    for line in lines:
        m = _DATELINE.match(line)
        if not m:
            if (opening := _DATE_OPENING.match(line)) and (d := parse_date(opening["date"])):
                return StatedDate(d, "day", "text")
            continue
        year = int(m.group("year")) if m.group("year") else year_hint
        if year is None:
            continue
        d = parse_date(f"{m.group('month')} {m.group('day')}, {year}")
        if d:
            return StatedDate(d, "day", "text")
    return StatedDate(loose, "year", "text") if loose is not None else None


def yearless_dateline(text: str) -> tuple[int, int] | None:
    """The month and day of a dateline that gives no year (``LUSAKA, Oct. 8 (Wire) --``),
    when the text states no date of its own."""
    if date_from_text(text) is not None or _FRONT_MATTER.match(text):
        return None
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:HEAD_LINES]
    for line in lines:
        m = _DATELINE.match(line)
        if m and not m.group("year"):
            # 2000 is a leap year: "Feb. 29" is a day of some year
            d = parse_date(f"{m.group('month')} {m.group('day')}, 2000")
            return (d.month, d.day) if d else None
    return None


def year_of_neighbours(month: int, day: int, stated: list[dt.date]) -> int | None:
    """The year a yearless dateline's day falls in, taken from the stated dates of the texts
    gathered with it: the year that puts the day within half a year of each of them. None
    when they disagree (a folder that spans years) or there are none."""
    years = set()
    for s in stated:
        best = min((s.year - 1, s.year, s.year + 1),
                   key=lambda y: abs((_day_of(y, month, day) - s).days))
        years.add(best)
    return years.pop() if len(years) == 1 else None


def _day_of(year: int, month: int, day: int) -> dt.date:
    # Feb. 29 of a common year is read as Feb. 28: near enough to choose a year by
    return dt.date(year, month, min(day, 28) if month == 2 else day)


def dateline_end(sentence: str) -> int:
    """Where a dateline that opens ``sentence`` ends ("HARLOW, May 18, 2024 (Wire) --"), or
    0: the words after it are the sentence's own."""
    m = _DATELINE.match(sentence) or _DATE_OPENING.match(sentence) or \
        _PAREN_OPENING.match(sentence)
    return m.end() if m else 0


def header_spans(text: str) -> list[tuple[int, int]]:
    """Where the text states its own date: the header lines that are date lines and the
    dateline opening the body (``LUSHAN, April 22, 2013 (Agency) --``), as character spans.
    A figure there is the article's date, not a claim, and no figure of the sentence it
    opens happened in its year."""
    spans = []
    offset, seen = 0, 0
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        if line:
            start = offset + raw.index(line[0])
            if m := _DATELINE.match(line) or _DATE_OPENING.match(line) or \
                    _PAREN_OPENING.match(line):
                spans.append((start, start + m.end()))
            elif len(line) <= _HEADER_LINE and _header_date(line, title=seen == 0):
                spans.append((start, start + len(line)))
            seen += 1
            if seen >= HEAD_LINES:
                break
        offset += len(raw)
    return spans


def _header_date(line: str, title: bool, year_of_ambiguous: bool = False) -> dt.date | None:
    """The date of a header line that is a date line: labelled, a time stamp, a byline or
    source line ending in its date, an outlet-and-date parenthesis. None for a sentence.
    ``year_of_ambiguous``: see :func:`parse_date`."""
    for m in _DATE.finditer(line):
        before = line[:m.start()]
        if _LABEL.search(before.rstrip(" :|,-–—(")):
            return parse_date(m.group(0), year_of_ambiguous)
        if title and _WORD.search(_TIME.sub(" ", line[:m.start()] + " " + line[m.end():])):
            continue  # a headline's date is the event's ("Fire of April 15, 2019")
        if line.startswith("(") and line.find(")", m.end()) >= 0 and len(line) < 80:
            return parse_date(m.group(0), year_of_ambiguous)  # "(Xinhua, March 3, 2012)"
        rest = _TIME.sub(" ", line[:m.start()] + " " + line[m.end():])
        words = _WORD.findall(rest)
        if len(words) <= _SHORT_LINE_WORDS and not rest.rstrip().endswith("."):
            return parse_date(m.group(0), year_of_ambiguous)
    return None


def date_from_name(name: str) -> StatedDate | None:
    """A date in a file name: ``2013-04-22``/``20130422`` (day), else one year (``2019``).

    Two different years in one name say nothing about which is the publication's.
    """
    stem = name.rsplit(".", 1)[0]
    for m in _NAME_DATE.finditer(stem):
        try:
            return StatedDate(dt.date(int(m["y"]), int(m["m"]), int(m["d"])), "day",
                              "file name")
        except ValueError:
            continue
    years = {int(m["y"]) for m in _NAME_YEAR.finditer(stem)}
    if len(years) == 1:
        return StatedDate(dt.date(years.pop(), 1, 1), "year", "file name")
    return None
