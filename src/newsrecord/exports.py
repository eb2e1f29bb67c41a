"""
Other shapes of a record: a flat row for data frames and CSV, IPTC ninjs and
schema.org JSON-LD.

The field mapping of each shape is documented in the docs (Exports).  The
shapes are derived from `Article` alone, never from the text, so an exported
record always agrees with ``to_dict``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final, TypeAlias

if TYPE_CHECKING:
    from newsrecord.model import Article

RowValue: TypeAlias = "str | int | None"

ROW_COLUMNS: Final = (
    "headline",
    "byline",
    "authors",
    "publisher",
    "date",
    "published",
    "date_source",
    "dateline_raw",
    "dateline_location",
    "dateline_agency",
    "dateline_date",
    "body",
    "paragraph_count",
    "credits",
    "warning_codes",
    "warning_count",
)
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
