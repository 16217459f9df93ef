"""The conversion check on small hand-made texts: what it must flag and what it must not."""

import datetime as dt

from crosscheck.pipeline import analyze

from conftest import RULES, SEEDS, findings_of


def outcomes(findings):
    return sorted(f.outcome for f in findings if f.rule == "conversion-rate")


def conv(texts, **kw):
    return [f for f in findings_of(texts, **kw) if f.rule == "conversion-rate"]


def test_consistent_conversion_is_an_info_not_a_flag():
    fs = conv({"a": "In 2016 it cost 4.7 billion yuan (0.7 billion US dollars)."})
    assert outcomes(fs) == ["consistent"]
    assert fs[0].severity == "info"


def test_rate_far_from_the_reference_of_its_date_is_flagged():
    fs = conv({"a": "In 2015 the project cost 100 million yuan (20 million US dollars)."})
    assert outcomes(fs) == ["against_reference"]
    f = fs[0]
    assert f.severity == "warning"
    assert f.data["rate"] == 5.0
    assert f.data["date"] == "2015"
    assert 6.1 < f.data["reference"] < 6.4


def test_rates_within_a_document_disagreeing_beyond_rounding_are_flagged():
    fs = conv({"a": "In 2016 it cost 11.484 billion yuan (1.736 billion US dollars). "
                           "In 2016 it also spent 6.640 billion yuan (1.100 billion US dollars)."})
    assert "within_document" in outcomes(fs)
    f = next(f for f in fs if f.outcome == "within_document")
    assert len(f.claims) == 4
    assert any("6.615" in step for step in f.arithmetic)


def test_rounding_explains_a_loose_rate_so_it_is_not_flagged():
    # 4.7 / 0.7 = 6.714, but "0.7 billion" may be 0.65-0.75: rates 6.2-7.3 fit 6.615.
    fs = conv({"a": "In 2016 it cost 11.484 billion yuan (1.736 billion US dollars). "
                           "In 2016 it spent 4.7 billion yuan (0.7 billion US dollars)."})
    assert outcomes(fs) == ["consistent"]


def test_qualifier_on_the_amount_does_not_widen_the_rate():
    fs = conv({"a": "In 2016 over 6.64 billion yuan (1 billion US dollars) came."})
    assert outcomes(fs) == ["consistent"]


def test_rates_of_different_documents_are_compared():
    texts = {"a": "In 2016 it cost 6.64 billion yuan (1.000 billion US dollars).",
             "b": "In 2023 it cost 7.08 billion yuan (1.000 billion US dollars)."}
    fs = conv(texts)
    across = [f for f in fs if f.outcome == "across_documents"]
    assert len(across) == 1
    assert across[0].data["explained_by_reference"] is True
    assert "follows the exchange rate over time" in across[0].message


def test_rates_across_documents_are_dated_by_when_they_were_converted():
    # a plan "by 2020" in a text of 2012 was converted at 2012's rate, and the message says so
    texts = {"a": "Plan\n\nLORRE, Sept. 18, 2012 (Wire) -- The government on Tuesday launched a "
                  "programme to bring fast internet to 1.2 million rural homes by 2020, at a "
                  "cost of 3.4 billion euros ($4.4 billion).",
             "b": "Done\n\nLORRE, March 5, 2024 (Wire) -- The network cost 4.02 billion euros "
                  "($4.35 billion) in all."}
    across = [f for f in findings_of(texts) if f.outcome == "across_documents"]
    assert len(across) == 1 and "(2012)" in across[0].message
    assert "2020" not in across[0].message


def test_same_rate_in_two_documents_is_not_flagged():
    texts = {"a": "In 2016 it cost 6.64 billion yuan (1.000 billion US dollars).",
             "b": "In 2016 it cost 13.28 billion yuan (2.000 billion US dollars)."}
    assert "across_documents" not in outcomes(findings_of(texts))


def test_other_currency_pairs_and_unpaired_amounts_are_ignored():
    fs = conv({"a": "It cost RMB1.9 billion. It cost 5 euros (6 US dollars) in 2016."})
    assert outcomes(fs) == []


def test_document_date_is_used_when_the_claim_has_no_period():
    fs = conv({"a": "It cost 7.27 billion yuan (1.000 billion US dollars)."},
                     published={"a": dt.date(2024, 5, 1)})
    assert outcomes(fs) == ["consistent"]


def test_a_text_of_a_known_day_converts_at_the_rate_of_that_day():
    # the yuan fell about 13% against the dollar in 2022: 7.20 was the late-October rate,
    # far from the year's mean (6.73) and from February's (6.36)
    text = "The new port terminal cost 7.20 billion yuan (1.000 billion U.S. dollars)."
    fs = conv({"a": text}, published={"a": dt.date(2022, 10, 28)})
    assert outcomes(fs) == ["consistent"]
    fs = conv({"a": text}, published={"a": dt.date(2022, 2, 1)})
    assert outcomes(fs) == ["against_reference"]


def test_an_amount_for_a_year_to_come_is_converted_at_the_rate_of_the_texts_day():
    # 2022-10-28: about 7.2 yuan to the dollar; a plan "by 2030" has no rate of its own
    text = "The port will cost 72 billion yuan ({} billion U.S. dollars) by 2030."
    fs = conv({"a": text.format("10.0")}, published={"a": dt.date(2022, 10, 28)})
    assert outcomes(fs) == ["consistent"]
    fs = conv({"a": text.format("12.0")}, published={"a": dt.date(2022, 10, 28)})
    assert outcomes(fs) == ["against_reference"]


def test_seeds_report_every_conversion_and_flag_the_cross_document_difference():
    result = analyze([SEEDS], [RULES])
    across = [f for f in result.findings if f.outcome == "across_documents"]
    assert len(across) == 1
    docs = {result.claims_by_id[c].doc[:3] for c in across[0].claims}
    assert docs == {"000", "001", "004"}
    consistent = {f.data["doc"]: f.data["rates"] for f in result.findings
                  if f.rule == "conversion-rate" and f.outcome == "consistent"}
    assert consistent == {"000": "6.615, 6.667, 6.623, 6.714", "001": "7.191", "004": "6.857"}


def test_a_scale_slip_is_one_error_with_its_factor_and_no_rate_spread():
    fs = findings_of({"a": "In 2015 the project cost 100 million yuan (16 billion US dollars). "
                           "In 2015 the fund spent 620 million yuan (100 million US dollars)."})
    slips = [f for f in fs if f.outcome == "unit_slip"]
    assert len(slips) == 1 and slips[0].severity == "error"
    assert slips[0].data["factor"] == "1,000"
    assert not [f for f in fs if f.outcome in ("within_document", "against_reference")]


def test_a_tenfold_slip_without_a_reference_is_found_against_the_other_conversions():
    fs = findings_of({"a": "The fund spent 620 million yuan (100 million US dollars).",
                      "b": "The city spent 6.2 billion yuan (10 billion US dollars).",
                      "c": "The county spent 62 million yuan (10 million US dollars)."})
    slips = [f for f in fs if f.outcome == "unit_slip"]
    assert [f.data["factor"] for f in slips] == ["10"]
    # of two conversions a tenfold apart, which one slipped is unknown: no error for
    # either, and neither is said to match a reference there is none of
    fs = findings_of({"a": "The fund spent 620 million yuan (100 million US dollars).",
                      "b": "The city spent 6.2 billion yuan (10 billion US dollars)."})
    assert not [f for f in fs if f.outcome == "unit_slip"]
    assert sorted(f.outcome for f in fs) == ["across_documents", "consistent_unreferenced",
                                             "consistent_unreferenced"]
    assert "no reference rate" in next(f for f in fs if f.outcome == "across_documents").message


def _dated_findings(**texts: tuple[str, str]):
    """Findings of texts that each convert 100 million US dollars in their own year: ``id=
    (day, "the town spent 615")`` reads "In <year> the town spent 615 million yuan (100
    million US dollars)." published on that day."""
    return findings_of({i: f"In {day[:4]} {what} million yuan (100 million US dollars)."
                        for i, (day, what) in texts.items()},
                       published={i: dt.date.fromisoformat(day)
                                  for i, (day, _) in texts.items()})


def test_a_same_year_gap_between_documents_each_held_to_a_reference_is_no_new_warning():
    # b is 30% off the 2013 reference and is flagged for it; the spread it makes with a
    # (right for 2013) says nothing more, even beside a text of a year with no reference
    fs = _dated_findings(a=("2013-05-01", "the town spent 615"),
                         b=("2013-06-01", "the county spent 800"),
                         c=("1993-06-01", "the dam cost 800"))
    assert [f.severity for f in fs if f.outcome == "against_reference"] == ["warning"]
    across = [f for f in fs if f.outcome == "across_documents"]
    assert [f.severity for f in across] == ["info"]


def test_a_warning_on_rates_with_no_reference_cites_only_the_texts_that_disagree():
    # two texts of a year with no reference disagree; a text of 2014 converts at its own
    # year's reference and has no part in the warning
    fs = _dated_findings(a=("2039-05-01", "the fund spent 620"),
                         b=("2039-06-01", "the city spent 800"),
                         c=("2014-06-01", "the county spent 615"))
    warned = [f for f in fs if f.outcome == "across_documents" and f.severity == "warning"]
    assert len(warned) == 1
    assert {c.split(":")[0] for c in warned[0].claims} == {"a", "b"}
    assert "no reference rate" in warned[0].message and " in c " not in warned[0].message


def test_conversions_of_two_years_in_one_text_are_not_held_to_one_rate():
    fs = findings_of({"a": "In 2008, the fund spent 695 million yuan (100 million US dollars). "
                           "In 2014, it spent 616 million yuan (100 million US dollars)."})
    assert [f for f in fs if f.outcome == "within_document"] == []


def test_a_zero_amount_with_a_conversion_implies_no_rate():
    # found by bench/fuzz/fuzz_pipeline.py: log10 of a zero rate
    fs = findings_of({"a": "In 2015 it spent 0 million yuan (75.5 million US dollars) on roads. "
                           "In 2015 the city spent 620 million yuan (100 million US dollars) on "
                           "schools."})
    assert not [f for f in fs if f.rule == "conversion-rate" and f.severity != "info"]


def test_a_spread_over_many_documents_is_found_from_the_extremes(monkeypatch):
    from crosscheck.checks import conversion

    monkeypatch.setattr(conversion, "_ALL_PAIRS", 2)
    texts = {f"d{i}": f"In 2010 the fund spent {v} million yuan (100.0 million US dollars)."
             for i, v in enumerate((612, 655, 701, 748))}
    fs = [f for f in findings_of(texts) if f.outcome == "across_documents"]
    assert len(fs) == 1 and "d0–d3" in fs[0].arithmetic[-1]


def gbp(texts):
    return sorted((f.outcome, f.severity) for f in findings_of(texts)
                  if f.rule == "conversion-rate-gbp-usd")


def test_a_shared_currency_name_far_from_its_assumed_rate_is_another_countrys():
    # a Cairo paper's "pounds" are Egypt's: forty to the dollar is no misprinted sterling rate
    assert gbp({"a": "CAIRO, March 3, 2024 -- The ministry will spend 5 billion pounds "
                     "($160 million) on schools."}) == []
    # named with its symbol or its country, sterling is checked however far off it is
    assert gbp({"a": "LONDON, March 3, 2024 -- The ministry will spend £5 billion ($160 "
                     "million) on schools."}) == [("against_reference", "warning")]
    assert gbp({"a": "LONDON, March 3, 2024 -- The ministry will spend 5 billion British "
                     "pounds ($160 million) on schools."}) == [("against_reference", "warning")]
    # near the assumed rate, or a power of ten from it, the shared name is sterling
    assert gbp({"a": "LONDON, March 3, 2024 -- The ministry will spend 5.00 billion pounds "
                     "($6.90 billion) on schools."}) == [("against_reference", "warning")]
    assert gbp({"a": "LONDON, March 3, 2024 -- The ministry will spend 5 billion pounds "
                     "($6.3 million) on schools."}) == [("unit_slip", "error")]


def test_a_text_that_converts_at_the_reference_rate_settles_its_shared_name():
    # one conversion at the dollar's rate says which dollars the text means: its other
    # conversion, far off, is a wrong rate, not another country's dollars
    text = ("BEIJING, Oct. 3, 2016 (Wire) -- The dam cost 1.2 billion yuan, or about 180 "
            "million dollars. Each family was paid 12,000 yuan (about {} dollars).")
    assert "against_reference" in outcomes(conv({"a": text.format("2,800")}))
    assert outcomes(conv({"a": text.format("1,800")})) == ["consistent"]
    # alone, the far-off conversion may be in another dollar
    assert conv({"a": "BEIJING, Oct. 3, 2016 (Wire) -- Each family was paid 12,000 yuan "
                      "(about 2,800 dollars)."}) == []


def test_which_currency_names_are_only_assumed():
    from crosscheck.extract.shared_names import assumed_currency

    assert assumed_currency("5 billion pounds") and assumed_currency("200 dollars")
    assert not assumed_currency("5 billion Egyptian pounds")
    assert not assumed_currency("£5 billion") and not assumed_currency("$200")
    assert not assumed_currency("200 US dollars") and not assumed_currency("5 million yuan")
    # a country of two words settles it too
    assert not assumed_currency("7.8 billion Hong Kong dollars")


def test_rupees_are_indias_unless_the_text_names_pakistan_alone():
    from crosscheck.extract.shared_names import assumed_currency

    from conftest import claims_of

    assert assumed_currency("Rs 94 billion") and assumed_currency("7 billion rupees")
    assert not assumed_currency("7 billion Indian rupees")
    unit = next(c.unit for c in claims_of("Islamabad will spend Rs 94 billion on the road in "
                                          "Pakistan.") if c.kind == "money")
    assert unit == "PKR"
    unit = next(c.unit for c in claims_of("Mumbai will spend Rs 94 billion on the road.")
                if c.kind == "money")
    assert unit == "INR"
    # a text naming both keeps the default, and a far-off rate of an assumed name is taken
    # for another country's rupees, not flagged as a wrong Indian rate
    fs = findings_of({"a": "KARACHI, May 3, 2024 -- India and Pakistan met. The port cost Rs "
                           "94 billion ($338 million)."})
    assert [f for f in fs if f.rule == "conversion-rate-inr-usd"] == []


def test_an_amount_dated_before_the_reference_data_is_not_checked():
    # converted, maybe, at the rate of 1992, which the ECB data does not reach
    text = ("Dam cost\n\nPosted: 2009-09-25\n\nWhen the dam was approved in 1992, its cost "
            "was put at 57 billion yuan ($10.4 billion). The final bill came to 180 billion "
            "yuan ($26.4 billion).\n")
    fs = conv({"a": text})
    assert [f for f in fs if f.severity != "info"] == []
    # two rates of different years are not said to be consistent with each other
    assert "consistent" not in outcomes(fs)


def test_a_price_in_another_market_is_no_conversion():
    # "or €1,199 in Europe" is what Europe pays, not $999 in euros
    fs = [f for f in findings_of({"a": "In 2025, at $999, or €1,199 in Europe, the phone is "
                                       "not cheap."}) if f.rule.startswith("conversion-rate")]
    assert fs == []
    fs = [f for f in findings_of({"a": "In 2025 the phone costs $999, or about €850, in the "
                                       "US."}) if f.rule.startswith("conversion-rate")]
    assert [f.severity for f in fs] == ["info"]
