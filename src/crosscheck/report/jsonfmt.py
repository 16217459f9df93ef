"""JSON output: the machine-readable contract (claims array, or documents+claims+findings)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

import orjson

from ..claims import FLOAT_COLUMNS, Claim, table_order
from ..corpus import Document
from ..pipeline import Result
from ..scope import doc_date_label
from .common import ReportOptions, shown


def dumps(obj: Any) -> str:
    """Pretty JSON (two-space indent, UTF-8 text as is) through orjson's compiled encoder:
    the standard library's encoder falls back to pure Python when it indents, and took
    most of the time of ``claims --format json``. Values it does not know (dates) are
    written as text."""
    return _pretty(obj).decode("utf-8") + "\n"


def _pretty(obj: Any) -> bytes:
    return orjson.dumps(obj, default=str, option=orjson.OPT_INDENT_2)


def claim_record(c: Claim) -> dict[str, Any]:
    """A claim as the JSON contract has it (``doc``, ``value``, ``unit``, ``low``...)."""
    d = c.record()
    for k in FLOAT_COLUMNS:
        v = d[k]
        if v is not None and not math.isfinite(v):
            d[k] = None
    return d


def document_record(d: Document) -> dict[str, Any]:
    """A document's metadata for JSON output."""
    return {"id": d.id, "path": d.path, "title": d.title, "outlet": d.outlet, "url": d.url,
            "published": d.published.isoformat() if d.published else None,
            "date_source": d.date_source, "date_label": doc_date_label(d),
            "sentences": d.sentence_count}


def claims_json(claims: list[Claim]) -> str:
    """The claims as a JSON array, in document order."""
    return "".join(claims_json_chunks(claims))


def claims_json_chunks(claims: list[Claim]) -> Iterator[str]:
    """:func:`claims_json` in pieces, a claim at a time, made as they are written: the
    array of an archive's claims is never held whole, as records or as text (the bytes are
    those :func:`dumps` writes for the whole array)."""
    return claims_json_of_batches([sorted(claims, key=table_order)])


def claims_json_of_batches(batches: Iterable[list[Claim]]) -> Iterator[str]:
    """:func:`claims_json_chunks` of claims that come in batches, each in order and after the
    one before (:func:`crosscheck.pipeline.claims_in_order`): written as they come."""
    # Encoded a batch at a time: one compiled call per batch, not per claim, and the
    # array's items are the batch array's items as they stand ("[" and "\n]" cut off).
    first = True
    for ordered in batches:
        for i in range(0, len(ordered), _BATCH):
            body = _pretty([claim_record(c) for c in ordered[i:i + _BATCH]])
            yield ("[" if first else ",") + body[1:-2].decode("utf-8")
            first = False
    yield "[]\n" if first else "\n]\n"


#: claims encoded per call of the encoder
_BATCH = 1024


def _array(records: Iterable[Any], level: int) -> Iterator[str]:
    """A JSON array at nesting ``level``, indented as :func:`dumps` indents it, an item at
    a time."""
    inner = "\n" + "  " * (level + 1)
    first = True
    for r in records:
        body = _pretty(r)
        yield ("[" if first else ",") + inner + body.replace(b"\n", inner.encode()).decode(
            "utf-8")
        first = False
    yield "[]" if first else "\n" + "  " * level + "]"


def _line(obj: Any) -> bytes:
    return orjson.dumps(obj, default=str) + b"\n"


def claims_jsonl(claims: list[Claim]) -> Iterator[str]:
    """The claims as JSON Lines, one compact record per line in document order, made as they
    are written (a record per claim is never held for all of them at once)."""
    return claims_jsonl_of_batches([sorted(claims, key=table_order)])


def claims_jsonl_of_batches(batches: Iterable[list[Claim]]) -> Iterator[str]:
    """:func:`claims_jsonl` of claims that come in ordered batches, written as they come."""
    for ordered in batches:
        for c in ordered:
            yield _line(claim_record(c)).decode("utf-8")


def render_jsonl(result: Result, out: TextIO, opts: ReportOptions) -> None:
    """Write the result as JSON Lines: each document, claim, finding and rule on a line of
    its own, with ``"type"`` saying which (``skipped`` for a file not read); the records are
    those of the JSON format."""
    for d in result.documents:
        out.write(_line({"type": "document", **document_record(d)}).decode("utf-8"))
    for c in sorted(result.claim_list, key=table_order):
        out.write(_line({"type": "claim", **claim_record(c)}).decode("utf-8"))
    for f in shown(result, opts):
        out.write(_line({"type": "finding", **f.record()}).decode("utf-8"))
    for r in result.rules:
        out.write(_line({"type": "rule", "id": r.id, "check": r.check, "severity": r.severity,
                         "path": r.path, "sha": r.sha}).decode("utf-8"))
    for s in result.skipped:
        out.write(_line({"type": "skipped", **s.record()}).decode("utf-8"))


def render(result: Result, out: TextIO, opts: ReportOptions) -> None:
    """Write ``{documents, claims, findings, rules, skipped}`` as JSON, a record at a time
    (the bytes :func:`dumps` writes for the whole object)."""
    parts = {
        "documents": (document_record(d) for d in result.documents),
        "claims": (claim_record(c) for c in sorted(result.claim_list,
                                                   key=table_order)),
        "findings": (f.record() for f in shown(result, opts)),
        "rules": ({"id": r.id, "check": r.check, "severity": r.severity, "path": r.path,
                   "sha": r.sha} for r in result.rules),
        "skipped": (s.record() for s in result.skipped),
    }
    for i, (key, records) in enumerate(parts.items()):
        out.write(("{" if i == 0 else ",") + f'\n  "{key}": ')
        for chunk in _array(records, 1):
            out.write(chunk)
    out.write("\n}\n")
