"""Reliability: threads, huge inputs, pathological layouts; records always come back."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import newsrecord
from tests.test_invariants import assert_blocks_cover

PLACES = ("Port Alder", "Lornby", "Vesk", "Kesk", "Marstow")
TEXTS = [
    f" date 2021-03-{1 + n % 28:02d} By Lornby Courier\n\n\nBy Ilse Marwick\n\n"
    f"{PLACES[n % 5].upper()}, March {1 + n % 28} (Kestrel) - The council of {PLACES[n % 5]} "
    f"voted on Monday to close the old market hall, officials said.\n\n"
    + "\n\n".join(
        f"Paragraph {k} of story {n}: traders said they would appeal, and the mayor said "
        f"the hall would reopen as a library within {k + 2} years."
        for k in range(6)
    )
    + "\n\n(Reporting by Arvo Lind; Editing by Mette Sand)\n\nSource: Lornby Courier\n"
    for n in range(40)
]


def test_threads_give_identical_records() -> None:
    """Eight threads parsing the same texts get exactly the records one thread gets."""
    expected = [newsrecord.parse(text) for text in TEXTS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        runs = list(pool.map(lambda _: [newsrecord.parse(t) for t in TEXTS], range(8)))
    assert all(run == expected for run in runs)


def test_oversized_input_is_cut_with_a_warning() -> None:
    """Input over the policy's size cap is parsed up to the cap and says so."""
    policy = newsrecord.Policy(max_chars=100_000)
    text = "The council met again on Monday, officials said. " * 5_000
    record = newsrecord.parse(text, policy=policy)
    warning = record.warnings[0]
    assert warning.code == "input-truncated"
    assert (warning.start, warning.end) == (100_000, len(text))
    assert record.blocks[-1].end == len(text.rstrip())


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("x" * 5_000_000, id="5-MB-single-line"),
        pytest.param("By Jane Doe\n" * 20_000, id="20k-by-lines"),
        pytest.param("a\n" * 50_000, id="50k-one-character-lines"),
        pytest.param("\n\n" * 500_000 + "x", id="a-million-blank-lines"),
        pytest.param("(" * 200_000, id="unterminated-brackets"),
        pytest.param("WASHINGTON (AP) — " * 20_000, id="repeated-dateline"),
        pytest.param(" date 2021-01-14 " * 20_000, id="repeated-header"),
        pytest.param("Jan. 12, 2021 " * 20_000, id="repeated-dates"),
    ],
)
def test_pathological_layouts_give_records(text: str) -> None:
    """Huge or repetitive layouts finish with a record whose blocks cover the text."""
    record = newsrecord.parse(text)
    assert not any(w.code in ("internal-error", "regex-timeout") for w in record.warnings)
    assert_blocks_cover(text, record)


def test_time_grows_linearly_with_the_input() -> None:
    """Ten times the text costs far less than a hundred times the time (no quadratic step).

    Both sizes are measured in the same run, best of three, and compared with a
    generous factor, so a shared, noisy machine cannot fail it; a quadratic step
    (re-reading earlier text per unit) would cost about a hundred times.
    """
    small = "\n\n".join(TEXTS[:4])
    large = "\n\n".join(TEXTS[:4] * 10)

    def best(text: str) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            newsrecord.parse(text)
            times.append(time.perf_counter() - start)
        return min(times)

    newsrecord.parse(small)  # first use compiles the patterns
    assert best(large) < 35 * best(small)


def test_fifty_megabytes_come_back_cut_at_the_cap() -> None:
    """Fifty megabytes give a record of the first twenty million characters and a warning."""
    text = "The ferry ran late again on Monday, passengers said. " * 950_000
    record = newsrecord.parse(text)
    assert [w.code for w in record.warnings] == ["input-truncated"]
    assert record.warnings[0].start == newsrecord.DEFAULT.max_chars
    assert record.paragraphs[0].startswith("The ferry ran late again")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (" date 2021-01-14", "2021-01-14"),
        (" date 2021-01", None),
        (" date 2021-01-14 \n\n\n", "2021-01-14"),
    ],
    ids=["day", "month", "trailing-blank-lines"],
)
def test_only_a_header_line(text: str, date: str | None) -> None:
    """A text that is only the crawl header gives its date and nothing else."""
    record = newsrecord.parse(text)
    assert (None if record.date is None else record.date.isoformat()) == date
    assert record.paragraphs == ()
    assert [b.kind for b in record.blocks] == ["header"]
