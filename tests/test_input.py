"""What `parse` checks first: the reference date, the encoding, and input that is no text at all."""

from __future__ import annotations

import codecs
import datetime
import gzip
import pickle
from concurrent.futures import ProcessPoolExecutor

import attrs
import pytest

import newsrecord
from newsrecord import Article, ParseError, Policy

# Invented: the place, the agency and the event are made up.
WIRE = "Rain floods Vesk\n\nVESK, Jan 12 (Kestrel) - Rain flooded the lower town, officials said."


class Stamp(datetime.datetime):
    """A datetime subclass, as pandas' ``Timestamp`` is."""


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(datetime.date(1999, 3, 1), id="date"),
        pytest.param(datetime.datetime(1999, 3, 1, 23, 59), id="datetime"),
        pytest.param(
            datetime.datetime(1999, 3, 1, 1, tzinfo=datetime.timezone.utc), id="aware-datetime"
        ),
        pytest.param(Stamp(1999, 3, 1, 12), id="datetime-subclass"),
        pytest.param("1999-03-01", id="iso-string"),
    ],
)
def test_reference_date_forms_give_the_same_record(value: object) -> None:
    """A date, a datetime (its date) and an ISO string all complete the dateline's year alike."""
    article = newsrecord.parse(WIRE, reference_date=value)  # type: ignore[arg-type]
    assert article == newsrecord.parse(WIRE, reference_date=datetime.date(1999, 3, 1))
    assert article.date == datetime.date(1999, 1, 12)
    assert article.headline == "Rain floods Vesk"
    assert not any(w.code == "internal-error" for w in article.warnings)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        pytest.param("1987-02-30", "'1987-02-30'", id="no-such-day"),
        pytest.param("March 1, 1987", "'March 1, 1987'", id="words"),
        pytest.param("19870301", "'19870301'", id="basic-iso"),
        pytest.param("", "''", id="empty-string"),
        pytest.param(19870301, "int 19870301", id="integer"),
        pytest.param(1.5, "float 1.5", id="float"),
    ],
)
def test_other_reference_dates_raise_type_error(value: object, shown: str) -> None:
    """Anything but a date, a datetime or a real ISO day raises `TypeError` naming the value."""
    message = (
        "reference_date must be a datetime.date, a datetime.datetime or a 'YYYY-MM-DD' "
        f"string, not {shown}"
    )
    with pytest.raises(TypeError) as raised:
        newsrecord.parse(WIRE, reference_date=value)  # type: ignore[arg-type]
    assert str(raised.value) == message
    with pytest.raises(TypeError):
        Policy(reference_date=value)
    with pytest.raises(TypeError):
        newsrecord.parse_many([WIRE], reference_date=value)  # type: ignore[call-overload]


def test_policy_takes_the_same_reference_dates() -> None:
    """`Policy` converts a datetime or an ISO string to a date, as `parse` does."""
    assert Policy(reference_date="1999-03-01") == Policy(reference_date=datetime.date(1999, 3, 1))
    day = Policy(reference_date=datetime.datetime(1999, 3, 1, 8)).reference_date
    assert type(day) is datetime.date


ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(56) + b"\x03\x00>\x00" * 40
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(32)
NOT_TEXT = [
    pytest.param(ELF, "it starts like an ELF executable", id="elf"),
    pytest.param(PNG, "it starts like a PNG image", id="png"),
    pytest.param(gzip.compress(WIRE.encode()), "it starts like gzip-compressed data", id="gzip"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "it starts like a PDF document", id="pdf"),
    pytest.param(b"PK\x03\x04\x14\x00\x00\x00", "it starts like a ZIP archive", id="zip"),
    pytest.param(
        "\x00\x01\x02abc\x03\x04", "62% of its first 8 characters are control characters", id="str"
    ),
]


@pytest.mark.parametrize(("data", "reason"), NOT_TEXT)
def test_binary_input_is_not_text_and_invents_nothing(data: str | bytes, reason: str) -> None:
    """Binary input gets ``not-text`` first, no field, and one block over the whole input."""
    article = newsrecord.parse(data)
    first = article.warnings[0]
    assert (first.code, first.severity) == ("not-text", "error")
    assert first.message == f"the input is not text: {reason}"
    assert (article.headline, article.byline, article.authors, article.publisher) == (
        None,
        None,
        (),
        None,
    )
    assert (article.date, article.dateline, article.paragraphs, article.credits) == (
        None,
        None,
        (),
        (),
    )
    assert [block.kind for block in article.blocks] == ["boilerplate"]


@pytest.mark.parametrize(("data", "reason"), NOT_TEXT)
def test_strict_refuses_binary_input(data: str | bytes, reason: str) -> None:
    """Strict mode raises on binary input, naming ``not-text`` first."""
    with pytest.raises(ParseError) as raised:
        newsrecord.parse(data, strict=True)
    assert str(raised.value).startswith(f"not-text: the input is not text: {reason}")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Rain\x00 fell on Velmora, officials said on Monday.", id="one-nul"),
        pytest.param("Harbour\x1b[0m news\n\nThe pier closes in April.", id="escape-code"),
        pytest.param("Straße in München gesperrt.\n\nDie Brücke ist zu.", id="german"),
    ],
)
def test_text_with_a_few_control_characters_is_text(text: str) -> None:
    """A stray control character is repaired (``control-characters``), not taken for binary."""
    article = newsrecord.parse(text)
    assert "not-text" not in [w.code for w in article.warnings]
    assert article.paragraphs


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        pytest.param("utf-16-le", "Rain in Velmora.\n\nThe river rose.", id="le-latin"),
        pytest.param("utf-16-be", "Rain in Velmora.\n\nThe river rose.", id="be-latin"),
        pytest.param("utf-16-le", "Дождь в Велморе.\n\nРека поднялась на 2 м.", id="le-cyrillic"),
    ],
)
def test_utf16_without_a_byte_order_mark_is_read_as_utf16(codec: str, text: str) -> None:
    """UTF-16 with no byte order mark is recognised by its NUL bytes, not read as cp1252."""
    article = newsrecord.parse(text.encode(codec))
    assert article == attrs.evolve(newsrecord.parse(text), warnings=article.warnings)
    assert [w.code for w in article.warnings] == ["bytes-utf16"]
    assert article.warnings[0].message == f"decoded as {codec.upper()} (no byte order mark)"


@pytest.mark.parametrize(
    ("encoding", "data", "paragraph", "codes"),
    [
        pytest.param("cp1252", b"Caf\xe9 \x93news\x94", "Café “news”", [], id="cp1252"),
        pytest.param("latin-1", b"Caf\xe9 news", "Café news", [], id="latin-1"),
        pytest.param("utf-8", codecs.BOM_UTF8 + b"Caf\xc3\xa9", "Café", [], id="utf-8-bom"),
        pytest.param("utf-8", b"Caf\xe9 news", "Caf\ufffd news", ["bytes-invalid"], id="invalid"),
    ],
)
def test_an_encoding_decodes_bytes_without_guessing(
    encoding: str, data: bytes, paragraph: str, codes: list[str]
) -> None:
    """``Policy(encoding=...)`` decodes with that codec: no cp1252 fallback, no error warning."""
    article = newsrecord.parse(data, policy=Policy(encoding=encoding))
    assert article.paragraphs == (paragraph,)
    assert [w.code for w in article.warnings] == codes


def test_unknown_encoding_is_refused() -> None:
    """A codec Python does not know is refused when the policy is made."""
    with pytest.raises(ValueError, match="unknown encoding: 'klingon'"):
        Policy(encoding="klingon")


def test_parse_error_pickles() -> None:
    """A `ParseError` survives pickling with its warnings, record, text and id."""
    with pytest.raises(ParseError) as raised:
        newsrecord.parse(b"", strict=True)
    error = raised.value
    error.id = "doc-7"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.warnings, copy.article, copy.text, copy.id) == (
        error.warnings,
        error.article,
        error.text,
        "doc-7",
    )
    assert str(copy) == str(error)


def _strict_parse(text: str) -> Article:
    return newsrecord.parse(text, strict=True)


def test_parse_error_crosses_a_process_pool() -> None:
    """A strict parse that fails in a worker process raises `ParseError` here, not a broken pool."""
    with ProcessPoolExecutor(max_workers=1) as pool, pytest.raises(ParseError) as raised:
        pool.submit(_strict_parse, "").result()
    assert raised.value.warnings[0].code == "empty-input"


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        pytest.param("", (), id="empty"),
        pytest.param(" \n\t ", (), id="white-space"),
        pytest.param("\u00ad", (newsrecord.Block("boilerplate", 0, 1),), id="soft-hyphen"),
        pytest.param("\n\u200b\u200d\n", (newsrecord.Block("boilerplate", 1, 3),), id="zero-width"),
    ],
)
def test_empty_input_keeps_invisible_characters_in_a_block(
    text: str, blocks: tuple[newsrecord.Block, ...]
) -> None:
    """Input with no visible character is ``empty-input``; invisible ones still have a block."""
    article = newsrecord.parse(text)
    assert [w.code for w in article.warnings] == ["empty-input"]
    assert article.blocks == blocks
