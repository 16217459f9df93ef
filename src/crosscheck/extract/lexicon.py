"""Qualifiers and place aliases: user-editable data files loaded from a rules folder."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from ..errors import RuleError
from ..yamlfile import key_lines, read_yaml
from .fastre import first_char_alternation, lower_alternation

QUALIFIERS_FILE = "qualifiers.yaml"
ALIASES_FILE = "aliases.yaml"


@dataclass(frozen=True)
class Qualifier:
    """A normalized qualifier and how far below/above the figure the truth may lie (fractions)."""

    name: str
    low: float
    high: float


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Qualifier words and place names, compiled for extraction."""

    qualifiers: dict[str, Qualifier]  # phrase (lower case) -> qualifier
    places: dict[str, str]  # written name -> canonical place
    within: dict[str, str]  # canonical place -> larger place
    qualifier_re: re.Pattern
    place_re: re.Pattern | None
    #: qualifier phrase -> the verbs it is a particle of right after them ("gone up to 193",
    #: "rolled over 38 times"): no qualifier there
    particles: dict[str, re.Pattern] = field(default_factory=dict)
    #: words that put a figure in the world or a group of places ("worldwide", "across the
    #: 37 member countries"), group ``scope`` the words kept as its place; None when no
    #: such words are given
    wider_re: re.Pattern | None = None
    #: a place named with "the" and a word for the kind of land or water it is ("in the
    #: Westman Islands", "across the Mekong Delta"), group ``name``; None when no such words
    #: are given
    feature_re: re.Pattern | None = None
    # What each whitespace-separated token holds, by lower-cased token: the extractor's
    # cache (extract.figures), kept here because whether a token may start a place name
    # depends on this lexicon's places.
    token_bits: dict[str, int] = field(default_factory=dict, init=False, repr=False)

    @cached_property
    def place_words(self) -> re.Pattern | None:
        """The first word of every place name, lower-cased, for lower-cased text: a token that
        holds none of them starts no place name. None when that test cannot be made: no
        place names, or a name whose lower-casing may depend on its neighbours (non-ASCII)."""
        words = sorted({name.split()[0].lower() for name in self.places}, key=len, reverse=True)
        if not words or not all(w.isascii() for w in words):
            return None
        return re.compile("|".join(map(re.escape, words)))

    @cached_property
    def qualifiers_by_name(self) -> dict[str, Qualifier]:
        """Normalized qualifier name -> Qualifier."""
        return {q.name: q for q in self.qualifiers.values()}

    @cached_property
    def qualifier_last_words(self) -> frozenset[str]:
        """The last word of every qualifier phrase (and "of", for "nearly a total of")."""
        return frozenset({w.split()[-1] for w in self.qualifiers} | {"of"})

    @cached_property
    def qualifier_patterns(self) -> dict[str, tuple[re.Pattern, re.Pattern]]:
        """By the word right before a figure: the qualifier pattern for the phrases that can
        end with it, for the lower-cased text and case-blind for the text itself.

        A phrase matches only when its last word is that whole word, so a pattern needs only
        those phrases: a few alternatives tried at each position of the window, not all of
        them. After "of" any phrase may come before "a total of".
        """
        by_word: dict[str, list[str]] = {}
        for phrase in self.qualifiers:
            by_word.setdefault(phrase.split()[-1], []).append(phrase)
        out = {}
        for word in self.qualifier_last_words:
            phrases = list(self.qualifiers) if word == "of" else by_word[word]
            # The phrases are lower case already, so the twin is the same pattern, case-bound;
            # after "of" the case-blind pattern is the whole one.
            out[word] = (_qualifier_pattern(phrases, 0), self.qualifier_re if word == "of"
                         else _qualifier_pattern(phrases))
        return out

    @staticmethod
    def is_wider(place: str) -> bool:
        """Whether ``place`` is a scope of :attr:`wider_re` ("worldwide", "37 member
        countries"): those are written in lower case or open with a number, names never."""
        return place[:1].islower() or place[:1].isdigit()

    def region(self, place: str) -> str:
        """The outermost place containing ``place`` (Lhasa -> Tibet)."""
        seen = set()
        while place in self.within and place not in seen:
            seen.add(place)
            place = self.within[place]
        return place


def percent_value(value: object) -> float:
    """``5%``, ``-5 %``, ``0.05`` -> a fraction; ValueError for anything else."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    m = re.fullmatch(r"\s*([+-]?\d+(?:\.\d+)?)\s*%\s*", str(value))
    if not m or isinstance(value, bool):
        raise ValueError(f"expected a percentage like 5%, got {value!r}")
    return float(m.group(1)) / 100


def parse_percent(value: object, path: Path, line: int | None, field: str) -> float:
    """:func:`percent_value`, with a RuleError naming the file, line and field."""
    try:
        return percent_value(value)
    except ValueError as exc:
        raise RuleError(f"{field}: {exc}", path=str(path), line=line) from None


def _load(path: Path) -> tuple[dict, yaml.Node | None]:
    data, node, _ = read_yaml(path, RuleError)
    return data or {}, node


def load_qualifiers(path: Path) -> tuple[dict[str, Qualifier], dict[str, re.Pattern]]:
    """Parse ``qualifiers.yaml`` into phrase -> Qualifier, and the ``not_after`` particles
    (:func:`_particles`)."""
    data, node = _load(path)
    lines = key_lines(node, "qualifiers")
    table = data.get("qualifiers") if isinstance(data, dict) else None
    if not isinstance(table, dict):
        raise RuleError("expected a top-level 'qualifiers:' mapping", path=str(path), line=1)
    unknown_keys = set(data) - {"qualifiers", "not_after"}
    if unknown_keys:
        key = sorted(unknown_keys)[0]
        raise RuleError(f"unknown top-level key {key!r} (expected 'qualifiers', 'not_after')",
                        path=str(path), line=key_lines(node).get(str(key)))
    out: dict[str, Qualifier] = {}
    for name, spec in table.items():
        line = lines.get(str(name))
        if not isinstance(spec, dict) or not isinstance(spec.get("words"), list):
            raise RuleError(f"qualifier {name!r}: needs 'words' (a list), 'low' and 'high'",
                            path=str(path), line=line)
        unknown = set(spec) - {"words", "low", "high"}
        if unknown:
            raise RuleError(f"qualifier {name!r}: unknown field {sorted(unknown)[0]!r}",
                            path=str(path), line=line)
        low = parse_percent(spec.get("low", 0), path, line, f"qualifier {name!r} low")
        high = parse_percent(spec.get("high", 0), path, line, f"qualifier {name!r} high")
        if low > 0 or high < 0:
            raise RuleError(f"qualifier {name!r}: low must be <= 0% and high >= 0%",
                            path=str(path), line=line)
        q = Qualifier(str(name), low, high)
        for word in spec["words"]:
            out[str(word).lower()] = q
    return out, _particles(data, node, path, out)


def _particles(data: dict, node: yaml.Node | None, path: Path,
               qualifiers: dict[str, Qualifier]) -> dict[str, re.Pattern]:
    """The ``not_after:`` mapping of ``qualifiers.yaml``: a qualifier phrase -> the verbs it
    is a particle of, as a pattern that ends right before the phrase."""
    table = data.get("not_after") or {}
    lines = key_lines(node, "not_after")
    if not isinstance(table, dict):
        raise RuleError("not_after: expected a mapping of qualifier phrase to verbs",
                        path=str(path), line=key_lines(node).get("not_after"))
    out = {}
    for phrase, verbs in table.items():
        line = lines.get(str(phrase))
        if str(phrase).lower() not in qualifiers:
            raise RuleError(f"not_after: {phrase!r} is no qualifier phrase", path=str(path),
                            line=line)
        if not isinstance(verbs, list) or not verbs or \
                not all(isinstance(v, str) and v.strip() for v in verbs):
            raise RuleError(f"not_after: {phrase!r} needs a list of verbs", path=str(path),
                            line=line)
        out[str(phrase).lower()] = re.compile(
            r"\b(?:" + "|".join(re.escape(v.strip()) for v in verbs) + r")\s+$", re.IGNORECASE)
    return out


def load_places(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Parse ``aliases.yaml`` into (written name -> canonical, canonical -> larger place)."""
    data, node = _load(path)
    lines = key_lines(node, "places")
    table = data.get("places") if isinstance(data, dict) else None
    if not isinstance(table, dict):
        raise RuleError("expected a top-level 'places:' mapping", path=str(path), line=1)
    names: dict[str, str] = {}
    within: dict[str, str] = {}
    for place, spec in table.items():
        spec = spec or {}
        line = lines.get(str(place))
        if not isinstance(spec, dict) or set(spec) - {"aliases", "within"}:
            raise RuleError(f"place {place!r}: expected fields 'aliases' and/or 'within'",
                            path=str(path), line=line)
        names[str(place)] = str(place)
        for alias in spec.get("aliases") or []:
            names[str(alias)] = str(place)
        if spec.get("within"):
            within[str(place)] = str(spec["within"])
    return names, within


def load_wider(path: Path) -> re.Pattern | None:
    """The ``wider:`` entry of ``aliases.yaml`` as one pattern, or None when it is absent:
    ``words`` said alone ("worldwide") and ``groups`` of places after "across", "among",
    "in" or "throughout", a number or "all" between ("across the 37 member countries")."""
    data, node = _load(path)
    spec = data.get("wider") if isinstance(data, dict) else None
    if spec is None:
        return None
    line = key_lines(node).get("wider")
    if not isinstance(spec, dict) or set(spec) - {"words", "groups"} or not all(
            isinstance(v, list) and all(isinstance(w, str) and w.strip() for w in v)
            for v in spec.values()):
        raise RuleError("wider: expected lists 'words' and/or 'groups' of phrases",
                        path=str(path), line=line)
    return re.compile(
        r"(?<![\w-])(?:(?P<word>" + _alternation(spec.get("words") or []) + r")|"
        r"(?:across|among|in|throughout)\s+(?:the\s+)?(?P<group>(?:all\s+|\d[\d,]*\s+)?"
        r"(?:other\s+|member\s+|participating\s+)?(?:" + _alternation(spec.get("groups") or []) +
        r")))(?![\w-])", re.IGNORECASE)


def load_features(path: Path) -> re.Pattern | None:
    """The ``features:`` entry of ``aliases.yaml`` as one pattern, or None when it is absent:
    a capitalised name of one to three words that ends in one of its words, after "the" and
    a word that pins a place ("in the Faroe Islands", "off the Gulf Coast")."""
    data, node = _load(path)
    words = data.get("features") if isinstance(data, dict) else None
    if words is None:
        return None
    if not isinstance(words, list) or not words or not all(
            isinstance(w, str) and re.fullmatch(r"[A-Z][a-z]+", w.strip()) for w in words):
        raise RuleError("features: expected a list of capitalised words", path=str(path),
                        line=key_lines(node).get("features"))
    return re.compile(
        r"\b(?:[Ii]n|[Tt]o|at|into|[Aa]cross|[Tt]hroughout|off)\s+the\s+"
        r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}(?:" + _alternation(words) + r"))(?![\w-])")


def _alternation(phrases: list[str]) -> str:
    """The phrases as one regex alternation, longest first, any run of spaces matching any
    whitespace; a pattern that matches nothing when there are none."""
    ordered = sorted({p.strip() for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) or "(?!x)x"


@lru_cache(maxsize=8)
def load_lexicon(rules_dir: Path) -> Lexicon:
    """Qualifiers and aliases from ``rules_dir``, falling back to the bundled files."""
    from ..resources import data_file

    path = data_file(rules_dir, QUALIFIERS_FILE)
    qualifiers, particles = load_qualifiers(path)
    places, within = load_places(data_file(rules_dir, ALIASES_FILE))
    qualifier_re = _qualifier_pattern(list(qualifiers))
    place_re = _place_pattern(sorted(places, key=len, reverse=True)) if places else None
    return Lexicon(qualifiers, places, within, qualifier_re, place_re, particles,
                   load_wider(data_file(rules_dir, ALIASES_FILE)),
                   load_features(data_file(rules_dir, ALIASES_FILE)))


def _qualifier_pattern(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern:
    """Any of ``phrases`` (longest first), anchored at the end of the text before a figure:
    "... nearly " + "12,000", "... nearly a total of " + "12,000".

    Without IGNORECASE (the twin for lower-cased text) the phrases are grouped by first
    letter behind that letter, so the engine skips the positions no phrase starts at.
    """
    def escape(w: str) -> str:
        return re.escape(w).replace(r"\ ", r"\s+")

    if flags & re.IGNORECASE:
        ordered = sorted(phrases, key=len, reverse=True)
        head = rf"(?<![\w])(?P<q>{'|'.join(map(escape, ordered))})"
    else:
        alt = lower_alternation(phrases, not_before=r"[\w]", escape=escape)
        head = rf"(?P<q>{alt})"
    return re.compile(rf"{head}[ \u00a0]+(?:a\s+total\s+of\s+)?$", flags)


def _place_pattern(names: list[str]) -> re.Pattern:
    """Any place name as a whole word (longest first)."""
    if all(re.match(r"\w", n) for n in names):
        return re.compile(first_char_alternation(names, not_before=r"\w") + r"\b")
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
