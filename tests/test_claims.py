"""The Claim record: the fast constructor behaves like the dataclass's own."""

import dataclasses

import pytest

from crosscheck.claims import Claim
from crosscheck.corpus import document_from_text
from crosscheck.extract import extract_document, load_lexicon

from conftest import RULES


def build(**values):
    """Every field given: the defaults of the dataclass, then ``values``."""
    defaults = {f.name: f.default for f in dataclasses.fields(Claim)
                if f.default is not dataclasses.MISSING}
    return Claim.from_fields({**defaults, **values})


BASE = dict(doc="d", start=3, end=9, surface="12,000", sentence="nearly 12,000 cadres",
            kind="count", value=12000.0, unit="count", low=11000.0, high=12000.0)


def test_from_fields_equals_init_and_hashes_alike():
    a = Claim(**BASE, qualifier="nearly", linked=("d:1-2",))
    b = build(**BASE, qualifier="nearly", linked=("d:1-2",))
    assert a == b and hash(a) == hash(b)
    assert b.period_start is None and b.role == "" and b.id == "d:3-9"


def test_from_fields_rejects_unknown_and_missing_fields():
    with pytest.raises(TypeError, match=r"unknown \['colour'\]"):
        build(**BASE, colour="red")
    with pytest.raises(TypeError, match=r"missing \['end'"):
        build(doc="d")


def test_claim_from_fields_stays_frozen():
    c = build(**BASE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.value = 1.0  # type: ignore[misc]


def test_evolve_equals_replace_and_drops_cached_id():
    c = build(**BASE)
    assert c.id == "d:3-9"  # cached on the instance
    moved = c.evolve(start=4, place="Tibet")
    assert moved == dataclasses.replace(c, start=4, place="Tibet")
    assert moved.id == "d:4-9"


def test_extracted_claims_hold_exactly_the_record_fields():
    # extraction builds its claims without from_fields' check: every field must be written
    names = [f.name for f in dataclasses.fields(Claim)]
    doc = document_from_text("t", "They sent nearly 12,000 cadres and 11.484 billion yuan "
                                  "(1.736 billion US dollars) from 2013 to 2016.")
    claims = extract_document(doc, load_lexicon(RULES))
    assert len(claims) == 4
    for claim in claims:
        assert [k for k in vars(claim) if k != "id"] == names  # every field, in order
