"""
Throughput of ``newsrecord.parse`` beside a floor and, when installed, trafilatura.

    python benchmarks/bench_parse.py PATH [PATH ...]   # .txt files, folders searched recursively
    python benchmarks/bench_parse.py --generate 1000   # invented articles, no corpus needed
    python benchmarks/bench_parse.py PATH --stages     # where the time goes, by stage

pyperf runs every benchmark in fresh worker processes and keeps the median, so
the figures are comparable on a noisy shared machine; the summary reports
documents/s, MB/s and ratios measured in the same run:

* ``floor``: one regex pass that splits each text into blank-line blocks, the
  least any parser must do;
* ``newsrecord``: ``parse(text)`` on every text;
* ``trafilatura`` (if importable): ``bare_extraction(with_metadata=True)`` on the
  same texts wrapped as HTML paragraphs.

pyperf's own options (``--fast``, ``--rigorous``, ``-o result.json``) also apply.
"""

from __future__ import annotations

import cProfile
import html
import pstats
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyperf

import newsrecord

_BLOCKS = re.compile(r"\n[ \t]*\n")


def load(paths: list[str], generate: int) -> list[str]:
    """The texts of every .txt file under ``paths``, or ``generate`` invented articles."""
    if generate:
        sys.path.insert(0, str(Path(__file__).parent))
        from generate import article

        rng = random.Random(7)
        return [article(rng, i) for i in range(generate)]
    files = []
    for name in paths:
        path = Path(name)
        files.extend(sorted(path.rglob("*.txt")) if path.is_dir() else [path])
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def floor(texts: list[str]) -> None:
    """The least work: split every text into blank-line blocks."""
    for text in texts:
        _BLOCKS.split(text)


def parse_all(texts: list[str]) -> None:
    for text in texts:
        newsrecord.parse(text)


def as_html(text: str) -> str:
    body = "".join(f"<p>{html.escape(b.strip())}</p>" for b in _BLOCKS.split(text) if b.strip())
    return f"<html><body><article>{body}</article></body></html>"


def trafilatura_job(texts: list[str]) -> Callable[[list[str]], None] | None:
    try:
        from trafilatura import bare_extraction
    except ImportError:
        return None
    pages = [as_html(t) for t in texts]

    def run(_: list[str]) -> None:
        for page in pages:
            bare_extraction(page, with_metadata=True)

    return run


def timer(job: Callable[[list[str]], None], texts: list[str]) -> Callable[[int], float]:
    def time_loops(loops: int) -> float:
        start = time.perf_counter()
        for _ in range(loops):
            job(texts)
        return time.perf_counter() - start

    return time_loops


def summary(results: dict[str, float], texts: list[str]) -> None:
    """Documents/s, MB/s and ratios, from each benchmark's median seconds per pass."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"\n{len(texts)} documents, {size:.2f} MB ({size * 1e3 / len(texts):.1f} KB each)")
    print(f"{'benchmark':12} {'docs/s':>10} {'MB/s':>8} {'x floor':>8}")
    for name, seconds in results.items():
        ratio = seconds / results["floor"]
        print(f"{name:12} {len(texts) / seconds:10.0f} {size / seconds:8.2f} {ratio:8.1f}")
    if "trafilatura" in results:
        speedup = results["trafilatura"] / results["newsrecord"]
        print(f"newsrecord is {speedup:.1f}x faster than trafilatura on the same content")


def profile(texts: list[str]) -> None:
    """Share of parse time by module (the stages of the pipeline)."""
    parse_all(texts)  # warm up: imports, pattern caches
    profiler = cProfile.Profile()
    profiler.enable()
    parse_all(texts)
    profiler.disable()
    stats = pstats.Stats(profiler)
    by_stage: dict[str, float] = {}
    for (filename, _, _), (_, _, tottime, _, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if "newsrecord" in filename:
            by_stage[_stage(filename)] = by_stage.get(_stage(filename), 0.0) + tottime
            continue
        # C functions (regex, str methods) are charged to the stage that called them.
        spent = sum(caller[2] for caller in callers.values()) or 1.0
        for (caller_file, _, _), caller in callers.items():
            stage = _stage(caller_file) if "newsrecord" in caller_file else "other"
            by_stage[stage] = by_stage.get(stage, 0.0) + tottime * caller[2] / spent
    total = sum(by_stage.values())
    print(f"{'stage':28} {'share':>6}")
    for stage, seconds in sorted(by_stage.items(), key=lambda item: -item[1]):
        print(f"{stage:28} {100 * seconds / total:5.1f}%")


def worker_args(cmd: list[str], args: object) -> None:
    """Hand this script's own arguments to pyperf's worker processes."""
    cmd.extend(getattr(args, "paths", []))
    if getattr(args, "generate", 0):
        cmd.extend(["--generate", str(args.generate)])  # type: ignore[attr-defined]


def _stage(filename: str) -> str:
    return Path(filename).stem if filename.endswith(".py") else "other"


def main() -> None:
    runner = pyperf.Runner(processes=4, values=3, warmups=1, add_cmdline_args=worker_args)
    runner.argparser.add_argument("paths", nargs="*", help=".txt files or folders")
    runner.argparser.add_argument("--generate", type=int, default=0, help="invented articles")
    runner.argparser.add_argument("--stages", action="store_true", help="profile by stage")
    args = runner.parse_args()
    texts = load(args.paths, args.generate)
    if not texts:
        runner.argparser.error("no texts: give .txt files or folders, or --generate N")
    if args.stages:
        profile(texts)
        return
    jobs: dict[str, Callable[[list[str]], None]] = {"floor": floor, "newsrecord": parse_all}
    extra = trafilatura_job(texts)
    if extra is not None:
        jobs["trafilatura"] = extra
    results: dict[str, float] = {}
    for name, job in jobs.items():
        bench = runner.bench_time_func(name, timer(job, texts))
        if bench is not None and not runner.args.worker:
            results[name] = statistics.median(bench.get_values())
    if not runner.args.worker and len(results) == len(jobs):
        summary(results, texts)


if __name__ == "__main__":
    main()
