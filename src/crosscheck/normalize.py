"""From a raw figure to comparable values: base units through pint, and honest intervals."""

from __future__ import annotations

import math

from .extract.lexicon import Qualifier
from .units import to_years


def interval(value: float, precision: float, qualifier: Qualifier | None) -> tuple[float, float]:
    """The interval a statement allows.

    The digits' rounding widens both sides by ``precision``. A qualifier widens one or both
    sides by its percentages; a side the qualifier pins to the figure (``nearly`` above,
    ``over`` below) is the figure itself, not widened by rounding.
    """
    if qualifier is None:
        return value - precision, value + precision
    low = value if qualifier.low == 0 else value * (1 + qualifier.low) - precision
    high = value if qualifier.high == 0 else value * (1 + qualifier.high) + precision
    if qualifier.low == 0 and qualifier.high == 0:
        low, high = value - precision, value + precision
    return min(low, high), max(low, high)


def duration_years(value: float, unit: str) -> float:
    """A duration in years (``3 decade`` -> 30), converted by the unit registry."""
    years = to_years(value, unit)
    # pint's year is 365.25 days; keep whole numbers whole ("three decades" is 30, not 30.0000001).
    return round(years, 6) if not math.isclose(years, round(years)) else float(round(years))
