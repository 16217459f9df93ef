"""Document text made harmless for each output: a report quotes what sources say, and a
source can say anything (HTML, Markdown links, terminal escape sequences, spreadsheet
formulas). Every reporter passes quoted text through the function for its format."""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the Unicode controls that reorder
# or hide text (bidirectional overrides and isolates, zero-width joiners are left alone).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The ASCII characters that open Markdown or HTML syntax inside a line (links and images need
# "[" and "!", HTML and autolinks "<", entities "&"); backslash escapes of ASCII punctuation
# are literal in CommonMark and GFM.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>!|~&])")
# What opens a block at the start of a line: a heading, list item, quote, rule, numbered item
_LINE_START = re.compile(r"^(\s*)(?:([#>+=-])|(\d+)([.)]))")
# Bare addresses a GFM renderer turns into links by itself ("www.x", "https://x")
_AUTOLINK = re.compile(r"(?i)\b(www)\.|(\w)(://)")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def visible(text: object) -> str:
    """The text with every control character shown as an escape (``\\x1b``), so no escape
    sequence from a document reaches a terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}" if ord(m.group(0)) < 0x100
                        else f"\\u{ord(m.group(0)):04x}", str(text))


def md_inline(text: object, line: bool = False) -> str:
    """The text as literal Markdown on one line: markup characters escaped, line breaks as
    spaces, and bare addresses broken with a zero-width space so no renderer turns them into
    links; ``line``: the text opens a line of its own, so a block marker at its start
    ("# ", "- ", "1. ") is escaped too."""
    s = visible(str(text).replace("\r", " ").replace("\n", " "))
    s = _AUTOLINK.sub(lambda m: "www\u200b." if m.group(1) else f"{m.group(2)}\u200b://", s)
    s = _MD_SPECIAL.sub(r"\\\1", s)
    if not line:
        return s
    return _LINE_START.sub(lambda m: m.group(1) + (
        "\\" + m.group(2) if m.group(2) else m.group(3) + "\\" + m.group(4)), s)


def csv_text(text: object) -> str:
    """A text cell a spreadsheet will not run as a formula: one that opens with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return is prefixed with an apostrophe."""
    s = str(text)
    return "'" + s if s.startswith(_FORMULA_START) else s
