"""``share_of_whole``: a stated share recomputed from the part and the whole the text names.

"650,000 residents had left, or some 57 percent of the 1.13 million who must go" states a
part (650,000), a whole (1.13 million) and the share (57%): 650,000 / 1.13 million = 57.5%.
The part is the figure the share is set beside ("A, or N% of ...", "A (N% of ...)") or, when
the sentence opens with "that figure represents N% of ...", the last figure of the sentence
before. The whole is the figure right after "N% of (the)", or, when the text names it in words
("of the area to be rebuilt", "of the total"), the one earlier figure in the same unit that
those words point to. A part named as some "of them" ("account for 40,000 of them, around 85
percent") is a share of the one larger figure of its unit in the sentence before, unless the
share is far from part / whole ("40,000 of them, a group that is 20 percent female" measures
something else). When either
is not found for sure, the share is not checked.

Both sides are intervals (qualifiers, rounding), a part of a whole is at most 100% of it, and
a qualified share ("some 57 percent") allows at most ``qualifier_points`` either way, and no
more than ten steps of its last digit ("around 82.5 percent" is 82.0-83.0).
"""

from __future__ import annotations

import re

from ..claims import Claim
from ..extract.lexicon import Lexicon
from ..findings import Finding
from ..frame import same_actor
from ..grouping import rate_base, singular
from .base import Check, Context, Outcome, Param, fmt, quote
from .local import (
    AMOUNTS,
    CHANGE_CUE,
    FROM_BASE,
    OF_THEM,
    OPTIONAL_QUALIFIER,
    SAID_IN_GAP,
    YEAR_IN_GAP,
    DocFigures,
    after,
    alternation,
    between,
    by_document,
    compatible,
    fraction_band,
    named_by_fraction,
    overlap,
    prefix,
    ratio,
    sharpen,
    span,
    unqualified,
    written,
)
from .starts import rule_words, stem

_OF = re.compile(r"^\s*(?:percent|per\s*cent|%)?\s*of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?",
                 re.IGNORECASE)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?"
                        r"(?:[a-z-]+['’]s\s+)?$",  # "Of the city's 312 murders"
                        re.IGNORECASE)
_WHOLE_WORDS = re.compile(r"^\s*(?:[a-z-]+(?:['’]s|s['’])\s+)?"  # "of the world's 249 million"
                          r"(?:total\s+(?:of\s+)?|entire\s+|whole\s+|overall\s+|"
                          r"estimated\s+)?$", re.IGNORECASE)
_PHRASE_END = re.compile(r"[,;:.()]|\s[—–-]\s")
_STOP = frozenset("a an the of to in on at by for from with and or who which that was were is "
                  "are be been being has have had its their his her it they them this these "
                  "those must will would could should can may".split())



class ShareOfWholeCheck(Check):
    name = "share_of_whole"
    description = "A share stated with its part and its whole equals part / whole."
    PARAMS = {
        "connectors": Param("string_list", [
            "or", "accounting for", "representing", "which is", "which was", "equal to",
            "equivalent to", "making up", "amounting to", "i.e."],
            "words between a part and its share: '650,000, or 57% of ...'"),
        "anaphora": Param("string_list", [
            "that figure", "this figure", "the figure", "that number", "this number",
            "that total", "this total", "the total", "that amount", "this amount", "that sum",
            "this sum"],
            "words that open a share of the figure before: 'that figure represents 82% of'"),
        "anaphora_verbs": Param("string_list", [
            "represents", "represented", "represent", "is", "was", "accounts for",
            "accounted for", "account for", "makes up", "made up", "make up", "equals",
            "equalled", "equaled", "equal", "amounts to", "amounted to", "amount to",
            "comes to", "came to", "come to", "constitutes", "constituted", "constitute"],
            "verbs after the anaphora"),
        "total_words": Param("string_list", [
            "total", "the total", "all", "everyone", "everybody", "the whole", "the entire",
            "the overall", "the sum", "sum", "the amount", "amount", "the money", "money"],
            "a whole named by these words is the figure the text gave as a total"),
        "total_cues": Param("string_list", [
            "a total of", "in total", "in all", "altogether", "total", "totalling", "totaling",
            "all told", "overall"],
            "words near a figure that mark it as a total"),
        "new_words": Param("string_list", ["new", "newly", "added", "additional", "extra",
                                           "fresh"],
                           "words of a whole that is what was added ('of the new capacity'), "
                           "never a figure marked as a total"),
        "pronouns": Param("string_list", ["them", "it", "which", "these", "those", "this",
                                          "that", "whom"],
                          "a whole named by a pronoun is ambiguous: the share is not checked"),
        "qualifier_points": Param("number", 3.0,
                                  "how far a qualified share ('some 57%') may stray, in "
                                  "percentage points"),
        "of_them_reach": Param("number", 10.0,
                               "how far, in percentage points, a share set beside a part "
                               "'of them' may be from part / whole and still be its share"),
        "whole_nouns": Param("string_list", [
            "appeal", "budget", "target", "goal", "total", "plan", "cost", "costs",
            "population", "capacity", "estimate", "sum", "amount", "fund", "package",
            "programme", "program", "allocation", "workforce", "request", "bill", "revenue",
            "revenues", "income", "spending", "expenditure", "GDP", "output", "turnover",
            "sales", "level", "peak", "record"],
            "nouns that may name a whole just before 'of' and its figure: '62 percent of "
            "the UN's appeal of $8.9 billion'"),
        "count_whole_nouns": Param("string_list", [
            "target", "targets", "goal", "goals", "total", "plan", "estimate", "quota", "level",
            "peak", "record", "flock", "herd", "fleet", "workforce", "electorate",
            "membership", "headcount", "capacity", "supply", "demand", "output",
            "production", "consumption", "crop", "crops", "harvest", "catch"],
            "nouns that may name a whole count just before 'of' and its figure ('69 percent "
            "of its target of 4.2 million', 'of the province's flock of 30 million'): only those "
            "that name no other counted thing"),
        "fraction_points": Param("number", 8.0,
                                 "how far, in percentage points, a share named by a fraction "
                                 "('a third', 'three quarters') may be from it; 'nearly' "
                                 "allows twice as far below, 'more than' three times above"),
        "goal_nouns": Param("string_list", ["target", "targets", "goal", "goals", "objective",
                                            "quota"],
                            "nouns that name a whole as what was planned: in 'it had received "
                            "$15 million, or 37.5 percent of its goal' the goal is the "
                            "planned figure before ('aims to raise $40 million')"),
        "population_words": Param("string_list", ["population", "populace", "residents",
                                                  "inhabitants", "people"],
                                  "words that name as a whole the people an 'A of the T "
                                  "people' counts, when a share restates it after a predicate: "
                                  "'..., two-thirds of the population'"),
        "sentences_back": Param("integer", 4,
                                "how many sentences before the share a whole in words may "
                                "point to"),
    }
    OUTCOMES = {
        "share_mismatch": Outcome(
            "{part} is {ratio} of {whole}, not {share}",
            ("part", "whole", "share", "ratio")),
        "share_consistent": Outcome(
            "{part} is {ratio} of {whole}, as {share} states",
            ("part", "whole", "share", "ratio")),
    }
    PASSING = ("share_consistent",)

    def __init__(self, rule, params) -> None:  # type: ignore[no-untyped-def]
        super().__init__(rule, params)
        p = self.params
        joiners = alternation(p["connectors"])
        # what may stand between a part and its share: "A (N% of", "A ..., or some N% of",
        # or a short noun and a comma, "9,135 sq km, more than 85% of"
        self._part_gaps = (
            re.compile(rf"^[^\d;:()]{{0,40}}\(\s*(?:(?:{joiners})\s+)?[^\d,;:()]{{0,25}}$",
                       re.IGNORECASE),
            re.compile(rf"^[^\d;:()]*?,\s*(?:{joiners})\s+[^\d,;:()]{{0,25}}$", re.IGNORECASE),
            # (not across ", and": "104 countries take part, and three-quarters of the
            # donors are" starts another clause)
            re.compile(r"^(?:\s*[^\d\s;:(),]+){0,4}\s*,(?!\s*(?:and|but|while|whereas|though|"
                       r"although)\b)(?:\s*[^\d\s;:(),]+){0,3}\s*$", re.IGNORECASE),
            # "3,910 of its 57,200 applicants, an acceptance rate of 6.8 percent"
            re.compile(r"^[^\d;:()]{0,40}?,\s*(?:an?|the|its)\s+(?:[a-z-]+\s+)?(?:rate|share|"
                       r"proportion)\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$",
                       re.IGNORECASE),
            # "make up the other 7,000, which puts their share of the workforce at"
            re.compile(r"^\s*,\s*which\s+(?:puts|put|brings|brought|takes|took|sets|set)\s+"
                       r"[^\d;:()]{0,60}?\s(?:at|to)\s+$", re.IGNORECASE),
        )
        # ... or a longer predicate, when the part is the first figure of its sentence, the
        # subject the share restates: "A class of 1,720 first-year students arrived on
        # campus this week, 44 percent of" (not "had received at least one dose of the
        # vaccine, about 90 percent of", where "one" is no subject)
        self._subject_gap = re.compile(
            r"^(?:\s*[^\d\s;:(),]+){5,8}\s*,(?!\s*(?:and|but|while|whereas|though|"
            r"although)\b)(?:\s*[^\d\s;:(),]+){0,3}\s*$", re.IGNORECASE)
        # "The $6.4 billion pledged this week covers 62 percent of": an amount of money is
        # the subject of a verb of share, a few words away. (Not a count: in "the 200 firms
        # account for 15 percent of the workforce" the share is of jobs, not of firms.)
        self._money_gap = re.compile(
            rf"^(?:\s+[^\d\s;:(),]+){{0,6}}\s+(?:{alternation(p['anaphora_verbs'])}|"
            r"covers|covered|cover|are|were)\s+(?:about\s+|some\s+|around\s+|nearly\s+|"
            r"almost\s+|roughly\s+|just\s+|only\s+)?$", re.IGNORECASE)
        self._anaphora = re.compile(
            rf"(?:^|\W)(?:{alternation(p['anaphora'])})\s+(?:{alternation(p['anaphora_verbs'])})"
            rf"\s+[^\d]{{0,25}}$", re.IGNORECASE)
        self._total_words = re.compile(rf"^(?:{alternation(p['total_words'])})\b",
                                       re.IGNORECASE)
        self._total_cue = re.compile(rf"\b(?:{alternation(p['total_cues'])})\b",
                                     re.IGNORECASE)
        # "of the UN's appeal of", "of its original budget of": a whole noun and "of"
        self._named_whole = _noun_of(p["whole_nouns"])
        self._goal_heads = frozenset(_key(w.lower()) for w in p["goal_nouns"] if len(w) >= 4)
        # "of its target of 4.2 million": a noun that names no other counted thing
        self._named_count_whole = _noun_of(p["count_whole_nouns"])
        self._pronoun = re.compile(rf"^(?:{alternation(p['pronouns'])})\b", re.IGNORECASE)
        self._new_words = re.compile(rf"\b(?:{alternation(p['new_words'])})\b", re.IGNORECASE)
        self._events = rule_words(rule.path).events
        self._lexicon: Lexicon | None = None
        self._population = frozenset(_key(w.lower()) for w in p["population_words"])

    def run(self, ctx: Context) -> list[Finding]:
        findings = []
        self._lexicon = ctx.lexicon
        for doc in sorted(docs := by_document(ctx)):
            figures = docs[doc]
            for raw in figures.claims:
                c = self._fraction_share(raw) or raw
                if c.kind != "percent" or c.subject == "points" or (
                        (c.direction or c.aggregation == "change" or CHANGE_CUE.search(prefix(c)))
                        and not _cut_share_of(figures, c)):
                    # "an increase of 45 percent" is a change, not a share; "cut 15 percent
                    # of its 110,000 staff" is both
                    continue
                of = _OF.match(after(c))
                if not of:
                    part, whole = self._of_them(figures, c)
                    if part is not None and whole is not None and compatible(part, whole) \
                            and not self._near_ratio(c, part, whole):
                        # "40,000 of them, a group that is 20 percent female": a share this
                        # far from the ratio measures something else
                        continue
                    elif part is None:
                        # "Of the 1.42 trillion yen spent, the city paid 600 billion, or 42
                        # percent": the whole stands before the part, after "of"
                        part = self._part(figures, c)
                        if part is not None:
                            # "2,900 of the 4,320 damaged homes were repaired, or 67
                            # percent": the figure beside the share is the whole, and the
                            # part is the one before it, "of" it
                            of_part, whole = _part_of(figures, part, self._lexicon)
                            if of_part is not None:
                                part = of_part
                            else:
                                whole = self._of_before(figures, part)
                            if whole is None and (m := _OF_WORDS.match(after(part))):
                                # "Pedestrians accounted for 318 of the deaths, or 22.5
                                # percent": the whole the words name, sentences before
                                whole = self._whole_in_words(figures, m.group("words"), part)
                        else:
                            # "rose to 33.8 percent, or about 8.9 million of the country's
                            # 26.3 million adults": the share restated as a part of a whole
                            part, whole = self._then_part_of(figures, c)
                        if (part is None or whole is None) and _ENDS_CLAUSE.match(after(c)):
                            # "21,000 of the university's 97,000 students come from abroad,
                            # roughly 22 percent.": the share that closes the sentence
                            # restates the "A of the T" before it
                            part, whole = self._pair_restated(figures, c, "")
                elif (pair := _of_it(figures, c)) is not None:
                    whole, part = pair
                else:
                    part = self._part(figures, c)
                    whole = self._whole(figures, c, of.end(), part) if part else None
                    if part is not None and whole is None and OF_THEM.match(after(part)):
                        # "took up 120 million of them, or 40 percent of the offering":
                        # what "them" points to is the whole the words name, unless the
                        # share is far from it ("or 1.2 percent of the company": another)
                        whole = _whole_of_them(figures, part)
                        if whole is not None and not self._near_ratio(c, part, whole):
                            continue
                    if part is None:
                        # "60 percent of the $50 million raised, or $30 million": the part
                        # restates the share after its whole
                        whole, part = _whole_then_part(figures, c, of.end())
                    if part is None:
                        part, whole = self._pair_restated(figures, c, after(c)[of.end():])
                    if part is None:
                        # "Wages took 68 percent of revenue", after "wages rose to 318
                        # million pounds ... as revenue reached 467 million pounds"
                        part, whole = self._named_part(figures, c, after(c)[of.end():])
                if part is None or whole is None or not compatible(part, whole):
                    continue
                findings.append(self._compare(part, whole, c))
        return findings

    def _pair_restated(self, figures: DocFigures, share: Claim, words: str
                       ) -> tuple[Claim | None, Claim | None]:
        """(part, whole) of an "A of the T" earlier in the share's sentence that the share
        restates after a predicate, set off by a comma, as a share of the people T counts
        ("1.4 million of the region's 2.1 million people now receive food aid, two-thirds of
        the population") or with no words after it; (None, None) when the words name
        another whole."""
        earlier = [x for x in figures.in_sentence(share) if x.end <= share.start]
        if not earlier or (words and _head(words) not in self._population):
            return None, None
        part, whole = _part_of(figures, earlier[-1], self._lexicon)
        if part is None or whole is None or not _RESTATED_GAP.match(between(whole, share)):
            return None, None
        return part, whole

    def _then_part_of(self, figures: DocFigures, share: Claim
                      ) -> tuple[Claim | None, Claim | None]:
        """(part, whole) of "N percent, or A of the T": an "A of the T" set right after the
        share, after a comma and "or"."""
        later = [x for x in figures.in_sentence(share)
                 if x.start >= share.end and x.kind != "year"]
        if len(later) < 2 or not _SHARE_THEN_PART.match(
                unqualified(between(share, later[0]), self._lexicon)):
            return None, None
        part, whole = _part_of(figures, later[1], self._lexicon)
        return (part, whole) if part is later[0] else (None, None)

    def _near_ratio(self, share: Claim, part: Claim, whole: Claim) -> bool:
        """Whether a share is within ``of_them_reach`` of part / whole, as a share of a
        whole that "them" points to must be to be its share."""
        if not compatible(part, whole):
            return False
        low, high = ratio(part, whole)
        return low <= share.value <= high or \
            min(abs(share.value - low), abs(share.value - high)) <= self.params["of_them_reach"]

    def _fraction_share(self, c: Claim) -> Claim | None:
        """A word fraction ("a third", "two-thirds", "nearly half") as the share it
        names, its interval the band of :meth:`_fraction_band`."""
        band = self._fraction_band(c)
        return None if band is None else c.evolve(low=band[0], high=band[1])

    def _fraction_band(self, c: Claim) -> tuple[float, float] | None:
        """The band a writer rounds to a fraction (``fraction_points``), or None when ``c``
        is no word fraction."""
        if not named_by_fraction(c):
            return None
        return fraction_band(c, self.params["fraction_points"])

    def _part(self, figures: DocFigures, share: Claim) -> Claim | None:
        """The figure a share is the share of: set beside it, or the one 'that figure' means."""
        same = figures.in_sentence(share)
        earlier = [x for x in same if x.end <= share.start and x.kind != "year"]
        if earlier:
            a = earlier[-1]
            if _counted_in_words(a) and len(earlier) > 1 and \
                    not _counted_in_words(earlier[-2]) and earlier[-2].kind in AMOUNTS and \
                    any(g.match(between(earlier[-2], share)) for g in self._part_gaps):
                # a small count in words counts the noun after it: "141 took place in the
                # four southern precincts, or 45 percent" is a share of the 141
                return earlier[-2]
            if len(earlier) >= 3 and earlier[-2].kind == "percent" and \
                    earlier[-3].kind in AMOUNTS and compatible(earlier[-3], a) and \
                    _FROM_BASE.search(prefix(a)[-40:]) and \
                    _AND_GAP.match(YEAR_IN_GAP.sub(" ", between(a, share))):
                # "412 million in 2025, up 7 percent from 385 million in 2024 and 88
                # percent of the 468 million of 2019": a second comparison of the 412
                # million, after the base of the first
                return earlier[-3]
            first = next((x for x in same if x.kind in AMOUNTS), None)
            if first is not None and first.end <= share.start and \
                    _PUTTING.search(prefix(share)) and \
                    not _NEXT_CLAUSE.search(between(first, share)):
                # "held 10,400 inmates in January, up from 9,100, putting the system at 112
                # percent of": the participle's subject is the clause's, its first figure
                return first
            gap = between(a, share)
            # "233 million cases in 2022, 94 percent of": a year dates the part
            gap = SAID_IN_GAP.sub("", YEAR_IN_GAP.sub(" ", gap))
            if a.kind in AMOUNTS and not _counted_in_words(a) and (
                    any(g.match(gap) for g in self._part_gaps) or (
                    a.kind == "money" and (self._money_gap.match(gap) or
                                           _MONEY_APPOSED.match(gap))) or (
                    self._subject_gap.match(gap) and a is next(
                        (x for x in same if x.kind in AMOUNTS), None))):
                return a
            return None
        if not self._anaphora.search(prefix(share)) or not _OF.match(after(share)):
            # "That figure represents 45 percent of the ...": a share of the figure before;
            # "the figure was 31 percent" is itself a share, the same as one before it
            return None
        i = figures.index(share)
        previous = [x for x in figures.claims if figures.index(x) == i - 1 and x.kind in AMOUNTS]
        return previous[-1] if previous else None

    def _of_before(self, figures: DocFigures, part: Claim) -> Claim | None:
        """The whole named before the part in its sentence, right after "of" ("Of the 300
        staff, 120 are women, or 40 percent") or as what includes it ("the $4 billion budget
        includes $1.2 billion for schools, or 30 percent"), when exactly one figure is so
        named."""
        found = [x for x in figures.in_sentence(part) if x.end <= part.start
                 and (_OF_BEFORE.search(unqualified(prefix(x), self._lexicon)[-30:])
                      or _INCLUDES.match(between(x, part)))
                 and compatible(part, x)
                 and x.low > part.high and x.id not in part.linked
                 and not _NEXT_CLAUSE.search(between(x, part))]
        return found[0] if len(found) == 1 else None

    def _of_them(self, figures: DocFigures, share: Claim) -> tuple[Claim | None, Claim | None]:
        """A share of a part named as some "of them": "nearly 47,000 people work on the
        projects. Local citizens account for 40,000 of them, around 82.5 percent." (or "Of
        those, 9,800 have been confirmed, or 36 percent"). The part
        is the one figure before the share in its sentence, followed by "of them"; the whole
        is the one larger figure of its unit in the sentence before, which "them" points to."""
        earlier = [x for x in figures.in_sentence(share) if x.end <= share.start]
        if len(earlier) != 1 or earlier[0].kind not in AMOUNTS or not (
                OF_THEM.match(after(earlier[0])) or
                _OF_THEM_FIRST.match(unqualified(prefix(earlier[0]), self._lexicon))):
            return None, None
        part = earlier[0]
        whole = _whole_of_them(figures, part)
        return (part, whole) if whole is not None else (None, None)

    def _whole(self, figures: DocFigures, share: Claim, of_end: int, part: Claim
               ) -> Claim | None:
        """The whole: a figure right after 'of the', or the earlier figure its words name."""
        rest = after(share)[of_end:]
        offset = share.end - share.sentence_start + of_end
        # (a figure past the end of the whole's phrase is another's: "43% of the amount
        # raised by the appeal, from 62,000 donors")
        phrase = _PHRASE_END.split(rest, 1)[0]
        for x in figures.in_sentence(share):
            rel = x.start - x.sentence_start
            if rel > offset + len(phrase):
                break
            if rel >= offset and x.kind != "year":  # "of the 2019 level of 39.8 million"
                words_before = share.sentence[offset:rel]
                # "of the UN's appeal of $8.9 billion" names a whole of money; "of the homes
                # of 1,200 families" may name a count of something else
                named = self._named_whole if x.kind == "money" else self._named_count_whole
                return x if (_WHOLE_WORDS.match(words_before) or
                             named.match(words_before)) and x.kind in AMOUNTS else None
        return self._whole_in_words(figures, phrase.strip(), part)

    def _named_part(self, figures: DocFigures, share: Claim, words: str
                    ) -> tuple[Claim | None, Claim | None]:
        """Part and whole of a share whose sentence names both and states neither: "Wages
        took 68 percent of revenue" after "wages rose to 318 million pounds, ... as revenue
        reached 467 million pounds". The sentence opens with the part's noun and a verb of
        share; the part is the one figure the sentences before give right after that noun
        and a verb of reaching, the whole the one the words after "of" name."""
        m = _NAMED_PART.match(share.sentence[:share.start - share.sentence_start])
        if m is None or any(x is not share and x.kind in ("count", "money", "quantity")
                            for x in figures.in_sentence(share)):
            return None, None
        whole_words = re.split(r"[,;:(]", words, maxsplit=1)[0].split()
        if not whole_words or len(whole_words) > 3:
            return None, None  # the whole's noun phrase: "revenue", "combined revenue"
        named = {_key(m.group("noun").split()[-1].lower()): [],
                 _key(whole_words[-1].lower()): []}
        if len(named) != 2:
            return None, None
        for x in figures.before(share, self.params["sentences_back"]):
            if x.sentence_start == share.sentence_start or x.kind not in ("money", "count",
                                                                          "quantity"):
                continue
            lead = x.sentence[:x.start - x.sentence_start]
            if (r := _REACHED_BY_NOUN.search(lead[-60:])) and \
                    (key := _key(r.group("noun").lower())) in named:
                named[key].append(x)
        part_of, whole_of = ({x.value: x for x in xs} for xs in named.values())
        if len(part_of) != 1 or len(whole_of) != 1:
            return None, None
        part, whole = next(iter(part_of.values())), next(iter(whole_of.values()))
        if not compatible(part, whole) or part.high > whole.low:
            return None, None
        return part, whole

    def _whole_in_words(self, figures: DocFigures, words: str, part: Claim) -> Claim | None:
        """The earlier figure the words of a whole name ("the total", "all donations
        received", "the deaths"), when one is so named."""
        if not words or self._pronoun.match(words):
            return None
        named_total = bool(self._total_words.match(words))
        # "1.7 GW of the new capacity" is a share of what was added, not of the total
        added = self._new_words.search(words) is not None
        head = _head(words)
        # "of the rail budget for the next decade": a kind and a time the whole's words
        # give must be said of the figure too, or it is another budget
        said = _said_of_whole(words)
        # "38% of all donations received" names what the whole measures: its frame's event
        # ("were given 1.7 billion yuan by the public" measures ``donated``)
        events = {self._events[st] for w in re.findall(r"[a-z]{4,}", words.lower())
                  if (st := stem(w)) in self._events}
        earlier = [x for x in figures.before(part, self.params["sentences_back"])
                   if x is not part]
        found = []
        for x in earlier:
            if x.id in part.linked or not compatible(part, x) or \
                    x.high <= part.low or (part.actor and x.actor and
                                            not same_actor(part.actor, x.actor)):
                continue  # "Rival Quillon cut 8,000 jobs, 10 percent of its staff": not the
                # staff the company before employed
            if rate_base(x):
                continue  # "5.1 deaths per 100,000 people": the base of a rate, no whole
            near = x.sentence[max(0, x.start - x.sentence_start - 40):
                              x.end - x.sentence_start + 40].lower()
            near_words = {_key(w) for w in re.findall(r"[a-z]{4,}", near)}
            if added and self._total_cue.search(near):
                continue
            if head and head in near_words and not said <= {
                    _key(w) for w in re.findall(r"[a-z0-9]{3,}", x.sentence.lower())}:
                continue
            if (named_total and self._total_cue.search(near)) or (head and head in near_words) or \
                    (events & set(x.measure.split())) or \
                    (head in self._goal_heads and x.status == "planned"):
                found.append(x)
        if not found and named_total and (whole := self._of_before(figures, part)):
            # "24.65 million, of which the urban population was 13.07 million, accounting for
            # 53 percent of the total": the total is what "of which" divides
            return whole
        if not found and named_total:
            # "Locals account for 7,000 of them. Engineers make up the other 2,000, which puts
            # their share at 22 percent of the total": the total is the whole that "them"
            # pointed to, when one whole is so named
            wholes = {w.value: w for y in earlier
                      if OF_THEM.match(after(y)) and compatible(part, y)
                      and (w := _whole_of_them(figures, y)) is not None
                      and w.high > part.low}
            if len(wholes) == 1:
                return next(iter(wholes.values()))
            # "81.4 percent of the 412,000 candidates passed. ... The east accounted for
            # 58,000 candidates, or 14 percent of the total": the one larger figure before,
            # when it counts what the part counts (of two, which is the total is unsure)
            larger = {x.value: x for x in earlier if x.id not in part.linked and
                      compatible(part, x) and x.high > part.low}
            if len(larger) > 1:
                # "a budget of 4.8 billion dollars, up 6% from 4.3 billion": what a figure
                # rose from is a past value, no whole of what the text tells now
                larger = {v: x for v, x in larger.items() if not FROM_BASE.search(
                    x.sentence, 0, x.start - x.sentence_start)}
            whole = next(iter(larger.values())) if len(larger) == 1 else None
            if whole is None:
                return None
            if part.kind == "money" and not part.subject:
                return whole  # an amount counts no noun: "police get 1.1 billion dollars"
            return whole if part.subject and \
                singular(whole.subject.lower()) == singular(part.subject.lower()) else None
        if len(found) > 1:
            # "Road deaths fell to 1,412 last year from 1,478 ... 318 of the deaths": what a
            # figure fell from is a past value, not the whole the text tells of now
            found = [x for x in found if not FROM_BASE.search(
                x.sentence, 0, x.start - x.sentence_start)] or found
        if len(found) > 1 and named_total:
            # "all donations": of several figures so named, the total is the one the others
            # fit in
            top = max(found, key=lambda x: x.low)
            if all(x is top or x.high <= top.low for x in found):
                return top
        return found[0] if len(found) == 1 else None

    def _compare(self, part: Claim, whole: Claim, share: Claim) -> Finding:
        cited = [part, share, whole]
        part, share, whole = sharpen(cited)
        # (a share over 100% is a ratio: "121 percent of the 580 beds it was built for")
        low, high = ratio(part, whole, capped=share.high <= 100)
        # a qualified share allows a band, but no wider than ten steps of its last digit:
        # "about 57 percent" may be 54-60, "around 82.5 percent" is 82.0-83.0
        points = min(self.params["qualifier_points"], 10 * share.precision) \
            if share.precision > 0 else self.params["qualifier_points"]
        low_w, high_w = written(share)
        stated = self._fraction_band(share) or (max(low_w, share.value - points),
                                                 min(high_w, share.value + points))
        values = {"part": quote(part), "whole": quote(whole), "share": quote(share),
                  "ratio": span(low, high, "%")}
        arithmetic = [
            f"{quote(part)} / {quote(whole)} = {span(part.low, part.high)} / "
            f"{span(whole.low, whole.high)} = {span(low, high, '%')}",
            f"{quote(share)} allows {span(*stated, '%')}",
        ]
        basis = (share.doc, part.value, whole.value, share.value)
        if overlap((low, high), stated):
            return self.finding("share_consistent", "info", cited, values,
                                arithmetic, ("consistent", *basis))
        arithmetic.append(f"{quote(share)} of {quote(whole)} would be "
                          f"{fmt(whole.value * share.value / 100)}")
        return self.finding("share_mismatch", self.rule.severity, cited, values,
                            arithmetic, ("mismatch", *basis))


def _head(words: str) -> str:
    """The head noun of the words that name a whole, cut as figures' nearby words are: the
    last word before the first stop word, participles after it aside. "its customer base" is
    a base, not the customers an earlier figure counts; "the area to be rebuilt" is an area;
    "all donations received" are donations."""
    run, _ = _noun_run(words)
    return _key(run[-1]) if run and len(run[-1]) >= 4 else ""


def _noun_run(words: str) -> tuple[list[str], str]:
    """The words of a whole's name up to its first stop word, participles after its noun
    aside, and the rest of the name from that stop word ("rail budget", "for the next
    decade")."""
    run: list[str] = []
    rest = ""
    for m in re.finditer(r"[a-z][a-z'’-]*", low := words.lower()):
        if m.group(0) in _STOP:
            if run:
                rest = low[m.start():]
                break
            continue
        run.append(m.group(0))
    while len(run) > 1 and run[-1].endswith(("ed", "ing")):
        run.pop()
    return run, rest


#: words that name no kind of whole: "the overall budget" is the budget
_NO_KIND = frozenset("total overall entire whole full combined original initial".split())
#: words of a time the whole is of: "for the next decade", "for 2025"
_TIME_WORD = re.compile(r"\b(?:decade|decades|year|years|month|months|quarter|(?:19|20)\d\d)\b")


def _said_of_whole(words: str) -> set[str]:
    """The keys of the words that say which whole of its kind the words name: the kinds
    before the head ("the rail budget") and the time after it ("for the next decade")."""
    run, rest = _noun_run(words)
    kinds = {_key(w) for w in run[:-1] if len(w) >= 3 and w not in _NO_KIND
             and not w.endswith(("'s", "’s"))}
    return kinds | {_key(m.group(0)) for m in _TIME_WORD.finditer(rest)}


def _key(word: str) -> str:
    """A word's first letters, all a whole's name and a figure's nearby words must share:
    "donation" and "donations", "target" and "targets" meet."""
    return word[:5]


def _whole_of_them(figures: DocFigures, part: Claim) -> Claim | None:
    """The whole a part "of them" points to: the one larger figure of its unit in the
    sentence before ("nearly 47,000 people work on the projects. Locals account for 40,000
    of them")."""
    i = figures.index(part)
    # "reached 27,150, up by 8,700 in two weeks": a change is no whole
    wholes = [x for x in figures.claims if figures.index(x) == i - 1 and compatible(part, x)
              and x.high > part.low and x.id not in part.linked
              and not CHANGE_CUE.search(prefix(x))]
    return wholes[0] if len({x.value for x in wholes}) == 1 else None


#: the base of a change right before a figure: "up 7 percent from "
#: a participle that puts the clause's subject at its share: ", putting the system at"
_PUTTING = re.compile(r",\s*(?:putting|bringing|taking|setting)\s+[^\d;:(),]{0,60}?\s(?:at|to)\s+"
                      r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+)?$",
                      re.IGNORECASE)
_FROM_BASE = re.compile(r"\b(?:up|down|rose|fell|increased|decreased|higher|lower)\s+"
                        r"(?:by\s+)?\S+\s+(?:percent\s+|per\s+cent\s+|%\s*)?from\s+$",
                        re.IGNORECASE)
#: between that base and a second comparison of the same figure: " in 2024 and "
_AND_GAP = re.compile(r"^\s*(?:in\s+\s*)?and\s+$", re.IGNORECASE)
#: between a share and the "A of the T" that restates it: ", or about "
#: ... or a colon after the share's clause: "was 56% last year: $180bn of $320bn", "one
#: household in five struggles to pay: 5 million of the 24 million households"
_SHARE_THEN_PART = re.compile(r"^(?:\s*,\s*or|[^\d;:]{0,60}:)\s+$", re.IGNORECASE)
#: a sentence that opens with the whole it takes a part of: "Of those, 9,800 ..."
#: ... or of what the sentence before totals: "Of the total, about 7.2 billion trips"
_OF_THEM_FIRST = re.compile(r"^\s*(?:out\s+)?of\s+(?:them|these|those|that|this|it|"
                            r"(?:the|this|that)\s+(?:total|sum|amount|money))\s*,?\s*$",
                            re.IGNORECASE)
#: "of them", "of it", "of new pledges": a figure that is a part of something of its own
_OF_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?of\b", re.IGNORECASE)
#: a part named as some of a whole in words: "318 of the deaths", "40 of all the schools"
#: a sentence that opens with what a share is of and a verb of share, up to the share:
#: "Wages took ", "Exports made up about "
_NAMED_PART = re.compile(r"^\s*(?P<noun>[A-Z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?:took|take|takes|"
                         r"accounted\s+for|account\s+for|accounts\s+for|made\s+up|make\s+up|"
                         r"makes\s+up|represented|represents|absorbed|ate\s+up|amounted\s+to|"
                         r"were|was)\s+" + OPTIONAL_QUALIFIER + "$")
#: a noun and the verb by which it reached the figure after it: "wages rose to ", "revenue
#: reached ", "wages of "
_REACHED_BY_NOUN = re.compile(r"\b(?P<noun>[a-z][a-z-]{2,})\s+(?:rose\s+to|fell\s+to|reached|"
                              r"came\s+to|stood\s+at|totall?ed|hit|climbed\s+to|grew\s+to|"
                              r"were|was|of)\s+" + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
_OF_WORDS = re.compile(r"\s+of\s+(?:all\s+)?(?:the|its|their)\s+(?P<words>[a-z][^,;:()\d]*)")
#: between a whole and a part it includes: "the $4 billion budget includes $1.2 billion",
#: "cases reached 38,900, of which 13,200"
_INCLUDES = re.compile(r"^\s*,?\s*(?:[a-z'’-]+,?\s+){0,3}(?:includes?|included|including|"
                       r"comprises?|comprising|contains?|"
                       # "of which police had recovered": who took the part, and the verb
                       r"(?:of\s+which|of\s+whom)(?:\s+[A-Za-z'’-]+){0,4}?)\s+"
                       r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than)\s+)?$",
                       re.IGNORECASE)
#: between a whole and the part that restates a share of it: "of the 3,400 residents, about"
_THEN_PART = re.compile(r"^[^\d;:()]{0,30}?(?:,\s*(?:or\s+)?|\s*\(\s*)(?:(?:about|around|some|"
                        r"nearly|almost|roughly|approximately|over|more\s+than|just\s+over|"
                        r"just\s+under)\s+)?$", re.IGNORECASE)


#: between a whole and its share "of it": "4.1 billion yuan in aid, 45 percent of it"
_WHOLE_THEN_SHARE = re.compile(r"^[^\d;:()]{0,30}?,\s*$")
#: between a share "of it" and the part that restates it: "45 percent of it (1.8 billion)"
_OF_IT_PART = re.compile(r"^\s*(?:percent|per\s*cent|%)?\s*of\s+(?:it|which)\s*(?:\(\s*|,\s*"
                         r"(?:or\s+)?)(?:(?:about|around|some|nearly|almost|roughly|over|"
                         r"more\s+than)\s+)?$", re.IGNORECASE)


def _of_it(figures: DocFigures, share: Claim) -> tuple[Claim, Claim] | None:
    """(whole, part) of "T, N percent of it (A)": "it" is the figure just before the share,
    and the part restates the share right after it."""
    same = [x for x in figures.in_sentence(share) if x.kind != "year"]
    i = next((k for k, x in enumerate(same) if x.id == share.id), None)
    if i is None or i == 0 or i + 1 >= len(same):
        return None
    whole, part = same[i - 1], same[i + 1]
    if whole.kind not in AMOUNTS or not compatible(whole, part) or part.high > whole.high or \
            not _WHOLE_THEN_SHARE.match(between(whole, share)) or \
            not _OF_IT_PART.match(between(share, part)):
        return None
    return whole, part


def _whole_then_part(figures: DocFigures, share: Claim, of_end: int
                     ) -> tuple[Claim | None, Claim | None]:
    """(whole, part) of "N% of the T, or A" and "N% of T (A)": the whole right after "of the",
    then the part set beside it."""
    offset = share.end - share.sentence_start + of_end
    # (a year between dates the whole: "of the 2.6 million cars sold in 2024, some 494,000")
    later = [x for x in figures.in_sentence(share) if x.start - x.sentence_start >= offset
             and x.kind != "year"]
    if len(later) < 2 or later[0].start - later[0].sentence_start != offset:
        return None, None
    whole, part = later[0], later[1]
    if whole.kind not in AMOUNTS or not compatible(whole, part) or part.high > whole.high or \
            not _THEN_PART.match(YEAR_IN_GAP.sub(" ", between(whole, part))) or \
            _OF_AFTER.match(after(part)):
        # "60 percent of the 3,400 residents, 1,200 of them children": a part of the whole
        # of its own, not the share restated
        return None, None
    return whole, part


#: a verb that takes away part of its object: "will cut 15 percent of its 110,000 staff"
_CUT_VERB = re.compile(r"\b(?:cut|cuts|cutting|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|"
                       r"shed(?:s|ding)?|lay(?:s|ing)?\s+off|laid\s+off)\s+(?:(?:about|around|"
                       r"some|nearly|almost|roughly)\s+)?$", re.IGNORECASE)


def _cut_share_of(figures: DocFigures, share: Claim) -> bool:
    """Whether a percentage after a verb of cutting is a share of the figure right after
    it ("cut 15 percent of its 110,000 staff"), not a change ("cut costs by 15 percent")."""
    if not _CUT_VERB.search(prefix(share)) or not (of := _OF.match(after(share))):
        return False
    offset = share.end - share.sentence_start + of.end()
    return any(x.start - x.sentence_start == offset and x.kind in AMOUNTS
               for x in figures.in_sentence(share))


def _noun_of(nouns: list[str]) -> re.Pattern:
    """A whole noun and "of" right before the whole's figure: "the UN's appeal of"."""
    return re.compile(rf"^\s*(?:[\w'’-]+\s+){{0,2}}(?:{alternation(nouns)})\s+of\s+"
                      r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$",
                      re.IGNORECASE)


#: an amount, a few words on what it is for, and its share: "$5.1 billion for the
#: refugees this year, 57 percent of". (A count takes fewer: in "3.8 million had received at
#: least one dose of the vaccine, about 90 percent of", "one" is no part.)
_MONEY_APPOSED = re.compile(r"^(?:\s*[^\d\s;:(),]+){0,6}\s*,(?:\s*[^\d\s;:(),]+){0,3}\s*$")
#: between the whole of an "A of the T" and a share that restates it: a predicate of a few
#: words, then a comma ("people now receive food aid, ")
#: nothing after a share but the end of its sentence
_ENDS_CLAUSE = re.compile(r"\s*(?:[.;!?]|$)")
_RESTATED_GAP = re.compile(r"^(?:\s*[^\d\s;:(),]+){1,8}\s*,(?!\s*(?:and|but|while|whereas)\b)"
                           r"\s*(?:or\s+)?" + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
#: a new clause with its own part and whole: "..., and 300 of the 610 destroyed homes"
_NEXT_CLAUSE = re.compile(r";|,\s*(?:and|while|but)\b", re.IGNORECASE)
#: between a part and its whole: "2,900 of the 4,320", "$122 million of its $310 million",
#: "1.6 million of the region's 2.1 million", "180,000 homes, out of 420,000"
_A_OF_T = re.compile(r"^\s*(?:[a-z]+,?\s+)?(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|"
                     r"a\s+total\s+of\s+)?"
                     # "of the region's", "of the University of Toronto's"
                     r"(?:(?-i:[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})['’]s\s+|"
                     r"[a-z-]+['’]s\s+)?$", re.IGNORECASE)


def _part_of(figures: DocFigures, whole: Claim, lexicon: Lexicon | None
             ) -> tuple[Claim | None, Claim | None]:
    """(part, whole) when the figure just before ``whole`` in its sentence is a part "of"
    it, in its unit and smaller; (None, None) otherwise."""
    earlier = [x for x in figures.in_sentence(whole) if x.end <= whole.start]
    if not earlier:
        return None, None
    part = earlier[-1]
    if not compatible(part, whole) or part.high >= whole.low or \
            not _A_OF_T.match(unqualified(between(part, whole), lexicon)):
        return None, None
    return part, whole


def _counted_in_words(c: Claim) -> bool:
    """A small count written as a word ("at least one dose", "two rounds"): it counts the
    noun after it, never the part a share of thousands restates."""
    return c.value < 10 and not any(ch.isdigit() for ch in c.surface)
