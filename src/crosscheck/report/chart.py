"""The picture of the rates: implied CNY/USD rate of every conversion against the ECB
reference rate over time, as a PNG beside the Markdown report."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..checks.conversion import Conversion
from ..output import make_shareable
from ..pipeline import Result
from ..refdata.rates import reference_rate

BASE, QUOTE = "CNY", "USD"


def conversions(result: Result) -> list[tuple[float, float, float, float, str]]:
    """(year, rate, low, high, label) of every paired CNY/USD conversion."""
    out = []
    by_id = result.claims_by_id
    docs = result.documents_by_id
    for c in result.claim_list:
        if c.kind != "money" or c.unit != BASE:
            continue
        for other in (by_id.get(i) for i in c.linked):
            if other is None or other.unit != QUOTE or not other.value:
                continue
            d = docs[c.doc]
            if c.period_start and c.period_end:
                year = (c.period_start + c.period_end) / 2 + 0.5
            elif d.published:
                year = d.published.year + 0.5
            else:
                continue
            conv = Conversion(c, other)  # the rate and its rounding range, as the check has them
            out.append((year, conv.rate, conv.low, conv.high, c.doc.split("_", 1)[0]))
    return sorted(out)


def rates_chart(result: Result, path: Path) -> bool:
    """Draw the chart to ``path``; False (and no file) when there is no conversion."""
    points = conversions(result)
    if not points:
        return False
    import matplotlib

    matplotlib.use("Agg")  # no display needed, and the same bytes on every machine
    import matplotlib.pyplot as plt

    first = int(min(p[0] for p in points)) - 1
    last = int(max(p[0] for p in points)) + 1
    years, refs = [], []
    for y in range(first, last + 1):
        ref = reference_rate(BASE, QUOTE, y, y)
        if ref:
            years.append(y + 0.5)
            refs.append(ref.rate)
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
    if years:
        ax.plot(years, refs, color="#555555", linewidth=1.5,
                label="ECB reference (yearly mean)")
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    err = [[p[1] - p[2] for p in points], [p[3] - p[1] for p in points]]
    ax.errorbar(xs, ys, yerr=err, fmt="o", color="#c0392b", capsize=3,
                label="implied by the text (rounding range)")
    for x, y, *_rest, label in points:
        ax.annotate(label, (x, y), textcoords="offset points", xytext=(5, 5), fontsize=8)
    ax.set_xlabel("year the amount refers to")
    ax.set_ylabel(f"{BASE} per {QUOTE}")
    ax.set_title(f"Implied {BASE}/{QUOTE} rates against the reference rate")
    ax.grid(True, alpha=0.3)
    ax.legend(loc="best", fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    # a temporary file of its own, then a rename: two runs writing the same chart at once
    # each leave a whole picture, never one cut into the other
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fig.savefig(fh, format="png", metadata={"Software": None})
        make_shareable(tmp)
        tmp.replace(path)
    finally:
        plt.close(fig)
        tmp.unlink(missing_ok=True)
    return True
