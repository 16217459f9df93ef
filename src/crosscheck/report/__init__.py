"""Reporters, registered by name. Each takes the finished result and only formats it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..pipeline import Result
from . import claimreview, csvfmt, jsonfmt, markdown, terminal
from .common import ReportOptions

Reporter = Callable[[Result, TextIO, ReportOptions], None]

REPORTERS: dict[str, Reporter] = {
    "terminal": terminal.render,
    "markdown": markdown.render,
    "json": jsonfmt.render,
    "jsonl": jsonfmt.render_jsonl,
    "csv": csvfmt.render,
    "claimreview": claimreview.render,
}

__all__ = ["REPORTERS", "ReportOptions", "Reporter"]
