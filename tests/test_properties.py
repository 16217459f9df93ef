"""Properties of extraction that must hold for any text."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.corpus import document_from_text
from crosscheck.extract import extract_document, load_lexicon
from crosscheck.pipeline import analyze

from conftest import RULES

LEX = load_lexicon(RULES)


def extract(text):
    return extract_document(document_from_text("p", text), LEX)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_extraction_never_raises_and_spans_index_the_source(text):
    doc = document_from_text("p", text)
    for c in extract_document(doc, LEX):
        assert doc.text[c.start:c.end] == c.surface
        assert c.low <= c.high
        assert not math.isnan(c.value)


WORDS = st.sampled_from(["cadres", "projects", "teachers", "batches"])


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), WORDS)
def test_integer_written_with_separators_comes_back(n, noun):
    text = f"They counted {n:,} {noun} there."
    claims = [c for c in extract(text) if c.kind in ("count", "year")]
    assert len(claims) == 1
    assert claims[0].value == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["million", "billion"]),
       st.sampled_from([("yuan", "CNY"), ("US dollars", "USD"), ("euros", "EUR")]))
def test_money_with_scale_word_comes_back(n, scale, currency):
    word, code = currency
    text = f"It cost {n / 10:g} {scale} {word} in total."
    claims = [c for c in extract(text) if c.kind == "money"]
    assert len(claims) == 1
    mult = {"million": 1e6, "billion": 1e9}[scale]
    assert math.isclose(claims[0].value, n / 10 * mult)
    assert claims[0].unit == code


NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 7: "seven", 12: "twelve", 17: "seventeen",
                20: "twenty", 25: "twenty-five", 40: "forty", 99: "ninety-nine"}


@given(st.sampled_from(sorted(NUMBER_WORDS)), WORDS)
def test_number_words_come_back(n, noun):
    claims = [c for c in extract(f"They sent {NUMBER_WORDS[n]} {noun}.") if c.kind == "count"]
    assert [c.value for c in claims] == [n]


FORMS = [
    ("${v:,.2f} million", "USD", 1e6),
    ("RMB{v:.2f} billion", "CNY", 1e9),
    ("{v:,.2f} billion yuan", "CNY", 1e9),
    ("€{v:.1f}bn", "EUR", 1e9),
    ("{v:,.2f} million US dollars", "USD", 1e6),
    ("US${v:,.2f}", "USD", 1.0),
]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(FORMS))
def test_money_in_every_written_form_comes_back(cents, form):
    template, code, scale = form
    v = cents / 100
    written = template.format(v=v)
    claims = [c for c in extract(f"The fund received {written} last year.") if c.kind == "money"]
    assert len(claims) == 1, (written, [c.surface for c in claims])
    c = claims[0]
    assert c.surface == written
    assert c.unit == code
    shown = float(written.strip("$€RMBUS").split()[0].replace(",", "").rstrip("bn"))
    assert math.isclose(c.value, shown * scale, rel_tol=1e-9)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["cadres", "and", "skilled", "workers", "the", "of", "in",
                                 "batches", "nearly", "12,000", "involved", "teachers", "800",
                                 "were", "extraordinarily-long-hyphenated-compound", "aid", ",",
                                 "for"]),
                min_size=1, max_size=30),
       st.booleans())
def test_noun_phrase_reads_the_short_window_like_the_long_one(words, allow_lead):
    from crosscheck.extract.subjects import _WINDOW, _phrase, _Tokens, noun_phrase

    text = "5 " + " ".join(words)
    whole = _phrase(text, 1, _Tokens(text[1: 1 + _WINDOW], True), allow_lead)
    assert noun_phrase(text, 1, allow_lead=allow_lead) == whole


# --- the whole pipeline on untrusted input: only typed errors, never a traceback --------------

_SAFE_HOSTILE = st.sampled_from(["<script>", "[a](javascript:x)", "![](http://t/p)", "\x1b[2J",
                                 "=1+1", "|", "`", "&amp;", "\u202e", "\x00", "\ufeff",
                                 "In 2016 the city sent 300 doctors to Tibet.",
                                 "nearly 12,000", "$3-billion", "from 100 to 130, up 20%"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode),
                          _SAFE_HOSTILE.map(str.encode)), min_size=1, max_size=4))
def test_any_bytes_as_documents_give_a_report_or_a_typed_error(tmp_path_factory, files):
    import io

    from crosscheck.errors import CrosscheckError
    from crosscheck.report import REPORTERS, ReportOptions

    folder = tmp_path_factory.mktemp("docs")
    for i, data in enumerate(files):
        (folder / f"d{i}.txt").write_bytes(data)
    try:
        result = analyze([folder])
    except CrosscheckError as exc:
        assert "\n" not in str(exc)
        return
    for render in REPORTERS.values():
        render(result, io.StringIO(), ReportOptions(color=False))


@settings(max_examples=60, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda kids: st.lists(kids, max_size=4)
                    | st.dictionaries(st.text(max_size=10), kids, max_size=4), max_leaves=20))
def test_any_yaml_as_a_rule_is_a_rule_or_a_typed_error(tmp_path_factory, data):
    import yaml

    from crosscheck.errors import RuleError
    from crosscheck.rulebook import parse_rule

    p = tmp_path_factory.mktemp("rules") / "r.yaml"
    p.write_text(yaml.safe_dump(data), encoding="utf-8")
    try:
        parse_rule(p)
    except RuleError as exc:
        assert "\n" not in str(exc)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["The county hired 40 nurses. ", "Costs rose 5% ", "x" * 700,
                                 "\n\n", "It said (about 9,000 people) ", "Dr. Lee left. ",
                                 " ", "12,400 homes were built in 2019! "]),
                max_size=60),
       st.integers(min_value=50, max_value=3_000))
def test_sections_cover_any_text_once_in_order_and_within_their_size(pieces, size):
    from crosscheck.pipeline import sections

    text = "".join(pieces)
    spans = list(sections(text, size))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(0 < end - start <= size for start, end in spans) or len(spans) == 1
