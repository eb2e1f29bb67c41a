"""
The drawn article, and a rendering of it: the text plus the record fields it should parse to.

An :class:`Article` is what the story *is* (people, outlet, date, place, paragraphs); a
:class:`Rendering` is one way a page lays it out, with the :class:`Expected` fields a careful
reader derives from that text by RECORD.md.  The two differ on purpose: a rendering may leave out
the headline or the date the article has, and then the expected field is null.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass
from typing import Literal, TypeAlias

#: The script a name is written in; only Latin names are ever rendered in capitals.
Script: TypeAlias = Literal["latin", "cyrillic", "greek"]


@dataclass(frozen=True)
class Person:
    """An invented person: given name, family name (particles included) and script."""

    given: str
    family: str
    script: Script = "latin"

    @property
    def name(self) -> str:
        """The name as the record wants it (`Maria de la Vega`)."""
        return f"{self.given} {self.family}"

    @property
    def caps(self) -> str:
        """The name in wire capitals (`MARIA DE LA VEGA`)."""
        return self.name.upper()

    @property
    def handle(self) -> str:
        """A social-media handle made from the name (`@mdelavega`), never a name itself."""
        ascii_name = unicodedata.normalize("NFKD", f"{self.given[:1]}{self.family}").lower()
        letters = "".join(c for c in ascii_name if c.isascii() and c.isalpha())
        return f"@{letters if len(letters) > 1 else 'desk'}"


@dataclass(frozen=True)
class Outlet:
    """A publisher: `name` is what the record wants, `written` how credits write it (`AP`)."""

    name: str
    written: str
    agency: bool
    domain: str = ""


@dataclass(frozen=True)
class Place:
    """A dateline place: the town and, when the story gives one, its country or region."""

    town: str
    country: str | None = None


@dataclass(frozen=True)
class Credits:
    """The people of a `(Reporting by ...; Editing by ...)` trailer, none of them authors."""

    reporters: tuple[Person, ...]
    editors: tuple[Person, ...]
    reporting_place: str


@dataclass(frozen=True)
class Article:
    """One invented story, before any layout decides how (or whether) each part is shown."""

    headline: str | None
    standfirst: str
    authors: tuple[Person, ...]
    publisher: Outlet | None
    date: datetime.date
    place: Place
    paragraphs: tuple[str, ...]
    credits: Credits
    section: str
    pictured: Person


@dataclass(frozen=True)
class Expected:
    """The record fields a careful reader derives from one rendering (RECORD.md's rules)."""

    headline: str | None
    authors: tuple[str, ...]
    publisher: str | None
    date: str | None
    dateline_location: str | None
    dateline_agency: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Rendering:
    """A rendered text with its family, variant, expected fields and `reference_date`."""

    family: str
    variant: str
    text: str
    expected: Expected
    reference_date: datetime.date | None = None

    @property
    def label(self) -> str:
        """`family.variant`, the key the figures are grouped by (`B.tass`)."""
        return f"{self.family}.{self.variant}"
