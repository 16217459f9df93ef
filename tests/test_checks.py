"""Each check type on small hand-made texts: what it must flag and what it must not."""

import datetime as dt

from conftest import RULES, claims_of, findings_of


def of_rule(findings, rule):
    return [f for f in findings if f.rule == rule]


def flags(findings, rule, passing=("corroborated", "consistent", "series_consistent", "rising")):
    return [f for f in of_rule(findings, rule) if f.outcome not in passing]


# --- agreement --------------------------------------------------------------------------

def test_agreement_flags_a_contradiction_across_documents():
    fs = findings_of({"a": "In 2016 the province sent 300 doctors to Tibet.",
                      "b": "In 2016 the province sent 520 doctors to Tibet."})
    bad = flags(fs, "agreement")
    assert len(bad) == 1 and bad[0].outcome == "disagreement"
    assert len(bad[0].claims) == 2


def test_agreement_corroborates_rounded_and_qualified_figures():
    fs = findings_of({"a": "In 2016 the province sent nearly 12,000 cadres to Tibet.",
                      "b": "In 2016 the province sent 11,800 cadres and skilled workers to "
                           "Tibet."})
    assert flags(fs, "agreement") == []
    ok = of_rule(fs, "agreement")
    assert [f.data["sources"] for f in ok] == [2]


def test_a_wire_story_printed_twice_is_one_source():
    wire = ("HOLT, May 4, 2025 (Wire) -- Floods forced about 12,000 people from their homes "
            "in the valley on Sunday, the regional government said.")
    fs = findings_of({"a": "Valley Courier\n\n" + wire, "b": "Coast Herald\n\n" + wire})
    assert of_rule(fs, "agreement") == []
    fs = findings_of({"a": "Valley Courier\n\n" + wire, "b": "Coast Herald\n\n" + wire,
                      "c": "HOLT, May 4, 2025 -- Rising water forced some 12,000 people from "
                           "their homes in the valley on Sunday, officials said."})
    assert [(f.data["sources"], len(f.data["documents"])) for f in of_rule(fs, "agreement")
            if f.outcome == "corroborated"] == [(2, 3)]


def test_texts_of_one_news_cycle_disagree_on_a_figure_of_their_day():
    # no time is stated for 173, but both texts are of the same days, dated by their words
    a = "Liveability\n\nJune 24, 2025\nThe survey rated 173 cities on 30 factors."
    b = "City index\n\nJune 25, 2025\nLondon fell to 46th in this year's index of 172 cities."
    assert [f.outcome for f in flags(findings_of({"a": a, "b": b}), "agreement")] == \
        ["disagreement"]
    # months apart, the untimed figure may be of another year's survey
    later = b.replace("June 25", "Sept. 25")
    assert flags(findings_of({"a": a, "b": later}), "agreement") == []


def test_a_news_cycle_pairs_only_close_figures_a_text_states_once():
    # two towns' households in texts of one week: far apart, so two quantities
    a = "Storm\n\nNov. 3, 2025\nAbout 2,100 households lost power in the town."
    b = "County\n\nNov. 5, 2025\nPower was cut to 12,000 households at the peak."
    assert flags(findings_of({"a": a, "b": b}), "agreement") == []
    # a text that gives its measure two values names two things with it (two firms' staff)
    c = ("Chips\n\nJuly 30, 2025\nCorvan employs 52,000 people. Pellis employs 38,000 "
         "people.")
    d = "Pellis\n\nJuly 31, 2025\nPellis employs 36,000 people."
    assert flags(findings_of({"c": c, "d": d}), "agreement") == []


def test_agreement_ignores_other_regions_and_other_years():
    fs = findings_of({"a": "In 2016 the province sent 300 doctors to Tibet.",
                      "b": "In 2016 the province sent 520 doctors to Xinjiang.",
                      "c": "In 2019 the province sent 520 doctors to Tibet."})
    assert flags(fs, "agreement") == []


def test_agreement_loose_subject_match_never_contradicts():
    fs = findings_of({"a": "Seventeen provinces and cities helped Tibet.",
                      "b": "People's hospitals in six cities of Tibet were upgraded."})
    assert flags(fs, "agreement") == []


def test_agreement_growth_of_a_running_total_is_not_a_contradiction():
    fs = findings_of({"a": "Since 2010, a total of 500 officials have gone to Qinghai.",
                      "b": "Since 2010, a total of 800 officials have gone to Qinghai."},
                     published={"a": dt.date(2015, 1, 1), "b": dt.date(2019, 1, 1)})
    assert flags(fs, "agreement") == []
    assert flags(fs, "monotonic") == []


# --- monotonic --------------------------------------------------------------------------

def test_monotonic_flags_a_running_total_that_falls():
    fs = findings_of({"a": "Since 2010, a total of 800 officials have gone to Qinghai.",
                      "b": "Since 2010, a total of 500 officials have gone to Qinghai."},
                     published={"a": dt.date(2015, 1, 1), "b": dt.date(2019, 1, 1)})
    bad = flags(fs, "monotonic")
    assert len(bad) == 1 and bad[0].outcome == "decrease"


def test_monotonic_holds_no_goal_of_a_later_year_to_a_total():
    # "by 2020" in a text of 2012 and "by 2031" in one of 2024: goals, not totals reached
    fs = findings_of({"a": "The airport plans to handle 60 million passengers a year by 2020, "
                           "at a cost of 3.4 billion euros.",
                      "b": "The airport plans to handle 90 million passengers a year by 2031, "
                           "at a cost of 2.4 billion euros."},
                     published={"a": dt.date(2012, 9, 18), "b": dt.date(2024, 3, 1)})
    assert flags(fs, "monotonic") == []
    # totals reached by the years of their texts do fall
    fs = findings_of({"a": "By 2020, the airport had spent a total of 3.4 billion euros.",
                      "b": "By 2023, the airport had spent a total of 2.4 billion euros."},
                     published={"a": dt.date(2021, 1, 10), "b": dt.date(2024, 3, 1)})
    assert len(flags(fs, "monotonic")) == 1


# --- series_total -----------------------------------------------------------------------

SERIES = ("They dispatched 10 batches of nearly {total} cadres. The number sent grew from 622 "
          "at the beginning to 2,117 in the latest effort.")


def test_monotonic_notes_a_fall_its_text_says_is_a_revision():
    toll = ("HARBOURTON, {day}, 2025 (Wire) -- The death toll from the ferry fire stood at "
            "{n} {when}")
    fs = findings_of({"a": "Ferry fire\n\n" + toll.format(day="June 3", n=12, when="on Tuesday."),
                      "b": "Ferry fire\n\n" + toll.format(
                          day="June 5", n=11, when="on Thursday, after police said one death "
                          "reported earlier was not related to the fire."),
                      "c": "Ferry fire\n\n" + toll.format(day="June 6", n=9, when="on Friday.")})
    found = sorted((f.outcome, f.severity) for f in of_rule(fs, "monotonic")
                   if f.outcome.startswith("decrease"))
    # the revision its own text explains is a note; the unexplained fall to 9 stays a warning
    assert ("decrease_revised", "info") in found
    assert ("decrease", "warning") in found


def test_monotonic_notes_a_fall_told_as_its_earlier_toll_revised():
    toll = "HARBOURTON, {day}, 2025 (Wire) -- Floods in the province have killed {rest}"
    for rest in ("212 people, the agency said, revising down its earlier toll of 300.",
                 "212 people, the agency said, below its previous figure of 300."):
        fs = findings_of({"a": "Floods\n\n" + toll.format(day="June 3", rest="300 people."),
                          "b": "Floods\n\n" + toll.format(day="June 5", rest=rest)})
        found = sorted((f.outcome, f.severity) for f in of_rule(fs, "monotonic")
                       if f.outcome.startswith("decrease"))
        assert found == [("decrease_revised", "info")], rest


def test_monotonic_keeps_the_tolls_of_two_events_apart():
    def toll(day: str, text: str) -> str:
        return f"Toll\n\nREDDING, {day} (Wire) -- {text}"

    # two named fires: each its own toll
    fs = findings_of({"a": toll("Aug. 5, 2025", "The Ridgeback fire has killed 12 people."),
                      "b": toll("Sept. 20, 2025", "The Cole fire has killed 3 people.")})
    assert flags(fs, "monotonic") == []
    # unnamed disasters two years apart are two events; a toll a tenth of another is
    # another quantity
    fs = findings_of({"a": toll("March 3, 2023", "The death toll from the earthquake has "
                                                 "risen to 230."),
                      "b": toll("March 9, 2025", "The death toll from the earthquake has "
                                                 "risen to 190.")})
    assert flags(fs, "monotonic") == []
    fs = findings_of({"a": toll("March 3, 2023", "The death toll from the earthquake has "
                                                 "risen to 230."),
                      "b": toll("March 9, 2023", "The death toll from the earthquake has "
                                                 "risen to 23.")})
    assert flags(fs, "monotonic") == []
    fs = findings_of({"a": toll("March 3, 2023", "The death toll from the earthquake has "
                                                 "risen to 230."),
                      "b": toll("March 9, 2023", "The death toll from the earthquake has "
                                                 "risen to 190.")})
    assert [f.outcome for f in flags(fs, "monotonic")] == ["decrease"]
    # a toll whose text names no incident, months after a shipwreck's, may be another's
    fs = findings_of({"a": toll("Aug. 10, 2025", "The toll from the ferry sinking has risen "
                                                 "to 97."),
                      "b": toll("July 18, 2026", "So far this year, 93 deaths have been "
                                                 "confirmed.")})
    assert flags(fs, "monotonic") == []

    # a toll stated with no time is of its text's day: a toll of a winter nine years
    # before is another event's, not a total it fell from
    fs = findings_of({"a": toll("May 6, 2025", "The worst recent winter, 2015-16, saw 121 "
                                               "people killed by avalanches."),
                      "b": toll("May 12, 2025", "Avalanches killed 94 people.")})
    assert of_rule(fs, "monotonic") == []
    fs = findings_of({"a": toll("May 6, 2025", "Avalanches had killed 121 people by May 1."),
                      "b": toll("May 12, 2025", "Avalanches killed 94 people.")})
    assert [f.outcome for f in of_rule(fs, "monotonic")] == ["decrease_undated"]
    # two tolls of one named incident, neither with a time, are each of its text's day: the
    # later one below the earlier is noted once (info, never a warning)
    fs = findings_of({"a": toll("May 6, 2025", "At least 42 people were killed when a "
                                               "mudslide buried the village."),
                      "b": toll("May 7, 2025", "Nearly 35 people died in the mudslide.")})
    assert [(f.outcome, f.severity) for f in of_rule(fs, "monotonic")] == \
        [("decrease_undated_both", "info")]
    fs = findings_of({"a": toll("May 6, 2025", "At least 42 people were killed when a "
                                               "mudslide buried the village."),
                      "b": toll("May 7, 2025", "Nearly 45 people died in the mudslide.")})
    assert of_rule(fs, "monotonic") == []
    # ... nor of one of several tolls a sentence lists by place
    fs = findings_of({"a": toll("May 6, 2025", "The avalanche season has been deadly: Varn "
                                               "recorded 31 avalanche deaths, Oska 25."),
                      "b": toll("May 8, 2025", "In Oska, 22 people died in avalanches.")})
    assert of_rule(fs, "monotonic") == []
    # ... and not when no incident is named, nor when one text is undated
    fs = findings_of({"a": toll("May 6, 2025", "At least 42 people were killed."),
                      "b": toll("May 7, 2025", "Nearly 35 people died.")})
    assert of_rule(fs, "monotonic") == []


def test_series_total_within_the_feasible_range_and_near_even_growth_passes():
    fs = of_rule(findings_of({"a": SERIES.format(total="13,500")}), "series-total")
    assert [f.outcome for f in fs] == ["series_consistent"]
    assert any("7,715" in step and "19,675" in step for step in fs[0].arithmetic)


def test_series_total_outside_the_feasible_range_is_an_error():
    fs = of_rule(findings_of({"a": SERIES.format(total="6,000")}), "series-total")
    assert [(f.outcome, f.severity) for f in fs] == [("series_infeasible", "error")]


def test_series_total_far_from_even_growth_is_flagged_with_arithmetic():
    fs = of_rule(findings_of({"a": SERIES.format(total="12,000")}), "series-total")
    assert [f.outcome for f in fs] == ["series_uneven"]
    assert any("13,695" in step for step in fs[0].arithmetic)


def test_a_change_of_another_thing_is_no_series_of_the_total():
    # ten groups of teachers, and pupils that fell from 41,000 to 29,500: no series
    text = ("Nineteen years and ten groups later, 1,362 teachers have served in the hill "
            "schools. Pass rates rose over the period. Enrolment fell over the same years, "
            "from 41,000 pupils to 29,500.")
    assert of_rule(findings_of({"a": text}), "series-total") == []
    # the batches' own people are still their series
    text = ("The city has sent ten groups of nearly 1,362 teachers to the hills. The number "
            "of people sent had gradually increased from 60 at the beginning to 210 in the "
            "latest group.")
    assert [f.outcome for f in of_rule(findings_of({"a": text}), "series-total")] == \
        ["series_consistent"]


# --- start_year and elapsed -------------------------------------------------------------

def test_start_year_disagreement_across_documents():
    fs = findings_of({"a": "In 1994, the government decided to pair provinces with Tibet.",
                      "b": "The government has conducted the pairing of provinces with Tibet "
                           "since the 1980s."})
    bad = flags(fs, "start-year")
    assert len(bad) == 1
    assert "1980s" in bad[0].message and "1994" in bad[0].message
    assert "pair" in bad[0].message


def test_start_year_arithmetic_names_the_shared_words_as_written():
    fs = findings_of({"a": "Construction of the harbour project began in 1996.",
                      "b": "The harbour project was launched in 1999."})
    bad = flags(fs, "start-year")
    assert len(bad) == 1
    said = [a for a in bad[0].arithmetic if a.startswith("each sentence speaks of")]
    # Stems ("proje", "harbo") mean nothing to a reader.
    assert said == ["each sentence speaks of: harbour, project"]


def test_a_start_that_names_only_its_event_is_of_what_the_others_event_heads():
    # "construction began" in a text about the plant is the construction of the plant
    texts = {"a": "The plant's cost has risen. Construction began in March 2017.",
             "b": "Construction of the plant began eight years ago, in 2016."}
    assert len(flags(findings_of(texts), "start-year")) == 1
    texts["b"] = texts["b"].replace("eight years ago, in 2016", "seven years ago, in 2017")
    assert flags(findings_of(texts), "start-year") == []
    # the head of another event is no match: service on the line is not its construction
    texts = {"a": "Construction began in 2015.",
             "b": "Service on the rail line began in 2021."}
    assert flags(findings_of(texts), "start-year") == []


def test_starts_that_name_only_their_event_are_of_what_their_texts_speak_of():
    # two texts' "construction began" are of what their headlines and sentences name
    fs = findings_of({"a": "Eastmere wind farm at full power\n\nConstruction began in 2021.",
                      "b": "Radio telescope opens in the desert\n\nConstruction started in "
                           "March 2011."})
    assert flags(fs, "start-year") == []
    fs = findings_of({"a": "Eastmere wind farm at full power\n\nConstruction began in 2021.",
                      "b": "Eastmere: the numbers behind the wind farm\n\nConstruction "
                           "started in 2020."})
    assert len(flags(fs, "start-year")) == 1
    # (words any two texts share, "cubic metres" or "north", say nothing of what they are
    # about: a water route's construction is no gas pipeline's)
    fs = findings_of({"a": "The central route of the diversion project has delivered 40 "
                           "billion cubic meters of water to northern cities. Construction of "
                           "the central route began in December 2003.",
                      "b": "Northline gas pipeline starts pumping\n\nThe Northline pipeline "
                           "began carrying 20 billion cubic metres of gas, six years after "
                           "construction started in 2018, its operator said."})
    assert flags(fs, "start-year") == []
    # and "since records began" dates a measurement, whatever the text is about
    fs = findings_of({"a": "It was the hottest July since records began in 1936.",
                      "b": "It was the wettest July since records began in 1990."})
    assert flags(fs, "start-year") == []


def test_starts_of_a_generic_undertaking_are_compared_only_in_texts_of_one_topic():
    # "the programme" of a text on doctors' postings is not the one of a text on roads
    doctors = ("Border doctors\n\nThe fourth batch of 240 doctors left for postings in the "
               "border counties, under a programme the health ministry started in 2008. The "
               "doctors serve two years.")
    roads = ("Village roads\n\nBefore the programme began in 2010, few villages had a "
             "paved road. Paved roads now reach 9 in 10 villages.")
    assert flags(findings_of({"a": doctors, "b": roads}), "start-year") == []
    # texts that both tell of the doctors' postings speak of one programme
    review = ("A decade of border postings\n\nSince the programme began in 2009, 4,600 "
              "doctors have served two-year postings in the border counties.")
    bad = flags(findings_of({"a": doctors, "b": review}), "start-year")
    assert len(bad) == 1 and "2008" in bad[0].message and "2009" in bad[0].message


def test_words_any_project_story_tells_are_no_common_topic():
    # a metro and a gas pipeline: both opened late, over budget, years after construction
    # began on their lines
    metro = ("Lindow metro opens two years late\n\nThe first line of the Lindow metro opened "
             "on Monday, two years late and over budget. Construction began in 2015, and the "
             "line cost 2.1 billion euros. Construction of a second line is planned.")
    gas = ("Northline pipeline opens\n\nThe Northline gas pipeline opened on Friday, a year "
           "late. Construction started in 2018; the pipe carries gas to the coast, and its "
           "construction cost ran over budget.")
    assert flags(findings_of({"a": metro, "b": gas}), "start-year") == []
    # nor are the start words themselves ("starts pumping", "starts its survey")
    gas = ("Northline pipeline starts pumping\n\nThe pipeline began carrying gas, six years "
           "after construction started in 2018.")
    dish = ("Radio dish starts its survey\n\nConstruction of the dish started in March 2011, "
            "in a valley of the Karst hills.")
    assert flags(findings_of({"a": gas, "b": dish}), "start-year") == []
    # nor units, which any two texts of figures share ("yuan", "meters")
    canal = ("A decade of the canal\n\nThe canal carries 9.5 billion cubic meters of water a "
             "year to the north. Construction began in December 2003, and the canal cost 50 "
             "billion yuan; it lifts water 40 meters and fills 30 billion cubic meters of "
             "reservoirs.")
    dish = ("Radio dish at full power\n\nConstruction of the dish started in March 2011. It "
            "cost 1.2 billion yuan and spans 500 meters; a second dish of 300 meters cost 0.4 "
            "billion yuan.")
    assert flags(findings_of({"a": canal, "b": dish}), "start-year") == []
    # a stem two words share is no word they share: elections and electrification
    votes = ("Turnout falls\n\nOnly 48 percent voted, the lowest since direct elections "
             "began in 1979.")
    power = ("Power reaches the villages\n\nMore than a million rural households have been "
             "connected to the grid since the rural electrification programme began in 2015, "
             "the energy ministry said; another 300,000 homes in the hills wait for poles, "
             "cables and meters, and villagers still light their houses with kerosene.")
    assert flags(findings_of({"a": votes, "b": power}), "start-year") == []
    # two starts that name nothing of their own, in texts that share only a province's name
    tunnel = ("Guizhou tunnel opens\n\nThe 12-kilometre tunnel under the Miao hills in "
              "Guizhou opened to traffic on Friday. Construction started in 2015; drivers now "
              "cross the hills in ten minutes instead of two hours on mountain roads.")
    dish = ("Radio dish listens to the sky\n\nThe radio dish in a karst valley of Guizhou is "
            "the largest of its kind. Construction started in March 2011, and astronomers "
            "have found hundreds of pulsars with it since it began observing.")
    assert flags(findings_of({"a": tunnel, "b": dish}), "start-year") == []
    # nor what any firm's story tells ("a maker of", revenue, staff)
    boilers = ("Veltra cuts jobs\n\nVeltra, the heat exchanger maker founded in 1998, said it "
               "would cut 600 jobs as demand for heat pumps slowed; its revenue fell and its "
               "factories in the east will close.")
    engines = ("Brennick at sixty-four\n\nFounded in 1961 as a maker of ship engines, Brennick "
               "Energy now builds wind turbines; its revenue rose as utilities ordered more "
               "turbines for the coast.")
    assert flags(findings_of({"a": boilers, "b": engines}), "start-year") == []


def test_figures_of_two_stories_that_share_no_name_are_not_compared():
    # an airline's passengers and an airport's, alike in every word but their names (an
    # archive of many stories holds many such pairs)
    airline = ("Record year\n\nDUBLIN, Feb. 4, 2026 (Wire) -- A record 34.6 million "
               "passengers travelled in 2025, up from 32.3 million, the company said. Its "
               "flights to Cork and Shannon were full, and more passengers flew to Lisbon.")
    airport = ("Record year\n\nDUBLIN, Feb. 5, 2026 (Wire) -- A record 38.6 million "
               "passengers travelled in 2025, up from 36.1 million, the company said. Its "
               "terminals at Brennor and Oslo were full, and more passengers flew to Riga.")
    assert flags(findings_of({"a": airline, "b": airport}), "agreement") == []
    # a text that shares a name with the first is held to its count
    again = airport.replace("terminals at Brennor and Oslo", "flights to Cork and Oslo")
    assert [f.rule for f in flags(findings_of({"a": airline, "b": again}), "agreement")] == \
        ["agreement"]


def test_starts_of_two_stories_that_share_no_name_are_not_compared():
    telescope = ("Telescope\n\nOSSEN, May 4, 2023 (Wire) -- Construction began in March 2011 at "
                 "the Varlo observatory, where astronomers from Tarsa and Ebbe now work.")
    tunnel = ("Tunnel\n\nOSSEN, May 5, 2023 (Wire) -- Construction began in September 2016 "
              "under the Brenn pass, where engineers from Kessel and Marr now work.")
    assert flags(findings_of({"a": telescope, "b": tunnel}), "start-year") == []
    # two names of one place are one name: Xizang is Tibet (aliases.yaml)
    assert same_story("Aid\n\nLHASA, May 4, 2023 (Wire) -- Teachers from Jiangsu arrived in "
                      "Xizang on Monday.",
                      "Aid\n\nLHASA, May 5, 2023 (Wire) -- Doctors from Fujian arrived in "
                      "Tibet on Tuesday.")


def test_swapped_digits_of_two_stories_that_share_no_name_are_no_slip():
    a = ("Homes\n\nBRENNOR, May 4, 2025 (Wire) -- Builders completed 131,000 homes in 2024, "
         "the Kessel housing office and the Tarsa guild said.")
    b = ("Homes\n\nOSSEN, May 5, 2025 (Wire) -- Builders completed 113,000 homes in 2024, "
         "the Velo housing office and the Marr guild said.")
    assert flags(findings_of({"a": a, "b": b}), "transposed-digits") == []
    b = b.replace("the Velo housing office", "the Kessel housing office")
    assert [f.rule for f in flags(findings_of({"a": a, "b": b}), "transposed-digits")] == \
        ["transposed-digits"]


def test_pledges_of_one_giver_to_two_stories_are_not_compared():
    # two donor conferences name the same givers; only their recipients tell them apart
    a = ("Donors pledge\n\nGENEVA, March 10, 2026 (Wire) -- Donors pledged money to rebuild "
         "Marula after the floods. Japan pledged $150 million, Norway $25 million and "
         "Canada $40 million to Marula's rebuilding, officials in Velo said.")
    b = ("Donors pledge\n\nGENEVA, April 2, 2026 (Wire) -- Donors pledged money to feed "
         "Ostrand after the drought. Japan pledged $80 million, Norway $25 million and "
         "Canada $40 million to Ostrand's relief, officials in Kessel said.")

    def warned(texts):
        return [f.rule for f in findings_of(texts)
                if f.rule == "giver-amount" and f.severity != "info"]
    assert warned({"a": a, "b": b}) == []
    b = b.replace("Ostrand", "Marula").replace("Kessel", "Velo")
    assert warned({"a": a, "b": b}) == ["giver-amount"]


def same_story(a: str, b: str) -> bool:
    from crosscheck.checks.base import Context
    from crosscheck.checks.topics import same_topic
    from crosscheck.corpus import document_from_text
    from crosscheck.extract import load_lexicon
    docs = {d: document_from_text(d, t) for d, t in (("a", a), ("b", b))}
    return same_topic(Context(documents=docs, claims=[], by_id={},
                              lexicon=load_lexicon(RULES)), "a", "b")


def test_figures_of_no_place_in_texts_of_two_topics_are_not_compared():
    # people charged over a dam's collapse, and over a drug haul years later
    dam = ("Dam collapse: executives charged\n\nBRAVO, Jan. 25, 2020 (Wire) -- Prosecutors "
           "have charged 16 people, including the mining firm's former chief, over the dam "
           "collapse that buried the valley. The dam held mining waste; the collapse sent mud "
           "through the valley, over farms, roads and a railway bridge, and families still "
           "search the mud for relatives.")
    haul = ("Port haul: more arrests\n\nKESTEL, April 20, 2026 (Wire) -- Prosecutors have "
            "charged 11 people over the cocaine haul found in February. The cocaine was "
            "hidden in banana crates shipped from overseas; the haul was the port's largest, "
            "and customs officers expect more seizures of cocaine this spring.")
    assert flags(findings_of({"a": dam, "b": haul}), "monotonic") == []
    # a text on the same collapse is held to the count
    later = ("Dam collapse trial opens\n\nBRAVO, March 2, 2021 (Wire) -- Prosecutors have "
             "charged 11 people over the dam collapse, as the trial of the mining firm's "
             "managers opened. The collapse of the dam killed 270.")
    assert [f.rule for f in flags(findings_of({"a": dam, "b": later}), "monotonic")] == \
        ["monotonic"]
    # a giver's pledge to a climate fund is no gift to a town's rebuilding
    fund = ("Loss and damage fund opens\n\nDUBAI, Nov. 30, 2023 (Wire) -- Rich nations "
            "pledged money to the new climate fund. The United States pledged $17.5 million "
            "to the fund, and Japan $10 million; the climate fund is to help poor nations "
            "recover from droughts, storms and rising seas, which negotiators say cost them "
            "dearly each year as the planet warms.")
    town = ("Donors pledge to rebuild Loma Verde\n\nLOMA VERDE, Dec. 12, 2023 (Wire) -- "
            "Japan promised $80 million and the United States pledged $16 million to rebuild "
            "the quake-hit town, officials said. Loma Verde lost half its homes in the quake, "
            "and its school, market and church must be rebuilt before the rainy season "
            "arrives in the valley.")
    assert flags(findings_of({"a": fund, "b": town}), "giver-amount") == []


def test_a_short_text_is_held_to_a_start_only_where_it_names_its_place():
    # a line of data on Sudan's war and a text on another country's war: one word ("war")
    # in common, and the short text names a place the other never does
    data = ("Refugee data, June 2025\n\nIn Sudan, 11 million people have fled their homes "
            "since the war began in April 2023.")
    aid = ("Norland adds to military aid\n\nOSTBY, March 3, 2025 (Wire) -- Norland will give "
           "Sarmia military aid worth 2.4 billion crowns this year, the defence minister "
           "said, the largest package since the war began in 2022. Norland's military aid "
           "to Sarmia since then comes to 9.6 billion crowns, the defence ministry said. "
           "Most of the new package pays for air defence systems and artillery shells, "
           "which Sarmian commanders have asked allies to send before winter.")
    assert flags(findings_of({"a": data, "b": aid}), "start-year") == []
    # a short text that names the place is held to it
    sudan = ("Sudan appeal\n\nIn Sudan, where the war began in 2022, aid agencies ask for "
             "$2.7 billion this year to feed the displaced and rebuild clinics.")
    assert len(flags(findings_of({"a": data, "b": sudan}), "start-year")) == 1


def test_starts_of_two_things_opened_to_traffic_are_not_compared():
    # a railway's section and a tunnel: both "opened to traffic", both began construction
    rail = ("Railway opens to traffic\n\nVIENTIANE, Dec. 3, 2021 (Wire) -- The railway from "
            "Kunming to Vientiane opened to traffic on Friday. Construction of the Lao section "
            "started in December 2016, and trains now run the 1,035 km in ten hours.")
    tunnel = ("Hill tunnel opens to traffic\n\nThe 12-kilometre tunnel under the Miao hills "
              "opened to traffic on Friday. Construction started in 2015, and drivers now cross "
              "the hills in ten minutes; the tunnel's construction employed 3,100 workers.")
    assert flags(findings_of({"a": rail, "b": tunnel}), "start-year") == []


def test_deaths_so_far_this_year_are_not_a_heat_waves_running_toll():
    # the year's count of heat deaths and one heat wave's toll, weeks later and lower
    year = ("Heat deaths: the count\n(Desert Ledger, July 18, 2026)\n\nThe county confirmed "
            "645 heat-related deaths in 2025. So far this year, 93 deaths have been confirmed "
            "and 310 are under investigation, the county said of its heat deaths.")
    wave = ("Counting the cost of July's heat\n\nDORVALE, Aug. 12, 2026 (Monthly) -- "
            "Officials now put the heat wave's toll at 52 deaths, after a review of deaths "
            "certified in the week after the heat broke, the county said.")
    assert flags(findings_of({"a": year, "b": wave}), "monotonic") == []
    # two counts of the year do fall when the later one is lower
    later = ("Heat deaths: the count\n(Desert Ledger, Aug. 12, 2026)\n\nSo far this year, "
             "71 deaths have been confirmed and 200 are under investigation, the county "
             "said of its heat deaths.")
    assert len(flags(findings_of({"a": year, "b": later}), "monotonic")) == 1


def test_running_totals_counted_from_two_months_are_two_quantities():
    # two measles outbreaks' counts of the infected, one since October, one since March
    north = ("Measles outbreak ends\n\nApril 3, 2026 -- In all, 4,860 people have been "
             "infected with measles since October and 41 have died, health officials said, "
             "declaring the outbreak over after a vaccination drive.")
    south = ("Measles spreads\n\nMay 28, 2026 -- A measles outbreak has infected 2,900 people "
             "since March, health officials said, and a vaccination drive begins next week.")
    assert flags(findings_of({"a": north, "b": south}), "monotonic") == []
    # counted from one month, the later count does fall
    later = ("Measles count revised\n\nMay 28, 2026 -- The measles outbreak has infected "
             "2,900 people since October, health officials said after the vaccination drive.")
    assert len(flags(findings_of({"a": north, "b": later}), "monotonic")) == 1


def test_other_countries_in_two_lists_of_pledges_are_no_common_topic():
    flood = ("Donors pledge $1.2 billion for flood recovery\n\nGENEVA, Jan. 16 (Wire) -- "
             "Donors pledged $1.2 billion at a conference on Monday to help the country "
             "recover from last year's floods. The World Bank pledged $500 million and the "
             "European Union $300 million. The rest came from 30 other countries. Engineers say "
             "the washed-out bridges, roads and irrigation canals of the delta will take "
             "three years to rebuild.")
    fund = ("Climate fund opens\n\nDUBAI, Nov. 30, 2023 (Wire) -- Nearly 200 countries "
            "agreed to launch a fund for poor nations hit by floods and droughts. The "
            "European Union said it would contribute $245 million; other countries pledged "
            "smaller sums, and negotiators said more countries would follow.")
    assert flags(findings_of({"a": flood, "b": fund}), "giver-amount") == []


def test_texts_that_tell_two_owners_stories_are_of_two_subjects():
    # two countries' jobless rates for one month: the texts share every word of the
    # genre, and each names its own country as the owner of its figures
    velmar = ("Velmar economy grows\n\nVELM, April 30, 2026 (Wire) -- Velmar's economy grew "
              "0.4 percent in the first quarter, the statistics office said. Unemployment "
              "stood at 6.8 percent in March, and the central bank expects the jobless rate to "
              "fall as employers hire; wages rose and the statistics office said hiring "
              "picked up.")
    estara = ("Estara's jobless rate falls\n\nSOLN, April 3, 2026 (Wire) -- Unemployment fell "
              "to 5.2 percent in March, the statistics office said, as employers added 42,000 "
              "jobs; the jobless rate is the lowest in a decade, wages rose and the central "
              "bank said hiring picked up.")
    assert flags(findings_of({"a": velmar, "b": estara}), "agreement") == []
    # a text that names the other's country is held to it
    review = ("Estara's labour market\n\nApril 9, 2026 -- Unemployment was 5.6 percent in "
              "March, the statistics office said, as employers added jobs; the jobless rate "
              "fell, wages rose and the central bank said hiring picked up in Estara.")
    assert len(flags(findings_of({"a": estara, "b": review}), "agreement")) == 1


def test_the_worlds_largest_of_two_things_is_no_common_topic():
    # a dam and a radio telescope, each "the world's largest" of its kind
    dam = ("Audit of the dam\n\nThe world's largest hydropower dam, whose construction began "
           "in 1994, still needs repairs to its ship locks, auditors said. The reservoir "
           "behind it is the largest in the world by volume, and towns along its banks were "
           "moved to higher ground.")
    dish = ("Radio dish opens\n\nThe world's largest radio telescope began observing on "
            "Sunday. Construction started in March 2011 in a karst valley, and its dish, the "
            "largest in the world, will search for pulsars and faint signals from distant "
            "galaxies.")
    assert flags(findings_of({"a": dam, "b": dish}), "start-year") == []


def test_two_power_plants_share_only_what_any_plant_has():
    # a dam and a wind farm: both have a capacity and turbines
    dam = ("Dam commissioned\n\nThe last of the dam's turbines went into service on Monday, "
           "bringing its capacity to 1,332 megawatts. Construction of the 289-metre dam "
           "began in 2015 and cost 170 billion rand. The turbines feed the national grid.")
    wind = ("Wind farm at full power\n\nBritain's largest offshore wind farm reached its full "
            "capacity of 1,200 megawatts. Construction began in 2021 and cost £4.2bn. Its 100 "
            "turbines stand 80 km off the coast, and the farm's capacity powers a million "
            "homes.")
    assert flags(findings_of({"a": dam, "b": wind}), "start-year") == []


def test_two_programmes_completed_are_not_one_programme():
    # "completing a programme launched in 2012" of broadband and one "launched in 1993" of
    # resettlement share only words any closing programme's story says
    net = ("Last rural homes online\n\nLORRE, March 5, 2024 (Wire) -- Estmark has connected "
           "the last of 1.2 million rural homes to fast internet, completing a programme "
           "launched in 2012, the digital ministry said. The final homes were in the "
           "mountains, where cables were laid by helicopter, and download speeds in the "
           "villages have risen tenfold.")
    dam = ("Final batch to leave reservoir area\n\nCHONGQING -- By the end of next year the "
           "final batch of residents will leave the reservoir area, completing a huge "
           "resettlement programme launched in 1993. Families get new homes in towns above "
           "the waterline, and farmers who lost fields are trained for factory work.")
    assert flags(findings_of({"a": net, "b": dam}), "start-year") == []


def test_a_short_text_that_shares_no_word_with_another_is_not_of_its_topic():
    # a campaign's money raised, in two sentences, and a compensation fund's years later
    campaign = ("Fundraising slows\n\nJuly 16, 2023 -- The campaign's fundraising slowed in "
                "the spring, according to its filing. It has now raised $29.8 million since the "
                "campaign began in January. Its main rival raised $20.1 million in the second "
                "quarter alone.")
    fund = ("After the collapse\n\nMay 15, 2029 -- A compensation fund set up by the brands "
            "aims to raise $40 million for victims' families. By Tuesday, it had received $15 "
            "million, or 37.5 percent of its goal. Families of the garment workers killed in "
            "the factory collapse say the payments come too slowly, and the brands blame "
            "delays in checking the workers' papers.")
    assert flags(findings_of({"a": campaign, "b": fund}), "monotonic") == []


def test_a_start_after_its_texts_year_is_a_plan():
    # "will ... start production in 2027", in a text of 2025: nothing began in 2027 yet
    fs = findings_of({"a": "ESSEN, May 6, 2025 (Wire) -- The plant will now make more advanced "
                           "chips and start production in 2027 as planned.",
                      "b": "ESSEN, May 8, 2025 (Wire) -- The plant started production in 2024, "
                           "its owner said."})
    assert flags(fs, "start-year") == []


def test_start_year_does_not_compare_starts_of_different_undertakings():
    # One region, two things that began: a programme and a batch of projects, a foundation
    # and an appeal, a trial phase and the programme. None of them contradicts another.
    fs = findings_of({"a": "In 1994, the government decided to pair provinces with Tibet.",
                      "b": "The third batch of road projects in Tibet was launched in 2003."})
    assert flags(fs, "start-year") == []
    fs = findings_of({"a": "The harbour foundation was set up in 1992.",
                      "b": "The harbour appeal was launched after the storm of 2019."})
    assert flags(fs, "start-year") == []
    fs = findings_of({"a": "A trial pairing of provinces with Tibet was launched in 1985.",
                      "b": "The pairing of provinces with Tibet was launched in 1994."})
    assert flags(fs, "start-year") == []
    # Stages told in one sentence are not rival starts.
    fs = findings_of({"a": "The dam was proposed in 1918; its construction was started in "
                           "1994 and the construction was completed in 2008."})
    assert flags(fs, "start-year") == []


def test_a_year_across_a_semicolon_from_a_start_word_is_another_clauses():
    fs = findings_of({"a": "Work on the terminal began in September; the first berths are due "
                           "to open in 2027.",
                      "b": "Work on the terminal began in 2025."})
    assert flags(fs, "start-year") == []


def test_a_year_tied_to_a_start_by_after_or_before_is_another_events():
    fs = findings_of({"a": "Ground was broken for the tram line, whose construction started "
                           "nine months after the city approved the plan in March 2016.",
                      "b": "The tram line, which opened in December 2021 after construction "
                           "began in 2017, carries 90,000 riders a day."})
    assert flags(fs, "start-year") == []


def test_a_year_before_a_start_word_with_its_own_year_is_not_the_start():
    # "began in 2009" gives the start; the 2023 before it dates the clearing
    fs = findings_of({"a": "Teams cleared 182 square kilometres in 2023, the most in a year "
                           "since the clearance programme began in 2009.",
                      "b": "The clearance programme began in 2009 with six teams."})
    assert flags(fs, "start-year") == []
    # but a year after a start word is its own, whatever year comes before it
    fs = findings_of({"a": "The dam began in 1992, and it started storing water in 2008.",
                      "b": "The dam has been storing water since water storage started in "
                           "2003."})
    assert [f.outcome for f in flags(fs, "start-year")] == ["disagreement"]


def test_start_year_ignores_figures_that_merely_began_counting():
    fs = findings_of({"a": "In 1994, the government decided to pair provinces with Tibet.",
                      "b": "Since 2012, more than 9,500 projects have been implemented in "
                           "Tibet."})
    assert flags(fs, "start-year") == []


def test_elapsed_anniversary_and_duration_against_start_year():
    texts = {"a": "In 1994, the government decided to pair provinces with Tibet.",
             "b": "In 2014, Tibet marked the 20th anniversary of the pairing.",
             "c": "Over the past 30 years, Tibet has changed."}
    fs = findings_of(texts, published={"c": dt.date(2024, 8, 26)})
    assert flags(fs, "elapsed") == []
    # "the past 30 years" of Tibet changing is not measured against the pairing's start
    assert [f.data["count"] for f in of_rule(fs, "elapsed")] == [1]
    texts["b"] = "In 2014, Tibet marked the 25th anniversary of the pairing."
    bad = flags(findings_of(texts, published={"c": dt.date(2024, 8, 26)}), "elapsed")
    assert len(bad) == 1 and "1989" in bad[0].message


def test_a_pilot_s_start_dates_no_anniversary_of_the_programme():
    texts = {"a": "The clinic programme grew out of a pilot scheme started in 2006 in two "
                  "districts.",
             "b": "CALDERA, Oct. 2, 2019 (Wire) -- The province celebrated the 10th "
                  "anniversary of its clinic programme on Wednesday."}
    assert flags(findings_of(texts), "elapsed") == []


def test_an_anniversary_of_a_programme_is_held_only_against_starts_of_its_topic():
    clinics = ("CALDERA, Oct. 2, 2019 (Wire) -- The province celebrated the 10th anniversary "
               "of its village clinic programme on Wednesday. Every village now has a clinic, "
               "and each clinic has a nurse.")
    bridges = ("Ten years after it began in 2014, the rural bridges programme has built 3,400 "
               "footbridges, connecting villages to schools, clinics and markets. Each bridge "
               "lasts 50 years, and the bridges cost little.")
    assert flags(findings_of({"a": clinics, "b": bridges}), "elapsed") == []
    # a start of the programme the anniversary's text speaks of is held against it
    start = ("A programme to give every village a clinic began in 2005, and the first "
             "clinic opened that year; a nurse runs each clinic.")
    bad = flags(findings_of({"a": clinics, "b": start}), "elapsed")
    assert len(bad) == 1 and "2005" in bad[0].message
    # a word of their own in common needs texts of one topic too: "engineers" and "engines"
    # are one stem, a start-up and a maker of ship engines two firms
    startup = ("Lumen Labs raises $2 billion\n\nPALO, Feb. 4, 2026 (Wire) -- Lumen Labs, "
               "founded five years ago by two former search engineers, is now worth $30 "
               "billion after its fourth round of funding. Its chatbot has 40 million users, "
               "and investors expect a listing on the stock exchange before the summer, when "
               "its rivals report their results.")
    engines = ("Brennick at sixty-four\n\nOSLAND, March 3, 2025 (Monthly) -- Founded in 1961 "
               "as a maker of ship engines, Brennick Energy now builds wind turbines for the "
               "North Sea, and its turbines power two million homes. Its factory in the old "
               "shipyard employs welders, painters and crane drivers.")
    assert flags(findings_of({"a": startup, "b": engines}), "elapsed") == []


def test_changes_stated_over_different_spans_are_not_one_quantity():
    texts = {"a": "A pilot started in 2006 in two districts, where infant deaths fell by a "
                  "third in three years.",
             "b": "The review praised the programme's first decade, when infant deaths fell by "
                  "more than half, and said the pilot of 2006 had shown the way."}
    assert flags(findings_of(texts), "agreement") == []


def test_a_disagreement_shows_the_time_each_figure_was_compared_for():
    # "last year" in a text of 2025 is 2024, whatever year the sentence's text is dated
    texts = {"a": "Crime\n\nPORTAL, April 2, 2025 (Wire) -- \"There were 18,000 violent crimes "
                  "last year,\" the senator said.",
             "b": "Crime\n\nPORTAL, April 5, 2025 (Wire) -- The state recorded 16,890 violent "
                  "crimes last year, the governor said."}
    found = flags(findings_of(texts), "agreement")
    assert len(found) == 1 and "18,000 in a (2024)" in found[0].message


def test_a_small_count_alike_in_two_texts_corroborates_nothing_unless_a_toll():
    fs = findings_of({"a": "The pilot ran in two districts.",
                      "b": "The province now has two district hospitals."})
    assert [f for f in of_rule(fs, "agreement") if f.outcome == "corroborated"] == []
    fs = findings_of({"a": "The fire killed three people.",
                      "b": "Three people were killed in the fire."})
    assert [f.outcome for f in of_rule(fs, "agreement")] == ["corroborated"]


def test_a_duration_and_a_start_of_one_word_stem_in_two_texts_are_of_two_things():
    # mines cleared since a clearance programme began, and a forest's clearing over two
    # years: "clear" is the stem of both, and the texts speak of nothing else in common
    mines = ("Demining record\n\nKARVEN, Feb. 6, 2024 (Wire) -- Demining teams cleared 182 "
             "square kilometres of land in 2023, the most in a year since the clearance "
             "programme began in 2009. The teams destroyed 41,300 mines and shells, and "
             "farmers have returned to the fields cleared along the old front line. Donors "
             "paid for metal detectors, armoured diggers and sniffer dogs, and the national "
             "mine action centre trains new deminers every spring.")
    forest = ("Forest loss slows\n\nBRASA, Nov. 30, 2035 (Wire) -- Two years of falling "
              "clearing have halved the Selva rainforest cleared each year, the space agency "
              "said. Satellite images show loggers and ranchers cleared less of the Selva "
              "rainforest, and the agency credits patrols along the rivers. Environment "
              "officials fined soy growers and cattle ranches, and indigenous reserves lost "
              "the least forest of any land in the basin.")
    assert flags(findings_of({"a": mines, "b": forest}), "elapsed") == []
    # a text of the same programme is held to the start
    review = ("Demining: the long haul\n\nKARVEN, May 2, 2024 (Wire) -- Twelve years after "
              "the clearance programme began, demining teams have cleared most of the land "
              "along the old front line, and farmers have returned to the fields.")
    assert [f.rule for f in flags(findings_of({"a": mines, "b": review}), "elapsed")] == \
        ["elapsed"]


def test_a_duration_that_takes_one_side_of_disputed_starts_is_no_mismatch():
    # The texts give the harbour project's start as 1999 and 2001; "18 years of
    # construction" in 2017 takes the side of 1999. The start-year check reports the
    # dispute; the duration is no contradiction of its own.
    texts = {"a": "Construction of the harbour project started in 2001.",
             "b": "The harbour project began in 1999, the ministry said.",
             "c": "PORTAL, May 3, 2017 (Wire) -- After 18 years of construction, the "
                  "harbour opened on Tuesday."}
    assert flags(findings_of(texts), "elapsed") == []
    # with no text that gives 1999, 2001 is the only start, and 18 years contradict it
    del texts["b"]
    assert [f.outcome for f in flags(findings_of(texts), "elapsed")] == ["mismatch"]


def test_elapsed_more_than_decades_ago_is_qualifier_aware():
    texts = {"a": "The network for Tibet was launched more than three decades ago.",
             "b": "The government has conducted five rounds of aid to Tibet since the 1980s."}
    fs = findings_of(texts, published={"a": dt.date(2019, 2, 8)})
    assert flags(fs, "elapsed") == []

def test_years_ago_beside_the_year_it_means_is_not_held_against_a_start():
    start = ("HARROW, Aug. 9, 2025 (Wire) -- The Harrow Bay ferry line, which began service "
             "in 2000, marked its 25th anniversary. Its four boats have carried 31 million "
             "passengers since the line opened. The oldest boat is 41 years old.")
    for boat in ("Its newest boat entered service three years ago, in 2022.",
                 "In 2022, three years ago, its newest boat entered service."):
        fs = findings_of({"a": start, "b": "HARROW, Aug. 11, 2025 (Wire) -- Harrow Bay's "
                                            "ferries first sailed in 2000. The line employs 64 "
                                            "people. " + boat})
        assert flags(fs, "elapsed") == []


def test_an_age_implies_when_the_thing_it_names_was_founded():
    def elapsed(*texts):
        return [f.outcome for f in findings_of({f"d{i}": t for i, t in enumerate(texts)})
                if f.rule == "elapsed"]

    opening = "HARLOW, May 18, 2024 (Wire) -- The city museum, founded in 1872, reopened."
    assert elapsed(opening, "May 19, 2024 -- The 140-year-old museum drew crowds.") == \
        ["mismatch"]
    assert elapsed(opening, "May 19, 2024 -- The 152-year-old museum drew crowds.") == \
        ["consistent"]
    # a person's age is not the age of what the person founded, nor of another noun
    assert elapsed("HARLOW, May 18, 2024 (Wire) -- A 70-year-old man who founded the "
                   "company in 1990 was arrested.") == []
    assert elapsed(opening + " Its 4,000-year-old boat drew crowds.") == []


# --- share ------------------------------------------------------------------------------

def test_share_above_100_percent_is_flagged_but_a_rise_is_not():
    assert len(flags(findings_of({"a": "Some 130% of residents approved."}), "share")) == 1
    assert flags(findings_of({"a": "Exports rose 150% last year."}), "share") == []


def test_overlapping_categories_are_not_parts_of_one_whole():
    fs = findings_of({"a": "With 80% of funds invested in grass-roots work and 80% used to "
                           "improve people's livelihoods."})
    assert flags(fs, "share") == []
    fs = findings_of({"a": "Of the budget, 60% went to roads, 30% to schools and 25% to "
                           "hospitals."})
    assert [f.outcome for f in flags(fs, "share")] == ["parts_over_100"]


def test_seeds_findings_are_the_expected_ones():
    from crosscheck.pipeline import analyze

    from conftest import RULES, SEEDS

    result = analyze([SEEDS], [RULES])
    problems = sorted((f.rule, f.outcome) for f in result.findings if f.severity != "info")
    assert problems == [("elapsed", "mismatch"),
                        ("series-total", "series_uneven"),
                        ("start-year", "disagreement")]
    # Rates that differ because the years differ, each fitting its own date: info.
    across = [f for f in result.findings if f.outcome == "across_documents"]
    assert [f.severity for f in across] == ["info"]
    assert across[0].data["explained_by_reference"] is True
    corroborated = {f.data["value"] for f in result.findings if f.outcome == "corroborated"
                    and f.rule == "agreement"}
    assert "17" in corroborated


def test_subject_synonyms_from_grouping_yaml_let_different_words_meet():
    fs = findings_of({"a": "The council approved a budget of $3.2 billion for 2024.",
                      "b": "The council passed a $3.4 billion spending plan for 2024."})
    bad = flags(fs, "agreement")
    assert len(bad) == 1 and "$3.2 billion" in bad[0].message and "$3.4 billion" in bad[0].message
    # a shop is a store: a chain's count told with either word is one quantity
    fs = findings_of({"a": "BRENNOR, Jan. 28, 2026 -- Pellor Bakeries has 1,450 stores.",
                      "b": "BRENNOR, Feb. 2, 2026 -- Pellor Bakeries has 1,540 shops."})
    assert [f.rule for f in flags(fs, "transposed-digits")] == ["transposed-digits"]


def test_subjects_told_apart_by_a_contrast_of_grouping_yaml_are_never_one_group(tmp_path):
    texts = {"a": "Jobs\n\nUpdated: 2026-07-08 16:20\n\nThe firm had 1,520 male workers in "
                  "2025.",
             "b": "Jobs\n\nUpdated: 2026-07-08 18:20\n\nThe firm had 1,350 female workers in "
                  "2025."}
    assert flags(findings_of(texts), "agreement") == []
    # the same subject on both sides is still compared
    texts["b"] = texts["b"].replace("female", "male")
    assert len(flags(findings_of(texts), "agreement")) == 1
    # a contrast list that is no list of words is an error with its file and line
    import shutil

    import pytest

    from crosscheck.errors import RuleError
    from crosscheck.grouping import load_config

    from conftest import RULES
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    (rules / "grouping.yaml").write_text("threshold: 88\ncontrasts: [male, female]\n",
                                         encoding="utf-8")
    with pytest.raises(RuleError, match="contrasts") as err:
        load_config(rules)
    assert err.value.line == 2


def test_plurals_fold_to_the_noun_a_reader_names():
    from crosscheck.grouping import singular

    assert [singular(w) for w in ("buses", "viruses", "houses", "causes", "families")] == \
        ["bus", "virus", "house", "cause", "family"]
    # a plural of no -s folds too
    assert [singular(w) for w in ("women", "men", "children")] == ["woman", "man", "child"]
    # a noun used only in the plural stays as it is
    assert [singular(w) for w in ("proceeds", "earnings", "clothes")] == \
        ["proceeds", "earnings", "clothes"]


def test_a_possessive_is_the_noun_itself():
    from crosscheck.grouping import normalize_subject

    assert normalize_subject("the cathedral's restoration") == "cathedral restoration"
    assert normalize_subject("France’s richest families") == "france richest family"
    assert normalize_subject("the donors' gifts") == "donor gift"


def test_monotonic_reports_a_running_total_that_never_falls_as_info():
    fs = findings_of({"a": "Since 2010, a total of 500 officials have gone to Qinghai.",
                      "b": "Since 2010, a total of 800 officials have gone to Qinghai."},
                     published={"a": dt.date(2015, 1, 1), "b": dt.date(2019, 1, 1)})
    rising = [f for f in of_rule(fs, "monotonic") if f.outcome == "rising"]
    assert len(rising) == 1 and rising[0].severity == "info"
    assert "500 (a, 2015) → 800 (b, 2019)" in rising[0].message


def test_a_series_with_two_values_at_one_time_is_not_said_never_to_fall():
    a = ("Velmar dam outlays reach 181.5 billion crowns\n\nPORTVALE, Jan. 9, 2009 (Wire) -- By "
         "the end of 2008, investment in the Velmar dam had reached 181.5 billion crowns, the "
         "builder said. The ministry said investment in the Velmar dam had reached 122.9 "
         "billion crowns by the end of 2008.")
    b = ("Auditors review the Velmar dam\n\nPORTVALE, March 2, 2012 (Wire) -- Auditors said "
         "investment in the Velmar dam had reached 207.9 billion crowns as of the end of 2011.")
    # (the text disagrees with itself: agreement says so; no series "never falls")
    assert [f.outcome for f in of_rule(findings_of({"a": a, "b": b}), "monotonic")] == []
    one = a.split(" The ministry")[0]
    assert [f.outcome for f in of_rule(findings_of({"a": one, "b": b}), "monotonic")] == \
        ["rising"]


# --- start topics -----------------------------------------------------------------------------

def _topic(text: str):
    from crosscheck.checks.start_year import START_WORDS
    from crosscheck.checks.starts import rule_words, start_pattern, start_topic

    from conftest import claims_of

    year = next(c for c in claims_of(text) if c.kind == "year")
    return start_topic(year, start_pattern(START_WORDS), frozenset(), rule_words(""))


def test_the_plain_and_distinct_words_of_start_topics_are_frames_yaml_data(tmp_path):
    from crosscheck.checks.start_year import START_WORDS
    from crosscheck.checks.starts import marks_of, rule_words, start_pattern, start_topic

    from conftest import claims_of

    year = next(c for c in claims_of("The second phase of the new Velmar ring road began "
                                     "in 2011.") if c.kind == "year")

    def topic(rules):
        return start_topic(year, start_pattern(START_WORDS), frozenset(),
                           rule_words(str(rules / "start-year.yaml")))

    bundled = topic(_rules_with(tmp_path / "b", "plain_words", set()))
    assert "ring" in bundled and "#second" in marks_of(bundled)
    assert "new" not in bundled  # a plain word: any undertaking may be new
    mine = topic(_rules_with(tmp_path / "p", "plain_words", {"new"}))
    assert "new" in mine
    mine = topic(_rules_with(tmp_path / "d", "distinct_words", {"second"}))
    assert "#second" not in marks_of(mine)


def test_start_topic_skips_an_aside_between_subject_and_verb():
    assert "proje" in _topic("The dam project, part of a plan to tame the river, began in 1992.")
    assert _topic("The dam project, part of a plan to tame the river, began in 1992.") \
        & _topic("Construction of the dam project, whose cost was 9 billion yuan, started in "
                 "1994.")


def test_start_topic_reads_the_clause_of_the_start_word():
    topic = _topic("The plan has already brought clear gains since water storage started in "
                   "2003.")
    assert "gains" not in " ".join(topic) and "stora" in topic


def test_a_possessive_start_names_no_topic():
    assert _topic("An engineer first drew the scheme in 1918; its official start came in "
                  "1994.") == frozenset()


def test_a_start_of_it_is_a_start_of_the_name_before():
    assert "hlc" in _topic("Officials said the Harbour Link Corridor (HLC) has drawn $25 "
                           "billion since it was launched in 2014.")


def test_starts_of_one_acronym_are_compared_across_regions():
    fs = findings_of({"a": "Officials in Beijing said the Harbour Link Corridor (HLC) has drawn "
                           "$25 billion since it was launched in 2014.",
                      "b": "Launched in 2013, the HLC connects the port with Kashgar in "
                           "Xinjiang."})
    assert [f.outcome for f in flags(fs, "start-year")] == ["disagreement"]


def test_an_acronym_that_starts_something_else_is_not_what_began():
    fs = findings_of({"a": "The HLC was founded in Beijing in 1999.",
                      "b": "The HLC launched a rail programme in Xinjiang in 2013."})
    assert flags(fs, "start-year") == []


def test_starts_of_a_programme_in_two_regions_stay_apart():
    fs = findings_of({"a": "Pairing assistance to Tibet was launched in 1994.",
                      "b": "Pairing assistance to Xinjiang was launched in 1997."})
    assert flags(fs, "start-year") == []


def test_event_words_make_one_topic_of_moving_and_resettlement():
    assert _topic("Work on moving families began in 1992.") & \
        _topic("A resettlement programme was launched in 1993 in the valley.")


def test_starts_of_one_undertaking_told_in_other_words_disagree():
    fs = findings_of({"a": "Work on moving families out of the valley began in 1992.",
                      "b": "The resettlement programme for the valley was launched in 1995."})
    assert [f.outcome for f in flags(fs, "start-year")] == ["disagreement"]


def test_a_huge_block_is_split_by_first_words_and_groups_stay_whole(monkeypatch):
    from crosscheck import grouping
    from crosscheck.claims import Claim
    from crosscheck.extract import load_lexicon

    from conftest import RULES

    def claim(i, subject):
        return Claim(f"d{i}", 0, 3, "300", "s", "count", 300.0, "count", 300.0, 300.0,
                     subject=subject, measure=subject)

    subjects = [f"{w} teachers sent" for w in ("rural", "urban", "senior", "young")] * 3
    claims = [claim(i, s) for i, s in enumerate(subjects)]
    lex, cfg = load_lexicon(RULES), grouping.load_config(RULES)
    whole = grouping.group_claims(claims, lex, cfg)
    monkeypatch.setattr(grouping, "MAX_SUBJECTS", 2)
    split = grouping.group_claims(claims, lex, cfg)
    # every split group lies inside one first word; nothing is lost
    assert all(len({c.measure.split()[0] for c in g.claims}) == 1 for g in split)
    assert sorted(c.doc for g in split for c in g.claims) == \
        sorted(c.doc for g in whole for c in g.claims)


def test_one_area_in_two_units_is_corroborated():
    fs = findings_of({"a": "The port zone covers 923 hectares of land.",
                      "b": "The free zone next to the port covers 2,281 acres."})
    ok = [f for f in of_rule(fs, "agreement") if f.outcome == "corroborated"]
    assert len(ok) == 1 and len(ok[0].claims) == 2
    fs = findings_of({"a": "The port zone covers 923 hectares of land.",
                      "b": "The free zone next to the port covers 2,400 acres."})
    assert [f for f in of_rule(fs, "agreement") if f.outcome == "corroborated"] == []


def test_more_than_a_mark_and_almost_the_mark_lie_on_either_side_of_it():
    texts = {"a": "Donors have pledged more than a billion dollars to the museum fund.",
             "b": "Donors have pledged almost $1 billion to the museum fund."}
    dates = {"a": dt.date(2025, 6, 16), "b": dt.date(2025, 6, 18)}
    outcomes = [f.outcome for f in of_rule(findings_of(texts, published=dates), "agreement")]
    assert outcomes == ["either_side"]  # neither allows the billion itself: no corroboration
    # years apart, a running total may well have crossed the mark
    dates["b"] = dt.date(2029, 6, 18)
    assert of_rule(findings_of(texts, published=dates), "agreement") == []
    # two roundings that touch may be one figure: $112 million and $113 million
    texts = {"a": "The firm pledged 100 million euros ($113 million) to the museum fund.",
             "b": "The firm pledged 100 million euros ($112 million) to the museum fund."}
    assert "corroborated" in [f.outcome for f in of_rule(findings_of(texts), "agreement")]


def test_going_into_service_is_a_start():
    fs = findings_of({"a": "Ten turbines have run since May 3, 2009, the day the first turbine "
                           "went into service.",
                      "b": "The first turbine of the plant went into operation in May 2009."})
    ok = [f for f in of_rule(fs, "start-year") if f.outcome == "corroborated"]
    assert len(ok) == 1


def test_a_scaled_figure_of_two_digits_corroborates_when_frames_agree():
    fs = findings_of({"a": "The budget plan was set at 180 billion yuan in 2004.",
                      "b": "Officials said the budget plan was set at 180 billion yuan."})
    ok = [f for f in of_rule(fs, "agreement") if f.outcome == "corroborated"]
    assert len(ok) == 1 and len(ok[0].claims) == 2


def test_one_headline_of_another_frame_does_not_keep_two_texts_from_corroborating():
    # the first text's headline counts deals, its body the programme the second text sizes
    fs = findings_of({"a": "Leader lands with $45B in trade deals expected.\n\nThe leader is set "
                           "to announce projects worth $45 billion.",
                      "b": "The leader opened a $45 billion investment programme on Monday."})
    ok = [f for f in of_rule(fs, "agreement") if f.outcome == "corroborated"]
    assert len(ok) == 1 and {c.split(":")[0] for c in ok[0].claims} == {"a", "b"}
    assert "a:18-22" not in ok[0].claims  # the headline's "$45B"


def test_a_projection_does_not_corroborate_an_outcome_of_the_same_round_figure():
    fs = findings_of({"a": "The number of people to be resettled is projected to top 1.4 "
                           "million.",
                      "b": "About 1.4 million people had to leave their homes."})
    assert [f for f in of_rule(fs, "agreement") if f.outcome == "corroborated"] == []


def test_a_conversion_corroborates_nothing_by_its_converted_value():
    # two costs years apart whose dollar conversions happen to meet are not one figure
    fs = findings_of({"a": "Auditors put the final cost at 4.1 billion euros ($4.6 billion).",
                      "b": "The scheme has so far cost 3.8 billion euros ($4.6 billion)."},
                     published={"a": dt.date(2016, 6, 7), "b": dt.date(2021, 1, 12)})
    assert [f for f in of_rule(fs, "agreement") if "$4.6 billion" in f.message] == []


def test_a_fraction_has_no_digits_to_corroborate_by_itself():
    # "a third" is 33.333...% but written without a digit: two shares of unknown wholes
    fs = findings_of({"a": "The turbine order makes up nearly a third of the project's 3.6 "
                           "billion pound budget.",
                      "b": "Offshore capacity stood at 14.7 GW at the end of last year, less "
                           "than a third of the 50 GW the government wants by 2030."})
    assert [f for f in of_rule(fs, "agreement") if f.outcome == "corroborated"] == []


def test_a_change_is_not_held_to_another_texts_start_of_a_figure_with_few_digits():
    # "$8.2 billion" (read as 8199999999.999999) has two significant digits, not sixteen: two
    # texts' 8.2 billions may be of two things
    from crosscheck.checks.agreement import significant_digits
    assert [significant_digits(v) for v in (2698, 25.4, 700, 8.2 * 1e9)] == [4, 3, 1, 2]
    fs = findings_of({"a": "Corvan's revenue grew 14 percent to $8.2 billion.",
                      "b": "Workers abroad sent 8.2 billion dollars, up 7 percent from 7.7 "
                           "billion dollars a year earlier."})
    assert [f.outcome for f in of_rule(fs, "change")] == ["change_consistent"]


def test_two_neighbouring_digits_swapped_across_texts_are_flagged():
    fs = findings_of({"a": "About 5 billion yuan had paid for 289 recovery projects in the "
                           "county by the end of 2010.",
                      "b": "Last year's 5 billion yuan went to 298 reconstruction projects in "
                           "the county."})
    assert [f.outcome for f in of_rule(fs, "transposed-digits")] == ["transposed"]


def test_one_slip_against_several_texts_is_one_finding():
    text = "The new line has 47 tunnels and {} bridges."
    fs = findings_of({"a": text.format(121), "b": text.format(112), "c": text.format(121)})
    found = of_rule(fs, "transposed-digits")
    assert len(found) == 1 and len(found[0].claims) == 3
    assert found[0].message.startswith("121 in a, c and 112 in b")


def test_digits_swapped_at_another_scale_are_not_flagged():
    fs = findings_of({"a": "The county sold 1.42 million homes in 2024.",
                      "b": "The county sold 412 homes in 2024."})
    assert of_rule(fs, "transposed-digits") == []


def test_digits_swapped_for_other_things_or_times_are_not_flagged():
    fs = findings_of({"a": "The county rebuilt 289 schools by the end of 2011.",
                      "b": "The county rebuilt 298 schools by the end of 2014."})
    assert of_rule(fs, "transposed-digits") == []
    fs = findings_of({"a": "The county rebuilt 289 schools by the end of 2011.",
                      "b": "The county trained 298 teachers by the end of 2011."})
    assert of_rule(fs, "transposed-digits") == []
    fs = findings_of({"a": "The county rebuilt 280 schools by the end of 2011.",
                      "b": "The county rebuilt 208 schools by the end of 2011."})
    assert of_rule(fs, "transposed-digits") == []  # 280 and 208 are not neighbours swapped


def test_giver_amounts_to_two_named_causes_or_of_unnamed_givers_are_not_compared():
    day = "RIVERTON, May {}, 2024 (Wire) -- "
    fs = findings_of({"a": day.format(3) + "The Hale Trust gave $2 million to the appeal.",
                      "b": day.format(9) + "The Hale Trust gave $500,000 to the museum's new "
                                           "wing."})
    assert flags(fs, "giver-amount") == []
    fs = findings_of({"a": day.format(3) + "The Hale Trust gave $2 million to the appeal.",
                      "b": day.format(9) + "The Hale Trust gave $500,000 to the appeal."})
    assert [f.outcome for f in flags(fs, "giver-amount")] == ["giver_disagrees"]
    fs = findings_of({"a": day.format(3) + "Donors pledged $2 billion.",
                      "b": day.format(9) + "Donors pledged $500 million."})
    assert flags(fs, "giver-amount") == []



def _rules_with(tmp_path, key: str, drop: set[str]):
    """A copy of the bundled rules whose frames.yaml list ``key`` lacks the words ``drop``."""
    import shutil

    import yaml

    from conftest import RULES

    shutil.copytree(RULES, tmp_path / "rules")
    path = tmp_path / "rules" / "frames.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert drop <= set(data[key])
    data[key] = [w for w in data[key] if w not in drop]
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return tmp_path / "rules"


def test_the_generic_words_of_givers_and_causes_are_frames_yaml_data(tmp_path):
    day = "RIVERTON, May {}, 2024 (Wire) -- "
    city = {"a": day.format(3) + "The city of Brindle gave $2 million to the appeal.",
            "b": day.format(9) + "Brindle gave $500,000 to the appeal."}
    causes = {"a": day.format(3) + "The Hale Trust gave $2 million to the appeal.",
              "b": day.format(9) + "The Hale Trust gave $500,000 to the relief fund."}
    # bundled giver_generic: "the city of Brindle" is Brindle; plain_recipients: "the relief
    # fund" names no cause of its own
    assert [f.outcome for f in flags(findings_of(city), "giver-amount")] == ["giver_disagrees"]
    assert [f.outcome for f in flags(findings_of(causes), "giver-amount")] == \
        ["giver_disagrees"]
    rules = _rules_with(tmp_path / "g", "giver_generic", {"city", "of"})
    assert flags(findings_of(city, rules), "giver-amount") == []
    rules = _rules_with(tmp_path / "r", "plain_recipients", {"relief", "fund"})
    assert flags(findings_of(causes, rules), "giver-amount") == []


def test_what_a_giver_lends_and_what_it_pledges_are_not_compared():
    day = "RIVERTON, May {}, 2024 (Wire) -- "
    fs = findings_of({"a": day.format(3) + "The World Bank pledged $500 million.",
                      "b": day.format(9) + "The World Bank will lend 1.5 billion dollars."})
    assert flags(fs, "giver-amount") == []
    fs = findings_of({"a": day.format(3) + "The World Bank will lend $1.2 billion.",
                      "b": day.format(9) + "The World Bank will lend 1.5 billion dollars."})
    assert [f.outcome for f in flags(fs, "giver-amount")] == ["giver_disagrees"]
    # amounts more than ten times apart are two gifts (emergency aid, then rebuilding)
    fs = findings_of({"a": day.format(3) + "Japan pledged $12 million.",
                      "b": day.format(9) + "Japan pledged $150 million."})
    assert flags(fs, "giver-amount") == []
    fs = findings_of({"a": day.format(3) + "Japan pledged $12 million.",
                      "b": day.format(9) + "Japan pledged $50 million."})
    assert [f.outcome for f in flags(fs, "giver-amount")] == ["giver_disagrees"]


def test_a_giver_named_with_a_verb_of_giving_and_in_a_list_of_givers_is_compared():
    day = "RIVERTON, May {}, 2024 (Wire) -- "
    listing = day.format(9) + "Who gave what.\n\nTown of Brindle: €40m. The mayor says the " \
                              "town will contribute €40m."
    fs = findings_of({"a": day.format(3) + "The town of Brindle managed to mobilise €8 million.",
                      "b": listing})
    assert [f.outcome for f in flags(fs, "giver-amount")] == ["giver_disagrees"]
    # two ledger lines with no word of giving say nothing of gifts
    fs = findings_of({"a": day.format(3) + "Costs so far.\n\nTown of Brindle: €8 million.",
                      "b": listing.replace("The mayor says the town will contribute €40m.", "")})
    assert flags(fs, "giver-amount") == []


def test_a_disaster_named_after_from_is_no_giver():
    day = "PORTVALE, Oct. {}, 2026 (Wire) -- "
    fs = findings_of({"a": day.format(13) + "A modeller put insured losses from Hurricane Vela "
                                            "at 18 billion dollars.",
                      "b": day.format(30) + "Insurers have received 41,000 claims from "
                                            "Hurricane Vela and have paid 6.2 billion dollars."})
    assert flags(fs, "giver-amount") == []


def test_two_kinds_of_road_deaths_and_a_daily_rate_are_not_one_quantity():
    fs = findings_of({
        "a": "ROADS, March 9, 2023 -- The agency counted 1,412 deaths in 2022, against 1,478 "
             "the year before. Pedestrian deaths rose to 318 from 296.",
        "b": "ROADS, April 2, 2023 -- Every day, almost four people die on our roads: 1,412 in "
             "2022.",
        "c": "ROADS, March 6, 2024 -- Pedestrian deaths fell to 301. Motorcyclist deaths rose "
             "to 290."})
    assert [f for f in fs if f.severity in ("warning", "error")] == []


def test_a_place_named_after_its_kind_keeps_a_part_from_its_whole():
    fs = findings_of({"t": "Floods: death toll rises to 298\n\nPosted: 2023-07-22 18:30\n\nThe "
                           "death toll from the floods rose to 298 on Saturday. In the "
                           "worst-hit province, Varra, 140 people have died, officials said. "
                           "About 100 people were killed in the town of Amri alone."})
    assert [f for f in of_rule(fs, "agreement") if f.severity == "warning"] == []
    assert sorted(c.place for c in claims_of("In the worst-hit province, Varra, 140 people "
                                             "died, and 100 in the town of Amri alone.")) == \
        ["Amri", "Varra"]


def test_a_place_at_sea_is_named_after_off():
    assert [c.place for c in claims_of("A ferry with 280 people capsized off Orrin Island.")] \
        == ["Orrin Island"]
    assert [c.place for c in claims_of("The trawler sank off the coast of Velmar with a crew "
                                       "of 14.")] == ["Velmar"]
    # two sinkings off two islands, months apart, are two tolls: no toll "falls"
    day = "Ferry toll\n\nPosted: 2025-{}-04 10:00\n\n"
    text = ("A ferry carrying 300 people capsized off {0} on Sunday. The death toll has risen "
            "to {1}, the coast guard said. Rescuers pulled {2} survivors from the sea off {0}.")
    fs = findings_of({"a": day.format("03") + text.format("Orrin Island", 67, 200),
                      "b": day.format("08") + text.format("Lusk Island", 58, 210)})
    assert [f for f in of_rule(fs, "monotonic") if f.severity == "warning"] == []


def test_the_start_of_a_numbered_unit_is_not_the_start_of_the_whole():
    fs = findings_of({
        "a": "CITY, Dec. 28, 2020 -- The first metro line opened on Monday after five years of "
             "construction that began in 2015.",
        "b": "CITY, Jan. 10, 2022 -- Line 2 is due to open in 2023, four years after "
             "construction started in 2019."})
    assert [f for f in of_rule(fs, "start-year") if f.severity == "warning"] == []
    fs = findings_of({
        "a": "CITY, Dec. 28, 2020 -- Construction of Line 2 began in 2018.",
        "b": "CITY, Jan. 10, 2022 -- Line 2 is due to open in 2023, after construction "
             "started in 2019."})
    assert [f.outcome for f in of_rule(fs, "start-year")] == ["disagreement"]



def test_the_widest_set_of_one_month_and_day_is_the_pairwise_one():
    # _widest_one_time is the one-pass form of the pairwise _widest_alike(cs, _other_time)
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from crosscheck.checks.agreement import _other_time, _widest_alike, _widest_one_time
    from crosscheck.claims import Claim

    times = st.sampled_from([("", ""), ("year", "2024"), ("month", "2024-04"),
                             ("month", "2024-06"), ("day", "2024-04-02"), ("day", "2024-04-03"),
                             ("as_of", "2024-04-02")])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from("abcdef"), times), max_size=40))
    def check(rows):
        cs = sorted((Claim(doc, i, i + 1, "147,000", "", "count", 147000.0, "count", 147000.0,
                           147000.0, time_scope=scope, time=time)
                     for i, (doc, (scope, time)) in enumerate(rows)),
                    key=lambda c: (c.doc, c.start))
        assert _widest_one_time(cs) == _widest_alike(cs, _other_time)

    check()


def test_the_base_of_a_rate_is_no_count_to_corroborate():
    fs = findings_of({"a": "The region has 2.9 hospital beds per 1,000 residents.",
                      "b": "With the new wing, the region has 3.5 beds per 1,000 residents."})
    assert [f.message for f in of_rule(fs, "agreement")] == []


def test_agreement_keeps_quiet_when_a_text_states_both_values_as_two_quantities():
    # the first text gives the country's passengers and one airport's: the second text's
    # airport figure is no contradiction of the country's, whatever the frames miss
    fs = findings_of({
        "a": "Spanish airports handled 309 million passengers in 2024. Madrid-Barajas, the "
             "busiest, handled 66 million passengers.",
        "b": "Madrid-Barajas airport welcomed 66 million passengers in 2024.",
        "c": "Spain's airports keep breaking records: 309 million passengers in 2024."})
    assert flags(fs, "agreement") == []


def test_agreement_still_flags_two_values_one_text_gives_of_one_quantity():
    fs = findings_of({"a": "Death toll rises to 186\n\nThe number of dead climbed to 188 on "
                           "Monday, with more than 11,000 hurt, officials said.",
                      "b": "The number of dead reached 188 on Monday, officials said."},
                     published={"a": dt.date(2013, 4, 22), "b": dt.date(2013, 4, 22)})
    assert [f.outcome for f in flags(fs, "agreement")] == ["disagreement"]


def test_agreement_still_flags_a_text_that_gives_two_values_of_one_frame():
    # the third text says 57 and "over 79" of one year and one builder: it tells nothing
    # apart, so the second text's 79 against the first's 57 is still flagged
    fs = findings_of({
        "a": "In 2013, the central government built 57 clinics in Gansu.",
        "b": "In 2013, the central government built 79 clinics in Gansu.",
        "c": "In 2013, the central government built 57 clinics in Gansu. In 2013, the central "
             "government built over 79 clinics in Gansu."})
    assert [f.outcome for f in flags(fs, "agreement")] == ["disagreement"]


def test_the_value_index_finds_every_text_with_a_figure_that_meets_a_value():
    from crosscheck.checks.agreement import _meet, _ValueIndex

    claims = [c for t, i in (("The port handled 309 million passengers in 2024.", "a"),
                             ("The port handled over 300 million passengers in 2024.", "b"),
                             ("The port handled 66 million passengers in 2024.", "c"),
                             ("The port handled 310 million passengers in 2024.", "d"))
              for c in claims_of(t, i) if c.kind == "count"]
    index = _ValueIndex(claims)
    for x in claims:
        meeting = {c.doc for c in claims if _meet(c, x)}
        assert meeting <= index.docs_near(x)
    assert "c" not in index.docs_near(next(c for c in claims if c.doc == "a"))


def test_a_plan_its_text_says_was_changed_is_not_held_against_the_plan_before():
    first = ("HARLOW, June 10, 2024 (Wire) -- The programme aims to fit 1.5 million homes "
             "with solar panels by 2027.")
    later = ("HARLOW, March 3, 2025 (Wire) -- The programme's target has been {} 1.2 million "
             "homes with solar panels by 2027.")
    fs = findings_of({"a": first, "b": later.format("cut to")})
    assert flags(fs, "agreement") == []
    fs = findings_of({"a": first, "b": later.format("set at")})
    assert [f.outcome for f in flags(fs, "agreement")] == ["disagreement"]


def test_one_text_counting_a_noun_twice_or_another_batch_is_no_disagreement():
    # a noun a text counts twice with no word of what happened to it
    text = ("Drought pay\n\nPublished: 9 December 2025\n\nInsurers have paid 18.6 billion "
            "rupees to 2.3 million farmers for lost crops this year. About 5.6 million farmers "
            "were insured this year.")
    assert flags(findings_of({"a": text}), "agreement") == []
    # "another" counts on top of the figure before
    text = ("Grants\n\nPublished: 1 October 2025\n\nBy October, 10,900 families had received "
            "rebuilding grants. By October, another 27,500 families had received repair "
            "grants.")
    assert flags(findings_of({"a": text}), "agreement") == []
    # a text's own two tolls of one event still disagree
    text = ("Toll\n\nPublished: 3 May 2025\n\nRoad crashes killed 186 people in 2024. "
            "Officials later said road crashes killed 188 people in 2024.")
    assert [f.outcome for f in flags(findings_of({"a": text}), "agreement")] == \
        ["disagreement"]


def test_tolls_of_a_disaster_months_apart_are_of_two_disasters():
    def text(day: str, n: int) -> str:
        return (f"Storm toll\n\nMARR, {day} (Wire) -- The death toll from the storm rose to "
                f"{n} on {day.split(',')[0]}, the civil protection agency said.")
    # a storm in November and another in May: each toll its own
    fs = findings_of({"a": text("Nov. 14, 2025", 17), "b": text("May 22, 2026", 16)})
    assert flags(fs, "monotonic") == []
    fs = findings_of({"a": text("Nov. 14, 2025", 17), "b": text("Nov. 20, 2025", 16)})
    assert [f.outcome for f in flags(fs, "monotonic")] == ["decrease"]
    # an epidemic's toll runs for a year
    def cholera(day: str, n: int) -> str:
        return (f"Cholera\n\nMARR, {day} (Wire) -- The cholera outbreak has killed {n} "
                f"people, the health ministry said on {day.split(',')[0]}.")
    fs = findings_of({"a": cholera("Nov. 14, 2025", 172), "b": cholera("May 22, 2026", 158)})
    assert [f.outcome for f in flags(fs, "monotonic")] == ["decrease"]
    # so do the homes a fire destroyed: two fires a year apart
    def fire(day: str, n: int) -> str:
        return (f"Fire\n\nMARR, {day} (Wire) -- The fire has destroyed {n} homes, officials "
                f"said on {day.split(',')[0]}.")
    fs = findings_of({"a": fire("Aug. 13, 2025", 310), "b": fire("Aug. 8, 2026", 240)})
    assert flags(fs, "monotonic") == []


def test_tolls_of_incidents_that_struck_different_things_are_two_series():
    def text(day: str, what: str, n: int) -> str:
        return (f"Toll\n\nNAIROBI, {day}, 2026 (Wire) -- The death toll from the {what} fire "
                f"rose to {n} on {day}, officials said.")
    fs = findings_of({"a": text("Aug. 10", "bus", 34), "b": text("Sept. 8", "school", 21)})
    assert flags(fs, "monotonic") == []
    fs = findings_of({"a": text("Aug. 10", "bus", 34), "b": text("Aug. 12", "bus", 21)})
    assert [f.outcome for f in flags(fs, "monotonic")] == ["decrease"]
    from crosscheck.frame import same_incident
    assert same_incident("fire (bus)", "fire (bus, tanker)") and same_incident("fire", "fire (bus)")
    assert not same_incident("fire (bus)", "fire (dormitory, school)")


def test_a_transposition_replaces_the_disagreement_of_the_same_figures():
    texts = {"a": "HOLT, Feb. 26, 2025 (Wire) -- The country recorded 412,300 births in 2024, "
                  "the statistics office said.",
             "b": "HOLT, Aug. 20, 2025 (Wire) -- The country recorded 421,300 births in 2024, "
                  "the statistics office said."}
    fs = findings_of(texts)
    assert [f.rule for f in fs if f.severity != "info"] == ["transposed-digits"]
