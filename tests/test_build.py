"""The installed build: CI installs the mypyc-compiled extraction, and it reads every text
exactly as the pure-Python source does (figures, then their scope and frames)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from crosscheck.extract import compiled
from test_extract_grammar import CASES
from test_extract_money import EXPECTED

from conftest import ROOT, SEEDS

# Prints every field of every claim, keep_bare on and off, for the texts given on stdin.
_DUMP = """
import json, pathlib, sys
from crosscheck.corpus import document_from_text
from crosscheck.extract import extract_document, load_lexicon
from crosscheck.pipeline import extract_claims
rules = pathlib.Path(sys.argv[1])
lex = load_lexicon(rules)
texts = json.load(sys.stdin)
for i, text in enumerate(texts):
    for keep_bare in (False, True):
        doc = document_from_text(f"d{i}", text)
        for c in extract_document(doc, lex, keep_bare=keep_bare):
            print(repr(tuple(c)))
# scope and frames (compiled too): every claim with its place, time and frame
docs, claims = extract_claims([document_from_text(f"d{i}", t) for i, t in enumerate(texts)],
                              rules)
for d in docs:
    print(d.id, d.published, d.date_source)
for c in claims:
    print(repr(tuple(c)))
"""


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [case[0] for case in CASES] + [case[1] for case in EXPECTED]  # text, surface
    # news texts of many kinds, for the frames and places read around their figures
    texts += [p.read_text(encoding="utf-8")
              for p in sorted((ROOT / "tests" / "fixtures" / "genres").glob("*/*.txt"))]
    # the shapes the type checks of compiled code could trip on: no figure, odd digits
    texts += ["", "No figures here.", "İstanbul got 5 İ-grants", "1" * 400, "$1 000 000",
              "two and a half", "٣ things", "x" * 2000 + " 12 cats"]
    return texts


def _dump(env: dict[str, str]) -> str:
    proc = subprocess.run([sys.executable, "-c", _DUMP, str(ROOT / "rules")],
                          input=json.dumps(_texts()), capture_output=True, text=True,
                          env=env, check=True)
    return proc.stdout


@pytest.mark.skipif(os.environ.get("CI") != "true", reason="only CI promises a C compiler")
def test_ci_installs_the_compiled_extraction():
    assert compiled(), "the wheel fell back to pure Python: see hatch_build.py's warning"


@pytest.mark.skipif(not compiled(), reason="this install is pure Python")
def test_compiled_extraction_reads_like_the_pure_source():
    installed = _dump(dict(os.environ))
    pure = _dump({**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert installed.count("\n") > 100
    assert installed == pure
