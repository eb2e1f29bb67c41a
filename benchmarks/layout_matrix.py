"""
The layout matrix at scale: per-field accuracy and precision of newsrecord over invented
articles rendered in every layout family of FORMATS.md (A crawl, B wire, C archives, D dates,
E header stacks).

    python benchmarks/layout_matrix.py --seed 0 -n 5000
    python benchmarks/layout_matrix.py -n 5000 --failures 3 --field authors --family E
    python benchmarks/layout_matrix.py -n 5000 --json

The generator is the test suite's own (``tests/layouts``), so this script and
``tests/layouts/test_matrix.py`` measure the same thing; the checkout's root is put on the path
to import it.  See ``docs/layout-matrix.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the generator lives in tests/layouts, one for both uses

from tests.layouts import compare, render, run  # noqa: E402  (needs the path above)

SHORT = {"dateline.location": "dl.location", "dateline.agency": "dl.agency"}


def groups(tally: compare.Tally, family: str | None) -> list[str]:
    """`all`, then each family followed by its variants (only `family`'s when given)."""
    out = ["all"]
    for fam in render.FAMILIES:
        if family in (None, fam):
            out.append(fam)
            out += [label for label in render.RENDERERS if label.startswith(f"{fam}.")]
    return [g for g in out if g in tally.scores]


def table(tally: compare.Tally, names: Sequence[str], precision: bool) -> str:
    """One row per group, one column per field: accuracy, or precision (`-` when undefined)."""
    fields = [f for f in compare.FIELDS if not (precision and f == "paragraphs")]
    head = f"{'':24}{'docs':>6}" + "".join(f"{SHORT.get(f, f):>12}" for f in fields)
    lines = [head]
    for name in names:
        scores = [tally.score(name, f) for f in fields]
        values = [s.precision if precision else s.accuracy for s in scores]
        cells = "".join(f"{'-' if v is None else f'{v:.3f}':>12}" for v in values)
        indent = "  " if "." in name else ""
        lines.append(f"{indent + name:24}{scores[0].seen:>6}{cells}")
    return "\n".join(lines)


def as_json(tally: compare.Tally, args: argparse.Namespace, seconds: float) -> str:
    """The figures of every group as JSON (accuracy as `field`, precision as `field.precision`)."""
    figures = {
        name: {"docs": tally.score(name, "headline").seen, **run.figures(tally, name)}
        for name in groups(tally, args.family)
    }
    meta = {"seed": args.seed, "docs": tally.docs, "crashes": len(tally.crashes)}
    return json.dumps({**meta, "seconds": round(seconds, 2), "groups": figures}, indent=2)


def failures(tally: compare.Tally, args: argparse.Namespace) -> str:
    """Up to `--failures` misses per field, filtered by `--field` and `--family`."""
    blocks = []
    for name in compare.FIELDS:
        if args.field and name not in args.field:
            continue
        misses = [
            m
            for m in tally.misses
            if m.field == name and args.family in (None, m.label.split(".")[0])
        ]
        blocks += [run.describe(m) for m in misses[: args.failures]]
    return "\n\n".join(blocks)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1].strip())
    parser.add_argument("--seed", type=int, default=0, help="run seed (default 0)")
    parser.add_argument("-n", type=int, default=5000, help="documents to draw (default 5000)")
    parser.add_argument("--failures", type=int, default=0, metavar="N", help="N misses a field")
    parser.add_argument("--field", action="append", choices=compare.FIELDS, help="with --failures")
    parser.add_argument("--family", choices=render.FAMILIES, help="only this family")
    parser.add_argument("--json", action="store_true", help="machine-readable figures")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the matrix and print the figures (and misses when asked)."""
    args = parse_args(argv)
    start = time.perf_counter()
    tally = run.run(args.seed, args.n)
    seconds = time.perf_counter() - start
    if args.json:
        print(as_json(tally, args, seconds))
        return 0
    names = groups(tally, args.family)
    print(
        f"layout matrix: seed {args.seed}, {tally.docs} documents, {len(render.RENDERERS)} "
        f"variants, {len(tally.crashes)} crashes, {seconds:.1f} s\n"
    )
    print("accuracy\n" + table(tally, names, precision=False))
    print("\nprecision (of the documents where the parser gave a value)")
    print(table(tally, names, precision=True))
    for label, trace in tally.crashes[:3]:
        print(f"\nCRASH {label}: {trace.strip().splitlines()[-1]}")
    if args.failures:
        print("\n" + failures(tally, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
