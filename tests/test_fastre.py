"""The fast-scanning rewrites find exactly what the plain patterns find."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from crosscheck.extract import money, numerals, quantities, timeexpr
from crosscheck.extract.fastre import caseless_window, first_char_alternation, lower_twin

WORDS = ["seventeen", "seven", "seventy", "six", "sixty", "ten", "tenth", "Tibet", "Xizang"]


def spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _lexicon():
    from crosscheck.extract.lexicon import load_lexicon
    from crosscheck.resources import bundled_rules_dir

    return load_lexicon(bundled_rules_dir())


def _sentence(text: str):
    """The extractor's state for ``text``: its gates and first tokens, its scans."""
    from crosscheck.extract.figures import _Sentence

    return _Sentence(text, _lexicon())


def _joined(pieces: list[str], gaps: list[str]) -> str:
    return "".join(p + (gaps[i] if i < len(gaps) else " ") for i, p in enumerate(pieces))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="sevntyixTbXzag -_0", max_size=40))
def test_first_char_alternation_matches_like_a_bounded_alternation(text):
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, WORDS)) + ")")
    guarded = re.compile(first_char_alternation(WORDS, not_before=r"\w"))
    leading = re.compile(r"(?<!\w)" + first_char_alternation(WORDS))
    assert spans(guarded, text) == spans(plain, text) == spans(leading, text)


def test_first_char_alternation_keeps_longest_first_within_a_letter():
    p = re.compile(first_char_alternation(["seventeen", "seven"]))
    assert p.match("seventeen").group(0) == "seventeen"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="onetwhrfivsxyd -aANDTHIRTYk0123456789,.$", max_size=50))
def test_number_words_on_lower_text_match_the_case_blind_pattern(text):
    low = text.lower()
    assert spans(numerals.WORD_NUMBER_LOW, low) == spans(numerals.WORD_NUMBER, text)
    assert spans(numerals.ORDINAL_LOW, low) == spans(numerals.ORDINAL, text)


@pytest.mark.parametrize("text", [
    "From 2013 to 2016, and since June 2017", "BETWEEN March 2010 AND 2014",
    "as of 2017; by the end of 2025", "up  until Sept. 2019",
])
def test_time_twins_match_the_case_blind_patterns(text):
    low = text.lower()
    found = 0
    for pattern, twin in ((timeexpr.YEAR_RANGE_WORDS, timeexpr.YEAR_RANGE_WORDS_LOW),
                          (timeexpr.OPEN_RANGE, timeexpr.OPEN_RANGE_LOW)):
        assert spans(twin, low) == spans(pattern, text)
        found += len(spans(pattern, text))
    assert found


def test_lower_twin_refuses_what_lower_casing_would_break():
    with pytest.raises(ValueError, match="not case-blind"):
        lower_twin(re.compile("a"))
    with pytest.raises(ValueError, match="upper-case escape"):
        lower_twin(re.compile(r"\S+", re.IGNORECASE))


@pytest.mark.parametrize("text,cur,num", [
    ("cost US$ 20 million", "US$", "20"), ("RMB1.9 billion", "RMB", "1.9"),
    ("usd 20", "usd", "20"), ("XUS$5", None, None), ("Rs. 50", "Rs.", "50"),
])
def test_prefixed_money_after_the_rewrite(text, cur, num):
    m = money.PREFIXED.search(text)
    assert (m.group("cur"), m.group("num")) == (cur, num) if cur else m is None


@pytest.mark.parametrize("text,found", [
    ("12,000 cadres", ["12,000"]), ("B737 and 3.5", ["3.5"]), ("B-52 and 7", ["7"]),
    ("x.5 and .5", [".5"]), ("call 555-123-4567", ["555", "123", "4567"]),
])
def test_digit_numbers_start_only_outside_longer_tokens(text, found):
    assert [m.group("num") for m in numerals.DIGIT_NUMBER.finditer(text)] == found


# DIGIT_NUMBER as it reads without the opening character set: each branch starts with its
# own first character.
_PLAIN_DIGITS_FIRST = (
    r"(?:\d" + numerals._NOT_INSIDE.format(c=r"\d") + r"(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])|\d*(?:\.\d+)?)"
    r"|\." + numerals._NOT_INSIDE.format(c=r"\.") + r"\d+)")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789.,-– /:aA$kKMbBx\u00a0e+×^", max_size=40))
def test_digit_numbers_behind_a_character_set_match_the_plain_branches(text):
    plain = re.compile(numerals.DIGIT_NUMBER.pattern.replace(numerals._DIGITS_FIRST,
                                                             _PLAIN_DIGITS_FIRST))
    assert plain.pattern != numerals.DIGIT_NUMBER.pattern
    assert [(m.span(), m.groupdict()) for m in numerals.DIGIT_NUMBER.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_trigger_families_never_hide_each_other():
    from crosscheck.extract.figures import _PREFIX_TRIGGERS

    for word in numerals.TRIGGER_WORDS:
        for code in _PREFIX_TRIGGERS:
            assert not word.startswith(code) and not code.startswith(word), (word, code)


def _scan_gates(text: str) -> tuple[bool, ...]:
    from crosscheck.extract.figures import _PREFIX_TRIGGERS, _TRIGGER

    words = set(_TRIGGER.findall(text.lower()))
    return (not words.isdisjoint(numerals.TRIGGER_WORDS), not words.isdisjoint(_PREFIX_TRIGGERS),
            not words.isdisjoint(numerals.ORDINAL_TRIGGERS),
            not words.isdisjoint(numerals.FRACTION_WORDS), re.search(r"\d", text) is not None,
            re.search(f"[{''.join(numerals.VULGAR)}]", text) is not None,
            re.search(r"(?:1[6-9]|20)\d\d", text) is not None,
            re.search(r"\d(?:st|nd|rd|th)\b", text.lower()) is not None,
            re.search(r"[.-]\d{3}", text) is not None,
            any(mark in text.lower() for mark in ("://", "www.", "@")), "/" in text,
            "half" in text.lower() or "quarter" in text.lower())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["one", "third", "thirds", "half", "us$", "u.s.$", "$", "rmb",
                                 "twenty-first", "(two", "5", "x", "-", ".", "thousand",
                                 "someone", "often", "€", "£5", "quarter", "tenth", "½", "٣",
                                 "1998", "20", "16", "2013-16", "20TH", "3rd", "3rdly", "555",
                                 "1.234", "-123", "İ", "http://x", "WWW.", "a@b", "3/4",
                                 "half-", "Quarters"]),
                max_size=8),
       st.lists(st.sampled_from([" ", "", "\n", "\u00a0", "\t", "-", "/"]), max_size=8))
def test_sentence_gates_from_cached_tokens_equal_one_scan(pieces, gaps):
    text = _joined(pieces, gaps)
    s = _sentence(text)
    assert (s.has_words, s.has_prefix, s.ordinal_words, s.fraction_words, s.has_digit,
            s.has_vulgar, s.year_like, s.digit_ordinal, s.phone_like, s.url_mark, s.slash,
            s.half_word) == _scan_gates(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "an", "A", "one", "two", "half", "thirds", "quarter",
                                 "behalf", "third", "x", "3", "3/4", "1", "million", "dozen",
                                 "İ", "ninety", "halves", "3/4x", "halfway", "thirdly"]),
                max_size=8),
       st.lists(st.sampled_from([" ", "", "-", "\t", "  ", " - ", "/", "\u00a0"]), max_size=8))
def test_fraction_scans_from_their_start_find_what_whole_scans_find(pieces, gaps):
    text = _joined(pieces, gaps)
    s = _sentence(text)
    from crosscheck.extract.figures import _NO_END

    scans = []
    if s.fraction_words:
        scans.append((s.from_token(s.first_word, 3, " -"), s.until_token(s.last_word),
                      lambda pos, end: s.scan(numerals.WORD_FRACTION_LOW, numerals.WORD_FRACTION,
                                              pos, end)))
    if s.has_words and s.half_word:
        scans.append((s.from_token(s.first_word, 3, " \t"), s.until_token(s.last_word),
                      lambda pos, end: s.scan(numerals.HALF_SCALE_LOW, numerals.HALF_SCALE,
                                              pos, end)))
    if s.slash and s.has_digit:
        scans.append((s.from_token(s.first_digit), s.until_token(s.last_digit),
                      lambda pos, end: numerals.DIGIT_FRACTION.finditer(text, pos, end)))
    elif "/" in text:
        assert not numerals.DIGIT_FRACTION.search(text)
    for start, end, scan in scans:
        assert [m.span() for m in scan(start, end)] == [m.span() for m in scan(0, _NO_END)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["since", "Since", "up", "until", "till", "as", "of", "by",
                                 "from", "between", "and", "to", "the", "end", "March", "4,",
                                 "2012", "2016", "xby", "by2012", "éof", "İ", "(since",
                                 "2013-16", "(2021-25)", "1990s", "2016–", "-", "7"]),
                max_size=8),
       st.lists(st.sampled_from([" ", "", "\n", "  ", "\u00a0", "-", "("]), max_size=8))
@example(["as", "of", "2016"], [" ", " "])
@example(["up", "until", "March", "2012"], ["\n ", " ", " "])
def test_range_scans_from_their_cue_find_what_whole_scans_find(pieces, gaps):
    from crosscheck.extract import timeexpr

    text = _joined(pieces, gaps)
    s = _sentence(text)
    if not s.year_like:
        return  # the gate keeps the year grammars from running at all
    at, end = s.before_cue(), s.until_token(s.last_digit)
    for low, pattern in ((timeexpr.OPEN_RANGE_LOW, timeexpr.OPEN_RANGE),
                         (timeexpr.YEAR_RANGE_WORDS_LOW, timeexpr.YEAR_RANGE_WORDS)):
        whole = [m.span() for m in s.scan(low, pattern, 0)]
        assert [m.span() for m in s.scan(low, pattern, at, end)] == whole if at >= 0 \
            else not whole
    for pattern in (timeexpr.YEAR_RANGE_DASH, timeexpr.DECADE):
        assert [m.span() for m in pattern.finditer(text, s.from_token(s.first_digit), end)] == \
            [m.span() for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Tibet", "Xizang,", "(Lhasa)", "tibetan", "XTibet", "Tibet's",
                                 "Inner", "Xinjiang Uygur Autonomous Region", "İ", "Sichuan.",
                                 "5", "in", "Yunan", "TIBET"]), max_size=8),
       st.lists(st.sampled_from([" ", "", "\n", "\u00a0", "-", "/", "("]), max_size=8))
def test_a_sentence_that_names_a_place_has_a_place_word(pieces, gaps):
    text = _joined(pieces, gaps)
    if _lexicon().place_re.search(text):
        assert _sentence(text).place_word


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["one", "a", "an", "dozen", "twenty-first", "Twenty", "first",
                                 "3rd", "20TH", "$", "US$", "u.s.$", "S$5", "rmb", "RMB5", "5",
                                 ".5", "1,000", "x5", "B737", "5-6", "eleventh", "İ", "x",
                                 "hundred", "anyone", "€3", "million", "thousand", "bn", "k",
                                 "000", "1.3e6", "6.23x10^-4", "ones", "twentyfirst", "5th."]),
                max_size=8),
       st.lists(st.sampled_from([" ", "", "\u00a0", "-", ".", "(", "$", "\u2009", "\t", " - ",
                                 ","]), max_size=8))
@example(["one", "3rd", "3rdone"], [" ", " "])
@example(["5", "x", "bones", "one", "bones"], [" ", " ", " ", " "])
def test_scans_between_the_first_and_last_tokens_of_a_family_find_what_whole_scans_find(
        pieces, gaps):
    from crosscheck.extract.figures import _NO_END, _SCALE_REACH

    text = _joined(pieces, gaps)
    s = _sentence(text)
    for first, back, last, after, scan in (
            (s.first_digit, 0, s.last_digit, _SCALE_REACH,
             lambda pos, end: numerals.DIGIT_NUMBER.finditer(text, pos, end)),
            (s.first_prefix, 0, s.last_digit, _SCALE_REACH,
             lambda pos, end: money.PREFIXED.finditer(text, pos, end)),
            (s.first_word, 3, s.last_word, 0,
             lambda pos, end: s.scan(numerals.WORD_NUMBER_LOW, numerals.WORD_NUMBER, pos, end)),
            (s.first_ordinal, 0, s.last_ordinal, 0,
             lambda pos, end: s.scan(numerals.ORDINAL_LOW, numerals.ORDINAL, pos, end))):
        if not first or not last:
            continue  # the gate keeps the grammar from running at all
        part = scan(s.from_token(first, back), s.until_token(last, after))
        assert [m.span() for m in part] == [m.span() for m in scan(0, _NO_END)]


def test_no_trigger_word_spans_whitespace():
    from crosscheck.extract.figures import _PREFIX_TRIGGERS

    for word in numerals.TRIGGER_WORDS | _PREFIX_TRIGGERS:
        assert word.split() == [word]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["nearly", "more", "than", "a", "total", "of", "up", "to", "x",
                                 "Some", "or", "so", "approx.", "At", "least", "just", "shy",
                                 "(about", "-over", "İ", "in", "excess"]), max_size=6),
       st.sampled_from([" ", "  ", "\u00a0", "\t", "\n "]))
def test_qualifier_by_last_word_finds_what_the_whole_pattern_finds(words, gap):
    lex = _lexicon()
    text = gap.join(words) + gap + "12,000"
    start = len(text) - len("12,000")
    s = _sentence(text)
    # The whole pattern, behind the same gate: the word before the figure ends a phrase.
    m = lex.qualifier_re.search(text, max(0, start - 40), start) \
        if s.word_before(start) in lex.qualifier_last_words else None
    whole = lex.qualifiers[re.sub(r"\s+", " ", m.group("q").lower())].name if m else "exact"
    assert s.qualifier_before(start) == whole


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \u00a0:.-0123aApPmMoO'clk\tx", max_size=12))
def test_label_after_gate_keeps_every_match(text):
    from crosscheck.extract.figures import _LABEL_AFTER, _label_after

    assert _label_after(text, 0) == (_LABEL_AFTER.match(text, 0) is not None)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "an", "one", "two", "six", "sixty", "seventy", "half",
                                 "thirds", "third", "quarters", "tenths", "Two", "A", "x",
                                 "twenty"]), max_size=6),
       st.lists(st.sampled_from([" ", "-", "", "  ", "\t", "_", "1"]), max_size=6))
def test_word_fractions_on_lower_text_match_the_case_blind_pattern(words, gaps):
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    assert spans(numerals.WORD_FRACTION_LOW, text.lower()) == \
        spans(numerals.WORD_FRACTION, text)


def _plain_suffix(text: str, pos: int) -> tuple[str, int, float] | None:
    # suffix_currency as it was: the case-blind pattern on the text itself
    m = money.SUFFIX_AFTER.match(text, pos)
    if m is None:
        return None
    word = m.group("cur").casefold()
    if word.startswith("pound") and money._MASS_CONTEXT.match(text, m.end()):
        return None
    iso = money.SUFFIX_LOWER.get(word)
    return None if iso is None else (iso, m.end(), money.MINOR.get(word, 1.0))


def _plain_unit(text: str, pos: int) -> tuple[str, int] | None:
    # unit_after as it was: symbols and words in one pattern on the text itself
    m = quantities.UNIT_AFTER.match(text, pos)
    if m is None:
        return None
    if m.group("sym"):
        return quantities.SYMBOLS[m.group("sym")], m.end()
    word = quantities._SPACES_OR_DASHES.sub(" ", m.group("word").lower())
    unit = quantities._WORD_TABLE.get(word) or quantities._WORD_TABLE.get(word.replace(" ", "-"))
    return (unit, m.end()) if unit else None


# Names in several cases, and the characters where lower-casing and the case-blind engine
# part ways: "İ" (lower-cases to two characters), "ı" and "ſ" (taken for "i" and "s"), "K".
_NAMES = st.sampled_from([
    "yuan", "YUAN", "Yuan", "US dollars", "u.s. Dollars", "pounds", "Pounds", "pence", "rials",
    "€", "元", "Rs", "Swiss francs", "km", "KM", "kW", "square metres", "Square-Metres",
    "miles per hour", "kilometres", "°C", "sq km", "hectares", "ſ", "ı", "İ", "K", "x", "s",
    "of gold", "weight", "mile", "ton", "tons", "pound",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(_NAMES, min_size=1, max_size=4),
       st.lists(st.sampled_from(["", " ", "\u00a0", "-", "  ", "/", "²"]), min_size=4,
                max_size=4))
def test_currency_and_unit_twins_read_what_the_case_blind_patterns_read(names, gaps):
    text = "5" + "".join(g + n for g, n in zip(gaps, names, strict=False))
    assert money.suffix_currency(text, 1) == _plain_suffix(text, 1)
    assert quantities.unit_after(text, 1) == _plain_unit(text, 1)


def test_caseless_window_refuses_text_the_twins_would_misread():
    assert caseless_window("5 Yuan ok", 1, 5) == " yuan"
    assert caseless_window("5 \u00a0Yuan’s", 1, 9) == " \u00a0yuan’s"
    for odd in ("İ", "ı", "ſ"):
        assert caseless_window(f"5 yuan{odd}", 1, 9) is None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["March", "MARCH", "mar.", "Sept.", "sep", "May", "APRİL",
                                 "ſept", "xJune", "4", "12,", "123", ",", "(", "of", "2010"]),
                max_size=5),
       st.lists(st.sampled_from([" ", "  ", "\t", "\u00a0", "", "\n"]), min_size=5, max_size=5))
def test_month_gate_keeps_every_month_the_pattern_finds(pieces, gaps):
    from crosscheck.extract.figures import _month_may_precede

    text = "".join(p + g for p, g in zip(pieces, gaps, strict=False)) + "2010"
    pos = len(text) - 4
    s = _sentence(text)
    for width in (12, 20):
        if timeexpr.MONTH_BEFORE.search(text, max(0, pos - width), pos):
            assert _month_may_precede(s.word_before(pos))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["two", "Three", "3", "1,000", "million", "AND", "and", "And",
                                 "band", "x", ","]), max_size=5),
       st.lists(st.sampled_from([" ", "\t", "  ", "", "\u00a0"]), min_size=5, max_size=5))
def test_and_gate_keeps_every_whole_the_pattern_finds(pieces, gaps):
    from crosscheck.extract.figures import _AND_A, _and_before

    text = "".join(p + g for p, g in zip(pieces, gaps, strict=False)) + "a half"
    start = len(text) - len("a half")
    if _AND_A.search(text, max(0, start - 60), start):
        assert _and_before(text, start)


@given(st.text(alphabet="ab-–\t \u00a0\u2003\u2028\x1c\x85\n", max_size=20))
def test_number_words_split_like_the_white_space_and_hyphen_pattern(text):
    # numerals.words_value splits with str methods; the regex it replaced split on [\s\-]+
    assert text.replace("-", " ").split() == [t for t in re.split(r"[\s\-]+", text) if t]


@given(st.text(alphabet="-*• \t1234.)x", max_size=8))
def test_list_number_gate_keeps_every_list_number(text):
    from crosscheck.extract.figures import _LIST_NUMBER, _list_number_may_open

    if _LIST_NUMBER.match(text):
        assert _list_number_may_open(text)


@given(st.text(alphabet="marchspt.yjunMAR ", max_size=12))
def test_month_ending_gate_agrees_with_the_endings(word):
    from crosscheck.extract.figures import _MONTH_ENDINGS, _ends_with_month

    assert _ends_with_month(word) == word.endswith(_MONTH_ENDINGS)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab.,'’-_5é \u00a0\n", max_size=12))
def test_token_shortcuts_cut_what_the_token_patterns_cut(text):
    from crosscheck.extract.figures import _NEXT_TOKEN, _next_token
    from crosscheck.extract.subjects import _TOKEN, _Tokens

    tokens = _Tokens(text, True)
    tokens.has(10_000)  # cut the whole window
    assert tokens.toks == _TOKEN.findall(text)
    for pos in range(len(text) + 1):
        m = _NEXT_TOKEN.match(text, pos)
        assert _next_token(text, pos) == (m.group(1) if m else "")


def test_digit_number_groups_stand_in_the_order_parse_digits_reads_them():
    # parse_digits takes all four groups by position, in one call
    assert numerals.DIGIT_NUMBER.groupindex == {"num": 1, "exp": 2, "scale": 3, "glued": 4}
    assert numerals.DIGIT_NUMBER.groups == 4


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["No", "nos", "(Page", "pp", "Route", "x", "(", "5", "ISSUE",
                                 "İ", "tel"]), max_size=4),
       st.lists(st.sampled_from([" ", "", "\u00a0", "\t", "(", ".", ":", ". "]), max_size=4))
def test_label_ending_gate_keeps_every_label_word(pieces, gaps):
    from crosscheck.extract.figures import _LABEL_BEFORE, _LABEL_ENDINGS, _LABEL_WORDS

    text = _joined(pieces, gaps) + "5"
    start = len(text) - 1
    core = text[max(0, start - 12): start].rstrip(" \u00a0").rstrip(".:")
    before = core.rsplit(None, 1)
    # what _is_label asks of the text before a figure, without the gate
    if before and before[-1].lower().lstrip("(") in _LABEL_WORDS and \
            _LABEL_BEFORE.search(text, max(0, start - 12), start):
        assert core.lower().endswith(_LABEL_ENDINGS)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["the", "a", "cost", "total", "of", "about", "over", "nearly",
                                 "more", "than", "OF", "x", "Number", "ı", "İ"]), max_size=6),
       st.lists(st.sampled_from([" ", "\t", "\n", "", "\u00a0"]), max_size=6))
def test_left_noun_gate_keeps_every_match(pieces, gaps):
    from crosscheck.extract.subjects import _LEFT_NOUN, _LEFT_NOUN_ENDS

    window = _joined(pieces, gaps)
    if _LEFT_NOUN.search(window):
        assert window[-1:].isspace() and window.rstrip().lower().endswith(_LEFT_NOUN_ENDS)


def test_caches_by_text_start_over_when_full():
    from crosscheck.extract.caches import MAX_ENTRIES, remember

    cache: dict[str, int] = {}
    for i in range(MAX_ENTRIES):
        assert remember(cache, str(i), i) == i
    assert len(cache) == MAX_ENTRIES
    remember(cache, "one more", 1)
    assert cache == {"one more": 1}


def test_a_currency_name_with_a_long_s_is_read_without_a_crash():
    # the case-blind engine takes "ſ" for "s"; looking the name up lower-cased failed
    assert money.suffix_currency("5 poundſ", 1) == (money.SUFFIX_LOWER["pounds"], 8, 1.0)
