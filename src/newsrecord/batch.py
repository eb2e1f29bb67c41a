"""
Many texts at once: ``parse_many`` streams records in input order.

With ``workers > 1`` the texts go to worker processes in chunks, and at most
``2 * workers`` chunks are in flight at any time, so memory stays constant
over an input iterator of any length (``multiprocessing.Pool.imap`` would read
the whole iterator ahead).  Records and options are plain picklable values.
"""

from __future__ import annotations

import datetime
import functools
import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsrecord.errors import DEFAULT, Policy
from newsrecord.model import Article
from newsrecord.pipeline import parse

if TYPE_CHECKING:
    from concurrent.futures import Future


def parse_many(
    texts: Iterable[str | bytes],
    *,
    workers: int = 1,
    chunksize: int = 64,
    reference_date: datetime.date | None = None,
    strict: bool = False,
    policy: Policy = DEFAULT,
) -> Iterator[Article]:
    """
    Parse every text of ``texts``, yielding one record per text in input order.

    Args:
        texts: any iterable of ``str`` or ``bytes``; it is read lazily.
        workers: processes to parse in; 1 parses in this process.
        chunksize: texts sent to a worker at a time (larger chunks cost less
            inter-process traffic, smaller ones stream sooner).
        reference_date: as for `newsrecord.parse`.
        strict: as for `newsrecord.parse`; a `ParseError` ends the iteration.
        policy: as for `newsrecord.parse`.

    Returns:
        An iterator of records, one per input text, in input order.

    Raises:
        ValueError: ``workers`` or ``chunksize`` is less than 1.

    Examples:
        >>> [a.headline for a in parse_many(["Bridge opens\\n\\nIt opened.", "Rain\\n\\nIt fell."])]
        ['Bridge opens', 'Rain']
    """
    if workers < 1 or chunksize < 1:
        raise ValueError(f"workers and chunksize must be at least 1, not {workers}, {chunksize}")
    job = functools.partial(
        _parse_chunk, reference_date=reference_date, strict=strict, policy=policy
    )
    if workers == 1:
        return (record for chunk in _chunks(texts, chunksize) for record in job(chunk))
    return _parallel(texts, job, workers, chunksize)


def _parallel(
    texts: Iterable[str | bytes],
    job: functools.partial[list[Article]],
    workers: int,
    chunksize: int,
) -> Iterator[Article]:
    """Chunks to a process pool, at most ``2 * workers`` in flight, results in order."""
    # Imported here: it costs 40 ms, which `import newsrecord` should not pay.
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Article]]] = deque()
        for chunk in _chunks(texts, chunksize):
            pending.append(pool.submit(job, chunk))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _chunks(texts: Iterable[str | bytes], size: int) -> Iterator[list[str | bytes]]:
    iterator = iter(texts)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _parse_chunk(
    chunk: list[str | bytes],
    *,
    reference_date: datetime.date | None,
    strict: bool,
    policy: Policy,
) -> list[Article]:
    """Parse one chunk (in a worker process): a top-level function, so it pickles."""
    return [
        parse(text, reference_date=reference_date, strict=strict, policy=policy) for text in chunk
    ]
