"""Claim, the record every stage shares, and the claims table with its stable column schema."""

from __future__ import annotations

import operator
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from .units import quantity

if TYPE_CHECKING:
    import pandas as pd

KINDS = ("money", "count", "percent", "quantity", "year", "year_range", "duration", "ordinal")
ROLES = ("", "part", "series_first", "series_last", "range")

#: The claims table's columns, in order. Tools read these names; keep them stable.
COLUMNS = ("id", "doc", "start", "end", "surface", "sentence", "kind", "value", "unit", "low",
           "high", "qualifier", "precision", "subject", "place", "period", "period_start",
           "period_end", "period_stated", "direction", "role", "stated", "linked",
           "measure", "actor", "time_scope", "time", "aggregation", "status", "incident")


class Claim(NamedTuple):
    """One quantitative statement in one document.

    ``value``/``unit`` hold the stated figure in its base unit (ISO code for money);
    ``low``/``high`` the interval the statement allows after qualifier and precision.

    A named tuple, not a dataclass: extraction builds tens of thousands of claims per
    second, and a tuple is built in one step (``tuple.__new__``) where a dataclass instance
    needs an interpreted ``__init__`` or an attribute dict built key by key. Claims are
    immutable either way; :meth:`evolve` is how a stage changes one.
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
    linked: tuple[str, ...] = ()
    sentence_start: int = 0
    # The frame (frame.py): what is measured, by whom, over what time, how aggregated.
    measure: str = ""  # "schools rebuilt", "killed"; empty when the text does not say
    actor: str = ""  # who sends, pays or builds, when the clause says
    time_scope: str = ""  # as_of | period | year | part | month | day | batch | ""
    time: str = ""  # "2013-12-31", "2013–2016", "2019", "batch fifth"
    aggregation: str = ""  # cumulative | flow | batch | share | change | part | ""
    status: str = ""  # planned | actual
    incident: str = ""  # the incident a toll is of: "earthquake", "shipwreck"; "" otherwise

    @property
    def id(self) -> str:
        """Stable identity: ``doc:start-end``."""
        return f"{self.doc}:{self.start}-{self.end}"

    @property
    def quantity(self):
        """The stated value as a pint Quantity."""
        return quantity(self.value, self.unit)

    def evolve(self, **changes: Any) -> Claim:
        """A copy with some fields changed."""
        return self._replace(**changes)

    def record(self) -> dict[str, Any]:
        """The claim as a flat dict with the table's columns (``linked`` as a list)."""
        # Read by position: JSON output builds one per claim, and _asdict() plus a re-keyed
        # copy cost more than the encoding.
        d: dict[str, Any] = {"id": f"{self[0]}:{self[1]}-{self[2]}"}
        d.update(zip(_STORED, _STORED_GETTER(self), strict=True))
        d["linked"] = list(self.linked)
        return d


#: (column, position in Claim) in COLUMNS order; -1 for the computed ``id``
_POSITIONS = tuple((name, Claim._fields.index(name) if name != "id" else -1)
                   for name in COLUMNS)
#: the columns after ``id``, all stored fields, and one C-level getter of them in that order
_STORED = tuple(name for name, i in _POSITIONS if i >= 0)
_STORED_GETTER = operator.itemgetter(*(i for _, i in _POSITIONS if i >= 0))
#: the columns that hold floats (JSON has no infinity or NaN)
FLOAT_COLUMNS = ("value", "low", "high", "precision", "stated")


def table_order(c: Claim) -> tuple[str, int, int]:
    """The claims table's order, which every claims output follows: document, then offsets."""
    return c.doc, c.start, c.end


def claims_table(claims: list[Claim]) -> pd.DataFrame:
    """The claims as a pandas table with the stable column schema, sorted by id position."""
    import pandas as pd  # here, not at the top: a run that prints findings never needs it

    rows = [c.record() for c in sorted(claims, key=table_order)]
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    for col in ("period_start", "period_end"):
        df[col] = df[col].astype("Int64")
    return df


class NumberPool:
    """One object per distinct number over the claims of a run.

    Claims read back from a worker process or from the cache would each hold fresh number
    objects: offsets, years, values and bounds, some 260 bytes a claim. The same few
    thousand recur in every document, so the claims of a run share them. Numbers are keyed
    by type as well as value, so 1 and 1.0 stay what they were."""

    def __init__(self) -> None:
        self._seen: dict[tuple[type, object], object] = {}

    def share(self, row: list[Any]) -> list[Any]:
        """A claim's fields (a list, changed in place) with the pool's number objects."""
        seen = self._seen
        for i in _NUMBER_FIELDS:
            v = row[i]
            if v is not None:
                row[i] = seen.setdefault((type(v), v), v)
        return row


_NUMBER_FIELDS = tuple(Claim._fields.index(f) for f in (
    "start", "end", "value", "low", "high", "precision", "period_start", "period_end",
    "stated", "sentence_start"))


class ClaimIndex(Mapping[str, Claim]):
    """Claims by id, without a dict of ids: an archive of a million claims would hold a
    million id strings for the few lookups the checks make (a series' linked end, the other
    side of a conversion). The claims of a document are indexed when one of its ids is first
    asked for."""

    def __init__(self, claims: list[Claim]) -> None:
        self._claims = claims
        self._by_doc: dict[str, list[Claim]] | None = None

    def __getitem__(self, claim_id: str) -> Claim:
        if self._by_doc is None:
            self._by_doc = {}
            for c in self._claims:
                self._by_doc.setdefault(c.doc, []).append(c)
        doc, _, span = claim_id.rpartition(":")
        start, _, end = span.partition("-")
        for c in self._by_doc.get(doc, ()):
            if str(c.start) == start and str(c.end) == end:
                return c
        raise KeyError(claim_id)

    def __iter__(self) -> Iterator[str]:
        return (c.id for c in self._claims)

    def __len__(self) -> int:
        return len(self._claims)

    def values(self) -> list[Claim]:  # type: ignore[override]
        """Every claim, in the order given."""
        return self._claims
