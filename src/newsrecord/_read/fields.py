"""
Stage 3, second half: the record's fields, read from the blocks and their kept facts.

* headline: the headline block's value;
* byline and authors: the first byline that names a person (an
  organisation-only byline is kept as the byline otherwise; a `Follow Jane Doe
  on Twitter` line gives the author only when no byline does);
* publisher: the best-ranked credit (`sources.RANKS`) among the blocks;
* date, published: `dating` (one place for the precedence);
* dateline: the dateline block's, its date's year from the context;
* paragraphs, credits: the paragraph and credit blocks, in order.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from newsrecord._lexicons.agencies import NO_AGENCY
from newsrecord._read.blocks import Blocks, Piece
from newsrecord._read.dating import choose, dateline_date, with_dateline
from newsrecord._read.lines import Lines
from newsrecord._read.zones import Zones
from newsrecord._recognise.header import Header
from newsrecord._recognise.orgs import known_organization
from newsrecord._recognise.sources import RANKS, best, outlet_shaped
from newsrecord._report import Report
from newsrecord._text import trim
from newsrecord.model import Author, Block, Credit, Dateline, DateSource


class Fields(NamedTuple):
    """What the reading path gives the record."""

    headline: str | None
    byline: str | None
    authors: tuple[Author, ...]
    publisher: str | None
    date: datetime.date | None
    date_source: DateSource | None
    published: datetime.datetime | None
    dateline: Dateline | None
    paragraphs: tuple[str, ...]
    credits: tuple[Credit, ...]
    blocks: tuple[Block, ...]


def read_fields(
    lines: Lines,
    zoned: Zones,
    blocks: Blocks,
    reference_date: datetime.date | None,
    report: Report,
    timeout: float,
) -> Fields:
    """The fields of one text from its blocks (see the module docstring)."""
    pieces = blocks.pieces
    header = lines.header
    byline, authors = _authors(pieces)
    publisher = best(_publisher_credits(pieces, zoned, blocks.lead_size, lines.header_end))
    found = next((p for p in pieces if p.kind == "dateline" and p.dateline), None)
    agency = found.dateline.agency if found is not None and found.dateline else None
    dating = choose(
        header, pieces, blocks.lead_size, reference_date, report, timeout,
        agency=agency or publisher,
    )  # fmt: skip
    dateline = None
    if found is not None and found.dateline is not None:
        date = dateline_date(
            found.dateline, header, dating, reference_date, report, (found.start, found.end)
        )
        match = found.dateline
        dateline = Dateline(raw=match.raw, location=match.location, agency=match.agency, date=date)
        dating = with_dateline(dating, date)
    return Fields(
        headline=blocks.headline,
        byline=byline,
        authors=authors,
        publisher=publisher,
        date=dating.date,
        date_source=dating.source,
        published=dating.published,
        dateline=dateline,
        paragraphs=tuple(p.value for p in pieces if p.kind == "paragraph"),
        credits=tuple(c for p in pieces if p.kind == "credit" for c in p.credits),
        blocks=_blocks(lines.text, header, pieces),
    )


def _authors(pieces: Sequence[Piece]) -> tuple[str | None, tuple[Author, ...]]:
    """The byline that names persons wins; an organisation-only one is kept otherwise."""
    bylines = [p for p in pieces if p.kind == "byline" and p.byline is not None]
    # A byline with its prefix (`By`, `Author:`) says what it is; names without one come after.
    ordered = sorted(bylines, key=lambda p: p.rule.startswith("names."))
    for piece in ordered:
        if piece.rule != "byline.follow" and piece.byline and piece.byline.authors:
            return piece.value, piece.byline.authors
    follow = next((p for p in bylines if p.rule == "byline.follow"), None)
    if follow is not None and follow.byline is not None:
        author = follow.byline.authors[0]
        return author.name, (author,)
    first = next((p.value for p in bylines if p.rule != "byline.follow"), None)
    return first, ()


def _publisher_credits(
    pieces: Sequence[Piece], zoned: Zones, lead_size: int, header_line: int
) -> Iterator[tuple[int, str]]:
    """Every place the text credits an outlet, ranked (see `sources.RANKS`)."""
    visible = list(pieces)
    # The last line, or the last before a credit trailer or an end mark (`The Vesk Times` /
    # `(ge/lf)`), may be the outlet's name.
    last = len(visible) - 1
    while last > 0 and visible[last].kind == "credit":
        last -= 1
    for index, piece in enumerate(visible):
        if piece.kind == "byline" and piece.byline is not None and piece.byline.publisher:
            rank = "byline-person-organization" if piece.byline.authors else "byline-organization"
            yield RANKS[rank], piece.byline.publisher
        if piece.outlet is not None:
            yield piece.outlet
        elif piece.kind in ("boilerplate", "credit") and piece.unit >= 0:
            bare = zoned.units[piece.unit].first.facts.bare_outlet
            if bare is None:
                continue
            if index == last and index >= lead_size and outlet_shaped(bare):
                yield RANKS["last-line"], bare  # not `Top` (a link) or `2` (a page number)
            elif index < lead_size and (
                known_organization(bare) or (piece.end <= header_line and _agency_shaped(bare))
            ):
                yield RANKS["lead-agency"], bare
    dateline = next((p.dateline for p in pieces if p.kind == "dateline" and p.dateline), None)
    if dateline is not None and dateline.agency and dateline.agency.casefold() not in NO_AGENCY:
        yield RANKS["dateline-agency"], dateline.agency  # `TEHRAN (Dispatches) -` credits no one


def _agency_shaped(name: str) -> bool:
    """`NORPA` alone after the crawl header's date: one word in capitals, as agencies write
    themselves (two letters are too few to tell an agency from a state or an initial)."""
    return name.isupper() and name.isalpha() and 3 <= len(name) <= 8


def _blocks(text: str, header: Header | None, pieces: Sequence[Piece]) -> tuple[Block, ...]:
    """The blocks in order, the header first, any visible character missed as boilerplate."""
    found = [Block(p.kind, p.start, p.end, p.rule) for p in pieces]
    if header is not None:
        start, end = trim(text, 0, header.end)
        if start < end:
            found.append(Block("header", start, end, "header"))
    return cover(text, found)


def cover(text: str, blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The blocks in order, with any visible character they missed as a boilerplate block."""
    ordered = sorted(blocks, key=lambda b: b.start)
    out: list[Block] = []
    pos = 0
    for block in ordered:
        out.extend(_gap(text, pos, block.start))
        out.append(block)
        pos = block.end
    out.extend(_gap(text, pos, len(text)))
    return tuple(out)


def _gap(text: str, start: int, end: int) -> list[Block]:
    """A boilerplate block for whatever is visible in ``[start, end)`` (normally nothing)."""
    start, end = trim(text, start, end)
    return [Block("boilerplate", start, end, "uncovered")] if start < end else []
