"""The arithmetic checks on hand-made sentences: shares of a whole, sums of parts, stated
changes. Each recomputes what one text states; each must stay quiet when the text does not
make the part, the whole or the base plain."""

import pytest

from conftest import claims_of, findings_of


def outcomes(text: str, rule: str) -> list[str]:
    return [f.outcome for f in findings_of({"t": text}) if f.rule == rule]


def test_a_difference_from_its_base_is_held_to_the_percentage_it_makes():
    text = ("The crop would be 7 million tonnes below last year's 51 million, a fall of "
            "{}.")
    assert outcomes(text.format("24%"), "change") == ["base_change_mismatch"]
    assert outcomes(text.format("14%"), "change") == ["base_change_consistent"]
    # words that disagree on the way say nothing sure: abstain
    assert outcomes("Sales were 300 more than the 2,000 forecast, a fall of 15%.",
                    "change") == []
    assert outcomes("Sales were 300 more than the 2,000 forecast, an increase of 15%.",
                    "change") == ["base_change_consistent"]


def test_a_figure_that_is_the_base_of_another_comparison_is_no_end_of_a_change():
    # the 38 percent is the 3.3 million's (from 2.4 million), not the 3 million's of 2019
    text = ("The port handled 3.3 million containers last year, beating the 3 million of 2019 "
            "and up 38 percent from 2.4 million in 2022.")
    assert [f for f in findings_of({"t": text}) if f.rule == "change"
            and f.severity == "warning"] == []


def test_the_base_of_a_change_may_carry_its_own_qualifier():
    text = "Some 590,000 homes were connected, up {} percent from about 400,000 a year earlier."
    assert outcomes(text.format(48), "change") == ["change_consistent"]
    assert outcomes(text.format(98), "change") == ["change_mismatch"]


def test_an_increment_that_brings_a_stated_level_to_a_new_one_is_their_difference():
    text = "The depot has 180 trams and will buy {} more by 2028, bringing its fleet to 240."
    assert outcomes(text.format(60), "change") == ["change_consistent"]
    assert outcomes(text.format(45), "change") == ["change_mismatch"]
    text = "The clinic employed 212 nurses and hired another {}, taking the total to 260."
    assert outcomes(text.format(48), "change") == ["change_consistent"]
    assert outcomes(text.format(68), "change") == ["change_mismatch"]
    text = "The city has 40 parks and will open {} more, bringing the number of parks to 52."
    assert outcomes(text.format(12), "change") == ["change_consistent"]
    assert outcomes(text.format(6), "change") == ["change_mismatch"]


@pytest.mark.parametrize("text", [
    # the first figure is one addition, not the level: earlier ones may count too
    "Donors gave $10 million on Monday and another $2 million on Tuesday, bringing the "
    "total to $14 million.",
    # no level stated before the increment
    "The fund received another $2 million on Monday, bringing the total to $14 million.",
    # the level and the increment are in two clauses set against each other
    "The depot has 180 trams, but the city will buy 45 more, bringing its fleet to 240.",
    # a year between them: the level is of its own time, with other additions since
    "The depot had 180 trams in 2015 and will buy 45 more, bringing its fleet to 240.",
    # the new level is of a larger whole than what was counted first
    "The firm has 500 engineers and will hire 200 more, bringing its total staff to 2,300.",
    "The city has 40 parks and will open 6 more, bringing the number of green spaces to 75.",
    "The firm had 500 employees in Europe and added 200 more in Asia, bringing its global "
    "workforce to 1,400.",
])
def test_an_increment_is_not_checked_against_a_figure_that_may_not_be_its_level(text):
    assert outcomes(text, "change") == []


def test_a_change_between_its_two_figures_is_read_however_long_the_first_clause():
    text = ("590,000 households were paying for a connection at the end of 2020, up {} percent "
            "from 400,000 a year earlier.")
    assert outcomes(text.format(48), "change") == ["change_consistent"]
    assert outcomes(text.format(58), "change") == ["change_mismatch"]


def test_a_noun_of_change_after_the_percentage_gives_its_direction():
    assert outcomes("Sales fell to 400,000 from 590,000, a 32 percent drop.",
                    "change") == ["change_consistent"]
    assert outcomes("Sales fell to 400,000 from 590,000, a 22 percent drop.",
                    "change") == ["change_mismatch"]
    assert outcomes("Sales went from 400,000 to 590,000, a 58 percent increase.",
                    "change") == ["change_mismatch"]


def test_a_base_named_by_its_year_is_still_the_base_of_the_change():
    text = ("The council set a budget of 2.6 billion dollars for 2027, up {} percent from this "
            "year's 2.4 billion dollars.")
    assert outcomes(text.format(8), "change") == ["change_consistent"]
    assert outcomes(text.format(18), "change") == ["change_mismatch"]


# --- share of a whole -----------------------------------------------------------------------


def test_a_year_that_dates_the_part_and_a_possessive_whole_do_not_hide_a_share():
    text = "The region recorded 233 million cases in 2022, {} percent of the world's 249 million."
    assert outcomes(text.format(94), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format(84), "share-of-whole") == ["share_mismatch"]

def test_a_share_after_a_longer_predicate_of_its_subject_or_named_as_a_rate():
    text = "A class of 2,150 new students arrived on campus this week, {} percent of the " \
           "4,300 admitted."
    assert outcomes(text.format(50), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format(60), "share-of-whole") == ["share_mismatch"]
    text = "The college offered places to 2,600 of its 41,000 applicants, an acceptance " \
           "rate of {} percent."
    assert outcomes(text.format(6.3), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format(8.3), "share-of-whole") == ["share_mismatch"]
    # a count in words inside the predicate is no part the share restates: no finding
    assert outcomes("By May some 3.1 million children had received at least one dose of the "
                    "vaccine, about 20 percent of the 3.9 million targeted.",
                    "share-of-whole") == []


def test_who_said_it_between_a_part_and_its_share_does_not_hide_the_share():
    text = "The wind farms have added 2,100 megawatts, officials said on Monday, about {} " \
           "percent of the 3,000 megawatts planned."
    assert outcomes(text.format(70), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format(80), "share-of-whole") == ["share_mismatch"]


def test_a_multiple_as_many_as_a_figure_is_recomputed():
    text = "The county spent {} million dollars on roads in 2025, twice as much as the 6 " \
        "million dollars of 2024."
    assert outcomes(text.format(12), "change") == ["change_consistent"]
    assert outcomes(text.format(9), "change") == ["change_mismatch"]
    text = "The town hired {} nurses, twice as many as the 60 it hired a year earlier."
    assert outcomes(text.format(120), "change") == ["change_consistent"]
    assert outcomes(text.format(90), "change") == ["change_mismatch"]
    # half, where the base follows it; and a multiple named as an increase on the base
    text = "The county built {} homes, half as many as the 300 it built in 2024."
    assert outcomes(text.format(150), "change") == ["change_consistent"]
    assert outcomes(text.format(200), "change") == ["change_mismatch"]
    text = "The city recorded {} murders, a fourfold increase on the 15 of 2020."
    assert outcomes(text.format(60), "change") == ["change_consistent"]
    assert outcomes(text.format(45), "change") == ["change_mismatch"]
    # "half" elsewhere names no multiple
    assert outcomes("In the first half of the year, sales rose from 200 to 300 cars.",
                    "change") == []


def test_a_share_of_what_was_added_is_not_held_to_a_total():
    text = ("The region installed 4.2 gigawatts of panels in 2022, double the 2.1 GW of 2021, "
            "officials said, taking total solar capacity to 11.6 GW. Rooftop systems made up "
            "1.7 GW of the new capacity, about 40 percent.")
    assert outcomes(text, "share-of-whole") == []


def test_share_recomputed_from_part_and_numeric_whole():
    assert outcomes("The fund spent 3.2 billion yuan, or about 70 percent of its 4 billion "
                    "yuan budget.", "share-of-whole") == ["share_mismatch"]
    assert outcomes("The fund spent 3.2 billion yuan, or about 80 percent of its 4 billion "
                    "yuan budget.", "share-of-whole") == ["share_consistent"]


def test_a_share_of_a_dated_level_of_the_same_quantity():
    text = "Arrivals reached 28.2 million last year, {} percent of the 2019 level of 39.8 million."
    assert outcomes(text.format(71), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format(61), "share-of-whole") == ["share_mismatch"]


def test_a_whole_percent_allows_the_rounding_of_its_last_digit():
    # 15.6 / 28 = 55.7%, which "56 percent" states to its last digit
    assert outcomes("The company has spent 15.6 billion yuan so far, or 56 percent of the 28 "
                    "billion yuan budget.", "share-of-whole") == ["share_consistent"]
    assert outcomes("The company has spent 15.6 billion yuan so far, or 57 percent of the 28 "
                    "billion yuan budget.", "share-of-whole") == ["share_mismatch"]


def test_share_arithmetic_is_shown():
    fs = [f for f in findings_of({"t": "The fund spent 3.2 billion yuan, or about 70 percent "
                                       "of its 4 billion yuan budget."})
          if f.rule == "share-of-whole"]
    assert "77.8–82.3%" in fs[0].message
    assert any("allows 67.0–73.0%" in line for line in fs[0].arithmetic)


def test_share_of_that_figure_takes_the_figure_of_the_sentence_before():
    text = ("By June more than 600 families had moved to the town. Officials said that figure "
            "represents 45 percent of the 1,000 families in the valley.")
    assert outcomes(text, "share-of-whole") == ["share_mismatch"]


def test_share_of_a_total_named_in_words_finds_the_stated_total():
    text = ("Under the plan a total of 2,000 houses will be rebuilt. Work began in spring. "
            "So far 1,200 houses stand again, or some 60 percent of the total.")
    assert outcomes(text, "share-of-whole") == ["share_consistent"]


def test_the_total_is_the_one_larger_earlier_figure_that_counts_what_the_part_counts():
    text = ("Nationally, 81.4 percent of the 412,000 candidates passed. The gap has grown to "
            "16.4 percentage points. The east accounted for 58,000 candidates, or {} percent "
            "of the total.")
    assert outcomes(text.format(14), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format(24), "share-of-whole") == ["share_mismatch"]
    # of two larger figures before, which one is the total is unsure: not checked
    two = ("The port handled 9.1 million units in 2023 and 8.55 million units in 2022. "
           "Transshipment made up 3.6 million units, or about 30 percent of the total.")
    assert outcomes(two, "share-of-whole") == []
    # ... but what the figure rose from is a past value, no total the text tells now; an
    # amount counts no noun, so the one larger amount is the total
    budget = ("The council approved a budget of 4.8 billion dollars, up 6% from 4.3 billion "
              "this year. Police will get 1.1 billion dollars, or about {} of the total.")
    assert outcomes(budget.format("30%"), "share-of-whole") == ["share_mismatch"]
    assert outcomes(budget.format("23%"), "share-of-whole") == ["share_consistent"]
    # nor is a larger figure that counts something else
    other = ("The region has 412,000 households. The east accounted for 58,000 candidates, or "
             "24 percent of the total.")
    assert outcomes(other, "share-of-whole") == []


def test_share_of_a_whole_named_in_words_needs_a_shared_word():
    text = ("The county has a farmland area of 800 hectares. In May 300 hectares of it were "
            "flooded, or about 38 percent of the area.")
    assert outcomes(text, "share-of-whole") == ["share_consistent"]
    unrelated = ("The county has 800 hectares of forest. In May 300 hectares were flooded, or "
                 "about 20 percent of the farmland.")
    assert outcomes(unrelated, "share-of-whole") == []


def test_a_whole_named_in_words_is_its_head_noun_not_a_modifier():
    # "its member base" is all the members, not the 2.1 million whose data leaked
    text = ("The data of 2.1 million members leaked in the attack. The club has since lost "
            "about 30,000 members, less than 0.5 percent of its member base.")
    assert outcomes(text, "share-of-whole") == []
    # "the area to be rebuilt" is the area named before, whatever follows the noun
    rebuilt = ("The plan covers a damaged area of 1,200 square kilometers. It turns about 300 "
               "square kilometers, some {} percent of the area to be rebuilt, into a park.")
    assert outcomes(rebuilt.format(25), "share-of-whole") == ["share_consistent"]
    assert outcomes(rebuilt.format(45), "share-of-whole") == ["share_mismatch"]


def test_a_share_named_by_a_fraction_allows_the_rounding_to_that_fraction():
    text = "Of the 1,200 homes damaged, {}, or two-thirds, were in the old town."
    assert outcomes(text.format(800), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format(500), "share-of-whole") == ["share_mismatch"]
    budget = "The fund spent {} billion yuan, or nearly two thirds of its 4 billion yuan budget."
    assert outcomes(budget.format(2.5), "share-of-whole") == ["share_consistent"]
    assert outcomes(budget.format(3.2), "share-of-whole") == ["share_mismatch"]
    half = "Of the 1,200 homes damaged, {}, or about half, were in the old town."
    assert outcomes(half.format(700), "share-of-whole") == ["share_consistent"]
    assert outcomes(half.format(400), "share-of-whole") == ["share_mismatch"]
    over = ("The fund spent {} billion yuan, or more than three quarters of its 4 billion yuan "
            "budget.")
    assert outcomes(over.format(3.2), "share-of-whole") == ["share_consistent"]
    assert outcomes(over.format(2.2), "share-of-whole") == ["share_mismatch"]


def test_a_share_of_it_is_a_share_of_the_figure_just_before():
    text = "The region received 4.1 billion yuan, {} percent of it (2.3 billion yuan) from Rome."
    assert outcomes(text.format(45), "share-of-whole") == ["share_mismatch"]
    assert outcomes(text.format(56), "share-of-whole") == ["share_consistent"]
    assert outcomes("The region received 4.1 billion yuan in aid, 45 percent of which (2.3 "
                    "billion yuan) came from Rome.", "share-of-whole") == ["share_mismatch"]


def test_a_share_after_and_starts_another_clause():
    text = ("The fund has 62,000 donors. 104 countries are represented, and three-quarters of "
            "the foreign donors are American.")
    assert outcomes(text, "share-of-whole") == []
    assert outcomes(text.replace("three-quarters", "75 percent"), "share-of-whole") == []


def test_share_of_them_is_not_checked():
    # "30 percent of them" measures the schools, not the 300
    assert outcomes("The county runs 300 schools, 30 percent of them in the hills.",
                    "share-of-whole") == []


def test_share_of_a_part_of_them_takes_the_whole_of_the_sentence_before():
    text = ("Nearly 9,000 people work at the new port. Local residents account for 8,000 of "
            "them, a group put at around 81.5 percent.")
    assert outcomes(text, "share-of-whole") == ["share_mismatch"]
    assert outcomes(text.replace("81.5", "89"), "share-of-whole") == ["share_consistent"]


def test_share_of_a_part_of_the_total_before_takes_that_total():
    text = ("Visitors made 9.02 billion trips over the holiday. Of the total, 7.22 billion "
            "trips were made by car, or {} percent.")
    assert outcomes(text.format(72), "share-of-whole") == ["share_mismatch"]
    assert outcomes(text.format(80), "share-of-whole") == ["share_consistent"]


def test_a_percentage_far_from_the_share_of_them_measures_something_else():
    text = ("Nearly 9,000 people work at the new port. Local residents account for 8,000 of "
            "them, a group that is 20 percent female.")
    assert outcomes(text, "share-of-whole") == []


def test_share_of_a_part_of_them_with_two_possible_wholes_abstains():
    text = ("Some 9,000 people work at the port and 2,000 at the airport. Local residents "
            "account for 1,000 of them, about 11 percent.")
    assert outcomes(text, "share-of-whole") == []


def test_a_decimal_share_allows_a_narrow_band():
    # "around 60 percent" may be 57-63; "around 60.5 percent" claims a half point
    assert outcomes("The town rebuilt 620 houses, or around 60 percent of the 1,000 houses "
                    "it lost.", "share-of-whole") == ["share_consistent"]
    assert outcomes("The town rebuilt 620 houses, or around 60.5 percent of the 1,000 houses "
                    "it lost.", "share-of-whole") == ["share_mismatch"]


def test_share_more_than_is_not_a_share():
    assert outcomes("The clinic treated 300 patients, or 20 percent more than last year.",
                    "share-of-whole") == []


def test_share_of_two_candidate_wholes_abstains():
    text = ("The city has 5,000 teachers and 9,000 nurses. In 2020 it hired 900 teachers, or "
            "10 percent of the teachers and nurses.")
    assert outcomes(text, "share-of-whole") == []


def test_more_than_part_is_at_most_the_whole():
    # "more than 1.05 million" of 1.13 million is 92.5-100%, never 82%
    text = ("More than 1.05 million people have moved. That figure represents 82 percent of "
            "the 1.13 million people due to leave.")
    assert outcomes(text, "share-of-whole") == ["share_mismatch"]


def test_capitalised_number_word_inside_a_name_is_not_a_figure():
    surfaces = [c.surface for c in claims_of("Farmers of the Three Gorges area moved away.")]
    assert surfaces == []
    assert [c.surface for c in claims_of("Three Chinese firms signed the deal.")] == ["Three"]


# --- sum of parts ---------------------------------------------------------------------------

def test_parts_after_a_colon_are_the_whole():
    assert outcomes("Donors gave 1.7 billion yuan: 1.2 billion in cash and 0.2 billion in "
                    "goods.", "parts-sum") == ["parts_mismatch"]
    assert outcomes("Donors gave 1.7 billion yuan: 1.5 billion in cash and 0.2 billion in "
                    "goods.", "parts-sum") == ["parts_consistent"]


def test_the_rows_of_a_table_or_list_above_its_total_row_add_up_to_it():
    table = ("# Funding\n\n| Source | Amount |\n|---|---|\n| Federal grant | $180 million |\n"
             "| State fund | $95 million |\n| County bonds | $35 million |\n"
             "| **Total** | **$310 million** |\n")
    assert outcomes(table, "parts-sum") == ["parts_within_total"]
    assert outcomes(table.replace("$35 million", "$55 million"), "parts-sum") == \
        ["parts_exceed_total"]
    items = "Shelters:\n\n- North: 1,200 beds\n- South: 800 beds\n- Total: 1,800 beds\n"
    assert outcomes(items, "parts-sum") == ["parts_exceed_total"]
    # a table of the largest donors may end with the total of every donor
    top = ("Largest donors:\n\n- Hale Trust: $3 million\n- City fund: $2 million\n"
           "- Total: $9 million\n")
    assert outcomes(top, "parts-sum") == ["parts_within_total"]
    # two columns of amounts add up column by column
    two = ("| Source | 2024 | 2025 |\n|---|---|---|\n| Grants | $5 million | $6 million |\n"
           "| Loans | $3 million | $2 million |\n| Total | $8 million | $8 million |\n")
    assert outcomes(two, "parts-sum") == ["parts_within_total", "parts_within_total"]
    assert sorted(outcomes(two.replace("| $2 million |", "| $4 million |"), "parts-sum")) \
        == ["parts_exceed_total", "parts_within_total"]
    # rows of another number of amounts: not a plain ledger
    ragged = ("| Source | 2024 | 2025 |\n|---|---|---|\n| Grants | $5 million | $6 million |\n"
              "| Loans | $3 million | |\n| Total | $8 million | $9 million |\n")
    assert outcomes(ragged, "parts-sum") == []
    # a table laid out with blanks adds up the same way, below its header
    blanks = ("Storm damage by region:\n\nRegion        Deaths   Injured\nNorth             12    "
              "    40\nSouth              9        31\nTotal             20        71\n")
    assert outcomes(blanks, "parts-sum") == ["parts_exceed_total", "parts_within_total"]
    assert outcomes(blanks.replace(" 9 ", " 8 "), "parts-sum") == \
        ["parts_within_total", "parts_within_total"]
    # a row with no amount breaks the ledger
    gap = ("| Source | Amount |\n|---|---|\n| Grants | $5 million |\n| Loans | pending |\n"
           "| Gifts | $2 million |\n| Total | $9 million |\n")
    assert outcomes(gap, "parts-sum") == []


def test_a_figure_that_is_a_difference_is_no_part_of_the_total_after_it():
    # "12 behind the leaders" is a gap between two tallies, not a part of the goals
    assert outcomes("The club finished with 64 points, 9 behind the leaders, and scored 71 "
                    "goals in all.", "parts-sum") == []
    assert outcomes("The firm hired 40 engineers, 15 more than planned, and 60 staff in "
                    "all.", "parts-sum") == []
    assert outcomes("The firm hired 40 engineers and 15 technicians, 60 staff in all.",
                    "parts-sum") == ["parts_mismatch"]


def test_parts_of_an_open_list_may_fall_short_but_not_exceed():
    assert outcomes("A total of 800 staff came, including 300 doctors and 400 nurses.",
                    "parts-sum") == ["parts_within_total"]
    assert outcomes("A total of 500 staff came, including 300 doctors and 400 nurses.",
                    "parts-sum") == ["parts_exceed_total"]


def test_parts_told_apart_by_what_they_were_must_not_exceed_their_whole():
    text = ("Of the 31 dead, 19 were dock workers, 8 were firefighters and {} were residents "
            "of the nearby streets, the health office said.")
    assert outcomes(text.format(6), "parts-sum") == ["parts_exceed_total"]
    assert outcomes(text.format(4), "parts-sum") == ["parts_within_total"]


def test_parts_told_apart_by_where_they_go_must_not_exceed_their_whole():
    text = "Of the 90 million euros raised, 60 million euros will go to {} and {} million to parks."
    assert outcomes(text.format("schools", 40), "parts-sum") == ["parts_exceed_total"]
    assert outcomes(text.format("schools", 25), "parts-sum") == ["parts_within_total"]
    # what is to be done with a part is no place it goes: such parts may cross
    assert outcomes("Of the 2,400 families, 1,300 are to be moved and 1,250 to be paid.",
                    "parts-sum") == []


def test_a_part_of_which_someone_did_something_is_a_share_of_the_whole_before():
    text = ("The audit found 2.1 billion pesos had gone missing, of which police had recovered "
            "900 million pesos, or about {} percent.")
    assert outcomes(text.format(43), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format(53), "share-of-whole") == ["share_mismatch"]


def test_a_share_of_the_total_after_of_which_is_of_what_of_which_divides():
    text = ("The year-end population was 24.65 million, of which the urban population was "
            "13.07 million, accounting for {} percent of the total.")
    assert outcomes(text.format("53.0"), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format("58.0"), "share-of-whole") == ["share_mismatch"]


def test_the_figure_that_is_a_share_is_no_share_of_the_figure_before():
    # "the figure was 31 percent" names another place's share, not a share of 620,000
    assert outcomes("In the capital 410,000 of the 620,000 children, or 66 percent, were "
                    "vaccinated. In the north the figure was 31 percent.",
                    "share-of-whole") == ["share_consistent"]
    assert outcomes("By June 600 families had moved. That figure represents 45 percent of "
                    "the 1,000 families in the valley.", "share-of-whole") == ["share_mismatch"]


def test_a_share_cut_from_a_whole_is_a_share_of_it():
    text = "The carmaker will cut 12 percent of its 64,000 workers, or about {} jobs."
    assert outcomes(text.format("7,700"), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format("9,700"), "share-of-whole") == ["share_mismatch"]
    # cut by a percentage, the figure is a change
    assert outcomes("The carmaker will cut costs by 12 percent of its 64,000 workers, or "
                    "about 9,700 jobs.", "share-of-whole") == []


def test_a_figure_in_another_unit_between_a_total_and_its_list_is_read_as_words():
    text = ("The town is spending 24 million euros on a pool of 1,200 square metres, of which "
            "the state will pay 14 million euros and the town {} million euros.")
    assert outcomes(text.format(10), "parts-sum") == ["parts_within_total"]
    assert outcomes(text.format(12), "parts-sum") == ["parts_exceed_total"]
    # two such figures: which one the list divides is not plain
    assert outcomes("The town is spending 24 million euros on a pool of 1,200 square metres "
                    "and 300 parking spaces, of which the state will pay 14 million euros and "
                    "the town 12 million euros.", "parts-sum") == []


def test_labelled_parts_of_that_must_not_exceed_the_total_before():
    text = ("The harvest was 12.57 million tonnes. Of this, summer grain was 3.02 million tonnes "
            "and autumn grain {} million tonnes.")
    assert outcomes(text.format("9.55"), "parts-sum") == ["parts_within_total"]
    assert outcomes(text.format("9.85"), "parts-sum") == ["parts_exceed_total"]
    # a communique's parts set off by semicolons, each with its own growth
    text = ("Output was 1,186.4 billion yuan, up 6.4 percent. Of this total, the value added "
            "of farming was 158.2 billion yuan, up 5.9 percent; that of industry was 401.5 "
            "billion yuan, up 7.2 percent; and that of services was {} billion yuan, up 6.0 "
            "percent.")
    assert outcomes(text.format("626.7"), "parts-sum") == ["parts_within_total"]
    assert outcomes(text.format("656.7"), "parts-sum") == ["parts_exceed_total"]
    # one label twice, or a list that goes on past its last part: not read
    assert outcomes("The harvest was 12.57 million tonnes. Of this, wheat was 3.02 million "
                    "tonnes and wheat 9.85 million tonnes.", "parts-sum") == []
    assert outcomes("The harvest was 12.57 million tonnes. Of this, summer grain was 3.02 "
                    "million tonnes and autumn grain 9.85 million tonnes more than planned.",
                    "parts-sum") == []


def test_an_open_list_may_name_who_pays_before_its_first_part():
    text = ("The drive will cost 18 million dollars, of which the Global Health Fund is paying "
            "11 million dollars and the government {} million dollars.")
    assert outcomes(text.format(7), "parts-sum") == ["parts_within_total"]
    assert outcomes(text.format(9), "parts-sum") == ["parts_exceed_total"]


def test_parts_of_that_are_parts_of_the_figure_before():
    text = ("The town has spent 80 million dollars on the harbour. Of that, 50 million dollars "
            "came from the state and {} million dollars from the town.")
    assert outcomes(text.format(30), "parts-sum") == ["parts_within_total"]
    assert outcomes(text.format(40), "parts-sum") == ["parts_exceed_total"]
    # two parts told apart by where the money came from and what it went for may overlap;
    # two figures before "Of that" leave the whole unknown
    assert outcomes("The town has spent 80 million dollars on the harbour. Of that, 50 million "
                    "dollars came from the state and 40 million dollars went for dredging.",
                    "parts-sum") == []
    assert outcomes("The town has spent 80 million dollars on the harbour and 95 million "
                    "dollars on roads. Of that, 50 million dollars came from the state and 40 "
                    "million dollars from the town.", "parts-sum") == []


def test_a_list_as_long_as_the_count_before_its_colon_is_the_whole():
    text = ("Floods drove {} people from their homes in four districts: Orre 1,200, Lisk "
            "800, Vant 650 and Dorn 350, officials said.")
    assert outcomes(text.format("3,000"), "parts-sum") == ["parts_consistent"]
    assert outcomes(text.format("3,400"), "parts-sum") == ["parts_mismatch"]
    # a list of three after "four districts", or one that goes on past its last part, may
    # leave some out
    assert outcomes("Floods drove 3,400 people from their homes in four districts: Orre 1,200, "
                    "Lisk 800 and Vant 650.", "parts-sum") == []
    assert outcomes("Floods drove 3,400 people from their homes in four districts: Orre 1,200, "
                    "Lisk 800, Vant 650 and Dorn 350 among them.", "parts-sum") == []


def test_parts_more_than_twice_their_total_are_of_another_figure():
    # the 35 counts countries, the parts people of each
    assert outcomes("The victims came from 35 countries, among them 32 Kenyans, 18 Canadians, "
                    "nine Ethiopians, eight Chinese and eight Britons.", "parts-sum") == []
    assert outcomes("A total of 500 staff came, including 300 doctors and 400 nurses.",
                    "parts-sum") == ["parts_exceed_total"]


def test_parts_that_may_overlap_are_not_added_up():
    # what happened to each ("were rescued", "were hurt") and kinds of people that cut across
    # others ("women", "children") may count one person twice
    assert outcomes("Of the 40 passengers, 31 were rescued, 6 were hurt and 9 were missing.",
                    "parts-sum") == []
    assert outcomes("Of the 500 patients seen, 300 were nurses, 250 were women and 120 were "
                    "porters.", "parts-sum") == []


def test_parts_before_a_total_word():
    assert outcomes("The city sent 300 doctors and 400 nurses, a total of 900 medical "
                    "workers.", "parts-sum") == ["parts_mismatch"]
    assert outcomes("The city sent 300 doctors and 400 nurses, a total of 700 medical "
                    "workers.", "parts-sum") == ["parts_consistent"]


def test_the_remaining_part_completes_the_total_of_the_sentence_before():
    text = ("The state opened a $45 billion programme. Roads would receive $11 billion, and "
            "the remaining $38 billion would go to power plants.")
    assert outcomes(text, "parts-sum") == ["parts_mismatch"]
    rounded = text.replace("$38 billion", "$35 billion")  # 11 + 35 may be 45 once rounded
    assert outcomes(rounded, "parts-sum") == ["parts_consistent"]


def test_the_remaining_part_completes_a_total_stated_paragraphs_earlier():
    text = ("The minister opened a $60 billion harbour plan on Monday. The plan will take ten "
            "years. A smaller $8 billion rail loan was also signed. Ports would receive $14 "
            "billion, and the remaining $48 billion would go to power plants.")
    assert outcomes(text, "parts-sum") == ["parts_mismatch"]
    assert outcomes(text.replace("$48 billion", "$46 billion"), "parts-sum") == \
        ["parts_consistent"]


def test_the_remaining_part_with_two_possible_wholes_abstains():
    # 14 + 48 = 62 is near both 60 and 65: which one "the remaining" completes is unknown
    text = ("The minister opened a $60 billion harbour plan. The region's budget is $65 "
            "billion. Ports would receive $14 billion, and the remaining $48 billion would go "
            "to power plants.")
    assert outcomes(text, "parts-sum") == []


def test_the_remaining_part_after_a_number_not_read_abstains():
    # the Greens' 28 is no claim (a bare count), so 71 is not all that came before the rest
    text = ("With 96 seats, the Alliance needs 25 more to govern alone. The Union won 71 "
            "seats and the Greens 28; smaller parties took the remaining 45 seats.")
    assert outcomes(text, "parts-sum") == []


def test_the_remaining_part_is_the_rest_after_every_part_listed_before_it():
    text = ("The council approved a $600 million arena. The city will give $250 million, the "
            "state $150 million and the team the remaining $200 million.")
    assert outcomes(text, "parts-sum") == ["parts_consistent"]
    assert outcomes(text.replace("$200 million", "$260 million"), "parts-sum") == \
        ["parts_mismatch"]
    # a figure the sentence names as the whole ends the list: "of the $45 billion"
    assert outcomes("Of the $45 billion, roads get $11 billion and the remaining $38 billion "
                    "goes to power plants.", "parts-sum") == ["parts_mismatch"]


def test_the_remaining_part_far_from_any_earlier_figure_abstains():
    text = ("The company earned $90 billion last year. It plans to spend more. Research "
            "would receive $10 billion, and the remaining $20 billion would go to marketing.")
    assert outcomes(text, "parts-sum") == []


def test_an_earlier_figure_that_adds_up_with_the_parts_to_a_larger_one_is_a_part_itself():
    # 1.9 + 1.3 + 1 = 4.2: the property taxes are one more source of the budget's revenue,
    # not the whole that state aid and "the remaining" fees make up
    text = ("The town will spend 4.2 billion dollars next year. Property taxes will bring in "
            "1.9 billion dollars. State aid covers 1.3 billion dollars and fees the remaining "
            "1 billion dollars.")
    assert outcomes(text, "parts-sum") == []
    # the earlier part may be another figure than the one the parts' sum comes near: 64 +
    # 48 + 21 + 17 are the 150 seats, not the 76 of a majority
    seats = ("The Centre Alliance won 64 of the 150 seats, short of the 76 it needed for a "
             "majority. The Social Front took 48 seats, the Greens 21 and smaller parties the "
             "remaining 17.")
    assert outcomes(seats, "parts-sum") == []
    # a figure too small to matter to the sum is no such part: "1,710 dollars per home"
    costs = ("Homes were connected at a cost of 5.3 billion dollars, or about 1,710 dollars "
             "per home. The World Bank lent 1.5 billion dollars, the Asian Development Bank "
             "800 million dollars and the government paid the rest, some 3 billion dollars.")
    assert outcomes(costs, "parts-sum") == ["parts_consistent"]


def test_another_amount_that_completes_an_earlier_total_is_a_corroboration():
    text = ("The new port cost 25.4 billion yuan in all. The quays came to a final 18.4 billion "
            "yuan. Roads and rail links cost another 7 billion yuan.")
    assert outcomes(text, "parts-sum") == ["another_meets_total"]
    # "another" does not say the two make the earlier total: no sum met, no finding
    assert outcomes(text.replace("another 7 billion", "another 9 billion"), "parts-sum") == []
    # a count of something else is no part: villages flooded, then people still to move
    counts = ("Some 100,000 people must leave. The lake covered 13 towns and 1,350 villages. "
              "A further 100,000 will have to move.")
    assert outcomes(counts, "parts-sum") == []


def test_conversions_are_not_parts():
    text = ("The fund holds 1.7 billion yuan: 1.5 billion yuan ($210 million) in cash and 0.2 "
            "billion yuan ($28 million) in goods.")
    fs = [f for f in findings_of({"t": text}) if f.rule == "parts-sum"]
    assert [f.outcome for f in fs] == ["parts_consistent"]
    assert len(fs[0].claims) == 3


def test_counts_of_other_things_are_not_parts():
    # three cities and two cities are not parts of 100 teachers
    text = ("Beijing sent 100 teachers to three cities. The other two cities received none.")
    assert outcomes(text, "parts-sum") == []


def test_a_part_above_its_total_means_the_total_is_something_else():
    assert outcomes("The plan has two phases: 300 houses in the first and 500 in the second.",
                    "parts-sum") == []


def test_a_whole_of_the_bill_is_the_one_its_parts_add_up_to_not_the_nearest():
    text = ("The fair cost 4.6 billion euros, against a budget of 3.9 billion euros. Public "
            "money covered 1.4 billion euros of the bill and sponsors the remaining {} "
            "billion.")
    assert outcomes(text.format(3.2), "parts-sum") == ["parts_consistent"]
    # parts that meet neither the cost nor the budget: the whole is unsure
    assert outcomes(text.format(2.1), "parts-sum") == []


def test_words_of_what_remains_in_the_parts_own_clause_split_nothing():
    text = ("Officials said 900 people were missing. They added that 14 of the dead had not yet "
            "been named and that 320 pupils were among those killed.")
    assert outcomes(text, "parts-sum") == []


# --- stated changes -------------------------------------------------------------------------

def test_percent_change_recomputed_from_start_and_end():
    assert outcomes("Exports rose 20 percent from 104 million dollars to 139 million dollars.",
                    "change") == ["change_mismatch"]
    assert outcomes("Exports rose 34 percent from 104 million dollars to 139 million dollars.",
                    "change") == ["change_consistent"]


def test_percentage_points_between_shares_of_a_named_whole():
    text = "Relapses fell to 3.1 percent of patients from 4.6 percent on placebo, a drop of " \
           "{} percentage points."
    assert outcomes(text.format(1.5), "change") == ["change_consistent"]
    assert outcomes(text.format(2.5), "change") == ["change_mismatch"]


def test_a_change_stated_with_decimals_before_the_pair_is_recomputed():
    text = "Brent fell {} percent to 67.55 dollars from 68.30 dollars."
    assert outcomes(text.format(1.1), "change") == ["change_consistent"]
    assert outcomes(text.format(3.1), "change") == ["change_mismatch"]


def test_a_change_to_a_record_is_recomputed():
    text = "Applications rose {} percent to a record 41,000, from 36,600 last year."
    assert outcomes(text.format(12), "change") == ["change_consistent"]
    assert outcomes(text.format(22), "change") == ["change_mismatch"]


def test_a_fall_is_a_negative_change():
    assert outcomes("Sales fell by 10% from 500 units to 400 units.", "change") == \
        ["change_mismatch"]
    assert outcomes("Sales fell by 20% from 500 units to 400 units.", "change") == \
        ["change_consistent"]


def test_a_change_stated_after_the_range():
    assert outcomes("The number of visitors increased from 1,200 to 1,500, up 25%.",
                    "change") == ["change_consistent"]


def test_a_change_to_the_end_figure_then_from_the_start_after_a_comma():
    assert outcomes("Its shares fell 8 percent on Monday, to C$4.10, from C$4.46.",
                    "change") == ["change_consistent"]
    assert outcomes("Its shares fell 15 percent on Monday, to C$4.10, from C$4.46.",
                    "change") == ["change_mismatch"]


def test_a_difference_against_a_figure_named_in_a_few_words():
    text = "The tunnel cost 9.4 billion yuan, {} percent more than the original budget of 8.6 " \
           "billion yuan."
    assert outcomes(text.format(9), "change") == ["change_consistent"]
    assert outcomes(text.format(19), "change") == ["change_mismatch"]


def test_a_fraction_more_than_a_figure_sizes_the_difference():
    text = "The club sold 4,000 season tickets, {} than the 3,000 it sold last season."
    assert outcomes(text.format("a third more"), "change") == ["change_consistent"]
    assert outcomes(text.format("three quarters more"), "change") == ["change_mismatch"]
    assert outcomes("The club sold 2,000 season tickets, a third fewer than the 3,000 it sold "
                    "last season.", "change") == ["change_consistent"]


def test_a_change_between_two_dated_amounts():
    text = "The town grew from 12,000 people in 2000 to 15,000 in 2020, a rise of {} percent."
    assert outcomes(text.format(25), "change") == ["change_consistent"]
    assert outcomes(text.format(40), "change") == ["change_mismatch"]


def test_a_multiple_stated_after_the_pair():
    text = "Funds rose from $33.2 billion in 2012 to $146.1 billion in 2020, {}."
    assert outcomes(text.format("more than a fourfold increase"), "change") == \
        ["change_consistent"]
    assert outcomes(text.format("a threefold increase"), "change") == ["change_mismatch"]
    # a multiple with an object of its own is another change
    assert outcomes("Sales rose from 2 million to 5.9 million, tripling the number of "
                    "stores.", "change") == []


def test_up_from_an_earlier_figure_a_clause_away():
    text = ("Exactly 51,000 vehicles now cross the bridge each day, up from 42,000 in its "
            "first year, a rise of {} percent.")
    assert outcomes(text.format(21), "change") == ["change_consistent"]
    assert outcomes(text.format(31), "change") == ["change_mismatch"]


def test_a_change_stated_between_the_later_figure_and_the_earlier():
    text = "The port had 7.9 million visitors last year, down {} percent from 24.5 million."
    assert outcomes(text.format(68), "change") == ["change_consistent"]
    assert outcomes(text.format(58), "change") == ["change_mismatch"]
    text = ("The depot moved 21.3 million parcels last year, up {} percent from 20.1 million "
            "in 2014.")
    assert outcomes(text.format(6), "change") == ["change_consistent"]
    assert outcomes(text.format(9), "change") == ["change_mismatch"]
    # a change from something not stated as a figure compares nothing
    assert outcomes("The depot moved 21.3 million parcels, up 6 percent from a year earlier "
                    "and 2 million more than its rival.", "change") == []


def test_a_change_of_a_measure_against_a_bare_earlier_figure():
    text = ("The mine produced 268,000 ounces of gold in the quarter, up {} percent from "
            "258,000 a year earlier.")
    assert outcomes(text.format(4), "change") == ["change_consistent"]
    assert outcomes(text.format(14), "change") == ["change_mismatch"]


def test_a_difference_above_or_below_a_named_figure():
    text = ("The final cost was 3.4 billion dollars, {} percent above the first estimate of "
            "2.4 billion.")
    assert outcomes(text.format(42), "change") == ["change_consistent"]
    assert outcomes(text.format(24), "change") == ["change_mismatch"]
    assert outcomes("The ward had 1,200 beds, 20 percent below the 1,500 planned.", "change") \
        == ["change_consistent"]
    assert outcomes("The ward had 1,200 beds, 40 percent below the 1,500 planned.", "change") \
        == ["change_mismatch"]


def test_a_year_then_an_amount_is_no_range():
    assert [c.surface for c in claims_of("It grew from 1.2 million in 2000 to 1.5 million.")] \
        == ["1.2 million", "2000", "1.5 million"]


def test_a_share_restated_by_the_part_after_its_whole():
    text = "The donors gave {} percent of the $50 million raised, or $30 million."
    assert outcomes(text.format(60), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format(40), "share-of-whole") == ["share_mismatch"]


def test_a_share_of_the_whole_that_includes_the_part():
    text = "The $4 billion budget includes $1.2 billion for schools, or {} percent."
    assert outcomes(text.format(30), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format(40), "share-of-whole") == ["share_mismatch"]


def test_each_before_the_amount_makes_it_an_amount_per_one():
    text = "The 120 buses, each costing $400,000, cost ${} million in all."
    assert outcomes(text.format(48), "average") == ["average_consistent"]
    assert outcomes(text.format(60), "average") == ["average_mismatch"]
    # "each year" is a rate over time
    assert outcomes("The 120 buses cost $400,000 each year, $48 million in all.",
                    "average") == []


def across(each: str, whole: str) -> list[tuple[str, str]]:
    """(outcome, severity) of the average check on two texts."""
    return [(f.outcome, f.severity) for f in findings_of({"a": each, "b": whole})
            if f.rule == "average"]


def test_an_amount_each_in_one_text_and_the_combined_amount_in_another():
    each = "The station's 32 turbines, 250 megawatts each, were all running by June."
    whole = "The plant has 32 turbines with a combined capacity of {} megawatts."
    assert across(each, whole.format("8,000")) == [("across_consistent", "info")]
    assert across(each, whole.format("9,600")) == [("across_mismatch", "warning")]
    # "in all" after the total says the same
    assert across(each, "The 32 turbines give 9,600 megawatts in all.") == [
        ("across_mismatch", "warning")]
    # another count of turbines, or the same count of other things: another set
    assert across(each, whole.format("9,600").replace("32 turbines", "30 turbines")) == []
    assert across(each, whole.format("9,600").replace("turbines", "pumps")) == []
    # a count that is not exact names no set another text may name again
    assert across(each, whole.format("9,600").replace("32", "about 32")) == []


def test_a_small_count_or_a_plan_against_what_was_done_only_agrees_across_texts():
    # "two reactors" may be any two; a plan may have been revised since
    each = "Both of the plant's 2 reactors, 1,100 megawatts each, were shut in May."
    whole = "The plant's 2 reactors have a combined capacity of {} megawatts."
    assert across(each, whole.format("2,200")) == [("across_consistent", "info")]
    assert across(each, whole.format("2,600")) == []
    each = "All 26 generators, 700,000 kilowatts each, went into operation last year."
    whole = "The dam is to be fitted with 26 generators with a combined capacity of {} kilowatts."
    assert across(each, whole.format("18.2 million")) == [("across_consistent", "info")]
    assert across(each, whole.format("22.4 million")) == []


def test_an_amount_each_with_its_total_in_its_own_sentence_is_not_held_to_another_text():
    each = "The 40 buses, $400,000 each, cost $16 million in all."
    whole = "The city's 40 buses have a total cost of $18 million."
    assert sorted(across(each, whole)) == [("average_consistent", "info")]


def test_an_amount_per_noun_divides_by_the_noun_counted_in_a_sentence_before():
    text = ("Lund is widening its recall to 530,000 vehicles. It has set aside 140 million "
            "euros for the repairs, or roughly {} euros per vehicle.")
    assert outcomes(text.format(365), "average") == ["average_mismatch"]
    assert outcomes(text.format(265), "average") == ["average_consistent"]
    # two counts of the noun before: which one is meant is not known
    assert outcomes("Lund recalled 480,000 vehicles in May and 530,000 vehicles in June. It "
                    "set aside 140 million euros, or 365 euros per vehicle.", "average") == []
    # an amount per one in another predicate than the total's is not its quotient
    assert outcomes("The firm has 5,000 employees. It made a profit of 50 million dollars and "
                    "paid 60,000 dollars per employee in wages.", "average") == []
    assert outcomes("The firm, with 5,000 employees, made a profit of 50 million dollars and "
                    "paid 60,000 dollars per employee in wages.", "average") == []


def test_an_amount_a_person_is_an_amount_per_one():
    text = "The scheme moved 9,600 people, at a cost of 600 million yuan, or {} yuan a person."
    assert outcomes(text.format("62,500"), "average") == ["average_consistent"]
    assert outcomes(text.format("82,500"), "average") == ["average_mismatch"]


def test_a_whole_named_first_split_into_what_was_paid_and_what_is_outstanding():
    text = "Of the $500 million pledged, $320 million has been paid, while ${} million is " \
           "still outstanding."
    assert outcomes(text.format(180), "parts-sum") == ["parts_consistent"]
    assert outcomes(text.format(240), "parts-sum") == ["parts_mismatch"]


def test_a_part_of_the_whole_right_after_it_leaves_the_rest_stated_after_that():
    text = "The authority has spent $5.1 billion of its $6 billion in federal aid so far, " \
           "leaving ${} billion."
    assert outcomes(text.format("0.9"), "parts-sum") == ["parts_consistent"]
    assert outcomes(text.format("0.6"), "parts-sum") == ["parts_mismatch"]
    # power restored to some of the homes that lost it, the rest in the dark
    text = "Power had been restored to 210,000 of the 480,000 homes that lost it, leaving " \
           "{} in the dark."
    assert outcomes(text.format("270,000"), "parts-sum") == ["parts_consistent"]
    # a figure after the whole with no word of what is left is no rest
    assert outcomes("It has spent $5.1 billion of its $6 billion, and $0.6 billion on roads.",
                    "parts-sum") == []


def test_a_part_of_a_part_is_no_restated_share_or_remainder():
    # "1,200 of them children" and "$300 million of it" are parts of their own
    assert outcomes("About 60 percent of the 3,400 residents, 1,200 of them children, have "
                    "returned.", "share-of-whole") == []
    assert outcomes("Some 45 percent of the $2 billion, about $300 million of it from the "
                    "state, went to roads.", "share-of-whole") == []
    assert outcomes("Of the $500 million pledged, $320 million has been paid, while $90 "
                    "million of new pledges are still outstanding.", "parts-sum") == []
    # a total across ", and the city spent" is another clause's
    assert outcomes("Each of the 12 districts received $2 million last year, and the city "
                    "spent $50 million in total.", "average") == []


def test_percentage_points_are_not_percent():
    assert outcomes("The share grew from 20 percent to 25 percent, up 5 percentage points.",
                    "change") == ["change_consistent"]
    assert outcomes("The share grew from 20 percent to 25 percent, up 7 percentage points.",
                    "change") == ["change_mismatch"]


def test_multiples_and_amounts():
    assert outcomes("The budget doubled from 2 billion yuan to 5.2 billion yuan.", "change") \
        == ["change_mismatch"]
    assert outcomes("The budget doubled from 2 billion yuan to 4.1 billion yuan.", "change") \
        == ["change_consistent"]
    assert outcomes("Donations rose by 300 from 1,800 to 2,100.", "change") == \
        ["change_consistent"]


def test_a_change_of_something_else_in_the_sentence_is_not_compared():
    assert outcomes("Exports rose from 100 million dollars to 130 million dollars, while "
                    "imports rose 20 percent.", "change") == []
    assert outcomes("Exports rose from 100 million dollars to 130 million dollars; imports "
                    "rose 5 percent.", "change") == []


def test_rounded_figures_leave_room():
    # 100 and 130 million are known to 5 million: +20% is possible (104 to 125)
    assert outcomes("Exports rose 20 percent from 100 million dollars to 130 million dollars.",
                    "change") == ["change_consistent"]


def test_a_part_of_it_and_what_is_left_make_the_whole():
    text = ("By May the county had set aside 800 million yuan for repairs; 300 million yuan of "
            "it had been spent, while 500 million yuan had not yet been used.")
    assert outcomes(text, "parts-sum") == ["parts_consistent"]
    assert outcomes(text.replace("500 million", "400 million"), "parts-sum") == \
        ["parts_mismatch"]
    text = ("The toll rose to 1,210. Officials said 1,190 of the victims had been named and 20 "
            "bodies were yet to be identified.")
    assert outcomes(text, "parts-sum") == ["parts_consistent"]


def test_two_parts_of_it_with_no_remainder_are_not_a_split():
    text = ("The county set aside 800 million yuan; 300 million yuan of it went to roads and "
            "200 million yuan to schools.")
    assert "parts_mismatch" not in outcomes(text, "parts-sum")


def test_parts_dated_by_their_years_still_make_one_list():
    text = ("The firm has been fined three times, for a total of 8.25 billion euros: 2.42 "
            "billion in 2017, 4.34 billion in 2018 and {} billion in 2019.")
    assert outcomes(text.format("1.49"), "parts-sum") == ["parts_consistent"]
    assert outcomes(text.format("2.49"), "parts-sum") == ["parts_mismatch"]


def test_a_list_and_its_total_line_under_it_add_up():
    text = ("Pledges so far:\n\n- World Bank: $500 million.\n- European Union: €150 million "
            "($162 million).\n- Japan: $80 million.\n\nTotal: about ${} million.\n")
    assert outcomes(text.format(742), "parts-sum") == ["parts_within_total"]
    # a list may leave givers out, but its parts may not exceed its total
    assert outcomes(text.format(642), "parts-sum") == ["parts_exceed_total"]


# --- averages and amounts each --------------------------------------------------------------

def test_an_average_is_the_total_over_the_count():
    text = "Donors gave 3.4 million yuan to 1,200 families, an average of {} yuan each."
    assert outcomes(text.format("3,500"), "average") == ["average_mismatch"]
    assert outcomes(text.format("2,833"), "average") == ["average_consistent"]


def test_figures_of_other_magnitudes_do_not_set_how_a_figure_is_rounded():
    # "74.6 million" is 74.55-74.65 million and "30,600" is 30,550-30,650: the games'
    # "2,430" tells neither how the total nor how the average is rounded
    text = ("The league drew 74.6 million fans, an average of {} a game across 2,430 "
            "games.")
    assert outcomes(text.format("30,600"), "average") == ["average_consistent"]
    assert outcomes(text.format("31,600"), "average") == ["average_mismatch"]
    # a figure of the same order is read at the finer one's resolution
    text = "It spent 3.2 billion yuan, or {} percent of its 4 billion yuan budget."
    assert outcomes(text.format("70"), "share-of-whole") == ["share_mismatch"]


def test_an_average_over_about_a_count_divides_by_its_band():
    text = "The fund has paid 2.1 billion pesos to about 8,000 families, an average of {} each."
    assert outcomes(text.format("262,500 pesos"), "average") == ["average_consistent"]
    assert outcomes(text.format("162,500 pesos"), "average") == ["average_mismatch"]
    # "more than 8,000" may be any number above: no average is checked against it
    assert outcomes("The fund has paid 2.1 billion pesos to more than 8,000 families, an "
                    "average of 162,500 pesos each.", "average") == []


def test_a_change_after_the_clause_and_time_of_its_figure_is_that_figures():
    text = ("Some 48,200 migrants reached Meridia by sea in the first six months of the year, "
            "up {} percent from 35,400 in the same period of 2026.")
    assert outcomes(text.format(46), "change") == ["change_mismatch"]
    assert outcomes(text.format(36), "change") == ["change_consistent"]


@pytest.mark.parametrize("text", [
    "Exports reached $4.5 billion, a {}% increase on last year's $4.1 billion.",
    "Exports of $4.5 billion were {}% higher than the $4.1 billion of 2024.",
])
def test_a_percentage_named_as_a_change_on_its_base_is_recomputed(text):
    assert outcomes(text.format(22), "change") == ["change_mismatch"]
    assert outcomes(text.format(10), "change") == ["change_consistent"]


def test_year_on_year_between_a_change_and_its_base_is_no_gap():
    text = "Sales fell to 41,000 cars in March, down {} percent year on year from 46,500."
    assert outcomes(text.format(18), "change") == ["change_mismatch"]
    assert outcomes(text.format(12), "change") == ["change_consistent"]


def test_compared_with_needs_no_comma_before_it():
    text = ("Sales of 41,000 cars in March compared with 46,500 a year earlier, a drop of {} "
            "percent.")
    assert outcomes(text.format(18), "change") == ["change_mismatch"]
    assert outcomes(text.format(12), "change") == ["change_consistent"]


def test_a_change_said_the_wrong_way_is_a_mismatch():
    assert outcomes("Exports reached $4.5 billion, a 10% fall on last year's $4.1 billion.",
                    "change") == ["change_mismatch"]


def test_a_difference_after_the_twelve_months_its_figure_counts_is_that_figures():
    text = ("Police recorded 28,400 offences in the year to September, {} percent fewer than "
            "the 30,200 of the year before.")
    assert outcomes(text.format(9), "change") == ["change_mismatch"]
    assert outcomes(text.format(6), "change") == ["change_consistent"]


def test_about_before_a_finely_written_figure_reaches_ten_steps_of_its_last_digit():
    # "some 48,200" is 47,700-48,700, not 43,400-53,000: from 35,400 it is up 35-38%
    text = "Some 48,200 migrants arrived in the first half, up {} percent from 35,400."
    assert outcomes(text.format(46), "change") == ["change_mismatch"]
    # a round figure keeps its qualifier's band: "about 48,000" may be 43,200-52,800
    assert outcomes("About 48,000 migrants arrived in the first half, up 46 percent from "
                    "35,400.", "change") == ["change_consistent"]


def test_a_qualified_amount_each_allows_no_more_than_ten_steps_of_its_last_digit():
    # 4.5 million / 515,000 is 8.6-8.8: "about 9.7" is off, though "about" alone is 10%
    text = ("The drive cost 4.5 million crowns, or about {} crowns for each of the 515,000 "
            "voters it added.")
    assert outcomes(text.format("9.7"), "average") == ["average_mismatch"]
    assert outcomes(text.format("8.7"), "average") == ["average_consistent"]
    # a whole number keeps its qualifier's band: "about 9" may be 8.1-9.9
    assert outcomes(text.format("9"), "average") == ["average_consistent"]


def test_an_amount_each_times_the_count_is_the_total():
    text = "The plant has 26 generators of 700,000 kilowatts each, {} million kilowatts in all."
    assert outcomes(text.format("21"), "average") == ["average_mismatch"]
    assert outcomes(text.format("18.2"), "average") == ["average_consistent"]


def test_an_amount_a_year_for_some_years_makes_the_total_stated_with_it():
    text = ("The council will repay the 9 million euro loan in installments of {} a year over "
            "six years.")
    assert outcomes(text.format("1.5 million euros"), "average") == ["per_period_consistent"]
    assert outcomes(text.format("1.8 million euros"), "average") == ["per_period_mismatch"]
    text = "Tenants pay 640 euros a month for 18 months, {} euros in all."
    assert outcomes(text.format("11,520"), "average") == ["per_period_consistent"]
    assert outcomes(text.format("12,520"), "average") == ["per_period_mismatch"]
    text = ("The contract is worth 2.4 billion rand over eight years, or about {} billion rand "
            "a year.")
    assert outcomes(text.format("0.3"), "average") == ["per_period_consistent"]
    assert outcomes(text.format("0.4"), "average") == ["per_period_mismatch"]
    # a part of a bigger whole, a second clause, a second rate: no total of the periods
    assert outcomes("The 9 million euro plan includes 0.5 million euros a year over six years "
                    "for parks.", "average") == []
    assert outcomes("The city has spent 3 million euros, and will pay 1 million euros a year "
                    "over six years.", "average") == []
    assert outcomes("The loan of 9 million euros costs 1.5 million euros a year for six years "
                    "and 0.2 million euros a year after that.", "average") == []
    # an average a day over some days, itself rounded: 2,350 / 30 is 78.3
    text = "A total of 2,350 trucks entered, an average of {} trucks a day over the 30 days."
    assert outcomes(text.format(78), "average") == ["per_period_consistent"]
    assert outcomes(text.format(88), "average") == ["per_period_mismatch"]
    assert outcomes("Some 2,350 trucks entered over 30 days, an average of 78 a day.",
                    "average") == ["per_period_consistent"]
    # "That is" restates the sentence before, when it has one such total
    text = "A total of 2,350 trucks have entered. That is an average of {} trucks a day over " \
        "the 30 days."
    assert outcomes(text.format(78), "average") == ["per_period_consistent"]
    assert outcomes(text.format(88), "average") == ["per_period_mismatch"]
    assert outcomes("A total of 2,350 trucks and 400 vans have entered. That is an average "
                    "of 88 trucks a day over the 30 days.", "average") == []
    # a year is no period of months: 18 months at 640 a year is not checked
    assert outcomes("Tenants pay 640 euros a year for 18 months, 12,520 euros in all.",
                    "average") == []


def test_an_average_a_day_over_months_allows_every_length_of_the_months():
    # eight months are 224 to 248 days: 4.1 million over them is 16,500 to 18,300 a day
    text = "The tram carried 4.1 million passengers in its first eight months, an average " \
        "of about {} a day."
    assert outcomes(text.format("17,000"), "average") == ["per_period_consistent"]
    assert outcomes(text.format("18,000"), "average") == ["per_period_consistent"]
    assert outcomes(text.format("27,000"), "average") == ["per_period_mismatch"]
    # weeks are days exactly; a year 365 or 366 of them
    text = "The museum drew {} visitors over three weeks, an average of about 430 a day."
    assert outcomes(text.format("9,000"), "average") == ["per_period_consistent"]
    assert outcomes(text.format("12,000"), "average") == ["per_period_mismatch"]
    assert outcomes("The line carried 2.2 million people over two years, or about 3,000 a "
                    "day.", "average") == ["per_period_consistent"]
    # a rate per month over days is no span of the calendar the rate divides
    assert outcomes("The fund paid 9 million euros over 30 days, or 1 million euros a month.",
                    "average") == []


def test_an_average_with_two_candidate_totals_abstains():
    assert outcomes("The city sent 300 doctors and 200 nurses to 12 hospitals, 40 doctors "
                    "each.", "average") == []


def test_an_average_needs_a_count_of_what_the_total_is_shared_among():
    # 17 counts the dead of another winter, not winters the 25 are shared among
    assert outcomes("Twenty-five people died in avalanches this winter, up from 17 last winter "
                    "and above the 20-year average of 22.", "average") == []
    # nor a count of what the total itself counts
    assert outcomes("Twenty-five people died this winter, 8 people more than the yearly "
                    "average of 17.", "average") == []
    text = "Donors gave 3.4 million yuan to 1,200 families, an average of 3,500 yuan each."
    assert outcomes(text, "average") == ["average_mismatch"]


def test_a_price_compared_with_another_is_no_total_over_the_count():
    # "$9.30 for another vaccine" is a price set against "$3 each", not the total of 100
    # million doses
    assert outcomes("The firm could supply 100 million doses a year at about $3 each, against "
                    "$9.30 for the older vaccine.", "average") == []
    assert outcomes("The firm could supply 100 million doses a year at about $3 each, "
                    "$9.30 for the older vaccine.", "average") == []


def test_a_change_to_b_from_a_is_read_in_reverse_order():
    text = ("The trade surplus widened 45 percent to 114 billion yuan from 87 billion yuan a "
            "year earlier.")
    assert outcomes(text, "change") == ["change_mismatch"]
    assert outcomes(text.replace("45 percent", "31 percent"), "change") == ["change_consistent"]


def test_a_share_up_from_an_earlier_share_takes_percentage_points():
    text = ("Electronics accounted for 41 percent of exports, up from 37 percent in the same "
            "period of 2022, a rise of 6 percentage points.")
    assert outcomes(text, "change") == ["change_mismatch"]
    assert outcomes(text.replace("6 percentage", "4 percentage"), "change") == \
        ["change_consistent"]


def test_the_change_stated_next_to_the_pair_is_the_one_compared():
    text = ("Revenue rose 12 percent to $4.5 billion, and net profit fell 3 percent to $1.2 "
            "billion from $1.24 billion a year earlier.")
    assert outcomes(text, "change") == ["change_consistent"]


def test_a_reversed_pair_may_name_its_noun_and_year_between_the_figures():
    text = "Car sales fell {} percent to 30,500 cars in 2024, from 32,000 cars in 2023."
    assert outcomes(text.format(15), "change") == ["change_mismatch"]
    assert outcomes(text.format(5), "change") == ["change_consistent"]
    assert outcomes("Car sales fell 15 percent to 30,500 cars from 32,000 cars.", "change") == \
        ["change_mismatch"]
    # a rate's unit after its noun, and the change stated after the pair
    rate = ("The average level fell to 30.5 micrograms per cubic meter in 2024, from 32 "
            "micrograms in 2023, a decline of about {} percent.")
    assert outcomes(rate.format(15), "change") == ["change_mismatch"]
    assert outcomes(rate.format(5), "change") == ["change_consistent"]


def test_a_change_of_a_percentage_in_points_set_between_the_two():
    text = "Turnout was 61.2 percent, up {} points from 55.2 percent in 2019."
    assert outcomes(text.format(4), "change") == ["change_mismatch"]
    assert outcomes(text.format(6), "change") == ["change_consistent"]
    # "up 10 percent" from a percentage may be points or a relative rise: not checked
    assert outcomes("Turnout was 61.2 percent, up 10 percent from 55.2 percent in 2019.",
                    "change") == []


def test_a_figure_compared_with_an_earlier_one_and_the_change_after_them():
    text = ("Net profit was 4.2 billion dollars, compared with 3.1 billion dollars a year "
            "earlier, an increase of {} percent.")
    assert outcomes(text.format(55), "change") == ["change_mismatch"]
    assert outcomes(text.format(35), "change") == ["change_consistent"]
    # a change stated in another clause is another figure's
    assert outcomes("Net profit was 4.2 billion dollars, compared with 3.1 billion dollars a "
                    "year earlier; sales rose 55 percent.", "change") == []


def test_a_change_by_a_fraction_is_a_change_in_percent():
    text = "Yearly deaths have fallen by about a third, from 2,105 to {}."
    assert outcomes(text.format("1,400"), "change") == ["change_consistent"]
    assert outcomes(text.format("1,800"), "change") == ["change_mismatch"]
    assert outcomes("Sales rose by a quarter to 6,000 from 4,000.", "change") == \
        ["change_mismatch"]
    assert outcomes("Sales rose by a quarter to 5,000 from 4,000.", "change") == \
        ["change_consistent"]
    assert outcomes("Sales rose by half, from 4,000 to 6,000.", "change") == \
        ["change_consistent"]
    assert outcomes("Sales rose by half, from 4,000 to 8,000.", "change") == ["change_mismatch"]
    # a percentage written out in words is no fraction: no rounding band to it
    assert outcomes("Sales rose by fifty-five percent, from 4,000 to 6,000.", "change") == \
        ["change_mismatch"]


def test_this_year_and_last_year_between_a_reversed_pair_say_when():
    text = ("Exports rose {} percent to 4.5 billion dollars this year from 3.5 billion dollars "
            "last year.")
    assert outcomes(text.format(12), "change") == ["change_mismatch"]
    assert outcomes(text.format(29), "change") == ["change_consistent"]


def test_n_times_a_figure_is_a_multiple_of_it():
    text = "Sales hit 900 units this year, about {} times the 300 sold last year."
    assert outcomes(text.format("three"), "change") == ["change_consistent"]
    assert outcomes(text.format("four"), "change") == ["change_mismatch"]
    # the figure may be the subject of "were", its noun between
    text = "The team's 36 golds were {} times its tally of 9 at the last Games."
    assert outcomes(text.format("four"), "change") == ["change_consistent"]
    assert outcomes(text.format("three"), "change") == ["change_mismatch"]
    assert outcomes("Revenue of $9.2 million was 2.5 times the $3.1 million of 2020.",
                    "change") == ["change_mismatch"]
    assert outcomes("Revenue of $9.2 million was three times as much as the $3.1 million of "
                    "2020.", "change") == ["change_consistent"]
    # "three times more than" is x3 to some readers and x4 to others: not checked
    assert outcomes("Revenue of $12.4 million was three times more than the $3.1 million of "
                    "2020.", "change") == []
    # a count of occasions is no multiple of the figure after it
    assert outcomes("The plant made 900 cars, visited three times by the 300 inspectors.",
                    "change") == []


def test_n_times_last_years_amount_is_a_multiple_of_the_one_figure_dated_last_year():
    day = "HARLOW, March 2, 2011 (Wire) -- "
    plan = day + ("Rebuilding of the county will be sped up with government spending of 8 "
                  "billion yuan this year, about four times last year's amount. ")
    assert outcomes(plan + "Last year the government invested 2.1 billion yuan in the "
                           "county.", "change") == ["change_consistent"]
    assert outcomes(plan + "Last year the government invested 3.1 billion yuan in the "
                           "county.", "change") == ["change_mismatch"]
    # a total as of the end of last year may hold years before it: it shows the multiple
    # holds, never that it fails
    by_end = plan + "About {} billion yuan had paid for 140 repair projects in the county by " \
                    "the end of last year."
    assert outcomes(by_end.format("2.02"), "change") == ["change_consistent"]
    assert outcomes(by_end.format("3.1"), "change") == []
    # another measure of last year, or two figures of it, are no base
    assert outcomes(day + "The firm expects to earn 8 billion yuan this year, four times last "
                          "year's amount. Last year it paid 3.1 billion yuan in taxes.",
                    "change") == []
    assert outcomes(plan + "Last year the government invested 3.1 billion yuan in the county "
                           "and the province invested 1.9 billion yuan in its roads.",
                    "change") == []


def test_a_multiple_with_its_figures_in_reverse_order():
    assert outcomes("Cloud sales doubled to $4.6 billion from $2.3 billion.", "change") == \
        ["change_consistent"]
    assert outcomes("Cloud sales doubled to $4.6 billion from $1.5 billion.", "change") == \
        ["change_mismatch"]


def test_to_b_from_a_without_a_stated_change_is_not_compared():
    assert outcomes("Sales rose to 114 million dollars from 87 million dollars.",
                    "change") == []


def test_a_spread_from_a_to_b_is_not_a_change():
    assert outcomes("Prices range from 100 yuan to 150 yuan, up 20 percent on last year.",
                    "change") == []


def test_a_census_year_is_a_year_and_dates_the_later_figure():
    text = ("The population reached 12.34 million at the 2021 census, up {} percent from "
            "11.38 million in 2011.")
    assert outcomes(text.format("8.4"), "change") == ["change_consistent"]
    assert outcomes(text.format("18.4"), "change") == ["change_mismatch"]
    assert [c.kind for c in claims_of("It rose at the 2021 census.")] == ["year"]
    assert [c.kind for c in claims_of("The firm hired 2021 workers.")] == ["count"]


def test_a_figure_set_beside_a_multiple_of_another():
    text = "The port handled 28.15 million tonnes in 2023, {} the 11.15 million tonnes of 2022."
    assert outcomes(text.format("more than double"), "change") == ["change_consistent"]
    assert outcomes(text.format("more than triple"), "change") == ["change_mismatch"]
    assert outcomes("Sales hit 600 units, twice the 300 sold last year.", "change") == \
        ["change_consistent"]
    assert outcomes("Sales hit 900 units, twice the 300 sold last year.", "change") == \
        ["change_mismatch"]


def test_more_verbs_of_change_open_a_pair():
    text = "The payroll has shrunk from 62,000 in 2014 to 50,000 today, a fall of {} percent."
    assert outcomes(text.format(19), "change") == ["change_consistent"]
    assert outcomes(text.format(29), "change") == ["change_mismatch"]
    assert outcomes("Sales plummeted from 900 to 300 units, a drop of 67 percent.", "change") == \
        ["change_consistent"]


# --- sentences that state no arithmetic the checks could redo: all must stay quiet ---------


QUIET = [
    "Of the 1,200 staff, 300 were doctors, or 25 percent.",
    "The 50-member team includes 30 doctors and 25 nurses.",
    "Of the 500 people evacuated, 200 came from the village and 250 from the town.",
    "The company holds 30 percent of the 2 billion yuan project.",
    "Tourism revenue was 5 billion yuan, 20 percent of the province's economic output.",
    "Some 2,000 people, 40 percent of them children, were evacuated.",
    "The city has 3 million residents, 15 percent of whom are over 60.",
    "The plan costs 10 billion yuan, of which 60 percent comes from the central government.",
    "Inflation rose from 2 percent to 3 percent, up 50 percent.",
    "Visitors rose from 200 to 1,000, five times the number in 2015.",
    "Exports rose to 5 billion dollars from 4.5 billion dollars, while imports fell 3 percent.",
    "The team of 12 engineers built 300 houses, 25 houses each month.",
    "In 2019 the county sent 300 teachers and in 2020 another 200 teachers.",
    "The fund raised 5 million yuan in 2019; it spent 2 million yuan and another 1 million "
    "yuan last year.",
    "The project has three phases: 300 houses in 2019, 500 houses in 2020 and 600 houses in "
    "2021.",
    "Beijing sent 100 teachers to three cities, and the other two cities received 40 teachers.",
]


@pytest.mark.parametrize("text", QUIET)
def test_no_arithmetic_warning_where_none_is_stated(text):
    rules = ("share-of-whole", "parts-sum", "change", "average", "share")
    assert [f.message for f in findings_of({"t": text})
            if f.rule in rules and f.severity != "info"] == []


# --- restated figures -----------------------------------------------------------------------

def test_a_restated_figure_without_its_scale_word_is_an_error():
    fs = [f for f in findings_of({"t": "Gifts to the museum now total €640 million. On "
                                       "Tuesday the curator said €640 had been collected."})
          if f.rule == "restated-scale"]
    assert [(f.outcome, f.severity) for f in fs] == [("scale_slip", "error")]
    assert "factor of 1,000,000" in fs[0].message


def test_a_restated_figure_with_its_scale_word_is_fine():
    assert outcomes("Gifts to the museum now total €640 million. On Tuesday the curator said "
                    "€640 million had been collected.", "restated-scale") == []


def test_an_amount_each_is_not_a_restated_total():
    assert outcomes("The fund raised $250 million. Visitors gave $250 each.",
                    "restated-scale") == []


def test_a_single_digit_figure_recurs_by_chance():
    assert outcomes("Gifts reached €6 million, and one family gave €6.", "restated-scale") == []


def test_a_bare_figure_before_the_scaled_one_is_not_its_copy():
    # the small figure came first: the larger one is a new figure, not a copy of it
    assert outcomes("A child gave €640. By May gifts totalled €640 million.",
                    "restated-scale") == []


def test_million_for_billion_needs_three_digits_and_one_measure():
    text = ("The city invested 3.25 billion dollars in the port. A later report said the city "
            "invested 3.25 million dollars in it.")
    assert outcomes(text, "restated-scale") == ["scale_slip"]
    assert outcomes(text.replace("3.25", "3.5"), "restated-scale") == []
    other = ("The city invested 3.25 billion dollars in the port. Its museum shop sold 3.25 "
             "million dollars of souvenirs.")
    assert outcomes(other, "restated-scale") == []


def test_a_share_of_its_staff_is_not_of_another_actors_workforce():
    text = ("Marlow Foods employed 20,400 people at the end of June. Rival Petrel Group "
            "announced 800 job cuts on Monday, about 10 percent of its staff.")
    assert outcomes(text, "share-of-whole") == []


# --- measurements restated in another unit ---------------------------------------------------


def test_a_measurement_restated_in_another_unit_is_recomputed():
    text = "The bridge spans 1,230 kilometres ({} miles) of river."
    assert outcomes(text.format(764), "unit-conversion") == ["conversion_matches"]
    assert outcomes(text.format(864), "unit-conversion") == ["conversion_differs"]
    # a power of ten is named as a slip
    found = [f for f in findings_of({"t": text.format("7,640")}) if f.rule == "unit-conversion"]
    assert "scale slip" in found[0].message and "10" in found[0].message
    assert found[0].severity == "error" and \
        [f.severity for f in findings_of({"t": text.format(864)})
         if f.rule == "unit-conversion"] == ["warning"]
    # two measurements side by side are two things; one unit written twice is no conversion
    assert outcomes("The road runs 12 miles and the rail line 40 kilometres.",
                    "unit-conversion") == []
    assert outcomes("The first stage is 40 km (the second 60 km).", "unit-conversion") == []


def test_a_unit_word_that_names_several_units_is_read_as_any_of_them():
    # a US or an imperial gallon, a short, metric or long ton
    for gallons in ("44", "53"):
        assert outcomes(f"The plant makes 200,000 cubic metres ({gallons} million gallons) a "
                        "day.", "unit-conversion") == ["conversion_matches"]
    for tons in ("5,500", "4,920"):
        assert outcomes(f"The ship carried 5,000 tonnes ({tons} tons) of wheat.",
                        "unit-conversion") == ["conversion_matches"]
    # outside every reading it is wrong, and a power of ten off any reading is a slip
    assert outcomes("The plant makes 200,000 cubic metres (60 million gallons) a day.",
                    "unit-conversion") == ["conversion_differs"]
    assert outcomes("The ship carried 5,000 tonnes (6,200 tons) of wheat.",
                    "unit-conversion") == ["conversion_differs"]
    slip = [f for f in findings_of({"t": "The plant makes 200,000 cubic metres (4.4 million "
                                         "gallons) a day."}) if f.rule == "unit-conversion"]
    assert [f.severity for f in slip] == ["error"] and "scale slip" in slip[0].message


def test_a_restatement_is_no_end_of_a_change_and_may_follow_what_is_measured():
    text = ("The leak grew to 5,000 barrels, or {} gallons, a day, five times the 1,000 barrels "
            "of last week.")
    assert outcomes(text.format("210,000"), "change") == ["change_consistent"]
    # the slipped restatement is the conversion's error, not also a wrong multiple
    assert outcomes(text.format("21,000"), "change") == ["change_consistent"]
    assert outcomes(text.format("21,000"), "unit-conversion") == ["conversion_differs"]
    assert outcomes("It leaked 4.9 million barrels of oil, or some 260 million gallons.",
                    "unit-conversion") == ["conversion_differs"]
    # a restatement in brackets: the multiple is read from the figure before it
    text = ("The city spent 300 million euros ($330 million), {} times the 100 million euros "
            "of 2020.")
    assert outcomes(text.format("three"), "change") == ["change_consistent"]
    assert outcomes(text.format("four"), "change") == ["change_mismatch"]


def test_a_lead_in_points_is_the_difference_of_two_rounded_percentages():
    text = "A poll had Vey ahead of Penn by {} points, 48 percent to 44 percent."
    assert outcomes(text.format(4), "change") == ["margin_consistent"]
    assert outcomes(text.format(7), "change") == ["margin_mismatch"]
    # 47.4 and 43.6 are printed 47 and 44: a lead of 3.8, said as 4 points
    text = "Vey leads Penn by {} percentage points, 47 percent to 44 percent, a poll found."
    assert outcomes(text.format(4), "change") == ["margin_consistent"]
    assert outcomes(text.format(6), "change") == ["margin_mismatch"]
    # a score's margin is still a count's
    assert outcomes("The Hawks won by 9 points, 98 to 92.", "change") == ["margin_mismatch"]


def test_plus_or_minus_is_a_margin_either_way_not_a_negative_share():
    for text in ("The poll's margin of error is plus or minus 3 percentage points.",
                 "The poll's margin of error is +/-3 percentage points."):
        assert [c.value for c in claims_of(text)] == [3.0]
        assert outcomes(text, "share") == []


def test_a_price_or_a_count_restated_per_another_unit_is_the_same_rate():
    text = "Cocoa rose to $3.90 per pound, or about ${} a kilogram, on Friday."
    assert outcomes(text.format("8.60"), "unit-conversion") == ["conversion_matches"]
    assert outcomes(text.format("6.60"), "unit-conversion") == ["conversion_differs"]
    text = "The valley has 30 farms per square mile, or about {} per square kilometre."
    assert outcomes(text.format(12), "unit-conversion") == ["conversion_matches"]
    assert outcomes(text.format(78), "unit-conversion") == ["conversion_differs"]
    # a word that names two units allows both: a US or an imperial gallon
    for per_gallon in ("5.70", "6.80"):
        assert outcomes(f"Diesel sold for 1.50 dollars a litre, or about {per_gallon} dollars "
                        "a gallon.", "unit-conversion") == ["conversion_matches"]
    # two currencies: a matter for the exchange rate, not for the units
    assert outcomes("Petrol costs 1.89 euros a litre (about $9.80 a gallon).",
                    "unit-conversion") == []


@pytest.mark.parametrize(("text", "rule", "message", "line"), [
    ("With emissions of 641 million tonnes and a population of 84 million, the country emits "
     "about 9.6 tonnes per person a year.", "average", "is 7.58–7.683 each",
     "about 9.6 tonnes allows 9.1–10.1"),
    ("Output rose from 5 million tonnes to 8 million tonnes, an increase of 5 million tonnes.",
     "change", "is 2 million to 4 million", "5 million tonnes allows +4.5 million to +5.5 million"),
    ("The farm covers 500 hectares, including 200 hectares of wheat and 400 hectares of maize.",
     "parts-sum", "add up to 590–610", "500 hectares allows 495–505"),
])
def test_arithmetic_of_a_measurement_is_shown_in_the_unit_it_is_written_in(text, rule, message,
                                                                          line):
    # the checks compute in kilograms and square metres; the reader reads tonnes, hectares
    f = next(f for f in findings_of({"t": text}) if f.rule == rule)
    assert message in f.message and line in f.arithmetic


def test_answers_that_leave_a_rest_are_parts_of_one_whole():
    text = ("Of the 1,200 adults polled, {} percent backed the toll, 45 percent opposed it and "
            "the rest did not know.")
    assert outcomes(text.format(57), "share") == ["parts_over_100"]
    assert outcomes(text.format(47), "share") == []
    # shares with no rest named may overlap: a car owner may take the bus
    assert outcomes("Of the 1,200 adults polled, 57 percent own a car and 45 percent take the "
                    "bus.", "share") == []


def test_a_list_after_a_colon_may_name_its_whole_stated_the_sentence_before():
    text = ("Net toll revenue is put at 150 million pounds a year, after running costs of 18 "
            "million pounds. Every penny of the net revenue will go to transport: 90 million "
            "pounds to buses, {} million pounds to cycling and 20 million pounds to roads.")
    assert outcomes(text.format(50), "parts-sum") == ["parts_mismatch"]
    assert outcomes(text.format(40), "parts-sum") == ["parts_consistent"]
    # a name the sentence before does not use names nothing there
    assert outcomes("The fund holds 150 million pounds. The money will go to transport: 90 "
                    "million pounds to buses and 80 million pounds to cycling.",
                    "parts-sum") == []


def test_a_whole_named_by_its_year_heads_its_parts():
    text = ("Of last year's 766, 602 were narrow-body jets, {} were mid-size jets and 89 were "
            "wide-bodies.")
    assert outcomes(text.format(95), "parts-sum") == ["parts_exceed_total"]
    assert outcomes(text.format(75), "parts-sum") == ["parts_within_total"]


def test_a_multiple_of_a_named_holder_s_figure():
    text = "Suppliers employ some 180,000 people, more than {} times Aeron's own staff of 56,000."
    assert outcomes(text.format("four"), "change") == ["change_mismatch"]
    assert outcomes(text.format("three"), "change") == ["change_consistent"]


def test_the_base_of_a_rate_is_no_figure_of_a_change():
    text = ("Infant deaths have fallen to 14 per 1,000 live births from 31 in 2009, a drop of "
            "{} percent.")
    assert outcomes(text.format(45), "change") == ["change_mismatch"]
    assert outcomes(text.format(55), "change") == ["change_consistent"]


def test_a_share_that_names_its_part_and_whole_stated_the_sentence_before():
    text = ("The club's wages rose to 318 million pounds in 2023, up 12 percent from 284 million "
            "pounds, as revenue reached 467 million pounds. Wages took {} percent of revenue, "
            "above the 60 percent advisers call healthy.")
    assert outcomes(text.format(78), "share-of-whole") == ["share_mismatch"]
    assert outcomes(text.format(68), "share-of-whole") == ["share_consistent"]


def test_a_balance_is_the_gap_between_its_two_flows():
    text = ("The surplus widened to {} billion dollars, as exports rose 9 percent to 96.2 "
            "billion dollars and imports fell 4 percent to 57.8 billion dollars.")
    assert outcomes(text.format("36.4"), "balance") == ["balance_mismatch"]
    assert outcomes(text.format("38.4"), "balance") == ["balance_consistent"]
    # one flow in the sentence before, and a deficit whichever way it runs
    text = ("Exports grew 2 percent to 22.6 billion dollars in the quarter, as buyers held back "
            "ahead of possible tariffs. Imports fell to 13.3 billion dollars, leaving a surplus "
            "of {} billion dollars.")
    assert outcomes(text.format("8.3"), "balance") == ["balance_mismatch"]
    assert outcomes("Revenue reached 4.1 billion crowns and spending 4.6 billion crowns, for a "
                    "deficit of 0.5 billion crowns.", "balance") == ["balance_consistent"]


def test_a_balance_with_no_flows_or_two_balances_is_not_checked():
    assert outcomes("The partner's own statistics show a smaller gap, of 31 billion dollars.",
                    "balance") == []
    assert outcomes("The surplus with Estara was 38.4 billion dollars and with the Union 12 "
                    "billion dollars, as exports reached 96.2 billion dollars and imports 57.8 "
                    "billion dollars.", "balance") == []



def test_a_change_reads_through_the_figure_said_again_in_another_currency():
    text = ("Sales reached 540 billion yuan ($75 billion), up {} percent from 500 billion yuan "
            "last year.")
    assert outcomes(text.format(18), "change") == ["change_mismatch"]
    assert outcomes(text.format(8), "change") == ["change_consistent"]
    assert outcomes("Revenue rose 18 percent to 540 billion yuan ($75 billion) from 500 billion "
                    "yuan.", "change") == ["change_mismatch"]


def test_a_participle_puts_the_first_figure_of_its_clause_at_its_share():
    text = ("The jails held 10,400 inmates in January, up from 9,100 a year earlier, officials "
            "said, putting the system at {} percent of its design capacity of 9,300 beds.")
    assert outcomes(text.format(121), "share-of-whole") == ["share_mismatch"]
    assert outcomes(text.format(112), "share-of-whole") == ["share_consistent"]


def test_a_share_over_a_hundred_percent_set_against_its_whole_is_a_ratio():
    text = "The hospital treated 700 patients, {} percent of the 580 it was built for."
    assert outcomes(text.format(121), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format(121), "share") == []
    assert outcomes(text.format(140), "share-of-whole") == ["share_mismatch"]
    # with no figure that makes it a ratio, a share over 100 is still out of range
    assert outcomes("The motion was backed by 112 percent of the 300 members.", "share") \
        == ["out_of_range"]


def test_a_percentage_of_a_year_is_a_ratio_to_that_years_level():
    assert outcomes("Weekend trips have fully recovered, at 101 percent of 2019, it said.",
                    "share") == []
    # a figure with a comma is no year: 112 percent of 2,019 members is out of range
    assert outcomes("The motion was backed by 112 percent of 2,019 members.", "share") \
        == ["out_of_range"]


def test_the_rest_set_off_by_commas_completes_the_parts_of_a_whole():
    text = ("Of Zambia's $13.2 billion external debt, $6.3 billion is owed to governments and $3 "
            "billion to bondholders; the rest, ${} billion, is owed to banks.")
    assert outcomes(text.format("4.9"), "parts-sum") == ["parts_mismatch"]
    assert outcomes(text.format("3.9"), "parts-sum") == ["parts_consistent"]


def test_a_change_of_the_total_before_its_list_of_parts_is_read_as_words():
    text = ("The number of people sick has risen to 287, up 44 from Tuesday, the agency said on "
            "Wednesday: 250 passengers and {} crew members.")
    assert outcomes(text.format(47), "parts-sum") == ["parts_mismatch"]
    assert outcomes(text.format(37), "parts-sum") == ["parts_consistent"]


def test_an_average_a_noun_divides_by_the_count_of_that_noun_across_a_second_predicate():
    text = "The tour played 149 shows and grossed $2.1 billion, about ${} million a show."
    assert outcomes(text.format(17), "average") == ["average_mismatch"]
    assert outcomes(text.format(14), "average") == ["average_consistent"]
    # a second predicate still parts a total from a count the average does not name
    assert outcomes("The firm has 800 staff and made a profit of $50 million, and it paid "
                    "$60,000 per employee.", "average") == []


def test_an_average_of_about_set_after_its_total_divides_by_the_count_named_before():
    text = ("The tour ended with ticket sales of $2.1 billion from 149 shows. It sold 10.1 "
            "million tickets, an average of about {} a show.")
    assert outcomes(text.format("78,000"), "average") == ["average_mismatch"]
    assert outcomes(text.format("68,000"), "average") == ["average_consistent"]


def test_basis_points_are_hundredths_of_a_percentage_point():
    text = "The bank raised its rate by 50 basis points to 4.75 percent from {} percent."
    assert outcomes(text.format("4.35"), "change") == ["change_mismatch"]
    assert outcomes(text.format("4.25"), "change") == ["change_consistent"]
    text = ("The three rises this year came to 125 basis points in all: 25 in February, 50 in "
            "May and {} in August.")
    assert outcomes(text.format(75), "parts-sum") == ["parts_mismatch"]
    assert outcomes(text.format(50), "parts-sum") == ["parts_consistent"]


def test_a_share_of_supply_or_demand_is_of_the_figure_after_it():
    text = ("The group will cut output by 2 million barrels a day, or {} percent of world "
            "supply of 100 million bpd.")
    assert outcomes(text.format(4), "share-of-whole") == ["share_mismatch"]
    assert outcomes(text.format(2), "share-of-whole") == ["share_consistent"]


def test_a_share_restated_after_a_colon_as_a_part_of_a_whole():
    text = ("About one household in {} already struggles to pay, the charity said: 5 million of "
            "the 24 million households in the country.")
    assert outcomes(text.format("three"), "share-of-whole") == ["share_mismatch"]
    assert outcomes(text.format("five"), "share-of-whole") == ["share_consistent"]
    text = "The protection gap was {}% last year: $180bn of $320bn."
    assert outcomes(text.format(66), "share-of-whole") == ["share_mismatch"]
    assert outcomes(text.format(56), "share-of-whole") == ["share_consistent"]


def test_a_change_to_a_bare_figure_in_the_start_unit():
    text = "Since 2019, the quota has fallen from 60,000 tonnes to 24,000, a drop of {}%."
    assert outcomes(text.format(70), "change") == ["change_mismatch"]
    assert outcomes(text.format(60), "change") == ["change_consistent"]


def test_what_a_part_leaves_as_a_gap_is_the_rest_of_the_whole():
    text = ("Storms cost $320 billion last year, and insurers paid $140 billion of it, leaving "
            "a protection gap of ${} billion.")
    assert outcomes(text.format(160), "parts-sum") == ["parts_mismatch"]
    assert outcomes(text.format(180), "parts-sum") == ["parts_consistent"]


def test_a_share_that_closes_its_sentence_restates_the_part_of_the_whole_before_it():
    text = ("About 21,000 of the University of Toronto's 97,000 students come from other "
            "countries, roughly {} percent.")
    assert outcomes(text.format(28), "share-of-whole") == ["share_mismatch"]
    assert outcomes(text.format(22), "share-of-whole") == ["share_consistent"]


def test_an_average_count_of_one_thing_shares_out_the_total_of_it_counted_before():
    text = ("Volunteers planted 600 million seedlings in 12 hours. About 29 million people took "
            "part, officials said, or an average of about {} seedlings each.")
    assert outcomes(text.format(31), "average") == ["average_mismatch"]
    assert outcomes(text.format(21), "average") == ["average_consistent"]
    # a count of the same thing in its own sentence is the total
    assert outcomes("The 40 schools enrolled 12,000 pupils, an average of 400 pupils each.",
                    "average") == ["average_mismatch"]


def test_an_amount_a_day_then_the_total_it_makes_over_the_days_set_after_it():
    text = ("In the capital, 230,000 meals are served every school day, or about {} million "
            "over a school year of 190 days.")
    assert outcomes(text.format(54), "average") == ["per_period_mismatch"]
    assert outcomes(text.format(44), "average") == ["per_period_consistent"]


def test_a_multiple_of_a_figure_named_by_its_day():
    text = "The target is 10 million pupils by 2030, nearly {} times today's 2.6 million."
    assert outcomes(text.format("three"), "change") == ["change_mismatch"]
    assert outcomes(text.format("four"), "change") == ["change_consistent"]


def test_parts_before_a_total_named_with_its_noun_add_up():
    text = ("Property taxes will bring in 2.2 billion dollars, sales taxes 900 million and "
            "state aid 1.4 billion, for total revenue of {} billion.")
    assert outcomes(text.format("4.5"), "parts-sum") == ["parts_consistent"]
    assert outcomes(text.format("4.9"), "parts-sum") == ["parts_mismatch"]


def test_a_share_of_the_amount_raised_takes_the_sum_told_in_all_before():
    text = ("Appeal\n\nThere is the money behind it: 843 million euros in all, an exceptional "
            "sum. The appeal closed in May. The Foundation brought in 358 million euros, or "
            "{} of the amount raised by the appeal, from 62,000 donors.")
    assert outcomes(text.format("43%"), "share-of-whole") == ["share_consistent"]
    assert outcomes(text.format("53%"), "share-of-whole") == ["share_mismatch"]
