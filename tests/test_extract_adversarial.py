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


def test_a_number_written_the_way_of_another_language_is_no_claim():
    # "1.250.000" read as English would be 1.25; "2,5 million" would be 2, then "million
    # euros" alone: neither is read at all
    doc = document_from_text("t", "The town received €1.250.000 in aid. The club paid 2,5 "
                                  "million euros for the player.")
    assert [c.surface for c in extract_document(doc, load_lexicon(RULES))] == []
    # English grouping and decimals are read as ever
    doc = document_from_text("t", "The fund paid 1,250 euros and 3.5 million dollars, 2.25 "
                                  "percent of the 1.250 euros a litre.")
    assert [(c.surface, c.value) for c in extract_document(doc, load_lexicon(RULES))] == [
        ("1,250 euros", 1250.0), ("3.5 million dollars", 3.5e6), ("2.25 percent", 2.25),
        ("1.250 euros", 1.25)]


def test_two_numbers_a_slash_joins_into_a_name_or_a_ratio_are_no_claims():
    doc = document_from_text("t", "The 24/7 hotline took 3,000 calls after a 60/40 split.")
    assert [c.surface for c in extract_document(doc, load_lexicon(RULES))] == ["3,000"]
    # a proper fraction is still one
    doc = document_from_text("t", "About 3/4 of the 3,000 calls were answered.")
    assert [(c.surface, c.value) for c in extract_document(doc, load_lexicon(RULES))][0] == \
        ("3/4", 0.75)
