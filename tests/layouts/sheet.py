"""
A page being laid out: the parts of the text in order, and the record fields they establish.

Renderers append lines to a :class:`Sheet` and, at the same time, say what each line means for
the record (`sheet.credit(outlet)` when a line credits the publisher, `sheet.body(...)` for the
paragraphs).  :meth:`Sheet.finish` joins the lines with the gaps the renderer chose and freezes
the expected fields.  Keeping both in one place is what stops a renderer from printing something
its expected fields do not account for.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeAlias

from tests.layouts.model import Article, Expected, Outlet, Person, Rendering

#: Damage done to the whole text on the way to the user (CRLF line ends, trailing spaces...).
Transport: TypeAlias = Callable[[str], str]


class LayoutConflictError(AssertionError):
    """A renderer tried to credit two publishers or two dates: a bug in the generator."""


@dataclass
class Piece:
    """One part of the text and the number of line breaks that precede it."""

    text: str
    gap: int


@dataclass
class Sheet:
    """A mutable page under construction (it never escapes the renderer that made it)."""

    rng: random.Random
    art: Article
    pieces: list[Piece] = field(default_factory=list)
    headline: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    date: str | None = None
    location: str | None = None
    agency: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    reference_date: datetime.date | None = None

    def add(self, text: str, gap: int = 2) -> None:
        """Append `text` after `gap` line breaks (0 glues it to the previous piece)."""
        self.pieces.append(Piece(text, gap))

    def credit(self, outlet: Outlet | str) -> None:
        """Record that the text credits `outlet` as publisher; crediting two is a bug."""
        name = outlet if isinstance(outlet, str) else outlet.name
        if self.publisher not in (None, name):
            raise LayoutConflictError(f"two publishers: {self.publisher!r} and {name!r}")
        self.publisher = name

    def dated(self, day: datetime.date | None) -> None:
        """Record the publication date the text establishes (None: it establishes none)."""
        value = day.isoformat() if day else None
        if self.date not in (None, value):
            raise LayoutConflictError(f"two dates: {self.date!r} and {value!r}")
        self.date = value

    def by(self, people: tuple[Person, ...]) -> None:
        """Record the authors a byline names."""
        self.authors = tuple(p.name for p in people)

    def dateline(self, location: str | None, agency: str | None) -> None:
        """Record the dateline that opens the story."""
        self.location, self.agency = location, agency

    def finish(self, family: str, variant: str, transport: Transport | None = None) -> Rendering:
        """Join the pieces, apply the transport damage (if any) and freeze the expected fields."""
        text = "".join("\n" * p.gap + p.text for p in self.pieces).lstrip("\n") + "\n"
        if transport is not None:
            text = transport(text)
        expected = Expected(
            headline=self.headline,
            authors=self.authors,
            publisher=self.publisher,
            date=self.date,
            dateline_location=self.location,
            dateline_agency=self.agency,
            paragraphs=tuple(self.paragraphs),
        )
        return Rendering(family, variant, text, expected, self.reference_date)
