"""
Many texts at once: ``parse_many`` streams records in input order.

With ``workers > 1`` the texts go to worker processes in chunks, and at most
``2 * workers`` chunks are in flight at any time, so memory stays constant
over an input iterator of any length (``multiprocessing.Pool.imap`` would read
the whole iterator ahead).  Records, options and errors are plain picklable
values; identifiers never leave this process, so they need not pickle.

In strict mode a text whose record has an error warning gives its
`ParseError` in place of the record, naming the text's id, and the batch
goes on: one bad text in a million must not end the other 999,999.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import logging
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Literal, TypeAlias, TypeVar, overload

import attrs

from newsrecord.errors import DEFAULT, ParseError, Policy
from newsrecord.model import Article
from newsrecord.pipeline import parse

if TYPE_CHECKING:
    from concurrent.futures import Future

K = TypeVar("K")
T = TypeVar("T")
R = TypeVar("R")

Job: TypeAlias = "tuple[str | bytes, datetime.date | None]"
"""One text to parse in a worker, with its own reference date (``None``: the policy's)."""

Outcome: TypeAlias = "Article | ParseError | TypeError"
"""What a worker returns for one text; a `TypeError` is re-raised here with the id."""

_log = logging.getLogger(__name__)


@overload
def parse_many(
    texts: Iterable[str | bytes],
    *,
    workers: int = ...,
    chunksize: int = ...,
    reference_date: datetime.date | str | None = ...,
    strict: Literal[False] = ...,
    policy: Policy = ...,
) -> Iterator[Article]: ...


@overload
def parse_many(
    texts: Iterable[str | bytes],
    *,
    workers: int = ...,
    chunksize: int = ...,
    reference_date: datetime.date | str | None = ...,
    strict: bool,
    policy: Policy = ...,
) -> Iterator[Article | ParseError]: ...


@overload
def parse_many(
    texts: Iterable[tuple[K, str | bytes]],
    *,
    workers: int = ...,
    chunksize: int = ...,
    reference_date: datetime.date | str | None = ...,
    strict: Literal[False] = ...,
    policy: Policy = ...,
) -> Iterator[tuple[K, Article]]: ...


@overload
def parse_many(
    texts: Iterable[tuple[K, str | bytes]],
    *,
    workers: int = ...,
    chunksize: int = ...,
    reference_date: datetime.date | str | None = ...,
    strict: bool,
    policy: Policy = ...,
) -> Iterator[tuple[K, Article | ParseError]]: ...


def parse_many(
    texts: Iterable[str | bytes] | Iterable[tuple[K, str | bytes]],
    *,
    workers: int = 1,
    chunksize: int = 64,
    reference_date: datetime.date | str | None = None,
    strict: bool = False,
    policy: Policy = DEFAULT,
) -> Iterator[object]:
    """
    Parse every text of ``texts``, yielding one result per text in input order.

    Args:
        texts: any iterable of ``str`` or ``bytes``, or of ``(id, text)`` pairs
            (the id can be anything: it stays in this process); read lazily.
        workers: processes to parse in; 1 parses in this process.
        chunksize: texts sent to a worker at a time (larger chunks cost less
            inter-process traffic, smaller ones stream sooner).
        reference_date: as for `newsrecord.parse`; checked here, at once.
        strict: as for `newsrecord.parse`, except that a text whose record has
            an error warning gives its `ParseError` in place of the record
            (its ``id`` names the text: the pair's id, or the text's position),
            and the iteration goes on.
        policy: as for `newsrecord.parse`.

    Returns:
        An iterator of records (or, in strict mode, records and errors), one per
        text in input order; of ``(id, result)`` pairs when given pairs.

    Raises:
        ValueError: ``workers`` or ``chunksize`` is less than 1.
        TypeError: ``reference_date`` is not a date (at once), or, during the
            iteration, a text is neither ``str`` nor ``bytes``; the message
            names its id.

    Examples:
        >>> [a.headline for a in parse_many(["Bridge opens\\n\\nIt opened.", "Rain\\n\\nIt fell."])]
        ['Bridge opens', 'Rain']
        >>> pairs = [("a-1", "Rain\\n\\nIt fell."), ("a-2", b"\\x89PNG\\r\\n\\x1a\\n")]
        >>> [(key, type(result).__name__) for key, result in parse_many(pairs, strict=True)]
        [('a-1', 'Article'), ('a-2', 'ParseError')]

    .. versionchanged:: 0.1
       ``(id, text)`` pairs; strict mode yields each failure instead of stopping.
    """
    if workers < 1 or chunksize < 1:
        raise ValueError(f"workers and chunksize must be at least 1, not {workers}, {chunksize}")
    policy = attrs.evolve(
        policy,
        reference_date=policy.reference_date if reference_date is None else reference_date,
        strict=strict or policy.strict,
    )
    keyed = _keyed(texts)
    outcomes = run_jobs(((text, None) for _, text, _ in _peek(keyed)), policy, workers, chunksize)
    return _results(keyed.seen, outcomes)


@attrs.define
class _Keyed:
    """The input as ``(key, text, paired)``; keys wait in ``seen`` until their result comes."""

    items: Iterator[tuple[object, str | bytes, bool]]
    seen: deque[tuple[object, bool]] = attrs.field(factory=deque)


def _keyed(texts: Iterable[object]) -> _Keyed:
    def items() -> Iterator[tuple[object, str | bytes, bool]]:
        for index, item in enumerate(texts):
            if isinstance(item, tuple):
                if len(item) != 2:
                    raise TypeError(f"item {index}: a pair is (id, text), not {len(item)} values")
                yield item[0], item[1], True
            else:
                yield index, item, False  # type: ignore[misc]  # checked in the worker

    return _Keyed(items())


def _peek(keyed: _Keyed) -> Iterator[tuple[object, str | bytes, bool]]:
    for key, text, paired in keyed.items:
        keyed.seen.append((key, paired))
        yield key, text, paired


def _results(seen: deque[tuple[object, bool]], outcomes: Iterator[Outcome]) -> Iterator[object]:
    for outcome in outcomes:
        key, paired = seen.popleft()
        if isinstance(outcome, TypeError):
            raise TypeError(f"item {key!r}: {outcome}")
        if isinstance(outcome, ParseError):
            outcome.id = key
        yield (key, outcome) if paired else outcome


def run_jobs(
    jobs: Iterable[Job], policy: Policy, workers: int, chunksize: int
) -> Iterator[Outcome]:
    """Each job's outcome, in order, parsed here or in ``workers`` processes."""
    if workers == 1:
        # One at a time: a text read from a pipe is parsed and given out at once.
        return (_parse_one(text, day, policy) for text, day in jobs)
    task = functools.partial(_parse_chunk, policy=policy)
    chunks = _chunks(jobs, chunksize)
    return (outcome for done in _ordered_map(task, chunks, workers) for outcome in done)


def _ordered_map(
    task: Callable[[list[T]], list[R]], chunks: Iterator[list[T]], workers: int
) -> Iterator[list[R]]:
    """Chunks to a process pool, at most ``2 * workers`` in flight, results in order."""
    # Imported here: it costs 40 ms, which `import newsrecord` should not pay.
    from concurrent.futures import ProcessPoolExecutor

    _log.info("parsing in %d worker processes", workers)
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
    try:
        pending: deque[Future[list[R]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(task, chunk))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        # Also when the caller stops early or is interrupted: queued chunks are dropped.
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops them cleanly (no traceback per worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _parse_chunk(chunk: list[Job], *, policy: Policy) -> list[Outcome]:
    """Parse one chunk (in a worker process): a top-level function, so it pickles."""
    return [_parse_one(text, day, policy) for text, day in chunk]


def _parse_one(text: str | bytes, day: datetime.date | None, policy: Policy) -> Outcome:
    try:
        return parse(text, reference_date=day, policy=policy)
    except (ParseError, TypeError) as exc:
        return exc
