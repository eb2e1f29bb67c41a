"""
Invented crawl-format articles for benchmarking without any corpus.

    python benchmarks/generate.py OUTDIR --count 1000 [--seed 7]

Every person, place and outlet is made up; the texts imitate the layouts of
the crawl format (header line, bylines, datelines, furniture, trailers) at
about the size of real pages (2 to 3 KB).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FIRST = ["Ilse", "Tobias", "Mirela", "Arvo", "Noor", "Kaito", "Delia", "Magnus", "Ruth", "Oskar"]
LAST = ["Marwick", "Wren", "Castellanos", "Lind", "Halvorsen", "Brennan", "Okonkwo", "Sherwood"]
PLACES = ["Port Alder", "Lornby", "Vesk", "Kesk", "Marstow", "Tarnhold", "Greyfield", "Drenov"]
OUTLETS = ["Lornby Courier", "Harbour Gazette", "Vesk Herald", "Calvessa Web", "Kestrel"]
SUBJECTS = ["The council", "The harbour authority", "The rail company", "Officials", "The ministry"]
VERBS = ["said on Monday", "announced on Tuesday", "confirmed on Wednesday", "warned on Friday"]
OBJECTS = [
    "that the old pier would close to cargo ships from April",
    "that ticket prices would rise by eight percent next year",
    "that a new bridge would open before the winter",
    "that the school term would be extended by one week",
    "that repairs to the water main would take another month",
]
FURNITURE = [
    "Share",
    "Twitter",
    "WhatsApp",
    "Source: {outlet}",
    "© 2021 {outlet}. All rights reserved.",
]


def sentence(rng: random.Random) -> str:
    """One invented news sentence."""
    who = rng.choice(SUBJECTS)
    return f"{who} in {rng.choice(PLACES)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."


def article(rng: random.Random, index: int) -> str:
    """One invented crawl-format page of two to three kilobytes."""
    outlet = rng.choice(OUTLETS)
    day = 1 + index % 28
    lines = [f" date 2021-03-{day:02d} " + rng.choice(["", f"By {outlet}", "×", "Business"])]
    if rng.random() < 0.5:
        lines += ["", f"By {rng.choice(FIRST)} {rng.choice(LAST)}"]
    opening = sentence(rng)
    if rng.random() < 0.3:
        opening = f"{rng.choice(PLACES).upper()}, March {day} ({outlet}) - {opening}"
    lines += ["", opening]
    while sum(len(line) for line in lines) < rng.randint(2000, 3000):
        lines += ["", " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))]
    for item in rng.sample(FURNITURE, k=2):
        lines += ["", item.format(outlet=outlet)]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.outdir.mkdir(parents=True, exist_ok=True)
    for index in range(args.count):
        (args.outdir / f"invented-{index:05d}.txt").write_text(
            article(rng, index), encoding="utf-8"
        )
    print(f"wrote {args.count} invented articles to {args.outdir}")


if __name__ == "__main__":
    main()
