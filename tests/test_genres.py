"""Warnings on small corpora of other genres than the seeds (floods, budgets, layoffs,
outbreaks, bridges, games, migration, water, storms, a stadium, earnings, pledges, a Markdown
fact sheet, a two-country quake, a vaccine drive, an election, a wildfire, a homes programme),
written for these tests: each folder holds a few made-up news texts with planted
discrepancies and traps (a flow beside a running total, a projection beside an outcome, a
region beside one of its countries). ``expected.yaml`` pins every warning or error a folder
must raise, by rule and the figures it cites, and nothing else may be raised: a new false
alarm or a lost finding fails here. Corroborations and other notes are not pinned."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from crosscheck.pipeline import analyze

GENRES = Path(__file__).parent / "fixtures" / "genres"
EXPECTED = yaml.safe_load((GENRES / "expected.yaml").read_text(encoding="utf-8"))


def _warnings(folder: Path) -> list[dict]:
    result = analyze([folder], cache=None)
    by_id = result.claims_by_id
    return sorted(({"rule": f.rule, "figures": sorted(by_id[i].surface for i in f.claims)}
                   for f in result.findings if f.severity != "info"),
                  key=lambda w: (w["rule"], w["figures"]))


@pytest.mark.parametrize("genre", sorted(EXPECTED))
def test_a_genre_corpus_raises_its_planted_warnings_and_no_other(genre):
    assert _warnings(GENRES / genre) == EXPECTED[genre]
