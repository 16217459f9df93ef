"""The Claim record: immutable, identified by its span, and built by extraction field by field
in the record's own order."""

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
