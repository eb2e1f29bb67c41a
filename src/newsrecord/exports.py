"""
Other shapes of a record: a flat row for data frames and CSV, IPTC ninjs and
schema.org JSON-LD.

The field mapping of each shape is documented in the docs (Exports).  The
shapes are derived from `Article` alone, never from the text, so an exported
record always agrees with ``to_dict``.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final, TypeAlias
from urllib.parse import quote

import regex

from newsrecord._recognise.datelines import SEPARATORS
from newsrecord._rowtypes import ROW_DTYPES, RowDtype

if TYPE_CHECKING:
    from newsrecord.model import Article, Dateline

__all__ = [
    "ID_URI_PREFIX",
    "LIST_SEPARATOR",
    "NINJS_SCHEMA",
    "ROW_COLUMNS",
    "ROW_DTYPES",
    "URI_PREFIX",
    "RowDtype",
    "RowValue",
    "derived_uri",
    "to_ninjs",
    "to_row",
    "to_schema_org",
    "uri_for",
]

RowValue: TypeAlias = "str | int | None"

ROW_COLUMNS: Final = tuple(ROW_DTYPES)
"""The columns of `Article.to_row`, in order (the CSV header of the command line)."""

LIST_SEPARATOR: Final = "; "
"""Joins several values in one cell: author names, credits, warning codes."""


def to_row(article: Article) -> dict[str, RowValue]:
    """
    The record as one flat row: strings, integers and ``None`` only.

    Lists are joined with ``"; "`` (authors, credits as ``role: name, name``,
    warning codes), dates are ISO 8601 strings and the body is the paragraphs
    joined by blank lines, so the row fits a pandas, Arrow or CSV column
    without nested types.
    """
    dateline = article.dateline
    return {
        "headline": article.headline,
        "byline": article.byline,
        "authors": _joined(author.name for author in article.authors),
        "publisher": article.publisher,
        "date": article.date.isoformat() if article.date else None,
        "published": article.published.isoformat() if article.published else None,
        "date_source": article.date_source,
        "dateline_raw": dateline.raw if dateline else None,
        "dateline_location": dateline.location if dateline else None,
        "dateline_agency": dateline.agency if dateline else None,
        "dateline_date": dateline.date.isoformat() if dateline and dateline.date else None,
        "body": article.body or None,
        "paragraph_count": len(article.paragraphs),
        "credits": _joined(f"{c.role}: {', '.join(c.names)}" for c in article.credits),
        "warning_codes": _joined(warning.code for warning in article.warnings),
        "warning_count": len(article.warnings),
    }


def _joined(values: Iterable[str]) -> str | None:
    return LIST_SEPARATOR.join(values) or None


# ---------------------------------------------------------------------------
# IPTC ninjs 2.2

NINJS_SCHEMA: Final = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#"
"""The ``$id`` of the ninjs schema that `to_ninjs` output validates against."""

URI_PREFIX: Final = "urn:newsrecord:"
"""Starts the ``uri`` that `to_ninjs` derives when the caller gives none."""


def to_ninjs(article: Article, *, uri: str | None = None) -> dict[str, Any]:
    """
    The record as an IPTC ninjs 2.2 news item (a JSON-ready dictionary).

    Mapping (ninjs 2.2 has no ``headline``, ``byline`` or ``body_text``; those are 1.x):

    * ``uri``: *uri* as given, else `derived_uri` (ninjs requires one);
    * ``standard``: ninjs 2.2 and its schema, ``type``: ``"text"``;
    * ``headlines``: one ``{"value": headline}``, without a role, as the schema
      advises for a simple headline;
    * ``by`` (nar:by, a statement about the creator): the byline as written,
      else the author names joined with ``", "``; ninjs has no structured
      creator, and ``people`` lists the persons the story is *about*;
    * ``infosources``: one ``{"name": publisher}``, the party that supplied the
      content (a credited outlet is not always the copyright holder);
    * ``located``: the dateline's location;
    * ``firstcreated`` and ``versioncreated``: ``published`` when it carries a
      UTC offset, since ninjs requires RFC 3339 date-times; a time without a
      zone or a bare date is left out rather than given an invented one;
    * ``bodies``: one plain-text body, the paragraphs joined by blank lines.

    Credits, warnings, blocks and the dateline's agency have no ninjs field and
    are left out, and so is every empty field, so the result validates against
    the schema.

    Args:
        article: the record to export.
        uri: the item's identifier, used as given (it must be a URI to validate).

    Returns:
        The ninjs document; ``json.dumps`` accepts it as is.
    """
    timestamp = _rfc3339(article.published)
    dateline = article.dateline
    document: dict[str, Any] = {
        "uri": derived_uri(article) if uri is None else uri,
        "standard": {"name": "ninjs", "version": "2.2", "schema": NINJS_SCHEMA},
        "type": "text",
        "firstcreated": timestamp,
        "versioncreated": timestamp,
        "headlines": [{"value": article.headline}] if article.headline else None,
        "by": article.byline or ", ".join(a.name for a in article.authors if a.name),
        "infosources": [{"name": article.publisher}] if article.publisher else None,
        "located": dateline.location if dateline else None,
        "bodies": [{"contenttype": "text/plain", "value": article.body}] if article.body else None,
    }
    return _present(document)


def uri_for(identifier: str) -> str:
    """
    ``identifier`` as a URI, for the ninjs ``uri`` (which the ninjs schema requires to be one).

    An identifier that already is an absolute URI (``https://...``,
    ``urn:...``, a scheme then a colon) is kept; any other (``17``,
    ``a-17``, a file path) becomes ``urn:newsrecord:id:`` and the identifier,
    percent-encoded, so that ``17`` gives ``urn:newsrecord:id:17``.

    .. versionadded:: 0.1
    """
    if _SCHEME.match(identifier):
        return identifier
    return ID_URI_PREFIX + quote(identifier, safe="")


_SCHEME: Final = regex.compile(r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s]", regex.ASCII)

ID_URI_PREFIX: Final = "urn:newsrecord:id:"
"""Starts the ``uri`` that `uri_for` makes of an identifier that is no URI."""


def derived_uri(article: Article) -> str:
    """
    A stable identifier for a record: ``urn:newsrecord:`` and a SHA-256 hex digest.

    The digest is over the record's canonical JSON: `Article.to_dict` dumped
    with sorted keys, no spaces and non-ASCII kept, encoded as UTF-8.  Records
    with the same ``to_dict()`` get the same ``uri`` on every call and machine;
    records whose ``to_dict()`` differs anywhere, warnings and blocks included,
    get different ones.  A release that adds keys to ``to_dict`` changes every
    derived ``uri``; callers who need lasting identifiers pass their own.
    """
    canonical = json.dumps(
        article.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    digest = hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()
    return URI_PREFIX + digest


def _rfc3339(value: datetime.datetime | None) -> str | None:
    """
    ``value`` as an RFC 3339 ``date-time``, the format ninjs requires, else ``None``.

    RFC 3339 needs a UTC offset in whole minutes.  A time the text gave without
    a zone, or a bare date, is left out rather than given an invented midnight
    or zone.
    """
    offset = None if value is None else value.utcoffset()
    if value is None or offset is None or offset % datetime.timedelta(minutes=1):
        return None
    return value.isoformat()


# ---------------------------------------------------------------------------
# schema.org JSON-LD


def to_schema_org(
    article: Article, *, identifier: str | None = None, url: str | None = None
) -> dict[str, Any]:
    """
    The record as schema.org ``NewsArticle`` JSON-LD (a JSON-ready dictionary).

    Mapping: ``identifier`` and ``url`` as given; ``headline``; ``author``, a
    list of ``Person`` with the author names; ``publisher``, an
    ``Organization``; ``datePublished``, the ``published`` time in ISO 8601
    (with its offset when known), else the date; ``dateline``, which
    schema.org defines as text, the dateline as written without its trailing
    separator, else its location; ``articleBody``, the paragraphs joined by
    blank lines.  Keys without a value are left out.  Credits, warnings and
    blocks have no place here.  (``newsrecord parse --format schemaorg`` always
    gives an ``identifier``: the input's id, else `derived_uri`.)

    .. versionchanged:: 0.1
       *identifier* and *url*.
    """
    document: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "identifier": identifier,
        "url": url,
        "headline": article.headline,
        "author": [{"@type": "Person", "name": a.name} for a in article.authors if a.name],
        "publisher": _organization(article.publisher),
        "datePublished": _iso(article.published) or _iso(article.date),
        "dateline": _dateline_text(article.dateline),
        "articleBody": article.body,
    }
    return _present(document)


def _organization(name: str | None) -> dict[str, str] | None:
    return {"@type": "Organization", "name": name} if name else None


def _iso(value: datetime.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _dateline_text(dateline: Dateline | None) -> str | None:
    """``BAKU, Jan. 12 (Trend) -`` gives ``BAKU, Jan. 12 (Trend)``; a bare ``-`` the location."""
    if dateline is None:
        return None
    text = dateline.raw.rstrip()
    for separator in SEPARATORS:
        if text.endswith(separator):
            text = text[: -len(separator)].rstrip()
            break
    return text or dateline.location


def _present(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` without its empty values: ``None``, ``""`` and ``[]``."""
    return {key: value for key, value in document.items() if value}
