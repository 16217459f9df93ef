"""Claim, the record every stage shares, and the claims table with its stable column schema."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from functools import cached_property
from typing import Any

import pandas as pd

from .units import quantity

KINDS = ("money", "count", "percent", "quantity", "year", "year_range", "duration", "ordinal")
ROLES = ("", "part", "series_first", "series_last", "range")

#: The claims table's columns, in order. Tools read these names; keep them stable.
COLUMNS = ("id", "doc", "start", "end", "surface", "sentence", "kind", "value", "unit", "low",
           "high", "qualifier", "precision", "subject", "place", "period", "period_start",
           "period_end", "period_stated", "direction", "role", "stated", "linked")


@dataclass(frozen=True)
class Claim:
    """One quantitative statement in one document.

    ``value``/``unit`` hold the stated figure in its base unit (ISO code for money);
    ``low``/``high`` the interval the statement allows after qualifier and precision.
    """

    doc: str
    start: int
    end: int
    surface: str
    sentence: str
    kind: str
    value: float
    unit: str
    low: float
    high: float
    qualifier: str = "exact"
    precision: float = 0.0  # half-width implied by the digits as written
    subject: str = ""
    place: str = ""
    period: str = ""
    period_start: int | None = None
    period_end: int | None = None
    period_stated: bool = False  # the period comes from the text, not the document's date
    direction: str = ""  # up | down, for stated changes ("rose 2.1%")
    role: str = ""  # part of an enumeration, first/last of a series, a range
    stated: float | None = None  # the figure as written, before unit conversion
    linked: tuple[str, ...] = field(default=())
    sentence_start: int = 0

    @cached_property
    def id(self) -> str:
        """Stable identity: ``doc:start-end``."""
        return f"{self.doc}:{self.start}-{self.end}"

    @property
    def quantity(self):
        """The stated value as a pint Quantity."""
        return quantity(self.value, self.unit)

    @classmethod
    def from_fields(cls, values: dict[str, Any]) -> Claim:
        """A claim that takes ``values`` (every field, by name) as its own attribute dict.

        Extraction builds tens of thousands of claims per second; the generated ``__init__``
        of a frozen dataclass costs several times more than adopting a ready dict. Values are
        taken as given (no conversion), exactly as ``__init__`` would.
        """
        if values.keys() != _FIELD_NAMES:
            unknown = sorted(values.keys() - _FIELD_NAMES)
            missing = sorted(_FIELD_NAMES - values.keys())
            raise TypeError(f"Claim fields: unknown {unknown}, missing {missing}")
        # Extraction does these two steps inline (figures._claims), without the check.
        obj = object.__new__(cls)
        object.__setattr__(obj, "__dict__", values)
        return obj

    def evolve(self, **changes: Any) -> Claim:
        """A copy with some fields changed (``dataclasses.replace``, without its cost)."""
        values = {k: v for k, v in self.__dict__.items() if k in _FIELD_NAMES}
        values.update(changes)
        return Claim.from_fields(values)

    def record(self) -> dict[str, Any]:
        """The claim as a flat dict with the table's columns (``linked`` as a list)."""
        d = asdict(self)
        d["id"] = self.id
        d["linked"] = list(self.linked)
        return {k: d[k] for k in COLUMNS}


_FIELD_NAMES = frozenset(f.name for f in fields(Claim))


def claims_table(claims: list[Claim]) -> pd.DataFrame:
    """The claims as a pandas table with the stable column schema, sorted by id position."""
    rows = [c.record() for c in sorted(claims, key=lambda c: (c.doc, c.start, c.end))]
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    for col in ("period_start", "period_end"):
        df[col] = df[col].astype("Int64")
    return df
