"""Every money figure in the sample corpus: value, currency, span, conversion pairing."""

import pytest

from crosscheck.pipeline import analyze

from conftest import SEEDS, claims_of

EXPECTED = [
    # doc, surface, value, currency, qualifier, paired with
    ("000", "11.484 billion yuan", 11.484e9, "CNY", "exact", "1.736 billion US dollars"),
    ("000", "1.736 billion US dollars", 1.736e9, "USD", "exact", "11.484 billion yuan"),
    ("000", "8 billion yuan", 8e9, "CNY", "over", "1.2 billion US dollars"),
    ("000", "1.2 billion US dollars", 1.2e9, "USD", "over", "8 billion yuan"),
    ("000", "500 million yuan", 500e6, "CNY", "exact", "75.5 million US dollars"),
    ("000", "75.5 million US dollars", 75.5e6, "USD", "exact", "500 million yuan"),
    ("000", "4.7 billion yuan", 4.7e9, "CNY", "exact", "0.7 billion US dollars"),
    ("000", "0.7 billion US dollars", 0.7e9, "USD", "exact", "4.7 billion yuan"),
    ("001", "25.17 billion yuan", 25.17e9, "CNY", "exact", "$3.5 billion"),
    ("001", "$3.5 billion", 3.5e9, "USD", "exact", "25.17 billion yuan"),
    ("003", "RMB1.9 billion", 1.9e9, "CNY", "exact", None),
    ("004", "120 billion yuan", 120e9, "CNY", "exact", "$17.5 billion"),
    ("004", "$17.5 billion", 17.5e9, "USD", "exact", "120 billion yuan"),
]


@pytest.fixture(scope="module")
def seeds():
    return analyze([SEEDS], run_checks=False)


def test_every_money_figure_in_the_seeds_and_nothing_else(seeds):
    money = [(c.doc[:3], c.surface) for c in seeds.claim_list if c.kind == "money"]
    assert money == [(d, s) for d, s, *_ in EXPECTED]


@pytest.mark.parametrize(("doc", "surface", "value", "unit", "qualifier", "pair"), EXPECTED)
def test_money_value_currency_span_and_pair(seeds, doc, surface, value, unit, qualifier, pair):
    claim = next(c for c in seeds.claim_list if c.doc[:3] == doc and c.surface == surface)
    text = next(d.text for d in seeds.documents if d.id == claim.doc)
    assert text[claim.start:claim.end] == surface
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit
    assert claim.qualifier == qualifier
    linked = [seeds.claims_by_id[i].surface for i in claim.linked]
    assert linked == ([pair] if pair else [])


def test_money_subjects_in_the_seeds(seeds):
    subjects = {c.surface: c.subject for c in seeds.claim_list if c.kind == "money"}
    assert subjects["11.484 billion yuan"] == "funds"
    assert subjects["25.17 billion yuan"] == "investment"
    assert subjects["120 billion yuan"] == "assistance"
    assert subjects["RMB1.9 billion"] == "cost"


def test_precision_of_the_digits_sets_the_interval(seeds):
    c = next(c for c in seeds.claim_list if c.surface == "1.2 billion US dollars")
    # "over" pins the low end; the digits' rounding widens the high end
    assert c.low == pytest.approx(1.2e9)
    assert c.high > 1.25e9
    c = next(c for c in seeds.claim_list if c.surface == "11.484 billion yuan")
    assert (c.low, c.high) == (pytest.approx(11.4835e9), pytest.approx(11.4845e9))


def test_a_scaled_figure_is_the_value_the_text_writes_exactly():
    from conftest import claims_of

    # (8.2 * 1e9 is 8199999999.999999: two texts' 8.2 billion and 8,200 million must be one
    # value, and 8.2 billion has two significant digits, not sixteen)
    got = [c.value for c in claims_of("Exports were 8.2 billion dollars, or 8,200 million "
                                      "dollars, and imports $0.3 billion.")]
    assert got == [8.2e9, 8.2e9, 0.3e9]


def test_a_scale_joined_by_a_hyphen_is_the_figures_scale():
    from conftest import claims_of

    got = [(c.surface, c.kind, c.value, c.unit) for c in claims_of(
        "The group gave a 200-million-euro pledge and a $3-billion loan.")]
    assert got == [("200-million-euro", "money", 200e6, "EUR"),
                   ("$3-billion", "money", 3e9, "USD")]
    assert [c.surface for c in claims_of("The trip took 2-3 hours.")] != []


def test_a_bare_figure_after_a_converted_amount_is_in_the_amounts_currency():
    from crosscheck.corpus import document_from_text
    from crosscheck.pipeline import extract_claims

    from conftest import RULES

    text = ("Gifts to the museum appeal reached 64 million euros ($70 million) on Friday, "
            "a week after they passed 50 million.")
    _, claims = extract_claims([document_from_text("t", text)], RULES)
    c = next(c for c in claims if c.surface == "50 million")
    assert (c.kind, c.unit) == ("money", "EUR")  # not the dollars of the conversion


def test_a_bare_figure_in_crore_after_rupees_is_in_rupees():
    from crosscheck.corpus import document_from_text
    from crosscheck.pipeline import extract_claims

    from conftest import RULES

    text = "The bridge now costs 2,400 crore rupees, 20 percent above the 2,000 crore approved."
    _, claims = extract_claims([document_from_text("t", text)], RULES)
    c = next(c for c in claims if c.surface == "2,000 crore")
    assert (c.kind, c.unit, c.value) == ("money", "INR", 2e10)


def test_a_bare_scaled_figure_after_money_is_in_that_currency():
    from crosscheck.corpus import document_from_text
    from crosscheck.pipeline import extract_claims

    from conftest import RULES

    text = ("The 40 trusts were handed 2.4 billion yuan by donors. So far, 910 million has "
            "been spent. The region has 12 million residents.\n\nA new chapter. Officials "
            "later counted 3 million.")
    _, claims = extract_claims([document_from_text("t", text)], RULES)
    by = {c.surface: c for c in claims}
    assert (by["910 million"].kind, by["910 million"].unit) == ("money", "CNY")
    # a figure that counts a noun, or stands too far from the money, stays a count
    assert by["12 million"].kind == "count"
    assert by["3 million"].kind == "count"
    # the next sentence must speak of money: visitors are no amount
    _, claims = extract_claims([document_from_text(
        "t", "The museum cost $45 million. Since then, 4.5 million have come.")], RULES)
    assert next(c for c in claims if c.surface == "4.5 million").kind == "count"
    # a populated place before the figure: its people, even in a sentence of money
    _, claims = extract_claims([document_from_text(
        "t", "The loan of $4 billion is a heavy debt for a country of 7 million, and the "
             "town's budget of 2 million goes to roads.")], RULES)
    by = {c.surface: c for c in claims}
    assert by["7 million"].kind == "count"
    # a sentence that tells who gets or brings in what, after an amount, speaks of money
    _, claims = extract_claims([document_from_text(
        "t", "Police will get 1.1 billion dollars. Schools get 1.6 billion and parks 200 "
             "million. Property taxes will bring in 2.2 billion.")], RULES)
    assert {c.surface: c.unit for c in claims} == {
        "1.1 billion dollars": "USD", "1.6 billion": "USD", "200 million": "USD",
        "2.2 billion": "USD"}
    assert (by["2 million"].kind, by["2 million"].unit) == ("money", "USD")


def test_the_yen_sign_is_yen_in_a_text_that_names_the_yen_and_not_the_yuan():
    from crosscheck.corpus import document_from_text
    from crosscheck.pipeline import extract_claims

    from conftest import RULES

    def unit(text: str) -> str:
        _, claims = extract_claims([document_from_text("t", text)], RULES)
        return next(c.unit for c in claims if c.surface.startswith("¥"))

    assert unit("The bridge cost ¥450 billion, or 450 billion yen, in 2023.") == "JPY"
    assert unit("The bridge cost ¥45 billion, or 45 billion yuan, in 2023.") == "CNY"
    assert unit("The bridge cost ¥45 billion in 2023.") == "CNY"


def test_kroner_are_norwegian_unless_the_text_names_denmark_and_not_norway():
    from crosscheck.corpus import document_from_text
    from crosscheck.pipeline import extract_claims

    from conftest import RULES

    def unit(text: str, surface: str) -> tuple[str, str]:
        _, claims = extract_claims([document_from_text("t", text)], RULES)
        c = next(c for c in claims if c.surface.startswith(surface))
        return c.kind, c.unit

    assert unit("The ferry line earned 3.1 billion kroner in 2024.", "3.1") == ("money", "NOK")
    assert unit("The Oslo ferry line earned 3.1 billion kroner.", "3.1") == ("money", "NOK")
    assert unit("The Copenhagen ferry line earned 3.1 billion kroner.", "3.1") == \
        ("money", "DKK")
    # a text that names both countries keeps the default; a named currency says which it is
    assert unit("Ferries between Denmark and Norway earned 3.1 billion kroner.", "3.1") == \
        ("money", "NOK")
    assert unit("The Oslo line earned 3.1 billion Danish kroner.", "3.1") == ("money", "DKK")
    assert unit("The Malmo line earned 900 million Swedish kronor.", "900") == ("money", "SEK")
    assert unit("The plant cost 2.4 billion zlotys.", "2.4") == ("money", "PLN")
    assert unit("A ticket costs 45,000 rupiah.", "45,000") == ("money", "IDR")
    # a lower-case code that is an English word is no currency
    assert unit("They ran 20 pen tests in 2024.", "20")[0] == "count"


def test_a_currency_named_with_its_countrys_adjective_is_that_currency():
    from conftest import claims_of

    def unit(text: str) -> tuple[str, str]:
        c = claims_of(text)[0]
        return c.kind, c.unit

    assert unit("The minister promised 2 million Ghanaian cedis.") == ("money", "GHS")
    assert unit("The fund holds 3 million cedis.") == ("money", "GHS")
    assert unit("A bowl of noodles cost 900 Japanese yen.") == ("money", "JPY")
    assert unit("The council spent 80 million Ugandan shillings.") == ("money", "UGX")
    assert unit("The tower cost 1.2 billion UAE dirhams.") == ("money", "AED")
    assert unit("Rent rose to 2,000 Brazilian reais.") == ("money", "BRL")
    # a name several currencies share names no country without its adjective: it is money
    # in a currency of that name, which no rate converts
    assert unit("The council spent 80 million shillings.") == ("money", "shillings")
    assert unit("The state gave 2.4 billion crowns in aid.") == ("money", "crowns")


def test_an_iso_code_after_the_figure_is_its_currency():
    from conftest import claims_of, one

    assert one(claims_of("The fine was 42 KWD."), "42 KWD").unit == "KWD"
    assert one(claims_of("Tickets cost 300 PLN each."), "300 PLN").unit == "PLN"
    # a code that is a word in lower case is not read after a figure: "5 pen refills"
    assert one(claims_of("He bought 5 pen refills."), "5").kind == "count"


def test_a_currency_printed_twice_is_not_what_the_amount_pays_for():
    from conftest import claims_of, one

    # "€50 million euros": the second "euros" restates the unit, it names no subject
    c = one(claims_of("The mayor said the town would release €50 million euros to the fund."),
            "€50 million")
    assert c.subject == "" and c.measure != "euro"
    paid = one(claims_of("The firm gave US$ 20 million dollars in aid funds."), "US$ 20 million")
    assert paid.subject == "aid funds"


def test_a_restated_amount_after_what_it_was_for_is_its_conversion():
    from conftest import claims_of

    claims = claims_of("Runners raised 9.5 million pounds for the hospice, about 12.3 million "
                       "dollars.")
    pounds, dollars = (c for c in claims if c.kind == "money")
    assert pounds.linked == (dollars.id,) and dollars.linked == (pounds.id,)
    claims = claims_of("Fees will rise to 42,000 dollars next year, about 38,900 euros.")
    assert all(c.linked for c in claims if c.kind == "money")
    # "or" after what the money was for may begin a second sum, and one currency is no
    # conversion
    for text in ("The fund gave 5 million pounds for schools, or 4 million euros for clinics.",
                 "The city gave 5 million euros to the hospital, about 2 million euros more "
                 "than last year."):
        assert all(not c.linked for c in claims_of(text))


def test_a_price_per_unit_is_converted_only_per_the_same_unit():
    from conftest import claims_of

    # the unit (or the time) the price is per may come before its conversion, or after both
    for text in ("Petrol cost 1.96 euros a litre (about $2.24) on Friday.",
                 "Petrol cost 1.96 euros a litre (about $2.24 a litre) on Friday.",
                 "The club earns 8 million euros a year, or about $9.1 million a year."):
        assert all(c.linked for c in claims_of(text) if c.kind == "money"), text
    # a price per another unit restates no currency alone: no rate can be read from it
    for text in ("Petrol cost 1.96 euros a litre, or about $8.50 a gallon, on Friday.",
                 "Petrol averaged 1.96 euros, or about $8.50 a US gallon, on Friday."):
        assert all(not c.linked for c in claims_of(text)), text


def test_or_about_before_a_restated_amount_makes_it_a_conversion():
    from conftest import claims_of

    claims = claims_of("The bridge cost 2.4 billion yuan, or about 350 million dollars.")
    yuan, dollars = (c for c in claims if c.kind == "money")
    assert yuan.linked == (dollars.id,) and dollars.qualifier == "about"


def test_a_wordlike_code_run_into_a_small_number_names_a_meeting():
    # "COP28" is a climate conference, not 28 Colombian pesos, and no count of 28 either
    assert claims_of("Delegates at COP28 in Dubai agreed on a fund.") == []
    assert claims_of("The COP29 summit opened on Monday.") == []
    # the code written apart, with a scale, or any code that is no word, is an amount
    assert [c.value for c in claims_of("A taxi costs COP 25 per kilometre.")] == [25.0]
    assert [c.value for c in claims_of("Bogota spent COP2 billion.")] == [2e9]
    assert [(c.unit, c.value) for c in claims_of("A ticket is HKD50.")] == [("HKD", 50.0)]


def test_pounds_of_a_year_or_of_it_are_money_and_a_year_before_prices_is_a_year():
    assert [(c.kind, c.unit) for c in claims_of(
        "It could cost 106 billion pounds, double the 55.7 billion pounds of 2015.")
        if c.kind != "year"] == [("money", "GBP"), ("money", "GBP")]
    assert one_kind(claims_of("The ship carried 40,000 pounds of copper.")) == "quantity"
    # "at 2019 prices" is the basis of the prices: a year, and no year of the cost
    cs = claims_of("The review put the cost at 106 billion pounds at 2019 prices.")
    assert [(c.surface, c.kind) for c in cs] == [("106 billion pounds", "money"),
                                                  ("2019", "year")]
    assert cs[0].period_stated is False


def one_kind(claims):
    (c,) = claims
    return c.kind


def test_lakh_crore_is_a_trillion():
    (c,) = claims_of("The ministry put the deficit at Rs 1.5 lakh crore.")
    assert (c.unit, c.value) == ("INR", 1.5e12)
    (c,) = claims_of("The plan costs 1.2 lakh crore rupees.")
    assert (c.kind, c.unit, c.value) == ("money", "INR", 1.2e12)
    (c,) = claims_of("It raised Rs 2 crore.")
    assert c.value == 2e7


def test_the_unit_of_a_list_named_once_at_its_end_is_every_items():
    from crosscheck.corpus import document_from_text
    from crosscheck.pipeline import extract_claims

    from conftest import RULES

    text = ("The three largest mills made 61.1 million tonnes between them: 28.4 million, "
            "19.6 million and 13.1 million tonnes. Exports were 2 million and imports 9 "
            "million tonnes.")
    _, claims = extract_claims([document_from_text("t", text)], RULES)
    by = {c.surface: c for c in claims}
    assert (by["28.4 million"].kind, by["28.4 million"].value) == ("quantity", 28.4e9)
    assert by["19.6 million"].unit == "kilogram"
    # a figure with words of its own between it and the list's last is not of the list
    assert by["2 million"].kind == "count"


@pytest.mark.parametrize(("text", "surface", "unit", "value"), [
    ("Dhaka set aside Tk 500 crore for the bridge.", "Tk 500 crore", "BDT", 5e9),
    ("Ghana got GH¢2 billion from the fund.", "GH¢2 billion", "GHS", 2e9),
    ("Ghana got GH₵2 billion from the fund.", "GH₵2 billion", "GHS", 2e9),
    ("The bank lent KSh 2 billion to farmers.", "KSh 2 billion", "KES", 2e9),
])
def test_the_taka_and_cedi_signs_are_money(text, surface, unit, value):
    from crosscheck.corpus import document_from_text
    from crosscheck.pipeline import extract_claims

    from conftest import RULES

    _, claims = extract_claims([document_from_text("t", text)], RULES)
    c = next(c for c in claims if c.surface == surface)
    assert (c.kind, c.unit, c.value) == ("money", unit, value)
