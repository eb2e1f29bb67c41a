"""
How far two readers agree on the labels of the same real pages.

    python benchmarks/realtext/agreement.py SECOND.jsonl         # the set's pages vs SECOND
    python benchmarks/realtext/agreement.py FIRST.jsonl SECOND.jsonl   # two labels files
    python benchmarks/realtext/agreement.py FIRST SECOND --show  # and every disagreement
    python benchmarks/realtext/agreement.py FIRST SECOND --json  # machine-readable figures

A second reader labels a sample of the pages independently (same line format,
their own ids).  Pages are matched by ``url``, else by ``sha256``.  Per field it
prints the share of matched pages on which both labels agree, compared as the
scorer compares a record with a label (``score.py``: case, white space, quote
and dash forms, an outlet's form); ``body_start`` agrees when one reader's
words begin the other's (readers take 6 to 10 words); ``article`` and
``cut_off`` also get Cohen's kappa.  ``headline``, ``article`` and ``cut_off``
count on every matched page; the other fields on pages both readers call an
article.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

import pages as pagelist
from score import Page, names, norm, norm_name, read_labels, same_outlet, starts_with

Compare = Callable[[Any, Any], bool]


def _same_start(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return starts_with(a, b) or starts_with(b, a)


def _dateline(key: str) -> Callable[[Page], object]:
    return lambda labels: (labels.get("dateline") or {}).get(key)


# field -> (how to read it from the labels, how to compare, counts on non-articles too)
FIELDS: Final[dict[str, tuple[Callable[[Page], object], Compare, bool]]] = {
    "article": (lambda lb: lb.get("article") is not False, lambda a, b: a == b, True),
    "headline": (lambda lb: lb.get("headline"), lambda a, b: norm(a) == norm(b), True),
    "authors": (lambda lb: lb.get("authors") or [], lambda a, b: names(a) == names(b), False),
    "publisher": (lambda lb: lb.get("publisher"), same_outlet, False),
    "date": (lambda lb: lb.get("date"), lambda a, b: (a or None) == (b or None), False),
    "dateline.location": (
        _dateline("location"),
        lambda a, b: norm_name(a) == norm_name(b),
        False,
    ),
    "dateline.agency": (_dateline("agency"), lambda a, b: norm_name(a) == norm_name(b), False),
    "body_start": (lambda lb: lb.get("body_start"), _same_start, False),
    "paragraphs": (lambda lb: lb.get("paragraphs"), lambda a, b: a == b, False),
    "cut_off": (lambda lb: bool(lb.get("cut_off")), lambda a, b: a == b, True),
}
KAPPA: Final = ("article", "cut_off")


def match(first: Sequence[Page], second: Sequence[Page]) -> tuple[list[tuple[Page, Page]], int]:
    """Pairs of the same page (by url, else sha256) and how many of the second found none."""
    by_url = {p.get("url"): p for p in first}
    by_sha = {p.get("sha256"): p for p in first}
    pairs, unmatched = [], 0
    for page in second:
        other = by_url.get(page.get("url")) or by_sha.get(page.get("sha256"))
        if other is None:
            unmatched += 1
        else:
            pairs.append((other, page))
    return pairs, unmatched


def kappa(pairs: Sequence[tuple[bool, bool]]) -> float | None:
    """Cohen's kappa of two readers' yes/no answers; None when chance agreement is total."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    yes_a, yes_b = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    chance = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
    return None if chance == 1 else (observed - chance) / (1 - chance)


def compare(pairs: Sequence[tuple[Page, Page]]) -> dict[str, Any]:
    """Per field: pages compared, pages agreed, kappa where it applies, and the disagreements."""
    out: dict[str, Any] = {}
    for name, (read, same, everywhere) in FIELDS.items():
        seen = agreed = 0
        answers, differ = [], []
        for a, b in pairs:
            la, lb = a["labels"], b["labels"]
            both_articles = la.get("article") is not False and lb.get("article") is not False
            if not everywhere and not both_articles:
                continue
            va, vb = read(la), read(lb)
            seen += 1
            agreed += same(va, vb)
            answers.append((bool(va), bool(vb)))
            if not same(va, vb):
                differ.append({"first": a.get("id"), "second": b.get("id"), "a": va, "b": vb})
        out[name] = {"pages": seen, "agree": agreed, "share": agreed / seen if seen else None}
        if name in KAPPA:
            out[name]["kappa"] = kappa(answers)
        out[name]["disagreements"] = differ
    return out


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def report(result: dict[str, Any], show: bool) -> None:
    print(f"{'field':18} {'pages':>5} {'agree':>5} {'share':>6} {'kappa':>6}")
    for name, r in result.items():
        kappa_cell = fmt(r["kappa"]) if "kappa" in r else ""
        print(f"{name:18} {r['pages']:5} {r['agree']:5} {fmt(r['share']):>6} {kappa_cell:>6}")
    if not show:
        return
    for name, r in result.items():
        if r["disagreements"]:
            print(f"\n-- {name}: {len(r['disagreements'])} disagreement(s)")
        for d in r["disagreements"]:
            print(f"  {d['first']} / {d['second']}\n    first  {d['a']!r}\n    second {d['b']!r}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").strip().split("\n\n")[0])
    ap.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="SECOND (against the set's pages-*.jsonl), or FIRST SECOND",
    )
    ap.add_argument("--show", action="store_true", help="list every disagreement")
    ap.add_argument("--json", action="store_true", help="machine-readable figures")
    args = ap.parse_args(argv)
    if len(args.files) > 2:
        ap.error("give one or two labels files")
    first = read_labels(args.files[0]) if len(args.files) == 2 else list(pagelist.pages())
    second = read_labels(args.files[-1])
    pairs, unmatched = match(first, second)
    changed = [b.get("id") for a, b in pairs if a.get("sha256") != b.get("sha256")]
    result = compare(pairs)
    if args.json:
        summary = {"matched": len(pairs), "unmatched": unmatched, "texts_differ": changed}
        print(json.dumps({**summary, "fields": result}, ensure_ascii=False, indent=2))
        return 0 if pairs else 1
    print(f"{len(pairs)} pages matched, {unmatched} of the second file not found in the first")
    if changed:
        print(f"same address but another text (compare with care): {', '.join(map(str, changed))}")
    report(result, args.show)
    return 0 if pairs else 1


if __name__ == "__main__":
    sys.exit(main())
