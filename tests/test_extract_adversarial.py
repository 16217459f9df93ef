"""Extraction stays linear on inputs built to make a backtracking regex explode.

These are guards against catastrophic (quadratic or exponential) behaviour, not speed
measurements: the bound is generous; bench/extraction_speed.py reports the real figures.
"""

import time

import pytest

from crosscheck.corpus import document_from_text
from crosscheck.extract import extract_document, load_lexicon

from conftest import RULES

MB = 1_000_000
INPUTS = {
    "digit run": "7" * MB,
    "thousands of commas": "1," * (MB // 2),
    "comma groups": "1" + ",000" * (MB // 4),
    "nested parentheses": "(" * (MB // 2) + "12 yuan" + ")" * (MB // 2),
    "dotted digits": "1." * (MB // 2),
    "e-mail lookalike": "a." * (MB // 2),
}


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_one_megabyte_adversarial_input_finishes_fast(name):
    lex = load_lexicon(RULES)
    text = INPUTS[name]
    t0 = time.perf_counter()
    claims = extract_document(document_from_text("adv", text), lex)
    elapsed = time.perf_counter() - t0
    assert elapsed < 10, f"{name}: {elapsed:.1f}s for 1 MB"
    for c in claims[:100]:
        assert text[c.start:c.end] == c.surface


def test_a_giant_run_on_sentence_stays_linear_through_the_whole_pipeline(tmp_path):
    from crosscheck.pipeline import analyze

    (tmp_path / "a.txt").write_text("They sent " + "5 teachers, " * 20000 + "in 2019.",
                                    encoding="utf-8")
    t0 = time.perf_counter()
    result = analyze([tmp_path], [RULES])
    assert time.perf_counter() - t0 < 30
    assert all(len(c.sentence) <= 1500 for c in result.claim_list)


def test_a_year_after_a_percentage_is_no_percentage_of_its_own():
    doc = document_from_text("t", "Turnout was 61 percent, above the 58 percent of 2019.")
    found = [(c.surface, c.value) for c in extract_document(doc, load_lexicon(RULES))
             if c.kind == "percent"]
    assert found == [("61 percent", 61.0), ("58 percent", 58.0)]
