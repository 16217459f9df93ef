"""Where the bundled rules and sample corpus live.

From a wheel they are package data under ``_data/``; from a source checkout
(editable install, or running from the repo) they are the top-level folders.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / name


def default_rules_dir(cwd: Path | None = None) -> Path:
    """``./rules`` when the working directory has one, else the bundled rule pack."""
    if ((cwd or Path.cwd()) / "rules").is_dir():
        return Path("rules") if cwd is None else cwd / "rules"  # relative: reports stay portable
    return _bundled("rules")


def default_corpus_dir(cwd: Path | None = None) -> Path:
    """``./seeds`` when the working directory has one, else the bundled sample corpus."""
    if ((cwd or Path.cwd()) / "seeds").is_dir():
        return Path("seeds") if cwd is None else cwd / "seeds"
    return _bundled("seeds")


def bundled_rules_dir() -> Path:
    """The rule pack shipped with crosscheck (the source of qualifiers and aliases defaults)."""
    return _bundled("rules")


def data_file(rules_dir: Path, name: str) -> Path:
    """The data file ``name`` of a rules folder, else the bundled rule pack's (a rules folder
    need not carry every data file)."""
    own = rules_dir / name
    return own if own.is_file() else bundled_rules_dir() / name
