#!/usr/bin/env python3
"""Coverage-guided fuzzing (atheris) of what reads untrusted input: corpus reading (bytes of a
file), extraction and the frame of each claim, every report format, and rule loading (a
rules folder with one fuzzed YAML file).

    pip install atheris
    python bench/fuzz/fuzz_pipeline.py [atheris/libFuzzer options, e.g. -max_total_time=600]

Only crosscheck's own errors (CrosscheckError: a one-line message for the user) may come out;
anything else is a crash, and libFuzzer saves the input that caused it.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from crosscheck.errors import CrosscheckError
    from crosscheck.pipeline import analyze
    from crosscheck.report import REPORTERS, ReportOptions
    from crosscheck.resources import bundled_rules_dir
    from crosscheck.rulebook import load_rules

_WORK = Path(tempfile.mkdtemp(prefix="crosscheck-fuzz-"))
_DOCS = _WORK / "docs"
_RULES = _WORK / "rules"
_DOCS.mkdir()
_RULES.mkdir()


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    target = fdp.ConsumeIntInRange(0, 2)
    if target == 2:
        # rule loading: a fuzzed YAML file in an otherwise empty rules folder
        for f in _RULES.iterdir():
            f.unlink()
        (_RULES / "r.yaml").write_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
        with contextlib.suppress(CrosscheckError):
            load_rules([_RULES])
        return
    doc = _DOCS / ("a.txt" if target == 0 else "a.md")
    doc.write_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
    try:
        result = analyze([_DOCS], [bundled_rules_dir()])
    except CrosscheckError:
        return
    for _, render in sorted(REPORTERS.items()):
        render(result, io.StringIO(), ReportOptions(color=False))


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
