#!/usr/bin/env python3
"""A folder of good texts with hostile files among them: are the good ones all checked, the
hostile ones all listed with a cause, and does ``--strict`` exit 2?

    python bench/hostile.py [--good 950] [--hostile 50]

The good texts come from ``bench/corpus_gen.py``; the hostile files cycle through binary
(NUL bytes), invalid UTF-8, empty, blank, oversized (over ``--max-file-size``), unreadable
(mode 000, when not running as root), a broken link, a link loop and a named pipe. Printed:
documents checked, files skipped by cause, seconds, and the exit codes with and without
``--strict``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_gen import generate  # noqa: E402

BIN = shutil.which("crosscheck") or "crosscheck"


def hostile(folder: Path, n: int) -> int:
    """Write ``n`` hostile files; returns how many of them crosscheck should skip."""
    made = 0
    for i in range(n):
        kind = i % 9
        path = folder / f"hostile{i:04d}.txt"
        if kind == 0:
            path.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
        elif kind == 1:
            path.write_bytes(b"In 2016 \xff\xfe\xfd the city sent 300 doctors.")
        elif kind == 2:
            path.write_bytes(b"")
        elif kind == 3:
            path.write_text(" \n\t\n", encoding="utf-8")
        elif kind == 4:
            path.write_text("In 2016 the city sent 300 doctors. " * 40_000, encoding="utf-8")
        elif kind == 5:
            path.write_text("In 2016 the city sent 300 doctors.", encoding="utf-8")
            path.chmod(0)
            if os.access(path, os.R_OK):  # root reads anything: make it binary instead
                path.chmod(0o644)
                path.write_bytes(b"\x00" * 10)
        elif kind == 6:
            path.symlink_to(folder / f"missing{i}.txt")
        elif kind == 7:
            loop = folder / f"loop{i:04d}"
            loop.mkdir()
            (loop / "again").symlink_to(loop, target_is_directory=True)
            (loop / "inside.txt").write_bytes(b"")  # an empty file inside the loop, once
        else:
            os.mkfifo(path)
        made += 1
    return made


def run(folder: Path, *extra: str) -> tuple[int, dict, float]:
    start = time.perf_counter()
    proc = subprocess.run([BIN, "check", str(folder), "--format", "json", "--no-cache",
                           "--max-file-size", "1", *extra], capture_output=True, text=True)
    wall = time.perf_counter() - start
    doc = json.loads(proc.stdout) if proc.stdout.strip() else {}
    return proc.returncode, doc, wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--good", type=int, default=950)
    ap.add_argument("--hostile", type=int, default=50)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        generate(args.good, folder)
        (folder / "planted.jsonl").unlink()
        hostile(folder, args.hostile)
        code, doc, wall = run(folder)
        causes = Counter(s["cause"].split(" (")[0].split(";")[0] for s in doc["skipped"])
        print(f"{len(doc['documents'])} documents checked of {args.good} good, "
              f"{len(doc['skipped'])} files skipped, {wall:.1f} s, exit {code}")
        for cause, n in sorted(causes.items()):
            print(f"  {n:3d}  {cause}")
        strict, _, _ = run(folder, "--strict")
        print(f"--strict: exit {strict}")
        for f in folder.iterdir():  # let the folder be removed
            if f.is_file() and not f.is_symlink():
                f.chmod(0o644)
    return 0


if __name__ == "__main__":
    sys.exit(main())
