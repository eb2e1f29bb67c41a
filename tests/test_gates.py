"""
The cheap gates before costly patterns change no match.

Each gate is a necessary condition of what it guards, argued where it stands; these tests
check the facts the arguments rest on (how the engine folds case, what the lexicons hold)
and compare gated patterns with ungated ones on the test corpus and invented lines.
"""

from __future__ import annotations

import string
import sys
from functools import cache
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsrecord._lazy import simple_case
from newsrecord._recognise import dates, furniture
from newsrecord._text import blind_fold

CORPUS = Path(__file__).parent / "corpus"

# Letters the gates compare after `blind_fold`: the date labels' first two, `ago`, `ranking`.
GATED_LETTERS = sorted(  # and every ASCII letter (`top`, `ranking`)
    {char for label in dates.LABEL_HEADS for char in label} | set(string.ascii_lowercase), key=ord
)


@cache
def _every_character() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _corpus_lines() -> list[str]:
    lines = {
        " ".join(line.split())
        for path in sorted(CORPUS.glob("*/*.txt"))
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    }
    return sorted(line for line in lines if line)


LINES = _corpus_lines()
EXTRA = [
    "Thứ Hai, 12/04/2021 14:05",
    "segunda-feira, 3 de maio de 2021",
    "İYUN 12, 2021",
    "Jane DoeJun 20, 2020, 8:44 AM EDT",
    "Tue., Jan. 3 2023",
    "Trump says 2 officials quit",
    "jum'at , 6th Dec , 2021",
    "Posted on 12 March 2021 at 14:05",
    "PUBLİSHED: 3 hours ago",
    "3 HOURS AGO",
    "Kestrel logo",
    "abc/def",
]


@pytest.mark.parametrize("letter", GATED_LETTERS)
def test_blind_fold_agrees_with_case_blind_matching(letter: str) -> None:
    """Every character a case-blind pattern matches to a gated letter folds as the letter."""
    for flags in ("(?i)(?-f)", "(?i)"):
        pattern = regex.compile(flags + regex.escape(letter), regex.V1)
        for match in pattern.finditer(_every_character()):
            assert blind_fold(match.group()) == blind_fold(letter), (letter, match.group())


def _ungated_date() -> regex.Pattern[str]:
    """`_DATE` without its gates (each a lookahead that holds wherever a date starts)."""
    source = dates._DATE.pattern
    for gate in (dates._DATE_AHEAD, dates._WEEKDAY_AHEAD, dates._MONTH_AHEAD):
        assert gate in source
        source = source.replace(gate, "")
    return regex.compile(source, regex.VERBOSE | regex.V1, **dates._DATE._named)


def test_date_gates_change_no_date() -> None:
    gated = dates._DATE.compiled()
    ungated = _ungated_date()
    for line in LINES + EXTRA:
        got = [m.span() for m in gated.finditer(line)]
        assert got == [m.span() for m in ungated.finditer(line)], line


@given(st.text(alphabet=st.sampled_from("0123456789 .,-:/'ThứaiJnMrchDecSepmo"), max_size=40))
def test_date_gates_change_no_date_in_invented_text(text: str) -> None:
    assert [m.span() for m in dates._DATE.compiled().finditer(text)] == [
        m.span() for m in _ungated_date().finditer(text)
    ]


def test_opening_rules_name_what_the_whole_alternation_names() -> None:
    rules = furniture._LEXICON
    whole = rules.whole()
    for line in LINES + EXTRA:
        match = whole.match(line)
        named = rules.first(line, blind_fold(line))
        assert named == (None if match is None else match.lastgroup), line


def test_label_gate_changes_no_label() -> None:
    start = regex.compile(
        simple_case(r"\A \L<labels> \b", regex.VERBOSE | regex.V1 | regex.IGNORECASE),
        regex.VERBOSE | regex.V1 | regex.IGNORECASE,
        labels=dates.PUBLISHED_LABELS + dates.UPDATED_LABELS,
    )
    for line in LINES + EXTRA:
        assert dates.opens_with_label(line, 1.0) == (start.match(line) is not None), line


def test_label_heads_change_no_label() -> None:
    flags = regex.V1 | regex.IGNORECASE
    source = dates._LABEL.pattern
    heads = dates._heads_ahead(dates.PUBLISHED_LABELS + dates.UPDATED_LABELS)
    assert heads in source
    ungated = regex.compile(
        simple_case(source.replace(heads, ""), flags),
        flags,
        labels=dates.PUBLISHED_LABELS + dates.UPDATED_LABELS,
    )
    for line in [*LINES, *EXTRA, "PUBLİSHED 12 May", "ÚLTIMA ACTUALIZACIÓN: 3"]:
        got = [m.span() for m in dates._LABEL.finditer(line)]
        assert got == [m.span() for m in ungated.finditer(line)], line
