"""``monotonic``: a running total (sent so far, invested so far, the death toll) never falls
as its as-of date advances. Growth is not a conflict.

Only figures whose frames say they are running totals (``aggregation: cumulative``) of the
same measure, status and actor, each with a stated instant (an as-of date or the end of a
stated period), are put in order; an instant known only to the year is not ordered against
another in the same year.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..claims import Claim
from ..extract.timeexpr import MONTH_FULL_NAMES
from ..findings import Finding
from ..frame import WEEKDAYS, apart, load_vocabulary, named_day, same_incident
from .agreement import representatives
from .base import Check, Context, Outcome, Param, doc_label, fmt, quote
from .local import REVISION_WORDS, alternation, as_written, own_words, written_span
from .topics import same_topic

#: between an increment and its total: "by 9 overnight to 193", "by 12, to 205"
_INC_GAP = re.compile(r"^[\s,]*(?:[A-Za-z]+\s+){0,4}to\s+$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:a\s+further\s+|another\s+)?$", re.IGNORECASE)
_SINCE_DAY = re.compile(rf"\b(?:since|from)\s+(?:last\s+)?(?:{'|'.join(WEEKDAYS)})\b",
                        re.IGNORECASE)
#: between a total and the increment stated after it: "reached 27,150, up by more than"
_INC_AFTER_GAP = re.compile(r"^\s*,\s*(?:[A-Za-z]+\s+){1,5}$")
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: the span an increment counts over, right after it, in days or weeks (months are too
#: loose to name a day): "in two weeks", "over the past 10 days", "from a week earlier"
_SPAN_AFTER = re.compile(
    r"\s+(?:(?:in|over|during)\s+(?:the\s+(?:past|last)\s+)?(?:(?P<n>\d{1,3}|"
    + "|".join(_SMALL) + r")\s+)?(?P<unit>days?|weeks?)|from\s+(?P<n2>\d{1,3}|"
    + "|".join(_SMALL) + r")\s+(?P<unit2>days?|weeks?)\s+(?:earlier|before|ago))\b",
    re.IGNORECASE)


def _span_days(m: re.Match) -> int:
    """The days of a span :data:`_SPAN_AFTER` matched ("two weeks": 14)."""
    n = (m.group("n") or m.group("n2") or "1").lower()
    unit = (m.group("unit") or m.group("unit2")).lower()
    count = int(n) if n.isdigit() else _SMALL[n]
    return count * (7 if unit.startswith("week") else 1)


#: (year, month, day, minute of the day + 1), zeros where unknown
Instant = tuple[int, int, int, int]


def instant(c: Claim) -> Instant | None:
    """When a running total was stated as reached: (year, month, day, minute of the day + 1,
    for an update of a live report stamped "21:40"), zeros where the text gives less; None
    when the frame has no instant."""
    if c.aggregation != "cumulative":
        return None
    if c.time_scope == "as_of":
        day, _, hour = c.time.partition("T")
        parts = day.split("-")
        try:
            nums = [int(p) for p in parts[:3]]
            minute = int(hour[:2]) * 60 + int(hour[3:5]) + 1 if hour else 0
        except ValueError:
            return None
        return tuple(nums + [0] * (3 - len(nums)) + [minute])  # type: ignore[return-value]
    if c.time_scope == "period" and c.period_end is not None:
        return (c.period_end, 0, 0, 0)
    return None


def same_start(a: Claim, b: Claim, since_a: str, since_b: str) -> bool:
    """Whether two running totals count from the same start: a total over a stated period
    ("1.5 million since 2016") counts from that period's start, a total as of a date from
    wherever the programme began; the two are not one series. Nor are two counted since two
    months ("4,860 infected since October", "2,900 since March"): two outbreaks.
    ``since_a``/``since_b`` are the figures' :func:`since_month`, read once per figure by the
    caller (it asks of every pair)."""
    if a.time_scope == "period" or b.time_scope == "period":
        return a.time_scope == b.time_scope and a.period_start == b.period_start
    return not (since_a and since_b and since_a != since_b)


#: "since October", "since early March": the month a running total counts from
_SINCE_MONTH = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?P<month>" +
                          "|".join(m.capitalize() for m in MONTH_FULL_NAMES) + r")\b")


def since_month(c: Claim) -> str:
    """The month a figure's own words (up to the figures on either side) say it counts
    from, or ""."""
    m = _SINCE_MONTH.search(own_words(c))
    return m.group("month") if m else ""


def _ahead(ctx: Context, c: Claim, t: Instant) -> bool:
    """Whether a planned figure's instant is a year after the one its text states it was
    written in: a goal, not a total (a year inferred from the text is only a lower bound)."""
    if c.status != "planned" or c.doc not in ctx.documents:
        return False
    year, inferred = ctx.doc_year(c.doc)
    return year is not None and not inferred and t[0] > year


def before(t1: Instant, t2: Instant) -> bool:
    """Whether ``t1`` is surely earlier than ``t2`` (a part left unknown is not compared)."""
    for a, b in zip(t1, t2, strict=True):
        if a == 0 or b == 0:
            return False
        if a != b:
            return a < b
    return False


class MonotonicCheck(Check):
    name = "monotonic"
    description = "Running totals do not fall as their as-of dates advance."
    PARAMS = {
        "tolerance": Param("percent", 0.0, "fall allowed, beyond the figures' intervals"),
        "day_before_words": Param("string_list", [
            "overnight", "from the previous day", "since the previous day", "since yesterday",
            "from yesterday", "from a day earlier", "in the past 24 hours",
            "over the past 24 hours", "in 24 hours", "from the day before"],
            "words that make a stated increment count from the day before its total"),
        "revision_words": Param("string_list", REVISION_WORDS,
            "words in a later figure's sentence that say the earlier figure was taken back: "
            "the fall is then noted (info), not warned"),
        "min_ratio": Param("percent", 0.5, "a later total below this share of an earlier "
                           "one is taken to be another quantity, not the total fallen"),
        "toll_measures": Param("string_list", ["killed", "injured", "missing", "infected"],
                               "measures of one event's toll"),
        "toll_span_days": Param("integer", 366, "tolls of an epidemic, a drought or another "
                                "lasting incident (lasting_incidents) stated further apart "
                                "than this are taken to be of two events"),
        "lasting_incidents": Param("string_list", [
            "cholera", "measles", "ebola", "dengue", "covid", "mpox", "malaria", "influenza",
            "typhoid", "diphtheria", "polio", "marburg", "drought", "homicide"],
            "incidents (frames.yaml) whose toll runs for a year: an epidemic's, a drought's"),
        "event_toll_span_days": Param(
            "integer", 120, "tolls of any other named incident (a storm, a quake, a fire) "
            "stated further apart than this are of two events: a disaster's toll settles "
            "within months"),
        "unnamed_toll_span_days": Param(
            "integer", 60, "... and tolls of which one text does not name the incident ('93 "
            "deaths have been confirmed so far this year'), further apart than this"),
        "growing_tolls": Param("string_list", ["killed", "injured", "infected"],
                               "tolls that never fall: two of one incident that state no "
                               "time are compared by their texts' dates"),
        "undated_span_days": Param("integer", 14, "two tolls that state no time, told further "
                                   "apart than this, are not compared"),
        "undated_min_ratio": Param("percent", 0.5, "a figure with no stated time below this "
                                   "share of a running total is taken to be another "
                                   "quantity, not the total fallen"),
    }
    OUTCOMES = {
        "decrease": Outcome("{subject} ({place}) falls from {earlier} to {later}",
                            ("subject", "place", "earlier", "later")),
        "decrease_undated": Outcome(
            "{subject} ({place}) may have fallen from {earlier} to {later}: {undated} states "
            "no time and is read as of its text's date",
            ("subject", "place", "earlier", "later", "undated")),
        "decrease_undated_both": Outcome(
            "{subject} ({place}) may have fallen from {earlier} to {later}: neither states a "
            "time, and each is read as of its text's date", ("subject", "place", "earlier",
                                                             "later")),
        "decrease_revised": Outcome(
            "{subject} ({place}) falls from {earlier} to {later}, a revision its text states",
            ("subject", "place", "earlier", "later")),
        "rising": Outcome("{subject} ({place}) never falls beyond its rounding: {series}",
                          ("subject", "place", "series")),
        "increment_mismatch": Outcome(
            "{subject} ({place}): {later} after a rise of {increment} means {expected} on "
            "the day it counts from, but {earlier} was reported",
            ("subject", "place", "later", "increment", "expected", "earlier")),
        "increment_consistent": Outcome(
            "{subject} ({place}): {later} after a rise of {increment} matches {earlier}",
            ("subject", "place", "later", "increment", "expected", "earlier")),
    }
    PASSING = ("rising", "increment_consistent", "decrease_revised")

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        self._revised = re.compile(
            rf"\b(?:{alternation(self.params['revision_words'])})\b", re.IGNORECASE)
        self._day_before = re.compile(
            rf"\b(?:{alternation(self.params['day_before_words'])})\b", re.IGNORECASE)
        self._this_year: re.Pattern | None = None

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        tol = self.params["tolerance"]
        sentences: dict[tuple[str, int], list[Claim]] = {}
        for c in ctx.claims:
            sentences.setdefault((c.doc, c.sentence_start), []).append(c)
        for g in ctx.groups:
            # (a figure planned "by 2031" in a text of 2024 is a goal for that year, no
            # total reached by then)
            dated = [(t, c) for c in representatives(g.claims)
                     if (t := instant(c)) is not None and not _ahead(ctx, c, t)]
            dated.sort(key=lambda x: (x[0], x[1].doc, x[1].start))
            findings.extend(self._increments(ctx, sentences, g.label, g.region, dated))
            ordered: list[tuple[Instant, Claim]] = []
            fell = False
            since = [since_month(c) for _, c in dated]
            for i, (t1, a) in enumerate(dated):
                for j, (t2, b) in enumerate(dated[i + 1:], i + 1):
                    if not before(t1, t2) or not same_start(a, b, since[i], since[j]) or \
                            apart(a, b, strict=True) not in ("", "time", "time scope"):
                        continue
                    if self._other_event(a, b, t1, t2) or \
                            b.value < self.params["min_ratio"] * a.value or \
                            not (g.region or same_topic(ctx, a.doc, b.doc)):
                        # (two texts that pin no place and speak of two things: "16 people
                        # charged" over a dam's collapse, "eleven charged" over a drug haul)
                        continue
                    ordered += [(t1, a), (t2, b)]
                    if b.high >= a.low * (1 - tol):
                        continue
                    fell = True
                    when1, when2 = _shown(t1), _shown(t2)
                    # "the toll stands at three, after one of the four deaths reported
                    # earlier was found unrelated": the text itself takes the earlier back
                    revised = bool(self._revised.search(b.sentence))
                    findings.append(self.finding(
                        "decrease_revised" if revised else "decrease",
                        "info" if revised else self.rule.severity, [a, b],
                        {"subject": g.label, "place": g.region or "no place",
                         "earlier": f"{quote(a)} ({doc_label(a.doc)}, {when1})",
                         "later": f"{quote(b)} ({doc_label(b.doc)}, {when2})"},
                        [f"{quote(b)} allows at most {fmt(as_written(b, b.high))} as of "
                         f"{when2} < {fmt(as_written(a, a.low))}, the least {quote(a)} "
                         f"allows as of {when1}"],
                        ("decrease", g.label, g.region, a.value, b.value, when1, when2,
                         revised)))
            if ordered and not fell:
                # a plan that rises and the counts done are two series, each told apart
                for status in sorted({c.status for _, c in ordered}):
                    series = [(t, c) for t, c in ordered if c.status == status]
                    if not _two_at_once(series):
                        findings.append(self._rising(g.label, g.region, series))
            # a plan or projection is no total reached: only done figures are read this way
            undated = representatives([c for c in g.claims if c.measure
                                       and not c.time_scope and c.status == "actual"])
            findings.extend(self._undated(ctx, g.label, g.region,
                                          [(t, c) for t, c in dated if c.status == "actual"],
                                          undated))
            # two tolls of one named incident that state no time: each the toll known on
            # its text's day ("at least 42 people were killed when a mudslide ..." on July
            # 8, "nearly 35 people died in Monday's mudslide" on July 9)
            findings.extend(self._undated_tolls(ctx, sentences, g.label, g.region, undated))
        return findings

    def _other_event(self, a: Claim, b: Claim, t1: Instant, t2: Instant,
                     note: bool = False) -> bool:
        """Whether two tolls ("killed") are stated too far apart to be of one event: a
        disaster's toll settles within months (an epidemic's runs for a year), and a folder
        on one topic may hold several disasters, months or years apart, whose place the texts
        do not name (and a toll whose text names no incident may be of another one months
        later). For a note (``note``), a named incident's span is the lasting one's: a review
        months after a disaster may give its toll anew."""
        if a.measure not in self.params["toll_measures"] and not (a.incident and b.incident):
            return False  # (an incident's count of homes destroyed is its toll too)
        days = (dt.date(t2[0], t2[1] or 12, t2[2] or 28)
                - dt.date(t1[0], t1[1] or 1, t1[2] or 1)).days
        if not (a.incident and b.incident):
            if (a.incident or b.incident) and self._year_to_date(b if a.incident else a):
                # "93 deaths so far this year" counts every death of the year; a heat wave's
                # toll counts its own: neither is the other's running total
                return True
            return days > self.params["unnamed_toll_span_days"]
        if note or a.incident.partition(" ")[0] in self.params["lasting_incidents"]:
            return days > self.params["toll_span_days"]
        return days > self.params["event_toll_span_days"]

    def _year_to_date(self, c: Claim) -> bool:
        """Whether the words of a figure (up to the figures on either side of it) say it is
        counted since the start of the year ("so far this year", "year to date")."""
        if self._this_year is None:
            self._this_year = load_vocabulary(Path(self.rule.path).parent).this_year
        return self._this_year.search(own_words(c)) is not None

    def _undated(self, ctx: Context, label: str, region: str,
                 dated: list[tuple[Instant, Claim]], undated: list[Claim]
                 ) -> list[Finding]:
        """A figure that states no time, read as the total known on its text's date ("a
        week after the floods killed 17 people", in a text of March 10), below a running
        total stated for an earlier day. News states a running total that way, but the
        figure may be of another moment, so this is a note (``info``), never a warning; a
        fall to less than ``undated_min_ratio`` of the earlier total is taken to be another
        quantity."""
        out = []
        ratio = self.params["undated_min_ratio"]
        for u in undated:
            day = _text_day(ctx, u)
            if day is None:
                continue
            for t, a in dated:
                # a note asks what a corroboration asks: nothing known that sets the two apart
                # (an actor named on one side only, "killed by Typhoon Halong", is no reason)
                if a.doc == u.doc or apart(a, u.evolve(
                        time_scope=a.time_scope, time=a.time,
                        aggregation=u.aggregation or a.aggregation), strict=False):
                    continue
                if before(t, day):
                    earlier, later, t1, t2 = a, u, t, day
                elif before(day, t):
                    earlier, later, t1, t2 = u, a, day, t
                else:
                    continue
                if later.high >= earlier.low or later.value < ratio * earlier.value or \
                        self._other_event(earlier, later, t1, t2, note=True):
                    continue
                when1, when2 = _shown(t1), _shown(t2)
                values = {"subject": label, "place": region or "no place",
                          "earlier": f"{quote(earlier)} ({doc_label(earlier.doc)}, {when1})",
                          "later": f"{quote(later)} ({doc_label(later.doc)}, {when2})",
                          "undated": quote(u)}
                out.append(self.finding(
                    "decrease_undated", "info", [earlier, later], values,
                    [f"{quote(u)} states no time: read as of its text's date, {_shown(day)}",
                     f"{quote(later)} allows at most {fmt(as_written(later, later.high))} < "
                     f"{fmt(as_written(earlier, earlier.low))}, the least {quote(earlier)} "
                     "allows"],
                    ("decrease_undated", label, region, earlier.value, later.value, when1,
                     when2)))
                break
        return out

    def _undated_tolls(self, ctx: Context, sentences: dict[tuple[str, int], list[Claim]],
                       label: str, region: str, undated: list[Claim]) -> list[Finding]:
        """Two tolls of one named incident that state no time ("at least 42 people were
        killed when a mudslide ..." on July 8, "nearly 35 people died in Monday's
        mudslide" on July 9), each read as the toll known on its text's day: a later one
        below an earlier one is noted (``info``). Only tolls that never fall
        (``growing_tolls``: not the missing, who are found), told within
        ``undated_span_days`` of each other, neither one of several tolls its sentence lists
        (by place: "France recorded 31 deaths, Switzerland 25"), neither sentence telling of
        a revision."""
        tolls = []
        for c in undated:
            day = _text_day(ctx, c)
            if day is None or not c.incident or \
                    c.measure not in self.params["growing_tolls"] or \
                    self._revised.search(c.sentence) or any(
                        o is not c and o.measure == c.measure and o.value != c.value
                        for o in sentences.get((c.doc, c.sentence_start), [])):
                continue
            tolls.append((dt.date(*day[:3]), c))
        tolls.sort(key=lambda x: (x[0], x[1].doc, x[1].start))
        out, seen = [], set()
        ratio, span = self.params["undated_min_ratio"], self.params["undated_span_days"]
        for i, (d1, a) in enumerate(tolls):
            for d2, b in tolls[i + 1:]:
                if d2 <= d1 or (d2 - d1).days > span or (a.doc, b.doc) in seen or \
                        not same_incident(a.incident, b.incident) or \
                        apart(a, b, strict=False) or \
                        b.high >= a.low or b.value < ratio * a.value:
                    continue
                seen.add((a.doc, b.doc))
                when1, when2 = d1.isoformat(), d2.isoformat()
                out.append(self.finding(
                    "decrease_undated_both", "info", [a, b],
                    {"subject": label, "place": region or "no place",
                     "earlier": f"{quote(a)} ({doc_label(a.doc)}, {when1})",
                     "later": f"{quote(b)} ({doc_label(b.doc)}, {when2})"},
                    [f"{quote(a)} states no time: read as of its text's date, {when1}",
                     f"{quote(b)} states no time: read as of its text's date, {when2}",
                     f"{quote(b)} allows at most {fmt(as_written(b, b.high))} < "
                     f"{fmt(as_written(a, a.low))}, the least {quote(a)} allows"],
                    ("decrease_undated_both", label, region, a.value, b.value, when1,
                     when2)))
        return out

    def _increments(self, ctx: Context, sentences: dict[tuple[str, int], list[Claim]],
                    label: str, region: str,
                    dated: list[tuple[Instant, Claim]]) -> list[Finding]:
        """A stated increment against the report it counts from: "rose by 9 overnight to
        193" on April 23 says the figure was 184 on April 22; a report of April 22 in the
        corpus must allow it. Only an increment that names its base day ("overnight", "since
        Monday") is compared: "rose by 9 to 193" may count from any earlier report."""
        out = []
        for t2, b in dated:
            if 0 in t2[:3]:
                continue
            step = self._increment(ctx, sentences.get((b.doc, b.sentence_start), []), b)
            if step is None:
                continue
            inc, base_day = step
            sign = -1 if inc.direction == "down" else 1
            expected = (b.low - sign * (inc.high if sign > 0 else inc.low),
                        b.high - sign * (inc.low if sign > 0 else inc.high))
            earlier = [a for t1, a in dated if t1 == base_day and a.id != inc.id
                       and (a.doc, a.sentence_start) != (b.doc, b.sentence_start)
                       and apart(a, b, strict=True) in ("", "time")]
            if not earlier:
                continue
            fits = [a for a in earlier if a.low <= expected[1] and expected[0] <= a.high]
            a = fits[0] if fits else earlier[0]
            when1, when2 = _shown(base_day), _shown(t2)
            values = {"subject": label, "place": region or "no place",
                      "later": f"{quote(b)} ({doc_label(b.doc)}, {when2})",
                      "increment": quote(inc),
                      "expected": written_span(b, *expected),
                      "earlier": f"{quote(a)} ({doc_label(a.doc)}, {when1})"}
            arithmetic = [f"{quote(b)} {'-' if sign > 0 else '+'} {quote(inc)} = "
                          f"{values['expected']} as of {when1}",
                          f"{quote(a)} allows {written_span(a, a.low, a.high)} as of {when1}"]
            basis = (label, region, a.value, b.value, inc.value, when1, when2)
            if fits:
                out.append(self.finding("increment_consistent", "info", [a, inc, b], values,
                                        arithmetic, ("increment", "consistent", *basis)))
            else:
                out.append(self.finding("increment_mismatch", self.rule.severity,
                                        [a, inc, b], values, arithmetic,
                                        ("increment", "mismatch", *basis)))
        return out

    def _increment(self, ctx: Context, sentence: list[Claim], total: Claim
                   ) -> tuple[Claim, Instant] | None:
        """The increment stated with a running total ("by 9 overnight to 193") and the day
        it counts from, when the sentence (its claims: ``sentence``) names it."""
        doc = ctx.documents.get(total.doc)
        if doc is None:
            return None
        base_at = total.sentence_start
        before = [x for x in sentence if x.end <= total.start]
        later = [x for x in sentence if x.start >= total.end]
        span = None
        if before and _INC_GAP.match(total.sentence[before[-1].end - base_at:
                                                    total.start - base_at]) and \
                _BY.search(total.sentence[:before[-1].start - base_at][-20:]):
            inc = before[-1]  # "rose by 9 overnight to 193"
        elif later and _INC_AFTER_GAP.match(total.sentence[total.end - base_at:
                                                           later[0].start - base_at]):
            # "has reached 27,150, up by more than 8,700 in two weeks"
            inc = later[0]
            span = _SPAN_AFTER.match(total.sentence, inc.end - base_at)
        else:
            return None
        if not inc.direction or inc.kind != total.kind or inc.unit != total.unit or \
                "planned" in (inc.status, total.status):
            return None  # "will reach 30,000, up by 3,000 in two weeks" foresees
        t = instant(total)
        if t is None:
            return None
        day = dt.date(*t[:3])
        clause = total.sentence[max(0, min(inc.start, total.start) - base_at - 40):
                                max(inc.end, total.end) - base_at + 40]
        base: dt.date | None
        if span is not None:
            base = day - dt.timedelta(days=_span_days(span))
        elif self._day_before.search(clause):
            base = day - dt.timedelta(days=1)
        else:
            m = _SINCE_DAY.search(clause)
            base = named_day(m.group(0), day) if m else None
            if base is None or base >= day:
                return None
        return inc, (base.year, base.month, base.day, 0)

    def _rising(self, label: str, region: str,
                ordered: list[tuple[Instant, Claim]]) -> Finding:
        """One info finding for a running total whose dated figures never fall."""
        chain = sorted({c.id: (t, c) for t, c in ordered}.values(),
                       key=lambda x: (x[0], x[1].doc, x[1].start))
        series = " → ".join(f"{quote(c)} ({doc_label(c.doc)}, {_shown(t)})" for t, c in chain)
        return self.finding(
            "rising", "info", [c for _, c in chain],
            {"subject": label, "place": region or "no place", "series": series},
            [f"each later figure allows at least the least of the one before: {series}"],
            ("rising", label, region, tuple(c.value for _, c in chain)))


def _two_at_once(series: list[tuple[Instant, Claim]]) -> bool:
    """Whether the series gives two values at one time that cannot both hold ("a dynamic
    investment of 181.5 billion yuan, equal to a static investment of 122.9 billion" by the
    end of 2008): two quantities the measure does not tell apart, so no one series that
    never falls."""
    by_time: dict[Instant, list[Claim]] = {}
    for t, c in series:
        by_time.setdefault(t, []).append(c)
    # (some value's upper end below another's lower end: the least upper end below the
    # greatest lower end)
    return any(min(c.high for c in cs) < max(c.low for c in cs) for cs in by_time.values())


def _text_day(ctx: Context, c: Claim) -> Instant | None:
    """The day the text of ``c`` states it was written, or None when it states less."""
    doc = ctx.documents.get(c.doc)
    if doc is None or doc.published is None or doc.date_source != "stated" or \
            doc.date_precision != "day":
        return None
    return (doc.published.year, doc.published.month, doc.published.day, 0)


def _shown(t: Instant) -> str:
    day = "-".join(f"{x:02d}" if i else str(x) for i, x in enumerate(t[:3]) if x)
    return f"{day} {(t[3] - 1) // 60:02d}:{(t[3] - 1) % 60:02d}" if t[3] else day
