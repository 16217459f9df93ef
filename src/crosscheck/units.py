"""The single pint registry: currencies, counts, percent, calendar years and pint's own units."""

from __future__ import annotations

from functools import lru_cache

import pint

# ISO 4217 codes crosscheck recognises. Each is its own dimension: exchange rates
# change by date, so no currency converts into another inside the registry.
CURRENCIES = ("CNY", "USD", "EUR", "GBP", "JPY", "HKD", "INR", "AUD", "CAD", "SGD", "CHF",
              "KRW", "RUB", "TWD", "NZD", "MYR", "EGP", "SAR", "QAR", "KWD", "LBP", "ILS",
              "TRY", "MXN", "MNT", "UAH", "GEL", "IRR", "BTC", "ESP", "NLG", "BRL", "ZAR")


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The process-wide unit registry (built once; pint's start-up is not free)."""
    ureg = pint.UnitRegistry(cache_folder=None, autoconvert_offset_to_baseunit=True)
    for code in CURRENCIES:
        ureg.define(f"{code} = [currency_{code}]")
    # pint's own "decade" is a logarithmic ratio; a decade of years needs its own name.
    ureg.define("decade_of_years = 10 * year")
    return ureg


def quantity(value: float, unit: str) -> pint.Quantity:
    """A pint Quantity for a claim's value and unit name (``CNY``, ``count``, ``year``...)."""
    return registry().Quantity(value, unit)


def to_years(value: float, unit: str) -> float:
    """Convert a duration (``decade``, ``month``, ``year``...) to years through the registry."""
    return value * _years_per(unit)


@lru_cache(maxsize=64)
def _years_per(unit: str) -> float:
    # A pint conversion costs far more than a multiplication; the factor is asked per figure.
    return float(registry().Quantity(1.0, unit).to("year").magnitude)
