#!/usr/bin/env python3
"""How grouping time grows with the number of claims (1k to 100k).

    python bench/grouping_scale.py [--sizes 1000,10000,100000]

Synthetic claims: subjects drawn from combinations of real-looking noun phrases, spread over
regions and kinds the way a topical corpus is, so blocks are large and subjects repeat.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

HEADS = ["cadres", "teachers", "doctors", "projects", "officials", "enterprises", "schools",
         "hospitals", "villages", "households", "students", "patients", "experts", "workers",
         "roads", "funds", "batches", "groups", "talents", "organs"]
MODS = ["", "skilled", "medical", "educational", "key", "aid", "local", "young", "senior",
        "rural", "border", "paired", "central", "technical"]
REGIONS = ["Tibet", "Xinjiang", "Qinghai", "Gansu", "Sichuan", "Yunnan", "Lhasa", "Kashgar"]


def synthetic(n: int, seed: int = 7):
    from crosscheck.claims import Claim

    rnd = random.Random(seed)
    claims = []
    for i in range(n):
        head, mod = rnd.choice(HEADS), rnd.choice(MODS)
        subject = f"{mod} {head}".strip()
        if rnd.random() < 0.3:
            subject += f" and {rnd.choice(MODS)} {rnd.choice(HEADS)}".replace("  ", " ")
        kind, unit = rnd.choice([("count", "count")] * 6 + [("money", "CNY"),
                                                            ("percent", "percent")])
        v = float(rnd.choice([10, 12, 17, 300, 2100, 12000, 8300]))
        claims.append(Claim(doc=f"d{i // 50}", start=i, end=i + 1, surface=str(v),
                            sentence=subject, kind=kind, value=v, unit=unit, low=v, high=v,
                            subject=subject, place=rnd.choice(REGIONS)))
    return claims


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    args = ap.parse_args()
    from crosscheck.extract import load_lexicon
    from crosscheck.grouping import group_claims, load_config
    from crosscheck.resources import bundled_rules_dir

    lex = load_lexicon(bundled_rules_dir())
    cfg = load_config(bundled_rules_dir())
    prev = None
    for n in (int(s) for s in args.sizes.split(",")):
        claims = synthetic(n)
        t0 = time.perf_counter()
        groups = group_claims(claims, lex, cfg)
        secs = time.perf_counter() - t0
        growth = f"  x{secs / prev[1]:.1f} time for x{n / prev[0]:.0f} claims" if prev else ""
        print(f"{n:>7,} claims: {secs:7.2f} s, {len(groups):,} groups, "
              f"{n / secs:,.0f} claims/s{growth}")
        prev = (n, secs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
