"""``crosscheck explain``: one finding in full, plain text."""

from __future__ import annotations

import json

from ..checks.base import doc_label
from ..pipeline import Result
from ..scope import doc_date_label
from .common import format_interval, format_value
from .safe import visible


def explain(result: Result, finding) -> str:
    """The finding with its rule (file and line), every cited claim quoted, the arithmetic
    and the data behind it."""
    rule = next((r for r in result.rules if r.id == finding.rule), None)
    lines = [f"{finding.id}  [{finding.severity}]  {finding.rule} ({finding.check}: "
             f"{finding.outcome})", finding.message, ""]
    if rule is not None:
        lines.append(f"rule: {rule.path}:{rule.lines.get('check', rule.line)}  {rule.title}")
    lines.append(f"fingerprint: {finding.fingerprint}")
    lines.append("")
    docs = result.documents_by_id
    for cid in finding.claims:
        c = result.claims_by_id[cid]
        d = docs[c.doc]
        lines.append(f"{doc_label(c.doc)} · {d.path} · {doc_date_label(d)} · chars {c.start}-"
                     f"{c.end}")
        a, b = c.start - c.sentence_start, c.end - c.sentence_start
        lines.append(f"  “{c.sentence[:a]}[{c.sentence[a:b]}]{c.sentence[b:]}”")
        lines.append(f"  {c.kind}: {format_value(c)}, interval {format_interval(c)}, "
                     f"qualifier {c.qualifier}, subject “{c.subject}”, place {c.place or '—'}, "
                     f"period {c.period or '—'}")
    if finding.arithmetic:
        lines += ["", "arithmetic:"] + [f"  {i}. {s}" for i, s in
                                        enumerate(finding.arithmetic, start=1)]
    lines += ["", "data:", json.dumps(finding.data, indent=2, sort_keys=True, default=str), ""]
    return visible("\n".join(lines))
