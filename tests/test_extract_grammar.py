"""Table-driven extraction tests: kind, value, unit, qualifier, interval, subject, span."""

import pytest

from conftest import claims_of, findings_of, one

CASES = [
    # text, surface, kind, value, unit, qualifier, subject
    ("They sent nearly 12,000 cadres and skilled workers.", "12,000", "count", 12000, "count",
     "nearly", "cadres and skilled workers"),
    ("They sent 10 batches of cadres.", "10", "count", 10, "count", "exact",
     "batches of cadres"),
    # "head" only counts: the subject is what the head are of
    ("More than 2 million head of livestock have died.", "2 million", "count", 2e6, "count",
     "over", "livestock"),
    ("Seventeen provinces and cities were designated.", "Seventeen", "count", 17, "count",
     "exact", "provinces and cities"),
    # a spaced dash after a dateline is no minus sign
    ("HILLTOWN - Eighty-eight projects are under way.", "Eighty-eight", "count", 88, "count",
     "exact", "projects"),
    ("Over 70 percent has been used.", "70 percent", "percent", 70, "percent", "over", ""),
    # a particle or an adverb of time ends the noun phrase: not "homes and washed away"
    ("The floods have damaged some 410,000 homes and washed away 1,800 kilometres of roads.",
     "410,000", "count", 410000, "count", "about", "homes"),
    ("The toll rose to 268 overnight.", "268", "count", 268, "count", "exact", ""),
    # an adverb after the verb of a second predicate ends the noun phrase before it
    ("The quake killed nearly 200 people and injured almost 14,800.", "200", "count", 200,
     "count", "nearly", "people"),
    # a word after "and" that takes an object is a verb, and a name before a figure a gapped
    # clause: neither joins the noun phrase
    ("The bank closed 130 branches and cut 4,200 jobs.", "130", "count", 130, "count",
     "exact", "branches"),
    ("The line would create 40,000 jobs and cut the journey time.", "40,000", "count", 40000,
     "count", "exact", "jobs"),
    ("Spain recorded 56,800 arrivals and Greece 41,600.", "56,800", "count", 56800, "count",
     "exact", "arrivals"),
    # a name after a common noun starts a clause of its own
    ("The 2,600 jobs Carvell plans to cut are in Ohio.", "2,600", "count", 2600, "count",
     "exact", "jobs"),
    # after a word that describes a noun, a capitalised word is part of it
    ("The plan named 64 central State agencies.", "64", "count", 64, "count", "exact",
     "central State agencies"),
    ("It listed 31 centrally administered State-owned firms.", "31", "count", 31, "count",
     "exact", "centrally administered State-owned firms"),
    # "apiece" and "together" say how a sum is shared, not what was counted
    ("Both firms promised 100 million euros apiece.", "100 million euros", "money", 1e8, "EUR",
     "exact", ""),
    ("The two clubs signed 40 together.", "40", "count", 40, "count", "exact", ""),
    ("With 80% of funds invested in grass-roots work.", "80%", "percent", 80, "percent",
     "exact", "funds"),
    ("They built it at a cost of RMB1.9 billion.", "RMB1.9 billion", "money", 1.9e9, "CNY",
     "exact", "cost"),
    ("It drew 25.17 billion yuan ($3.5 billion) in investment.", "$3.5 billion", "money",
     3.5e9, "USD", "exact", "investment"),
    ("It received about €2bn last year.", "€2bn", "money", 2e9, "EUR", "about", ""),
    # a capital B after a currency is billions ("$45B"), never a lone "$45"
    ("It signed $45B in deals.", "$45B", "money", 45e9, "USD", "exact", "deals"),
    # thousands grouped by spaces after a prefix: read like any other figure (was a crash)
    ("The fund paid $1 000 000 in grants.", "$1 000 000", "money", 1e6, "USD", "exact",
     "grants"),
    ("Over the past three decades, work went on.", "three decades", "duration", 30, "year",
     "exact", "past"),
    ("It was launched more than three decades ago.", "three decades", "duration", 30, "year",
     "over", "ago"),
    # "last" as a verb says how long something is to go on, from no start
    ("The pier is designed to last 120 years.", "120 years", "duration", 120, "year", "exact",
     ""),
    ("The works will last three years.", "three years", "duration", 3, "year", "exact", ""),
    ("Prices rose over the last three years.", "three years", "duration", 3, "year", "exact",
     "past"),
    # a qualifier inside the quotation or aside that holds the figure is the figure's
    ('The appeal brought in "around 840 million euros," the office said.', "840 million euros",
     "money", 840e6, "EUR", "about", ""),
    ('The council said “nearly 300 homes” flooded.', "300", "count", 300, "count", "nearly",
     "homes"),
    ("He spoke at the Seventh National Work Conference on Pairing Assistance for Xinjiang.",
     "Seventh", "ordinal", 7, "count", "exact",
     "National Work Conference on Pairing Assistance for Xinjiang"),
    ("It marked the 20th anniversary of the work.", "20th", "ordinal", 20, "count", "exact",
     "anniversary"),
    # an adverb or "because" after the noun ends what is counted
    ("The firm recalls about 480,000 vans worldwide because of a fault.", "480,000", "count",
     480000, "count", "about", "vans"),
    ("Police logged 11 crashes possibly tied to the fault.", "11", "count", 11, "count",
     "exact", "crashes"),
    # an irregular past after "and" starts a second predicate; before a noun it modifies it
    ("The firm hired 300 engineers and built 12 plants.", "300", "count", 300, "count",
     "exact", "engineers"),
    ("There were 300 known cases.", "300", "count", 300, "count", "exact", "known cases"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value", "unit", "qualifier", "subject"),
                         CASES)
def test_grammar_table(text, surface, kind, value, unit, qualifier, subject):
    c = one(claims_of(text), surface)
    assert text[c.start:c.end] == surface
    assert (c.kind, c.unit, c.qualifier, c.subject) == (kind, unit, qualifier, subject)
    assert c.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("From 2013 to 2016, it grew.", "From 2013 to 2016", 2013, 2016),
    ("The 14th Five-Year Plan period (2021-25) began.", "2021-25", 2021, 2025),
    ("In 2013–2016 it grew.", "2013–2016", 2013, 2016),
])
def test_year_ranges_keep_both_endpoints(text, surface, low, high):
    c = one(claims_of(text), surface)
    assert (c.kind, c.low, c.high) == ("year_range", low, high)


def test_qualifier_intervals_follow_qualifiers_yaml():
    c = one(claims_of("They sent nearly 12,000 cadres."), "12,000")
    assert c.high == 12000 and c.low < 12000 * 0.95
    c = one(claims_of("It drew more than 8,300 patients."), "8,300")
    assert c.low == 8300 and c.high > 8300


def test_years_and_open_ranges():
    claims = claims_of("Since 2010, work went on. Up until June 2017, two batches came.")
    since = one(claims, "2010")
    assert (since.kind, since.qualifier) == ("year", "since")
    until = one(claims, "June 2017")
    assert (until.kind, until.qualifier) == ("year", "until")
    assert one(claims, "two").period == "as of 2017-06"
    # an edge of the year written short: "by end-2024", "by mid-2025"
    for text, year in (("Donors had given $41 million by end-2024.", 2024),
                       ("Donors had given $41 million by mid-2025.", 2025)):
        by = next(c for c in claims_of(text) if c.kind == "year")
        assert (by.value, by.qualifier) == (year, "by"), text


@pytest.mark.parametrize("text", [
    "EAI Background Brief No. 1431",
    "She started work at the No 1 People's Hospital of Kashgar.",
    "- 3. Partner assistance is still under construction.",
    "Call 555-123-4567 now.",
    "We met at 10:30 on Route 66.",
    "Fujian is one of the provinces.",
    # designators
    "The storm made landfall as a Category 3 hurricane.",
    "Flight SR 204 came down after take-off.",
    "The council backed Resolution 2334 and Phase 2 of the plan.",
])
def test_labels_and_numbering_are_not_claims(text):
    assert [c.surface for c in claims_of(text) if c.kind != "year"] == []


@pytest.mark.parametrize(("text", "kept"), [
    ("Of the 19 who died, 11 were children under 15.", ["19", "11"]),
    ("The vaccine is offered to people aged 60 and over.", []),
    ("Children aged 5 to 11 can get the smaller dose.", []),
    ("Those over the age of 65 make up 20 percent of the 3,000 patients.",
     ["20 percent", "3,000"]),
    ("A 15-year-old girl was among the 12 injured.", ["12"]),
    ("Some 3,000 15-year-olds sat the exam.", ["3,000"]),
    # a bound after "aged", and a bound said of the people through a copula
    ("Of the 52 dead, 38 were aged over 75 and 9 were aged between 60 and 75.",
     ["52", "38", "9"]),
    ("The dead were mostly over 70, and 12 of them lived alone.", ["12"]),
    # ... after a relative clause of dying, or as some of them
    ("At least 64 people died, most of them over 75.", ["64"]),
    ("Most of those who died were over 75 and lived alone.", []),
    # (a relative clause of another verb may count: a duration, or what they did)
    ("Patients who waited over 12 hours were seen first.", ["12 hours"]),
    # a figure past any age is a count, however it is said
    ("The injured were over 200, the ministry said.", ["200"]),
    # the age a person died at
    ("The poet, who died last month at 91, wrote 14 novels.", ["14"]),
    ("Former mayor dies at 78", []),
    ("Some 40 people died at 3 sites.", ["40", "3"]),
])
def test_a_persons_age_is_no_count_nor_duration(text, kept):
    # an age says who is meant: 15 is no count of children, nor a duration of anything
    assert [c.surface for c in claims_of(text) if c.kind != "year"] == kept


def test_an_age_bound_is_not_read_as_a_part_of_a_toll():
    assert findings_of({"a": "Deaths rose to 19, among them 11 children under 15."}) == []


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # an age of a thing dates it: the elapsed check reads it
    ("The 856-year-old cathedral burned.", "856-year", "duration"),
    # a bound after a noun that takes no age, or a figure with its own noun, is no age
    ("Towns with over 5,000 people were hit.", "5,000", "count"),
    ("Children under 15 percent of the class were absent.", "15 percent", "percent"),
    ("Teams of workers over 40 strong were sent.", "40", "count"),
])
def test_what_is_no_persons_age_stays(text, surface, kind):
    assert one(claims_of(text), surface).kind == kind


@pytest.mark.parametrize(("text", "surface", "direction"), [
    ("Cases have reached 27,150, up by more than 8,700 in two weeks.", "8,700", "up"),
    ("Exports were down about 3,000 tonnes.", "3,000 tonnes", "down"),
    # a level a figure rose to is no change
    ("The toll rose to more than 200.", "200", ""),
])
def test_a_change_word_before_a_qualifier_gives_the_direction(text, surface, direction):
    assert one(claims_of(text), surface).direction == direction


def test_a_fact_sheets_label_names_what_its_bare_figure_counts():
    claims = claims_of("Situation report\n\nDeaths: 26 (case fatality rate 0.07%).\n"
                       "- Homes destroyed: about 1,200\nHe said: 26 died.\n")
    assert [(c.surface, c.subject) for c in claims if c.kind == "count"] == [
        ("26", "deaths"), ("1,200", "homes destroyed"), ("26", "")]


def test_enumerated_counts_are_linked_as_parts():
    claims = claims_of("Groups of 324 medical personnel and 800 teachers came.")
    a, b = one(claims, "324"), one(claims, "800")
    assert a.linked == (b.id,) and b.linked == (a.id,)
    assert (a.subject, b.subject) == ("medical personnel", "teachers")


def test_place_and_period_scope():
    claims = claims_of("From 2013 to 2016, provinces invested 11.484 billion yuan in Tibet. "
                       "Since 2010, 552 officials went to Qinghai.")
    money = one(claims, "11.484 billion yuan")
    assert (money.place, money.period) == ("Tibet", "2013–2016")
    assert one(claims, "552").place == "Qinghai"


def test_aliases_map_to_one_place():
    claims = claims_of("Xizang received 5 batches. Yunan received 3 batches.")
    assert [c.place for c in claims] == ["Tibet", "Yunnan"]


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    # degrees printed on the figure, as newsrooms do, and Fahrenheit in degrees Celsius
    ("Temperatures reached 46.2C on Sunday.", "46.2C", 46.15, 46.25),
    ("The aim is to limit warming to 1.5C.", "1.5C", 1.45, 1.55),
    ("It was 113°F in the shade.", "113°F", 45.0, 45.0),
    ("Highs of 104-113°F are expected.", "104-113°F", 40.0, 45.0),
])
def test_temperatures_are_in_degrees_celsius(text, surface, low, high):
    c = one(claims_of(text), surface)
    assert (c.kind, c.unit) == ("quantity", "degree_Celsius")
    assert (round(c.low, 6), round(c.high, 6)) == (low, high)


@pytest.mark.parametrize(("text", "surface", "value", "unit", "subject"), [
    ("They built 4,000 km of roads.", "4,000 km", 4_000_000, "meter", "roads"),
    ("It covers 1.2 million hectares.", "1.2 million hectares", 1.2e10, "meter^2", ""),
    ("A 500 MW plant opened.", "500 MW", 5e8, "watt", "plant"),
    ("Flats of 30 square metres were built.", "30 square metres", 30, "meter^2", ""),
    # "square km" and "sq. km" are square kilometres, not 170,000 of "square km"
    ("Fires burned 170,000 square km.", "170,000 square km", 1.7e11, "meter^2", ""),
    ("The park covers 400 sq. km.", "400 sq. km", 4e8, "meter^2", ""),
    ("It weighs twenty pounds of sugar.", "twenty pounds", 9.0718474, "kilogram", "sugar"),
])
def test_physical_quantities_normalized_through_pint(text, surface, value, unit, subject):
    c = one(claims_of(text), surface)
    assert (c.kind, c.unit, c.subject) == ("quantity", unit, subject)
    assert c.value == pytest.approx(value)


def test_pound_is_money_without_a_mass_context():
    c = one(claims_of("I spent 20 million pounds on this."), "20 million pounds")
    assert (c.kind, c.unit, c.value) == ("money", "GBP", 20e6)


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("It holds between 5 and 6 people.", "5 and 6", 5, 6),
    ("Each weighs 5-6 kg.", "5-6 kg", 5, 6),
    ("It cost 5 to 6 million dollars.", "5 to 6 million dollars", 5e6, 6e6),
])
def test_ranges_keep_both_endpoints(text, surface, low, high):
    c = one(claims_of(text), surface)
    assert (c.role, c.low, c.high) == ("range", pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(("text", "surface", "direction"), [
    ("Prices rose 2.1% last year.", "2.1%", "up"),
    ("Support fell by 3 points.", "3 points", "down"),
    ("Sales were up 5 percent.", "5 percent", "up"),
    ("Sales were 5 percent of the total.", "5 percent", ""),
])
def test_changes_record_their_direction(text, surface, direction):
    c = one(claims_of(text), surface)
    assert (c.kind, c.direction) == ("percent", direction)


def test_series_first_and_last_are_linked():
    claims = claims_of("The number of people being sent had gradually increased from 622 at the "
                       "beginning to 2,117 in the latest effort.")
    first, last = one(claims, "622"), one(claims, "2,117")
    assert (first.role, last.role) == ("series_first", "series_last")
    assert first.linked == (last.id,)
    assert first.subject == "people"


def test_a_number_word_before_the_state_of_those_it_counts_is_a_count():
    claims = claims_of("The search ended with 34 people dead and nine still missing.")
    assert one(claims, "nine").value == 9
    assert [c.surface for c in claims_of("One of them said it was time.")] == []


def test_a_bare_figure_takes_the_nearest_number_of_before_it():
    claims = claims_of("The number of clinics that opened has risen to 31 from 26, and the "
                       "number of nurses being hired has grown to 1.3 million.")
    assert one(claims, "31").subject == one(claims, "26").subject == "clinics"
    assert one(claims, "1.3 million").subject == "nurses"


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a word fraction of a whole is the share it names, in percent
    ("About two thirds of voters agreed.", "two thirds", 200 / 3),
    ("It took two and a half years.", "two and a half years", 2.5),
    ("Some five and a half million people live there.", "five and a half million", 5.5e6),
    ("A 3/4 majority is needed.", "3/4", 0.75),
    ("It costs 3 hundred and 21 yuan.", "3 hundred and 21 yuan", 321),
    ("A total of 12万 yuan was raised.", "12万 yuan", 120_000),
    ("The fund holds 3.5bn dollars.", "3.5bn dollars", 3.5e9),
    ("Temperatures hit minus 5 degrees.", "minus 5", -5),
])
def test_number_forms(text, surface, value):
    assert one(claims_of(text), surface).value == pytest.approx(value)


def test_a_word_fraction_of_a_whole_is_a_share_and_of_a_unit_is_not():
    share = one(claims_of("Two thirds of voters backed it."), "Two thirds")
    assert (share.kind, share.unit, share.subject) == ("percent", "percent", "voters")
    share = one(claims_of("Of the 1,200 homes, 800, or two-thirds, were damaged."), "two-thirds")
    assert share.kind == "percent"
    half = one(claims_of("Nearly half of the 1,200 homes were damaged."), "half")
    assert (half.kind, half.value, half.qualifier) == ("percent", 50, "nearly")
    # the first half of a year, a split in half, the second half of a game: no share
    for text in ("Sales in the first half of 2023 rose.", "He split it in half.",
                 "The team lost the second half, 2-1."):
        assert all(c.kind != "percent" for c in claims_of(text)), text
    # "cut by half" is a change of 50 percent
    cut = one(claims_of("The budget was cut by half."), "half")
    assert (cut.kind, cut.value, cut.aggregation) == ("percent", 50, "change")
    # "a third term" is the third, not a third of anything
    term = one(claims_of("She won a third term."), "third")
    assert (term.kind, term.value) == ("ordinal", 3)
    # "a year and a half of teaching" is a time, not half of the teaching
    assert all(c.kind != "percent" for c in claims_of("They began a year and a half of teaching."))
    # three quarters of an hour is a time, not a share
    assert all(c.kind != "percent" for c in claims_of("It took three quarters of an hour."))


def test_a_fraction_of_a_scale_word_is_rounded_like_its_decimal():
    # "half a million" is as good as "0.5 million": 450,000-550,000, not exactly 500,000
    for text, surface, low, high in (
            ("Half a million new voters signed up.", "Half a million", 450_000, 550_000),
            ("Some two and a half million people live there.", "two and a half million",
             2_200_000, 2_800_000),
            ("A quarter of a million people fled.", "A quarter of a million", 200_000,
             300_000)):
        c = one(claims_of(text), surface)
        assert (c.low, c.high) == (pytest.approx(low), pytest.approx(high)), text
    # a half with no scale word is as exact as its digits would be
    c = one(claims_of("The pass costs two and a half euros."), "two and a half euros")
    assert c.low == c.high == 2.5


@pytest.mark.parametrize(("text", "surface", "kind", "value"), [
    # a fraction of one unit is that much of the unit, not a share nor a whole unit
    ("About a quarter of a million people fled.", "a quarter of a million", "count", 250_000),
    ("The bank cut its rate by a quarter of a percentage point.",
     "a quarter of a percentage point", "percent", 0.25),
    ("The walk took three quarters of an hour.", "three quarters of an hour", "quantity", 2700),
    ("The council spent a third of a million euros.", "a third of a million euros", "money",
     1e6 / 3),
    # of one thing that is no unit, it is a share of that thing
    ("Two thirds of a village was flooded.", "Two thirds", "percent", 200 / 3),
])
def test_a_fraction_of_one_unit_is_that_part_of_the_unit(text, surface, kind, value):
    c = one(claims_of(text), surface)
    assert (c.kind, c.value) == (kind, pytest.approx(value))
    assert [x.surface for x in claims_of(text)] == [surface]


def test_urls_and_emails_hold_no_claims():
    assert claims_of("See https://example.com/report?q=30%25&y=2019 or mail a1@b2.org.") == []


def test_a_number_word_after_a_verb_that_states_a_value_is_a_figure():
    from conftest import claims_of

    surfaces = [c.surface for c in claims_of("The death toll has risen to nine, and the "
                                             "number of injured now stands at twelve.")]
    assert surfaces == ["nine", "twelve"]
    # a word alone elsewhere is no figure, and "rose to one of" names none
    assert claims_of("Sales rose to one of the highest levels, and nine said so.") == []


def test_a_preposition_ends_what_a_figure_counts():
    from conftest import claims_of

    subjects = [c.subject for c in claims_of("Some 1,260 households along the route and 40 "
                                             "shops near the station will be moved.")]
    assert subjects == ["households", "shops"]


def test_dozens_without_a_number_is_no_figure():
    # "dozens of workers" says some dozens, as "hundreds of" says some hundreds: read as 12 it
    # contradicted "41 workers" in another text
    assert [c.surface for c in claims_of("The blast killed dozens of workers.")] == []
    assert one(claims_of("The blast killed two dozen workers."), "two dozen").value == 24
    assert one(claims_of("The blast killed a dozen workers."), "a dozen").value == 12


def test_an_increment_then_the_total_it_reached_is_no_range():
    assert [c.surface for c in claims_of("Deaths among cyclists rose by 12 to 98.")] == \
        ["12", "98"]
    assert [c.surface for c in claims_of("The toll rose by a further 9 to 193.")] == ["9", "193"]
    # a range of changes stays one
    assert [c.surface for c in claims_of("Prices rose by 5 to 6 percent.")] == \
        ["5 to 6 percent"]


def test_a_bare_figure_compared_with_a_measure_takes_its_unit():
    claims = claims_of("The mine produced 268,000 ounces of gold, up 4 percent from 258,000 a "
                       "year earlier.")
    assert one(claims, "258,000").unit == one(claims, "268,000 ounces").unit
    # a bare figure not set against the measure keeps its own
    assert one(claims_of("The line runs 28 km and carries 410,000 a day."), "410,000").kind == \
        "count"


def test_the_bare_counts_of_a_list_by_year_count_what_its_first_one_counts():
    claims = claims_of("The ferry carried 2.1 million passengers in 2019, 1.4 million in 2020 "
                       "and a record 2.6 million in 2023.")
    assert [c.subject for c in claims if c.kind == "count"] == ["passengers"] * 3
    assert one(claims, "1.4 million").period == "2020"
    # a list item that counts something of its own keeps it, and a figure after a clause
    # that is no list is not given the noun
    claims = claims_of("The ferry carried 2.1 million passengers in 2019 and 300 cars in 2020.")
    assert one(claims, "300").subject == "cars"
    claims = claims_of("The ferry carried 2.1 million passengers in 2019, when 12 died.")
    assert one(claims, "12").subject != "passengers"
    # and a list of another text is not needed to see the slip
    warnings = [f for f in findings_of({
        "a": "The ferry carried 2.1 million passengers in 2019, 1.4 million in 2020 and 2.6 "
             "million in 2023.",
        "b": "In 2023 the ferry carried 2.9 million passengers."}) if f.severity == "warning"]
    assert [f.rule for f in warnings] == ["agreement"]


def test_gigatonnes_and_megatonnes_are_masses():
    a = one(claims_of("The ice sheet shed 270 gigatonnes of ice a year."), "270 gigatonnes")
    b = one(claims_of("The ice sheet lost 270 billion tonnes of ice a year."),
            "270 billion tonnes")
    assert (a.unit, a.value) == (b.unit, b.value)
    assert one(claims_of("Emissions reached 41 Mt last year."), "41 Mt").value == 41e9


@pytest.mark.parametrize(("text", "runs"), [
    ("five and six", ["five", "six"]),
    ("three hundred and five", ["three hundred and five"]),
    ("two thousand three hundred and five", ["two thousand three hundred and five"]),
    ("twenty-one", ["twenty-one"]),
    ("three twenty", ["three", "twenty"]),
    ("eleven twelve", ["eleven", "twelve"]),
    ("a hundred thousand", ["a hundred thousand"]),
])
def test_a_run_of_number_words_splits_into_cardinals(text, runs):
    from crosscheck.extract.numerals import word_runs

    assert [text[a:b] for a, b in word_runs(text)] == runs


def test_two_numbers_joined_by_and_are_not_their_sum():
    c = one(claims_of("Between five and six people were hurt in the crash."), "five and six")
    assert (c.low, c.high) == (5, 6)
    assert 5 not in [c.value for c in claims_of("Two and three bedroom flats sold out.")]


def test_a_designator_word_in_lower_case_may_still_measure():
    # "level" and "class" count in lower case: "the water level rose 3 metres"
    assert one(claims_of("The water level rose 3 metres."), "3 metres").kind == "quantity"
    assert one(claims_of("She teaches a class of 30 pupils."), "30").kind == "count"


@pytest.mark.parametrize(("text", "digits"), [
    ("The bridge was built in the 19th century and rebuilt in 1950.", "19"),
    ("It was her 3rd visit to the valley.", "3"),
    ("The mill closed on its 52nd day of losses.", "52"),
])
def test_digit_ordinal_is_never_a_count(text: str, digits: str) -> None:
    # "the 19th century" counts no centuries: with no named event after it the ordinal is
    # no claim, and its digits are not read again as a count by a later grammar
    assert digits not in [c.surface for c in claims_of(text)]


@pytest.mark.parametrize(("text", "surface", "span"), [
    ("The bridge was built in the 19th century and rebuilt in 1950.", "19th century",
     (1801, 1900)),
    ("A 12th-century chapel stands beside the road.", "12th-century", (1101, 1200)),
    ("By the twentieth century the port had silted up.", "twentieth century", (1901, 2000)),
])
def test_a_century_is_the_years_it_spans(text: str, surface: str,
                                         span: tuple[int, int]) -> None:
    c = one(claims_of(text), surface)
    assert (c.kind, c.low, c.high) == ("year", *span)


def test_a_century_before_the_era_or_beyond_the_calendar_is_no_year() -> None:
    # "the 5th century BC" is no year range of our calendar; a "35th century" is fiction
    for text in ("The temple dates from the 5th century BC.", "A tale of the 35th century."):
        assert [c.kind for c in claims_of(text) if c.kind == "year"] == []


def test_a_century_dates_no_figure_in_its_sentence() -> None:
    # the spire of the 19th century fell in 2019; the 600 firefighters are not of 1801-1900
    c = one(claims_of("When the spire built in the 19th century fell, 600 firefighters came."),
            "600")
    assert not c.period_stated


@pytest.mark.parametrize(("text", "kind"), [
    ("The castle was built in 1268 by the earl.", "year"),
    ("Work on the cathedral began in 1163.", "year"),
    ("The fund paid for repairs in 1268 homes.", "count"),
    ("He scored 1268 points.", "count"),
])
def test_a_year_before_1600_needs_a_cue_and_no_noun(text: str, kind: str) -> None:
    # "in 1268" dates an old building; "in 1268 homes" counts homes
    assert one(claims_of(text), "1268" if "1268" in text else "1163").kind == kind


def test_a_number_word_that_opens_a_name_the_text_uses_is_no_figure() -> None:
    # "the Three Gorges Dam" inside a sentence makes "Three Gorges" a name in the headline
    # too; "Three miners died" opens no name and counts miners
    text = ("Three Gorges resettlement ends\n\nWork on the Three Gorges Dam began in 1994. "
            "Three miners died.")
    assert [c.surface for c in claims_of(text) if c.kind == "count"] == ["Three"]
    assert one(claims_of(text), "Three").subject == "miners"
    # without the name inside a sentence, the headline's capital says nothing
    assert [c.subject for c in claims_of("Three Gorges were flooded.")] == ["Gorges"]


def test_a_models_number_is_no_figure() -> None:
    # "a Skyra 737 MAX 8" names a model; the same number before its word in capitals is the
    # model wherever the text writes it; "the 27 EU states" counts states
    text = ("Grounded\n\nAn airline flew a Skyra 737 MAX 8 for 157 passengers. The 737 MAX "
            "was grounded by the 27 EU states.")
    assert [c.surface for c in claims_of(text) if c.kind == "count"] == ["157", "27"]


def test_the_number_that_ends_a_name_is_no_figure() -> None:
    # "the Varda 150 index", "the Kesto 40 rose": the number is the name's; a noun after it
    # is what it counts ("gave the Red Cross 500 blankets")
    for text in ("The Varda 150 index fell 2.1% on Monday.",
                 "Shares slid, with the Varda 150 losing 2.1%.",
                 "The Kesto 40 rose 0.4% and the Kesto 40, at 7,118, is near a record."):
        assert [c.surface for c in claims_of(text) if c.kind == "count"] in ([], ["7,118"]), \
            text
    assert [c.surface for c in claims_of("She gave the Red Cross 500 blankets.")] == ["500"]
    assert [c.surface for c in claims_of("On the Tuesday 300 people came.")] == ["300"]


def test_a_scaled_figure_and_a_decimal_or_a_share_after_and_are_two_figures() -> None:
    # "3 hundred and 21" is one figure; "55.2 million and 20.5%" a count and a share
    assert [(c.surface, c.value) for c in claims_of(
        "It trailed Orly with 55.2 million and 20.5%.")] == [("55.2 million", 55.2e6),
                                                            ("20.5%", 20.5)]
    assert [c.value for c in claims_of("Sales hit 5 million and 20 percent were online.")] \
        == [5e6, 20.0]
    assert [c.value for c in claims_of("The hall seats 3 hundred and 21 people.")] == [321.0]


def test_points_beyond_a_hundred_are_an_index_not_percentage_points() -> None:
    # no percentage moves by 4,451 points: an index does
    c = one(claims_of("The index lost 4,451 points, or 14.2%, on Monday."), "4,451")
    assert (c.kind, c.subject, c.direction) == ("count", "points", "down")
    c = one(claims_of("Support fell 6 points to 41 percent."), "6 points")
    assert (c.kind, c.direction) == ("percent", "down")
    assert one(claims_of("Turnout fell by 120 percentage points, a typo."),
               "120 percentage points").kind == "percent"


def test_an_adverb_of_time_after_a_figure_is_no_noun_it_counts() -> None:
    # "the 3.8 billion first planned", "12 originally planned": when, not what; so the bare
    # figure takes the currency of the amount before it
    claims = claims_of("The line cost 4.3 billion euros, 23% more than the 3.8 billion first "
                       "planned.")
    assert (one(claims, "3.8 billion").kind, one(claims, "3.8 billion").unit) == \
        ("money", "EUR")
    assert one(claims_of("It built 9 schools, against 12 originally planned."),
               "12").subject == ""
    assert one(claims_of("The city sent 40 first responders."), "40").subject == \
        "first responders"


def test_a_verb_with_its_object_after_a_plural_noun_ends_the_noun() -> None:
    # "hospitals cost it", "hospitals employ 68,000": the noun is "hospitals"
    assert one(claims_of("The attack on its 29 hospitals cost it $67 million."),
               "29").subject == "hospitals"
    assert one(claims_of("Its 29 hospitals employ 68,000 people."), "29").subject == "hospitals"
    # a noun of two words stays whole, and a rate after a unit is no verb's object
    assert one(claims_of("It built 300 school buildings the next year."),
               "300").subject == "school buildings"
    assert one(claims_of("The pipe moves 5 billion cubic metres a year."),
               "5 billion cubic metres").unit == "meter^3"


@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("The jackpot has rolled over 38 times.", "38", "exact"),
    ("Rebels handed over 300 rifles.", "300", "exact"),
    ("The toll has gone up to 193.", "193", "exact"),
    ("Over 300 people died.", "300", "over"),
    ("The rate edged below 4 percent.", "4 percent", "up to"),
])
def test_a_qualifier_word_that_is_a_verbs_particle_qualifies_nothing(
        text: str, surface: str, qualifier: str) -> None:
    # not_after in qualifiers.yaml: "rolled over" and "gone up to" are verbs with particles
    assert one(claims_of(text), surface).qualifier == qualifier


def test_a_month_or_a_time_after_an_amount_is_no_subject() -> None:
    # "in January 2021", "this month" say when the price was, not what it is of
    cs = claims_of("The price rose from 237 dollars in January 2021 to 412 dollars this month.")
    assert [c.subject for c in cs if c.kind == "money"] == ["", ""]
    # "in the end", "in the meantime" say when, too
    cs = claims_of("The stadium cost 410 million euros in the end, and 12 million euros in the "
                   "meantime went on repairs.")
    assert [c.subject for c in cs if c.kind == "money"] == ["", ""]


def test_a_conjunction_after_an_amount_is_no_subject() -> None:
    # "once", "unless", "although" open a clause of their own
    cs = claims_of("The water will rise to 175 meters once the dam is finished, and to 180 "
                   "meters unless the river runs dry.")
    assert [c.subject for c in cs if c.kind == "quantity"] == ["", ""]


def test_a_glued_m_before_a_plural_noun_is_millions():
    (c,) = claims_of("About 3m people were displaced by the floods.")
    assert (c.kind, c.value, c.subject) == ("count", 3e6, "people")
    (c, _) = claims_of("The agency has built 1.2m homes since 2010.")
    assert (c.kind, c.value) == ("count", 1.2e6)
    # metres: before a singular noun or a dimension, or "the 40m towers"
    for text in ("A 3m wall stood there.", "The wall is 3m high.", "The 40m towers stand.",
                 "The river rose 3m overnight."):
        (c,) = claims_of(text)
        assert (c.kind, c.unit) == ("quantity", "meter"), text
    # millions of a unit: "338m tonnes" is 338 million tonnes, good to half a million
    (c, _, d) = claims_of("Rail moved 338m tonnes of freight in 2024; trucks moved 3.1bn.")
    assert (c.kind, c.unit, c.low, c.high) == ("quantity", "kilogram", 337.5e9, 338.5e9)
    # ... and the second clause of the same verb moved tonnes too
    assert (d.surface, d.kind, d.unit, d.value) == ("3.1bn", "quantity", "kilogram", 3.1e12)
    (c,) = claims_of("About 3m people were displaced.")
    assert c.high - c.low > 1e6


def test_basis_points_are_read_as_percentage_points_and_bp_only_in_lower_case():
    c = one(claims_of("The bank raised its rate by 50 basis points."), "50 basis points")
    assert (c.kind, c.value, c.subject) == ("percent", 0.5, "points")
    assert one(claims_of("Spreads widened to 300bp."), "300bp").value == 3.0
    assert one(claims_of("The firm sold 25 BP stations."), "25").kind == "count"
    # the bare parts of a total in basis points are basis points too
    claims = claims_of("The rises came to 125 basis points in all: 25 in May and 100 in June.")
    assert one(claims, "25").kind == one(claims, "100").kind == "percent"


def test_barrels_a_day_abbreviated_are_barrels():
    c = one(claims_of("World supply is about 100 million bpd."), "100 million bpd")
    assert (c.kind, c.unit) == ("quantity", "meter^3")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("One in four patients on the list has waited more than 18 weeks.", "One in four", 25.0),
    ("About one household in five struggles to pay.", "one household in five", 20.0),
    ("Just over four in ten prisoners are on remand.", "four in ten", 40.0),
    ("Nine out of 10 doctors agree.", "Nine out of 10", 90.0),
])
def test_a_ratio_of_two_small_numbers_is_a_share(text, surface, value):
    c = one(claims_of(text), surface)
    assert (c.kind, c.value) == ("percent", value)


def test_a_ratio_of_a_time_or_a_tally_of_games_is_no_share():
    assert [c.kind for c in claims_of("The team won two in three games.")
            if c.kind == "percent"] == []
    assert [c.kind for c in claims_of("It rained five in ten days.") if c.kind == "percent"] == []
