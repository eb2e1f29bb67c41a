"""
FastWARC against warcio on a generated WET file: which reads Common Crawl text faster.

    python benchmarks/warc_readers.py [--megabytes 200] [--repeat 3] [--keep PATH]

Writes a WET file of invented crawl-format pages (``benchmarks/generate.py``)
holding about ``--megabytes`` of page text, gzip-compressed one record per
member as Common Crawl ships its ``.warc.wet.gz`` files, then reads every
``conversion`` record with each library in the same run, taking what
``newsrecord parse`` takes from a record (the ``WARC-Target-URI`` and
``WARC-Date`` headers and the payload bytes).  Each reader runs ``--repeat``
times in turn; the best time of each and their ratio are printed.  The file
is written to a temporary directory and removed afterwards unless ``--keep``
names a path for it (nothing generated is ever committed).

Needs the ``warc`` extra and warcio: ``pip install -e '.[warc]' warcio``.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import article  # a sibling script, not a package


def _record(kind: str, headers: dict[str, str], payload: bytes) -> bytes:
    lines = ["WARC/1.0", f"WARC-Type: {kind}", *(f"{k}: {v}" for k, v in headers.items())]
    lines.append(f"Content-Length: {len(payload)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + payload + b"\r\n\r\n"


def write_wet(path: Path, megabytes: int, seed: int = 7) -> tuple[int, int]:
    """Write the WET file; returns (records, payload bytes)."""
    rng = random.Random(seed)
    target = megabytes * 1_000_000
    start = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)
    records = size = 0
    with path.open("wb") as out:
        info = (
            b"software: newsrecord benchmarks/warc_readers.py\r\nformat: WARC File Format 1.0\r\n"
        )
        header = {
            "WARC-Date": "2024-03-01T00:00:00Z",
            "WARC-Record-ID": f"<urn:uuid:{uuid.UUID(int=0)}>",
        }
        out.write(gzip.compress(_record("warcinfo", header, info), compresslevel=6))
        while size < target:
            payload = article(rng, records).encode("utf-8")
            when = start + datetime.timedelta(seconds=37 * records)
            headers = {
                "WARC-Target-URI": f"https://news.example/{records // 1000}/story-{records}.html",
                "WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "WARC-Record-ID": f"<urn:uuid:{uuid.UUID(int=rng.getrandbits(128))}>",
                "Content-Type": "text/plain",
            }
            out.write(gzip.compress(_record("conversion", headers, payload), compresslevel=6))
            records += 1
            size += len(payload)
    return records, size


def read_fastwarc(path: Path) -> tuple[int, int]:
    """Every conversion record through FastWARC: (records, payload bytes)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    count = size = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.conversion):
            _ = record.headers["WARC-Target-URI"], record.headers["WARC-Date"]
            size += len(record.reader.read())
            count += 1
    return count, size


def read_warcio(path: Path) -> tuple[int, int]:
    """Every conversion record through warcio: (records, payload bytes)."""
    from warcio.archiveiterator import ArchiveIterator

    count = size = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "conversion":
                continue
            _ = record.rec_headers["WARC-Target-URI"], record.rec_headers["WARC-Date"]
            size += len(record.content_stream().read())
            count += 1
    return count, size


def main() -> None:
    """Generate, time both readers in turn, print the best times and the ratio."""
    cli = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    cli.add_argument("--megabytes", type=int, default=200, help="page text to generate (MB)")
    cli.add_argument("--repeat", type=int, default=3, help="timed runs of each reader")
    cli.add_argument("--keep", type=Path, help="write the WET file here and keep it")
    args = cli.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = args.keep or Path(scratch) / "bench.warc.wet.gz"
        records, size = write_wet(path, args.megabytes)
        print(
            f"{path.name}: {records} records, {size / 1e6:.0f} MB of text, "
            f"{path.stat().st_size / 1e6:.0f} MB gzipped"
        )
        readers: dict[str, Callable[[Path], tuple[int, int]]] = {
            "fastwarc": read_fastwarc,
            "warcio": read_warcio,
        }
        best = dict.fromkeys(readers, float("inf"))
        for _ in range(args.repeat):
            for name, read in readers.items():
                began = time.perf_counter()
                got = read(path)
                best[name] = min(best[name], time.perf_counter() - began)
                if got != (records, size):
                    raise SystemExit(f"{name} read {got}, expected {(records, size)}")
        for name, seconds in best.items():
            rate = size / 1e6 / seconds
            print(f"{name:9} best of {args.repeat}: {seconds:6.2f} s  {rate:6.1f} MB/s")
        fast, slow = sorted(best, key=best.__getitem__)
        print(f"{fast} is {best[slow] / best[fast]:.1f} times as fast as {slow}")


if __name__ == "__main__":
    main()
