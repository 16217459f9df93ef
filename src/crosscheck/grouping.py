"""Subject groups: which claims speak of the same thing.

Claims are blocked by dimension (kind and unit) and region, so money never meets counts
and Xinjiang never meets Tibet; within a block, subjects are scored with rapidfuzz in one
batch (``process.cdist``) and grouped so that every pair in a group reaches the threshold
(complete linkage: "batches" may join "batches of cadres" or "batches of aid groups", but
those two never end up together through it).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from .claims import Claim
from .engines import Engine, LocalEngine, counting
from .errors import RuleError
from .extract.lexicon import Lexicon
from .yamlfile import read_data_mapping

GROUPING_FILE = "grouping.yaml"
SCORERS = {"token_set_ratio": fuzz.token_set_ratio, "token_sort_ratio": fuzz.token_sort_ratio,
           "ratio": fuzz.ratio, "WRatio": fuzz.WRatio}
_KEYS = {"scorer", "threshold", "kinds", "min_subject_length", "synonyms", "contrasts"}
_DROP = frozenset("the a an of its their such this these those some other new more total".split())


@dataclass(frozen=True)
class GroupingConfig:
    """Thresholds for grouping, from ``rules/grouping.yaml``."""

    scorer: str = "token_set_ratio"
    threshold: float = 88.0
    kinds: tuple[str, ...] = ("count", "money", "percent", "quantity")
    min_subject_length: int = 3
    #: (normalized phrase, normalized canonical subject), longest phrase first
    synonyms: tuple[tuple[str, str], ...] = ()
    #: sets of words that tell subjects apart however alike the rest ("male", "female")
    contrasts: tuple[frozenset[str], ...] = ()


@dataclass
class Group:
    """Claims judged to speak of one thing, with the scores that joined them."""

    id: str
    kind: str
    unit: str
    region: str
    label: str
    claims: list[Claim] = field(default_factory=list)
    scorer: str = "token_set_ratio"  # how the subjects were scored (SCORERS)
    synonyms: tuple[tuple[str, str], ...] = ()  # applied to the subjects before scoring

    @property
    def documents(self) -> list[str]:
        """The distinct documents the group's claims come from, sorted."""
        return sorted({c.doc for c in self.claims})

    def score(self, a: Claim, b: Claim) -> float:
        """The subject score of two of the group's claims, as grouping scored it (0-100,
        whole points). Worked out when asked: kept for every pair (or every claim's compared
        subject), the record of an archive's groups took more memory than its claims."""
        scorer = SCORERS[self.scorer]
        return float(int(scorer(compared_subject(a, self.synonyms),
                                compared_subject(b, self.synonyms)) + 0.5))

    def pair_scores(self, limit: int = 50) -> list[tuple[tuple[str, str], float]]:
        """Every pair of the group's claims (by id) with its score, for a group of at most
        ``limit`` claims (a record for reading; none for a larger group)."""
        if len(self.claims) > limit:
            return []
        cs = self.claims
        return sorted(((a.id, b.id), self.score(a, b)) for i, a in enumerate(cs)
                      for b in cs[i + 1:])


def load_config(rules_dir: Path) -> GroupingConfig:
    """Grouping thresholds from ``rules_dir/grouping.yaml`` (bundled defaults otherwise)."""
    from .resources import data_file

    path = data_file(rules_dir, GROUPING_FILE)
    return _load_config(path) if path.is_file() else GroupingConfig()


@lru_cache(maxsize=8)
def _load_config(path: Path) -> GroupingConfig:
    data, lines = read_data_mapping(path, tuple(_KEYS), RuleError)
    cfg = GroupingConfig()
    scorer = data.get("scorer", cfg.scorer)
    if scorer not in SCORERS:
        raise RuleError(f"scorer must be one of {', '.join(SCORERS)}", path=str(path),
                        line=lines.get("scorer"))
    threshold = data.get("threshold", cfg.threshold)
    if not isinstance(threshold, int | float) or not 0 <= threshold <= 100:
        raise RuleError("threshold must be a number from 0 to 100", path=str(path),
                        line=lines.get("threshold"))
    kinds = data.get("kinds", list(cfg.kinds))
    if not isinstance(kinds, list):
        raise RuleError("kinds must be a list", path=str(path), line=lines.get("kinds"))
    min_len = data.get("min_subject_length", cfg.min_subject_length)
    if not isinstance(min_len, int):
        raise RuleError("min_subject_length must be a whole number", path=str(path),
                        line=lines.get("min_subject_length"))
    synonyms = data.get("synonyms", {}) or {}
    if not isinstance(synonyms, dict) or not all(
            isinstance(v, list) and all(isinstance(x, str) for x in v) for v in synonyms.values()):
        raise RuleError("synonyms must map a subject to a list of phrases that mean the same",
                        path=str(path), line=lines.get("synonyms"))
    pairs = sorted(((_base_normal(phrase), _base_normal(str(canon)))
                    for canon, phrases in synonyms.items() for phrase in phrases),
                   key=lambda p: (-len(p[0]), p))
    contrasts = data.get("contrasts", []) or []
    if not isinstance(contrasts, list) or not all(
            isinstance(v, list) and len(v) >= 2 and all(isinstance(x, str) and x.strip()
                                                        for x in v) for v in contrasts):
        raise RuleError("contrasts must be a list of lists of two or more words",
                        path=str(path), line=lines.get("contrasts"))
    return GroupingConfig(scorer, float(threshold), tuple(map(str, kinds)), min_len,
                          tuple(p for p in pairs if p[0]),
                          tuple(frozenset(singular(str(w).lower()) for w in words)
                                for words in contrasts))


@lru_cache(maxsize=65536)
def normalize_subject(subject: str, synonyms: tuple[tuple[str, str], ...] = ()) -> str:
    """Lower case, determiners dropped, plurals folded (``the Cities`` -> ``city``), and
    phrases listed as synonyms (grouping.yaml) replaced by their canonical subject."""
    text = _base_normal(subject)
    for phrase, canon in synonyms:
        if phrase in text:
            text = re.sub(rf"\b{re.escape(phrase)}\b", canon, text)
    return text


#: plurals of nouns in -us ("buses"): most words in -uses are plurals of -use ("houses")
_US_PLURALS = frozenset("buses minibuses trolleybuses viruses campuses bonuses censuses "
                        "surpluses statuses prospectuses syllabuses".split())


#: nouns used only in the plural: "proceeds", "earnings" fold to no "proceed", "earning"
_PLURAL_ONLY = frozenset("clothes proceeds earnings savings goods premises headquarters means "
                         "series species arms remains outskirts thanks belongings".split())


#: plurals of no -s: "women" and "woman" are one noun
_IRREGULAR = {"women": "woman", "men": "man", "children": "child", "firemen": "fireman",
              "policemen": "policeman", "fishermen": "fisherman", "businessmen": "businessman"}


def singular(w: str) -> str:
    """A lower-case word with its plural folded: "families" -> "family", "vehicles" ->
    "vehicle", "women" -> "woman"."""
    if w in _PLURAL_ONLY:
        return w
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "xes", "sses", "zes")) or w in _US_PLURALS:
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "news")):
        # not "serious", "virus", "analysis", "news": no plural to fold
        return w[:-1]
    return w


@lru_cache(maxsize=65536)
def _base_normal(subject: str) -> str:
    # a possessive is the noun itself ("the cathedral's restoration", "the donors' gifts")
    words = (w.removesuffix("'s").rstrip("'")
             for w in re.findall(r"[a-z][a-z\-']*", subject.lower().replace("’", "'")))
    return " ".join(singular(w) for w in words if w and w not in _DROP)


_COLLECTIVE = frozenset("batch group round team wave set lot contingent".split())
#: "per" or "for every" right before a figure: "2.9 beds per 1,000 residents"
_PER = re.compile(r"\b(?:per|for\s+every)\s+$", re.IGNORECASE)


def rate_base(c: Claim) -> bool:
    """Whether a figure is the base of a rate ("per 1,000 residents"): a unit of
    measurement, not a count anyone reports, and the same in every text that uses it."""
    a = c.start - c.sentence_start
    return _PER.search(c.sentence, max(0, a - 16), a) is not None


def compared_subject(claim: Claim, synonyms: tuple = ()) -> str:
    """What grouping compares: the claim's measure from its frame ("students killed"), or its
    subject where the frame has none."""
    return normalize_subject(claim.measure or claim.subject, synonyms)


def block_key(claim: Claim, lex: Lexicon, synonyms: tuple = ()) -> tuple[str, str, str, str]:
    """The block a claim belongs to: (kind, unit, region, collective noun).

    A count of batches, groups or rounds is a different thing from a count of the people in
    them, however alike the rest of the phrase ("10 batches of 12,000 cadres").
    """
    first = compared_subject(claim, synonyms).split(" ", 1)[0]
    return (claim.kind, claim.unit, lex.region(claim.place) if claim.place else "",
            first if first in _COLLECTIVE else "")


def group_claims(claims: list[Claim], lex: Lexicon, cfg: GroupingConfig,
                 progress: Callable[[int, int, str], None] | None = None,
                 engine: Engine | None = None) -> list[Group]:
    """Groups of claims about the same subject, in a stable order; ``progress(done, total,
    "grouping claims")`` is told as blocks are done. Blocks are independent: the ``engine``
    may group them anywhere (a shuffle by block key), and their groups are put back in
    block order."""
    blocks: dict[tuple[str, str, str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind in cfg.kinds and c.role not in ("series_first", "series_last", "range") \
                and len(compared_subject(c, cfg.synonyms)) >= cfg.min_subject_length \
                and not rate_base(c):
            blocks[block_key(c, lex, cfg.synonyms)].append(c)
    pieces = [(key, blocks[key]) for key in sorted(blocks)]
    per_block = (engine or LocalEngine()).map(_group_one, pieces, {"cfg": cfg},
                                              counting(progress, len(blocks), "grouping claims"))
    groups = [g for found in per_block for g in found]
    for i, g in enumerate(groups, start=1):
        g.id = f"g{i}"
    return groups


def _group_one(block: tuple[tuple[str, str, str, str], list[Claim]], cfg: GroupingConfig
               ) -> list[Group]:
    key, claims = block
    return [g for part in _bounded(claims, cfg) for g in _group_block(key, part, cfg)]


#: distinct subjects one block may compare all with all; past it, the block is split by the
#: subjects' first words (then first two words), so grouping time grows with the claims,
#: not with their square, at the price of not joining "skilled cadres" with "cadres" in a
#: block of thousands of distinct subjects (a topic folder has tens to hundreds per block; at
#: 2,000 the one quadratic step took 1M claims past a minute, at 1,000 it takes 50 s)
MAX_SUBJECTS = 1000


def _bounded(claims: list[Claim], cfg: GroupingConfig, words: int = 1) -> list[list[Claim]]:
    """The claims of one block in parts of at most MAX_SUBJECTS distinct subjects each."""
    subjects = {compared_subject(c, cfg.synonyms) for c in claims}
    if len(subjects) <= MAX_SUBJECTS or words > 2:
        return [claims]
    parts: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        parts[" ".join(compared_subject(c, cfg.synonyms).split()[:words])].append(c)
    return [p for k in sorted(parts) for p in _bounded(parts[k], cfg, words + 1)]


def _group_block(key: tuple[str, str, str, str], claims: list[Claim], cfg: GroupingConfig
                 ) -> list[Group]:
    by_subject: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_subject[compared_subject(c, cfg.synonyms)].append(c)
    subjects = sorted(by_subject)
    index = {s: i for i, s in enumerate(subjects)}
    # score_cutoff lets rapidfuzz stop early on hopeless pairs (they score 0); all cores help
    # with the one quadratic step, and the result does not depend on how many there are.
    scores = process.cdist(subjects, subjects, scorer=SCORERS[cfg.scorer], dtype=np.uint8,
                           score_cutoff=int(cfg.threshold), workers=-1)
    _set_apart(subjects, scores, cfg.contrasts)
    # Complete linkage over distinct subjects: a cluster keeps, for every subject, the worst
    # score against its members, so "may this subject join?" is one vectorized comparison.
    worst = np.empty((len(subjects), len(subjects)), dtype=np.uint8)  # at most one per subject
    members: list[list[Claim]] = []
    # Specific subjects first, so a generic one ("batch") chooses among formed groups.
    for subj in sorted(subjects, key=lambda s: (-len(s), s)):
        si = index[subj]
        own = by_subject[subj]
        k = len(members)
        candidates = np.nonzero(worst[:k, si] >= cfg.threshold)[0] if k else []
        if len(candidates) == 0:
            worst[k] = scores[si]
            members.append(list(own))
            continue
        if len(candidates) == 1:
            best = int(candidates[0])
        else:
            # Ambiguous: prefer the group whose figures this subject's figures agree with.
            best = max((int(ci) for ci in candidates), key=lambda ci: (
                _agreements(own, members[ci]), int(worst[ci, si]), len(members[ci]), -ci))
        worst[best] = np.minimum(worst[best], scores[si])
        members[best].extend(own)
    out = []
    for members_claims in members:
        members_claims.sort(key=lambda c: (c.doc, c.start))
        label = min((c.measure or c.subject for c in members_claims), key=lambda s: (len(s), s))
        out.append(Group("", key[0], key[1], key[2], label, members_claims,
                         scorer=cfg.scorer, synonyms=cfg.synonyms))
    out.sort(key=lambda g: (g.claims[0].doc, g.claims[0].start))
    return out


def _set_apart(subjects: list[str], scores: np.ndarray,
               contrasts: tuple[frozenset[str], ...]) -> None:
    """Zero the scores of subjects a contrast tells apart: "male worker" and "female worker"
    score 92, but are no one thing (each holds a different word of one contrast set)."""
    words = [frozenset(s.split()) for s in subjects]
    # numbers in two subjects tell them apart as a contrast does: "child under 5" and "child
    # under 15", "terminal 1" and "terminal 2"
    numbers = np.array([" ".join(sorted(numbers_in(s))) for s in subjects])
    said = numbers != ""
    if said.sum() >= 2:
        scores[said[:, None] & said[None, :] & (numbers[:, None] != numbers[None, :])] = 0
    for contrast in contrasts:
        which = np.array([min(w & contrast) if len(w & contrast) == 1 else "" for w in words])
        said = which != ""
        if said.sum() < 2:
            continue
        clash = said[:, None] & said[None, :] & (which[:, None] != which[None, :])
        scores[clash] = 0


@lru_cache(maxsize=8192)
def numbers_in(text: str) -> frozenset[str]:
    """The words of a subject or measure that are numbers ("5" of "child under 5"); cached,
    since the checks compare the few thousand measures of a run pair by pair."""
    return frozenset(w for w in text.split() if w[0].isdigit())


def _agreements(own: list[Claim], others: list[Claim], cap: int = 200) -> int:
    return sum(1 for a in own[:cap] for b in others[:cap] if a.low <= b.high and b.low <= a.high)
