"""Batches: `parse_many` streams records in input order, in this process or in workers."""

from __future__ import annotations

import datetime
import itertools
import pickle
import types
from collections.abc import Iterator

import pytest

import newsrecord

TEXTS: list[str | bytes] = [
    *(
        f" date 2021-03-{day:02d} By Lornby Courier\n\nBy Ilse Marwick\n\n"
        f"The council of Port Alder met on day {day} and approved {day} new benches."
        for day in range(1, 29)
    ),
    b"Ferry fares rise\n\nFares rise by eight percent, the ferry company said.",
    "",
    "\x00",
]


@pytest.mark.parametrize(("workers", "chunksize"), [(1, 1), (1, 64), (2, 3), (2, 64)])
def test_records_equal_parse_in_input_order(workers: int, chunksize: int) -> None:
    """Every record equals `parse` of the same text, in input order, whatever the workers."""
    records = list(newsrecord.parse_many(TEXTS, workers=workers, chunksize=chunksize))
    assert records == [newsrecord.parse(text) for text in TEXTS]


def test_options_reach_every_record() -> None:
    """`reference_date` applies to every text, in worker processes too."""
    text = "Rain in Vesk\n\nVESK, Jan 12 (Kestrel) - Rain fell all night, officials said on Monday."
    reference = datetime.date(1999, 1, 1)
    records = list(
        newsrecord.parse_many([text] * 5, workers=2, chunksize=2, reference_date=reference)
    )
    assert {r.date for r in records} == {datetime.date(1999, 1, 12)}


def test_iterator_is_read_lazily() -> None:
    """An endless iterator streams: the first record comes before the input is exhausted."""
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for index in itertools.count():
            pulled += 1
            yield f"Story number {index}\n\nThe council met on day {index}, officials said."

    first = list(itertools.islice(newsrecord.parse_many(endless(), chunksize=8), 3))
    assert [a.headline for a in first] == ["Story number 0", "Story number 1", "Story number 2"]
    assert pulled <= 8


def test_parallel_iterator_keeps_a_bounded_window() -> None:
    """With workers, only a few chunks are read ahead of the records given out."""
    pulled = 0

    def counted() -> Iterator[str]:
        nonlocal pulled
        for index in range(10_000):
            pulled += 1
            yield f"Story {index}\n\nThe council met on day {index}, officials said."

    stream = newsrecord.parse_many(counted(), workers=2, chunksize=10)
    next(stream)
    assert pulled <= 2 * 2 * 10 + 10
    assert isinstance(stream, types.GeneratorType)
    stream.close()  # shuts the worker pool down


@pytest.mark.parametrize(("workers", "chunksize"), [(0, 1), (1, 0), (-1, 5)])
def test_bad_arguments(workers: int, chunksize: int) -> None:
    """A worker or chunk count below one is a caller error."""
    with pytest.raises(ValueError, match="at least 1"):
        newsrecord.parse_many(TEXTS, workers=workers, chunksize=chunksize)


def test_records_and_policies_pickle() -> None:
    """Records and policies survive pickling, as worker processes need."""
    record = newsrecord.parse(TEXTS[0])
    assert pickle.loads(pickle.dumps(record)) == record
    assert pickle.loads(pickle.dumps(newsrecord.STRICT)) == newsrecord.STRICT


BAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"  # not text: an error warning
GOOD = "Ferry fares rise\n\nFares rise by eight percent, the ferry company said."


@pytest.mark.parametrize("workers", [1, 2])
def test_strict_yields_each_failure_with_its_position_and_goes_on(workers: int) -> None:
    """In strict mode a bad text gives its `ParseError` (``id``: its position); the rest follow."""
    results = list(newsrecord.parse_many([GOOD, BAD, "", GOOD], workers=workers, strict=True))
    assert [type(r).__name__ for r in results] == ["Article", "ParseError", "ParseError", "Article"]
    errors = [r for r in results if isinstance(r, newsrecord.ParseError)]
    assert [(e.id, e.warnings[0].code) for e in errors] == [(1, "not-text"), (2, "empty-input")]


@pytest.mark.parametrize("workers", [1, 2])
def test_pairs_give_pairs_and_strict_failures_name_the_id(workers: int) -> None:
    """``(id, text)`` pairs give ``(id, result)`` pairs in order; a failure carries the id."""
    pairs: list[tuple[object, str | bytes]] = [("a-1", GOOD), ("a-2", BAD), (("k", 3), GOOD)]
    results = list(newsrecord.parse_many(pairs, workers=workers, chunksize=1, strict=True))
    assert [key for key, _ in results] == ["a-1", "a-2", ("k", 3)]
    assert results[0][1] == results[2][1] == newsrecord.parse(GOOD)
    failure = results[1][1]
    assert isinstance(failure, newsrecord.ParseError)
    assert failure.id == "a-2"
    lenient = list(newsrecord.parse_many(pairs, workers=workers))
    assert [(key, article) for key, article in lenient] == [
        (key, newsrecord.parse(text)) for key, text in pairs
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_text_of_the_wrong_type_names_its_id(workers: int) -> None:
    """A missing text (``None``, ``NaN``) raises `TypeError` naming the item's id."""
    with pytest.raises(TypeError, match=r"^item 'b': newsrecord.parse\(\) takes str or bytes"):
        list(newsrecord.parse_many([("a", GOOD), ("b", None)], workers=workers))  # type: ignore[list-item]


def test_a_tuple_that_is_no_pair_is_refused() -> None:
    """An item that is a tuple of three is a caller bug."""
    with pytest.raises(TypeError, match=r"^item 0: a pair is \(id, text\), not 3 values$"):
        list(newsrecord.parse_many([("a", GOOD, "extra")]))  # type: ignore[list-item]
