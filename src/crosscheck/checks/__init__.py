"""Check types, registered by name. Rules (YAML) pick one with ``check:``."""

from __future__ import annotations

from .agreement import AgreementCheck
from .average import AverageCheck
from .balance import BalanceCheck
from .base import Check, Context, Outcome, Param
from .change import ChangeCheck
from .conversion import ConversionCheck
from .elapsed import ElapsedCheck
from .giver import GiverAmountCheck
from .monotonic import MonotonicCheck
from .parts_sum import PartsSumCheck
from .rate import RateCheck
from .restated import RestatedScaleCheck
from .series_total import SeriesTotalCheck
from .share import ShareCheck
from .share_of_whole import ShareOfWholeCheck
from .start_year import StartYearCheck
from .transposed import TransposedDigitsCheck
from .unit_conversion import UnitConversionCheck

REGISTRY: dict[str, type[Check]] = {c.name: c for c in (
    AgreementCheck, AverageCheck, BalanceCheck, ChangeCheck, ConversionCheck, ElapsedCheck,
    GiverAmountCheck, MonotonicCheck,
    PartsSumCheck, RateCheck, RestatedScaleCheck, SeriesTotalCheck, ShareCheck, ShareOfWholeCheck,
    StartYearCheck, TransposedDigitsCheck, UnitConversionCheck)}

__all__ = ["REGISTRY", "Check", "Context", "Outcome", "Param"]
