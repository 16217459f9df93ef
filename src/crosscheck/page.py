"""Page furniture: the lines of a saved web page that are not the article.

A page saved from a news site carries other stories' headlines ("Most read", "Related
stories"), links ("Read more: Toll rises to 46 (March 14)"), share and comment counts and
copyright lines. Their figures belong to other texts or to the site, so the words that mark
them (``rules/page.yaml``) say which lines hold no claim of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import RuleError
from .extract.fastre import lower_alternation
from .yamlfile import read_data_mapping

PAGE_FILE = "page.yaml"
_LISTS = ("link_labels", "section_headings", "correction_marks")
#: a list item: "- ...", "* ...", "• ...", "1. ...", "2) ..."
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")
#: the longest paragraph read as a correction notice (a longer one is the article's)
_NOTICE_CHARS = 300
#: a line of a headline list: short, with no full stop closing it (a paragraph has one)
_HEADLINE_CHARS = 140


@dataclass(frozen=True)
class Page:
    """The compiled marks of ``page.yaml``."""

    link: re.Pattern
    heading: re.Pattern
    correction: re.Pattern


def _alternation(words: list[str]) -> str:
    """The phrases as a case-blind alternation, any blanks in a phrase matching any."""
    return lower_alternation(words, escape=lambda w: re.escape(" ".join(w.split())).replace(
        r"\ ", r"\s+")) if words else "(?!x)x"


def load_page(rules_dir: Path) -> Page:
    """The page-furniture marks from ``rules_dir/page.yaml`` (bundled file otherwise)."""
    from .resources import data_file

    return _load(data_file(rules_dir, PAGE_FILE).resolve())


@lru_cache(maxsize=8)
def _load(path: Path) -> Page:
    data, lines = read_data_mapping(path, _LISTS, RuleError)
    for k, v in data.items():
        if not isinstance(v, list) or not all(isinstance(w, str) and w.strip() for w in v):
            raise RuleError(f"{k} must be a list of words", path=str(path),
                            line=lines.get(str(k)))
    lists = {k: [str(w) for w in data.get(k) or []] for k in _LISTS}
    # a label ends where a word would go on: "More:" is a link, "More than 800 people" is
    # not; a year may follow it ("© 2025 The Courier")
    link = re.compile(rf"^\s*(?:{_alternation(lists['link_labels'])})"
                      r"(?:\s*(?:[:(|>»\[]|[-–—](?!\w))|\s+(?:19|20)\d\d\b|\s*$)",
                      re.IGNORECASE)
    heading = re.compile(rf"^\s*(?:{_alternation(lists['section_headings'])})\s*:?\s*$",
                         re.IGNORECASE)
    correction = re.compile(rf"(?<!\w)(?:{_alternation(lists['correction_marks'])})(?!\w)",
                            re.IGNORECASE)
    return Page(link, heading, correction)


def furniture_spans(text: str, page: Page) -> list[tuple[int, int]]:
    """Where the text holds page furniture, as character spans: link and credit lines,
    correction notices, and each list of other stories with its heading."""
    spans = []
    offset = 0
    in_list = False
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        start, end = offset, offset + len(raw)
        offset = end
        if not line:
            continue
        if page.heading.match(line):
            in_list = True
            spans.append((start, end))
        elif in_list and (_LIST_ITEM.match(line) or (
                len(line) <= _HEADLINE_CHARS and not line.endswith((".", "!", "?")))):
            spans.append((start, end))
        else:
            in_list = False
            if page.link.match(line) or (len(line) <= _NOTICE_CHARS and
                                         page.correction.search(line)):
                spans.append((start, end))
    return spans
