import datetime as dt
from pathlib import Path

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


def test_a_document_keeps_only_its_sentence_offsets_and_builds_the_same_sentences():
    for doc in load_corpus([SEEDS]):
        assert doc.spans is None  # not split until it is read
        kept = doc.split()
        assert kept.spans is not None and len(kept.spans) == 2 * len(doc.sentences)
        assert kept.sentences == split_sentences(doc.text)
        assert kept.sentence_count == doc.sentence_count
        assert kept.sentence_starts == [s.start for s in doc.sentences]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=".!?\"”’)] \tx1\nA", max_size=60))
def test_sentences_rebuilt_from_offsets_are_those_split(text):
    from crosscheck.sentences import sentence_spans, sentences_at

    split = split_sentences(text)
    assert sentences_at(text, sentence_spans(split)) == split


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


def test_a_year_a_text_says_something_is_due_in_is_no_evidence_of_its_date(tmp_path):
    (tmp_path / "a.txt").write_text("The jail held 10,400 inmates in 2025. The first new "
                                    "wing is due to open in 2027, and the other is scheduled "
                                    "to open in 2029.")
    doc = analyze([tmp_path], run_checks=False).documents[0]
    assert doc.published.year == 2025


def test_dateline_in_header_is_a_stated_date():
    assert stated_date("Title\n\nAugust 26, 2024Chinadaily\nBody") == dt.date(2024, 8, 26)
    assert stated_date("Date of Publication: 8 February 2019") == dt.date(2019, 2, 8)
    assert stated_date("No date here, only 2019.") is None


def test_non_utf8_file_is_a_one_line_error_with_file_and_line(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"fine line\nbad \xff byte\n")
    with pytest.raises(CorpusError) as err:
        load_corpus([f])
    assert str(err.value) == f"{f}:2: not UTF-8 text (byte 0xff); --encoding names another"


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


# --- a bad file never stops the rest ---------------------------------------------------------

def _hostile_folder(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text("In 2016 the city sent 300 doctors to Tibet.\n",
                                     encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00 not text")
    (folder / "latin1.txt").write_bytes("Caf\xe9 in 2016 cost 5 yuan.".encode("latin-1"))
    (folder / "empty.md").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (folder / "bom16.txt").write_bytes("In 2017 it sent 40 nurses.".encode("utf-16"))
    (folder / "bom8.txt").write_bytes(b"\xef\xbb\xbfIn 2018 it sent 50 nurses.")
    (folder / "big.txt").write_text("x" * 3000, encoding="utf-8")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    return folder


def test_bad_files_are_skipped_with_their_cause_and_the_rest_is_read(tmp_path):
    from crosscheck.corpus import Skipped

    folder = _hostile_folder(tmp_path)
    skipped: list[Skipped] = []
    docs = load_corpus([folder], skipped, max_bytes=2000)
    assert sorted(d.id for d in docs) == ["bom16", "bom8", "good"]
    causes = {Path(s.path.split(":")[0]).name: s.cause for s in skipped}
    assert causes["binary.txt"].startswith("binary file")
    assert causes["latin1.txt"].startswith("not UTF-8 text")
    assert causes["empty.md"] == causes["blank.txt"] == "empty file"
    assert causes["big.txt"].startswith("larger than")
    assert causes["dangling.txt"] == "broken symbolic link"
    assert len(skipped) == 6  # the loop is not followed, so nothing is read twice


def test_an_encoding_can_be_named(tmp_path):
    from crosscheck.corpus import Skipped

    f = tmp_path / "latin1.txt"
    f.write_bytes("Caf\xe9 in 2016 cost 5 yuan.".encode("latin-1"))
    skipped: list[Skipped] = []
    docs = load_corpus([f], skipped, encoding="latin-1")
    assert docs[0].text.startswith("Café") and skipped == []


def test_cli_lists_skipped_files_and_strict_exits_2(tmp_path, capsys):
    from crosscheck.cli import main

    folder = _hostile_folder(tmp_path)
    code = main(["check", str(folder), "--format", "json", "--max-file-size", "0.002"])
    out, err = capsys.readouterr()
    assert code == 0
    lines = err.strip().splitlines()
    assert len(lines) == 6 and all(x.startswith("crosscheck: skipped ") for x in lines)
    import json

    doc = json.loads(out)
    assert len(doc["skipped"]) == 6 and {"path", "cause"} <= set(doc["skipped"][0])
    assert main(["check", str(folder), "--format", "json", "--max-file-size", "0.002",
                 "--strict"]) == 2
    capsys.readouterr()


def test_nothing_readable_is_one_error(tmp_path, capsys):
    from crosscheck.cli import main

    (tmp_path / "a.txt").write_bytes(b"\x00\x01")
    assert main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("crosscheck: ") and "no readable documents" in err[-1]


def test_a_folders_readme_is_no_document_unless_named(tmp_path: Path):
    (tmp_path / "a.txt").write_text("The dam cost 180 billion yuan.\n")
    (tmp_path / "README.md").write_text("Four texts; gold has 25 entries.\n")
    docs = load_corpus([tmp_path])
    assert [d.id for d in docs] == ["a"]
    named = load_corpus([tmp_path / "README.md"])
    assert len(named) == 1
