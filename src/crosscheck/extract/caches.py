"""Bounded caches by text: extraction looks facts up by token or piece of text, since text
repeats its words, and keeps memory bounded on any corpus."""

from __future__ import annotations

from typing import Final, TypeVar

T = TypeVar("T")

MAX_ENTRIES: Final = 100_000  # then the cache starts over


def remember(cache: dict[str, T], key: str, value: T) -> T:
    """Store ``value`` under ``key`` and return it; a full cache is emptied first, which
    costs one recomputation per entry later rather than unbounded memory now."""
    if len(cache) >= MAX_ENTRIES:
        cache.clear()
    cache[key] = value
    return value
