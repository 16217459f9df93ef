"""What two texts speak of: whether a figure of one may be a figure of the other when
nothing else (a place, an actor, an incident) pins them.

A folder on one topic repeats its topic's words in every text; two texts on two topics share
only the words any text uses. Read from the texts themselves, never from a list of topics.
"""

from __future__ import annotations

from .base import Context
from .start_year import GENERIC_WORDS, START_WORDS
from .starts import (
    FEWEST_WORDS,
    TextContext,
    figure_spans,
    generic_words,
    opening_words,
    owners,
    run_words,
    story_names,
    text_words,
    texts_meet,
    two_subjects,
)

#: the words (as :func:`starts.text_words` keeps them) of a line, which tells nothing of
#: its topic; a text of more words, but fewer than :data:`starts.FEWEST_WORDS`, must share
#: one with the other
LINE_WORDS = 8


def same_topic(ctx: Context, a: str, b: str, generic: frozenset[str] = frozenset(),
               aside: frozenset[str] = frozenset()) -> bool:
    """Whether documents ``a`` and ``b`` speak of one thing (:func:`starts.texts_meet`: a
    word of their headlines or openings' names in common, or words each repeats that the
    other uses; generic words, and the caller's ``generic``, aside), and not of two owners
    (:func:`starts.two_subjects`), nor of two stories: each names people, places or bodies
    (:func:`starts.story_names`) and they share none (``aside``, lower case: names that do not
    tell a story, such as the giver two texts are compared on). A document not in the run,
    or of a sentence or two, is taken to (nothing says otherwise)."""
    if a == b or a not in ctx.documents or b not in ctx.documents:
        return True
    memo = ctx.memo.setdefault(("topic",), {})
    if "generic" not in memo:
        # (not who acts: two texts on hospitals share "hospital", an actor noun)
        memo["generic"] = generic_words([*GENERIC_WORDS, *START_WORDS])
        memo["words"] = run_words(ctx)
    for d in (a, b):
        if d not in memo:
            text = ctx.documents[d].text
            memo[d] = TextContext(opening_words(text, frozenset(), memo["words"]),
                                   *text_words(text, frozenset(), memo["words"],
                                               figures=figure_spans(ctx).get(d)),
                                   text.lower(), owners(text), story_names(ctx, d))
    x, y = memo[a], memo[b]
    if aside:
        x, y = x._replace(names=x.names - aside), y._replace(names=y.names - aside)
    # "Velmar's economy", "Estara's labour market"; and two stories: each text names its
    # people, places and bodies, and none of the other's (an airline's passengers and an
    # airport's, a city's murders and a country's road deaths), however alike their words
    if two_subjects(x, y):
        return False
    fewest = min(len(x.used), len(y.used))
    if fewest < FEWEST_WORDS:
        # a sentence or two says too little of what its text is about, but a few sentences
        # say a word of it: a campaign's "raised $29.8 million" shares none with a
        # compensation fund's
        return fewest < LINE_WORDS or bool(x.used & y.used - memo["generic"] - generic)
    return texts_meet(x, y, memo["generic"] | generic)
