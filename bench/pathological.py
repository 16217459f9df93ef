#!/usr/bin/env python3
"""Pathological documents: does crosscheck stay linear in time and bounded in memory?

    python bench/pathological.py [--sizes 5,10,20,50] (MB) [--shapes one-line,report]
                                 [--command claims|check]

For each shape and size, one file is written and ``crosscheck claims FILE --format jsonl``
(or ``check``, which also groups and checks) runs on it as a user would (process start
included, ``--max-file-size`` raised to fit), with
peak resident memory from the kernel's accounting of that process. Shapes:

- ``one-line``: one line of prose with figures and no sentence break;
- ``figures``: a document that is nothing but figures ("12, 13, 14, ...": a million at 7 MB);
- ``parentheses``: 10,000 nested parentheses around a figure, repeated;
- ``long-word``: words of a million letters with a figure between them;
- ``report``: one long report of ordinary sentences, each with four figures (a change, its
  base and a year): the arithmetic checks read every sentence of it.

Printed: seconds, MB/s, peak RSS, and the time ratio between consecutive sizes (linear: about
the size ratio). ``claims`` writes the claims as it reads them, a section of a long text at a
time: its peak RSS should stay flat as the size grows; ``check`` holds every claim.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import run as measured  # noqa: E402


def _unrepeated(n: int, unit) -> str:
    # every piece differs: a text that repeats is read once per distinct sentence, and would
    # measure nothing
    out, i, size = [], 0, 0
    while size < n:
        s = unit(i)
        out.append(s)
        size += len(s)
        i += 1
    return "".join(out)[:n]


def one_line(n: int) -> str:
    return _unrepeated(n, lambda i: f"the province sent {i} doctors and {i % 97}.{i % 10} "
                                    f"billion yuan to the region in {1990 + i % 30} and ")


def figures(n: int) -> str:
    return _unrepeated(n, lambda i: f"{i + 10}, ")


def parentheses(n: int) -> str:
    unit = "(" * 10_000 + "300 doctors" + ")" * 10_000 + ". "
    return (unit * (n // len(unit) + 1))[:n]


def long_word(n: int) -> str:
    unit = "a" * 1_000_000 + " 300 doctors "
    return (unit * (n // len(unit) + 1))[:n]


def report(n: int) -> str:
    return _unrepeated(n, lambda i: f"In {2000 + i % 24} the county sent {100 + i * 7 % 9900:,} "
                                    f"nurses and spent {1 + i % 99} million dollars, up "
                                    f"{1 + i % 30} percent from {100 + i % 900} million "
                                    f"dollars. ")


SHAPES = {"one-line": one_line, "figures": figures, "parentheses": parentheses,
          "long-word": long_word, "report": report}


def run(path: Path, mb: float, command: str = "claims") -> tuple[float, float]:
    """Seconds and peak RSS (MB) of crosscheck on ``path``, measured in a small launcher
    process (:func:`scale.run`): a command forked from this one, which holds the generated
    text, would count this one's memory as its own."""
    return measured([command, str(path), "--format", "jsonl", "--no-cache",
                     "--max-file-size", str(mb + 1), "--output", os.devnull])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="5,10,20,50")
    ap.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated")
    ap.add_argument("--command", choices=("claims", "check"), default="claims")
    args = ap.parse_args(argv)
    sizes = [float(x) for x in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        for shape in args.shapes.split(","):
            make = SHAPES[shape]
            last = None
            for mb in sizes:
                path = Path(tmp) / f"{shape}.txt"
                path.write_text(make(int(mb * 1_000_000)), encoding="utf-8")
                wall, rss = run(path, mb, args.command)
                ratio = f"  x{wall / last[1]:.1f} time for x{mb / last[0]:.1f} size" if last \
                    else ""
                print(f"{shape:<12} {mb:5g} MB  {wall:6.1f} s  {mb / wall:5.2f} MB/s  "
                      f"peak RSS {rss:7,.0f} MB{ratio}")
                last = (mb, wall)
                path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
