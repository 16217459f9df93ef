#!/usr/bin/env python3
"""Instructions per warm extraction pass, counted by valgrind: a speed figure that does not move
with the machine's load, for comparing two versions of the extractor.

    python bench/extraction_instructions.py [SUITE_DIR]

Runs itself under ``valgrind --tool=callgrind`` (Debian package ``valgrind``) with a fixed hash
seed and one BLAS thread, and counts, on the main thread, one pass of sentence splitting and
extraction over the seeds (news prose) and, when SUITE_DIR is given, over the seeds plus every
suite case. A first pass outside the count fills the caches (token gates, units), as the first
megabyte of a long run does. Same build, same input: the same count within a few instructions
in ten million, run after run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_speed import paragraphs  # noqa: E402

# Calls that only mark where counting starts and stops: compiled functions of the package,
# called from this script and from nowhere else through their Python entry points.
_START, _STOP = "CPyPy_normalize___interval", "CPyPy_normalize___duration_years"


def _one_pass(suite_dir: Path | None) -> None:
    from crosscheck import normalize
    from crosscheck.corpus import document_from_text
    from crosscheck.extract import extract_document, load_lexicon
    from crosscheck.resources import bundled_rules_dir

    lex = load_lexicon(bundled_rules_dir())
    text = "\n\n".join(paragraphs(suite_dir))
    extract_document(document_from_text("warm", text), lex)
    normalize.interval(1.0, 0.0, None)  # counting starts
    extract_document(document_from_text("counted", text), lex)
    normalize.duration_years(1.0, "year")  # counting stops


def _count(suite_dir: Path | None) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1"}
        cmd = ["valgrind", "--tool=callgrind", f"--zero-before={_START}",
               f"--dump-before={_STOP}", f"--callgrind-out-file={out}",
               sys.executable, __file__, "--inner"] + ([str(suite_dir)] if suite_dir else [])
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        dump = Path(f"{out}.1")
        if not dump.is_file():
            sys.exit("extraction_instructions: no count: is crosscheck compiled with mypyc?")
        for line in dump.read_text().splitlines():
            if line.startswith("totals:"):
                return int(line.split()[1])
    sys.exit("extraction_instructions: callgrind wrote no totals")


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--inner"]:
        _one_pass(Path(args[1]) if len(args) > 1 else None)
        return 0
    if shutil.which("valgrind") is None:
        sys.exit("extraction_instructions: valgrind is not installed (apt install valgrind)")
    from crosscheck.extract import build_name

    suite_dir = Path(args[0]) if args else None
    print(f"crosscheck build: {build_name()}")
    runs = [("seeds (news prose)", None)] + ([("seeds and suites", suite_dir)] if suite_dir else [])
    for label, folder in runs:
        size = len("\n\n".join(paragraphs(folder)).encode())
        count = _count(folder)
        print(f"{label}: {count:,} instructions per pass over {size:,} bytes "
              f"= {count / size:,.0f} per byte")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
