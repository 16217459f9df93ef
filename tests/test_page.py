"""Page furniture: links to other stories, lists of other headlines, share counts and photo
credits on a saved web page hold no claim of the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.errors import RuleError
from crosscheck.page import furniture_spans, load_page

from conftest import RULES, claims_of, findings_of

PAGE = """Flood toll rises to 31

The toll from the floods in the valley rose to 31 on Friday, officials said.
More than 800 people have been moved to shelters.

Related stories
- Floods kill 12 in the valley (two days ago)
2. River bursts its banks, 4,000 evacuated

Read more: Valley flood toll rises to 24 (March 12)
Photo (Wire): rescuers on March 13, 2025.
Comments (87)
Share this article: 1,204 shares
© 2025 The Valley Courier
"""


def surfaces(text: str) -> list[str]:
    return [c.surface for c in claims_of(text)]


def test_links_lists_of_other_stories_and_credits_hold_no_claim():
    found = surfaces(PAGE)
    assert "31" in found and "800" in found
    for other in ("12", "4,000", "24", "87", "1,204", "2025"):
        assert other not in found


def test_a_line_that_only_starts_like_a_label_is_the_article():
    text = ("More than 800 people were moved. Share prices fell 4% on Monday.\n"
            "Related costs rose to $3 million, the council said.\n")
    found = surfaces(text)
    assert "$3 million" in found and "4%" in found


def test_a_paragraph_ends_the_list_of_other_stories():
    text = ("Most read\n1. Toll climbs to 38\nThe toll rose to 46 on Saturday, the fire "
            "department said, and 20 people are still missing.\n")
    found = surfaces(text)
    assert "38" not in found and "46" in found


def test_a_link_to_an_older_story_raises_no_warning():
    docs = {"a": "Toll rises to 46\n\nUpdated 15/03/2025 18:40\n\nThe landslide's toll has "
                 "risen to 46, officials said on Saturday.\n\nMost read\n"
                 "1. Landslide: toll climbs to 38\n",
            "b": "Landslide: what we know\n\nMarch 16, 2025\n\nAt least 51 people have died "
                 "in the landslide, officials said on Sunday.\n\nRead more: Landslide toll "
                 "rises to 46 (March 14)\n"}
    assert [f for f in findings_of(docs) if f.severity != "info"] == []


def test_spans_cover_whole_lines():
    text = "Body line.\nRead more: Other story 12\nMore than 800 people left.\n"
    spans = furniture_spans(text, load_page(RULES))
    assert [text[a:b] for a, b in spans] == ["Read more: Other story 12\n"]


def test_a_bad_page_file_is_refused_with_its_line(tmp_path: Path):
    (tmp_path / "page.yaml").write_text("link_labels: [read more]\nheadings: [x]\n")
    with pytest.raises(RuleError) as e:
        load_page(tmp_path)
    assert "headings" in str(e.value) and e.value.line == 2


def test_a_correction_notice_states_no_claim():
    text = ("The toll was 27, the sheriff said.\n\nCorrection: An earlier version of this "
            "article said 40 people had died.\n\nThis article was corrected on June 3: it "
            "previously said the dam was built in 1965.\n")
    found = surfaces(text)
    assert "27" in found and "40" not in found and "1965" not in found
    # a market correction is the article's
    assert "10%" in surfaces("The market correction wiped 10% off bank shares on Monday.")
    text = ("It employed about 320 people.\n\nThis article has been updated to correct the "
            "number of workers employed, which was given as 3,200.\n")
    assert surfaces(text) == ["320"]


def test_a_factbox_heading_is_the_article():
    text = ("Elsewhere\n- Germany pledged 10 million euros\n- France gave 5 million euros\n")
    assert "10 million euros" in surfaces(text)
