"""
Dates as news text writes them, and the year of a date that gives none.

Shared by the header, dateline and byline parsers.  Pattern fragments here are
strings meant to be embedded (with the ``months`` named list) in other
patterns; `month_day` reads the groups they define.
"""

from __future__ import annotations

import datetime
from typing import Final

from newsrecord._lexicons.months import MONTHS

# `Jan 12`, `Jan. 12`, `Jan.12`, `January 12th`, `12 January`, `1 March.`; optional `, 2021`.
# Embed with `months=MONTH_NAMES`; groups: month_a/day_a (month first), day_b/month_b, year.
DATE_FRAGMENT: Final = r"""
    (?:
        (?i: (?P<month_a> \L<months> ) ) \.?+ [ ]?+ (?P<day_a> \d{1,2}+ ) (?: st|nd|rd|th )?+
      | (?P<day_b> \d{1,2}+ ) \.?+ [ ] (?i: (?P<month_b> \L<months> ) )
    )
    (?! \p{L} )
    (?: ,?+ [ ] (?P<year> (?:19|20)\d\d ) (?!\d) )?+
"""

MONTH_NAMES: Final = tuple(MONTHS)


def month_number(name: str) -> int | None:
    """The month of a month name or abbreviation in any listed language, or of `1`..`12`."""
    if name.isdigit():
        return int(name) if 1 <= int(name) <= 12 else None
    return MONTHS.get(name.casefold().rstrip("."))


def infer_year(
    month: int,
    day: int,
    *,
    anchor: datetime.date | None,
    anchor_is_publication: bool,
) -> datetime.date | None:
    """
    The date ``month``/``day`` in the year the context implies, or ``None``.

    Against a publication date (the crawl header), the year that puts the date
    nearest to it wins, so ``Dec. 31`` under a ``2023-01-02`` header is
    ``2022-12-31``.  Against a ``reference_date`` (which only says what year the
    text belongs to, e.g. 1 January of it) the reference's year is used, and only
    a December date with a January reference moves to the year before.
    """
    if anchor is None:
        return None
    years: tuple[int, ...] = (anchor.year - 1, anchor.year, anchor.year + 1)
    if not anchor_is_publication:
        wrap = month == 12 and anchor.month == 1
        years = (anchor.year - 1,) if wrap else (anchor.year,)
    candidates = [d for d in (_date(y, month, day) for y in years) if d is not None]
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - anchor).days))


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None
