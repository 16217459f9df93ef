"""Claim frames: what each figure measures, for whom, when, how aggregated, with what status;
and that checks compare only figures whose frames are the same quantity."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from crosscheck.corpus import document_from_text
from crosscheck.frame import apart
from crosscheck.pipeline import extract_claims

from conftest import RULES, findings_of, one

D = dt.date


def framed(text: str, published: dt.date | None = None):
    _, claims = extract_claims([document_from_text("t", text, published)], RULES)
    return claims


def warnings(fs, rule: str):
    return [f for f in fs if f.rule == rule and f.severity != "info"]


# --- the frame of one figure -------------------------------------------------------------

def test_measure_joins_the_counted_noun_with_its_event():
    c = one(framed("In 2016 the province sent 300 teachers to Tibet."), "300")
    assert c.measure == "teacher sent"
    # a generic noun measures only through its event: "people died" is the death toll
    c = one(framed("At least 193 people died in the quake in 2013."), "193")
    assert c.measure == "killed"
    c = one(framed("Some 120 dead were counted in 2013."), "120")
    assert c.measure == "killed"
    c = one(framed("A storm hit the coast on Friday, killing at least 31 people."), "31")
    assert c.measure == "killed"
    # being made homeless is being displaced, however the text says it
    c = one(framed("About 5,200 families lost their homes in the landslide."), "5,200")
    assert c.measure == "family relocated"
    # an event phrase that starts near the figure may run on past the word window: giving
    # up one's home is a move, not a gift
    c = one(framed("Of the 9,400 residents who have to give up their homes in the valley, "
                   "most live by the river."), "9,400")
    assert c.measure == "resident relocated"


def test_people_on_board_are_counted_aboard_and_what_killed_them_is_their_own():
    claims = framed("All 156 people on board have been accounted for. The crash killed 52 of "
                    "the 162 people aboard.")
    assert one(claims, "156").measure == one(claims, "162").measure == "aboard"
    assert one(claims, "52").measure == "killed"
    # (a quantity on board is cargo, no people)
    c = one(framed("The ship had 3,000 tonnes of grain on board."), "3,000 tonnes")
    assert c.measure != "aboard"


def test_a_figure_with_a_verb_of_being_after_and_takes_no_event_from_before():
    claims = framed("In Marula alone, 37 people died, and some 16,500 people were still in "
                    "shelters on Friday. About 14,000 people have been moved to shelters and "
                    "220,000 homes are without power. The virus has killed 80 people, and 950 "
                    "remain in hospital.")
    assert one(claims, "37").measure == "killed"
    assert one(claims, "16,500").measure == ""
    assert one(claims, "14,000").measure == "relocated"
    assert "relocated" not in one(claims, "220,000").measure
    assert one(claims, "950").measure == ""
    # an event of its own after the figure is still its event
    claims = framed("The quake killed 300 people and 1,200 were injured.")
    assert one(claims, "1,200").measure == "injured"


def test_a_clause_opened_by_where_has_its_own_subject():
    c = one(framed("A third man has died in the county, where cases have climbed to 489."), "489")
    assert c.measure != "killed"
    c = one(framed("Since May the fever has sickened 300 people in the valley."), "300")
    assert c.measure == "infected"
    # "and" before a verb starts a second predicate, not more of the counted noun
    claims = framed("The fever has sickened 300 people and killed three. The city sent 40 "
                    "cadres and skilled workers.")
    assert one(claims, "300").subject == "people"
    assert one(claims, "40").subject == "cadres and skilled workers"


def test_a_figure_of_them_is_a_part_not_the_whole():
    c = one(framed("About 1.2 million of those relocated have found jobs."), "1.2 million")
    assert c.aggregation == "part"


def test_a_figure_passed_or_topped_is_a_floor():
    c = one(framed("Gifts to the museum appeal have passed $30 million."), "$30 million")
    assert c.low == 30e6 and c.high > 30e6


def test_time_scope_as_of_period_year_and_batch():
    c = one(framed("By the end of 2013, 9,000 projects had been built in Tibet."), "9,000")
    assert (c.time_scope, c.time, c.aggregation) == ("as_of", "2013", "cumulative")
    c = one(framed("From 2013 to 2016, the provinces invested 11 billion yuan."), "11 billion yuan")
    assert (c.time_scope, c.time, c.aggregation) == ("period", "2013–2016", "cumulative")
    c = one(framed("In 2019 alone, 1,200 projects were built in Tibet."), "1,200")
    assert (c.time_scope, c.time) == ("year", "2019")
    c = one(framed("The 10th batch of 300 teachers arrived in Tibet in 2016."), "300")
    assert (c.time_scope, c.time, c.aggregation) == ("batch", "batch 10th", "batch")
    c = one(framed("The province sent 300 teachers to Tibet."), "300")
    assert c.time_scope == ""  # no time stated: unknown, not the document's year


def test_a_year_of_a_when_clause_dates_that_clause_not_the_figure():
    text = ("Drive nears goal\n\nUpdated: 2024-12-20 10:00\n\nBy December, 3.8 million girls "
            "had been vaccinated, most of the 4.2 million targeted when the drive began in "
            "March 2023.")
    c = one(framed(text), "3.8 million")
    assert (c.time_scope, c.time) == ("as_of", "2024-12-20")
    # a clause of time before the figure sets the time of what follows
    c = one(framed("When the drive ended in 2023, it had vaccinated 3.8 million girls."),
            "3.8 million")
    assert (c.period, c.period_stated) == ("2023", True)


def test_a_year_between_two_figures_belongs_to_the_nearer_one():
    claims = framed("A review put the cost at 106 billion pounds, nearly double the 2015 budget "
                    "of 55.7 billion pounds.")
    assert one(claims, "55.7 billion pounds").period == "2015"
    assert one(claims, "106 billion pounds").period_stated is False
    # a clause mark parts a year from the nearer figure: it stays with both
    claims = framed("Since the 18th congress in 2012, more than 9,500 projects were built.")
    assert (one(claims, "18th").period, one(claims, "9,500").period) == ("2012", "2012")
    # a year after a figure and its conversion is still the figure's
    claims = framed("The fund raised 5 million yuan ($0.7 million) in 2016.")
    assert one(claims, "5 million yuan").period == "2016"


def test_a_year_of_the_next_clause_dates_that_clauses_figure_only():
    claims = framed("About 59.8 percent of patients were seen within 18 weeks, against a "
                    "target of 65 percent by March 2026.", D(2025, 8, 1))
    assert one(claims, "59.8 percent").time == "" and one(claims, "59.8 percent").status == \
        "actual"
    assert one(claims, "65 percent").status == "planned"


def test_a_year_in_the_figures_own_clause_beats_a_nearer_one_across_a_comma():
    claims = framed("Sales fell to 30,500 cars in 2024, from 32,000 cars in 2023.")
    assert (one(claims, "30,500").period, one(claims, "32,000").period) == ("2024", "2023")
    claims = framed("The budget was 5 billion yuan in 2023, and 6 billion yuan in 2024.")
    assert (one(claims, "5 billion yuan").period, one(claims, "6 billion yuan").period) == \
        ("2023", "2024")
    # one text's base year is not read as the year of the new figure: no disagreement
    assert not [f for f in findings_of({
        "a": "Sales fell to 30,500 cars in 2024, from 32,000 cars in 2023.",
        "b": "Sales were 30,500 cars in 2024."}) if f.severity != "info"]


def test_a_year_right_after_the_first_amount_of_a_from_to_pair_is_that_amounts():
    claims = framed("The harvest fell from 30.2 million tonnes in 2024 to 23.6 million tonnes.")
    assert one(claims, "30.2 million tonnes").period == "2024"
    assert one(claims, "23.6 million tonnes").period_stated is False
    claims = framed("Exports rose to 15,000 cars in 2024 from 12,000 cars.")
    assert one(claims, "15,000").period == "2024"
    assert one(claims, "12,000").period_stated is False
    # ... however many words of what the amount is of stand before its year
    claims = framed("Access to safe water rose from 68 percent of the world's population in "
                    "2015 to 74 percent in 2025.")
    assert (one(claims, "68 percent").period, one(claims, "74 percent").period) == \
        ("2015", "2025")
    # a year after a change dates the amount it reached too
    claims = framed("Sales grew 22 percent in 2023, to $710 million.")
    assert one(claims, "$710 million").period == "2023"
    # the new figure is not read as the base year's: no disagreement with a text of that year
    assert not [f for f in findings_of({
        "a": "The harvest fell from 30.2 million tonnes of wheat in 2024 to 23.6 million "
             "tonnes of wheat.",
        "b": "Farmers harvested 30.2 million tonnes of wheat in 2024."})
        if f.severity != "info"]


def test_a_figure_per_period_reached_by_a_date_is_a_flow_not_a_running_total():
    c = one(framed("The company expects to produce 100 million doses a year by 2026."),
            "100 million")
    assert (c.aggregation, c.time_scope, c.time) == ("flow", "as_of", "2026")
    # two such targets are no series that may not fall
    assert not [f for f in findings_of({
        "a": "Drugs\n\nBASEL, May 2, 2025 -- The company expects to make 100 million doses "
             "a year by 2026.",
        "b": "Drugs\n\nBASEL, June 9, 2025 -- The company expects to make 80 million doses "
             "a year by 2027."}) if f.rule == "monotonic"]
    # "up to" right before a figure is its bound, not a time: no instant of the text's day
    c = one(framed("Pipes\n\nOSLO, May 2, 2025 -- The pipeline can carry up to 27.5 billion "
                   "cubic metres of gas."), "27.5 billion cubic metres")
    assert c.time_scope == ""
    c = one(framed("Refugees\n\nOSLO, May 2, 2025 -- There are now 6.1 million refugees."),
            "6.1 million")
    assert (c.time_scope, c.time) == ("as_of", "2025-05-02")


def test_a_median_and_an_average_are_two_quantities():
    assert one(framed("The median class now has 28 pupils."), "28").measure == "pupil median"
    assert one(framed("Classes have 31 pupils on average."), "31").measure == "pupil average"
    # one text's median price is not its capital's average price
    assert not [f for f in findings_of({"a": (
        "Homes\n\nTARVEN, May 6, 2025 -- The median home now costs 286,000 crowns. In the "
        "capital, homes now sell for 538,000 crowns on average.")}) if f.severity != "info"]


def test_a_year_earlier_after_from_dates_the_base_not_the_figure_it_rose_to():
    text = ("Homes\n\nTARVEN, April 29, 2025 -- Prices rose 2.1 percent in the first quarter "
            "from a year earlier to 312,000 euros.")
    assert one(framed(text), "312,000 euros").time != "2024"
    # after the figure, "the year before" is its own year
    c = one(framed("There were 1,412 deaths in 2022, against 1,478 the year before."), "1,478")
    assert (c.time_scope, c.time) == ("year", "2021")


def test_a_plan_set_against_a_figure_after_a_comma_is_the_other_figures():
    claims = framed("The programme has connected 2.1 million households since 2016, short of "
                    "its target of 2.6 million.")
    assert (one(claims, "2.1 million").status, one(claims, "2.6 million").status) == \
        ("actual", "planned")
    c = one(framed("The sale raised $410 million in all, below the low estimate of $450 "
                   "million."), "$410 million")
    assert c.status == "actual"
    # a plan of the figure's own clause still makes it planned
    assert one(framed("About 300 schools, to be rebuilt by 2026, were named."), "300").status \
        == "planned"


def test_a_name_in_a_relative_clause_or_after_off_is_no_giver():
    c = one(framed("The search for the missing from the ferry that capsized off Tarso ended "
                   "with 58 dead."), "58")
    assert c.actor == ""
    # a name the few words before it describe still is: "from the oil group Total"
    c = one(framed("The fund received 100 million euros from the oil group Total."),
            "100 million euros")
    assert c.actor == "Total"


def test_relative_years_resolve_against_the_stated_date():
    text = "Harbour works\n\nUpdated: 2011-01-20 09:00\n\nAbout 5 billion yuan paid for 289 " \
           "projects last year."
    c = one(framed(text), "289")
    assert (c.time_scope, c.time) == ("year", "2010")
    text = "Harbour works\n\nUpdated: 2011-01-20 09:00\n\nThe death toll has risen to 2,698."
    c = one(framed(text), "2,698")
    assert (c.time_scope, c.time, c.aggregation) == ("as_of", "2011-01-20", "cumulative")


def test_status_planned_versus_actual_and_the_actor():
    c = one(framed("The city plans to invest 5 billion yuan in Tibet in 2020."), "5 billion yuan")
    assert c.status == "planned"
    c = one(framed("In 2020 the city invested 3.2 billion yuan in Tibet."), "3.2 billion yuan")
    assert c.status == "actual"
    # a participle of aim or hope is a plan as its finite verb is
    c = one(framed("A campaign began on Monday, aiming to reach 2.4 million children."),
            "2.4 million")
    assert c.status == "planned"
    assert one(framed("The city is hoping to plant 300,000 trees."), "300,000").status == \
        "planned"
    # so is what was foreseen or anticipated
    claims = framed("About 900 nurses work there, more than the 700 foreseen in the plan.")
    assert (one(claims, "900").status, one(claims, "700").status) == ("actual", "planned")
    assert one(framed("The fair had anticipated 60,000 guests."), "60,000").status == "planned"
    assert one(framed("The fair opened with organisers expecting 60,000 guests."),
               "60,000").status == "planned"
    # "an estimated" says how a figure of what happened is known, not that it is planned
    assert one(framed("Guests spent an estimated 9 million euros at the fair."),
               "9 million euros").status == "actual"
    assert one(framed("The hall is estimated to cost 9 million euros."),
               "9 million euros").status == "planned"
    # ... and so does who estimated it, said after it
    c = one(framed("The stoppage cost the port 12 million euros, the chamber estimated."),
            "12 million euros")
    assert c.status == "actual"
    # the second object of a verb of plan is planned too; a second verb has its own status
    claims = framed("The district will have 36 schools and about 1,550 teachers in September.")
    assert one(claims, "1,550").status == "planned"
    claims = framed("The storm killed 300 people and injured 200 more.")
    assert one(claims, "200").status == "actual"
    # a second verb with no subject or auxiliary shares the first's "will"; one in the past
    # or with its own auxiliary does not
    claims = framed("The board will shut 3 libraries and cut 45 posts.")
    assert (one(claims, "3").status, one(claims, "45").status) == ("planned", "planned")
    # a figure tied by a preposition to the one before is in its predicate: "will write off
    # up to 1,000 each for about 86,000 farmers", "will build 300 homes in 12 villages"
    claims = framed("The scheme will write off loans of up to 1,000 dollars each for about "
                    "86,000 farmers.")
    assert one(claims, "86,000").status == "planned"
    assert one(framed("The firm will build 300 homes in 12 villages."), "12").status == \
        "planned"
    assert one(framed("The storm destroyed 300 homes in 12 villages."), "12").status == \
        "actual"
    # (not "from": "cut its ratio to 6.1 percent from 14.2 percent" states no goal)
    claims = framed("The lender has cut its bad-loan ratio to 6.1 percent from 14.2 percent.")
    assert one(claims, "14.2 percent").status == "actual"
    claims = framed("The board plans to hire 20 tutors and open 4 study centres.")
    assert one(claims, "4").status == "planned"
    assert one(framed("The board will hire 20 tutors and has 310 staff."), "310").status == \
        "actual"
    assert one(framed("The board will hire 20 tutors and sent 8 abroad."), "8").status == \
        "actual"
    c = one(framed("In 2016, Jiangsu Province sent 300 doctors to Tibet."), "300")
    assert c.actor == "Jiangsu Province"
    # a need that was met is done, and an irregular past verb ends the counted noun
    c = one(framed("More than 400 firemen were needed to put out the blaze."), "400")
    assert c.status == "actual"
    c = one(framed("Some 600 firefighters fought the flames on Monday."), "600")
    assert c.measure == "firefighter"
    # a figure that sizes a plan is a plan's size whatever the verb; a part "of the
    # programme" spent is not
    for text, surface in (("The minister opened a $45 billion investment programme.",
                           "$45 billion"),
                          ("The group made a 200-million-euro pledge on Tuesday.",
                           "200-million-euro"),
                          ("A 57 billion dollar package of roads was signed.",
                           "57 billion dollar")):
        assert one(framed(text), surface).status == "planned"
    assert one(framed("The city spent $3 billion of the programme."), "$3 billion").status == \
        "actual"
    # an obligation is a plan: those who must move have not moved yet
    for text in ("The 4,300 villagers who must move out live on the shore.",
                 "About 4,300 villagers have to leave their homes by June."):
        assert one(framed(text), "4,300").status == "planned"


def test_the_giver_named_after_from_in_a_list_or_before_an_apposition():
    text = ("The fund drew $4 million from the shipping group Nordlys and $2 million from "
            "retired teacher Ines Mora. Hale Trust: $3 million. Ruth Baker, who chairs the "
            "Baker Foundation, gave $1.5 million. The Corr Group said it would give $900,000.")
    claims = framed(text)
    assert one(claims, "$4 million").actor == "Nordlys"
    assert one(claims, "$2 million").actor == "Ines Mora"
    assert one(claims, "$3 million").actor == "Hale Trust"
    assert one(claims, "$1.5 million").actor == "Ruth Baker"
    assert one(claims, "$900,000").actor == "The Corr Group"
    # a ledger line's label is no giver
    assert one(framed("Roads: $2 million. Total: $9 million."), "$9 million").actor == ""
    # a time is no giver, nor is a lone capitalised word that starts the clause
    claims = framed("The money came from a telethon on Wednesday night, which raised "
                    "$3 million. Volunteers gave 300 blankets.")
    assert one(claims, "$3 million").actor == ""
    assert one(claims, "300").actor == ""


def test_copies_sold_are_a_measure_with_a_time():
    text = ("Games\n\nTOKYO, Feb. 5, 2027 (Wire) -- The game has sold 18 million copies since "
            "its release in November.")
    c = one(framed(text), "18 million")
    assert (c.measure, c.time_scope, c.time) == ("copy sold", "as_of", "2027-02-05")


def test_homicides_are_killings_and_a_city_that_records_them_is_no_actor():
    c = one(framed("The city recorded 212 homicides last year."), "212")
    assert (c.measure, c.actor) == ("killed", "")
    assert one(framed("The city sent 300 nurses."), "300").actor == "city"


def test_a_figure_with_a_verb_of_its_own_takes_no_event_from_the_clause_before():
    claims = framed("The race was capped after 38,000 finished in May and 41,000 signed up.")
    assert one(claims, "38,000").measure == "completed"
    assert one(claims, "41,000").measure == ""
    # its own verb may be an event of its own
    claims = framed("Officials said 12 were killed and 40 were injured.")
    assert (one(claims, "12").measure, one(claims, "40").measure) == ("killed", "injured")
    # a verb of its own after its noun, or an irregular one
    claims = framed("More than 2,200 people died and more than 100,000 were left without "
                    "homes.")
    assert (one(claims, "2,200").measure, one(claims, "100,000").measure) == ("killed", "")
    claims = framed("At least 25 people are missing, and an estimated 1.9 million people in "
                    "the province have been affected.")
    assert one(claims, "1.9 million").measure == ""


def test_a_plan_in_a_relative_clause_of_the_figure_before_is_that_figures():
    claims = framed("Of the 40,000 villagers who must leave the valley, 31,000 have moved.")
    assert one(claims, "40,000").status == "planned"
    assert one(claims, "31,000").status == "actual"
    # a plan after the comma is the figure's own; a relative clause with no figure before
    # it describes the figure that follows
    claims = framed("Of the 600 farms that are to be bought, 250 will be sold next year. "
                    "Households that will be moved, 900 in all, met on Monday.")
    assert one(claims, "250").status == "planned"
    assert one(claims, "900").status == "planned"


def test_a_named_body_or_a_body_that_will_give_is_the_giver():
    claims = framed("The town of Brindle also managed to mobilise €4 million. The mayor said "
                    "the council would release €6 million, and the regional government of "
                    "upper Brindle pledged €2 million.")
    assert one(claims, "€4 million").actor == "town of Brindle"
    assert one(claims, "€6 million").actor == "council"
    assert one(claims, "€2 million").actor == "regional government of upper Brindle"
    # a place the figure is in is no giver
    assert one(framed("Farms in the county of Brindle lost €3 million."), "€3 million"
               ).actor == ""


def test_the_month_may_and_a_plan_of_the_next_clause_make_no_plan():
    text = ("Rail\n\nWELLTON, May 2, 2023 -- The country has 3,000 km of railways, and plans "
            "to add 1,500 km by 2030.")
    claims = framed(text)
    assert one(claims, "3,000 km").status == "actual"
    assert one(claims, "1,500 km").status == "planned"


def test_a_magnitude_reading_is_no_count_of_anything():
    c = one(framed("A 7.1-magnitude quake killed 2,000 people in 2010."), "7.1")
    assert c.measure == ""


def test_the_subject_of_a_rise_is_the_measure_however_far_back():
    c = one(framed("The number of people killed by the flood, a storm surge that struck three "
                   "coastal towns in the south of the country, has gone up to 415."), "415")
    assert c.measure == "killed"
    assert c.qualifier == "exact"  # "gone up to" is a rise, not "at most"
    # "a little over" is a qualifier like "just over": the toll stood at it, nothing given
    c = one(framed("It is up on the toll given earlier, which stood at a little over 2,200."),
            "2,200")
    assert c.measure == "killed"
    # who killed them is the actor, not part of what is counted: one quantity with "the
    # typhoon has killed 25 people"
    c = one(framed("The number of people killed by Typhoon Halong has risen to 27."), "27")
    assert (c.measure, c.actor) == ("killed", "Typhoon Halong")


def test_a_hyphenated_figure_does_not_cut_the_clause():
    c = one(framed("The death toll from the 6.4-magnitude quake rose to 87."), "87")
    assert c.measure == "killed"


def test_a_name_and_its_own_noun_before_the_verb_is_the_actor():
    def actor(text: str) -> str:
        return next(c for c in framed(text, D(2025, 1, 14)) if c.kind != "year").actor
    assert actor("Madrid-Barajas airport welcomed 66 million passengers in 2024, the most "
                 "since Madrid-Barajas opened its fourth terminal.") == "Madrid-Barajas airport"
    # (a word that opens a sentence, and that its text capitalises nowhere else, is no name)
    assert actor("Rising water forced some 12,000 people from their homes.") == ""
    assert actor("The Kessin plant produced 4.2 million tonnes in 2024.") == "Kessin plant"
    assert actor("In 2017, the Tarsa mine produced 5 million tonnes.") == "Tarsa mine"
    # not a people or a plural ("Chongqing residents"), nor a name inside a phrase of time
    assert actor("The airport handled 38.6 million passengers last year.") == ""
    assert actor("Sales on the platform during the Singles Day festival reached 540 billion "
                 "yuan.") == ""
    # a named event after "by" did the harm, it acted for no one
    assert actor("The toll stood at 21 on Tuesday, as rescuers reached villages cut off by "
                 "the Lesna floods.") == ""
    # two airports that no place pins are two counts
    fs = findings_of({
        "a": "BRENNOR, Jan. 14, 2025 (Wire) -- The airport handled 38.6 million passengers in "
             "2024. The airport's new terminal opens in May; the airport expects more "
             "passengers.",
        "b": "MADRID, Jan. 15, 2025 (Wire) -- Madrid-Barajas airport welcomed 66 million "
             "passengers in 2024. The airport expects more passengers this year, the head of "
             "Madrid-Barajas said."})
    assert warnings(fs, "agreement") == []


def test_a_toll_of_the_injured_counts_the_injured():
    c = one(framed("The toll of injured now stands at 152, health officials said."), "152")
    assert c.measure == "injured"
    c = one(framed("The toll of the missing has risen to 11."), "11")
    assert c.measure == "missing"


def test_what_reaches_a_figure_is_what_it_measures():
    # a backlog of aircraft and orders of aircraft are two quantities, not "aircraft"
    c = one(framed("The order backlog stood at 8,598 aircraft at the end of December."),
            "8,598")
    assert c.measure == "order backlog"
    c = one(framed("Gross orders reached a record 2,094 aircraft."), "2,094")
    assert c.measure == "gross order"
    assert one(framed("Orders so far this year total 240 aircraft."), "240").measure == "order"


def test_a_doer_or_an_incident_reaching_a_figure_leaves_the_counted_noun_the_measure():
    assert one(framed("The rural power drive has reached 1 million homes."),
               "1 million").measure == "home"
    # (the cases of an outbreak are its infected)
    assert one(framed("The outbreak has now reached 124 cases."), "124").measure == "infected"
    text = "Aeron reached 700 aircraft last year. Analysts said Aeron could do more."
    assert one(framed(text), "700").measure == "aircraft"


def test_an_actor_named_with_alone_or_itself_still_acts():
    c = one(framed("The northern province of Ostmark alone has sent 260 doctors."), "260")
    assert c.actor == "northern province of Ostmark"
    # an adverb between the name and its verb is neither the name's noun nor a stop
    c = one(framed("Pellor Bakeries now has 1,540 shops."), "1,540")
    assert c.actor == "Pellor Bakeries"
    c = one(framed("Pellor Bakeries still employs 2,300 people."), "2,300")
    assert c.actor == "Pellor Bakeries"


def test_a_place_the_subject_serves_is_not_its_actor_and_a_place_body_is_a_name():
    # "for Kora": whom the programme serves; the programme funded the projects
    c = one(framed("The partner aid programme for Kora, launched in 2005, has funded 2,630 "
                   "projects."), "2,630")
    assert c.actor == ""
    # a kind of place after a capitalised word opening the sentence names a place that acts
    c = one(framed("Verano city, one of the largest donors, has sent 620 engineers."), "620")
    assert c.actor == "Verano city"
    c = one(framed("The Tarsa refinery produced 4 million tonnes."), "4 million tonnes")
    assert c.actor == "Tarsa refinery"
    # not a plural, nor a word any sentence may open with
    assert one(framed("Rising water forced 12,000 people from their homes."), "12,000").actor \
        == ""
    assert one(framed("Chongqing residents donated 5 million yuan."), "5 million yuan").actor \
        == ""


def test_a_figure_of_today_after_a_semicolon_is_not_of_the_year_before_it():
    claims = framed("In 2005, 8 provinces took part; today there are 19.", D(2025, 7, 2))
    assert (one(claims, "8").period, one(claims, "19").period) == ("2005", "2025")
    c = one(framed("In 2005, 8 provinces took part, and 19 take part now.", D(2025, 7, 2)), "19")
    assert c.period == "2025"
    # without a present of its own, a clause after a semicolon keeps the sentence's year
    c = one(framed("In 2024, exports rose; they reached 5 million tonnes.", D(2025, 7, 2)),
            "5 million tonnes")
    assert c.period == "2024"


def test_a_second_verb_after_and_shares_its_subjects_actor():
    claims = framed("The province received 12,000 tourists and spent 3 million dollars on "
                    "roads.")
    assert one(claims, "3 million dollars").actor == "province"
    claims = framed("Pellor Bakeries opened 120 shops in 2025 and closed 30.")
    assert one(claims, "30").actor == "Pellor Bakeries"
    # a subject of its own after "and" acts for itself
    claims = framed("The city sent 300 doctors and the province sent 200 nurses.")
    assert (one(claims, "300").actor, one(claims, "200").actor) == ("city", "province")
    claims = framed("Verano city sent 300 engineers, and 200 more went later.")
    assert one(claims, "200").actor == ""


def test_the_same_period_of_a_named_year_is_a_part_of_that_year():
    claims = framed("VOSTRA, Aug. 2, 2025 -- Exports in the first half reached 12 million "
                    "tonnes, against 10 million tonnes in the same period of 2024. Exports "
                    "were 21 million tonnes in 2024.")
    assert one(claims, "10 million tonnes").time_scope == "part"
    assert one(claims, "10 million tonnes").time.startswith("2024 to")
    assert (one(claims, "21 million tonnes").time_scope,
            one(claims, "21 million tonnes").time) == ("year", "2024")


def test_the_year_before_a_year_the_sentence_states_is_the_one_before_it():
    claims = framed("HARLOW, Jan. 3, 2025 (AP) -- Harlow recorded 312 murders in 2024, down 18 "
                    "percent from 381 the year before.")
    assert (one(claims, "312").time, one(claims, "381").time) == ("2024", "2023")
    # a year an aside states dates nothing of the figures
    claims = framed("BRENNOR, Jan. 3, 2025 -- The plant, opened in 1998, produced 300 cars, down "
                    "from 340 a year earlier.")
    assert one(claims, "340").time == "2024"


def test_what_reaches_an_amount_of_stuff_is_its_measure():
    claims = framed("VOSTRA, Aug. 2, 2025 -- Exports reached 12 million tonnes in the first "
                    "half. The wheat harvest totalled 45 million tonnes last year.")
    c = one(claims, "12 million tonnes")
    assert (c.measure, c.actor) == ("export", "")  # a deed that opens a sentence is no name
    assert one(claims, "45 million tonnes").measure == "wheat harvest"
    # a time before the verb measures nothing
    c = one(framed("VOSTRA, Aug. 2, 2025 -- Exports in the first half reached 12 million "
                   "tonnes."), "12 million tonnes")
    assert "half" not in c.measure


def test_a_total_an_increment_brings_up_counts_what_the_increment_does():
    claims = framed("Pellor Bakeries opened 120 shops in 2025, bringing its total to 1,450.")
    assert one(claims, "1,450").measure == one(claims, "120").measure == "store"
    assert one(claims, "1,450").aggregation == "cumulative"
    c = one(framed("The city planted 2,000 trees this year, taking the number planted since "
                   "2019 to about 11,500.", D(2025, 9, 1)), "11,500")
    assert (c.measure, c.period) == ("tree", "2019–2025")
    # a total that a planned increment brings up is planned too
    c = one(framed("Brennor will send a tenth group of 95 nurses in September, bringing the "
                   "total sent since 2012 to 785.", D(2025, 3, 12)), "785")
    assert (c.status, c.aggregation) == ("planned", "cumulative")
    # a figure of a clause of its own takes no measure from the one before
    c = one(framed("The club sold 400 season tickets, and its total debt fell to 1,200."),
            "1,200")
    assert c.measure != "season ticket sold"


def test_a_verb_with_its_particle_before_the_figure_still_has_its_actor():
    # "paid out", "handed out", "gave away": the particle parts verb and figure
    c = one(framed("The relief agency paid out 30 million dollars to farmers."),
            "30 million dollars")
    assert (c.actor, c.measure) == ("relief agency", "paid")
    assert one(framed("The county handed out 5,000 tents after the flood."),
               "5,000").actor == "county"
    assert one(framed("Marlow Trust gave away 2,000 books last year."),
               "2,000").actor == "Marlow Trust"


def test_the_base_of_a_change_measures_what_the_figure_it_changed_to_does():
    text = ("The county's jobless rate rose to 5.4 percent in April from 5.2 percent in "
            "March.")
    now, before = one(framed(text), "5.4 percent"), one(framed(text), "5.2 percent")
    assert now.measure and before.measure == now.measure
    text = ("Dorn harvested 21.6 million tonnes of wheat this year, down 25 percent from "
            "28.8 million tonnes in 2022.")
    c = one(framed(text, D(2023, 9, 18)), "28.8 million tonnes")
    assert (c.measure, c.time) == ("wheat", "2022")
    # no change said, no base: "from" a place or a source
    c = one(framed("The county sent 300 nurses to Lorva from 12 hospitals."), "12")
    assert c.measure != "nurse sent"


def test_a_time_that_opens_a_sentence_dates_its_later_figures_too():
    text = ("Last year, 39,800 people arrived by sea and 520 died or went missing on the "
            "route.")
    c = one(framed(text, D(2025, 6, 12)), "520")
    assert (c.time_scope, c.time) == ("year", "2024")
    # a month that opens the sentence dates its first figure too, in the text's year or the
    # one before (a July before the text's June is last year's)
    c = one(framed("In May, 6,800 people arrived and 40 died.", D(2025, 6, 3)), "40")
    assert (c.time_scope, c.time) == ("month", "2025-05")
    c = one(framed("In July, 6,800 people arrived.", D(2025, 6, 3)), "6,800")
    assert (c.time_scope, c.time) == ("month", "2024-07")
    # ... but not one counted since another time
    c = one(framed("In May, the ministry said 6,800 had arrived since January.", D(2025, 6, 3)),
            "6,800")
    assert c.time_scope != "month"
    # a later figure with a time of its own keeps it
    text = "Last year, 39,800 people arrived, and 21,000 have come so far."
    assert one(framed(text, D(2025, 6, 12)), "21,000").time != "2024"


def test_the_same_period_last_year_is_a_part_of_last_year():
    # "up from 14,900 in the same period last year": not last year's whole, nor a total
    # as of its end
    text = ("More than 21,400 migrants have arrived so far this year, up from 14,900 in the "
            "same period last year.")
    c = one(framed(text, D(2025, 6, 3)), "14,900")
    assert (c.time_scope, c.time) == ("part", "2024 to 06-03")
    text = "Dealers sold 4,100 cars, against 3,900 in the same months a year earlier."
    assert one(framed(text, D(2025, 6, 3)), "3,900").time_scope == "part"


def test_a_since_clause_dates_what_was_done_since():
    # however long the clause before the year
    text = ("Since the border doctors programme of the ministry began in 2008, 4,600 doctors "
            "have served in the county.")
    c = one(framed(text, D(2023, 5, 20)), "4,600")
    assert (c.time_scope, c.time, c.aggregation) == ("period", "2008–2023", "cumulative")
    c = one(framed("Since the storm in 2008, 2,600 homes were rebuilt.", D(2023, 5, 20)),
            "2,600")
    assert (c.time_scope, c.time) == ("period", "2008–2023")


def test_figures_joined_as_one_object_share_the_time_said_after_them():
    c = one(framed("Wolves killed 96 sheep and 12 cattle last year.", D(2024, 2, 27)), "96")
    assert (c.time_scope, c.time, c.aggregation) == ("year", "2023", "flow")


def test_a_year_to_a_month_is_twelve_months_of_flow_not_the_calendar_year():
    c = one(framed("In the year to March, 234,000 homes were completed.", D(2024, 7, 30)),
            "234,000")
    assert (c.time_scope, c.time, c.aggregation) == ("year", "12 months to 2024-03", "flow")
    c = one(framed("Builders started work on 142,000 homes in the year to September.",
                   D(2024, 7, 30)), "142,000")
    assert c.time == "12 months to 2023-09"  # the last September before the text's day
    c = one(framed("Deaths fell to 87,000 in the 12 months to September 2024."), "87,000")
    assert (c.time, c.aggregation) == ("12 months to 2024-09", "flow")


def test_put_up_stumped_up_and_taken_in_are_gifts_and_money_received():
    for text, figure, measure in (
            ("The founding family put up 200 million euros.", "200 million euros", "donated"),
            ("The billionaires had stumped up nearly €600m.", "€600m", "donated"),
            ("The foundation has taken in 48 million euros.", "48 million euros", "paid")):
        assert one(framed(text), figure).measure == measure


def test_a_year_in_a_relative_clause_dates_that_clause():
    claims = framed("Work began on a 28-km line with 24 stations that is due to open in 2019.",
                    D(2015, 3, 3))
    assert (one(claims, "28-km").period, one(claims, "28-km").status) == ("2015", "actual")


def test_thought_or_feared_to_be_says_how_a_count_is_known_not_a_plan():
    assert one(framed("At least 25 people are still thought to be missing."), "25").status == \
        "actual"
    assert one(framed("Some 40 people are feared to be dead."), "40").status == "actual"
    assert one(framed("About 300 homes are to be rebuilt."), "300").status == "planned"


def test_a_total_as_of_a_year_after_the_texts_date_is_a_projection():
    text = "The projects will give the country 2.3 million jobs by 2030, the report says."
    assert one(framed(text, D(2020, 6, 1)), "2.3 million").status == "planned"
    text = "The projects gave the country 2.3 million jobs by 2030, the report says."
    assert one(framed(text, D(2020, 6, 1)), "2.3 million").status == "planned"
    assert one(framed(text, D(2031, 6, 1)), "2.3 million").status == "actual"


def test_the_words_after_a_bracketed_conversion_are_said_of_the_amount_too():
    claims = framed("The BBC reports that €700m (about $750m) was spent.")
    assert [one(claims, s).measure for s in ("€700m", "$750m")] == ["invested", "invested"]
    claims = framed("In all, 20 billion yuan ($3 billion) was donated by firms.")
    assert (one(claims, "20 billion yuan").measure, one(claims, "20 billion yuan").actor) == \
        ("donated", "firms")


def test_a_reading_after_by_a_is_no_actor():
    claims = framed("A town levelled by a 7.1-magnitude quake will get 20 billion yuan.")
    assert one(claims, "20 billion yuan").actor == ""
    # nor a base after "from", nor the start of a route
    claims = framed("Battery shipments rose to 62 gigawatt-hours from 47 gigawatt-hours.")
    assert one(claims, "62 gigawatt-hours").actor == ""
    claims = framed("The new road is to run 3,000 kilometres from Kashgar to Gwadar.")
    assert one(claims, "3,000 kilometres").actor == ""
    assert one(framed("The fund got $2 million from Harcourt."), "$2 million").actor == \
        "Harcourt"
    # a pronoun is no giver, even after a quotation mark
    assert one(framed('"We lost 30 homes on my street," she said.'), "30").actor == ""
    # a possessive giver is the giver: "Portvale's" of "by Portvale's transit agency"
    claims = framed("The 120 electric buses were ordered by Portvale's transit agency.")
    assert one(claims, "120").actor == "Portvale"


def test_a_province_after_of_is_a_place_not_an_actor():
    c = one(framed("The number of people killed in a remote area of Gansu Province has risen "
                   "to 97."), "97")
    assert c.actor == ""
    c = one(framed("Hubei Province has moved 25,000 people."), "25,000")
    assert c.actor == "Hubei Province"


def test_apart_names_the_element_or_abstains_when_unknown():
    a = one(framed("In 2016 the province sent 300 teachers to Tibet."), "300")
    b = one(framed("In 2016 the province sent 520 teachers to Tibet."), "520")
    assert apart(a, b) == ""
    c = one(framed("The province sent 520 teachers to Tibet."), "520")
    assert apart(a, c) == "time unknown"
    assert apart(a, c, strict=False) == ""  # may still corroborate
    d = one(framed("In 2016 the province trained 520 teachers in Tibet."), "520")
    assert apart(a, d) == "measure"


# --- false alarms that must stay quiet ----------------------------------------------------

def test_batches_of_one_programme_are_not_one_quantity():
    fs = findings_of({"a": "The fifth group of 300 teachers arrived in Tibet in 2016.",
                      "b": "The sixth group of 450 teachers arrived in Tibet in 2016."})
    assert warnings(fs, "agreement") == []


def test_a_cumulative_total_is_not_compared_with_one_year():
    fs = findings_of({"a": "By the end of 2020, a total of 9,000 projects had been built in "
                           "Tibet.",
                      "b": "In 2020 alone, 1,200 projects were built in Tibet."})
    assert warnings(fs, "agreement") == []


def test_planned_and_actual_figures_are_not_compared():
    fs = findings_of({"a": "The city plans to invest 5 billion yuan in Tibet in 2020.",
                      "b": "In 2020 the city invested 3.2 billion yuan in Tibet."})
    assert warnings(fs, "agreement") == []


def test_one_province_is_not_compared_with_the_national_total():
    fs = findings_of({"a": "In 2016, Jiangsu Province sent 300 doctors to Tibet.",
                      "b": "In 2016, 900 doctors were sent to Tibet."})
    assert warnings(fs, "agreement") == []


def test_a_region_named_as_the_subject_is_not_compared_with_one_of_its_countries():
    # neither place is in the lexicon: the name before the verb holds the figure
    fs = findings_of({"a": "Portugal registered 12,480 ferry arrivals in 2023.",
                      "b": "In 2023, Western Iberia saw some 31,000 ferry arrivals."})
    assert warnings(fs, "agreement") == []
    c = one(framed("In 2023, Western Iberia saw some 31,000 ferry arrivals."), "31,000")
    assert c.actor == "Western Iberia"


def test_two_common_nouns_that_act_are_two_actors():
    # "the city" and "the county" are not one sender, though the lexicon names neither
    fs = findings_of({"a": "The city sent 300 nurses to the flood zone in 2022.",
                      "b": "In 2022 the county sent 120 nurses to the flood zone."})
    assert warnings(fs, "agreement") == []
    fs = findings_of({"a": "The city sent 300 nurses to the flood zone in 2022.",
                      "b": "In 2022 the city sent 120 nurses to the flood zone."})
    assert len(warnings(fs, "agreement")) == 1
    # a ward of the hospital is not the hospital
    fs = findings_of({"a": "The hospital treated 4,500 patients in 2022.",
                      "b": "In 2022 the hospital's emergency ward treated 1,900 patients."})
    assert warnings(fs, "agreement") == []


def test_figures_with_no_stated_time_are_not_compared():
    fs = findings_of({"a": "The province sent 300 doctors to Tibet.",
                      "b": "In 2016 the province sent 520 doctors to Tibet."})
    assert warnings(fs, "agreement") == []


def test_same_frame_different_values_is_still_a_disagreement():
    fs = findings_of({"a": "In 2016 the province sent 300 doctors to Tibet.",
                      "b": "In 2016 the province sent 520 doctors to Tibet."})
    assert len(warnings(fs, "agreement")) == 1


def test_a_posting_duration_is_not_held_against_the_programme_start():
    fs = findings_of({"a": "The pairing programme for Tibet was launched in 1994.",
                      "b": "She worked as a nurse in Tibet for three years."},
                     published={"b": D(2016, 5, 1)})
    assert warnings(fs, "elapsed") == []


def test_a_duration_that_ends_at_a_stated_year_is_not_measured_from_the_texts_date():
    texts = {"a": "Construction of the Harbourton bridge began in 2009.",
             "b": "After 10 years of construction, the Harbourton bridge opened in 2018."}
    published = {"a": D(2024, 5, 3), "b": D(2024, 5, 3)}
    assert warnings(findings_of(texts, published=published), "elapsed") == []
    texts["b"] = "After 10 years of construction, the Harbourton bridge is open."
    assert len(warnings(findings_of(texts, published=published), "elapsed")) == 1


# --- running totals -----------------------------------------------------------------------

def test_a_running_total_that_falls_as_its_date_advances_is_flagged():
    texts = {"a": "Quake update\n\nUpdated: 2013-04-22 10:00\n\nThe death toll has risen to "
                  "188.",
             "b": "Quake update\n\nUpdated: 2013-04-24 10:00\n\nThe death toll has risen to "
                  "150."}
    assert len(warnings(findings_of(texts), "monotonic")) == 1
    texts["b"] = texts["b"].replace("150", "193")
    assert warnings(findings_of(texts), "monotonic") == []


def test_a_count_in_the_present_perfect_is_a_total_as_of_the_texts_day():
    texts = {"a": "Blaze update\n\nUpdated: 2026-08-06 21:40\n\nThe blaze has burned 6,000 "
                  "acres and destroyed 240 homes, the county said.",
             "b": "Blaze update\n\nUpdated: 2026-08-09 08:00\n\nThe blaze has now destroyed "
                  "215 homes, the county said."}
    toll = one(framed(texts["a"]), "240")
    assert (toll.time_scope, toll.time, toll.aggregation) == \
        ("as_of", "2026-08-06", "cumulative")
    assert len(warnings(findings_of(texts), "monotonic")) == 1
    # "have to" is an obligation, and an amount a giver "has committed" is that giver's act,
    # not a running total of all gifts
    assert one(framed(texts["a"].replace("has burned 6,000 acres and destroyed",
                                         "may have to evacuate")), "240").time_scope == ""
    gift = one(framed("Gifts\n\nUpdated: 2026-08-06 21:40\n\nThe Hale Trust has committed "
                      "$4 million."), "$4 million")
    assert gift.time_scope == ""


def test_a_month_the_clause_names_is_the_figures_time():
    day = "Jobs\n\nLONDREY, {}, 2025 (Wire) -- "
    c = one(framed(day.format("June 6") + "Employers added 139,000 jobs in May."), "139,000")
    assert (c.time_scope, c.time) == ("month", "2025-05")
    c = one(framed(day.format("June 7") + "The economy created 139,000 jobs last month."),
            "139,000")
    assert (c.time_scope, c.time) == ("month", "2025-05")
    # a month later in the year than the text is last year's
    c = one(framed(day.format("Feb. 3") + "Sales reached 41,000 cars in December."), "41,000")
    assert c.time == "2024-12"
    # ... unless the clause tells of what will be: then it is this year's
    c = one(framed(day.format("May 12") + "Repairs will begin in June and cost 68 million "
                                          "dollars."), "68 million dollars")
    assert c.time == "2025-06"
    # the end of a month is an instant
    c = one(framed(day.format("Aug. 1") + "Crews had planted 0.9 billion trees by the end of "
                                          "June."), "0.9 billion")
    assert (c.time_scope, c.time) == ("as_of", "2025-06")
    # ... written short, or as a day the month and day of which follow "as at", "by"
    for said, time in (("as of end-June", "2025-06"), ("as at 30 June", "2025-06-30"),
                       ("by June 30", "2025-06-30")):
        c = one(framed(day.format("Aug. 1") + f"Donors had given $41 million {said}."),
                "$41 million")
        assert (c.time_scope, c.time, c.aggregation) == ("as_of", time, "cumulative"), said
    # however many words come between, and whatever month dates the saying
    c = one(framed(day.format("Dec. 9") + "Earlier this month, the agency said 61,500 boilers "
                                          "had been replaced by the end of November."),
            "61,500")
    assert (c.time_scope, c.time) == ("as_of", "2025-11")
    # not the month of the figure before, of the base it is compared with, or of another
    # event
    claims = framed(day.format("Nov. 5") + "The firm had 7,450 staff at the end of September, "
                                           "150 more than in June.")
    assert one(claims, "150").time_scope != "month" and one(claims, "150").time != "2025-09"
    c = one(framed(day.format("Nov. 5") + "Riders have made more than 1 million trips since "
                                          "the scheme opened in June 2016."), "1 million")
    assert c.time_scope != "month"
    # a month name says when, never what is counted
    c = one(framed(day.format("Aug. 1") + "Inflation slowed to 2.1 percent in June."),
            "2.1 percent")
    assert "june" not in c.measure


def test_a_part_of_a_year_after_a_figure_is_its_own_only_after_a_preposition():
    # "the third quarter" is the subject of the next clause, not the nine months' time
    claims = framed("Veltra\n\nOct. 25, 2025 -- Revenue in the first half was $7.9 billion, so "
                    "the nine-month figure of $12.1 billion implies the third quarter brought "
                    "$4.2 billion.")
    assert one(claims, "$12.1 billion").time_scope != "part"
    assert one(claims, "$4.2 billion").time == "2025 Q3"
    assert one(claims, "$12.1 billion").measure == ""  # "implies" is a verb, not what it is


def test_a_pronoun_or_the_unit_of_a_rate_is_no_measure():
    c = one(framed("The club paid Harwick £14 million for him in 2022."), "£14 million")
    assert "him" not in c.measure.split()
    c = one(framed("A support payment of 6,000 rupees a year reaches 118 million farmers."),
            "118 million")
    assert c.measure == "farmer"
    c = one(framed("Only 866 of them, or 11 percent, developed the disease."), "866")
    assert c.measure == ""  # what "them" points to is not known here


def test_money_that_paid_for_something_was_spent_not_received():
    c = one(framed("About 5.01 billion yuan had paid for 289 rebuilding projects by the end of "
                   "2010."), "5.01 billion yuan")
    assert c.measure == "invested"
    c = one(framed("The appeal has received 12 million dollars."), "12 million dollars")
    assert c.measure == "paid"


def test_a_statistic_before_what_an_amount_is_keeps_the_noun():
    c = one(framed("The median price of $421,300 was 3.1 percent above last year's."),
            "$421,300")
    assert c.measure == "price median"


def test_a_part_of_a_year_is_the_figures_time_and_its_bases():
    day = "Crime\n\nCORBY, {}, 2025 (Wire) -- "
    claims = framed(day.format("April 2") + "The city recorded 41 homicides in the first three "
                                            "months of the year, down from 55 a year earlier.")
    assert (one(claims, "41").time_scope, one(claims, "41").time) == ("part", "2025 Q1")
    assert one(claims, "55").time == "2024 Q1"
    claims = framed(day.format("July 10") + "Homicides fell to 88 in the first half of 2025, "
                                            "from 118 in the same period of 2024.")
    assert (one(claims, "88").time, one(claims, "118").time) == ("2025 H1", "2024 H1")
    c = one(framed(day.format("July 10") + "Profit reached 61 million in Q2."), "61 million")
    assert c.time == "2025 Q2"
    # a quarter's count is not the year's: no disagreement with the year's total
    texts = {"a": day.format("Jan. 15") + "The city recorded 212 homicides in 2024.",
             "b": day.format("April 2") + "The city recorded 41 homicides in the first three "
                                          "months of the year, down from 55 a year earlier."}
    assert warnings(findings_of(texts), "agreement") == []


def test_a_distinctive_figure_of_two_months_corroborates_nothing():
    texts = {"a": "Jobs\n\nLONDREY, June 6, 2025 (Wire) -- Employers added 139,000 jobs in "
                  "May, down from 147,000 in April.",
             "b": "Jobs\n\nLONDREY, July 3, 2025 (Wire) -- Employers added 147,000 jobs in "
                  "June."}
    assert not [f for f in findings_of(texts) if f.outcome == "corroborated"]
    texts["b"] = texts["b"].replace("July 3", "May 2").replace("June", "April")
    assert [f.outcome for f in findings_of(texts)] == ["corroborated"]


def test_claims_filed_by_a_named_day_are_a_total_as_of_that_day():
    texts = {"a": "Flood claims\n\nHALDEN, June 4, 2025 (Wire) -- More than 12,000 claims have "
                  "now been lodged after the flood, insurers said.",
             "b": "Flood claims\n\nHALDEN, June 12, 2025 (Wire) -- About 9,000 claims had "
                  "been filed by June 4, the insurers' council said."}
    first, later = one(framed(texts["a"]), "12,000"), one(framed(texts["b"]), "9,000")
    assert (first.measure, first.time_scope, first.time) == ("claim filed", "as_of",
                                                             "2025-06-04")
    assert (later.measure, later.time_scope, later.time) == ("claim filed", "as_of",
                                                             "2025-06-04")
    # one instant, two totals that cannot both hold
    assert len(warnings(findings_of(texts), "agreement")) == 1
    # when it happened is no kind of claim; a named event is
    text = "The number of claims submitted after the storm has risen to 800."
    assert one(framed(text), "800").measure == "claim filed"
    assert "brenner" in one(framed(text.replace("the storm", "the Brenner storm")),
                            "800").measure


def test_by_a_year_is_an_instant_and_totals_from_two_starts_are_not_one_series():
    c = one(framed("Some 500 teachers had been sent by 2019."), "500")
    assert (c.time_scope, c.time, c.aggregation) == ("as_of", "2019", "cumulative")
    texts = {"a": "Moves\n\nUpdated: 2018-05-02 10:00\n\nThe programme has moved 1.5 million "
                  "people since 2016.",
             "b": "Moves\n\nUpdated: 2018-06-02 10:00\n\nThe programme had moved 2.1 million "
                  "people by the end of 2017."}
    assert warnings(findings_of(texts), "monotonic") == []
    texts["a"] = texts["a"].replace("since 2016", "by the end of 2018")
    assert len(warnings(findings_of(texts), "monotonic")) == 1


def _toll(day: str, weekday: str, body: str) -> str:
    return (f"Quake update\n\nHILLTOWN, April {day}, 2013 (Agency) -- The death toll from the "
            f"quake in Hill County {body} on {weekday}, officials said.")


def test_a_stated_increment_must_match_the_report_of_the_day_it_counts_from():
    texts = {"a": _toll("22", "Monday", "rose to 188"),
             "b": _toll("23", "Tuesday", "rose by 9 overnight to 193")}
    fs = [f for f in findings_of(texts) if f.rule == "monotonic"]
    assert [f.outcome for f in fs if f.outcome.startswith("increment")] == \
        ["increment_mismatch"]
    assert "means 184" in next(f.message for f in fs if f.outcome == "increment_mismatch")
    texts["b"] = _toll("23", "Tuesday", "rose by 5 overnight to 193")
    fs = [f for f in findings_of(texts) if f.rule == "monotonic"]
    assert [f.outcome for f in fs if f.outcome.startswith("increment")] == \
        ["increment_consistent"]


def test_an_increment_since_a_named_day_counts_from_that_day():
    texts = {"a": _toll("22", "Monday", "rose to 188"),
             "b": _toll("24", "Wednesday", "rose by 2 since Monday to 193")}
    fs = findings_of(texts)
    assert [f.outcome for f in warnings(fs, "monotonic")] == ["increment_mismatch"]


def test_an_increment_that_names_no_base_day_is_not_compared():
    # "rose by 9 to 193" may count from a report the corpus does not hold
    texts = {"a": _toll("22", "Monday", "rose to 188"),
             "b": _toll("23", "Tuesday", "rose by 9 to 193")}
    assert warnings(findings_of(texts), "monotonic") == []


def test_the_year_of_a_dateline_is_not_the_time_of_the_figures_after_it():
    claims = framed("Quake update\n\nHILLTOWN, April 22, 2013 (Agency) -- The death toll "
                    "rose to 188 on Monday.")
    toll = one(claims, "188")
    assert (toll.time_scope, toll.time) == ("as_of", "2013-04-22")
    assert [c.surface for c in claims if c.kind == "year"] == []


def test_same_day_totals_are_not_ordered():
    texts = {"a": "Quake update\n\nUpdated: 2013-04-22 10:00\n\nThe death toll has risen to "
                  "188.",
             "b": "Quake update\n\nThe death toll has risen to 150 in 2013, officials said."}
    assert warnings(findings_of(texts), "monotonic") == []


# --- the JSON contract carries the frame -----------------------------------------------------

def test_claims_json_carries_the_frame_fields(tmp_path, capsys):
    from crosscheck.cli import main

    (tmp_path / "a.txt").write_text("Aid\n\nIn 2016 the province sent 300 teachers to Tibet.",
                                    encoding="utf-8")
    code = main(["claims", str(tmp_path), "--format", "json"])
    rows = json.loads(capsys.readouterr().out)
    assert code == 0
    row = next(r for r in rows if r["surface"] == "300")
    assert {k: row[k] for k in ("measure", "actor", "time_scope", "time", "aggregation",
                                "status")} == {
        "measure": "teacher sent", "actor": "province", "time_scope": "year", "time": "2016",
        "aggregation": "flow", "status": "actual"}


def test_a_coordinated_clause_keeps_its_own_measure():
    c = one(framed("Some 300 people were killed, and the number of homes flattened has risen "
                   "to 415."), "415")
    assert c.measure != "killed"


def test_a_named_day_is_resolved_against_the_stated_date():
    from crosscheck.frame import named_day

    published = D(2013, 4, 23)  # a Tuesday
    assert named_day("the toll said on Monday", published) == D(2013, 4, 22)
    assert named_day("counted on 20 April", published) == D(2013, 4, 20)
    assert named_day("by December 28", published) == D(2012, 12, 28)
    assert named_day("to be done by April 26", published) is None  # a day to come
    assert named_day("on Monday and on Tuesday", published) is None  # two days
    # the day of the event, not of the count
    assert named_day("killed by Monday's landslide has risen to", published) is None


def test_two_totals_of_one_text_on_one_day_disagree_but_named_days_do_not():
    text = ("Flood toll rises to 56\n\nPosted: 2021-07-20\n\nThe number of people killed "
            "in the floods climbed to 61, officials said.")
    assert warnings(findings_of({"t": text}), "agreement")
    text = ("Posted: 2021-07-20\n\nThe number of people killed in the floods rose to 56 on "
            "Sunday. The number of people killed in the floods climbed to 61 on Monday.")
    assert not warnings(findings_of({"t": text}), "agreement")


def test_a_place_named_in_one_sentence_is_not_the_documents_region():
    claims = framed("An official told reporters in Beijing that 300 families moved. Another "
                    "500 families will move next year.")
    assert one(claims, "500").place == ""
    claims = framed("In Gansu 300 families moved. Gansu will move 500 more families next year. "
                    "The cost was 9 million yuan.")
    assert one(claims, "9 million yuan").place == "Gansu"


@pytest.mark.parametrize(("text", "place"), [
    ("Borla province lifted its ban on Monday. The outbreak, the worst in the province in "
     "years, hit 21 farms.", "Borla"),
    # two provinces named: which one "the province" is stays unknown
    ("Borla province and Tessin province lifted their bans. The outbreak, the worst in the "
     "province in years, hit 21 farms.", ""),
    # "the province of" names another place
    ("Borla province lifted its ban. Farms in the province of Tessin lost 21 barns.", "Tessin"),
    # "the province" as the subject that acts is the province named before
    ("Borla province lifted its ban on Monday. The province has rebuilt 21 farms.", "Borla"),
    # ... not one named only after it: "neighbouring Tessin province" is another
    ("The province has rebuilt 21 farms. In neighbouring Tessin province, 40 farms closed.",
     ""),
])
def test_a_place_named_by_its_kind_alone_is_the_one_of_that_kind_the_text_names(text, place):
    assert one(framed(text), "21").place == place


def test_an_actor_named_by_its_kind_alone_is_the_one_of_that_kind_named_before():
    c = one(framed("A quake struck Borla province on Monday. The province has rebuilt 300 "
                   "schools."), "300")
    assert c.actor == "Borla province"
    c = one(framed("The province has rebuilt 300 schools. In neighbouring Tessin province, "
                   "40 schools closed."), "300")
    assert c.actor == "province"


def test_the_subject_of_a_qualified_rise_is_read_first():
    c = one(framed("By Friday, promises of money from firms and public bodies toward rebuilding "
                   "the old hall had climbed to some 90 million euros."), "90 million euros")
    assert c.measure == "pledged"  # not "killed" from "bodies", not "built"


# --- who and where: actors, places, conversions ------------------------------------------

def test_actors_are_the_same_only_by_their_own_names():
    from crosscheck.frame import same_actor

    assert same_actor("Jiangsu", "Jiangsu Province")
    assert not same_actor("Anhui Province", "Shaanxi Province")
    assert not same_actor("Jiangsu", "Jiangsu and Zhejiang")


def test_the_actor_is_read_before_the_verb_and_in_lower_case():
    c = one(framed("In 2017, Chongqing spent 200 million yuan in Tibet."), "200 million yuan")
    assert c.actor == "Chongqing"
    c = one(framed("By 2019 a total of 300 teachers had been sent to Tibet with help from the "
                   "central government."), "300")
    assert c.actor == "central government"


def test_an_amount_and_its_conversion_share_one_frame():
    claims = framed("In 2017, Anhui Province spent 70 million yuan (10 million US dollars) in "
                    "Tibet.")
    yuan, usd = one(claims, "70 million yuan"), one(claims, "10 million US dollars")
    assert (usd.actor, usd.measure, usd.time) == (yuan.actor, yuan.measure, yuan.time)


def test_the_place_is_where_the_sentence_pins_it_not_the_actors_home():
    for text, figure, place in (
            ("Jiangsu Province sent 300 doctors to Qinghai in 2016.", "300", "Qinghai"),
            # a place the lexicon does not know is still a place
            ("In 2016 the county sent 300 doctors to Guangxi.", "300", "Guangxi"),
            ("A mine collapsed in Ghana's Ashanti region, killing 12.", "12", "Ghana's Ashanti"),
            ("Coverage in Dar es Salaam has reached 86 percent.", "86 percent", "Dar es Salaam"),
            # ... but a name right before a figure is its currency
            ("The sum owed to the firm had climbed to Rs 94.5 billion.", "Rs 94.5 billion", ""),
            # ... a firm, or a possessive no place follows, is no place
            ("Analysts at Fjord Markets expect 5 billion crowns.", "5 billion crowns", ""),
            ("The painting sold for $65.5 million at Christie's on Tuesday.", "$65.5 million", ""),
            ("The land went to Orra Port Holding Company for 40 years.", "40 years", ""),
            # ... and a name after "according to" or "thanks to" is a source or a cause
            ("According to Zhang, the county had spent 54 billion yuan.", "54 billion yuan", ""),
            ("Thanks to Marlow, the fund raised 3 million dollars.", "3 million dollars", "")):
        assert one(framed(text), figure).place == place, text


def test_the_place_of_a_figure_is_in_its_own_clause_and_two_places_joined_are_one_of_their_own():
    claims = framed("In Ruritania, at least 1,498 people died, and 8,533 were hurt.")
    assert one(claims, "1,498").place == "Ruritania"  # "In" at the start of a sentence pins
    claims = framed("The agency said 17,134 people died in Ruritania, while 3,317 deaths were "
                    "reported in Moldavia.")
    assert (one(claims, "17,134").place, one(claims, "3,317").place) == \
        ("Ruritania", "Moldavia")
    claims = framed("The app has 512 million users, but only 3 million new users in Moldavia.")
    assert one(claims, "512 million").place == ""  # a place across "but" is the other's
    c = one(framed("The toll in Ruritania and Moldavia has risen to 37,000."), "37,000")
    assert c.place == "Moldavia and Ruritania"
    # "alone" after a place narrows the place, not the time; the perfect after the figure
    # still makes a running total
    c = one(framed("Quake\n\nUpdated: 2023-02-13 19:00\n\nIn Ruritania alone, 31,643 people "
                   "have died."), "31,643")
    assert (c.place, c.time_scope, c.aggregation) == ("Ruritania", "as_of", "cumulative")



def test_a_list_of_places_after_in_is_the_figures_place_together():
    # every name of a list that ends in "and" is pinned by the same "in", known or not
    c = one(framed("The gale killed 53 people in Marula, Ostrand and Vey last week."), "53")
    assert c.place == "Marula and Ostrand and Vey"
    c = one(framed("The gale killed 53 people in Marula, Ostrand, and Vey."), "53")
    assert c.place == "Marula and Ostrand and Vey"
    # a comma that opens another clause lists nothing
    c = one(framed("The gale killed 40 in Marula, Ostrand officials said."), "40")
    assert c.place == "Marula"


def test_in_an_enumeration_each_figure_takes_the_place_right_after_it():
    # a long figure does not push the place after it further than the one before it
    claims = framed("The recall includes 240,000 in Ruritania, 150,000 in Moldavia and "
                    "120,000 in Carpathia.")
    assert [one(claims, f).place for f in ("240,000", "150,000", "120,000")] == \
        ["Ruritania", "Moldavia", "Carpathia"]

def test_a_peoples_adjective_after_at_or_in_is_no_place():
    c = one(framed("At least 127 people died in a crush at Moldavian football stadium."), "127")
    assert c.place == ""
    c = one(framed("At least 127 people died in a crush at Moldavia's main stadium."), "127")
    assert c.place != "Moldavian"


def test_a_part_pinned_to_a_place_and_a_superlatives_domain_leave_the_figure_placeless():
    # "12 of them in Tyrol" places the 12, not the 31 they are part of
    claims = framed("Storms killed 31 people this winter, 12 of them in Carpathia.")
    assert (one(claims, "31").place, one(claims, "12").place) == ("", "Carpathia")
    # "the highest in Ruritania" ranks the toll; it does not say where the dead were
    c = one(framed("The toll of 46 dead was the highest in Ruritania since 1990."), "46")
    assert c.place == ""
    c = one(framed("The 46 dead in Moldavia were the highest toll in Ruritania."), "46")
    assert c.place == "Moldavia"


def test_a_total_broken_down_by_place_is_of_all_its_places():
    claims = framed("The death toll rose to 102 on Saturday: 78 in Carpathia and 24 in "
                    "Moldavia, officials said.")
    assert [one(claims, v).place for v in ("102", "78", "24")] == \
        ["Carpathia and Moldavia", "Carpathia", "Moldavia"]
    # a year before a place is no part: the place stays the figure's
    c = one(framed("The firm, founded in 1990 in Carpathia, employs 4,000 people."), "4,000")
    assert c.place == "Carpathia"
    c = one(framed("About 1.5 million children under 5 in Carpathia are malnourished."),
            "1.5 million")
    assert c.place == "Carpathia"
    # ... and the total is no toll of one of them that a later text's lower toll falls from
    texts = {"a": "HOLT, Feb. 7, 2026 (Wire) -- The death toll from the quake rose to 102 on "
                  "Saturday: 78 in Carpathia and 24 in Moldavia, officials said.",
             "b": "HOLT, Feb. 8, 2026 (Wire) -- Moldavia mourned its 24 dead. In Carpathia the "
                  "death toll from the quake reached 81."}
    assert warnings(findings_of(texts), "monotonic") == []


def test_a_participle_after_the_noun_is_the_measures_event_whatever_its_form():
    # "built" and "dug" end the noun phrase like "drilled"; the event stays in the measure
    built = one(framed("The region saw 63 bridges built by the province in 2022."), "63")
    assert (built.subject, built.measure) == ("bridges", "bridge built")
    dug = one(framed("The region saw 472 wells dug by the province in 2022."), "472")
    assert (dug.subject, dug.measure) == ("wells", "well dug")


def test_a_passive_or_perfect_participle_of_no_listed_event_joins_the_measure():
    # what happened to the counted homes tells protected homes from flooded ones
    texts = ("By March, 1,650 homes are now protected by the finished wall.",
             "In the storm, 85 homes were flooded in the north of the town.",
             "The company has connected some 412,000 homes to the network.")
    measures = [c.measure for text in texts for c in framed(text) if c.kind == "count"]
    assert measures == ["home protected", "home flooded", "home connected"]
    # a verb that only says how the count was made or reached is no event; nor a simple past
    # that only says what is counted ("welcomed 8.7 million visitors" counts visitors)
    for text, surface in (("About 6,900 patients remained on the list in 2024.", "6,900"),
                          ("The museum welcomed 8.7 million visitors in 2024.", "8.7 million"),
                          ("A total of 3,200 homes were counted in the survey.", "3,200"),
                          ("The project has helped 102,000 farmers since 2001.", "102,000")):
        c = one(framed(text), surface)
        assert c.measure == c.subject.rstrip("s"), text


def test_the_verb_after_a_shares_whole_says_what_the_share_counts():
    backed = one(framed("Some 74 percent of the country's voters backed the bill in 2025."),
                 "74 percent")
    opposed = one(framed("About 25 percent of the country's voters opposed the bill in 2025."),
                  "25 percent")
    assert (backed.measure, opposed.measure) == ("country voter backed", "country voter opposed")
    texts = {"a": "Vote\n\nUpdated: 2026-07-08 16:20\n\nAbout 25 percent of the country's "
                  "voters opposed the bill in 2025.",
             "b": "Vote\n\nUpdated: 2026-07-08 16:20\n\nSome 74 percent of the country's "
                  "voters backed the bill in 2025."}
    assert warnings(findings_of(texts), "agreement") == []


def test_a_numbered_unit_before_the_figure_is_whose_figure_it_is():
    c = one(framed("Terminal 1 handled 14 million passengers last year."), "14 million")
    assert c.actor == "terminal 1"
    texts = {"a": "Airport\n\nUpdated: 2026-07-08 16:20\n\nTerminal 1 handled 14 million "
                  "passengers last year.",
             "b": "Airport\n\nUpdated: 2026-07-09 18:20\n\nTerminal 2 handled 18 million "
                  "passengers last year."}
    assert warnings(findings_of(texts), "agreement") == []
    texts["b"] = texts["b"].replace("Terminal 2", "Terminal 1")
    assert len(warnings(findings_of(texts), "agreement")) == 1
    # a unit named before a comma is not the figure's: "Terminal 2, opened in 2008, and the
    # airport as a whole"
    c = one(framed("Since Terminal 2 opened, the airport has handled 80 million passengers."),
            "80 million")
    assert c.actor != "terminal 2"


def test_an_age_bound_after_the_counted_people_is_part_of_the_measure():
    c = one(framed("About 2,000 children under five died of measles in 2025."), "2,000")
    assert c.measure == "child killed under 5"
    texts = {"a": "Measles\n\nUpdated: 2026-07-08 16:20\n\nAbout 2,000 children under five "
                  "died of measles in 2025.",
             "b": "Measles\n\nUpdated: 2026-07-09 18:20\n\nAbout 3,100 children under 15 "
                  "died of measles in 2025."}
    assert warnings(findings_of(texts), "agreement") == []
    texts["b"] = texts["b"].replace("under 15", "under 5")
    assert len(warnings(findings_of(texts), "agreement")) == 1
    # a time after "over" is no age, nor is a bound after a noun of no people
    for text, surface in (("The corridor would create 400,000 jobs over 15 years.", "400,000"),
                          ("The firm sold 4,000 cars over 5 tonnes in 2025.", "4,000")):
        assert "over" not in one(framed(text), surface).measure, text


@pytest.mark.parametrize(("text", "measure"), [
    ("The Harbour Bridge cost $2 billion to build.", "harbour bridge cost"),
    ("The Karot project is expected to cost about $2 billion.", "karot project cost"),
    ("The total cost of the bridge has risen to $2 billion.", "bridge cost"),
    # "the project" of a folder about a programme may be any of its projects
    ("The project is expected to cost about $2 billion.", ""),
    ("The new scheme will cost $2 billion.", ""),
    ("Officials said the repairs would cost $2 billion.", "repair cost"),
    # what costs must be named: a pronoun, a relative clause, an object between say nothing
    ("It cost $2 billion.", ""),
    ("The bridge, which cost $2 billion, opened.", ""),
    ("The storm cost insurers $2 billion.", ""),
])
def test_an_amount_a_named_thing_costs_is_measured_as_its_cost(text, measure):
    assert one(framed(text), "$2 billion").measure == measure


def test_costs_of_one_thing_in_two_texts_of_a_news_cycle_are_compared():
    texts = {"a": "Bridge\n\nUpdated: 2026-07-08 16:20\n\nThe Harbour Bridge cost $2.4 billion "
                  "to build.",
             "b": "Bridge\n\nUpdated: 2026-07-09 18:20\n\nThe Harbour Bridge cost $2.6 billion "
                  "to build."}
    assert len(warnings(findings_of(texts), "agreement")) == 1
    texts["b"] = texts["b"].replace("Harbour Bridge", "Harbour Tunnel")
    assert warnings(findings_of(texts), "agreement") == []


def test_what_a_place_can_take_is_its_capacity_not_what_it_took():
    for text in ("The stadium holds 65,000 fans.", "The stadium can seat 65,000 fans.",
                 "The stadium takes 65,000 fans when full."):
        assert one(framed(text), "65,000").measure == "fan capacity", text
    assert one(framed("The stadium held 65,000 fans on Sunday."), "65,000").measure == "fan"
    texts = {"a": "Derby\n\nUpdated: 2026-07-08 16:20\n\nThe stadium holds 65,000 fans when "
                  "full.",
             "b": "Derby\n\nUpdated: 2026-07-09 18:20\n\nThe stadium held 58,000 fans on "
                  "Sunday."}
    assert warnings(findings_of(texts), "agreement") == []


def test_homes_said_to_be_done_now_are_a_running_total_of_the_texts_day():
    texts = {"a": "Wall update\n\nPublished: 20 September 2027\n\nSo far 1,650 homes are "
                  "already protected by the finished sections.",
             "b": "Wall update\n\nPublished: 11 January 2028\n\nOfficials said 1,400 homes "
                  "were now protected by the completed sections, and 85 homes were flooded."}
    done = one(framed(texts["b"]), "1,400")
    assert (done.measure, done.time_scope, done.time, done.aggregation) == \
        ("home protected", "as_of", "2028-01-11", "cumulative")
    assert len(warnings(findings_of(texts), "monotonic")) == 1
    texts["b"] = texts["b"].replace("1,400", "1,900")
    assert warnings(findings_of(texts), "monotonic") == []
    # homes flooded are not the homes protected: no fall from 1,650 to 85
    texts["b"] = texts["b"].replace("1,900 homes were now protected", "the wall held")
    assert warnings(findings_of(texts), "monotonic") == []


def test_an_appeal_raised_to_a_figure_is_no_money_raised():
    # "raised to" sets a new size; money raised is what donors gave
    raised = one(framed("The UN appeal has been raised to $68 million."), "$68 million")
    assert raised.measure != "paid"
    gave = one(framed("The charity has raised $11 million so far."), "$11 million")
    assert gave.measure == "paid"
    texts = {"a": "Cyclone relief\n\nUpdated: 2031-03-27 10:00\n\nThe UN appeal has been "
                  "raised to $68 million, of which $19 million has been received.",
             "b": "Cyclone relief\n\nUpdated: 2031-09-20 10:00\n\nThe appeal was 61 percent "
                  "funded by August, with $41.5 million received."}
    assert warnings(findings_of(texts), "monotonic") == []


def test_where_a_statement_was_made_is_not_the_place_of_its_figures():
    # a place that speaks is who speaks; a place that gives, alone, scopes its own gift
    c = one(framed("Beijing says the corridor drew $25.4 billion over 10 years."),
            "$25.4 billion")
    assert c.place == ""
    c = one(framed("Guangdong has sent more than 2,500 teachers over the decade."), "2,500")
    assert c.place == "Guangdong"
    # ... and a place that owns a named thing, or a subject a speaker interrupts, is no place
    for text in ("The corridor, part of Beijing's Belt and Road Initiative, joins two countries.",
                 "Beijing, he said, stands ready to help the two countries."):
        assert one(framed(text), "two").place == "", text
    c = one(framed("The spokesman told a news briefing in Ruritania that 192,000 jobs had been "
                   "created."), "192,000")
    assert c.place == ""
    c = one(framed("Nearly 1 million people have been moved out, an official told reporters "
                   "in Ruritania on Friday."), "1 million")
    assert c.place == ""
    # a place inside what was said is still the figure's
    c = one(framed("He said the fund is much loved in Ruritania and that 11 of its members "
                   "live there."), "11")
    assert c.place == "Ruritania"


def test_figures_of_two_places_or_two_actors_are_not_compared():
    fs = findings_of({"a": "In 2016, Jiangsu Province sent 300 doctors to Lhasa.",
                      "b": "In 2016, Jiangsu Province sent 520 doctors to Tibet."})
    assert warnings(fs, "agreement") == []
    fs = findings_of({"a": "In 2017, Anhui Province spent 100 million yuan in Tibet.",
                      "b": "In 2017, Shaanxi Province spent 300 million yuan in Tibet."})
    assert warnings(fs, "agreement") == []


def test_a_figure_of_the_world_or_of_a_group_of_places_is_not_the_regions():
    # aliases.yaml wider: "across the 37 member countries" is the figure's place, so the
    # group's average is not compared with the country's own
    fs = findings_of({
        "a": "In Veldria, pupils scored an average of 472 points in maths in 2022. In "
             "Veldria, 690,000 pupils sat the test in 2022.",
        "b": "In Veldria, 690,000 pupils sat the test in 2022. In Veldria, 4,100 schools took "
             "part. Across the 37 member countries, pupils scored an average of 478 points in "
             "maths in 2022."})
    assert warnings(fs, "agreement") == []
    claims = framed("In Spain, 900 shops closed. In Spain, 472 shops opened, against an "
                    "average of 465 across 27 member states.")
    assert (one(claims, "472").place, one(claims, "465").place) == ("Spain", "27 member states")
    claims = framed("In Spain, 900 shops closed. The app has 512 million users worldwide, but "
                    "only 3 million in Spain.")
    assert (one(claims, "512 million").place, one(claims, "3 million").place) == \
        ("worldwide", "Spain")
    # a group that holds the figure is what it counts
    assert one(framed("The cut hit service in at least 13 countries."), "13").place == ""
    # the nation is wider than the place a local text is about, named or not: the county's
    # toll is not the country's
    fs = findings_of({"a": "Blizzard toll rises to 27 in county\n\nDecember 26, 2022\n\nAt "
                           "least 27 people have died in the county in the blizzard, officials "
                           "said on Monday.\n\nAcross the country, the storm has killed at "
                           "least 50 people."})
    assert warnings(fs, "agreement") == []
    c = one(framed("The firm employs about 7,300 people worldwide."), "7,300")
    assert c.place == "worldwide"
    # a text about one country that counts "across the region" counts more than the country
    claims = framed("OSTRAND, Oct. 9, 2026 -- The gale killed 12 people in Ostrand. Across "
                    "the region, at least 52 people have died.")
    assert (one(claims, "12").place, one(claims, "52").place) == \
        ("Ostrand", "across the region")


def test_a_place_named_with_the_and_a_word_for_land_or_water_is_a_place():
    # aliases.yaml features: the town's catch, set beside the nation's in its own text, is
    # not the nation's catch that another text reports
    assert one(framed("Boats based in the Westman Islands landed 210,000 tonnes of fish last "
                      "year."), "210,000 tonnes").place == "Westman Islands"
    assert one(framed("Floods have displaced 41,000 people across the Mekong Delta."),
               "41,000").place == "Mekong Delta"
    fs = findings_of({
        "a": "Harbour fleet lands record catch\n\nThe country's vessels landed 1.42 million "
             "tonnes of fish in 2025, the statistics office said.",
        "b": "Harbour notes\n\nBoats based in the Westman Islands landed 210,000 tonnes of "
             "fish in 2025, a record for the town. Nationally, the fleet landed 1.42 million "
             "tonnes of fish in 2025."})
    assert warnings(fs, "agreement") == []
    # a body written with "the" is no place of this kind
    assert one(framed("Shares of the firm rose 4% in the Senate debate."), "4%").place == ""


def test_shares_of_them_are_no_measure():
    fs = findings_of({"a": "In 2019, the city rebuilt 2,000 homes, 64 percent of them in the "
                           "hills.",
                      "b": "In 2019, the county relocated 900 families, 30 percent of them in "
                           "the hills."})
    assert warnings(fs, "agreement") == []


def test_a_time_after_by_is_not_an_actor():
    claims = framed("The fire had burned 11,900 acres by Saturday evening, and 400 homes were "
                    "lost by March.")
    assert one(claims, "11,900 acres").actor == ""


def test_the_verb_right_before_a_figure_is_its_event_not_the_next_clause_verb():
    claims = framed("The storm has destroyed 112 homes and damaged 38 others, officials said.")
    assert one(claims, "112").measure == "home destroyed"
    assert one(claims, "38").measure == "damaged"


def test_a_participle_after_an_article_describes_another_noun_not_the_figures():
    claims = framed("Divers recovered 19 bodies from the collapsed tunnel. Storms destroyed "
                    "300 homes in the flooded valley.")
    assert one(claims, "19").measure == "body"
    assert one(claims, "300").measure == "home destroyed"


def test_a_share_that_restates_a_planned_figure_is_planned():
    claims = framed("The club expects a crowd of about 44,000, or over 90 percent of capacity. "
                    "Last season 27,400 fans came, or about 88 percent of capacity.")
    assert one(claims, "90 percent").status == "planned"
    assert one(claims, "88 percent").status == "actual"


def test_a_figure_its_text_takes_back_is_disputed_and_corroborates_nothing():
    claims = framed("The auditor said the arena cost $880 million, not the $820 million the "
                    "city announced.")
    assert one(claims, "$820 million").status == "disputed"
    assert one(claims, "$880 million").status == "actual"
    fs = findings_of({"a": "ARENA, May 2, 2023 (Wire) -- The arena cost $820 million.",
                      "b": "ARENA, May 9, 2024 (Wire) -- The auditor said the arena cost $880 "
                           "million, not the $820 million the city announced."})
    assert [f for f in fs if f.rule == "agreement" and "$820 million" in f.message] == []


def test_a_units_name_before_a_noun_is_the_place_not_the_actor():
    claims = framed("The Elm County outbreak, which officials now put at 75 cases, began in "
                    "May. Birch Province sent 300 nurses.")
    assert (one(claims, "75").place, one(claims, "75").actor) == ("Elm County", "")
    assert one(claims, "300").actor == "Birch Province"


def test_a_named_event_that_did_the_harm_is_the_actor():
    claims = framed("The Ridgeback fire has killed 12 people. Hurricane Lena destroyed 300 "
                    "homes. The fire has burned 4,000 acres.")
    assert one(claims, "12").actor == "Ridgeback fire"
    assert one(claims, "300").actor == "Hurricane Lena"
    assert one(claims, "4,000 acres").actor == ""


def test_people_a_plant_employs_are_employed():
    assert one(framed("The plant employs 4,200 people."), "4,200").measure == "employed"


def test_one_name_at_a_sentence_start_that_gives_is_the_actor():
    claims = framed("Norvia promised 120 million dollars. Donors pledged 1.8 billion dollars. "
                    "Investment reached 5 billion dollars.")
    assert one(claims, "120 million dollars").actor == "Norvia"
    assert one(claims, "1.8 billion dollars").actor == ""
    assert one(claims, "5 billion dollars").actor == ""


def test_values_many_times_apart_are_two_scopes_not_one_figure_misreported():
    def text(day: str, sentence: str) -> str:
        return f"Homes\n\nUpdated: 2026-04-{day} 16:20\n\n{sentence}"
    fs = findings_of({"a": text("03", "The plan will build 1.5 million homes by 2029."),
                      "b": text("04", "The plan will build 3,800 homes by 2029.")})
    assert not warnings(fs, "agreement")
    # (two digits swapped may be as far apart: "17.7 billion" printed as "71.7 billion")
    fs = findings_of({"a": text("03", "The plan will build 17,700 homes by 2029."),
                      "b": text("04", "The plan will build 71,700 homes by 2029.")})
    assert [f.rule for f in fs if f.severity != "info"] == ["transposed-digits"]
    # ... in the same places: "6.2 billion" and "26 billion" are no swap
    fs = findings_of({"a": text("03", "The Harbour Bridge will cost 6.2 billion pounds by 2030."),
                      "b": text("04", "The Harbour Bridge will cost 26 billion pounds by 2030.")})
    assert [f.rule for f in fs if f.severity != "info"] == []


def test_two_parts_of_a_whole_are_one_quantity_only_if_they_say_the_same_part():
    def text(day: str, part: str) -> str:
        return (f"Roads\n\nVELDA, Feb. {day}, 2025 (Wire) -- Of the 1,412 people killed on "
                f"Norland's roads last year, {part}, the ministry said.")
    fs = findings_of({"a": text("21", "712 died in cities"),
                      "b": text("22", "640 were pedestrians"),
                      "c": text("23", "380 were killed on motorways")})
    assert not warnings(fs, "agreement")
    fs = findings_of({"a": text("21", "712 died in cities"),
                      "b": text("22", "698 died in cities")})
    assert len(warnings(fs, "agreement")) == 1


def test_a_rate_named_as_the_subject_is_what_its_percentage_measures():
    day = dt.date(2026, 4, 3)
    cases = {"Estara's unemployment rate fell to 5.2 percent in March.":
             ("unemployment", "Estara"),
             "The jobless rate in Estara dropped to 5.3 percent.": ("unemployment", "Estara"),
             "Turnout was 61.2 percent.": ("turnout", ""),
             "Youth unemployment fell to 14.1 percent.": ("youth unemployment", ""),
             "Unemployment among young people rose to 14 percent.":
             ("unemployment among young people", ""),
             "Unemployment: 5.2% in March": ("unemployment", ""),
             # a change sets no rate, nor does "the rate" alone
             "The economy grew 2.1 percent.": ("", ""),
             "The rate was 4 percent.": ("", "")}
    for text, (measure, place) in cases.items():
        (c,) = [c for c in framed(text, day) if c.kind == "percent"]
        assert (c.measure, c.place, c.actor) == (measure, place, ""), text
    # a labelled line that names whose share it is keeps that as its actor
    (c,) = [c for c in framed("Germany: 64.7%", day) if c.kind == "percent"]
    assert (c.measure, c.actor) == ("", "Germany")


def test_two_countries_rates_are_two_quantities_and_one_countrys_disagree():
    def text(day: str, sentence: str) -> str:
        return f"News\n\nUpdated: 2026-04-{day} 16:20\n\n{sentence}"
    fs = findings_of({
        "a": text("03", "Estara's unemployment rate fell to 5.2 percent in March."),
        "b": text("03", "Norvia's unemployment rate rose to 6.8 percent in March."),
        "c": text("04", "In Norvia, the jobless rate climbed to 6.9 percent in March.")})
    # (6.8 and 6.9 percent may both be 6.85 rounded, as 5.2 and 5.3 may be 5.25)
    assert not warnings(fs, "agreement")
    fs = findings_of({
        "a": text("03", "Estara's unemployment rate fell to 5.2 percent in March."),
        "b": text("04", "The jobless rate in Estara dropped to 5.4 percent in March.")})
    assert len(warnings(fs, "agreement")) == 1


def test_the_name_that_owns_the_subject_is_the_actor_when_none_other_is():
    def text(day: str, name: str, n: str) -> str:
        return (f"Measles\n\nUpdated: 2026-04-0{day} 16:20\n\n{name}'s two-week measles "
                f"vaccination campaign reached {n} million children, the ministry said.")
    assert one(framed(text("3", "Kenya", "3.7")), "3.7 million").actor == "Kenya"
    # two countries' campaigns are two running totals, not one that fell
    fs = findings_of({"a": text("3", "Kenya", "3.7"), "b": text("4", "Uganda", "2.9")})
    assert not warnings(fs, "monotonic")
    fs = findings_of({"a": text("3", "Kenya", "3.7"), "b": text("4", "Kenya", "2.9")})
    assert warnings(fs, "monotonic")


def test_one_name_at_a_sentence_start_that_sells_or_hires_is_the_actor():
    claims = framed("Korvex sold 52 million phones in the second quarter. Ostara hired 1,200 "
                    "staff in 2025. Production rose to 3 million phones. Attendance reached "
                    "40,000 in May.")
    assert one(claims, "52 million").actor == "Korvex"
    assert one(claims, "1,200").actor == "Ostara"
    assert one(claims, "3 million").actor == ""
    assert one(claims, "40,000").actor == ""
    # so two makers' sales of one quarter are not one quantity that disagrees
    fs = findings_of({"a": "News\n\nUpdated: 2026-07-08 16:20\n\nKorvex sold 52 million "
                           "phones in the second quarter, a research firm said.",
                      "b": "News\n\nUpdated: 2026-07-09 10:20\n\nPellam sold 58 million "
                           "phones in the second quarter, a research firm said."})
    assert not warnings(fs, "agreement")


def test_since_a_thing_began_in_a_year_is_a_period_from_that_year():
    c = one(framed("More than 14,000 teachers have taught in the region since the programme "
                   "began in 2010.", dt.date(2020, 9, 15)), "14,000")
    assert (c.aggregation, c.time_scope, c.time) == ("cumulative", "period", "2010–2020")
    c = one(framed("The telescope has found more than 660 pulsars since it began operating "
                   "in 2016.", dt.date(2022, 4, 2)), "660")
    assert (c.aggregation, c.time_scope, c.time) == ("cumulative", "period", "2016–2022")


def test_who_reports_a_figure_is_not_who_acted():
    claims = framed("About 15,600 teachers were sent, according to a report by the Ministry "
                    "of Education. The school was built with $3 million from the Hale Trust.")
    assert one(claims, "15,600").actor == ""
    assert one(claims, "$3 million").actor == "Hale Trust"


def test_the_words_before_an_acting_noun_are_part_of_the_actor():
    claims = framed("The county rebuilt 289 schools. The neighbouring county rebuilt 298 "
                    "schools.")
    assert (one(claims, "289").actor, one(claims, "298").actor) == \
        ("county", "neighbouring county")


def test_a_time_after_a_figure_is_not_what_it_counts():
    claims = framed("The outbreak has grown to 58 cases, up from 42 a week earlier.")
    assert one(claims, "42").subject == ""
    assert one(claims, "58").aggregation == "cumulative"
    claims = framed("The observatory has found 800 pulsars, up from 660 eighteen months "
                    "earlier and 240 two years before that.")
    assert one(claims, "660").subject == "" and one(claims, "240").subject == ""


def test_a_year_right_after_a_figure_beats_a_last_year_said_of_the_figure_before():
    claims = framed("The vaccination rate fell to 81 percent last school year, from 89 percent "
                    "in 2019.", dt.date(2026, 2, 10))
    assert (one(claims, "81 percent").time, one(claims, "89 percent").time) == ("2025", "2019")


def test_this_year_right_after_a_figure_beats_a_last_year_that_dates_an_event_before_it():
    claims = framed("Repairs to a harbour damaged by storms last year will get 8 billion yuan "
                    "($1.1 billion) this year, about twice last year's sum, the port said.",
                    dt.date(2023, 3, 9))
    for surface in ("8 billion yuan", "$1.1 billion"):
        assert (one(claims, surface).time_scope, one(claims, surface).time) == ("year", "2023")
    # the base the figure is set against keeps its own year
    claims = framed("The port got 8 billion yuan this year, up from 5 billion yuan last year.",
                    dt.date(2023, 3, 9))
    assert (one(claims, "8 billion yuan").time, one(claims, "5 billion yuan").time) == \
        ("2023", "2022")
    # both said after the figure: no year is taken as the figure's own here
    claims = framed("The port got 8 billion yuan this year from last year's 5 billion yuan.",
                    dt.date(2023, 3, 9))
    assert one(claims, "8 billion yuan").time == "2023"


def test_by_the_end_of_last_year_closing_the_clause_dates_every_figure_its_verb_takes():
    claims = framed("Officials said about 3.4 billion crowns had paid for 176 repair projects "
                    "along the coast by the end of last year.", dt.date(2026, 3, 2))
    for surface in ("3.4 billion crowns", "176"):
        c = one(claims, surface)
        assert (c.time_scope, c.time, c.aggregation) == ("as_of", "2025", "cumulative")
    # not past a comma, nor into the base a figure is set against
    claims = framed("Officials said 176 repair projects had been finished along the coast, "
                    "most of them by the end of last year.", dt.date(2026, 3, 2))
    assert one(claims, "176").time == ""
    claims = framed("Officials said 176 repair projects had been finished in May and 90 by the "
                    "end of last year.", dt.date(2026, 3, 2))
    assert one(claims, "176").time != "2025"


def test_a_known_figure_with_what_was_done_to_it_is_done_whatever_the_verb_before_plans():
    day = dt.date(2026, 3, 2)
    assert one(framed("The council will rebuild the 420 homes destroyed by the storm.", day),
               "420").status == "actual"
    assert one(framed("Auditors asked how the surplus could be spent, set against the 61 "
                      "million euros raised by the appeal.", day),
               "61 million euros").status == "actual"
    # not a figure the text introduces, nor a participle with a deadline
    assert one(framed("The valley is to see 3,000 more people relocated.", day),
               "3,000").status == "planned"
    assert one(framed("The fund will need the 61 million euros raised by May.", day),
               "61 million euros").status == "planned"
    # "by" a storm names who did it, not by when
    c = one(framed("The council will rebuild the 420 homes destroyed by the October 2024 "
                   "storm before 2027.", day), "420")
    assert (c.measure, c.status) == ("home destroyed", "actual")
    # the whole some part is of keeps its own participle ("had been rebuilt" is the 96's)
    assert one(framed("Only 96 of the 420 homes destroyed by the storm had been rebuilt.", day),
               "420").measure == "home destroyed"
    # a verb in the past tense before the next figure is no participle of the figure
    assert one(framed("The 300 million shares sold raised 9.6 billion crowns.", day),
               "300 million").measure != "share paid"


def test_a_part_named_before_its_whole_counts_the_wholes_noun_and_its_own_verb():
    day = dt.date(2026, 3, 3)
    claims = framed("Only 96 of the 420 homes destroyed by the storm had been rebuilt.", day)
    part, whole = one(claims, "96"), one(claims, "420")
    assert (part.subject, part.measure, part.aggregation) == ("homes", "home built", "part")
    assert whole.measure == "home destroyed"
    claims = framed("About 9,000 of the 12,000 residents had returned home by Sunday.", day)
    assert one(claims, "9,000").aggregation == "part"
    # the whole is only what its own words say: the part's verb is not said of it
    assert one(framed("Fewer than 30 of the 140 pupils were vaccinated.", day),
               "140").measure == "pupil"
    # a relative clause before the verb: whose verb it is, is not read
    claims = framed("The convoy brought 80 of the 500 trucks a day that agencies say are "
                    "needed.", day)
    assert one(claims, "80").aggregation != "part"


def test_spend_is_a_word_of_spending():
    c = one(framed("The ministry plans to spend 6 million crowns on drainage.",
                   dt.date(2026, 3, 2)), "6 million crowns")
    assert (c.measure, c.status) == ("invested", "planned")


def test_the_kind_named_before_an_event_noun_and_of_is_part_of_the_measure():
    day = dt.date(2009, 1, 9)
    claims = framed("By the end of 2008, outlays on the Velmar dam stood at a dynamic "
                    "investment of 181.5 billion crowns, equal to a static investment of "
                    "122.9 billion crowns.", day)
    assert (one(claims, "181.5 billion crowns").measure,
            one(claims, "122.9 billion crowns").measure) == ("dynamic invested",
                                                             "static invested")
    assert one(framed("The city announced an additional investment of 5 billion crowns.",
                      day), "5 billion crowns").measure == "additional invested"
    # frames.yaml plain_modifiers say when or how sure, and actor nouns who: no kind
    assert one(framed("Officials gave a final toll of 300.", day), "300").measure == "killed"
    assert one(framed("The plan foresees government spending of 8 billion crowns.", day),
               "8 billion crowns").measure == "invested"


def test_the_kind_that_opens_the_first_sentence_after_a_dateline_is_kept():
    for text in ("VELDA, Feb. 20, 2025 (Wire) -- Cycling deaths fell to 212 last year.",
                 "Cycling deaths fell to 212 last year.",
                 "KESTON - Cycling deaths fell to 212 last year."):
        assert one(framed(text, dt.date(2025, 2, 20)), "212").measure == "cycling killed"
    # a capital inside the clause is a name, no kind
    assert one(framed("The NAO said investment reached 5 billion crowns.", dt.date(2025, 2, 20)),
               "5 billion crowns").measure != "nao invested"


def test_a_count_at_this_point_last_year_is_part_of_that_year_not_its_whole():
    text = ("PORTVALE, Feb. 20, 2026 (Wire) -- So far this year, police have recorded 11 "
            "homicides, against 14 at this point last year. Police recorded 118 homicides "
            "last year.")
    claims = framed(text)
    assert (one(claims, "14").time_scope, one(claims, "14").time) == ("part", "2025 to 02-20")
    assert (one(claims, "118").time_scope, one(claims, "118").time) == ("year", "2025")
    # nor is it one running total with this year's: no fall from 14 to 11, no disagreement
    assert [f for f in findings_of({"t": text}) if f.severity != "info"] == []


def test_this_season_is_the_texts_year_as_last_season_is_the_year_before():
    claims = framed("The striker has 34 league goals this season, after 21 last season.",
                    dt.date(2026, 4, 27))
    assert (one(claims, "34").time, one(claims, "21").time) == ("2026", "2025")


def test_a_total_that_now_stands_at_or_has_passed_a_figure_is_the_subjects_measure():
    claims = framed("Promises of money to rebuild the old theatre now total €80 million. "
                    "Donations to the theatre have passed €95 million.")
    assert one(claims, "€80 million").measure == "pledged"
    assert one(claims, "€95 million").measure == "donated"


def test_money_raised_by_an_appeal_is_money_collected():
    assert one(framed("The hospital appeal has raised £2.9 million."), "£2.9 million").measure \
        == "paid"


def test_the_kind_of_event_named_before_it_is_part_of_the_measure():
    # "pedestrian deaths" and "motorcyclist deaths" of one road-safety report are two series
    c = one(framed("Pedestrian deaths rose to 318 from 296."), "318")
    assert c.measure == "pedestrian killed"
    c = one(framed("Motorcyclist deaths fell to 264 last year."), "264")
    assert c.measure == "motorcyclist killed"
    # a generic noun or a determiner names no kind
    assert "people" not in one(framed("The number of people killed has gone up to 2,698."),
                               "2,698").measure
    assert one(framed("The death toll rose to 193."), "193").measure == "killed"
    # "deaths" and "death" are one event, however the noun is inflected
    assert one(framed("The agency counted 1,412 deaths in 2022."), "1,412").measure == "killed"
    # ... and so is the kind of a change stated with "by": overdose deaths are no murders
    c = one(framed("Overdose deaths dropped by about a quarter last year."), "a quarter")
    assert c.measure == "overdose killed"
    assert one(framed("Road deaths fell by 5 percent in 2024."), "5 percent").measure == \
        "road killed"
    # ... or named after it, with "among" or "of": the deaths of some are not all deaths
    c = one(framed("Deaths among children under five in Dravia have reached 312."), "312")
    assert c.measure == "child killed"
    c = one(framed("Deaths of migrants at sea reached 2,450."), "2,450")
    assert c.measure == "migrant killed"
    assert one(framed("Deaths of the year rose to 40."), "40").measure == "killed"


def test_a_rate_per_day_or_per_person_is_not_a_years_count():
    text = "Every day, almost four people die on the roads: 1,412 in 2022."
    assert (one(framed(text), "four").aggregation, one(framed(text), "1,412").aggregation) == \
        ("rate", "flow")
    assert one(framed("The rate fell to 5.1 per 100,000 people."), "5.1").aggregation == "rate"
    assert one(framed("The clinic treats 300 patients a day."), "300").aggregation == "rate"
    # "a day later" is a time
    assert one(framed("Some 300 doctors arrived, and a day later 200 more came."),
               "300").aggregation != "rate"
    # a rate word of another phrase, before a comma, is not the figure's
    c = one(framed("The mill can grind 900 tonnes a day, a fifth of the daily harvest, and "
                   "cost $41 million."), "$41 million")
    assert c.aggregation != "rate"
    assert one(framed("The town's daily output of 40 tonnes fell."), "40 tonnes").aggregation \
        == "rate"


def test_the_year_before_is_the_year_before_the_one_the_sentence_states():
    c = one(framed("The agency counted 1,412 deaths in 2022, against 1,478 the year before."),
            "1,478")
    assert (c.time_scope, c.time) == ("year", "2021")
    c = one(framed("Exports fell to 300 tonnes, from 340 tonnes a year earlier.",
                   dt.date(2023, 3, 1)), "340 tonnes")
    assert (c.time_scope, c.time) == ("year", "2022")


def test_a_year_is_no_actor():
    c = one(framed("The agency aims to halve deaths by 2030 from the 2020 level of 1,520."),
            "1,520")
    assert c.actor == ""


def test_no_kind_is_read_before_an_event_verb_and_no_subject_from_a_time():
    c = one(framed("The hospital appeal has now raised £10.1 million."), "£10.1 million")
    assert c.measure == "paid"
    c = one(framed("The appeal has raised £10.4 million in its first week."), "£10.4 million")
    assert c.subject == "" and c.measure == "paid"
    c = one(framed("Revenue rose to 4.2 billion kroner in the second quarter."),
            "4.2 billion kroner")
    assert "quarter" not in c.subject


def test_the_second_giver_of_a_clause_whose_verb_is_left_out():
    text = ("Japan promised $80 million and the United States $16 million, officials said.")
    c = one(framed(text), "$16 million")
    assert (c.actor, c.measure, c.status) == ("United States", "pledged", "planned")
    text = "The bank pledged 700 million dollars, the European Union 300 million euros."
    assert one(framed(text), "300 million euros").actor == "European Union"
    # no amount before the name: no giver left out
    assert one(framed("Japan promised, and Korea 300 million yen."), "300 million yen").actor \
        == ""


def test_each_giver_of_a_list_of_names_with_their_amounts():
    text = ("The largest pledges came from the Harbour Fund, with $500 million, and the "
            "Vale Union, with about $380 million.")
    first, second = one(framed(text), "$500 million"), one(framed(text), "$380 million")
    assert (first.actor, second.actor) == ("Harbour Fund", "Vale Union")
    assert (second.measure, second.status) == (first.measure, first.status) == \
        ("pledged", "planned")
    c = one(framed("The biggest donors were Brenna, with $40 million, and Tosk, with $25 "
                   "million."), "$25 million")
    assert (c.actor, c.measure) == ("Tosk", "donated")
    # a count after a name and "with" is not a giver's: "Italy, with 88,400 arrivals"
    assert one(framed("Corvia, with 88,400 arrivals, took the most."), "88,400").actor == ""


def test_a_weekday_with_its_possessive_is_no_place():
    c = one(framed("The ministry said 1.12 million people took part in Thursday's strikes."),
            "1.12 million")
    assert c.place == ""


def test_the_year_a_plan_was_launched_does_not_date_its_aim():
    text = ("Moves\n\nCORBY, May 3, 2007 (Wire) -- The city will complete a programme "
            "launched in 1993 to move 940,000 people.")
    c = one(framed(text), "940,000")
    assert c.time != "1993" and c.period == "2007" and not c.period_stated
    # a year the aim itself names still dates it
    c = one(framed(text.replace("people.", "people by 2009.")), "940,000")
    assert c.period_end == 2009


def test_a_year_that_dates_an_aside_does_not_date_the_figure():
    c = one(framed("Marlow, founded in 2011, has about 900 employees."), "900")
    assert c.time_scope == "" and not c.period_stated
    c = one(framed("Founded in 1998, the bakery now has 40 staff."), "40")
    assert not c.period_stated
    c = one(framed("Fair\n\nCORBY, May 3, 2025 (Wire) -- The fair, first held in 1962, drew "
                   "80,000 visitors."), "80,000")
    assert c.time_scope == "" and c.period == "2025"
    # an apposition's noun may stand before the participle
    c = one(framed("Veltra, the heat exchanger maker founded in 1998, said it would cut 5 "
                   "percent of its 13,100 staff."), "13,100")
    assert c.time_scope == "" and not c.period_stated
    # ... but not without the comma that closes it: this is the main clause
    c = one(framed("With 1,200 staff, the heat exchanger maker founded in 1998 a plant."),
            "1,200")
    assert c.period_stated
    # a year in the figure's own clause still dates it
    c = one(framed("The mill, which employed 900 people in 2011, now has 1,200."), "900")
    assert c.time == "2011"
    assert not one(framed("The mill, which employed 900 people in 2011, now has 1,200."),
                   "1,200").period_stated


def test_a_relative_clause_keeps_its_figure_from_the_main_verb():
    # the plan and the buyer belong to the main clause, not to the workforce in the aside
    c = one(framed("Tamsin Foods, which employs about 900 people at its Derby site, will be "
                   "bought by Orrin Group for $2 billion."), "900")
    assert c.status == "actual" and c.actor == ""
    # a second verb with "and will" is a second predicate
    c = one(framed("The Derby plant employs 4,900 and will lose 1,700 jobs."), "4,900")
    assert c.status == "actual"


def test_a_workforce_is_one_measure_however_it_is_worded():
    words = ["The firm employs 2,300 people.", "The firm has 2,300 employees.",
             "The firm has a staff of 2,300.", "Its headcount stood at 2,300."]
    assert {one(framed(t), "2,300").measure for t in words} == {"employed"}
    # a lay-off is a change of the workforce, not its size
    c = one(framed("The firm laid off 300 employees in 2023."), "300")
    assert c.aggregation == "change"


def test_a_conjunction_is_no_kind_of_the_measure():
    c = one(framed("The mayor said that although pledges now stand at $85 million, more is "
                   "needed."), "$85 million")
    assert c.measure == "pledged"


def test_the_noun_of_the_list_item_before_is_not_the_next_figures_event():
    claims = framed("The envoy credited the corridor with 15,000 jobs, 820 megawatts of power "
                    "and 51 kilometres of road.")
    assert one(claims, "820 megawatts").measure == "power"
    assert one(framed("The plants are producing 600MW of power."), "600MW").measure == \
        "power produced"


def test_counts_dated_to_different_days_of_one_year_are_not_one_quantity():
    text = ("Dam toll\n\nJune 3, 2024\n\nOn May 28, 2024, at least 14 people were killed when "
            "the dam failed.\n\nOn June 2, 2024, officials said 27 people had died.\n")
    assert warnings(findings_of({"t": text}), "agreement") == []
    c = one(framed(text), "14")
    assert (c.time_scope, c.time) == ("day", "2024-05-28")


def test_years_ago_today_dates_the_figure_to_that_very_day():
    text = "A year ago today, at least 310 people died when the river burst its banks."
    c = one(framed(text, dt.date(2019, 8, 9)), "310")
    # the anniversary's day, and no flow: "a year ago" is no "a year" per period
    assert (c.time_scope, c.time, c.aggregation) == ("day", "2018-08-09", "")
    c = one(framed("Three years ago today, the storm destroyed 1,200 homes.",
                   dt.date(2024, 2, 29)), "1,200")
    assert (c.time_scope, c.time) == ("day", "2021-02-28")
    # without "today" it names no day
    c = one(framed("Three years ago, the storm destroyed 1,200 homes.", dt.date(2024, 3, 1)),
            "1,200")
    assert c.time_scope != "day"


def test_the_date_that_labels_a_line_of_a_timeline_dates_each_sentence_on_it():
    text = ("Dam timeline\n\nPublished: June 3, 2024\n\n"
            "- 2011: Inspectors warn that repairs will cost $12 million.\n"
            "- May 28, 2024: The dam fails. At least 14 people are killed.\n"
            "- June 2, 2024: The toll rises. Officials say 27 people died.\n")
    claims = framed(text)
    assert one(claims, "14").time == "2024-05-28"
    assert one(claims, "27").time == "2024-06-02"
    assert one(claims, "$12 million").period == "2011"
    assert warnings(findings_of({"t": text}), "agreement") == []


def test_a_day_with_no_year_that_labels_a_line_is_of_the_last_such_day_before_the_text():
    text = ("Ship outbreak timeline\n\nPublished: January 22, 2026\n\n"
            "Jan. 13: 243 people sick.\nJan. 17: 341 people sick.\nDec. 30: 12 crew hired.\n")
    claims = framed(text)
    assert one(claims, "243").time == "2026-01-13"
    assert one(claims, "341").time == "2026-01-17"
    assert one(claims, "12").time == "2025-12-30"  # after the text's day: the year before
    # a text with no date of its own dates no day
    assert one(framed(text.replace("Published: January 22, 2026", "Notes")), "243").time \
        != "2026-01-13"


def test_an_aside_with_its_own_predicate_is_not_in_the_perfect_of_the_clause_before():
    claims = framed("At least 212 passengers have fallen ill on the Aurora Star, a cruise ship "
                    "carrying 2,800 passengers and 1,100 crew, officials said.",
                    dt.date(2026, 1, 14))
    assert one(claims, "2,800").aggregation != "cumulative"
    assert one(claims, "1,100").time_scope != "as_of"
    c = one(framed("The fire has destroyed 240 homes, officials said.", dt.date(2026, 1, 14)),
            "240")
    assert (c.time_scope, c.aggregation) == ("as_of", "cumulative")


def test_where_an_event_happened_by_name_is_no_part_of_its_measure():
    c = one(framed("The number of people sick on the Aurora Star has risen to 287."), "287")
    assert c.measure == "infected"


def test_cases_count_the_infected_only_in_a_text_about_an_outbreak():
    assert one(framed("The norovirus outbreak now stands at 341 cases."), "341").measure \
        == "infected"
    assert one(framed("The court heard 341 cases last year."), "341").measure == "case"


def test_a_year_after_than_dates_the_base_of_the_comparison():
    c = one(framed("Riders made 1.6 million trips, 23 percent more than in 2020."),
            "1.6 million")
    assert not c.period_stated
    c = one(framed("Exports rose to $3 billion in 2021, up from $2 billion in 2019."),
            "$3 billion")
    assert c.period == "2021"


def test_a_year_before_against_dates_the_first_side_not_the_base():
    text = "The line carried 4.8 million passengers in 2023, against 1.3 million in its first year."
    claims = framed(text)
    assert one(claims, "4.8 million").time == "2023"
    assert not one(claims, "1.3 million").period_stated
    # so another text's count of 2023 is no disagreement with the first year's
    assert warnings(findings_of({"a": text, "b": "The line carried 4.8 million passengers "
                                 "in 2023, the operator said."}), "agreement") == []
    # a year before "from" still dates the change it opens
    c = one(framed("In 2023, sales rose from 1.2 million units to 1.5 million units."),
            "1.2 million")
    assert c.period == "2023" and c.period_stated


def test_a_figure_in_a_when_clause_after_since_is_of_that_year():
    # "the worst since 1998, when 4,150 people died": the clause tells of 1998 alone; the
    # toll is no running total from 1998 to the text's day
    text = ("Floods\n\nLORVA, July 2, 2025 -- The flood is the worst since 1998, when 4,150 "
            "people died.")
    c = one(framed(text), "4,150")
    assert (c.period, c.aggregation) == ("1998", "flow")
    # without the clause, "since" still opens a period up to the text's year
    c = one(framed("Floods\n\nLORVA, July 2, 2025 -- Since 1998, 4,150 people have died."),
            "4,150")
    assert c.period == "1998–2025"
    # a figure with a thousands separator earlier in the clause does not end it
    text = ("Fire\n\nTARSO, May 4, 2025 -- The fire is the largest since 2017, when a blaze "
            "burned 25,000 hectares and killed 64 people.")
    assert one(framed(text), "64").period == "2017"


@pytest.mark.parametrize(("passive", "active"), [
    ("Some 192,000 jobs are being created by the projects.",
     "The projects created 192,000 jobs."),
    ("About 500 staff were sent to the region.", "The city sent 500 staff to the region."),
])
def test_an_event_noun_in_the_passive_has_the_measure_of_the_active(passive, active):
    # "jobs" is itself a word of employment; the verb it is the subject of says the event
    def measure(text: str) -> str:
        return next(c.measure for c in framed(f"Report\n\n{text}") if c.kind == "count")
    assert measure(passive) == measure(active)


@pytest.mark.parametrize("text", [
    "The average home price has risen to 300,000 crowns.",
    "Per capita disposable income in the county reached 12,500 yuan.",
    "Homes in the capital now sell for 538,000 crowns on average.",
])
def test_a_level_is_no_running_total(text):
    # a price, an income or an average rises and falls: "risen to" does not make it a total
    assert all(c.aggregation != "cumulative" for c in framed(f"Report\n\n{text}")
               if c.kind in ("money", "count"))


def test_money_brought_in_is_money_raised():
    # "bring in" is how revenue and appeals are counted: two texts that print the same sum
    # differently disagree
    assert one(framed("Report\n\nThe appeal brought in 358 million euros."),
               "358 million euros").measure == "paid"
    assert warnings(findings_of({
        "a": "Reform\n\nVALMONT, Jan. 10, 2035 -- The reform would bring in 17.7 billion "
             "euros a year by 2030, the ministry said.",
        "b": "Reform\n\nVALMONT, Jan. 20, 2035 -- The ministry says the reform will bring in "
             "71.7 billion euros a year by 2030."}), "agreement")


def test_a_figure_compared_with_a_years_is_a_flow():
    c = one(framed("Riders made 1.6 million trips, 23 percent more than in 2020."),
            "1.6 million")
    assert c.aggregation == "flow"


def test_an_event_word_that_describes_a_noun_or_opens_another_clause_is_no_event():
    # "the collapsed platform" describes the platform; "before it collapsed" is its clause
    c = one(framed("The court jailed the founder of the collapsed lending platform for "
                   "raising 8.3 billion yuan."), "8.3 billion yuan")
    assert "destroyed" not in c.measure
    c = one(framed("The platform took 8.3 billion yuan from 210,000 investors before it "
                   "collapsed."), "210,000")
    assert "destroyed" not in c.measure
    # a relative clause's verb is the figure's
    c = one(framed("Six months after the quake that killed about 230,000 people, aid is slow."),
            "230,000")
    assert c.measure == "killed"


def test_a_figure_called_for_is_planned():
    # frames.yaml sought: a drive or an appeal for a figure seeks it
    assert one(framed("The ministry began a drive for 4 million children."),
               "4 million").status == "planned"
    assert one(framed("The agency made an appeal for $138 million."),
               "$138 million").status == "planned"
    assert one(framed("Donors gave $52 million for the drive."), "$52 million").status == \
        "actual"
    # frames.yaml plan_for: what a plan was announced or approved for, a time between
    assert one(framed("The waiver announced last April for 92,000 farmers has reached half."),
               "92,000").status == "planned"
    assert one(framed("A package approved for 5,000 families was cut."), "5,000").status == \
        "planned"
    assert one(framed("The waiver has reached 44,000 farmers."), "44,000").status == "actual"


def test_an_idiom_that_starts_with_an_events_word_is_no_event():
    # frames.yaml idioms: approving a line gives no money, raising concerns raises none
    c = one(framed("The cabinet gave the go-ahead to a 32.7 billion pound rail line."),
            "32.7 billion pound")
    assert c.measure == "rail line"
    c = one(framed("The cabinet gave 4 million pounds to a rail line."), "4 million pounds")
    assert c.measure == "donated"
    # a figure "given earlier" was stated, not donated
    c = one(framed("Officials revised the toll to 125, from 174 given earlier in the day."),
            "174")
    assert c.measure != "donated"


def test_what_a_programme_has_done_since_it_began_is_a_running_total():
    # 2005 is when the clinic began, not the year of the 40,000 it has treated since
    c = one(framed("VELDA, May 2, 2024 (Wire) -- The free clinic began in 2005 and has "
                   "treated 40,000 patients."), "40,000")
    assert (c.measure, c.time_scope, c.time, c.aggregation) == \
        ("patient treated", "as_of", "2024-05-02", "cumulative")


def test_a_time_in_an_aside_dates_the_aside_not_the_figure():
    # the fund was agreed a year earlier; its pledges stand at $730 million now
    c = one(framed("BAKU, Nov. 24, 2024 (AP) -- The fund, agreed a year earlier, has so far "
                   "received pledges of about $730 million."), "$730 million")
    assert (c.time_scope, c.time) == ("as_of", "2024-11-24")
    # a year earlier said of the figure itself still dates it
    c = one(framed("BAKU, Nov. 24, 2024 (AP) -- The fund had received pledges of $400 "
                   "million a year earlier."), "$400 million")
    assert (c.time_scope, c.time) == ("year", "2023")


@pytest.mark.parametrize("text", [
    "The season, the worst since records began in 1998, ended with 64,000 cases.",
    "It was the worst season since 1998, with 64,000 cases.",
    "Marula had its deadliest outbreak since 1998 this spring, with 64,000 cases.",
])
def test_a_year_a_record_is_measured_from_dates_no_later_figure(text):
    c = one(framed(text, D(2024, 6, 28)), "64,000")
    assert c.period == "2024" and not c.period_stated
    # a launch dates what has been done since
    c = one(framed("Since the clinic opened in 2010, it has treated 64,000 patients.",
                   D(2024, 6, 28)), "64,000")
    assert c.period == "2010–2024"


def test_a_record_after_the_figure_dates_no_figure_before_it():
    # "the deadliest since 1999" after the toll ranks the storm; 1999 is not when it killed
    c = one(framed("The storm killed 53 people last week, the deadliest storm since 1999.",
                   D(2026, 10, 12)), "53")
    assert c.period == "2026" and not c.period_stated
    c = one(framed("Gale Orla, which killed 53 people in Marula last week, was the strongest "
                   "storm to hit the coast since 1999.", D(2026, 10, 12)), "53")
    assert c.period == "2026"
    # a launch after the figure still dates what has been done since
    c = one(framed("The telescope has found 660 pulsars since it began operating in 2016.",
                   D(2024, 6, 28)), "660")
    assert c.period == "2016–2024"


def test_a_years_total_so_far_is_as_of_the_texts_day():
    text = ("Fever\n\nPORT ESSEN, Feb. 9, 2024 (Wire) -- Marula has recorded 18,400 dengue "
            "cases so far this year, the ministry said.")
    c = one(framed(text), "18,400")
    assert (c.time_scope, c.time, c.aggregation) == ("as_of", "2024-02-09", "cumulative")
    later = text.replace("Feb. 9", "Feb. 23").replace("18,400", "{}")
    # so a later text's larger total is the same running total grown, not a disagreement;
    # a smaller one is a fall
    grown = findings_of({"a": text, "b": later.format("27,150")})
    assert [f for f in grown if f.severity != "info"] == []
    fallen = findings_of({"a": text, "b": later.format("16,150")})
    assert [f.rule for f in fallen if f.severity != "info"] == ["monotonic"]
    # a year's total told after the year is the year's
    c = one(framed("Fever\n\nPORT ESSEN, Feb. 9, 2025 (Wire) -- In 2024, a total of 31,000 "
                   "cases were recorded."), "31,000")
    assert (c.time_scope, c.time) == ("year", "2024")


def test_a_figure_with_its_own_day_leaves_a_later_year_to_the_next_figure():
    cs = framed("The factory where 14 workers died on Wednesday had failed two safety "
                "inspections in 2024.", D(2025, 10, 4))
    assert one(cs, "14").period != "2024" and one(cs, "two").period == "2024"


def test_a_total_of_several_is_not_the_figure_of_one_of_them():
    c = one(framed("Together, metro and buses carried 708 million passengers in 2025."),
            "708 million")
    assert c.actor == "metro and buses"
    texts = {"a": "CARROW, Jan. 15, 2026 (Wire) -- The metro carried 412 million passengers "
                  "in 2025.",
             "b": "CARROW, Jan. 20, 2026 (Wire) -- Together, metro and buses carried 708 "
                  "million passengers in 2025."}
    assert [f for f in findings_of(texts) if f.severity != "info"] == []


def test_a_region_named_after_across_is_the_figures_place():
    c = one(framed("Across Osterland, fires have burned 402,000 acres so far."), "402,000 acres")
    assert c.place == "Osterland"


def test_the_year_of_an_event_named_after_since_dates_no_figure():
    # 1963 is when independence came, not the year of the line or of its length
    cs = framed("The country opened a 472-km railway, its biggest project since independence "
                "in 1963.", D(2017, 5, 31))
    c = one(cs, "472-km")
    assert (c.period_stated, c.time_scope, c.aggregation) == (False, "", "")


def test_a_place_read_after_the_figure_is_no_measure():
    c = one(framed("Monet sells for $65.5m in New York"), "$65.5m")
    assert c.measure == "sold"  # what happened, not where


def test_an_infinitive_that_governs_the_figure_states_a_goal():
    c = one(framed("The ministry launched a drive on Monday to plant 10 billion trees."),
            "10 billion")
    assert c.status == "planned"
    c = one(framed("The state began a campaign to vaccinate some 4.2 million girls."),
            "4.2 million")
    assert c.status == "planned"
    # a deed, and a result, are done
    assert one(framed("The charity helped to rebuild 300 schools."), "300").status == "actual"
    # and so is a deed in the participle ("after helping to fit ...")
    c = one(framed("The grant scheme closed after helping to fit about 72,000 boilers."),
            "72,000")
    assert c.status == "actual"
    assert one(framed("The city added 210 stations to reach 450."), "450").status == "actual"


def test_a_figure_a_total_is_set_to_top_is_a_floor():
    c = one(framed("The number to be resettled is projected to top 1.4 million."),
            "1.4 million")
    assert c.qualifier == "over" and c.low == 1.4e6
    assert one(framed("The top 10 exporters grew."), "10").qualifier in ("", "exact")


def test_a_day_named_in_a_clause_of_time_is_the_events_not_the_counts():
    text = ("Dam toll\n\nJune 2, 2024\n\nThe number of people killed when the dam failed "
            "last Tuesday has risen to 27, the sheriff said.\n")
    c = one(framed(text), "27")
    assert (c.time_scope, c.time) == ("as_of", "2024-06-02")


def test_a_count_is_never_paid_its_verb_is_its_event():
    # "received" is a payment only of money: visitors received are counted as received,
    # apart from money received and from girls vaccinated
    assert one(framed("The castle has received 150,000 visitors since January."),
               "150,000").measure == "visitor received"
    assert one(framed("The fund has received $150,000 since January."), "$150,000").measure \
        == "paid"
    assert one(framed("Volunteers collected 5,000 signatures."), "5,000").measure == \
        "signature collected"


def test_an_event_said_only_of_people_is_no_event_of_an_amount():
    # "moved" relocates people; an amount of water that moved is only water
    assert one(framed("The canal has moved 41 billion cubic metres of water to the plains."),
               "41 billion cubic metres").measure == "water"
    assert one(framed("The flood has moved 41,000 villagers to the plains."),
               "41,000").measure == "villager relocated"
    # a share of people keeps the event of the people it is a share of
    assert one(framed("About 410,000 workers, or 7 percent of all employees, earn the "
                      "minimum wage."), "7 percent").measure == "employed"


@pytest.mark.parametrize(("text", "surface", "status"), [
    # the fleet's 96 ends the words before 40, not the clause: "will bring" plans both
    ("The order will bring the number of electric trams in its fleet of 96 to 40.", "40",
     "planned"),
    ("Sales are expected to fall 5 percent to 300 units.", "300", "planned"),
    # the verb before the figure before is that figure's own, not a plan said earlier
    ("The firm said it would cut 1,200 jobs after profit fell 31 percent to $2.1 billion.",
     "$2.1 billion", "actual"),
    # a target the figure is held against is the target's plan, not the figure's
    ("The fair closed after drawing 7.3 million visits, beating its target of 7 million.",
     "7.3 million", "actual"),
    ("The fair closed after drawing 7.3 million visits, beating its target of 7 million.",
     "7 million", "planned"),
    ("The fair drew 6.1 million visits, short of its target of 7 million.", "6.1 million",
     "actual"),
    # an estimate of a toll is how a count of what happened is known; an estimated cost is
    # a plan
    ("The ministry raised its estimate of the number killed in the floods to 4,300.",
     "4,300", "actual"),
    ("The storm killed 860 people, far more than earlier estimates.", "860", "actual"),
    ("The repairs are estimated to cost 860 million pesos.", "860 million pesos", "planned"),
])
def test_the_status_of_a_figure_is_its_own_verbs(text, surface, status):
    assert one(framed(text), surface).status == status


def test_figures_after_the_whole_a_sentence_opens_with_are_its_parts():
    claims = framed("VELDA, Feb. 21, 2025 (Wire) -- Of the 1,412 people killed last year, 612 "
                    "died in cities and 800 on rural roads.")
    assert [one(claims, s).aggregation for s in ("1,412", "612", "800")] == \
        ["flow", "part", "part"]


def test_the_month_of_an_event_is_not_the_month_of_its_toll():
    text = "The ministry put the number killed in {} at 4,300."
    assert one(framed(text.format("last month's floods"), D(2025, 7, 10)), "4,300").time_scope \
        == ""
    assert one(framed(text.format("May's deadly floods"), D(2025, 7, 10)),
               "4,300").time_scope == ""
    # a month's own figure keeps its month
    c = one(framed("Floods killed 43 people last month.", D(2025, 7, 10)), "43")
    assert (c.time_scope, c.time) == ("month", "2025-06")


def test_the_missing_are_a_level_and_the_dead_or_missing_one_count():
    # the missing fall as they are found: no running total
    c = one(framed("By Thursday 20 people remained missing, rescuers said.", D(2025, 7, 10)),
            "20")
    assert (c.measure, c.aggregation) == ("missing", "")
    # a count of two events together is neither event's count
    assert one(framed("In all, 43 people were killed or are missing."), "43").measure == \
        "killed or missing"
    assert one(framed("The quake killed 12 people and injured 40."), "12").measure == "killed"
    # a noun and then a verb that takes the next figure are two events, not one count
    claims = framed("The corridor brought $25.4 billion in direct investment and created "
                    "236,000 jobs.")
    assert (one(claims, "$25.4 billion").measure, one(claims, "236,000").measure) == \
        ("direct invested", "job created")
    assert one(framed("The blast killed or injured 300 people."), "300").measure == \
        "killed or injured"
    # the second verb has an object of its own: no town among the dead
    assert one(framed("The quake left 2,600 people dead and levelled the whole town."),
               "2,600").measure == "killed"
    # "confirmed" says how the dead are known, not which dead
    assert one(framed("The search ended with 34 people confirmed dead."), "34").measure == \
        "killed"


def test_water_delivered_transferred_or_sent_north_is_one_measure():
    measures = {one(framed(text), "12 billion cubic metres").measure for text in (
        "The canal has delivered 12 billion cubic metres of water.",
        "The canal has transferred 12 billion cubic metres of water.",
        "The canal has sent 12 billion cubic metres of water north.")}
    assert measures == {"water sent"}


def test_a_figure_in_a_relative_clause_keeps_its_own_status():
    # the plan is the main clause's ("expects ... to fall"); the 310,000 were counted
    c = one(framed("It expects visitor numbers, which reached 310,000 last year, to fall.",
                   D(2025, 5, 20)), "310,000")
    assert c.status == "actual"
    c = one(framed("The firm, which plans to hire 300 people, opened on Monday."), "300")
    assert c.status == "planned"


def test_put_at_names_what_a_figure_estimates():
    # "put X at N", "estimated X at N": X is what the figure measures; "valued the firm at"
    # names the firm, not a quantity, and says nothing
    assert one(framed("Prosecutors put the value of the haul at 600 million euros."),
               "600 million euros").measure == "value haul"
    assert one(framed("Insurers said early estimates put insured losses at about $1.2 billion."),
               "$1.2 billion").measure == "insured loss"
    assert one(framed("Halden agreed to buy Corvex, valuing the firm at about $6.2 billion."),
               "$6.2 billion").measure == ""


def test_a_list_by_year_shares_its_first_figures_measure():
    c = one(framed("Customs seized 116 tonnes of cocaine in 2023 and 44 tonnes in 2024."),
            "44 tonnes")
    assert c.measure == "cocaine seized"
    c = one(framed("The quake killed 300 people in 2010 and 200 in 2013."), "200")
    assert c.measure == "killed"
    # a verb of its own is its own event
    c = one(framed("The quake killed 300 people in 2010 and injured 200 in 2013."), "200")
    assert c.measure == "injured"


def test_cut_to_names_what_a_figure_revises():
    # both sides of "cut X to A from B" are X; a passive "was raised in March to" names none
    text = "Kairo cut its full-year profit forecast to 92 billion yen from 110 billion yen."
    assert [c.measure for c in framed(text) if c.kind == "money"] == \
        ["full-year profit forecast"] * 2
    assert one(framed("It raises the parks budget by 12 percent to $95 million."),
               "$95 million").measure == "park budget"
    assert one(framed("The cost estimate was raised in March to 5.3 billion kroner."),
               "5.3 billion kroner").subject == ""


def test_a_conversion_after_a_time_phrase_restates_the_amount():
    # "in its first three days" stands between the dollars and their yen: one statement,
    # whose frame is the dollars', and "first" is no subject of either
    cs = framed("The game brought in about 735 million dollars in its first three days, "
                "or roughly 110 billion yen.")
    usd, jpy = one(cs, "735 million dollars"), one(cs, "110 billion yen")
    assert usd.linked == (jpy.id,) and jpy.linked == (usd.id,)
    assert usd.measure == jpy.measure == "paid"


def test_the_level_an_amount_has_risen_to_names_it():
    assert one(framed("The Powerball jackpot has climbed to an estimated 1.1 billion dollars."),
               "1.1 billion dollars").measure == "jackpot"
    assert one(framed("Sales rose before the draw for a jackpot that had grown to $1.25 "
                      "billion."), "$1.25 billion").measure == "jackpot"
    # "investment in the project had reached": the subject is not "the project"
    assert one(framed("Investment in the project had reached 207.9 billion yuan."),
               "207.9 billion yuan").measure == "invested"


def test_a_noun_of_an_amount_names_it_but_a_change_or_a_part_does_not():
    assert one(framed("A single ticket won a jackpot of 1.39 billion dollars."),
               "1.39 billion dollars").subject == "jackpot"
    assert one(framed("The bank reported a loss of some 22.6 billion yuan."),
               "22.6 billion yuan").subject == "loss"
    assert one(framed("Sales saw a rise of $5 million."), "$5 million").subject == ""


def test_an_evacuation_relocates_and_people_under_orders_are_a_level():
    c = one(framed("The eruption forced the evacuation of about 3,700 people."), "3,700")
    assert c.measure == "relocated"
    # "under evacuation orders" counts who are so now: a level that falls as people return
    c = one(framed("Evacuation orders now cover 26,000 residents."), "26,000")
    assert c.aggregation != "cumulative"


# --- the incident a toll is of -------------------------------------------------------------

def test_a_toll_is_of_the_incident_its_sentence_or_its_text_names():
    text = ("Ferry toll rises\n\nPosted: 2025-03-04 10:00\n\nA ferry carrying 300 people "
            "capsized on Sunday. The toll from the sinking rose to 58 on Monday. By Tuesday the "
            "number of dead had risen to 61. A storm had been forecast.")
    claims = framed(text)
    # "the sinking", of a ferry, that "capsized on Sunday" (a sudden incident's day)
    assert one(claims, "58").incident == "shipwreck (ferry) on 2025-03-02"
    assert one(claims, "61").incident == "shipwreck (ferry) on 2025-03-02"  # the text's
    assert one(claims, "300").incident == ""  # no toll: the people aboard
    # a text that names two incidents alike is about neither
    claims = framed("A quake struck the valley and a flood followed. The toll rose to 40.",
                    D(2025, 3, 4))
    assert one(claims, "40").incident == ""
    # synonyms are one incident
    claims = framed("The tremor shook the valley. The quake has killed 40 people.", D(2025, 3, 4))
    assert one(claims, "40").incident == "earthquake"
    # a dam that gave way is a collapse, not the measles of another text
    claims = framed("The mining dam gave way on Monday. The confirmed death toll stands at 67.",
                    D(2025, 3, 4))
    assert one(claims, "67").incident.startswith("collapse")
    # the infected of an outbreak are of its disease, as its dead are
    claims = framed("The measles outbreak has infected 4,860 people.", D(2026, 4, 3))
    assert one(claims, "4,860").incident == "measles"
    # so are the homes a disaster destroyed or damaged, however estimated (no plan)
    claims = framed("The floods hit the valley on Monday. The county estimates that 2,100 "
                    "homes were damaged.", D(2026, 4, 3))
    assert (one(claims, "2,100").incident, one(claims, "2,100").status) == ("flood", "actual")
    # a year's homicides are killings of no disaster
    claims = framed("The city recorded 118 homicides in 2025.", D(2026, 1, 8))
    assert one(claims, "118").incident == "homicide"


def test_a_sudden_incident_is_of_the_day_its_text_says_it_happened():
    def incident(text: str) -> str:
        return one(framed(text, D(2025, 8, 6)), "58").incident
    assert incident("The ferry capsized off Tarso on Sunday. The toll rose to 58.") == \
        "shipwreck (ferry) on 2025-08-03"
    assert incident("The toll from Sunday's ferry disaster rose to 58.") == \
        "shipwreck (ferry) on 2025-08-03"
    assert incident("The toll from the sinking on 3 August rose to 58.") == \
        "shipwreck on 2025-08-03"
    assert incident("The quake that struck on March 2, 2025 has killed 58 people.") == \
        "earthquake on 2025-03-02"
    # the day of a count, or a day after another dating, is no day of the incident
    assert incident("The toll from the sinking rose to 58 on Monday.") == "shipwreck"
    assert incident("The search for those lost when the ferry capsized a week ago ended on "
                    "Saturday. The toll stands at 58.") == "shipwreck (ferry)"
    # a fire goes on for weeks: the day its text names may be any of them
    assert incident("The fire reached the town on Sunday and has killed 58 people.") == "fire"
    from crosscheck.frame import same_incident
    assert same_incident("shipwreck (ferry) on 2025-08-03", "shipwreck (ferry) on 2025-08-04")
    assert same_incident("shipwreck (ferry) on 2025-08-03", "shipwreck (ferry)")
    assert not same_incident("shipwreck (ferry) on 2025-03-02", "shipwreck (ferry) on 2025-08-03")


def test_tolls_of_sudden_incidents_on_different_days_are_not_one_running_total():
    def text(posted: str, day: str, n: int) -> str:
        return (f"Ferry toll\n\nPosted: {posted} 10:00\n\nA ferry capsized off the cape on "
                f"{day}. The death toll from the sinking has risen to {n}, officials said.")
    fs = findings_of({"a": text("2025-03-04", "Sunday", 67),
                      "b": text("2025-08-05", "Sunday", 58)})
    assert warnings(fs, "monotonic") == []
    fs = findings_of({"a": text("2025-08-04", "Sunday", 67),
                      "b": text("2025-08-05", "Sunday", 58)})
    assert [f.rule for f in warnings(fs, "monotonic")] == ["monotonic"]


def test_tolls_of_different_incidents_are_not_one_running_total():
    day = "Toll\n\nPosted: 2025-{}-04 10:00\n\n"
    fs = findings_of({
        "a": day.format("03") + "A ferry capsized on Sunday. By Tuesday the number of dead had "
                                "risen to 67, officials said.",
        "b": day.format("08") + "A landslide buried the village on Sunday. By Tuesday the "
                                "number of dead had risen to 58, officials said."})
    assert warnings(fs, "monotonic") == []
    # the same incident's toll still may not fall (a month later, "on Sunday" is another
    # Sunday, and another sinking: see the test above)
    fs = findings_of({
        "a": day.format("03") + "A ferry capsized on Sunday. By Tuesday the number of dead had "
                                "risen to 67, officials said.",
        "b": "Toll\n\nPosted: 2025-03-06 10:00\n\nThe ferry sank on Sunday. The toll from "
             "the sinking has risen to 58, officials said."})
    assert [f.rule for f in warnings(fs, "monotonic")] == ["monotonic"]


def test_incidents_in_frames_yaml_must_map_names_to_words(tmp_path):
    from crosscheck.errors import RuleError
    from crosscheck.frame import load_vocabulary

    (tmp_path / "frames.yaml").write_text("generic: [people]\nincidents: [fire, flood]\n")
    with pytest.raises(RuleError) as err:
        load_vocabulary(tmp_path)
    assert "incidents must be a mapping of incident name to a list of words" in str(err.value)
    assert ":2" in str(err.value)


def test_a_name_between_a_figure_and_its_verb_is_who_did_it():
    claims = framed("Bijie took in a sixth of the 1.98 million Guizhou moved by 2019.")
    c = one(claims, "1.98 million")
    assert (c.measure, c.actor) == ("relocated", "Guizhou")
    c = one(framed("Of the $100 million Marland pledged, $20 million has arrived."),
            "$100 million")
    assert (c.measure, c.actor) == ("pledged", "Marland")
    # a plural or a people after the figure is what was counted
    c = one(framed("The 200 Americans killed in the attack were honoured."), "200")
    assert (c.measure, c.actor) == ("american killed", "")
    c = one(framed("In the storm, 30 Chinese died."), "30")
    assert c.actor == ""


def test_a_figure_that_restates_a_share_of_a_whole_is_a_part():
    c = one(framed("Visitors from abroad made up 41 percent of arrivals, or about 1.27 million "
                   "people."), "1.27 million")
    assert c.aggregation == "part"
    # so it corroborates no other count of the whole's kind
    fs = findings_of({"a": "The isle had 1.3 million foreign visitors in the first half of 2023.",
                      "b": "Visitors from Norland made up 41 percent of arrivals, or about 1.27 "
                           "million visitors."})
    assert [f for f in fs if f.rule == "agreement"] == []


def test_a_disease_is_its_outbreaks_incident():
    day = "Outbreak\n\nPosted: 2026-05-{} 10:00\n\n"
    fs = findings_of({
        "a": day.format("20") + "A cholera outbreak has spread to the capital. By Wednesday "
                                "the number of dead had risen to 71, officials said.",
        "b": day.format("28") + "A measles outbreak has spread to the capital. By Wednesday "
                                "the number of dead had risen to 64, officials said."})
    assert warnings(fs, "monotonic") == []
    c = one(framed(day.format("20") + "The cholera outbreak has killed 71 people."), "71")
    assert c.incident == "cholera"


def test_a_participle_of_pledging_is_a_pledge():
    c = one(framed("Norland was the biggest donor at the conference, pledging 410 million "
                   "dollars."), "410 million dollars")
    assert (c.measure, c.status) == ("pledged", "planned")
    # the participle's giver is the named subject of the clause before it
    assert c.actor == "Norland"
    c = one(framed("The fund was set up in 2019, giving 5 million dollars a year."),
            "5 million dollars")
    assert c.actor == ""


def test_the_number_of_a_thing_that_rose_to_a_figure_names_what_it_counts():
    c = one(framed("The number of homes destroyed rose to 310."), "310")
    assert (c.subject, c.measure) == ("homes destroyed", "home destroyed")
    c = one(framed("The fire has burned 81,000 acres after destroying 240 homes."), "240")
    assert c.measure == "home destroyed"


def test_a_count_joined_to_its_noun_by_a_hyphen_describes_a_thing():
    claims = framed("Nine people were hurt when fire swept through a 14-storey block.")
    assert (one(claims, "14").subject, one(claims, "14").measure) == ("storey", "storey")
    assert one(framed("The flood shut a 120-bed clinic."), "120").measure == "bed"
    # a crowd so strong is no noun of its own
    assert one(framed("A 5,000-strong crowd marched."), "5,000").subject == ""


def test_a_statistic_before_the_next_figure_is_that_figures():
    c = one(framed("The 91,000 members paid an average of 14 dollars a month."), "91,000")
    assert "average" not in c.measure
    assert "average" in one(framed("The 91,000 members paid an average of 14 dollars a month."),
                            "14 dollars").measure


def test_a_figure_given_on_a_day_is_a_figure_told_not_a_gift():
    claims = framed("Officials said 31 people had died, five more than the 26 given on Friday.")
    assert one(claims, "26").measure != "donated"


def test_a_toll_in_a_clause_of_its_own_is_not_the_event_named_before_it():
    claims = framed("Divers searched for 16 missing people as the death toll rose to 29.")
    assert (one(claims, "16").measure, one(claims, "29").measure) == ("missing", "killed")
    claims = framed("Officials said 14 people were hurt and the number of dead rose to 31.")
    assert (one(claims, "14").measure, one(claims, "31").measure) == ("injured", "killed")
    claims = framed("With 11 people still missing, the toll stood at 58.")
    assert (one(claims, "11").measure, one(claims, "58").measure) == ("missing", "killed")


def test_a_participle_clause_between_a_figure_and_its_verb_does_not_frame_it():
    text = ("Clinics\n\nPublished: March 10, 2026\n\nNearly 400 health clinics destroyed by "
            "the cyclone in 2021 have been rebuilt, the ministry said.")
    c = one(framed(text), "400")
    assert (c.measure, c.time_scope, c.aggregation) == \
        ("health clinic built", "as_of", "cumulative")
    assert not c.period_stated
    # the verb after the clause says no event: the participle's is the figure's
    c = one(framed("The 2,698 people killed in the quake were buried in the hills."), "2,698")
    assert c.measure == "killed"


def test_a_participle_after_a_plan_shares_its_plan():
    claims = framed("The ministry will pave 50,000 km of rural roads by 2019 at a cost of 240 "
                    "billion rupees, connecting 28,000 villages to all-weather roads.")
    assert one(claims, "28,000").status == "planned"
    claims = framed("Floods swept the valley on Sunday, killing at least 12 people.")
    assert one(claims, "12").status == "actual"


def test_the_parts_of_a_planned_whole_are_planned():
    claims = framed("The agency's budget for 2025 is 48 million dollars, of which 30 million "
                    "comes from donors.", dt.date(2025, 2, 3))
    assert one(claims, "30 million").status == "planned"
    claims = framed("The agency spent 48 million dollars in 2024, of which 30 million came "
                    "from donors.", dt.date(2025, 2, 3))
    assert one(claims, "30 million").status == "actual"
    # a budget's share from donors is not held against what donors gave that year
    texts = {"a": "HOLT, Feb. 3, 2025 (Wire) -- The agency's budget for 2025 is 48 million "
                  "dollars, of which 30 million comes from donors.",
             "b": "HOLT, Feb. 2, 2026 (Wire) -- Funding in 2025 totalled 51 million dollars: "
                  "33 million from donors and 18 million from the treasury."}
    assert warnings(findings_of(texts), "agreement") == []


def test_a_figure_of_last_winter_is_of_a_season_before_the_texts():
    claims = framed("Since October, 471 people have died of flu, fewer than the 520 deaths of "
                    "last winter.", dt.date(2025, 3, 6))
    assert (one(claims, "520").time_scope, one(claims, "520").time) == \
        ("season", "last winter before 2025-03")
    # ... so it is no running total of this season's deaths that a later text falls from
    texts = {"a": "HOLT, Jan. 9, 2025 (Wire) -- Since the season began, 212 people have died "
                  "of flu.",
             "b": "HOLT, March 6, 2025 (Wire) -- Since October, 471 people have died of flu, "
                  "fewer than the 520 deaths of last winter.",
             "c": "HOLT, April 2, 2025 (Wire) -- Since October, 486 people have died of flu."}
    found = [f for f in findings_of(texts) if f.rule == "monotonic"]
    assert not any("520" in f.message for f in found)


LIVE = ("Live: the storm\n\nUpdated: Nov. 12, 2025, 21:40\n\n"
        "21:40 -- The number of people killed by the storm has risen to 14, officials say.\n\n"
        "18:15 -- Officials now say 11 people have died.\n\n"
        "09:30 -- The storm made landfall at about 3 a.m.\n")


def test_an_update_of_a_live_report_is_as_of_its_hour():
    claims = framed(LIVE)
    assert one(claims, "14").time == "2025-11-12T21:40"
    assert one(claims, "11").time == "2025-11-12T18:15"
    # one line that opens with a time is no live report
    claims = framed("Storm\n\nNov. 12, 2025 -- 18:15 - Officials now say 11 people have died.")
    assert one(claims, "11").time == "2025-11-12"


def test_the_updates_of_a_live_report_are_a_running_total_not_a_contradiction():
    fs = findings_of({"a": LIVE,
                      "b": "HOLT, Nov. 14, 2025 (Wire) -- The storm's death toll has risen to "
                           "17, officials said."})
    assert warnings(fs, "agreement") == []
    series = [f for f in fs if f.rule == "monotonic" and f.outcome != "fell"]
    assert any("11 (a, 2025-11-12 18:15) → 14 (a, 2025-11-12 21:40) → 17" in f.message
               for f in series)
