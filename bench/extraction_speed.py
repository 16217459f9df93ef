#!/usr/bin/env python3
"""Extraction throughput on a corpus of at least 10 MB, and on adversarial input.

    python bench/extraction_speed.py [SUITE_DIR] [--mb 10] [--compare-python PY]
                                     [--q3-kb 200]

The corpus is the bundled seeds plus, when SUITE_DIR is given, every case text of the peer
suites, repeated until it reaches --mb megabytes, one paragraph per line group. crosscheck
runs on one core in this process. quantulum3 (through --compare-python, an interpreter that
has it) is fed the same paragraphs one by one; it manages a few kB/s, so it reads only the
first --q3-kb kilobytes and its throughput is reported for that sample. Each tool's start-up
(rule files, unit tables) is timed apart: it is paid once per process, not per megabyte.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def paragraphs(suite_dir: Path | None) -> list[str]:
    paras = []
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        paras += [p.strip() for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    if suite_dir:
        for f in sorted(suite_dir.glob("*/*.jsonl")):
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    paras.append(json.loads(line)["text"])
    return paras


def build_corpus(paras: list[str], mb: float) -> list[str]:
    out, size, target = [], 0, int(mb * 1_000_000)
    while size < target:
        for p in paras:
            out.append(p)
            size += len(p.encode()) + 2
            if size >= target:
                break
    return out


def adversarial() -> dict[str, str]:
    """1 MB inputs built to make a backtracking regex explode."""
    mb = 1_000_000
    return {
        "digit run": "1" * mb,
        "thousands of commas": ("1," * (mb // 2)),
        "comma groups": "1" + ",000" * (mb // 4),
        "nested parentheses": "(" * (mb // 2) + "1" + ")" * (mb // 2),
        "spaced digits": "1 " * (mb // 2),
        "dots and digits": "1." * (mb // 2),
        "number words": "one " * (mb // 4),
        "money pairs": "5 yuan (1 US dollars) " * (mb // 22),
        "dashes": "1-" * (mb // 2),
    }


def start_up() -> float:
    """Seconds to load the rule files and the pint registry (first duration or unit): paid
    once per process, not per megabyte, so it is timed apart from the throughput."""
    from crosscheck.corpus import document_from_text
    from crosscheck.extract import extract_document, load_lexicon
    from crosscheck.resources import bundled_rules_dir

    t0 = time.perf_counter()
    extract_document(document_from_text("warm-up", "It took 3 years and 5 km."),
                     load_lexicon(bundled_rules_dir()))
    return time.perf_counter() - t0


def run_crosscheck(corpus: list[str]) -> tuple[float, int, int]:
    from crosscheck.corpus import document_from_text
    from crosscheck.extract import extract_document, load_lexicon
    from crosscheck.resources import bundled_rules_dir

    lex = load_lexicon(bundled_rules_dir())
    # One document per pass through the paragraphs: a document never repeats a paragraph,
    # since a verbatim repeat inside one document is read once and would flatter the figure.
    docs, chunk, seen = [], [], set()
    for p in corpus:
        if p in seen:
            docs.append("\n\n".join(chunk))
            chunk, seen = [], set()
        chunk.append(p)
        seen.add(p)
    if chunk:
        docs.append("\n\n".join(chunk))
    nbytes = sum(len(d.encode()) for d in docs)
    t0 = time.perf_counter()
    claims = 0
    for i, text in enumerate(docs):
        claims += len(extract_document(document_from_text(f"d{i}", text), lex))
    return time.perf_counter() - t0, nbytes, claims


def run_quantulum3(corpus: list[str], kb: int) -> tuple[float, int, int]:
    import warnings

    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    # Its first call loads its unit and entity tables (about 1.6 s here): start-up, paid
    # once per process, and left out of its throughput as crosscheck's start-up is of ours.
    with contextlib.suppress(Exception):
        parser.parse("It took 3 years and 5 km.")
    sample, size = [], 0
    for p in corpus:
        if size >= kb * 1000:
            break
        sample.append(p)
        size += len(p.encode())
    t0 = time.perf_counter()
    found = 0
    for p in sample:
        # quantulum3 raises on some inputs; it still spent the time
        with contextlib.suppress(Exception):
            found += len(parser.parse(p))
    return time.perf_counter() - t0, size, found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("suite_dir", nargs="?", type=Path)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--compare-python", metavar="PY")
    ap.add_argument("--q3-kb", type=int, default=200)
    ap.add_argument("--engine", choices=("crosscheck", "quantulum3"), default="crosscheck")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--news-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    corpus = build_corpus(paragraphs(None if args.news_only else args.suite_dir), args.mb)
    if args.engine == "quantulum3":
        secs, nbytes, found = run_quantulum3(corpus, args.q3_kb)
        print(json.dumps({"seconds": secs, "bytes": nbytes, "found": found}))
        return 0
    startup = start_up()
    secs, nbytes, claims = run_crosscheck(corpus)
    mbps = nbytes / 1e6 / secs
    news_mbps = None
    from crosscheck.extract import build_name

    print(f"crosscheck build: {build_name()}")
    print(f"crosscheck start-up (rules, unit registry), once per process: {startup:.2f} s")
    print(f"crosscheck: {nbytes / 1e6:.1f} MB in {secs:.2f} s = {mbps:.2f} MB/s, "
          f"{claims:,} claims = {claims / secs:,.0f} claims/s (one core)")
    if args.suite_dir:
        # Suite cases are almost all figures; news prose is sparser. Report that too.
        news = build_corpus(paragraphs(None), args.mb)
        nsecs, nbytes2, nclaims = run_crosscheck(news)
        news_mbps = nbytes2 / 1e6 / nsecs
        print(f"crosscheck, seeds only (news prose): {nbytes2 / 1e6:.1f} MB in {nsecs:.2f} s = "
              f"{news_mbps:.2f} MB/s, {nclaims / nsecs:,.0f} claims/s")
    if args.compare_python:
        runs = [("seeds and suites", mbps, [])]
        if news_mbps is not None:
            runs.append(("seeds only (news prose)", news_mbps, ["--news-only"]))
        for label, ours, extra in runs:
            proc = subprocess.run(
                [args.compare_python, __file__,
                 *([str(args.suite_dir)] if args.suite_dir else []), *extra,
                 "--engine", "quantulum3", "--q3-kb", str(args.q3_kb), "--mb", str(args.mb)],
                capture_output=True, text=True, check=False, env={"PATH": "/usr/bin:/bin"})
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return 2
            q = json.loads(proc.stdout.strip().splitlines()[-1])
            qbps = q["bytes"] / q["seconds"]
            print(f"quantulum3, {label}: {q['bytes'] / 1e3:.0f} kB (paragraph by paragraph) in "
                  f"{q['seconds']:.2f} s = {qbps / 1e3:.1f} kB/s, {q['found']:,} quantities; "
                  f"crosscheck is {ours * 1e6 / qbps:,.0f}x faster")
    print("adversarial 1 MB inputs (one line each):")
    from crosscheck.corpus import document_from_text
    from crosscheck.extract import extract_document, load_lexicon
    from crosscheck.resources import bundled_rules_dir

    lex = load_lexicon(bundled_rules_dir())
    for name, text in adversarial().items():
        t0 = time.perf_counter()
        n = len(extract_document(document_from_text("adv", text), lex))
        print(f"  {name:22} {time.perf_counter() - t0:6.2f} s  {n:>8,} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
