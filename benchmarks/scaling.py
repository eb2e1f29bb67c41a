"""
How ``newsrecord.parse`` scales with the size of one text, and what adversarial
texts cost per megabyte.

    python benchmarks/scaling.py            # sizes up to 10 MB, then the adversarial table
    python benchmarks/scaling.py --max-mb 3 # a quicker curve

Each size is one text made of invented articles (``generate.py``) joined by
blank lines; each time is the best of ``--repeat`` runs in this process (one
run above 3 MB), so the curve shows the parser's growth, not the machine's
noise or the one-time compiling of a pattern on its first use.  Linear time means a
flat seconds-per-megabyte column.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from generate import article  # type: ignore[import-not-found]

import newsrecord

ADVERSARIAL: dict[str, Callable[[], str]] = {
    "1 MB with no newline": lambda: "a" * 1_000_000,
    "100,000 one-character lines": lambda: "a\n" * 100_000,
    "100,000 By lines": lambda: "By Jane Doe\n" * 100_000,
    "1 MB of spaces": lambda: " " * 1_000_000,
    "1 MB of digits": lambda: "7" * 1_000_000,
    "1 MB of punctuation": lambda: ".,;:!?" * 166_667,
    "1 MB of brackets": lambda: "([{" * 333_334,
    "1 MB of unterminated parentheses": lambda: "(" * 1_000_000,
    "40,000 dateline-like prefixes": lambda: "LONDON, Jan 12 (Reuters) - " * 40_000,
}


def best_time(text: str, repeat: int) -> float:
    """The fastest of ``repeat`` parses of ``text``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        newsrecord.parse(text)
        times.append(time.perf_counter() - start)
    return min(times)


def text_of(megabytes: float, rng: random.Random) -> str:
    """Invented articles joined by blank lines, up to ``megabytes`` of UTF-8."""
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        parts.append(article(rng, len(parts)))
        size += len(parts[-1].encode("utf-8")) + 2
    return "\n\n".join(parts)


def main() -> None:
    """Print the size curve and the adversarial table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-mb", type=float, default=10.0, help="largest text (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (default 3)")
    args = parser.parse_args()
    newsrecord.parse(article(random.Random(0), 0))  # compile the patterns first
    sizes = [mb for mb in (0.1, 0.3, 1.0, 3.0, 10.0) if mb <= args.max_mb]
    print(f"{'size (MB)':>10} {'seconds':>9} {'s/MB':>7}")
    for megabytes in sizes:
        text = text_of(megabytes, random.Random(1))
        real = len(text.encode("utf-8")) / 1e6
        seconds = best_time(text, 1 if real > 3 else args.repeat)
        print(f"{real:>10.2f} {seconds:>9.3f} {seconds / real:>7.3f}")
    print(f"\n{'adversarial input':<34} {'MB':>5} {'seconds':>8} {'s/MB':>6}")
    for name, make in ADVERSARIAL.items():
        text = make()
        real = len(text.encode("utf-8")) / 1e6
        seconds = best_time(text, args.repeat)
        print(f"{name:<34} {real:>5.2f} {seconds:>8.3f} {seconds / real:>6.2f}")


if __name__ == "__main__":
    main()
