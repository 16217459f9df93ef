#!/usr/bin/env python3
"""A generated news archive for scale benchmarks: N dated documents about many programmes.

    python bench/corpus_gen.py N OUT_DIR [--seed S]

Each document is a short news item (headline, a ``Posted:`` line, 6-14 sentences) about a
few of a few hundred *stories*: one measure (teachers sent, schools rebuilt, aid invested...)
by one actor in one place in one year, with a true value. Documents state a story's value
the way news does: rounded, qualified ("nearly", "more than"), in yuan with a dollar
conversion at the year's rate, or as a running total; a known share of statements
(``--planted``, default 2%) is off by 40-60%: the generator prints how many and lists them
in ``OUT_DIR/planted.jsonl`` (file and sentence) for ``bench/scale.py`` to score. Sentences
without figures fill the rest. Same N and seed, same corpus, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

PLACES = ["Tibet", "Xinjiang", "Qinghai", "Gansu", "Sichuan", "Yunnan", "Lhasa", "Kashgar",
          "Nyingchi", "Hotan", "Guizhou", "Ningxia", "Inner Mongolia", "Hainan", "Guangxi"]
ACTORS = ["Jiangsu Province", "Zhejiang Province", "Guangdong Province", "Fujian Province",
          "Shandong Province", "Beijing", "Shanghai", "Tianjin", "Chongqing", "Hubei Province",
          "Hunan Province", "Anhui Province", "the central government", "state-owned firms",
          "Liaoning Province", "Hebei Province", "Henan Province", "Shaanxi Province"]
MEASURES = [  # (noun, verb, typical value)
    ("teachers", "sent", 400), ("doctors", "sent", 250), ("nurses", "sent", 180),
    ("engineers", "sent", 120), ("schools", "rebuilt", 60), ("hospitals", "upgraded", 25),
    ("homes", "rebuilt", 9000), ("villages", "connected to the grid", 140),
    ("households", "relocated", 12000), ("students", "trained", 5200),
    ("officials", "trained", 1600), ("projects", "completed", 320),
    ("clinics", "built", 75), ("bridges", "built", 30), ("wells", "dug", 800),
]
FUNDS = ["aid funds", "reconstruction money", "poverty relief funds", "investment"]
RATES = {2008: 6.95, 2009: 6.83, 2010: 6.77, 2011: 6.46, 2012: 6.31, 2013: 6.19, 2014: 6.16,
         2015: 6.28, 2016: 6.64, 2017: 6.75, 2018: 6.62, 2019: 6.91, 2020: 6.90, 2021: 6.45,
         2022: 6.73, 2023: 7.08}
QUALIFIERS = ["", "", "", "nearly ", "more than ", "about ", "over ", "some "]
FILLER = [
    "Officials said the work would continue in the coming years.",
    "Local residents welcomed the new facilities, the report said.",
    "The programme is part of a wider effort to narrow the gap between regions.",
    "Critics said the figures were hard to verify independently.",
    "The ministry did not give a breakdown by county.",
    "Several projects were delayed by bad weather in the spring.",
    "The provincial government held a meeting to review the results.",
    "Teams from the partner provinces stay for up to three years at a time.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@dataclass(frozen=True)
class Story:
    noun: str
    verb: str
    actor: str
    place: str
    year: int
    value: int
    money: float  # million yuan


def _stories(rnd: random.Random, n: int) -> list[Story]:
    """Stories with distinct (actor, place): two stories of one actor in one place would
    state its spending there twice, or one running total twice, and disagree by
    construction."""
    out: dict[tuple[str, str], Story] = {}
    while len(out) < min(n, len(ACTORS) * len(PLACES)):
        noun, verb, typical = rnd.choice(MEASURES)
        actor, place = rnd.choice(ACTORS), rnd.choice(PLACES)
        value = int(typical * rnd.uniform(0.4, 2.5))
        out.setdefault((actor, place), Story(
            noun, verb, actor, place, rnd.choice(list(RATES)[:-1]), value,
            round(rnd.uniform(20, 3000), 1)))
    return list(out.values())


def _rounded(rnd: random.Random, v: float) -> tuple[str, float]:
    """The value as a news text writes it: exact, or rounded with a qualifier."""
    q = rnd.choice(QUALIFIERS)
    if not q:
        return f"{int(v):,}", v
    digits = max(1, len(str(int(v))) - 2)
    r = round(v, -digits) if v >= 100 else v
    if q == "nearly " and r < v:
        r += 10 ** digits
    if q in ("more than ", "over ") and r > v:
        r -= 10 ** digits
    return f"{q}{int(r):,}", r


def _sentence(rnd: random.Random, s: Story, wrong: bool) -> str:
    value = s.value * (rnd.choice([0.4, 0.5, 1.4, 1.6]) if wrong else 1)
    text, _ = _rounded(rnd, value)
    kind = rnd.randrange(5)
    if kind == 0:
        return f"In {s.year}, {s.actor} {s.verb} {text} {s.noun} in {s.place}."
    if kind == 1:
        return f"{s.place} saw {text} {s.noun} {s.verb} by {s.actor} in {s.year}, officials said."
    if kind == 2:
        money = s.money * (1.5 if wrong else 1)
        usd = money / RATES[s.year]
        return (f"In {s.year}, {s.actor} spent {money:,.1f} million yuan ({usd:,.1f} million "
                f"US dollars) of {rnd.choice(FUNDS)} in {s.place}.")
    if kind == 3:
        month = rnd.choice(MONTHS)
        return (f"By the end of {month} {s.year}, a total of {text} {s.noun} had been "
                f"{s.verb} in {s.place} with help from {s.actor}.")
    share = rnd.randint(20, 80)
    return (f"In {s.year}, {s.actor} {s.verb} {text} {s.noun} in {s.place}, "
            f"{share} percent of them in rural counties.")


def generate(n: int, out: Path, seed: int = 1, planted: float = 0.02) -> tuple[int, int]:
    """Write ``n`` documents into ``out``; returns (statements, planted disagreements)."""
    rnd = random.Random(seed)
    stories = _stories(rnd, max(50, n // 4))
    out.mkdir(parents=True, exist_ok=True)
    statements = wrong_count = 0
    manifest = []
    for i in range(n):
        year = rnd.choice(list(RATES)[1:])
        mine = rnd.sample(stories, k=min(len(stories), rnd.randint(2, 5)))
        # a text tells of what came before its day: "had been relocated by the end of July
        # 2015" stands in no text posted in 2009 (nor in one posted in March 2015)
        mine = [s for s in mine if s.year < year]
        if not mine:
            mine = [rnd.choice(stories)]
            year = mine[0].year + 1
        lines = []
        for _ in range(rnd.randint(6, 14)):
            if rnd.random() < 0.35:
                lines.append(rnd.choice(FILLER))
                continue
            wrong = rnd.random() < planted
            wrong_count += wrong
            statements += 1
            lines.append(_sentence(rnd, rnd.choice(mine), wrong))
            if wrong:
                manifest.append({"file": f"{i:06d}.txt", "sentence": lines[-1]})
        head = mine[0]
        title = f"{head.actor} reports progress on {head.noun} in {head.place}"
        posted = f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        body = "\n\n".join(" ".join(lines[j:j + 3]) for j in range(0, len(lines), 3))
        (out / f"{i:06d}.txt").write_text(f"{title}\n\nPosted: {posted}\n\n{body}\n",
                                          encoding="utf-8")
    # The planted statements, for scoring: JSON Lines, not a text crosscheck would read.
    (out / "planted.jsonl").write_text(
        "".join(json.dumps(m, sort_keys=True) + "\n" for m in manifest), encoding="utf-8")
    return statements, wrong_count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--planted", type=float, default=0.02)
    args = ap.parse_args(argv)
    statements, wrong = generate(args.n, args.out, args.seed, args.planted)
    size = sum(f.stat().st_size for f in args.out.glob("*.txt"))
    print(f"{args.n} documents, {size / 1e6:.1f} MB, {statements} statements of figures, "
          f"{wrong} planted disagreements, in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
