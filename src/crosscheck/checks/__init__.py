"""Check types, registered by name. Rules (YAML) pick one with ``check:``."""

from __future__ import annotations

from .base import Check, Context, Outcome, Param
from .conversion import ConversionCheck

REGISTRY: dict[str, type[Check]] = {c.name: c for c in (ConversionCheck,)}

__all__ = ["REGISTRY", "Check", "Context", "Outcome", "Param"]
