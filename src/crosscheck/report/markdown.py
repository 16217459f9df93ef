"""The Markdown audit report: header, summary, one section per finding, every claim."""

from __future__ import annotations

from typing import TextIO

from .. import __version__
from ..checks.base import doc_label
from ..claims import Claim
from ..pipeline import Result
from ..scope import doc_date_label
from .common import (
    ReportOptions,
    format_interval,
    format_value,
    kind_counts,
    severity_counts,
    shown,
)
from .safe import md_inline


def cell(text: object) -> str:
    """Text made literal for one GFM table cell (no HTML, link, image or markup from it)."""
    return md_inline(text)


class Cell(str):
    """A table cell already made safe (a quote with its figure in bold)."""


def table(headers: list[str], rows: list[list[object]]) -> list[str]:
    """A GFM table as lines."""
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(str(c) if isinstance(c, Cell) else cell(c) for c in row) + " |"
            for row in rows]
    return out


def _bold_quote(claim: Claim) -> str:
    """The claim's sentence, escaped, with the figure in bold (a table cell, made already)."""
    a, b = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    s = claim.sentence
    return f"{md_inline(s[:a])}**{md_inline(s[a:b])}**{md_inline(s[b:])}"


def render(result: Result, out: TextIO, opts: ReportOptions) -> None:
    """Write the Markdown audit report for ``result`` to ``out``."""
    findings = shown(result, opts)
    lines: list[str] = ["# crosscheck audit report", ""]
    lines += [f"- Corpus: {', '.join(md_inline(p) for p in result.inputs)}",
              f"- Tool: crosscheck {__version__}"]
    if opts.command:
        command = opts.command
        lines.append(f"- Reproduce with: `{command}`" if "`" not in command
                     else f"- Reproduce with: {md_inline(command)}")
    if opts.timestamp:
        lines.append(f"- Generated: {opts.timestamp}")
    if result.baselined or result.stale:
        lines.append(f"- Baseline: {len(result.baselined)} known finding(s) hidden, "
                     f"{len(result.stale)} stale entr{'y' if len(result.stale) == 1 else 'ies'}")
    lines += ["", "## Documents", ""]
    per_doc: dict[str, int] = {}
    for c in result.claim_list:
        per_doc[c.doc] = per_doc.get(c.doc, 0) + 1
    lines += table(["doc", "file", "title", "outlet", "date", "claims"], [
        [doc_label(d.id), d.path.rsplit("/", 1)[-1], d.title, d.outlet or "—",
         doc_date_label(d), per_doc.get(d.id, 0)] for d in result.documents])
    lines += ["", "Dates marked *inferred* are not stated in the text or its metadata; they "
              "are the latest year the text reports as past.", ""]
    if result.skipped:
        lines += ["## Documents skipped", ""]
        lines += table(["file", "cause"], [[s.path, s.cause] for s in result.skipped])
        lines += [""]
    lines += ["## Rules applied", ""]
    lines += table(["rule", "check", "severity", "file", "sha256"], [
        [r.id, r.check, r.severity, r.path.rsplit("/", 1)[-1], r.sha] for r in result.rules])
    lines += ["", "## Summary", ""]
    lines += table(["severity", "findings"], [[s, n] for s, n in
                                               severity_counts(findings).items()])
    by_rule: dict[tuple[str, str], int] = {}
    for f in findings:
        by_rule[(f.rule, f.severity)] = by_rule.get((f.rule, f.severity), 0) + 1
    if by_rule:
        lines += [""]
        lines += table(["rule", "severity", "findings"],
                       [[r, s, n] for (r, s), n in sorted(by_rule.items())])
    kinds = kind_counts(result.claim_list)
    lines += ["", f"Claims read: {len(result.claim_list)} (" +
              ", ".join(f"{k} {n}" for k, n in kinds.items()) + ").", ""]
    corroborations = [f for f in findings if f.outcome == "corroborated"]
    lines += ["## Corroborations", ""]
    if corroborations:
        lines += table(["figure", "subject", "place", "sources", "documents"], [
            [f.data.get("value", f.data.get("years", "")), f.data.get("subject", ""),
             f.data.get("place", ""), f.data.get("sources", ""),
             ", ".join(f.data.get("documents", []))] for f in corroborations])
    else:
        lines.append("No figure is confirmed by more than one independent source.")
    lines.append("")
    if opts.chart:
        lines += ["## Exchange rates", "",
                  f"![Implied CNY/USD rates against the ECB reference rate]({opts.chart})", ""]
    by_id = result.claims_by_id
    docs = result.documents_by_id
    if findings:
        lines += ["## Findings", ""]
    for f in findings:
        lines += [f"### {f.severity.upper()}: {md_inline(f.id)}", "",
                  md_inline(f.message, line=True), ""]
        cited = [by_id[c] for c in f.claims]
        lines += table(["source", "date", "quote", "value", "interval"], [
            [doc_label(c.doc), doc_date_label(docs[c.doc]), Cell(_bold_quote(c)), format_value(c),
             format_interval(c)] for c in cited])
        if f.arithmetic:
            lines += ["", "Arithmetic:", ""]
            lines += [f"{i}. {cell(step)}" for i, step in enumerate(f.arithmetic, start=1)]
        if f.data.get("reference_source"):
            lines += ["", f"Reference: {f.data['reference_source']}."]
        lines += [""]
    if result.stale:
        lines += ["## Stale baseline entries", "",
                  "These accepted findings no longer match anything in the corpus:", ""]
        lines += table(["fingerprint", "rule", "message", "reason"],
                       [[e.fingerprint, e.rule, e.message, e.reason or "—"]
                        for e in result.stale])
        lines.append("")
    lines += ["## Appendix: every claim", ""]
    lines += table(["id", "kind", "surface", "value", "interval", "qualifier", "subject",
                    "place", "period"], [
        [c.id, c.kind, c.surface, format_value(c), format_interval(c), c.qualifier,
         c.subject or "—", c.place or "—", c.period or "—"]
        for c in sorted(result.claim_list, key=lambda c: (c.doc, c.start))])
    lines.append("")
    out.write("\n".join(lines))
