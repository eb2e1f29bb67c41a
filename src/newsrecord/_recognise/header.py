"""
The crawl header line.

Grammar (FORMATS.md section A)::

    header = [BOM] SP? "date" SP+ DATE (SP+ REST)?
    DATE   = YYYY "-" MM ("-" DD)?

``REST`` is whatever the page had next on the line (a headline, a byline, the
body, UI leftovers...): the header only says where it starts; the layout
decides what it is.  A ``YYYY-MM`` date keeps its month precision: it gives
no day, so it never becomes the record's date by itself.
"""

from __future__ import annotations

import datetime
from typing import Final, NamedTuple

import regex

_HEADER: Final = regex.compile(
    r"""
    \A
    (?P<lead> \ufeff?[ \t]{0,8}+ )           # the one leading space (tolerant: a few or none)
    date [ \t]++
    (?P<date>
        (?P<year>\d{4}) - (?P<month>\d{2})
        (?: - (?P<day>\d{2}) )?+
    )
    (?![\d\-])                               # `2021-01-145` is no date
    """,
    regex.VERBOSE | regex.V1,
)


class Header(NamedTuple):
    """A parsed header line; offsets are into the whole text."""

    start: int  # first character of `date`
    date_start: int  # first character of the date token
    end: int  # end of the date token
    year: int
    month: int
    day: int | None
    date: datetime.date | None  # None for a month-only or impossible date
    valid: bool  # False when the token is no real calendar date


def parse_header(first_line: str, timeout: float) -> Header | None:
    """The header at the start of ``first_line`` (offset 0 of the text), or ``None``."""
    match = _HEADER.match(first_line, timeout=timeout)
    if match is None:
        return None
    year, month = int(match["year"]), int(match["month"])
    day = None if match["day"] is None else int(match["day"])
    date: datetime.date | None = None
    valid = 1 <= month <= 12
    if valid and day is not None:
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            valid = False
    return Header(
        start=match.end("lead"),
        date_start=match.start("date"),
        end=match.end(),
        year=year,
        month=month,
        day=day,
        date=date,
        valid=valid,
    )
