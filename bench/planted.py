#!/usr/bin/env python3
"""Planted errors: does crosscheck find an error of a known type when one is put into a
clean corpus, and does planting add warnings anywhere else?

    python bench/planted.py CORPUS_DIR [CORPUS_DIR ...] [--per-type N] [--seed S]

For each corpus, crosscheck runs once on the untouched texts. Every passing finding (a share
that matches its part and whole, parts that add up, a change that fits its figures, a
conversion at its date's rate, a running total that never falls, a start year several
sources agree on) is a site where the texts state a checkable relation. For up to N sites
per error type, a copy of the corpus is made with one figure of that relation changed:

- ``sum``: the smallest part grows by a quarter of the total;
- ``share``: the stated percentage moves 15-20 points;
- ``change``: the stated change doubles (a multiple: the end figure grows by 60%, or
  shrinks by 40% under "more than doubled");
- ``average``: the stated average or amount each grows by 40%;
- ``rate``: the stated rate per so many people grows by 40%;
- ``margin``: the stated margin between two figures grows by 60%;
- ``conversion``: one side of the conversion is scaled by 1,000 ("million" for "billion");
- ``running_total``: the latest figure of the series drops to 70% of the earliest;
- ``start_year``: one of the agreeing start years moves six years earlier.

Each variant is checked; the error counts as found when a warning or error cites the changed
figure. Printed per corpus and type: sites, planted, found, recall, and the warnings the
variants add that touch no planted figure (false alarms), beside the warnings of the
untouched corpus. Recall is measured where crosscheck already reads the relation in the
clean text: it says whether a broken relation is reported, not how many relations are read.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from crosscheck.pipeline import analyze  # noqa: E402

#: error type -> (rule id, passing outcomes that mark a site)
SITES = {
    "sum": ("parts-sum", ("parts_consistent", "parts_within_total")),
    "share": ("share-of-whole", ("share_consistent",)),
    "change": ("change", ("change_consistent",)),
    "average": ("average", ("average_consistent",)),
    "rate": ("rate-per-population", ("rate_consistent",)),
    "margin": ("change", ("margin_consistent",)),
    "conversion": ("conversion-rate", ("consistent", "consistent_unreferenced")),
    "running_total": ("monotonic", ("rising",)),
    "start_year": ("start-year", ("corroborated",)),
}
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALE_UP = {"thousand": "million", "million": "billion", "billion": "trillion",
             "m": "bn", "mn": "bn", "bn": "tn"}
_INPUTS = (".txt", ".md", ".yaml")


@dataclass(frozen=True)
class Plant:
    """One change to one figure of one file."""

    kind: str
    doc: str
    start: int
    end: int
    old: str
    new: str


def _copy(corpus: Path, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for f in sorted(corpus.iterdir()):
        # the folder's gold and its README describe the corpus; they are not its texts
        if f.is_file() and f.suffix in _INPUTS and f.name != "gold.yaml" and \
                not f.name.upper().startswith("README"):
            shutil.copy2(f, dest / f.name)


def _rewrite(surface: str, factor: float) -> str | None:
    """The surface with its number multiplied by ``factor``, written the way it was."""
    m = _NUMBER.search(surface)
    if not m:
        return None
    token = m.group(0)
    old = float(token.replace(",", ""))
    new = old * factor
    decimals = len(token.split(".")[1]) if "." in token else 0
    # "5 billion" may become "8.4 billion"; a bare count stays whole ("24" dead become 8,
    # not 8.4, which no text would print)
    if decimals == 0 and new < 10 and abs(new - round(new)) > 0.05 and surface != token:
        decimals = 1
    text = f"{new:,.{decimals}f}" if "," in token or (new >= 10_000 and "," in surface) \
        else f"{new:.{decimals}f}"
    if text == token:
        return None
    return surface[: m.start()] + text + surface[m.end():]


def _scaled_1000(surface: str) -> str | None:
    for word, up in _SCALE_UP.items():
        pat = re.compile(rf"(?<=[\d\s]){re.escape(word)}\b", re.IGNORECASE)
        if pat.search(surface):
            return pat.sub(up, surface, count=1)
    return _rewrite(surface, 1000)


def _plants(kind: str, finding, claims: dict[str, dict]) -> Plant | None:
    cited = [claims[i] for i in finding.claims if i in claims]
    if not cited:
        return None
    target, new = None, None
    if kind == "sum":
        # the total is the largest figure cited (it may stand before its parts or after)
        whole = max(cited, key=lambda c: c["value"])
        parts = [c for c in cited if c is not whole]
        target = min(parts, key=lambda c: c["value"])
        grow = max(0.25 * whole["value"], whole["high"] - sum(p["low"] for p in parts)
                   + 0.1 * whole["value"])
        if target["value"] + grow > whole["low"]:
            return None  # a part above its total reads as another figure
        new = _rewrite(target["surface"], (target["value"] + grow) / target["value"])
    elif kind == "share":
        target = next(c for c in cited if c["kind"] == "percent")
        v = target["value"]
        new = _rewrite(target["surface"], (v + 15) / v if v <= 80 else (v - 20) / v)
    elif kind == "change":
        # under "more than doubled", "more than 70 times", which no growth makes false, the
        # end figure shrinks instead
        target = cited[-1]
        open_ended = str(finding.data.get("stated", "")).startswith(("more than", "over")) \
            and target["kind"] != "percent"  # (a stated change is made false by growing it)
        if len(cited) >= 3 and not open_ended:
            new = _rewrite(target["surface"], (target["value"] * 2 + 10) / target["value"])
        else:
            # a multiple: the end figure grows by 60%, or shrinks by 40% when open-ended
            new = _rewrite(target["surface"], 0.6 if open_ended else 1.6)
    elif kind == "average":
        target = cited[-1]
        new = _rewrite(target["surface"], 1.4)
    elif kind == "rate":
        # the rate is the figure the message quotes as the rate
        target = next((c for c in cited if finding.data.get("rate", "").endswith(
            c["surface"])), None)
        new = _rewrite(target["surface"], 1.4) if target else None
    elif kind == "margin":
        target = cited[0]  # the margin is cited first, then the two figures it separates
        new = _rewrite(target["surface"], 1.6)
    elif kind == "conversion":
        target = next((c for c in cited if c["unit"] == "USD"), None)
        new = _scaled_1000(target["surface"]) if target else None
    elif kind == "running_total":
        first, target = cited[0], cited[-1]
        # a fall beyond the earlier figure's own rounding ("1 billion" is 0.5-1.5 billion),
        # and not below half of it, which the rule reads as another quantity: a site where
        # no value is both is no site for this error
        fallen = min(0.7 * first["value"], 0.9 * first["low"])
        if fallen < 0.5 * first["value"]:
            return None
        new = _rewrite(target["surface"], fallen / target["value"])
    elif kind == "start_year":
        target = cited[-1]
        if target["kind"] != "year":
            return None
        new = _rewrite(target["surface"].replace(",", ""), (target["value"] - 6) /
                       target["value"])
    if target is None or not new or new == target["surface"]:
        return None
    return Plant(kind, target["doc"], target["start"], target["end"], target["surface"], new)


def _run(folder: Path):
    result = analyze([folder])
    claims = {c.id: c.record() for c in result.claim_list}
    return result, claims


def _warnings(result) -> list:
    return [f for f in result.findings if f.severity in ("warning", "error")]


def _apply(clean: Path, plant: Plant, dest: Path, docs: dict[str, str]) -> bool:
    _copy(clean, dest)
    path = dest / Path(docs[plant.doc]).name
    text = path.read_text(encoding="utf-8")
    if text[plant.start: plant.end] != plant.old:
        return False  # the document text is not the file's text here (front matter...)
    path.write_text(text[: plant.start] + plant.new + text[plant.end:], encoding="utf-8")
    return True


def _touches(finding, plant: Plant, claims: dict[str, dict]) -> bool:
    end = plant.start + len(plant.new)
    for cid in finding.claims:
        c = claims.get(cid)
        if c and c["doc"] == plant.doc and c["start"] < end and c["end"] > plant.start:
            return True
    return False


def bench(corpus: Path, per_type: int, seed: int) -> list[tuple]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / "clean"
        _copy(corpus, clean)
        result, claims = _run(clean)
        docs = {d.id: d.path for d in result.documents}
        baseline = {f.fingerprint for f in _warnings(result)}
        print(f"\n{corpus}: {len(result.documents)} documents, {len(claims)} claims, "
              f"{len(baseline)} warnings or errors untouched")
        rnd = random.Random(seed)
        for kind, (rule, passing) in SITES.items():
            sites = [f for f in result.findings if f.rule == rule and f.outcome in passing]
            plants = [p for f in sites if (p := _plants(kind, f, claims)) is not None]
            rnd.shuffle(plants)
            found = planted = false_alarms = 0
            for i, plant in enumerate(plants[:per_type]):
                variant = Path(tmp) / f"{kind}-{i}"
                if not _apply(clean, plant, variant, docs):
                    continue
                planted += 1
                v_result, v_claims = _run(variant)
                warned = _warnings(v_result)
                if any(_touches(f, plant, v_claims) for f in warned):
                    found += 1
                false_alarms += sum(1 for f in warned if f.fingerprint not in baseline
                                    and not _touches(f, plant, v_claims))
                shutil.rmtree(variant)
            recall = f"{found / planted:.2f}" if planted else "–"
            rows.append((corpus.name, kind, len(sites), planted, found, recall, false_alarms))
            print(f"  {kind:<14} sites {len(sites):>3}  planted {planted:>3}  found {found:>3}"
                  f"  recall {recall:>4}  new false warnings {false_alarms}")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--per-type", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    rows = []
    for corpus in args.corpora:
        if not corpus.is_dir():
            print(f"{corpus}: not a folder", file=sys.stderr)
            return 2
        rows += bench(corpus, args.per_type, args.seed)
    print("\ntotal by type")
    for kind in SITES:
        mine = [r for r in rows if r[1] == kind]
        planted, found = sum(r[3] for r in mine), sum(r[4] for r in mine)
        recall = f"{found / planted:.2f}" if planted else "–"
        print(f"  {kind:<14} planted {planted:>3}  found {found:>3}  recall {recall:>4}  "
              f"new false warnings {sum(r[6] for r in mine)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
