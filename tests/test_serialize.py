"""Records to and from dictionaries and JSON, and the shipped JSON Schema."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

import newsrecord
from newsrecord import Article, Author, Block, Credit, Dateline, ParseWarning
from tests.strategies import articles, wire_texts

KEYS = [
    "headline",
    "byline",
    "authors",
    "publisher",
    "date",
    "published",
    "date_source",
    "dateline",
    "paragraphs",
    "credits",
    "warnings",
    "blocks",
]

VALIDATOR = Draft202012Validator(
    newsrecord.json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
)

FULL = Article(
    headline="Harbour to close north pier",
    byline="By ANOUK LINDQVIST and Radek Strand, Kestrelpost",
    authors=(
        Author(name="Anouk Lindqvist", role="Staff Writer", email="anouk@kestrelpost.example"),
        Author(name="Radek Strand"),
    ),
    publisher="Kestrelpost",
    date=datetime.date(2021, 1, 14),
    published=datetime.datetime(
        2021, 1, 14, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))
    ),
    date_source="header",
    dateline=Dateline(
        raw="VESKA, Jan. 14 (Kestrelpost) —",
        location="VESKA",
        agency="Kestrelpost",
        date=datetime.date(2021, 1, 14),
    ),
    paragraphs=("The pier closes in April.", "Dockworkers will move south."),
    credits=(Credit("editing", ("Ines Okafor",)),),
    warnings=(
        ParseWarning(code="control-characters", message="removed", start=3, end=4, severity="info"),
    ),
    blocks=(Block("header", 1, 17, "header"), Block("paragraph", 20, 45, "paragraph")),
)

EXPECTED_FULL: dict[str, Any] = {
    "headline": "Harbour to close north pier",
    "byline": "By ANOUK LINDQVIST and Radek Strand, Kestrelpost",
    "authors": [
        {"name": "Anouk Lindqvist", "role": "Staff Writer", "email": "anouk@kestrelpost.example"},
        {"name": "Radek Strand"},
    ],
    "publisher": "Kestrelpost",
    "date": "2021-01-14",
    "published": "2021-01-14T09:30:00+05:30",
    "date_source": "header",
    "dateline": {
        "raw": "VESKA, Jan. 14 (Kestrelpost) —",
        "location": "VESKA",
        "agency": "Kestrelpost",
        "date": "2021-01-14",
    },
    "paragraphs": ["The pier closes in April.", "Dockworkers will move south."],
    "credits": [{"role": "editing", "names": ["Ines Okafor"]}],
    "warnings": [
        {
            "code": "control-characters",
            "message": "removed",
            "start": 3,
            "end": 4,
            "severity": "info",
        }
    ],
    "blocks": [
        {"kind": "header", "start": 1, "end": 17, "rule": "header"},
        {"kind": "paragraph", "start": 20, "end": 45, "rule": "paragraph"},
    ],
}


def test_block_without_rule_reads_back() -> None:
    """A record written before blocks had a ``rule`` still loads, its blocks' rule ``None``."""
    data = FULL.to_dict()
    for block in data["blocks"]:
        del block["rule"]
    assert [b.rule for b in Article.from_dict(data).blocks] == [None, None]


def test_to_dict_of_a_full_record() -> None:
    """A record with every field set serialises to exactly the documented dictionary."""
    assert FULL.to_dict() == EXPECTED_FULL


@pytest.mark.parametrize(
    "article",
    [pytest.param(Article(), id="empty"), pytest.param(FULL, id="full")],
)
def test_to_dict_keys_in_contract_order(article: Article) -> None:
    """``to_dict`` has exactly the contract's keys, in the contract's order."""
    assert list(article.to_dict()) == KEYS


def test_empty_record_to_dict() -> None:
    """A record without fields serialises to nulls and empty lists."""
    assert Article().to_dict() == {
        key: [] if key in {"authors", "paragraphs", "credits", "warnings", "blocks"} else None
        for key in KEYS
    }


def test_to_dict_is_json_ready() -> None:
    """``to_dict`` holds only JSON values: dumping and loading it changes nothing."""
    data = FULL.to_dict()
    assert json.loads(json.dumps(data)) == data


def test_to_json_keeps_non_ascii() -> None:
    """``to_json`` writes non-ASCII characters as themselves, not as escapes."""
    text = Article(headline="Zélie’s café — 東京").to_json()
    assert "Zélie’s café — 東京" in text
    assert json.loads(text)["headline"] == "Zélie’s café — 東京"


def test_to_json_indent() -> None:
    """``to_json(indent=2)`` is the indented form of the same dictionary."""
    assert FULL.to_json(indent=2) == json.dumps(FULL.to_dict(), ensure_ascii=False, indent=2)


@given(articles())
def test_dict_round_trip(article: Article) -> None:
    """``Article.from_dict(a.to_dict()) == a`` for every record."""
    assert Article.from_dict(article.to_dict()) == article


@given(articles())
def test_json_round_trip(article: Article) -> None:
    """``Article.from_json(a.to_json()) == a`` for every record, from str or UTF-8 bytes."""
    text = article.to_json()
    assert Article.from_json(text) == article
    assert Article.from_json(text.encode("utf-8")) == article


@given(articles())
def test_published_keeps_its_offset(article: Article) -> None:
    """A round trip keeps ``published`` naive or aware, with the same UTC offset."""
    back = Article.from_json(article.to_json()).published
    if article.published is None:
        assert back is None
    else:
        assert back is not None
        assert back.utcoffset() == article.published.utcoffset()


@given(articles())
def test_generated_records_validate_against_schema(article: Article) -> None:
    """Every generated record's ``to_dict`` validates against ``json_schema()``."""
    VALIDATOR.validate(article.to_dict())


@given(wire_texts())
def test_parsed_records_validate_against_schema(text: str) -> None:
    """``parse(text).to_dict()`` validates against ``json_schema()``."""
    VALIDATOR.validate(newsrecord.parse(text).to_dict())


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    """The shipped schema is itself a valid draft 2020-12 schema."""
    Draft202012Validator.check_schema(newsrecord.json_schema())


def test_schema_requires_every_contract_key() -> None:
    """The schema requires exactly the contract's keys and allows no others."""
    schema = newsrecord.json_schema()
    assert sorted(schema["required"]) == sorted(KEYS)
    assert list(schema["properties"]) == KEYS
    assert schema["additionalProperties"] is False


def test_schema_rejects_an_invalid_date() -> None:
    """With format checking, a ``date`` that is no calendar date fails validation."""
    data = Article().to_dict()
    data["date"] = "2021-02-30"
    assert not VALIDATOR.is_valid(data)


def test_json_schema_returns_a_fresh_dict() -> None:
    """Each ``json_schema()`` call returns a new dictionary; changing one leaves the next intact."""
    first = newsrecord.json_schema()
    first["properties"].clear()
    first["title"] = "changed"
    second = newsrecord.json_schema()
    assert second is not first
    assert second["properties"]
    assert second["title"] != "changed"
