"""The claims cache: each document's extracted, scoped and framed claims, kept between runs.

A re-run over an archive where a few files changed should re-read only those. An entry is
keyed by everything extraction depends on: the document's text and metadata, the data files
of the rules folder that extraction reads (qualifiers, aliases, frames, grouping), and the
code itself (a hash of the package's sources, so any change of the extractor invalidates
every entry). An entry is written atomically (a temporary file, then a rename) and carries a
checksum of its content: an entry that is cut short, corrupt or from another version is
re-built, never trusted. Entries are JSON, not pickles: a cache file is data, never code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import math
import os
import sys
import tempfile
from array import array
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import orjson

from .claims import Claim, NumberPool
from .corpus import Document

#: the rules-folder files extraction reads (a missing one falls back to the bundled file,
#: whose bytes the code hash covers)
DATA_FILES = ("qualifiers.yaml", "aliases.yaml", "frames.yaml", "grouping.yaml", "page.yaml")
_FORMAT = 3  # 2: a sentence stored once per entry; 3: the document's sentence offsets


def default_dir() -> Path:
    """``$CROSSCHECK_CACHE``, else ``$XDG_CACHE_HOME/crosscheck``, else
    ``~/.cache/crosscheck``."""
    env = os.environ.get("CROSSCHECK_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crosscheck"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the package's Python sources and version: any change of the code is a new
    version of the extractor."""
    from . import __version__

    h = hashlib.sha256(__version__.encode())
    root = Path(__file__).parent
    for path in sorted(root.rglob("*.py")):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def data_version(rules_dir: Path) -> str:
    """A hash of the extraction data files of a rules folder (read again when one of them
    changes on disk)."""
    stamps = []
    for name in DATA_FILES:
        try:
            st = (rules_dir / name).stat()
            stamps.append((name, st.st_mtime_ns, st.st_size))
        except OSError:
            stamps.append((name, 0, -1))
    return _data_hash(rules_dir, tuple(stamps))


@lru_cache(maxsize=8)
def _data_hash(rules_dir: Path, stamps: tuple) -> str:
    h = hashlib.sha256()
    for name in DATA_FILES:
        path = rules_dir / name
        h.update(name.encode())
        h.update(path.read_bytes() if path.is_file() else b"(bundled)")
    return h.hexdigest()


def versions(rules_dir: Path) -> str:
    """What every entry of a run shares: the data files' and the code's hashes."""
    return data_version(rules_dir) + code_version()


def key(doc: Document, shared: str) -> str:
    """The entry name of a document: its text, metadata, and :func:`versions`."""
    h = hashlib.sha256()
    meta = [doc.id, doc.path, doc.title, doc.outlet, doc.url,
            doc.published.isoformat() if doc.published else None, doc.date_source,
            doc.date_from, doc.date_precision]
    h.update(orjson.dumps(meta))
    h.update(doc.text.encode("utf-8", "surrogatepass"))
    h.update(shared.encode())
    return h.hexdigest()


class ClaimsCache:
    """Entries under one folder, two levels deep by key (``ab/abcdef....json``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.hits = self.misses = 0

    def _path(self, name: str) -> Path:
        return self.folder / name[:2] / f"{name}.json"

    def get(self, doc: Document, name: str, pool: NumberPool | None = None
            ) -> tuple[Document, list[Claim]] | None:
        """The cached result for ``doc``, or None (absent, corrupt, or not this version);
        its claims share the numbers of ``pool``."""
        try:
            raw = self._path(name).read_bytes()
            entry = orjson.loads(raw)
            body = orjson.dumps(entry["body"])
            if entry.get("format") != _FORMAT or entry.get("key") != name or \
                    entry.get("sum") != hashlib.sha256(body).hexdigest():
                raise ValueError("stale or corrupt entry")
            found = _decode(doc, entry["body"], pool)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            self.misses += 1
            return None
        self.hits += 1
        return found

    def put(self, name: str, doc: Document, claims: list[Claim]) -> None:
        """Store a result; a cache that cannot be written is skipped, not an error."""
        self.put_encoded(name, encode(doc, claims))

    def put_encoded(self, name: str, body: bytes) -> None:
        """Store a result :func:`encode` made."""
        # the entry is {"format", "key", "sum", "body"} as orjson writes it, around the
        # body's bytes as they came (orjson writes a value read back the same way)
        entry = b'{"format":%d,"key":%s,"sum":"%s","body":%s}' % (
            _FORMAT, orjson.dumps(name), hashlib.sha256(body).hexdigest().encode(), body)
        path = self._path(name)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".entry.", dir=path.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(entry)
            os.replace(tmp, path)
        except OSError:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    Path(tmp).unlink()


def encode(doc: Document, claims: list[Claim]) -> bytes:
    """A document's result as the bytes of a cache entry's body: what a worker process
    sends back (the text stays where it was read) and what the cache keeps."""
    return orjson.dumps(_encode(doc, claims))


def decode(doc: Document, body: bytes, pool: NumberPool | None = None
           ) -> tuple[Document, list[Claim]]:
    """The document (dated, its sentences' offsets kept) and claims of an :func:`encode`d
    result of ``doc``."""
    return _decode(doc, orjson.loads(body), pool)


def _encode(doc: Document, claims: list[Claim]) -> dict:
    # A sentence is written once and its claims point to it: a sentence of ten figures is
    # not stored ten times, and is one string again when read back.
    sentences: dict[str, int] = {}
    rows = []
    for c in claims:
        row = [_number(v) for v in c]
        row[_SENTENCE] = sentences.setdefault(c.sentence, len(sentences))
        rows.append(row)
    return {"published": doc.published.isoformat() if doc.published else None,
            "date_source": doc.date_source, "spans": list(doc.split().spans or ()),
            "sentences": list(sentences), "claims": rows}


def _number(v: object) -> object:
    # JSON has no infinity: an unbounded interval side is written as text
    if isinstance(v, float) and not math.isfinite(v):
        return {"float": repr(v)}
    return v


def _unnumber(v: object) -> object:
    if isinstance(v, dict):
        return float(v["float"])
    return v


def _decode(doc: Document, body: dict, pool: NumberPool | None = None
            ) -> tuple[Document, list[Claim]]:
    published = dt.date.fromisoformat(body["published"]) if body["published"] else None
    spans = body["spans"]
    if not isinstance(spans, list) or len(spans) % 2 or \
            not all(type(x) is int and 0 <= x <= len(doc.text) for x in spans):
        raise ValueError("sentence offsets of another shape")
    doc = replace(doc.with_date(published, body["date_source"]), spans=array("q", spans))
    fields = len(Claim._fields)
    sentences = body["sentences"]
    claims = []
    for row in body["claims"]:
        if len(row) != fields or not isinstance(row[_LINKED], list) or \
                type(row[_SENTENCE]) is not int or not isinstance(
                    sentences[row[_SENTENCE]], str):
            raise ValueError("claim of another shape")
        row = [_unnumber(v) if type(v) is dict else v for v in row]
        row[_LINKED] = tuple(row[_LINKED])
        row[_SENTENCE] = sentences[row[_SENTENCE]]
        # the words of frames repeat over thousands of claims: one string each, as
        # extraction keeps them
        for i in _REPEATED:
            row[i] = sys.intern(row[i])
        claims.append(_new_tuple(Claim, pool.share(row) if pool is not None else row))
    return doc, claims


_LINKED = Claim._fields.index("linked")
_SENTENCE = Claim._fields.index("sentence")
_REPEATED = tuple(Claim._fields.index(f) for f in (
    "doc", "kind", "unit", "qualifier", "subject", "place", "period", "measure", "actor",
    "time_scope", "time", "aggregation", "status", "incident"))
# Built in one step, as extraction builds them (Claim's own constructor is interpreted).
_new_tuple = tuple.__new__
