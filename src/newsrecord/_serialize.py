"""
Records to and from JSON-ready dictionaries.

Written by hand rather than with ``attrs.asdict`` so that the dictionary's
keys, their order and the date formats are fixed by this file, not by the
classes' internals: the dictionary is the public contract.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

from newsrecord.errors import ParseWarning
from newsrecord.model import Article, Author, Block, Credit, Dateline


def _date_str(value: datetime.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _author_to_dict(author: Author) -> dict[str, Any]:
    out: dict[str, Any] = {"name": author.name}
    if author.role is not None:
        out["role"] = author.role
    if author.email is not None:
        out["email"] = author.email
    return out


def _dateline_to_dict(dateline: Dateline | None) -> dict[str, Any] | None:
    if dateline is None:
        return None
    return {
        "raw": dateline.raw,
        "location": dateline.location,
        "agency": dateline.agency,
        "date": _date_str(dateline.date),
    }


def _warning_to_dict(warning: ParseWarning) -> dict[str, Any]:
    return {
        "code": warning.code,
        "message": warning.message,
        "start": warning.start,
        "end": warning.end,
        "severity": warning.severity,
    }


def article_to_dict(article: Article) -> dict[str, Any]:
    """See `newsrecord.Article.to_dict`."""
    return {
        "headline": article.headline,
        "byline": article.byline,
        "authors": [_author_to_dict(a) for a in article.authors],
        "publisher": article.publisher,
        "date": _date_str(article.date),
        "published": None if article.published is None else article.published.isoformat(),
        "date_source": article.date_source,
        "dateline": _dateline_to_dict(article.dateline),
        "paragraphs": list(article.paragraphs),
        "credits": [{"role": c.role, "names": list(c.names)} for c in article.credits],
        "warnings": [_warning_to_dict(w) for w in article.warnings],
        "blocks": [
            {"kind": b.kind, "start": b.start, "end": b.end, "rule": b.rule} for b in article.blocks
        ],
    }


def _parse_date(value: str | None) -> datetime.date | None:
    return None if value is None else datetime.date.fromisoformat(value)


def _dateline_from_dict(data: dict[str, Any] | None) -> Dateline | None:
    if data is None:
        return None
    return Dateline(
        raw=data["raw"],
        location=data.get("location"),
        agency=data.get("agency"),
        date=_parse_date(data.get("date")),
    )


def article_from_dict(data: dict[str, Any]) -> Article:
    """See `newsrecord.Article.from_dict`; unknown keys are ignored."""
    published = data.get("published")
    return Article(
        headline=data.get("headline"),
        byline=data.get("byline"),
        authors=tuple(
            Author(name=a["name"], role=a.get("role"), email=a.get("email"))
            for a in data.get("authors", ())
        ),
        publisher=data.get("publisher"),
        date=_parse_date(data.get("date")),
        published=None if published is None else datetime.datetime.fromisoformat(published),
        date_source=data.get("date_source"),
        dateline=_dateline_from_dict(data.get("dateline")),
        paragraphs=tuple(data.get("paragraphs", ())),
        credits=tuple(Credit(c["role"], tuple(c["names"])) for c in data.get("credits", ())),
        warnings=tuple(
            ParseWarning(
                code=w["code"],
                message=w["message"],
                start=w.get("start"),
                end=w.get("end"),
                severity=w.get("severity", "error"),
            )
            for w in data.get("warnings", ())
        ),
        blocks=tuple(
            Block(b["kind"], b["start"], b["end"], b.get("rule")) for b in data.get("blocks", ())
        ),
    )


def article_to_json(article: Article, *, indent: int | None = None) -> str:
    """See `newsrecord.Article.to_json`."""
    return json.dumps(article_to_dict(article), ensure_ascii=False, indent=indent)


def article_from_json(text: str | bytes) -> Article:
    """See `newsrecord.Article.from_json`."""
    return article_from_dict(json.loads(text))
