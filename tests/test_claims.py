"""The Claim record: immutable, identified by its span, and built by extraction field by field
in the record's own order."""

import datetime as dt
import pickle

import pytest

from crosscheck.claims import COLUMNS, Claim
from crosscheck.corpus import document_from_text
from crosscheck.extract import extract_document, load_lexicon

from conftest import RULES

BASE = dict(doc="d", start=3, end=9, surface="12,000", sentence="nearly 12,000 cadres",
            kind="count", value=12000.0, unit="count", low=11000.0, high=12000.0)


def test_claim_is_immutable_and_hashes_by_value():
    a = Claim(**BASE, qualifier="nearly", linked=("d:1-2",))
    b = Claim(**BASE, qualifier="nearly", linked=("d:1-2",))
    assert a == b and hash(a) == hash(b)
    assert a.period_start is None and a.role == "" and a.id == "d:3-9"
    with pytest.raises(AttributeError):
        a.value = 1.0  # type: ignore[misc]


def test_evolve_changes_only_the_named_fields_and_the_id_follows():
    c = Claim(**BASE)
    moved = c.evolve(start=4, place="Tibet")
    assert moved.id == "d:4-9" and moved.place == "Tibet"
    assert moved._replace(start=3, place="") == c
    with pytest.raises(ValueError):
        c.evolve(colour="red")


def test_claim_survives_pickling_for_worker_processes():
    c = Claim(**BASE, linked=("d:1-2",))
    assert pickle.loads(pickle.dumps(c)) == c


def test_record_has_the_table_columns_in_order():
    rec = Claim(**BASE, linked=("d:1-2",)).record()
    assert tuple(rec) == COLUMNS
    assert rec["id"] == "d:3-9" and rec["linked"] == ["d:1-2"]


def test_extracted_claims_put_each_value_in_its_named_field():
    # extraction builds its claims by position (figures._claims): every field is compared
    # by name here, so a value out of place fails.
    text = "In Tibet, spending rose by 5% as 324 doctors and 800 teachers arrived."
    claims = extract_document(document_from_text("t", "Aid.\n" + text), load_lexicon(RULES))
    common = dict(doc="t", sentence=text, period="", period_start=None, period_end=None,
                  period_stated=False, place="Tibet", sentence_start=5, measure="", actor="",
                  time_scope="", time="", aggregation="", status="", incident="")
    assert [c._asdict() for c in claims] == [
        dict(common, start=32, end=34, surface="5%", kind="percent", value=5.0,
             unit="percent", low=5.0, high=5.0, qualifier="exact", precision=0.0, subject="",
             direction="up", role="", stated=5.0, linked=()),
        dict(common, start=38, end=41, surface="324", kind="count", value=324.0, unit="count",
             low=324.0, high=324.0, qualifier="exact", precision=0.0, subject="doctors",
             direction="", role="part", stated=324.0, linked=("t:54-57",)),
        dict(common, start=54, end=57, surface="800", kind="count", value=800.0, unit="count",
             low=795.0, high=805.0, qualifier="exact", precision=5.0, subject="teachers",
             direction="", role="part", stated=800.0, linked=("t:38-41",)),
    ]
    assert all(isinstance(c.start, int) and isinstance(c.value, float) for c in claims)


# --- a long text read in sections ---------------------------------------------------------

_LONG_SENTENCES = [
    "The county hired {n} nurses in {y} and spent {m} million dollars on clinics.",
    "Officials said {n} families moved into new homes, up from {k} a year earlier.",
    "About {p} percent of the {n} schools now have clean water.",
]


def _long_text(count: int) -> str:
    return " ".join(_LONG_SENTENCES[i % 3].format(n=100 + i, y=2000 + i % 20, m=5 + i % 40,
                                                  k=50 + i, p=10 + i % 80)
                    for i in range(count))


def test_sections_cover_the_text_and_cut_where_sentences_start():
    from crosscheck.pipeline import sections
    from crosscheck.sentences import split_sentences

    text = _long_text(300)
    spans = list(sections(text, 2_000))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(end - start <= 2_000 for start, end in spans)
    starts = {s.start for s in split_sentences(text)}
    assert all(start in starts for start, _ in spans)
    assert list(sections("short text.", 2_000)) == [(0, 11)]
    # a word longer than a section is cut too
    cuts = list(sections("x" * 5_000, 2_000))
    assert cuts[0][0] == 0 and cuts[-1][1] == 5_000
    assert all(0 < end - start <= 2_000 for start, end in cuts)


def test_a_long_text_read_in_sections_gives_the_claims_of_the_whole(monkeypatch):
    from crosscheck import pipeline

    text = _long_text(120)
    doc = document_from_text("long", text, published=dt.date(2021, 3, 4))
    rules = RULES.resolve()
    _, whole = pipeline._extract(doc, rules)
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 1_500)
    read, parts = pipeline._extract(doc, rules)
    # every claim where its text is, with its sentence and linked figures in the text
    ids = {c.id for c in parts}
    for c in parts:
        assert text[c.start:c.end] == c.surface
        assert text[c.sentence_start:c.sentence_start + len(c.sentence)] == c.sentence
        assert set(c.linked) <= ids
    # sentences that each say all they mean read the same in sections as whole
    key = [(c.start, c.end, c.kind, c.value, c.unit, c.measure, c.time) for c in whole]
    assert [(c.start, c.end, c.kind, c.value, c.unit, c.measure, c.time) for c in parts] == key
    assert read.sentence_count == doc.split().sentence_count
    assert read.text == text


def test_an_undated_long_text_keeps_its_first_sections_date_throughout(monkeypatch):
    from crosscheck import pipeline

    # the first section reports 2012 as past; a later one reports 2019, which a text read
    # whole would be dated by: a sectioned text has one date, its first section's
    text = "Last year, in 2012, the county hired 40 nurses. " * 60 + \
        "In 2019 the county hired 75 nurses. " * 60
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 1_000)
    read, claims = pipeline._extract(document_from_text("undated", text), RULES.resolve())
    assert read.published is not None and read.published.year == 2012
    assert {c.period for c in claims if c.kind == "count" and c.value == 75} == {"2019"}
