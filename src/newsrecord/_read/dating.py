"""
The publication date: one place for the precedence among the dates a text gives.

Precedence (the record contract): the crawl header's date; then a `Published:`
date (after a label, or a byline's timestamp), then a date line above the text
that no label names; then a dated
trailer (a date line after the text); then the dateline's date; an `Updated:`
date only when nothing else, not even a month-only header, dates the text.  A
date the story mentions (`on January 11`) is never a candidate: only the dates
the lines' recognisers kept (labelled lines, bylines, date lines) are.  A date
without a year takes it from the header or ``reference_date``; with neither it
is dropped (`date-year-missing`).  ``published`` is the first `Published:`-type
date that gives a time, with its offset when the text names a zone.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence
from typing import Final, NamedTuple

from newsrecord._lexicons.calendar import MONTH_FIRST_AGENCIES
from newsrecord._read.blocks import Piece
from newsrecord._recognise.datelines import DatelineMatch
from newsrecord._recognise.dates import (
    DateMatch,
    at,
    calendar_date,
    find_dates,
    infer_year,
    month_number,
    settle_order,
)
from newsrecord._recognise.header import Header
from newsrecord._report import Report
from newsrecord.model import DateSource

# Pieces longer than this are prose, whatever dates they mention.
_DATED_PIECE_CHARS = 300


class Dating(NamedTuple):
    """The record's date, where it came from, and the publication timestamp."""

    date: datetime.date | None
    source: DateSource | None
    published: datetime.datetime | None


class _Candidate(NamedTuple):
    kind: str  # "published", "stack" (a date line above the text), "updated" or "trailer"
    match: DateMatch
    piece: Piece


def choose(
    header: Header | None,
    pieces: Sequence[Piece],
    lead_size: int,
    reference_date: datetime.date | None,
    report: Report,
    timeout: float,
    *,
    agency: str | None = None,
) -> Dating:
    """
    The publication date of a text, by the precedence in the module docstring
    (the dateline's date comes in through `with_dateline`).

    ``agency`` (the dateline's or byline's) settles ambiguous numeric dates by
    the agency's house convention when nothing in the text does.
    """
    candidates = list(_candidates(pieces, lead_size))
    anchor = header_anchor(header) or reference_date
    body = _body_dates(pieces, candidates, timeout)
    month_first = _order(candidates, body, anchor, report, agency, _dateline_day(pieces))
    resolved = [
        (c, _resolve(c.match, header, reference_date, month_first, report, c.piece))
        for c in candidates
    ]
    published = _published(resolved)
    if header is not None and header.date is not None:
        return Dating(header.date, "header", published)
    for kind, source in _ORDER:
        date = next((d for c, d in resolved if c.kind == kind and d is not None), None)
        if date is not None:
            return Dating(date, source, published)
    updated = next((d for c, d in resolved if c.kind == "updated" and d is not None), None)
    if updated is not None and header is None:
        return Dating(updated, "updated", published)
    return Dating(None, None, published)


# The candidates' kinds in precedence order, and the source each gives.  A date line
# above the text dates it as `Published:` does, after the labelled dates: a page's
# `Saturday 28 November 2020` over `Publish Date: 28 October 2020` is the day it was read.
_ORDER: Final[tuple[tuple[str, DateSource], ...]] = (
    ("published", "published"),
    ("stack", "published"),
    ("trailer", "trailer"),
)


def dateline_date(
    found: DatelineMatch,
    header: Header | None,
    dating: Dating,
    reference_date: datetime.date | None,
    report: Report,
    span: tuple[int, int] | None,
) -> datetime.date | None:
    """
    The dateline's own date, its year taken from the header, else from a date the
    text states (`Published:`, a dated trailer), else from ``reference_date``.
    """
    month = None if found.month is None else month_number(found.month)
    if month is None or found.day is None:
        return None
    if found.year is not None:
        return calendar_date(found.year, month, found.day)
    anchor = _dateline_anchor(header, dating, reference_date)
    if anchor is not None:
        return infer_year(month, found.day, anchor=anchor[0], anchor_is_publication=anchor[1])
    start, end = span or (None, None)
    report.defect("date-year-missing", "the dateline's date has no year to take", start, end)
    return None


def with_dateline(dating: Dating, date: datetime.date | None) -> Dating:
    """The dateline's date dates the text when no header, `Published:` or trailer does."""
    if dating.source in ("header", "published", "trailer") or date is None:
        return dating
    return Dating(date, "dateline", dating.published)


def header_anchor(header: Header | None) -> datetime.date | None:
    """The header's date, or the middle of its month when it gives only the month."""
    if header is None or not header.valid:
        return None
    return header.date or datetime.date(header.year, header.month, 15)


def _dateline_anchor(
    header: Header | None, dating: Dating, reference_date: datetime.date | None
) -> tuple[datetime.date, bool] | None:
    anchor = header_anchor(header)
    if anchor is not None:
        return anchor, True
    # An `Updated:` date is later than the story and dates it only as a last resort.
    if dating.date is not None and dating.source in ("published", "trailer"):
        return dating.date, True
    if reference_date is not None:
        return reference_date, False
    return None


def _candidates(pieces: Sequence[Piece], lead_size: int) -> Iterator[_Candidate]:
    """The dates the lines' recognisers kept, in text order, each with its kind."""
    for index, piece in enumerate(pieces):
        if piece.kind not in ("boilerplate", "byline", "credit") or not piece.dates:
            continue
        if len(piece.value) > _DATED_PIECE_CHARS:
            continue
        for fact in piece.dates:
            if fact.label in ("published", "updated"):
                yield _Candidate(fact.label, fact.match, piece)
            elif fact.label == "byline":
                yield _Candidate("published", fact.match, piece)
            elif fact.match.year is not None:
                # A date line above the text dates it (after the labelled dates, see
                # `choose`); below, it is a trailer.
                yield _Candidate("trailer" if index >= lead_size else "stack", fact.match, piece)


def _body_dates(
    pieces: Sequence[Piece], candidates: list[_Candidate], timeout: float
) -> list[DateMatch]:
    """Numeric dates of the paragraphs, read only when an ambiguous one needs settling."""
    if not any(c.match.ambiguous for c in candidates):
        return []
    found: list[DateMatch] = []
    for piece in pieces:
        if piece.kind == "paragraph":
            found.extend(m for m in find_dates(piece.value, timeout) if m.order is not None)
    return found


def _order(
    candidates: list[_Candidate],
    body: list[DateMatch],
    anchor: datetime.date | None,
    report: Report,
    agency: str | None,
    dateline: tuple[int, int] | None,
) -> bool | None:
    """Month first or day first for ambiguous numeric dates; ``None`` (and a warning) when
    nothing tells: a date read the wrong way round is worse than none."""
    matches = [c.match for c in candidates] + body
    month_first = settle_order(matches, anchor)
    if month_first is not None:
        return month_first
    by_dateline = _agrees_with(candidates, dateline)
    if by_dateline is not None:
        return by_dateline
    if agency is not None and agency.casefold() in MONTH_FIRST_AGENCIES:
        return True
    ambiguous = next((c for c in candidates if c.match.ambiguous), None)
    if ambiguous is not None:
        report.defect(
            "date-ambiguous",
            "a numeric date reads both day first and month first; no date is taken from it",
            ambiguous.piece.start,
            ambiguous.piece.end,
        )
    return None


def _dateline_day(pieces: Sequence[Piece]) -> tuple[int, int] | None:
    """The (month, day) the dateline names in words (`Madrid, 1 abr (EFE)`), if any."""
    found = next((p.dateline for p in pieces if p.kind == "dateline" and p.dateline), None)
    if found is None or found.month is None or found.day is None:
        return None
    month = month_number(found.month)
    return None if month is None else (month, found.day)


def _agrees_with(candidates: list[_Candidate], dateline: tuple[int, int] | None) -> bool | None:
    """Which reading of an ambiguous date names the dateline's day (`01/04/2022` under
    `Madrid, 1 abr`): month first (``True``), day first (``False``), or ``None``."""
    if dateline is None:
        return None
    for candidate in candidates:
        match = candidate.match
        if match.ambiguous and {(match.month, match.day), (match.day, match.month)} >= {dateline}:
            return dateline == (match.day, match.month)
    return None


def _resolve(
    match: DateMatch,
    header: Header | None,
    reference_date: datetime.date | None,
    month_first: bool | None,
    report: Report,
    piece: Piece,
) -> datetime.date | None:
    if match.ambiguous and month_first is None:
        return None  # `03/04/2021` with nothing to settle it
    if match.year is not None:
        return at(match, match.year, month_first=bool(month_first))
    if header is not None and header.valid:
        return infer_year(
            match.month, match.day, anchor=header_anchor(header), anchor_is_publication=True
        )
    if reference_date is not None:
        return infer_year(
            match.month, match.day, anchor=reference_date, anchor_is_publication=False
        )
    report.defect(
        "date-year-missing",
        "a date without a year, and nothing to take one from",
        piece.start,
        piece.end,
    )
    return None


def _published(resolved: list[tuple[_Candidate, datetime.date | None]]) -> datetime.datetime | None:
    """The first timestamp of a `Published:`-type line, else of a dated trailer."""
    for kind in ("published", "stack", "trailer"):
        for candidate, date in resolved:
            if candidate.kind == kind and date is not None and candidate.match.time is not None:
                return datetime.datetime.combine(date, candidate.match.time)
    return None
