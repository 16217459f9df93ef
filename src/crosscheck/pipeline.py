"""The pipeline: corpus -> extract -> scope -> frame -> group -> check. The one place that
knows the order."""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .cache import ClaimsCache, decode, encode
from .cache import key as cache_key
from .cache import versions as cache_versions
from .checks import Context
from .claims import Claim, ClaimIndex, NumberPool, claims_table, table_order
from .corpus import DEFAULT_MAX_BYTES, Document, Skipped, load_corpus
from .dates import header_spans
from .engines import Engine, LocalEngine, counting
from .extract import extract_document, load_lexicon
from .extract.ages import drop_ages
from .extract.elliptic import carry_back, carry_currency, carry_subject, carry_unit
from .extract.lexicon import Lexicon
from .extract.number_names import drop_number_names
from .extract.shared_names import read_shared_names
from .findings import Finding, sort_findings
from .frame import Vocabulary, assign_frames, load_vocabulary
from .grouping import Group, group_claims, load_config
from .page import Page, furniture_spans, load_page
from .resources import default_corpus_dir, default_rules_dir
from .rulebook import Rule, load_rules
from .scope import assign_scope, infer_date
from .sentences import split_sentences

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Result:
    """What a run produced. ``claims`` is the pandas table; ``claim_list`` the Claim values."""

    documents: list[Document]
    claim_list: list[Claim]
    findings: list[Finding]
    rules: list[Rule] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)
    rules_dirs: list[str] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    baselined: list[Finding] = field(default_factory=list)  # hidden by --baseline
    stale: list = field(default_factory=list)  # baseline entries that match nothing now
    skipped: list[Skipped] = field(default_factory=list)  # files not read, with the cause

    @cached_property
    def claims(self) -> pd.DataFrame:
        """The claims table (stable column schema, see :data:`crosscheck.claims.COLUMNS`)."""
        return claims_table(self.claim_list)

    @cached_property
    def claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claim_list}

    @property
    def documents_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}


#: ``progress(done, total, stage)``: how far a long stage has come
Progress = Callable[[int, int, str], None]
READING, GROUPING, CHECKING = "reading documents", "grouping claims", "running checks"


def _outside(spans: list[tuple[int, int]]) -> Callable[[Claim], bool]:
    """A test that a claim lies within none of ``spans``: found by bisection, so a page of
    thousands of furniture lines is not scanned once per claim."""
    spans = sorted(spans)
    starts = [lo for lo, _ in spans]
    reach = list(accumulate((hi for _, hi in spans), max))  # the furthest end so far

    def test(c: Claim) -> bool:
        i = bisect.bisect_right(starts, c.start) - 1
        # a span that starts at or before the claim holds it when it ends at or after it;
        # the furthest end among them decides (spans may nest)
        return i < 0 or reach[i] < c.end
    return test


def _extract_one(doc: Document, rules_dir: Path) -> bytes:
    """A document's claims, encoded as a cache entry's body (:func:`crosscheck.cache.encode`):
    a worker sends back bytes, not the objects (nor the text it was given), and the claims
    built from them share their numbers."""
    return encode(*_extract(doc, rules_dir))


class _Data(NamedTuple):
    lex: Lexicon
    vocab: Vocabulary
    page: Page
    synonyms: tuple[tuple[str, str], ...]


@lru_cache(maxsize=8)
def _data(rules_dir: Path) -> _Data:
    """The data files extraction reads, found and loaded once per process and rules folder
    (``rules_dir`` is absolute: :func:`extract_claims` resolves it). Looking them up per
    document cost 7% of a ``claims`` run in path lookups alone."""
    return _Data(load_lexicon(rules_dir), load_vocabulary(rules_dir), load_page(rules_dir),
                 load_config(rules_dir).synonyms)


#: a text longer than this (characters) is read in sections of about this size, each cut at a
#: sentence's start: what extraction builds for a text (its sentences, the claims of each
#: stage) is then bounded by the section, not the whole (a 50 MB file of one line). A news
#: text, or a long report, is some 5-100 thousand characters and is read whole.
SECTION_CHARS = 250_000


def _extract(doc: Document, rules_dir: Path) -> tuple[Document, list[Claim]]:
    """The claims of ``doc`` and the document dated, with its sentences' offsets kept."""
    if len(doc.text) <= SECTION_CHARS:
        return _extract_text(doc, rules_dir)
    claims: list[Claim] = []
    spans = array("q")
    dated: Document | None = None
    for start, read, found in _in_sections(doc, rules_dir):
        dated = dated or read
        spans.extend(x + start for x in read.spans or ())
        claims += found
    assert dated is not None
    return replace(dated, text=doc.text, spans=spans), claims


def _in_sections(doc: Document, rules_dir: Path) -> Iterator[tuple[int, Document, list[Claim]]]:
    """A long text read a section at a time: where each starts, the section read (dated, its
    sentences' offsets its own) and its claims, at their offsets in the whole text.

    A section is read as a text of its own: what a text says of its place and names reaches
    as far as the section, and the first section's date is the whole text's."""
    dated: Document | None = None
    for start, end in sections(doc.text, SECTION_CHARS):
        part = replace(doc, text=doc.text[start:end], spans=None)
        if dated is not None:
            part = replace(part, published=dated.published, date_source=dated.date_source,
                           date_from=dated.date_from, date_precision=dated.date_precision)
        read, found = _extract_text(part, rules_dir, infer=dated is None)
        dated = dated or read
        yield start, read, [_moved(c, start) for c in found] if start else found


def sections(text: str, size: int = SECTION_CHARS) -> Iterator[tuple[int, int]]:
    """Consecutive spans of ``text`` of at most ``size`` characters, each ending where a
    sentence starts (or, inside a sentence longer than ``size``, after ``size``)."""
    pos = 0
    while len(text) - pos > size:
        # the window's last sentence may run on past it: the section ends where it starts
        # (a window of one sentence, a word longer than the window, is cut where it ends)
        window = split_sentences(text[pos:pos + size])
        cut = (window[-1].start if window else 0) or size
        yield pos, pos + cut
        pos += cut
    yield pos, len(text)


def _moved(c: Claim, by: int) -> Claim:
    """``c`` of a section that starts at ``by``, with offsets (and linked ids) in the text."""
    linked = tuple(f"{c.doc}:{c_start + by}-{c_end + by}" for c_start, c_end in
                   (_span_of(i) for i in c.linked))
    return c._replace(start=c.start + by, end=c.end + by, sentence_start=c.sentence_start + by,
                      linked=linked)


def _span_of(claim_id: str) -> tuple[int, int]:
    start, _, end = claim_id.rpartition(":")[2].partition("-")
    return int(start), int(end)


def _extract_text(doc: Document, rules_dir: Path, infer: bool = True
                  ) -> tuple[Document, list[Claim]]:
    """The claims of ``doc``, read whole, and the document with its sentences and date
    (inferred from its years when ``infer`` and the text states none)."""
    lex, vocab, page, synonyms = _data(rules_dir)
    # split once: the sentences are read here, and their offsets kept with the document
    sentences = doc.sentences
    doc = doc.with_sentences(sentences)
    # the header's date lines and the page furniture hold no claim of the text
    outside = _outside(header_spans(doc.text) + furniture_spans(doc.text, page))
    found = carry_subject(carry_back(carry_unit(carry_currency(read_shared_names(doc.text, [
        c for c in drop_ages(doc.text, drop_number_names(
            doc.text, extract_document(doc, lex, sentences=sentences)), vocab.ages)
        if outside(c)]),
        vocab.money_words,
        vocab.populated))))
    if infer:
        doc = infer_date(doc, found)
    scoped = assign_scope(doc, found, lex)
    del found, sentences  # a long text's copies need not all stay alive at once
    return doc, assign_frames(doc, scoped, vocab, synonyms)


def extract_claims(docs: list[Document], rules_dir: Path, progress: Progress | None = None,
                   jobs: int = 1, cache: ClaimsCache | None = None,
                   engine: Engine | None = None) -> tuple[list[Document], list[Claim]]:
    """Claims of every document, with dates inferred where the text states none.

    Documents are independent, so the ``engine`` spreads them out (by default ``jobs``
    local processes, 0: one per core); results come back in document order, so the output
    does not depend on it. ``progress(done, total, stage)`` is called as documents finish
    (the CLI draws a bar with it; grouping and the checks report their stages the same way).
    With a ``cache``, a document read before with the same text, data and code is not read
    again, and every document read is stored as soon as it is read.
    """
    rules_dir = rules_dir.resolve()
    _data(rules_dir)  # a bad data file fails here, once, not per worker
    results: list[tuple[Document, list[Claim]] | None] = [None] * len(docs)
    shared = cache_versions(rules_dir) if cache is not None else ""
    keys = [cache_key(d, shared) for d in docs] if cache is not None else []
    todo = []
    pool = NumberPool()
    for i, doc in enumerate(docs):
        hit = cache.get(doc, keys[i], pool) if cache is not None else None
        if hit is None:
            todo.append(i)
        else:
            results[i] = hit
    done = len(docs) - len(todo)
    if progress is not None and done:
        progress(done, len(docs), READING)

    def keep(j: int, body: bytes) -> None:
        nonlocal done
        i = todo[j]
        results[i] = decode(docs[i], body, pool)
        if cache is not None:
            cache.put_encoded(keys[i], body)
        done += 1
        if progress is not None:
            progress(done, len(docs), READING)

    (engine or LocalEngine(jobs)).map(_extract_one, [docs[i] for i in todo],
                                      {"rules_dir": rules_dir}, keep, heavy=True,
                                      collect=False)
    out_docs = [r[0] for r in results if r is not None]
    claims = [c for r in results if r is not None for c in r[1]]
    return out_docs, claims


#: characters of text read per batch when claims are written as they are read: a batch's
#: texts and claims are what such a run holds at once (some 30 MB of claims per MB of text)
BATCH_CHARS = 16_000_000


def claims_in_order(docs: list[Document], rules_dir: Path, jobs: int = 1,
                    cache: ClaimsCache | None = None,
                    engine: Engine | None = None) -> Iterator[list[Claim]]:
    """The claims of ``docs`` in the claims table's order (document id, then offsets), a batch
    of documents at a time, or a section of a long text: for writing them as they are read,
    where :func:`extract_claims` keeps the corpus's claims for grouping and checks. A text
    longer than :data:`SECTION_CHARS` is read here, section by section, and not cached (its
    claims would be held whole to be stored)."""
    rules_dir = rules_dir.resolve()
    batch: list[Document] = []
    size = 0

    def read_batch() -> Iterator[list[Claim]]:
        nonlocal batch, size
        if batch:
            claims = extract_claims(batch, rules_dir, jobs=jobs, cache=cache, engine=engine)[1]
            batch, size = [], 0
            yield sorted(claims, key=table_order)

    for doc in sorted(docs, key=lambda d: d.id):
        if len(doc.text) > SECTION_CHARS:
            yield from read_batch()
            for _, _, found in _in_sections(doc, rules_dir):
                yield sorted(found, key=table_order)
            continue
        batch.append(doc)
        size += len(doc.text)
        if size >= BATCH_CHARS:
            yield from read_batch()
    yield from read_batch()


#: claims a run needs before its rules run in worker processes: below, the rules take less
#: time than starting the workers
PARALLEL_RULES_MIN_CLAIMS = 20_000


def run_rules(rules: list[Rule], docs: list[Document], claims: list[Claim],
              rules_dir: Path | None = None, groups: list[Group] | None = None,
              progress: Progress | None = None, engine: Engine | None = None
              ) -> list[Finding]:
    """Every rule's findings over the claims it selects, in report order. Rules are
    independent: the ``engine`` may run them anywhere, in any order."""
    rules_dir = (rules_dir or default_rules_dir()).resolve()
    engine = engine or LocalEngine()
    if groups is None:
        groups = group_claims(claims, load_lexicon(rules_dir), load_config(rules_dir),
                              progress, engine)
    shared = {"documents": {d.id: d for d in docs}, "claims": claims,
              "by_id": ClaimIndex(claims), "groups": groups, "rules_dir": rules_dir,
              "memo": {}}
    per_rule = engine.map(_rule_findings, rules, shared, counting(progress, len(rules), CHECKING),
                          large_shared=len(claims) >= PARALLEL_RULES_MIN_CLAIMS)
    return sort_findings(_without_superseded(rules, [f for found in per_rule for f in found]))


def _without_superseded(rules: list[Rule], findings: list[Finding]) -> list[Finding]:
    """The findings less those another rule's finding replaces (``supersedes``): one that
    cites all the claims of a finding of a rule it names says the same, more precisely."""
    over: dict[str, list[frozenset[str]]] = {}
    for rule in rules:
        for gone in rule.supersedes:
            over.setdefault(gone, []).extend(
                frozenset(f.claims) for f in findings if f.rule == rule.id
                and f.severity != "info")
    # (a note is kept: "38,500 corroborated by 3 sources" beside "35,800 transposes 38,500")
    return [f for f in findings if f.severity == "info" or not any(
        set(f.claims) <= cited for cited in over.get(f.rule, ()))]


def _rule_findings(rule: Rule, documents: dict[str, Document], claims: list[Claim],
                   by_id: Mapping[str, Claim], groups: list[Group], rules_dir: Path,
                   memo: dict) -> list[Finding]:
    """One rule's findings over the claims it selects and the groups restricted to them.
    ``memo`` is the run's: rules with one ``where`` share one selection (and what the
    checks work out from it)."""
    key = ("select", rule.where)
    if key not in memo:
        selected = rule.where.select(claims)
        kinds = rule.where.kinds()
        if selected is claims:
            rule_groups = groups  # every claim is selected: the groups stay as they are
        elif kinds is not None:
            rule_groups = [g for g in groups if g.kind in kinds]  # a group is of one kind
        else:
            chosen = {c.id for c in selected}
            rule_groups = [g for g in (_restrict(g, chosen) for g in groups) if g.claims]
        memo[key] = (selected, rule_groups)
    selected, rule_groups = memo[key]
    ctx = Context(documents, selected, by_id, rule_groups, load_lexicon(rules_dir), memo,
                  load_vocabulary(rules_dir))
    return rule.instance().run(ctx)


def _restrict(group: Group, chosen: set[str]) -> Group:
    kept = [c for c in group.claims if c.id in chosen]
    return group if len(kept) == len(group.claims) else replace(group, claims=kept)


def analyze(paths: list[str | Path] | None = None,
            rules: list[str | Path] | None = None, *, run_checks: bool = True,
            progress: Progress | None = None, jobs: int = 1, group: bool | None = None,
            cache: ClaimsCache | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
            encoding: str | None = None, engine: Engine | None = None) -> Result:
    """Run the whole pipeline on files/folders (default: the sample corpus) with rule folders.
    ``cache``: keep each document's claims between runs (see :mod:`crosscheck.cache`). A file
    that cannot be read is listed in ``Result.skipped`` and the others are checked.
    ``engine``: where the work runs (:mod:`crosscheck.engines`; default: here, with ``jobs``
    processes for reading)."""
    inputs, rules_dirs = _inputs(paths, rules)
    engine = engine or LocalEngine(jobs)
    skipped: list[Skipped] = []
    docs = load_corpus(inputs, skipped, max_bytes=max_bytes, encoding=encoding)
    rulebook = load_rules(rules_dirs) if run_checks else []
    docs, claims = extract_claims(docs, rules_dirs[0], progress, jobs, cache, engine)
    # Grouping is the costly step after extraction: done when checks or the caller need it.
    groups = group_claims(claims, load_lexicon(rules_dirs[0].resolve()),
                          load_config(rules_dirs[0]), progress,
                          engine) if (group or run_checks) else []
    findings = run_rules(rulebook, docs, claims, rules_dirs[0], groups,
                         progress, engine) if run_checks else []
    return Result(docs, claims, findings, rulebook, [str(p) for p in inputs],
                  [str(r) for r in rules_dirs], groups, skipped=skipped)


def stream_claims(paths: list[str | Path] | None = None,
                  rules: list[str | Path] | None = None, *, jobs: int = 1,
                  cache: ClaimsCache | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  encoding: str | None = None, engine: Engine | None = None
                  ) -> tuple[list[Skipped], Iterator[list[Claim]]]:
    """The files not read, and the claims of the others as :func:`analyze` reads them, in
    batches in the claims table's order (:func:`claims_in_order`): what a run that only
    writes the claims needs, holding a batch at a time."""
    inputs, rules_dirs = _inputs(paths, rules)
    skipped: list[Skipped] = []
    docs = load_corpus(inputs, skipped, max_bytes=max_bytes, encoding=encoding)
    return skipped, claims_in_order(docs, rules_dirs[0], jobs, cache, engine)


def _inputs(paths: list[str | Path] | None, rules: list[str | Path] | None
            ) -> tuple[list[Path], list[Path]]:
    """The files or folders to read (the sample corpus by default) and the rule folders (the
    bundled pack by default)."""
    return ([Path(p) for p in paths] if paths else [default_corpus_dir()],
            [Path(r) for r in rules] if rules else [default_rules_dir()])


def check(paths: list[str | Path] | None = None,
          rules: list[str | Path] | None = None) -> Result:
    """Public entry point: ``from crosscheck import check; check(["seeds"]).findings``."""
    return analyze(paths, rules)
