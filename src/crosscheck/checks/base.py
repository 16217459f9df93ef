"""What every check type shares: declared parameters, outcomes with message fields, a context."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from ..claims import Claim
from ..corpus import Document
from ..extract.lexicon import Lexicon
from ..findings import Finding
from ..grouping import Group

if TYPE_CHECKING:
    from ..frame import Vocabulary
    from ..rulebook import Rule


@dataclass(frozen=True)
class Param:
    """A parameter a check type accepts: its kind (for validation), default and help text."""

    kind: str  # percent | number | integer | string | currency_pair | string_list | boolean
    default: Any
    help: str


@dataclass(frozen=True)
class Outcome:
    """One kind of finding a check emits: its default message and the fields it can fill."""

    template: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Context:
    """What a check sees: the documents, the claims its rule selects, every claim by id,
    the subject groups (restricted to the selected claims) and the place lexicon."""

    documents: dict[str, Document]
    claims: list[Claim]
    by_id: Mapping[str, Claim]
    groups: list[Group] = field(default_factory=list)
    lexicon: Lexicon | None = None
    #: what the checks of one run work out alike (a selection's claims by document, the
    #: start years), shared by every rule of the run and dropped with it
    memo: dict[Any, Any] = field(default_factory=dict, compare=False)
    #: the run's frames.yaml (topics read their plain words from it; None: the bundled one)
    vocab: Vocabulary | None = None

    def region(self, claim: Claim) -> str:
        """The outermost place a claim is about (Lhasa -> Tibet)."""
        if not claim.place:
            return ""
        return self.lexicon.region(claim.place) if self.lexicon else claim.place

    def days_apart(self, a: str, b: str) -> int | None:
        """Days between the dates of two documents, None when either has none."""
        da, db = self.documents[a].published, self.documents[b].published
        return None if da is None or db is None else abs((da - db).days)

    def doc_year(self, doc_id: str) -> tuple[int | None, bool]:
        """The document's year and whether it is inferred (then it is a lower bound)."""
        doc = self.documents[doc_id]
        if doc.published is None:
            return None, False
        return doc.published.year, doc.date_source.startswith("inferred")


class Check:
    """Base of check types. Subclasses set ``name``, ``PARAMS``, ``OUTCOMES`` and ``run``."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    PARAMS: ClassVar[dict[str, Param]] = {}
    OUTCOMES: ClassVar[dict[str, Outcome]] = {}
    #: outcomes that report agreement, not a problem (``rules test`` does not count them)
    PASSING: ClassVar[tuple[str, ...]] = ()

    def __init__(self, rule: Rule, params: dict[str, Any]) -> None:
        self.rule = rule
        self.params = params

    def run(self, ctx: Context) -> list[Finding]:  # pragma: no cover - abstract
        """Findings for the claims in ``ctx``."""
        raise NotImplementedError

    def finding(self, outcome: str, severity: str, claims: list[Claim], values: dict[str, Any],
                arithmetic: list[str], basis: tuple[Any, ...]) -> Finding:
        """A Finding of this rule, its message rendered from the rule's template for ``outcome``."""
        message = self.rule.render(outcome, values)
        data = {k: _plain(v) for k, v in values.items()}
        return Finding(rule=self.rule.id, check=self.name, severity=severity, message=message,
                       claims=tuple(c.id for c in claims), outcome=outcome, data=data,
                       arithmetic=tuple(arithmetic), basis=basis)


def _plain(v: Any) -> Any:
    if isinstance(v, float):
        return round(v, 6)
    if isinstance(v, list | tuple):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v


def template_fields(template: str) -> set[str]:
    """The names a ``str.format`` template refers to."""
    return {m.group(1) for m in re.finditer(r"\{([A-Za-z_][A-Za-z0-9_]*)", template)}


def touching(x: float, y: float) -> bool:
    """Whether two ends of intervals are one point but for float noise."""
    return abs(x - y) <= 1e-9 * max(abs(x), abs(y))


def interval_gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Relative distance between two intervals: 0 when they overlap or touch (within the
    noise of float arithmetic: "6.8 percent" ends at 6.85 and "6.9 percent" starts at
    6.8500000000000005, as "5.2 percent" and "5.3 percent" meet at 5.25)."""
    if touching(a[1], b[0]) or touching(b[1], a[0]):
        return 0.0
    if a[1] < b[0]:
        return (b[0] - a[1]) / abs(b[0]) if b[0] else float("inf")
    if b[1] < a[0]:
        return (a[0] - b[1]) / abs(a[0]) if a[0] else float("inf")
    return 0.0


#: the scale words a figure is written with, largest first
SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def fmt(v: float) -> str:
    """A figure for messages: ``12,000``, ``1.2 billion``, ``6.615``."""
    for scale, word in SCALE_WORDS:
        if abs(v) >= scale:
            return f"{v / scale:,.4g} {word}"
    # a thousand and more is shown whole ("23,680", not "2.368e+04")
    return f"{v:,.0f}" if float(v).is_integer() or abs(v) >= 1000 else f"{v:,.4g}"


def quote(claim: Claim) -> str:
    """``nearly 12,000`` as written, with its qualifier word when it has one."""
    return claim.surface if claim.qualifier in ("exact", "") else \
        f"{claim.qualifier} {claim.surface}"


def doc_label(doc_id: str) -> str:
    """Short label of a document id for messages (``000_82b0...`` -> ``000``)."""
    head = doc_id.split("_", 1)[0]
    return head if head and len(head) < len(doc_id) else doc_id
