"""Command line: argument parsing and exit codes only; the work is in :mod:`crosscheck.pipeline`.

Exit codes, like a linter: 0 nothing at or above ``--fail-on``, 1 findings at or above it,
2 bad input or usage (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import re
import shlex
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from . import __version__
from .cache import ClaimsCache
from .cache import default_dir as cache_dir
from .corpus import DEFAULT_MAX_BYTES, Skipped
from .engines import AUTO_MIN_PIECES, Engine, make_engine
from .errors import CrosscheckError, UsageError
from .extract import build_name
from .findings import SEVERITIES, severity_rank
from .output import atomic_writer, write_atomic
from .pipeline import Result, analyze, stream_claims
from .report import REPORTERS, ReportOptions
from .report.csvfmt import claims_csv
from .report.jsonfmt import claims_json_of_batches, claims_jsonl_of_batches
from .resources import default_rules_dir

COMMANDS = ("check", "claims", "report", "rules", "groups", "explain", "baseline")


def _paths_and_rules(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders of .txt/.md documents (default: the sample corpus)")
    p.add_argument("--rules", action="append", metavar="DIR",
                   help="rules folder; repeat to combine (default: ./rules or the bundled pack)")
    p.add_argument("--jobs", type=int, default=0, metavar="N",
                   help="read documents in N processes (default 0: one per core once there "
                        f"are {AUTO_MIN_PIECES} or more to read; 1: this process only)")
    p.add_argument("--cache", metavar="DIR",
                   help="keep each document's claims here between runs (default: "
                        "$CROSSCHECK_CACHE or the user cache folder, ~/.cache/crosscheck)")
    p.add_argument("--no-cache", action="store_true",
                   help="read every document afresh and store nothing")
    p.add_argument("--max-file-size", type=float, default=DEFAULT_MAX_BYTES / 1e6,
                   metavar="MB", help="skip files larger than this (default: %(default)g MB)")
    p.add_argument("--encoding", metavar="NAME",
                   help="read files in this encoding (default: UTF-8, or UTF-16 with a "
                        "byte-order mark)")
    p.add_argument("--strict", action="store_true",
                   help="exit 2 when any file was skipped (default: skipped files are "
                        "listed and the rest is checked)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where the work runs: here (default), or on a Dask cluster "
                        "(needs crosscheck[dask])")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler of a running cluster "
                        "(tcp://host:8786); default: a local cluster of --jobs workers, one "
                        "per core when --jobs is 0 or 1")


def _baseline_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--baseline", metavar="FILE",
                   help="hide the findings recorded in FILE (see `crosscheck baseline write`)")


def _display(p: argparse.ArgumentParser) -> None:
    p.add_argument("--min-severity", choices=SEVERITIES, default="info",
                   help="hide findings below this severity (default: info)")
    p.add_argument("--no-color", action="store_true", help="plain text, no colours")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Cross-validate the numbers in a set of documents. With no command, "
                    "runs `check` on the given paths (default: the bundled sample corpus).")
    parser.add_argument("--version", action="version",
                        version=f"crosscheck {__version__} ({build_name()})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("check", help="extract claims, run the rules, report findings",
                       description="Extract claims, run the rules and report the findings.")
    _paths_and_rules(p)
    p.add_argument("--format", choices=sorted(REPORTERS), default="terminal")
    p.add_argument("--output", metavar="FILE", help="write the report here instead of stdout")
    p.add_argument("--fail-on", choices=("never", *SEVERITIES), default="error",
                   help="exit 1 when a finding is at or above this severity (default: error)")
    _baseline_arg(p)
    _display(p)

    p = sub.add_parser("claims", help="list every extracted claim",
                       description="List every extracted claim as a table, CSV, JSON or "
                                   "JSON Lines.")
    _paths_and_rules(p)
    p.add_argument("--format", choices=("table", "csv", "json", "jsonl"), default="table")
    p.add_argument("--output", metavar="FILE", help="write here instead of stdout")

    p = sub.add_parser("report", help="write a Markdown audit report into reports/",
                       description="Write a Markdown audit report named after the corpus.")
    _paths_and_rules(p)
    p.add_argument("--output-dir", default="reports", metavar="DIR",
                   help="folder for the report (default: reports)")
    p.add_argument("--output", metavar="FILE", help="exact report file (overrides --output-dir)")
    p.add_argument("--min-severity", choices=SEVERITIES, default="info")
    p.add_argument("--timestamp", action="store_true",
                   help="write the time of the run into the report (off: same input, same "
                        "bytes)")
    _baseline_arg(p)

    p = sub.add_parser("baseline", help="record today's findings as known",
                       description="Record the findings at warning or above in FILE; later "
                                   "runs with --baseline FILE hide them.")
    bsub = p.add_subparsers(dest="baseline_command", metavar="ACTION", required=True)
    bp = bsub.add_parser("write", help="write (or update, keeping reasons) a baseline file",
                         description="Write or update a baseline file, keeping its reasons.")
    bp.add_argument("file", metavar="FILE")
    _paths_and_rules(bp)

    p = sub.add_parser("rules", help="list, validate or test rules",
                       description="Work with rule files.")
    rsub = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    for name, text in (("list", "list the rules"), ("validate", "check rule files strictly"),
                       ("test", "run every rule's flag/pass examples"),
                       ("schema", "print the JSON Schema of a rule file")):
        rp = rsub.add_parser(name, help=text, description=text.capitalize() + ".")
        rp.add_argument("dirs", nargs="*", metavar="DIR",
                        help="rules folders (default: ./rules or the bundled pack)")
        if name == "list":
            rp.add_argument("--no-color", action="store_true")

    p = sub.add_parser("groups", help="show which claims were grouped as the same subject",
                       description="Show each subject group, its members with quotes, and the "
                                   "scores that joined them.")
    _paths_and_rules(p)

    p = sub.add_parser("explain", help="print one finding in full",
                       description="Print one finding: claims, quotes, arithmetic, the rule "
                                   "file and line that raised it.")
    p.add_argument("finding", metavar="FINDING_ID", help="an id such as conversion-rate#311a50e9")
    _paths_and_rules(p)
    return parser


def _emit(text: str | Iterable[str], output: str | None) -> None:
    """Text, or its pieces as they come, to ``--output`` (atomically) or stdout."""
    if output:
        write_atomic(Path(output), text)
        print(f"wrote {output}", file=sys.stderr)
    elif isinstance(text, str):
        sys.stdout.write(text)
    else:
        for piece in text:
            sys.stdout.write(piece)


def _render(result: Result, fmt: str, opts: ReportOptions, output: str | None) -> None:
    """A report written as it is made: to stdout, or to ``--output`` through a temporary
    file renamed when it is whole."""
    if not output:
        REPORTERS[fmt](result, sys.stdout, opts)
        return
    with atomic_writer(Path(output)) as fh:
        REPORTERS[fmt](result, fh, opts)
    print(f"wrote {output}", file=sys.stderr)


def _command_line(argv: list[str]) -> str:
    return "crosscheck " + " ".join(shlex.quote(a) for a in argv)


class _ProgressBar:
    """Bars on stderr, one per long stage (reading, grouping, checks), for corpora over a few
    dozen documents, only on a terminal."""

    MIN_DOCUMENTS = 36

    def __init__(self) -> None:
        self.bar = None
        self.drawn = 0.0  # when the bars were last drawn
        self.tasks: dict[str, object] = {}
        self.on = sys.stderr.isatty()

    def __call__(self, done: int, total: int, stage: str = "reading documents") -> None:
        if not self.on:
            return
        if self.bar is None:
            if stage != "reading documents" or total < self.MIN_DOCUMENTS:
                self.on = stage == "reading documents" and total >= self.MIN_DOCUMENTS
                return
            from rich.console import Console
            from rich.progress import Progress

            # drawn on each update, not by a thread of its own: the rules of a large run are
            # run in forked workers, and a fork must not copy a lock another thread holds
            self.bar = Progress(console=Console(stderr=True), transient=True,
                                auto_refresh=False)
            self.bar.start()
        if stage not in self.tasks:
            self.tasks[stage] = self.bar.add_task(stage, total=total)
        self.bar.update(self.tasks[stage], completed=done)
        now = time.monotonic()
        if now - self.drawn >= 0.1 or done >= total:
            self.bar.refresh()
            self.drawn = now

    def close(self) -> None:
        """Take the bars off the terminal."""
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def _with_baseline(result: Result, path: str | None) -> Result:
    if path:
        from . import baseline

        result.findings, result.baselined, result.stale = baseline.split(
            result.findings, baseline.load(Path(path)))
    return result


def _cache(args: argparse.Namespace) -> ClaimsCache | None:
    """The claims cache the options ask for (``CROSSCHECK_CACHE=off`` turns it off too)."""
    if args.no_cache or (not args.cache and os.environ.get("CROSSCHECK_CACHE") == "off"):
        return None
    return ClaimsCache(Path(args.cache) if args.cache else cache_dir())


def _analyzed(args: argparse.Namespace) -> Result:
    """The whole pipeline for ``check`` and ``report``, with progress bars on a terminal."""
    bar = _ProgressBar()
    try:
        return _skipped(analyze(args.paths or None, args.rules, progress=bar, jobs=args.jobs,
                                cache=_cache(args), **_reading(args)))
    finally:
        bar.close()


def _reading(args: argparse.Namespace) -> dict:
    """How to read the corpus: the size limit, the encoding and the engine the options ask
    for."""
    if args.max_file_size <= 0:
        raise UsageError("--max-file-size must be above 0")
    return {"max_bytes": int(args.max_file_size * 1e6), "encoding": args.encoding,
            "engine": getattr(args, "engine_instance", None)}


def _start_engine(args: argparse.Namespace) -> Engine | None:
    """The Dask engine --engine dask asks for (the local engine needs no starting)."""
    if getattr(args, "engine", "local") != "dask":
        if getattr(args, "scheduler", None):
            raise UsageError("--scheduler needs --engine dask")
        return None
    try:
        return make_engine("dask", args.jobs, args.scheduler)
    except (RuntimeError, OSError) as exc:
        raise UsageError(f"cannot start the Dask engine: {exc}") from exc


def _skipped(result: Result) -> Result:
    """One line on stderr for each file that was not read."""
    _say_skipped(result.skipped)
    return result


def _say_skipped(skipped: list[Skipped]) -> None:
    for s in skipped:
        print(f"crosscheck: skipped {s.path}: {s.cause}", file=sys.stderr)


def _exit(args: argparse.Namespace, skipped: list[Skipped], code: int) -> int:
    """``code``, or 2 under --strict when a file was skipped."""
    return 2 if getattr(args, "strict", False) and skipped else code


def _cmd_check(args: argparse.Namespace, argv: list[str]) -> int:
    result = _with_baseline(_analyzed(args), args.baseline)
    opts = ReportOptions(min_severity=args.min_severity, color=False if args.no_color else None,
                         command=_command_line(argv))
    _render(result, args.format, opts, args.output)
    if args.fail_on == "never":
        return _exit(args, result.skipped, 0)
    floor = severity_rank(args.fail_on)
    return _exit(args, result.skipped,
                 1 if any(severity_rank(f.severity) >= floor for f in result.findings) else 0)


def _cmd_claims(args: argparse.Namespace) -> int:
    if args.format in ("json", "jsonl"):
        # written as they are read: a batch of documents (a section of a long text) at a time
        skipped, batches = stream_claims(args.paths or None, args.rules, jobs=args.jobs,
                                         cache=_cache(args), **_reading(args))
        _say_skipped(skipped)
        encoder = claims_json_of_batches if args.format == "json" else claims_jsonl_of_batches
        _emit(encoder(batches), args.output)
        return _exit(args, skipped, 0)
    result = _skipped(analyze(args.paths or None, args.rules, run_checks=False, jobs=args.jobs,
                              cache=_cache(args), **_reading(args)))
    if args.format == "csv":
        buf = io.StringIO()
        claims_csv(result.claim_list, buf)
        _emit(buf.getvalue(), args.output)
    else:
        import pandas as pd

        df = result.claims[["id", "kind", "surface", "value", "unit", "qualifier", "subject",
                            "place", "period"]]
        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.width", 200, "display.max_colwidth", 40):
            _emit(df.to_string(index=False) + "\n", args.output)
    return _exit(args, result.skipped, 0)


def report_name(inputs: list[str]) -> str:
    """The report's file name, after the corpus: ``seeds.md``, ``a+b.md``."""
    names = [Path(p).resolve().name or "corpus" for p in inputs]
    stem = "+".join(Path(n).stem for n in names)[:80]
    return re.sub(r"[^\w.+-]", "_", stem) + ".md"


def _cmd_report(args: argparse.Namespace, argv: list[str]) -> int:
    import datetime as dt

    from .report.chart import rates_chart

    result = _with_baseline(_analyzed(args), args.baseline)
    target = Path(args.output) if args.output else Path(args.output_dir) / report_name(
        result.inputs)
    chart = target.with_name(target.stem + ".rates.png")
    has_chart = rates_chart(result, chart)
    if not has_chart:
        chart.unlink(missing_ok=True)  # a stale picture from an earlier run would mislead
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if args.timestamp else ""
    opts = ReportOptions(min_severity=args.min_severity, color=False,
                         command=_command_line(argv), timestamp=stamp,
                         chart=chart.name if has_chart else "")
    buf = io.StringIO()
    REPORTERS["markdown"](result, buf, opts)
    write_atomic(target, buf.getvalue())
    print(f"wrote {target}" + (f" and {chart}" if has_chart else ""))
    return _exit(args, result.skipped, 0)


def _cmd_baseline(args: argparse.Namespace) -> int:
    from . import baseline

    result = _skipped(analyze(args.paths or None, args.rules, jobs=args.jobs,
                              cache=_cache(args), **_reading(args)))
    n = baseline.write(Path(args.file), result.findings)
    print(f"wrote {n} finding(s) to {args.file}")
    return 0


def _cmd_rules(args: argparse.Namespace) -> int:
    from .rulebook import load_rules
    from .ruletest import run_examples

    if args.rules_command == "schema":
        from .rulebook import json_schema

        print(json.dumps(json_schema(), indent=2))
        return 0
    dirs = [Path(d) for d in args.dirs] or [default_rules_dir()]
    rules = load_rules(dirs)
    if args.rules_command == "validate":
        from .extract.lexicon import load_lexicon
        from .grouping import load_config

        for d in dirs:  # the data files beside the rules are validated as strictly
            load_lexicon(d.resolve())
            load_config(d)
        print(f"{len(rules)} rule(s) valid in {', '.join(map(str, dirs))}")
        return 0
    if args.rules_command == "list":
        for r in rules:
            print(f"{r.id}\t{r.check}\t{r.severity}\t{r.title}")
        return 0
    results = run_examples(rules, dirs[0])
    failed = [r for r in results if not r.ok]
    for r in results:
        status = "ok  " if r.ok else "FAIL"
        print(f"{status} {r.rule} {r.expect}: {' '.join(r.text.split())[:70]}")
        if not r.ok:
            why = "; ".join(r.messages) if r.flagged else "no finding"
            print(f"     expected {'a finding' if r.expect == 'flag' else 'none'}, got: {why}")
    untested = [r.id for r in rules if not (r.examples["flag"] or r.examples["pass"])]
    for rid in untested:
        print(f"warn {rid}: no examples")
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def _cmd_groups(args: argparse.Namespace) -> int:
    from .checks.base import doc_label
    from .frame import apart, frame_label
    from .report.safe import visible

    result = _skipped(analyze(args.paths or None, args.rules, run_checks=False, group=True,
                              jobs=args.jobs, cache=_cache(args), **_reading(args)))
    lines = []
    for g in result.groups:
        lines.append(f"{g.id}  {g.kind} {g.unit}  {g.region or 'no place'}  \"{g.label}\"  "
                     f"({len(g.claims)} claims, {len(g.documents)} documents)")
        for c in g.claims:
            lines.append(f"    {c.id}  {c.surface!r}  subject \"{c.subject}\"  period {c.period}")
            lines.append(f"        frame: {frame_label(c)}")
            lines.append(f"        {doc_label(c.doc)}: “{c.sentence}”")
        by_id = {c.id: c for c in g.claims}
        for (a, b), score in g.pair_scores():
            # which frame element keeps the pair from being compared as one quantity
            why = apart(by_id[a], by_id[b])
            verdict = f"apart: {why}" if why else "same quantity"
            lines.append(f"    score {score:5.1f}  {a} ~ {b}  {verdict}")
    lines.append(f"{len(result.groups)} groups of {len(result.claim_list)} claims")
    sys.stdout.write(visible("\n".join(lines)) + "\n")
    return 0


def _cmd_explain(args: argparse.Namespace) -> int:
    from .report.explain import explain

    result = _skipped(analyze(args.paths or None, args.rules, jobs=args.jobs,
                              cache=_cache(args), **_reading(args)))
    matches = [f for f in result.findings if f.id == args.finding
               or f.fingerprint.startswith(args.finding.split("#")[-1])]
    if not matches:
        raise UsageError(f"no finding {args.finding!r} in this corpus (see `crosscheck check`)")
    sys.stdout.write(explain(result, matches[0]))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``crosscheck`` console script."""
    # A run holds hundreds of thousands of long-lived claims and strings and makes few
    # reference cycles: at the default threshold the cyclic collector walked them all again
    # and again, a fifth of the wall time of a 10,000-document check. Collected 140 times
    # less often, the garbage it exists for is still freed. (Restored after: a program that
    # calls main() keeps its own setting.)
    threshold = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        return _run(argv)
    finally:
        gc.set_threshold(*threshold)


def _run(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["check", *argv]
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        args.engine_instance = _start_engine(args)
        if args.command == "check":
            return _cmd_check(args, argv)
        if args.command == "claims":
            return _cmd_claims(args)
        if args.command == "report":
            return _cmd_report(args, argv)
        if args.command == "rules":
            return _cmd_rules(args)
        if args.command == "groups":
            return _cmd_groups(args)
        if args.command == "explain":
            return _cmd_explain(args)
        if args.command == "baseline":
            return _cmd_baseline(args)
        raise UsageError(f"unknown command {args.command!r}")
    except CrosscheckError as exc:
        print(f"crosscheck: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("crosscheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        if getattr(args, "engine_instance", None) is not None:
            args.engine_instance.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
