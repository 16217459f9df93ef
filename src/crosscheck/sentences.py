"""Sentences of a document, with their character offsets."""

from __future__ import annotations

import re
from array import array
from typing import Final, NamedTuple

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS: Final = frozenset(
    "no nos mr mrs ms dr prof st vs etc inc ltd co corp "
    "jr sr gen gov rep sen fig jan feb mar apr jun jul aug sep sept oct nov dec approx est "
    "dept univ u.s u.k rs vol pp ca".split()
)
# A boundary: stops, closing marks, blanks. No line break can be part of one, so one scan of
# the text finds every line's boundaries. :func:`boundaries` finds what this pattern finds.
_BOUNDARY_AFTER: Final = r"[.!?]*[\"'”’)\]]*[ \t]+"  # what follows the first stop
_BOUNDARY: Final = re.compile(r"[.!?]" + _BOUNDARY_AFTER)
# The same, one pattern per first character: a pattern that opens with a literal character is
# scanned several times faster than one that opens with a set (see extract/fastre.py), and
# "!" and "?" are rare enough that a text without them is not scanned for them at all.
_BOUNDARY_BY_STOP: Final = {stop: re.compile(re.escape(stop) + _BOUNDARY_AFTER) for stop in ".!?"}


def boundaries(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`_BOUNDARY`'s matches in ``text``, in order.

    Each stop's pattern finds the matches that start with that stop. Where the scans disagree
    with one scan of the whole pattern is where a match of one starts inside a match of
    another ("?." + blank: "?" takes the whole run): dropping every match that starts
    before the previous one ends leaves exactly the matches of one scan.
    """
    spans = [m.span() for m in _BOUNDARY_BY_STOP["."].finditer(text)]
    rare = [stop for stop in "!?" if stop in text]
    if not rare:
        return spans
    for stop in rare:
        spans += [m.span() for m in _BOUNDARY_BY_STOP[stop].finditer(text)]
    spans.sort()
    out: list[tuple[int, int]] = []
    end = -1
    for span in spans:
        if span[0] >= end:
            out.append(span)
            end = span[1]
    return out


class Sentence(NamedTuple):
    """A sentence of a document: its text and where it starts and ends in the document.

    A named tuple: a document of 10 MB has a few hundred thousand of these, and a tuple is
    built several times faster than a frozen dataclass.
    """

    start: int
    end: int
    text: str
    duplicate_of: int | None = None  # index of the earlier identical sentence, if any


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split text into sentences with offsets; a verbatim repeat is marked ``duplicate_of``."""
    out: list[Sentence] = []
    seen: dict[str, int] = {}
    # Scans of the whole text, not of each line: a scan per line costs more in calls than
    # in reading.
    spans = boundaries(text)
    k = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start = pos
        pos += len(line)
        if line.isspace():
            continue  # no sentence, and no boundary: every boundary holds a [.!?]
        cut = line_start
        while k < len(spans) and spans[k][0] < pos:
            start, end = spans[k]
            k += 1
            before = text[max(line_start, start - 40): start].rsplit(None, 1)
            word = before[-1].lower().strip("(\"'") if before else ""
            nxt = text[end: end + 1]
            # A full stop after a list number ("- 2.") or an abbreviation ("No.") is no boundary.
            is_list_number = word.isdigit() and len(word) <= 3 and \
                text[line_start: start].strip(" \t-*•") == word
            if not word or word in _ABBREVIATIONS or is_list_number or (
                    len(word) == 1 and word.isalpha()):
                continue
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"“'‘("):
                continue
            _add(out, seen, text, cut, end)
            cut = end
        _add(out, seen, text, cut, pos)
    return tuple(out)


def sentence_spans(sentences: tuple[Sentence, ...]) -> array:
    """The sentences' offsets as one flat array (start, end, start, end, ...): what a document
    keeps of its sentences, eight bytes each, where the sentences themselves cost some two
    hundred (an archive of a million sentences keeps them all until its report is written)."""
    out = array("q")
    for s in sentences:
        out.append(s.start)
        out.append(s.end)
    return out


def sentences_at(text: str, spans: array) -> tuple[Sentence, ...]:
    """The sentences of ``text`` at ``spans`` (from :func:`sentence_spans`), repeats marked as
    :func:`split_sentences` marks them."""
    out: list[Sentence] = []
    seen: dict[str, int] = {}
    for i in range(0, len(spans) - 1, 2):
        s, e = spans[i], spans[i + 1]
        chunk = text[s:e]
        dup = seen.get(chunk)
        if dup is None:
            seen[chunk] = len(out)
        out.append(_new_tuple(Sentence, (s, e, chunk, dup)))
    return tuple(out)


MAX_SENTENCE: Final = 1500  # longer runs are tables or noise; each claim quotes its sentence


def _add(out: list[Sentence], seen: dict[str, int], text: str, start: int, end: int) -> None:
    while end - start > MAX_SENTENCE:
        # Cut at the last space before the limit, so no figure is split in two.
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut + 1 if cut > 0 else start + MAX_SENTENCE
        _add_one(out, seen, text, start, cut)
        start = cut
    _add_one(out, seen, text, start, end)


def _add_one(out: list[Sentence], seen: dict[str, int], text: str, start: int, end: int
             ) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = 0 if stripped is chunk or not chunk[0].isspace() else \
        len(chunk) - len(chunk.lstrip())
    s, e = start + lead, start + lead + len(stripped)
    dup = seen.get(stripped)
    if dup is None:
        seen[stripped] = len(out)
    out.append(_new_tuple(Sentence, (s, e, stripped, dup)))


# Builds the named tuple without the interpreted __new__ that calling the class runs: from
# compiled code that call costs more than the tuple. Bound once: looked up as a method of
# ``tuple`` on every call, it costs a third more.
_new_tuple: Final = tuple.__new__
