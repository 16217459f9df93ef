import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.corpus import load_corpus, split_sentences, stated_date
from crosscheck.errors import CorpusError
from crosscheck.pipeline import analyze
from crosscheck.sentences import _BOUNDARY, boundaries

from conftest import SEEDS


def test_sentences_index_the_text_exactly():
    for doc in load_corpus([SEEDS]):
        for s in doc.sentences:
            assert doc.text[s.start:s.end] == s.text


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=".!?\"”’)] \tx1\n", max_size=40))
def test_boundaries_by_stop_are_those_of_one_scan(text):
    assert boundaries(text) == [m.span() for m in _BOUNDARY.finditer(text)]


def test_abbreviations_and_list_numbers_do_not_split_sentences():
    text = "See Background Brief No. 1431 today.\n- 2. The PAPs work. They also aim."
    sents = [s.text for s in split_sentences(text)]
    assert sents == ["See Background Brief No. 1431 today.", "- 2. The PAPs work.",
                     "They also aim."]


def test_verbatim_repeated_sentence_counts_once():
    doc = next(d for d in load_corpus([SEEDS]) if d.id.startswith("002"))
    dups = [s for s in doc.sentences if s.duplicate_of is not None]
    assert len(dups) == 3
    assert all("Kindergarten in Lhasa aims" in s.text for s in dups)


def test_dates_stated_in_metadata_and_inferred_from_text():
    docs = {d.id[:3]: d for d in analyze([SEEDS], run_checks=False).documents}
    assert docs["002"].published == dt.date(2024, 8, 26)
    assert docs["002"].date_source == "stated"
    assert docs["003"].published == dt.date(2019, 2, 8)
    assert (docs["000"].published, docs["000"].date_source) == (dt.date(2017, 6, 1), "inferred")
    assert docs["001"].published.year == 2023  # "2021-25" is a plan period, not the past
    assert docs["001"].date_source == "inferred-year"
    assert docs["004"].published.year == 2018


def test_dateline_in_header_is_a_stated_date():
    assert stated_date("Title\n\nAugust 26, 2024Chinadaily\nBody") == dt.date(2024, 8, 26)
    assert stated_date("Date of Publication: 8 February 2019") == dt.date(2019, 2, 8)
    assert stated_date("No date here, only 2019.") is None


def test_non_utf8_file_is_a_one_line_error_with_file_and_line(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"fine line\nbad \xff byte\n")
    with pytest.raises(CorpusError) as err:
        load_corpus([f])
    assert str(err.value) == f"{f}:2: not UTF-8 text (byte 0xff)"


def test_missing_path_and_empty_folder_are_errors(tmp_path):
    with pytest.raises(CorpusError, match="no such file"):
        load_corpus([tmp_path / "nope"])
    with pytest.raises(CorpusError, match="no .txt or .md"):
        load_corpus([tmp_path])


def test_bad_sources_yaml_names_the_line(tmp_path):
    (tmp_path / "a.txt").write_text("In 2015 it cost 5 yuan.", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("a.txt:\n  title: A\nb.txt:\n  published: soon\n",
                                           encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        load_corpus([tmp_path])
    assert "sources.yaml:3:" in str(err.value)
    assert "not YYYY-MM-DD" in str(err.value)
