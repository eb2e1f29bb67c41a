"""Other shapes of a record: the flat row, IPTC ninjs 2.2 and schema.org ``NewsArticle``."""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]
from jsonschema.validators import validator_for  # type: ignore[import-untyped]

import newsrecord
from newsrecord import Article, Author, Credit, Dateline, ParseWarning
from newsrecord.exports import ROW_COLUMNS, ROW_DTYPES, to_ninjs, to_row, to_schema_org, uri_for
from tests.strategies import articles, wire_texts

NINJS_SCHEMA: dict[str, Any] = json.loads(
    (Path(__file__).parent / "schemas" / "ninjs-schema_2.2.json").read_text(encoding="utf-8")
)

# The formats ninjs uses are `uri` and `date-time`.  jsonschema checks them only
# when optional packages (rfc3987, rfc3339-validator) are installed, and passes
# anything otherwise; these checkers make the check real without new dependencies.
_RFC3339: re.Pattern[str] = re.compile(
    r"\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})\Z"
)
# RFC 3986 `URI`: a scheme, a colon, then no white space, controls or excluded characters.
_URI: re.Pattern[str] = re.compile(r"\A[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20\x7f<>\"{}|\\^`]*\Z")

FORMATS = FormatChecker()


@FORMATS.checks("date-time", raises=ValueError)  # type: ignore[untyped-decorator]
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.match(value):
        return False
    datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))  # a real calendar date
    return True


@FORMATS.checks("uri")  # type: ignore[untyped-decorator]
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI.match(value))


NINJS = validator_for(NINJS_SCHEMA)(NINJS_SCHEMA, format_checker=FORMATS)

STANDARD = {
    "name": "ninjs",
    "version": "2.2",
    "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
}
DERIVED_URI = re.compile(r"\Aurn:newsrecord:[0-9a-f]{64}\Z")

PLUS_0530 = datetime.timezone(datetime.timedelta(hours=5, minutes=30))

# Invented people, places and outlets throughout.
PARAGRAPHS = ("The north pier closes to cargo ships in May.", "Ferries keep their berths.")
BODY = "The north pier closes to cargo ships in May.\n\nFerries keep their berths."
FULL = Article(
    headline="Veska harbour to close its north pier",
    byline="By TEMPERANCE QUILLFEATHER and Radek Varga-Holm, Harborline",
    authors=(
        Author(name="Temperance Quillfeather", role="Staff Writer", email="tq@harborline.example"),
        Author(name="Radek Varga-Holm"),
    ),
    publisher="Harborline",
    date=datetime.date(2022, 3, 9),
    published=datetime.datetime(2022, 3, 9, 7, 45, tzinfo=PLUS_0530),
    date_source="published",
    dateline=Dateline(
        raw="VESKA, March 9 (Harborline) —",
        location="VESKA",
        agency="Harborline",
        date=datetime.date(2022, 3, 9),
    ),
    paragraphs=PARAGRAPHS,
    credits=(
        Credit("reporting", ("Zélie Nakashima", "Mirko Okafor")),
        Credit("editing", ("Ines Delacroix",)),
    ),
    warnings=(
        ParseWarning(code="control-characters", message="removed", start=3, end=4, severity="info"),
        ParseWarning(code="mojibake-repaired", message="repaired", severity="info"),
    ),
)
EMPTY = Article()


def _ninjs_errors(document: dict[str, Any]) -> list[str]:
    return [error.message for error in NINJS.iter_errors(document)]


def _assert_schema_org_shape(document: dict[str, Any]) -> None:
    """The keys, types and JSON round trip every ``to_schema_org`` result must have."""
    assert document["@context"] == "https://schema.org"
    assert document["@type"] == "NewsArticle"
    allowed = {"@context", "@type", "headline", "author", "publisher", "datePublished"}
    assert set(document) <= allowed | {"dateline", "articleBody"}
    for key in ("headline", "datePublished", "dateline", "articleBody"):
        assert isinstance(document.get(key, "x"), str)
        assert document.get(key) != ""
    for person in document.get("author", [{"@type": "Person", "name": "x"}]):
        assert person.keys() == {"@type", "name"}
        assert person["@type"] == "Person"
        assert isinstance(person["name"], str)
        assert person["name"]
    assert document.get("author") != []
    if "publisher" in document:
        assert document["publisher"]["@type"] == "Organization"
        assert isinstance(document["publisher"]["name"], str)
        assert document["publisher"]["name"]
    if "datePublished" in document:
        datetime.datetime.fromisoformat(document["datePublished"])
    assert json.loads(json.dumps(document, allow_nan=False)) == document


# ---------------------------------------------------------------------------
# The validator itself


def test_schema_declares_draft_2020_12() -> None:
    """The vendored ninjs schema is a valid draft 2020-12 schema, and that is the validator used."""
    assert validator_for(NINJS_SCHEMA) is Draft202012Validator
    Draft202012Validator.check_schema(NINJS_SCHEMA)


NOT_NINJS = [
    pytest.param({"type": "text"}, id="no-uri"),
    pytest.param({"uri": "not a uri"}, id="uri-with-spaces"),
    pytest.param({"uri": "urn:x:1", "firstcreated": "2022-03-09"}, id="bare-date"),
    pytest.param({"uri": "urn:x:1", "firstcreated": "2022-03-09T07:45:00"}, id="naive-time"),
    pytest.param({"uri": "urn:x:1", "firstcreated": "2022-02-30T07:45:00Z"}, id="no-such-day"),
    pytest.param({"uri": "urn:x:1", "headline": "Pier closes"}, id="ninjs-1-headline"),
    pytest.param({"uri": "urn:x:1", "body_text": "Pier closes."}, id="ninjs-1-body-text"),
    pytest.param({"uri": "urn:x:1", "byline": "By Ines Okafor"}, id="no-byline-key"),
]


@pytest.mark.parametrize("document", NOT_NINJS)
def test_validator_rejects_invalid_ninjs(document: dict[str, Any]) -> None:
    """The validator is strict: it rejects a bad uri, date-times without zone and 1.x keys."""
    with pytest.raises(ValidationError):
        NINJS.validate(document)


# ---------------------------------------------------------------------------
# to_ninjs


def test_ninjs_full_record() -> None:
    """A record with every field maps to the documented ninjs fields, and validates."""
    assert FULL.to_ninjs(uri="https://harborline.example/items/4411") == {
        "uri": "https://harborline.example/items/4411",
        "standard": STANDARD,
        "type": "text",
        "firstcreated": "2022-03-09T07:45:00+05:30",
        "versioncreated": "2022-03-09T07:45:00+05:30",
        "headlines": [{"value": "Veska harbour to close its north pier"}],
        "by": "By TEMPERANCE QUILLFEATHER and Radek Varga-Holm, Harborline",
        "infosources": [{"name": "Harborline"}],
        "located": "VESKA",
        "bodies": [
            {
                "contenttype": "text/plain",
                "value": BODY,
            }
        ],
    }
    assert _ninjs_errors(FULL.to_ninjs()) == []


NINJS_CASES = [
    pytest.param(EMPTY, {}, id="empty-record"),
    pytest.param(
        Article(authors=(Author(name="Oyelaran Strand"), Author(name=""), Author(name="Ines Ha"))),
        {"by": "Oyelaran Strand, Ines Ha"},
        id="authors-without-byline",
    ),
    pytest.param(
        Article(date=datetime.date(2021, 6, 1), date_source="header"),
        {},
        id="bare-date-left-out",
    ),
    pytest.param(
        Article(published=datetime.datetime(2021, 6, 1, 14, 5)),
        {},
        id="time-without-zone-left-out",
    ),
    pytest.param(
        Article(
            published=datetime.datetime(2021, 6, 1, 14, 5, 9, 250, tzinfo=datetime.timezone.utc)
        ),
        {
            "firstcreated": "2021-06-01T14:05:09.000250+00:00",
            "versioncreated": "2021-06-01T14:05:09.000250+00:00",
        },
        id="utc-with-microseconds",
    ),
    pytest.param(
        Article(
            published=datetime.datetime(
                2021, 6, 1, 14, 5, tzinfo=datetime.timezone(datetime.timedelta(seconds=30))
            )
        ),
        {},
        id="offset-with-seconds-left-out",
    ),
    pytest.param(
        Article(dateline=Dateline(raw="Port Alder —", location=None)),
        {},
        id="dateline-without-location",
    ),
    pytest.param(
        Article(headline="", byline="", publisher="", paragraphs=("",)),
        {},
        id="empty-strings-left-out",
    ),
    pytest.param(
        Article(credits=(Credit("editing", ("Ines Delacroix",)),)),
        {},
        id="credits-go-nowhere",
    ),
]


@pytest.mark.parametrize(("article", "fields"), NINJS_CASES)
def test_ninjs_mapping(article: Article, fields: dict[str, Any]) -> None:
    """Each record gives exactly the fixed fields plus the expected ones, and validates."""
    document = article.to_ninjs(uri="urn:example:1")
    assert document == {"uri": "urn:example:1", "standard": STANDARD, "type": "text", **fields}
    assert _ninjs_errors(article.to_ninjs()) == []


@pytest.mark.parametrize(
    "uri",
    [
        "https://harborline.example/items/4411",
        "urn:uuid:6f1c1f0e-4b5e-4a43-9d0a-2f1a9b7c3e10",
        "tag:kestrelpost.example,2022:pier-4411",
    ],
)
def test_ninjs_uri_honoured(uri: str) -> None:
    """A uri the caller gives is used exactly as given."""
    document = to_ninjs(FULL, uri=uri)
    assert document["uri"] == uri
    assert _ninjs_errors(document) == []


def test_derived_uri_is_sha256_of_canonical_json() -> None:
    """Without uri=, the uri is urn:newsrecord: and the SHA-256 of the sorted, compact JSON."""
    canonical = json.dumps(
        FULL.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    expected = "urn:newsrecord:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    assert FULL.to_ninjs()["uri"] == expected


def test_derived_uri_is_stable() -> None:
    """The derived uri is the same on every call and for an equal record rebuilt from JSON."""
    uri = FULL.to_ninjs()["uri"]
    assert DERIVED_URI.match(uri)
    assert FULL.to_ninjs()["uri"] == uri
    assert Article.from_json(FULL.to_json()).to_ninjs()["uri"] == uri


@pytest.mark.parametrize(
    "changed",
    [
        pytest.param(attrs.evolve(FULL, headline="Veska harbour to close its south pier"), id="hl"),
        pytest.param(attrs.evolve(FULL, warnings=()), id="warnings"),
        pytest.param(attrs.evolve(FULL, credits=FULL.credits[:1]), id="credits"),
        pytest.param(EMPTY, id="empty"),
    ],
)
def test_derived_uri_differs_between_records(changed: Article) -> None:
    """Records that differ in any field, even one ninjs does not carry, get different uris."""
    assert changed.to_ninjs()["uri"] != FULL.to_ninjs()["uri"]


@pytest.mark.property
@given(articles(), articles())
def test_derived_uri_identifies_the_record(first: Article, second: Article) -> None:
    """Two records share a derived uri exactly when their dictionaries are equal."""
    same_uri = first.to_ninjs()["uri"] == second.to_ninjs()["uri"]
    assert same_uri == (first.to_dict() == second.to_dict())


@pytest.mark.property
@given(articles())
def test_ninjs_of_any_record_validates(article: Article) -> None:
    """Every generated record gives a ninjs document that validates and agrees with the record."""
    document = to_ninjs(article)
    assert _ninjs_errors(document) == []
    assert DERIVED_URI.match(document["uri"])
    assert json.loads(json.dumps(document, allow_nan=False)) == document
    if article.headline:
        assert document["headlines"] == [{"value": article.headline}]
    if article.body:
        assert document["bodies"][0]["value"] == article.body


@pytest.mark.property
@given(wire_texts() | st.text())
def test_ninjs_of_any_parse_validates(text: str) -> None:
    """Every record ``parse`` returns gives a ninjs document that validates."""
    assert _ninjs_errors(newsrecord.parse(text).to_ninjs()) == []


# ---------------------------------------------------------------------------
# to_schema_org


def test_schema_org_full_record() -> None:
    """A record with every field maps to the documented NewsArticle properties."""
    assert FULL.to_schema_org() == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Veska harbour to close its north pier",
        "author": [
            {"@type": "Person", "name": "Temperance Quillfeather"},
            {"@type": "Person", "name": "Radek Varga-Holm"},
        ],
        "publisher": {"@type": "Organization", "name": "Harborline"},
        "datePublished": "2022-03-09T07:45:00+05:30",
        "dateline": "VESKA, March 9 (Harborline)",
        "articleBody": BODY,
    }


SCHEMA_ORG_CASES = [
    pytest.param(EMPTY, {}, id="empty-record"),
    pytest.param(
        Article(date=datetime.date(2021, 6, 1)), {"datePublished": "2021-06-01"}, id="bare-date"
    ),
    pytest.param(
        Article(date=datetime.date(2021, 6, 1), published=datetime.datetime(2021, 6, 1, 14, 5)),
        {"datePublished": "2021-06-01T14:05:00"},
        id="time-without-zone",
    ),
    pytest.param(
        Article(authors=(Author(name="Ilkka Okafor", role="Correspondent"), Author(name=""))),
        {"author": [{"@type": "Person", "name": "Ilkka Okafor"}]},
        id="author-names-only",
    ),
    pytest.param(
        Article(headline="", publisher="", paragraphs=()),
        {},
        id="empty-strings-left-out",
    ),
]


@pytest.mark.parametrize(("article", "fields"), SCHEMA_ORG_CASES)
def test_schema_org_mapping(article: Article, fields: dict[str, Any]) -> None:
    """Each record gives exactly the fixed keys plus the expected ones."""
    expected = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    assert to_schema_org(article) == expected


DATELINE_TEXTS = [
    # raw dateline, its location, the schema.org `dateline`
    pytest.param(
        "EASTMERE, Jan. 12 (Tidewatch) -", "EASTMERE", "EASTMERE, Jan. 12 (Tidewatch)", id="hyphen"
    ),
    pytest.param("LORNBY (Vellumwire) — ", "LORNBY", "LORNBY (Vellumwire)", id="em-dash-space"),
    pytest.param("HARLOW –", "HARLOW", "HARLOW", id="en-dash"),
    pytest.param("HARLOW --", "HARLOW", "HARLOW", id="double-hyphen"),
    pytest.param(
        "PORT ALDER, Calder _", "PORT ALDER, Calder", "PORT ALDER, Calder", id="underscore"
    ),
    pytest.param("Veska/21.01.22/Tidewatch:", "Veska", "Veska/21.01.22/Tidewatch", id="slashed"),
    pytest.param(
        "VESKA, May 3. /Kestrelpost/.",
        "VESKA",
        "VESKA, May 3. /Kestrelpost/.",
        id="slash-agency-kept",
    ),
    pytest.param("Well-Known-", "Well-Known", "Well-Known", id="only-last-separator"),
    pytest.param("—", "HARLOW", "HARLOW", id="bare-separator-gives-location"),
    pytest.param("", None, None, id="nothing"),
]


@pytest.mark.parametrize(("raw", "location", "expected"), DATELINE_TEXTS)
def test_schema_org_dateline(raw: str, location: str | None, expected: str | None) -> None:
    """``dateline`` is the raw dateline without its trailing separator, else the location."""
    document = Article(dateline=Dateline(raw=raw, location=location)).to_schema_org()
    assert document.get("dateline") == expected


@pytest.mark.property
@given(articles())
def test_schema_org_of_any_record_has_the_shape(article: Article) -> None:
    """Every generated record gives a NewsArticle of the documented shape that JSON accepts."""
    document = to_schema_org(article)
    _assert_schema_org_shape(document)
    assert document.get("articleBody") == (article.body or None)


@pytest.mark.property
@given(wire_texts() | st.text())
def test_schema_org_of_any_parse_has_the_shape(text: str) -> None:
    """Every record ``parse`` returns gives a NewsArticle of the documented shape."""
    _assert_schema_org_shape(newsrecord.parse(text).to_schema_org())


# ---------------------------------------------------------------------------
# to_row


def test_row_full_record() -> None:
    """Lists are joined with "; ", dates are ISO strings and the counts are integers."""
    assert FULL.to_row() == {
        "headline": "Veska harbour to close its north pier",
        "byline": "By TEMPERANCE QUILLFEATHER and Radek Varga-Holm, Harborline",
        "authors": "Temperance Quillfeather; Radek Varga-Holm",
        "publisher": "Harborline",
        "date": "2022-03-09",
        "published": "2022-03-09T07:45:00+05:30",
        "date_source": "published",
        "dateline_raw": "VESKA, March 9 (Harborline) —",
        "dateline_location": "VESKA",
        "dateline_agency": "Harborline",
        "dateline_date": "2022-03-09",
        "body": BODY,
        "paragraph_count": 2,
        "credits": "reporting: Zélie Nakashima, Mirko Okafor; editing: Ines Delacroix",
        "warning_codes": "control-characters; mojibake-repaired",
        "warning_count": 2,
    }


def test_row_empty_record() -> None:
    """An empty record gives None in every column but the two counts, which are 0."""
    counts = {"paragraph_count", "warning_count"}
    expected = {column: 0 if column in counts else None for column in ROW_COLUMNS}
    assert to_row(EMPTY) == expected


@pytest.mark.property
@given(articles())
def test_row_columns_and_types(article: Article) -> None:
    """Every row has the ROW_COLUMNS in order, with the types ROW_DTYPES declares."""
    row = article.to_row()
    assert tuple(row) == ROW_COLUMNS
    for column, value in row.items():
        if ROW_DTYPES[column] == "int64":
            assert type(value) is int
        else:
            assert value is None or type(value) is str


@pytest.mark.parametrize(
    ("identifier", "uri"),
    [
        pytest.param("17", "urn:newsrecord:id:17", id="number"),
        pytest.param("a-17/b c", "urn:newsrecord:id:a-17%2Fb%20c", id="path-and-space"),
        pytest.param("https://x.example/a?b=1", "https://x.example/a?b=1", id="url"),
        pytest.param("urn:isbn:0451450523", "urn:isbn:0451450523", id="urn"),
        pytest.param("C:\\news\\a.txt", "urn:newsrecord:id:C%3A%5Cnews%5Ca.txt", id="drive-path"),
    ],
)
def test_uri_for_makes_a_uri_of_any_identifier(identifier: str, uri: str) -> None:
    """An identifier that is no URI is wrapped in ``urn:newsrecord:id:``, so ninjs validates."""
    assert uri_for(identifier) == uri
    NINJS.validate(FULL.to_ninjs(uri=uri_for(identifier)))


def test_schema_org_takes_an_identifier_and_a_url() -> None:
    """*identifier* and *url* are written when given, left out otherwise."""
    document = FULL.to_schema_org(identifier="a-17", url="https://x.example/a")
    assert (document["identifier"], document["url"]) == ("a-17", "https://x.example/a")
    assert "identifier" not in FULL.to_schema_org()
