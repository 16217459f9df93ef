#!/usr/bin/env python3
"""Score extraction against peer test suites (JSONL, one case per line).

    python bench/extraction_eval.py SUITE_DIR [--engine crosscheck|quantulum3]
                                    [--compare-python PY] [--misses N] [--json]

Per suite file: precision, recall and F1 on value, and on value+unit where the case gives a
unit. ``--compare-python`` runs this same script under another interpreter (one that has
quantulum3 installed) with ``--engine quantulum3 --json`` and prints both engines in one
table. The suite's sentences stay in SUITE_DIR; nothing here copies them.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from collections import Counter
from pathlib import Path

# Which of an engine's predictions a suite file is about, so each file scores one ability.
SCOPE = {
    "number": "numbers", "numeral": "numbers", "percent": "percent", "ordinal": "ordinal",
    "currency": "money", "amount_of_money": "money", "dimension": "physical",
    "quantity": "physical", "number_range": "range", "quantities": "any",
    "quantities_ambiguity": "any",
}
IN_TARGET = {"number", "numeral", "percent", "ordinal", "currency", "amount_of_money"}

_DOLLARS = {"USD", "AUD", "CAD", "HKD", "SGD", "TWD", "NZD"}
PEER_CURRENCY = {
    "dollar": _DOLLARS, "united states dollar": {"USD"}, "usd": {"USD"},
    "euro": {"EUR"}, "eur": {"EUR"}, "pound sterling": {"GBP"}, "british pound": {"GBP"},
    "gbp": {"GBP"}, "pound": {"GBP"}, "chinese yuan": {"CNY"}, "cny": {"CNY"},
    "japanese yen": {"JPY"}, "jpy": {"JPY"}, "inr": {"INR"}, "rupee": {"INR"},
    "indian rupee": {"INR"}, "canadian dollar": {"CAD"}, "cad": {"CAD"},
    "australian dollar": {"AUD"}, "chf": {"CHF"}, "franc": {"CHF"},
}


def load_cases(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# --- engines -------------------------------------------------------------------------------

def crosscheck_engine():
    """Predictions of crosscheck's extractor: start, end, value as written, unit, kind."""
    from crosscheck.corpus import document_from_text
    from crosscheck.extract import extract_document, load_lexicon
    from crosscheck.resources import bundled_rules_dir

    lex = load_lexicon(bundled_rules_dir())

    def predict(text: str) -> list[dict]:
        out = []
        for c in extract_document(document_from_text("case", text), lex, keep_bare=True):
            scope = {"money": "money", "percent": "percent", "ordinal": "ordinal",
                     "quantity": "physical"}.get(c.kind, "numbers")
            out.append({"start": c.start, "end": c.end, "value": c.stated,
                        "low": c.low if c.role == "range" else None,
                        "high": c.high if c.role == "range" else None,
                        "unit": c.unit, "scope": scope, "range": c.role == "range"})
        return out

    return predict


def quantulum3_engine():
    """Predictions of quantulum3 (no classifier), mapped to the same shape."""
    import warnings

    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    def predict(text: str) -> list[dict]:
        out = []
        try:
            found = parser.parse(text)
        except Exception:  # quantulum3 raises on some inputs; count that as no prediction
            return out
        for q in found:
            entity = q.unit.entity.name if q.unit and q.unit.entity else ""
            name = q.unit.name if q.unit else ""
            scope = ("money" if entity == "currency" else "percent" if name == "percentage"
                     else "numbers" if entity in ("dimensionless", "", "time") else "physical")
            out.append({"start": q.span[0], "end": q.span[1], "value": q.value, "low": None,
                        "high": None, "unit": name, "scope": scope, "range": False})
        return out

    return predict


# --- scoring -------------------------------------------------------------------------------

def _close(a, b) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _overlap(p: dict, e: dict) -> bool:
    if e.get("start") is None:
        return True
    return p["start"] < e["end"] and e["start"] < p["end"]


def _value_match(p: dict, e: dict) -> bool:
    if e.get("range"):
        r = e["range"]
        return _close(p.get("low"), r.get("low")) and _close(p.get("high"), r.get("high")) \
            or (p.get("low") is None and (_close(p["value"], r.get("low"))
                                          or _close(p["value"], r.get("high"))))
    return _close(p["value"], e.get("value"))


def _unit_key(unit: str | None, engine: str) -> set[str] | None:
    """A comparable key for a unit name (peer's or an engine's); None when not comparable."""
    if not unit or unit in ("dimensionless", "count", "percent", "percentage"):
        return {"none"} if unit in (None, "", "dimensionless", "count") else {"percent"}
    low = unit.lower()
    if low in PEER_CURRENCY:
        return PEER_CURRENCY[low]
    if len(unit) == 3 and unit.isupper():
        return {unit}
    try:
        from crosscheck.extract.quantities import canonical
        from crosscheck.units import registry

        ureg = registry()
        name = low.replace(" per ", " / ").replace("square ", "").replace("cubic ", "")
        power = 2 if "square" in low else 3 if "cubic" in low else 1
        name = {"metric ton": "metric_ton", "pound-mass": "pound", "cup": "cup",
                "degree celsius": "degC", "degree fahrenheit": "degF",
                "kilometer per hour": "kilometer / hour"}.get(low, name)
        units = ureg.parse_units(name.replace(" ", "_").replace("_/_", " / ")) ** power
        return {canonical(str(units))[0]}
    except Exception:
        return {f"?{unit}"}


def score_file(cases: list[dict], predict, scope: str, engine: str) -> dict:
    tp = fp = fn = 0
    utp = ufp = ufn = 0
    misses, unmapped = [], Counter()
    for case in cases:
        preds = [p for p in predict(case["text"]) if _in_scope(p, scope)]
        used: set[int] = set()
        for e in case["expected"]:
            hit = next((i for i, p in enumerate(preds) if i not in used and _overlap(p, e)
                        and _value_match(p, e)), None)
            if hit is None:
                fn += 1
                misses.append({"id": case["id"], "want": e.get("surface"),
                               "value": e.get("value"), "got": [
                                   (case["text"][p["start"]:p["end"]], p["value"])
                                   for p in preds][:3]})
            else:
                used.add(hit)
                tp += 1
            if e.get("unit") and e.get("unit") != "dimensionless":
                want = _unit_key(e["unit"], "peer")
                if want and any(k.startswith("?") for k in want):
                    unmapped[e["unit"]] += 1
                ok = hit is not None and bool(want & (_unit_key(preds[hit]["unit"], engine)
                                                      or set()))
                if ok:
                    utp += 1
                else:
                    ufn += 1
                    if hit is not None:
                        ufp += 1
        fp += len(preds) - len(used)
    return {"cases": len(cases), "expected": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            **_prf("value", tp, fp, fn), **_prf("unit", utp, ufp, ufn),
            "with_unit": utp + ufn, "misses": misses, "unmapped": dict(unmapped)}


def _in_scope(p: dict, scope: str) -> bool:
    if scope == "any":
        return True
    if scope == "numbers":
        # A number suite scores every figure but those with physical units, which
        # Recognizers-Text's number model leaves to its dimension model.
        return p["scope"] != "physical"
    if scope == "range":
        return p["range"]
    return p["scope"] == scope


def _prf(prefix: str, tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {f"{prefix}_p": p, f"{prefix}_r": r, f"{prefix}_f1": f}


def dump_predictions(suite_dir: Path) -> dict[str, list[dict]]:
    """quantulum3's predictions for every case text (run under its own interpreter)."""
    predict = quantulum3_engine()
    out = {}
    for path in sorted(suite_dir.glob("*/*.jsonl")):
        for case in load_cases(path):
            out[case["text"]] = predict(case["text"])
    return out


def evaluate(suite_dir: Path, engine: str, predict=None) -> dict[str, dict]:
    if predict is None:
        predict = crosscheck_engine() if engine == "crosscheck" else quantulum3_engine()
    out = {}
    for path in sorted(suite_dir.glob("*/*.jsonl")):
        name = path.stem
        cases = load_cases(path)
        # Relative ordinals ("last", "next") and cases only a peer's own port fails are
        # scored separately, not dropped.
        relative = [c for c in cases if any(str(e.get("type", "")).endswith(".relative")
                                            for e in c["expected"])]
        main = [c for c in cases if c not in relative]
        key = f"{path.parent.name}/{name}"
        out[key] = score_file(main, predict, SCOPE.get(name, "any"), engine)
        if relative:
            out[key + " (relative)"] = score_file(relative, predict, SCOPE.get(name, "any"),
                                                  engine)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("suite_dir", type=Path)
    ap.add_argument("--engine", choices=("crosscheck", "quantulum3"), default="crosscheck")
    ap.add_argument("--compare-python", metavar="PY",
                    help="an interpreter with quantulum3 installed, to score it side by side")
    ap.add_argument("--misses", type=int, default=0, help="list up to N misses per file")
    ap.add_argument("--json", action="store_true", help="print scores as JSON")
    ap.add_argument("--dump-predictions", action="store_true",
                    help="print quantulum3's raw predictions as JSON (used by --compare-python)")
    args = ap.parse_args()
    if args.dump_predictions:
        print(json.dumps(dump_predictions(args.suite_dir)))
        return 0
    if not args.suite_dir.is_dir():
        print(f"extraction_eval: {args.suite_dir}: no such folder", file=sys.stderr)
        return 2
    results = {args.engine: evaluate(args.suite_dir, args.engine)}
    if args.compare_python:
        env_script = Path(__file__).resolve()
        # quantulum3 runs in its own interpreter and only predicts; scoring (unit names
        # included) happens here, with the same code for both engines.
        proc = subprocess.run([args.compare_python, str(env_script), str(args.suite_dir),
                               "--dump-predictions"], capture_output=True, text=True,
                              check=False, env={"PATH": "/usr/bin:/bin"})
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 2
        table = json.loads(proc.stdout)
        results["quantulum3"] = evaluate(args.suite_dir, "quantulum3",
                                         predict=lambda text: table.get(text, []))
    if args.json:
        print(json.dumps(results))
        return 0
    engines = list(results)
    files = list(results[engines[0]])
    head = f"{'suite file':38} {'cases':>5} {'exp':>4}"
    for e in engines:
        head += f" | {e[:10]:>10} P    R    F1  unitF1"
    print(head)
    for f in files:
        r0 = results[engines[0]][f]
        line = f"{f + ('' if f.split('/')[-1].split(' ')[0] in IN_TARGET else ' *'):38} " \
               f"{r0['cases']:>5} {r0['expected']:>4}"
        for e in engines:
            r = results[e][f]
            unit = f"{r['unit_f1']:.2f}" if r["with_unit"] else "  - "
            line += f" | {'':>10} {r['value_p']:.2f} {r['value_r']:.2f} {r['value_f1']:.2f}" \
                    f"  {unit}"
        print(line)
    print("* outside the target scope (numbers, money, percent, ordinal)")
    for e in engines:
        tot = Counter()
        for name, r in results[e].items():
            if name.split("/")[-1].split(" ")[0] in IN_TARGET and "(relative)" not in name:
                tot.update({"tp": r["tp"], "fp": r["fp"], "fn": r["fn"]})
        prf = _prf("v", tot["tp"], tot["fp"], tot["fn"])
        print(f"{e}: in-scope micro P {prf['v_p']:.3f} R {prf['v_r']:.3f} F1 {prf['v_f1']:.3f}")
    unmapped = Counter()
    for r in results[engines[0]].values():
        unmapped.update(r["unmapped"])
    if unmapped:
        print("peer unit names not mapped:", ", ".join(f"{k} ({v})" for k, v in
                                                      sorted(unmapped.items())))
    if args.misses:
        for f, r in results[engines[0]].items():
            if r["misses"]:
                print(f"\n{f}: {len(r['misses'])} missed")
                for m in r["misses"][:args.misses]:
                    print(f"  {m['id']}: want {m['want']!r} = {m['value']}; got {m['got']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
