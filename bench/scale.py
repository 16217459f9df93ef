#!/usr/bin/env python3
"""crosscheck on a generated archive: wall time, peak memory, claims/s, findings scored
against the planted disagreements, a re-run after 1% of the files changed, and the speed of
``claims --format json``.

    python bench/scale.py [--docs 1000,10000] [--seed 1] [--keep DIR]

For each size, ``bench/corpus_gen.py`` writes the archive; every figure printed comes from
running the installed ``crosscheck`` command as a user would (process start included), with
peak resident memory read from the kernel's accounting of that process (``wait4``, in a small
launcher process: a command forked from this one would count this one's memory as its own):

- ``check --format jsonl --no-cache``: seconds, peak RSS, claims/s, and the warnings scored
  against the generator's ``planted.jsonl``: a warning is right when one of its claims sits
  in a planted sentence; a planted sentence is found when a warning cites it;
- ``check`` cold with a fresh cache, then warm after rewriting 1% of the files: seconds, and
  whether the warm findings equal a cold run's;
- ``claims --format json --no-cache``: MB of text per second;
- with ``--dask``, ``check --engine dask`` on a local cluster of two workers: seconds, and
  whether its output is the local engine's byte for byte (peak RSS is not given: the work
  runs in the workers' processes).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_gen import generate  # noqa: E402

BIN = shutil.which("crosscheck") or "crosscheck"


#: starts the command and reports its peak RSS: a process forked from this one would count
#: this one's memory as its own (Linux carries a process's high-water mark across fork and
#: exec), and this one holds the scored output of the runs before
_LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(f"maxrss={usage.ru_maxrss}", file=sys.stderr)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run(args: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one crosscheck command."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _LAUNCHER, BIN, *args],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    err = proc.stderr.decode(errors="replace")
    if proc.returncode not in (0, 1):
        raise SystemExit(f"crosscheck {' '.join(args)} failed: {err[-500:]}")
    maxrss = int(err.rsplit("maxrss=", 1)[1].split()[0])
    return wall, maxrss / 1024


def score(jsonl: Path, planted: Path) -> tuple[int, int, int, int, int]:
    """(claims, warnings, right warnings, planted, planted found)."""
    wrong = {(m["file"], m["sentence"]) for m in map(json.loads, planted.open())}
    claims, warnings = {}, []
    for line in jsonl.open(encoding="utf-8"):
        r = json.loads(line)
        if r["type"] == "claim":
            claims[r["id"]] = r
        elif r["type"] == "finding" and r["severity"] in ("warning", "error"):
            warnings.append(r)
    docs = {}
    for line in jsonl.open(encoding="utf-8"):
        r = json.loads(line)
        if r["type"] == "document":
            docs[r["id"]] = Path(r["path"]).name

    def cited(f):
        return {(docs[claims[c]["doc"]], claims[c]["sentence"]) for c in f["claims"]
                if c in claims}

    right = sum(1 for f in warnings if cited(f) & wrong)
    found = {s for f in warnings for s in cited(f) & wrong}
    return len(claims), len(warnings), right, len(wrong), len(found)


def bench(n: int, seed: int, keep: Path | None, dask: bool = False) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="crosscheck-scale-"))
    try:
        corpus = (keep or tmp) / f"gen{n}"
        if corpus.exists():
            shutil.rmtree(corpus)
        generate(n, corpus, seed)
        size = sum(f.stat().st_size for f in corpus.glob("*.txt")) / 1e6
        out = tmp / "check.jsonl"
        wall, rss = run(["check", str(corpus), "--format", "jsonl", "--output", str(out),
                         "--no-cache"])
        claims, warnings, right, planted, found = score(out, corpus / "planted.jsonl")
        print(f"{n:,} documents ({size:.1f} MB): check --format jsonl {wall:.1f} s, peak RSS "
              f"{rss:,.0f} MB, {claims / wall:,.0f} claims/s ({claims:,} claims)")
        print(f"  warnings {warnings}, right {right} (precision "
              f"{right / warnings if warnings else 1:.2f}); planted {planted}, found {found} "
              f"(recall {found / planted if planted else 1:.2f})")
        cache = tmp / "cache"
        cold, _ = run(["check", str(corpus), "--format", "jsonl", "--output",
                       str(tmp / "cold.jsonl"), "--cache", str(cache)])
        files = sorted(corpus.glob("*.txt"))
        for f in files[:: 100]:
            f.write_text(f.read_text(encoding="utf-8") + "\nOfficials gave no new figures.\n",
                         encoding="utf-8")
        warm, _ = run(["check", str(corpus), "--format", "jsonl", "--output",
                       str(tmp / "warm.jsonl"), "--cache", str(cache)])
        run(["check", str(corpus), "--format", "jsonl", "--output", str(tmp / "fresh.jsonl"),
             "--no-cache"])
        same = (tmp / "warm.jsonl").read_bytes() == (tmp / "fresh.jsonl").read_bytes()
        print(f"  cache: cold {cold:.1f} s, after changing {len(files[::100])} files "
              f"{warm:.1f} s ({warm / cold:.0%} of cold), same output as a cold run: {same}")
        if dask:
            wall, _ = run(["check", str(corpus), "--format", "jsonl", "--output",
                           str(tmp / "dask.jsonl"), "--no-cache", "--engine", "dask",
                           "--jobs", "2"])
            # against the cold run of the corpus as it is now (1% of it was rewritten above)
            same = (tmp / "dask.jsonl").read_bytes() == (tmp / "fresh.jsonl").read_bytes()
            print(f"  check --engine dask (2 local workers): {wall:.1f} s, same output as the "
                  f"local engine: {same}")
        wall, rss = run(["claims", str(corpus), "--format", "json", "--output",
                         str(tmp / "claims.json"), "--no-cache"])
        print(f"  claims --format json: {wall:.1f} s, {size / wall:.2f} MB/s, peak RSS "
              f"{rss:,.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", default="1000,10000")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="write the generated archives here")
    ap.add_argument("--dask", action="store_true", help="also run check --engine dask")
    args = ap.parse_args(argv)
    print(f"crosscheck: {BIN}")
    for n in (int(x) for x in args.docs.split(",")):
        bench(n, args.seed, args.keep, args.dask)
    return 0


if __name__ == "__main__":
    sys.exit(main())
