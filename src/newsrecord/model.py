"""
The typed record: `Article` and its parts.

All classes are frozen, slotted attrs classes whose collections are tuples, so
records are hashable, picklable and safe to share between threads.  The keys
and meaning of `Article.to_dict` are the public contract (see the record
reference in the docs); serialisation itself lives in ``_serialize``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any, Literal, TypeAlias

import attrs

from newsrecord.errors import ParseWarning

BlockKind: TypeAlias = Literal[
    "header", "headline", "byline", "dateline", "paragraph", "credit", "boilerplate"
]
"""What a span of the input is.  Together the blocks of a record cover every
non-blank character of the input exactly once."""

DateSource: TypeAlias = Literal["header", "published", "updated", "trailer", "dateline"]
"""Where `Article.date` was read."""


# Typed converters: the attrs mypy plugin cannot solve the bare generic ``tuple``
# as a converter, which would make every ``Article(authors=[...])`` a type error
# in user code.
def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Author:
    """A person who wrote the article; ``name`` is normalized (``JANE DOE`` -> ``Jane Doe``)."""

    name: str
    role: str | None = None
    email: str | None = None


@attrs.frozen(kw_only=True)
class Dateline:
    """
    The dateline that opens the story, e.g. ``BAKU, Azerbaijan, Jan. 12 (Trend) -``.

    ``raw`` is the dateline as written (separator included), ``location`` and
    ``agency`` as written but trimmed, ``date`` with its year inferred.
    """

    raw: str
    location: str | None = None
    agency: str | None = None
    date: datetime.date | None = None


@attrs.frozen
class Credit:
    """A trailer credit such as ``Editing by Jane Doe``: a role and the names it credits."""

    role: str
    names: tuple[str, ...] = attrs.field(converter=_strs)


@attrs.frozen
class Block:
    """
    A span ``[start, end)`` of the input, what it is, and the rule that decided it.

    ``rule`` names the recogniser or the layout rule (``byline.prefixed``,
    ``date.labelled``, ``share-bar``, ``headline.stack``...); it explains the
    decision and may change between releases, so match on ``kind``.
    """

    kind: BlockKind
    start: int
    end: int
    rule: str | None = None


def _authors(value: Iterable[Author]) -> tuple[Author, ...]:
    return tuple(value)


def _credits(value: Iterable[Credit]) -> tuple[Credit, ...]:
    return tuple(value)


def _warnings(value: Iterable[ParseWarning]) -> tuple[ParseWarning, ...]:
    return tuple(value)


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Article:
    """
    A parsed news text.

    Build one with `newsrecord.parse` or `Article.from_dict`.
    Fields that the text does not give are ``None`` or empty tuples.
    """

    headline: str | None = None
    byline: str | None = None
    authors: tuple[Author, ...] = attrs.field(default=(), converter=_authors)
    publisher: str | None = None
    date: datetime.date | None = None
    published: datetime.datetime | None = None
    date_source: DateSource | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    credits: tuple[Credit, ...] = attrs.field(default=(), converter=_credits)
    warnings: tuple[ParseWarning, ...] = attrs.field(default=(), converter=_warnings)
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)

    @property
    def body(self) -> str:
        """The paragraphs joined by blank lines."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready built-in values (keys as in the record reference)."""
        from newsrecord._serialize import article_to_dict

        return article_to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """The record as a JSON string (UTF-8 text, non-ASCII kept)."""
        from newsrecord._serialize import article_to_json

        return article_to_json(self, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild a record from `to_dict` output (``from_dict(a.to_dict()) == a``)."""
        from newsrecord._serialize import article_from_dict

        return article_from_dict(data)

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """Rebuild a record from `to_json` output."""
        from newsrecord._serialize import article_from_json

        return article_from_json(text)

    def to_row(self) -> dict[str, str | int | None]:
        """The record as one flat row (columns in `newsrecord.exports.ROW_COLUMNS`)."""
        from newsrecord.exports import to_row

        return to_row(self)

    def to_ninjs(self, *, uri: str | None = None) -> dict[str, Any]:
        """The record as an IPTC ninjs 2.2 item (see `newsrecord.exports.to_ninjs`)."""
        from newsrecord.exports import to_ninjs

        return to_ninjs(self, uri=uri)

    def to_schema_org(
        self, *, identifier: str | None = None, url: str | None = None
    ) -> dict[str, Any]:
        """The record as schema.org ``NewsArticle`` JSON-LD (`newsrecord.exports.to_schema_org`)."""
        from newsrecord.exports import to_schema_org

        return to_schema_org(self, identifier=identifier, url=url)
