"""Publication dates read from a text's header, front matter and file name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crosscheck.corpus import load_corpus
from crosscheck.dates import date_from_name, date_from_text, parse_date, year_of_neighbours

D = dt.date


@pytest.mark.parametrize(("text", "expected"), [
    # labelled lines
    ("Harbour fees to rise\n\nPublished: March 3, 2016\n\nThe port said on Tuesday...",
     D(2016, 3, 3)),
    ("Harbour fees to rise\n\nPosted: Feb 9, 2018 08:15 PM\n\nThe port said...", D(2018, 2, 9)),
    ("Harbour fees to rise\n\nThe Daily Courier | Updated: 2020-11-05 14:02\n\nBody.",
     D(2020, 11, 5)),
    ("Harbour fees to rise\n\nLast updated: 2008-07-30 09:41 (Courier)\n\nBody.",
     D(2008, 7, 30)),
    ("Harbour fees to rise\nPUBLISHED : Friday, 6 May, 2016, 9:00pm\nUPDATED : Saturday, "
     "7 May, 2016, 1:00am\n\nBody.", D(2016, 5, 6)),
    ("Harbour fees to rise\n\ndate 2017-10-02\n\nBody.", D(2017, 10, 2)),
    # time-stamp and byline lines
    ("Harbour fees to rise\n\nMarch 30, 2012 - 18:20\n\nBody text here.", D(2012, 3, 30)),
    ("Harbour fees to rise\n\nSource: Courier | 09:05, August 2, 2021\n\nBody.", D(2021, 8, 2)),
    ("Harbour fees to rise\n\n2019-06-11 07:30\n\nBody.", D(2019, 6, 11)),
    ("Harbour fees to rise\n\nFrom our city desk, November 03, 2022\n\nBody.", D(2022, 11, 3)),
    ("Harbour fees to rise\nA port summary\nMay. 21st, 2015\n\nBody.", D(2015, 5, 21)),
    ("Harbour fees to rise\n\nJuly-14-2011\n\nBody.", D(2011, 7, 14)),
    # outlet-and-date parenthesis at the start of the text
    ("Harbour fees to rise\n\n(Courier, October 4, 2014)\n\nThe port said...", D(2014, 10, 4)),
    # ... and one that opens the body's first line, the body after it on the same line
    ("(Harbour Watch, Feb. 21, 2026) The port figures released last week show a rise.",
     D(2026, 2, 21)),
    ("Harbour fees to rise\n\n(Courier, October 4, 2014) The port said fees rise.",
     D(2014, 10, 4)),
    # a compiled-on note in the title line
    ("HARBOUR FEES TIMELINE (compiled January 22, 2026)\n\nJan. 7: fees rise.",
     D(2026, 1, 22)),
    # a dateline that states its year
    ("Harbour fees to rise\n\nPORT LOUIS, Jan. 8, 2013 (Wire) -- The port said fees rise.",
     D(2013, 1, 8)),
    # a dateline that opens the file, with no headline above it
    ("PORT LOUIS, Jan. 8, 2013 (Wire) -- The port said fees rise.\n\nMore.", D(2013, 1, 8)),
    # a body that opens with its date and a dash, without a place
    ("Harbour fees to rise\n\nSEPTEMBER 10 2025 -- The port said fees rise.", D(2025, 9, 10)),
    ("Harbour fees to rise\n\n10 September 2025 — The port said fees rise.", D(2025, 9, 10)),
    ("Harbour fees to rise\n\nMay 2, 2024 - The port said fees rise.", D(2024, 5, 2)),
    # a first line that is nothing but a date is no headline
    ("October 3, 2026\n\nThe port said on Tuesday that fees rise.", D(2026, 10, 3)),
    ("Tuesday, 3 October 2026 09:10\n\nThe port said fees rise.", D(2026, 10, 3)),
    # front matter
    ("---\ntitle: Harbour fees\ndate: 2018-04-19\n---\nThe port said...", D(2018, 4, 19)),
])
def test_header_date_forms_are_read(text, expected):
    found = date_from_text(text)
    assert found is not None and found.date == expected


def test_a_dateline_without_year_takes_the_year_given_to_it():
    text = "Harbour fees to rise\n\nPORT LOUIS, Sept 14 (Wire) - The port said fees rise."
    assert date_from_text(text) is None
    assert date_from_text(text, year_hint=2009).date == D(2009, 9, 14)


def test_a_dateline_without_year_takes_the_year_its_folder_agrees_on(tmp_path):
    (tmp_path / "a.txt").write_text("PORT LOUIS, Oct. 8 (Wire) -- The port said fees rise "
                                    "after it defaulted in November 2020.")
    (tmp_path / "b.txt").write_text("Fees rise\n\nPublished: 9 October 2025\n\nBody.")
    (tmp_path / "c.txt").write_text("(Courier, Oct. 15, 2025) The port said fees rise.")
    docs = {d.id: d for d in load_corpus([tmp_path])}
    assert docs["a"].published == D(2025, 10, 8) and docs["a"].date_source == "stated"
    # early January among texts of late December is of the next year
    assert year_of_neighbours(1, 3, [D(2025, 12, 28), D(2025, 12, 30)]) == 2026


def test_a_dateline_without_year_is_left_undated_when_its_folder_spans_years(tmp_path):
    (tmp_path / "a.txt").write_text("PORT LOUIS, Oct. 8 (Wire) -- The port said fees rise.")
    (tmp_path / "b.txt").write_text("Fees rise\n\nPublished: 9 October 2025\n\nBody.")
    (tmp_path / "c.txt").write_text("Fees rise\n\nPublished: 9 October 2019\n\nBody.")
    assert {d.id: d for d in load_corpus([tmp_path])}["a"].published is None
    assert year_of_neighbours(10, 8, []) is None


@pytest.mark.parametrize("text", [
    # a date inside a body sentence is an event, not the publication date
    "Harbour fees to rise\n\nThe storm of April 14, 2010 closed the port for a week and the "
    "owners said repairs would take months.",
    # a headline's date is the event's
    "Storm of April 14, 2010 remembered\n\nThe port held a ceremony.",
    # a hyphen between two dates, or one without spaces, is no dash after a dateline
    "Harbour fees to rise\n\nMay 2, 2024-June 1, 2024: the port's fees rose twice.",
    # a caption is a sentence, however it starts
    "Harbour fees to rise\n\nPhoto (Wire): cranes unload a ship at the harbour at dusk, "
    "in the rain, April 11, 2017.\n\nBody.",
])
def test_dates_in_sentences_and_headlines_are_not_publication_dates(text):
    assert date_from_text(text) is None


def test_numeric_dates_that_read_both_ways_are_refused():
    assert parse_date("20-04-2015") == D(2015, 4, 20)
    assert parse_date("04-05-2015") is None
    assert parse_date("February 30, 2015") is None


def test_a_header_date_that_reads_both_ways_still_states_its_year(tmp_path: Path):
    # day and month may be swapped; the year may not: the text is of 2026, not of the
    # latest year its sentences mention
    found = date_from_text("Harbour fees\n\nPosted 04/12/2026\n\nFees rose in 2019.")
    assert (found.date.year, found.precision) == (2026, "year")
    assert date_from_text("Harbour fees\n\nPosted 24/12/2026\n\nFees rose.").date == \
        D(2026, 12, 24)
    # a dateline's month and day complete the year
    found = date_from_text("Harbour fees\n\n04.12.2026\n\nSELM, Dec. 4 (Wire) -- Fees rose.")
    assert (found.date, found.precision) == (D(2026, 12, 4), "day")
    # a day from sources.yaml or the file name is finer than the year alone
    (tmp_path / "a.txt").write_text("Harbour fees\n\nPosted 04/12/2026\n\nFees rose.",
                                    encoding="utf-8")
    (tmp_path / "b-2026-12-04.txt").write_text("Harbour fees\n\nPosted 04/12/2026\n\nFees "
                                               "rose.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Harbour fees\n\nPosted 04/12/2026\n\nFees rose.",
                                    encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("a.txt: {published: 2026-12-04}\n", encoding="utf-8")
    docs = {d.id: d for d in load_corpus([tmp_path])}
    assert (docs["a"].published, docs["a"].date_from) == (D(2026, 12, 4), "sources.yaml")
    assert (docs["b-2026-12-04"].published, docs["b-2026-12-04"].date_from) == \
        (D(2026, 12, 4), "file name")
    assert (docs["c"].published.year, docs["c"].date_precision) == (2026, "year")


def test_file_name_dates():
    assert date_from_name("2013-04-22_port.txt").date == D(2013, 4, 22)
    assert date_from_name("port-20130422.txt").date == D(2013, 4, 22)
    year = date_from_name("07_courier-2019-port-fees.txt")
    assert (year.date.year, year.precision) == (2019, "year")
    assert date_from_name("courier-2013-2016-review.txt") is None
    assert date_from_name("000_82b06965cec8b9a3.txt") is None


def test_text_date_wins_over_sources_yaml_then_file_name(tmp_path: Path):
    (tmp_path / "a-2011-port.txt").write_text(
        "Harbour fees\n\nUpdated: 2012-05-06 10:00\n\nFees rose.", encoding="utf-8")
    (tmp_path / "b-2011-port.txt").write_text("Harbour fees\n\nFees rose.", encoding="utf-8")
    (tmp_path / "c-2011-port.txt").write_text("Harbour fees\n\nFees rose.", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "a-2011-port.txt: {published: 2012-01-01}\nb-2011-port.txt: {published: 2012-02-02}\n",
        encoding="utf-8")
    docs = {d.id: d for d in load_corpus([tmp_path])}
    assert (docs["a-2011-port"].published, docs["a-2011-port"].date_from) == \
        (D(2012, 5, 6), "text")
    assert (docs["b-2011-port"].published, docs["b-2011-port"].date_from) == \
        (D(2012, 2, 2), "sources.yaml")
    c = docs["c-2011-port"]
    assert (c.published.year, c.date_from, c.date_precision, c.date_source) == \
        (2011, "file name", "year", "stated")


def test_the_plain_date_forms_read_as_dateutil_reads_them():
    import datetime as dt

    from dateutil import parser

    from crosscheck.dates import _DATE, parse_date

    forms = [f"{m} {d}, {y}" for m in ("January", "Feb.", "Sept.", "Sep", "Dec.")
             for d in ("1", "3rd", "29", "31") for y in ("1999", "2024")]
    forms += [f"{d} {m} {y}" for m in ("March", "Nov") for d in ("2", "30") for y in ("2023",)]
    forms += ["Monday, June 3, 2024", "2024-02-29", "2023-02-29", "2019/12/31"]
    for text in forms:
        m = _DATE.search(text)
        found = m.group(m.lastgroup)
        try:
            expected = parser.parse(found, dayfirst=m.lastgroup == "dmy",
                                    default=dt.datetime(2000, 1, 1)).date()
        except ValueError:
            expected = None
        assert parse_date(text) == expected, text
