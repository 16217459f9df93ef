#!/usr/bin/env python3
"""An archive of many stories: folders that are each about one story, read as one corpus.

    python bench/archive_mix.py FOLDER [FOLDER ...] [--list N]

A newsroom's archive holds many stories side by side, and crosscheck must not compare the
figures of one with the figures of another because their words are alike (an airline's
passengers and an airport's, two fires' homes). Each folder is checked alone, then all
of them together (each file under its folder's name). Printed: the warnings of the folders
checked alone, the warnings of the archive, the archive's warnings that cite texts of two
folders or more (every one is a false alarm: the folders tell different stories), and the
warnings of a folder checked alone that no archive warning of the same rule cites (what
mixing lost).
``tests/fixtures/genres/*/`` and the development corpus's folders are suitable input.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

from crosscheck.corpus import SUFFIXES
from crosscheck.pipeline import analyze

#: what joins a folder's name to a file's in the archive
SEPARATOR = "__"


def _warnings(result) -> list:
    return [f for f in result.findings if f.severity in ("warning", "error")]


def _key(finding, doc_path: dict[str, str]) -> tuple:
    """A finding as the same statement in either run: its rule and the files and spans of
    its claims (document ids differ between the runs, file names do not)."""
    spans = []
    for cid in finding.claims:
        doc, _, span = cid.rpartition(":")
        spans.append((Path(doc_path[doc]).name, span))
    return finding.rule, tuple(sorted(spans))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--list", type=int, default=20, help="cross-folder warnings to print")
    args = ap.parse_args(argv)
    folders = [f for f in args.folders
               if f.is_dir() and any(x.suffix in SUFFIXES for x in f.iterdir())]
    if len({f.name for f in folders}) != len(folders):
        print("archive_mix: two folders share a name", file=sys.stderr)
        return 2
    alone: set[tuple] = set()
    for folder in folders:
        result = analyze([folder])
        paths = {d.id: f"{folder.name}{SEPARATOR}{Path(d.path).name}" for d in result.documents}
        alone |= {_key(f, paths) for f in _warnings(result)}
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        archive.mkdir()
        sources: dict = {}
        for folder in folders:
            for f in sorted(folder.iterdir()):
                if f.suffix in SUFFIXES and f.stem.upper() != "README":
                    shutil.copyfile(f, archive / f"{folder.name}{SEPARATOR}{f.name}")
            if (folder / "sources.yaml").is_file():
                # (the texts' dates and outlets go with them)
                meta = yaml.safe_load((folder / "sources.yaml").read_text(encoding="utf-8"))
                sources |= {f"{folder.name}{SEPARATOR}{k}": v for k, v in (meta or {}).items()}
        if sources:
            (archive / "sources.yaml").write_text(yaml.safe_dump(sources), encoding="utf-8")
        result = analyze([archive])
        paths = {d.id: d.path for d in result.documents}
        mixed = _warnings(result)
        keys = {_key(f, paths) for f in mixed}
        cross = [f for f in mixed
                 if len({Path(paths[c.rpartition(":")[0]]).name.split(SEPARATOR)[0]
                         for c in f.claims}) > 1]
    print(f"{len(folders)} folders, {len(result.documents)} texts: {len(alone)} warnings "
          f"checked alone, {len(mixed)} as one archive")
    print(f"  warnings citing two folders or more (false alarms): {len(cross)}")
    for f in cross[:args.list]:
        print(f"    {f.rule}: {f.message[:150]}")
    lost = [k for k in alone if not any(rule == k[0] and set(k[1]) <= set(spans)
                                        for rule, spans in keys)]
    print(f"  warnings of a folder alone that no archive warning of the rule cites: {len(lost)}")
    for rule, spans in sorted(lost)[:args.list]:
        print(f"    {rule}: {', '.join(f'{name} {span}' for name, span in spans)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
