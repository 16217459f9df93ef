"""The terminal report (rich): documents, claim counts, findings with quotes and arithmetic."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..checks.base import doc_label
from ..pipeline import Result
from ..scope import doc_date_label
from .common import ReportOptions, citations, kind_counts, severity_counts, shown
from .safe import visible

STYLE = {"error": "bold red", "warning": "bold yellow", "info": "cyan"}


def console_for(out: TextIO, opts: ReportOptions) -> Console:
    """A Console on ``out``: colour only when asked or when ``out`` is a terminal."""
    no_color = opts.color is False
    return Console(file=out, width=opts.width or (None if out.isatty() else 80),
                   no_color=no_color, force_terminal=True if opts.color else None,
                   highlight=False, emoji=False, soft_wrap=False)


def render(result: Result, out: TextIO, opts: ReportOptions) -> None:
    """Write the terminal report for ``result`` to ``out``."""
    con = console_for(out, opts)
    findings = shown(result, opts)

    docs = Table(title="Documents", title_justify="left", expand=False, show_lines=False)
    docs.add_column("doc", no_wrap=True)
    docs.add_column("title", overflow="fold", max_width=40)
    docs.add_column("date", no_wrap=True)
    docs.add_column("claims", justify="right")
    per_doc = {}
    for c in result.claim_list:
        per_doc[c.doc] = per_doc.get(c.doc, 0) + 1
    for d in result.documents:
        title = d.title + (f" — {d.outlet}" if d.outlet else "")
        docs.add_row(Text(visible(doc_label(d.id))), Text(visible(title)),
                     Text(doc_date_label(d)), str(per_doc.get(d.id, 0)))
    con.print(docs)
    if result.skipped:
        skipped = Table(title="Documents skipped", title_justify="left", expand=False)
        skipped.add_column("file", overflow="fold")
        skipped.add_column("cause", overflow="fold")
        for s in result.skipped:
            skipped.add_row(Text(visible(s.path)), Text(visible(s.cause)))
        con.print(skipped)

    kinds = kind_counts(result.claim_list)
    con.print(Text(f"Claims: {len(result.claim_list)} — " +
                   ", ".join(f"{k} {n}" for k, n in kinds.items())))
    sev = severity_counts(findings)
    line = Text("Findings: ")
    for i, (s, n) in enumerate(sev.items()):
        if i:
            line.append(", ")
        line.append(f"{n} {s}", style=STYLE[s] if n else "")
    con.print(line)
    if result.baselined or result.stale:
        con.print(Text(f"Baseline: {len(result.baselined)} known finding(s) hidden, "
                       f"{len(result.stale)} stale entr"
                       f"{'y' if len(result.stale) == 1 else 'ies'}", style="dim"))
        for e in result.stale:
            con.print(Text(visible(f"  stale: {e.fingerprint} {e.rule}: {e.message}"),
                           style="dim"))
    if not findings:
        con.print("No findings.")
        return
    by_id = result.claims_by_id
    docs_by_id = result.documents_by_id
    for f in findings:
        con.print()
        head = Text()
        head.append(f.severity.upper(), style=STYLE[f.severity])
        head.append(f"  {f.id}", style="bold")
        con.print(head)
        con.print(Text(visible(f.message)), soft_wrap=False)
        for cite in citations([by_id[cid] for cid in f.claims]):
            doc = docs_by_id[cite.doc]
            quote = Text()
            quote.append(f"{doc_label(cite.doc)} ", style="bold")
            quote.append(f"· {doc_date_label(doc)} · ", style="dim")
            quote.append("“")
            for piece, cited in cite.segments():
                quote.append(visible(piece), style="bold underline" if cited else "")
            quote.append("”")
            con.print(Padding(quote, (0, 0, 0, 2)))
        for step in f.arithmetic:
            con.print(Padding(Text("= " + visible(step), style="dim"), (0, 0, 0, 4)))
