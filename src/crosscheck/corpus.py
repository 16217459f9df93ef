"""Documents: reading files and folders, metadata, and sentences with character offsets."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from array import array
from dataclasses import dataclass, field, replace
from pathlib import Path

from .dates import (
    StatedDate,
    date_from_name,
    date_from_text,
    year_of_neighbours,
    yearless_dateline,
)
from .errors import CorpusError
from .sentences import Sentence, sentence_spans, sentences_at, split_sentences
from .yamlfile import key_lines, read_yaml

SUFFIXES = (".txt", ".md")
METADATA_FILE = "sources.yaml"
_META_KEYS = {"title", "outlet", "published", "url"}



@dataclass(frozen=True)
class Document:
    """One source text with its metadata. ``date_source`` says how ``published`` was known."""

    id: str
    path: str
    text: str
    #: where its sentences start and end (:func:`~crosscheck.sentences.sentence_spans`), once
    #: they have been read; :attr:`sentences` builds the sentences from them
    spans: array | None = field(default=None, repr=False)
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None
    date_source: str = "unknown"  # stated | inferred | inferred-year | unknown
    #: where the date was read: text | front matter | sources.yaml | file name | "" (inferred)
    date_from: str = ""
    date_precision: str = "day"  # day | month | year: how much of ``published`` is known

    def with_date(self, published: dt.date | None, source: str) -> Document:
        """A copy with a new publication date and the way it was known."""
        return replace(self, published=published, date_source=source)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences with their text and offsets, built on each call (a document keeps
        only their offsets: its text already holds them)."""
        if self.spans is None:
            return split_sentences(self.text)
        return sentences_at(self.text, self.spans)

    def with_sentences(self, sentences: tuple[Sentence, ...]) -> Document:
        """A copy that keeps the offsets of ``sentences`` (this document's, as split)."""
        return replace(self, spans=sentence_spans(sentences))

    def split(self) -> Document:
        """The document with its sentences' offsets kept (a copy; itself if already kept)."""
        return self if self.spans is not None else self.with_sentences(self.sentences)

    def _spans(self) -> array:
        return self.spans if self.spans is not None else \
            sentence_spans(split_sentences(self.text))

    @property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts, in order."""
        return list(self._spans()[::2])

    @property
    def sentence_count(self) -> int:
        """How many sentences the document has."""
        return len(self._spans()) // 2


def stated_date(text: str) -> dt.date | None:
    """A publication date written in the document's header or front matter, if any."""
    found = date_from_text(text)
    return found.date if found else None


def _read_metadata(folder: Path) -> dict[str, dict]:
    path = folder / METADATA_FILE
    if not path.is_file():
        return {}
    data, node, _ = read_yaml(path, CorpusError)
    data = data or {}
    if not isinstance(data, dict):
        raise CorpusError("expected a mapping of file name to metadata", path=str(path), line=1)
    lines = key_lines(node)
    for name, meta in data.items():
        if meta is None:
            data[name] = {}
            continue
        if not isinstance(meta, dict):
            raise CorpusError(f"entry {name!r}: expected a mapping", path=str(path),
                              line=lines.get(str(name)))
        unknown = set(map(str, meta)) - _META_KEYS
        if unknown:
            raise CorpusError(f"entry {name!r}: unknown field {sorted(unknown)[0]!r} "
                              f"(known: {', '.join(sorted(_META_KEYS))})", path=str(path),
                              line=lines.get(str(name)))
        published = meta.get("published")
        if published is not None and not isinstance(published, dt.date):
            try:
                meta["published"] = dt.date.fromisoformat(str(published))
            except ValueError:
                raise CorpusError(f"entry {name!r}: published {published!r} is not YYYY-MM-DD",
                                  path=str(path), line=lines.get(str(name))) from None
    return {str(k): v for k, v in data.items()}


@dataclass(frozen=True)
class Skipped:
    """A file of the corpus that was not read, and why (one line for a reader)."""

    path: str
    cause: str

    def record(self) -> dict[str, str]:
        """The entry as the JSON contract has it."""
        return {"path": self.path, "cause": self.cause}


#: the largest file read by default (``--max-file-size``): a news text is a few KB
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def _files(paths: list[Path], skipped: list[Skipped]) -> list[Path]:
    """The document files under ``paths``, in order. A folder is walked without following
    links to folders (no loop can catch it); a broken link or a special file with a document
    suffix is listed as skipped."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            inside: list[Path] = []
            for root, dirs, names in os.walk(p, followlinks=False):
                dirs.sort()
                for name in names:
                    f = Path(root) / name
                    if f.suffix not in SUFFIXES or f.stem.upper() == "README":
                        continue  # a folder's README says what the folder holds: no source
                    if f.is_file():
                        inside.append(f)
                    elif f.is_symlink() and not f.exists():
                        skipped.append(Skipped(str(f), "broken symbolic link"))
                    else:
                        skipped.append(Skipped(str(f), "not a regular file"))
            found.extend(sorted(inside))
        elif p.is_file():
            found.append(p)
        elif p.is_symlink() and not p.exists():
            skipped.append(Skipped(str(p), "broken symbolic link"))
        elif p.exists():
            skipped.append(Skipped(str(p), "not a regular file"))
        else:
            raise CorpusError("no such file or folder", path=str(p))
    return found


def decode(raw: bytes, path: Path, encoding: str | None = None) -> str:
    """The text of a file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with its
    mark, or ``encoding``; a file with NUL bytes is binary, not text."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) and encoding is None:
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise CorpusError("not UTF-16 text despite its byte-order mark",
                              path=str(path)) from None
    if b"\x00" in raw and encoding is None:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise CorpusError("binary file (NUL bytes), not text", path=str(path), line=line)
    try:
        return raw.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CorpusError(f"not {encoding or 'UTF-8'} text (byte 0x{raw[exc.start]:02x}); "
                          "--encoding names another", path=str(path), line=line) from None
    except LookupError:
        raise CorpusError(f"unknown encoding {encoding!r}", path=str(path)) from None


def load_document(path: Path, meta: dict | None = None, doc_id: str | None = None, *,
                  max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Document:
    """Read one text file into a Document; the text's own date first, then ``sources.yaml``,
    then the file name. A file that cannot be a document raises CorpusError with the cause."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise CorpusError(f"larger than the {max_bytes / 1e6:g} MB limit "
                              f"({size / 1e6:.1f} MB; --max-file-size raises it)",
                              path=str(path))
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read: {exc.strerror}", path=str(path)) from None
    text = decode(raw, path, encoding)
    if not text.strip():
        raise CorpusError("empty file", path=str(path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta = meta or {}
    # The text's own header first, then sources.yaml, then the file name (issue: a date the
    # text prints is what the reader of that text sees).
    from_name = date_from_name(path.name)
    found = date_from_text(text, from_name.date.year if from_name else None)
    if (found is None or found.precision == "year") and meta.get("published") is not None:
        found = StatedDate(meta["published"], "day", "sources.yaml")
    if found is None or (found.precision == "year" and from_name is not None and
                         from_name.precision == "day"):
        found = from_name  # (a day in the name is finer than a year the text leaves alone)
    published = found.date if found else None
    source = "stated" if found else "unknown"
    return Document(
        id=doc_id or path.stem,
        path=str(path),
        text=text,
        title=str(meta.get("title") or _first_line(text)),
        outlet=str(meta.get("outlet") or ""),
        url=str(meta.get("url") or ""),
        published=published,
        date_source=source,
        date_from=found.origin if found else "",
        date_precision=found.precision if found else "day",
    )


def document_from_text(doc_id: str, text: str, published: dt.date | None = None) -> Document:
    """An in-memory Document (rule examples, tests, the Python API)."""
    precision = "day"
    if published is None:
        found = date_from_text(text)
        published = found.date if found else None
        precision = found.precision if found else "day"
    return Document(id=doc_id, path=f"<{doc_id}>", text=text,
                    title=_first_line(text), published=published,
                    date_source="stated" if published else "unknown",
                    date_from="text" if published else "", date_precision=precision)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()[:100]  # a Markdown heading's title
    return ""


def load_corpus(paths: list[Path | str], skipped: list[Skipped] | None = None, *,
                max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None
                ) -> list[Document]:
    """Load every ``.txt``/``.md`` file under the given files and folders, sorted by id.

    A file that cannot be read as a document (binary, undecodable, empty, too large,
    unreadable, a broken link, a special file) does not stop the others: it is appended to
    ``skipped`` with its cause. Without a ``skipped`` list, the first such file is an error.
    """
    keep_going = skipped is not None
    skipped = skipped if skipped is not None else []
    files = _files([Path(p) for p in paths], skipped)
    if skipped and not keep_going:
        raise CorpusError(skipped[0].cause, path=skipped[0].path)
    if not files and not skipped:
        raise CorpusError("no .txt or .md documents found",
                          path=", ".join(str(p) for p in paths))
    metadata: dict[Path, dict[str, dict]] = {}
    docs: dict[str, Document] = {}
    for f in files:
        folder = f.parent
        if folder not in metadata:
            metadata[folder] = _read_metadata(folder)
        try:
            doc = load_document(f, metadata[folder].get(f.name), max_bytes=max_bytes,
                                encoding=encoding)
        except CorpusError as exc:
            if not keep_going:
                raise
            where = f":{exc.line}" if getattr(exc, "line", None) else ""
            skipped.append(Skipped(f"{f}{where}", exc.message))
            continue
        if doc.id in docs and docs[doc.id].path != doc.path:
            doc = replace(doc, id=f"{f.parent.name}/{doc.id}")
        docs.setdefault(doc.id, doc)
    if not docs:
        raise CorpusError(f"no readable documents ({len(skipped)} skipped: "
                          f"{skipped[0].cause})", path=skipped[0].path)
    return complete_dateline_years([docs[k] for k in sorted(docs)])


#: where a date is read when its day comes from the text's dateline and its year from the
#: texts gathered with it
DATELINE_AND_FOLDER = "dateline, year of the folder"


def complete_dateline_years(docs: list[Document]) -> list[Document]:
    """Documents whose dateline gives a day with no year (``LUSAKA, Oct. 8 (Wire) --``),
    dated in the year the stated dates of the other texts of their folder agree on.

    Wire copy prints no year; the texts a user gathers about one story were written within
    months of each other, so the day is dated when all of them put it in one year, and left
    undated (the year then inferred from the text) when they span years.
    """
    stated: dict[str, list[dt.date]] = {}
    for d in docs:
        if d.published is not None and d.date_source == "stated" and \
                d.date_precision == "day" and d.date_from != DATELINE_AND_FOLDER:
            stated.setdefault(str(Path(d.path).parent), []).append(d.published)
    out = []
    for d in docs:
        if d.published is None and (day := yearless_dateline(d.text)) and \
                (year := year_of_neighbours(*day, stated.get(str(Path(d.path).parent), []))):
            with contextlib.suppress(ValueError):  # Feb. 29 of a common year is no day
                d = replace(d, published=dt.date(year, *day), date_source="stated",
                            date_from=DATELINE_AND_FOLDER, date_precision="day")
        out.append(d)
    return out
