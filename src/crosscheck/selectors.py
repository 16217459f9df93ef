"""``where:`` selectors: which claims a rule applies to, matched by value, list, regex or
fuzzy score over claim fields. Never evaluated as code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

import re2
from rapidfuzz import fuzz

from .claims import Claim

FIELDS = ("kind", "unit", "qualifier", "subject", "place", "doc", "period", "measure", "actor",
          "time_scope", "time", "aggregation", "status", "incident")


@dataclass(frozen=True)
class Condition:
    """One field's test: ``equals`` any of ``values``, ``regex``, or ``fuzzy`` at ``score``."""

    field: str
    values: tuple[str, ...] = ()
    regex: re.Pattern | None = None
    fuzzy: str = ""
    score: float = 80.0

    def matches(self, claim: Claim) -> bool:
        value = str(getattr(claim, self.field))
        if self.values:
            return value in self.values
        if self.regex is not None:
            return self.regex.search(value) is not None
        return fuzz.token_set_ratio(self.fuzzy.lower(), value.lower()) >= self.score


@dataclass(frozen=True)
class Selector:
    """All conditions must hold (an empty selector selects every claim)."""

    conditions: tuple[Condition, ...] = ()

    def matches(self, claim: Claim) -> bool:
        return all(c.matches(claim) for c in self.conditions)

    def kinds(self) -> frozenset[str] | None:
        """The kinds selected when the selector tests the kind alone, else None."""
        if len(self.conditions) == 1 and self.conditions[0].field == "kind" and \
                self.conditions[0].values:
            return frozenset(self.conditions[0].values)
        return None

    def select(self, claims: list[Claim]) -> list[Claim]:
        """The claims every condition holds for, in order (all of them, as the same list,
        for an empty selector)."""
        if not self.conditions:
            return claims
        if len(self.conditions) == 1 and self.conditions[0].values:
            # the common rule ("where: {kind: [count, money]}"): one field against a set,
            # read straight off the tuple (every selectable field is a string)
            get = attrgetter(self.conditions[0].field)
            values = frozenset(self.conditions[0].values)
            return [c for c in claims if get(c) in values]
        return [c for c in claims if self.matches(c)]


def parse_condition(field: str, spec: Any) -> Condition:
    """Build a Condition; raises ValueError with a reader-facing reason."""
    if field not in FIELDS:
        raise ValueError(f"unknown claim field {field!r} (known: {', '.join(FIELDS)})")
    if isinstance(spec, str | int | float) and not isinstance(spec, bool):
        return Condition(field, values=(str(spec),))
    if isinstance(spec, list) and spec and all(isinstance(v, str | int | float) for v in spec):
        return Condition(field, values=tuple(str(v) for v in spec))
    if isinstance(spec, dict) and set(spec) == {"regex"}:
        # Rules come from other teams: a pattern runs on RE2, in time linear in the text,
        # so no pattern can hang a run ("(a+)+b" on a long line); what RE2 cannot run
        # (back-references, look-arounds) is refused here.
        try:
            return Condition(field, regex=re2.compile(str(spec["regex"])))
        except re2.error as exc:
            raise ValueError(f"bad regex for {field!r} (the linear-time RE2 engine runs "
                             f"rule patterns; no back-references or look-arounds): "
                             f"{exc}") from None
    if isinstance(spec, dict) and "fuzzy" in spec and set(spec) <= {"fuzzy", "score"}:
        score = spec.get("score", 80)
        if not isinstance(score, int | float) or not 0 <= score <= 100:
            raise ValueError(f"fuzzy score for {field!r} must be 0-100")
        return Condition(field, fuzzy=str(spec["fuzzy"]), score=float(score))
    raise ValueError(f"selector for {field!r} must be a value, a list of values, "
                     "{regex: ...} or {fuzzy: ..., score: N}")
