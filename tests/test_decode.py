"""What ``parse`` accepts, how bytes are decoded, and how input defects are reported."""

from __future__ import annotations

import codecs

import attrs
import pytest

import newsrecord
from newsrecord import Article, ParseError, Policy

TEXT = "Ferry to Ærøskøbing resumes\n\nThe ferry runs again from Monday, the operator said.\n"


def without_warnings(article: Article) -> Article:
    """The record with its warnings dropped, to compare fields across encodings."""
    return attrs.evolve(article, warnings=())


def codes(article: Article) -> list[str]:
    """The warning codes of a record, in order."""
    return [w.code for w in article.warnings]


def test_str_passes_through() -> None:
    """A str is parsed as given: spans point into it and no decoding warning appears."""
    article = newsrecord.parse(TEXT)
    assert article.warnings == ()
    assert [TEXT[b.start : b.end] for b in article.blocks] == [
        "Ferry to Ærøskøbing resumes",
        "The ferry runs again from Monday, the operator said.",
    ]


def test_utf8_bytes_equal_str() -> None:
    """UTF-8 bytes give the same record as the str they encode."""
    assert newsrecord.parse(TEXT.encode("utf-8")) == newsrecord.parse(TEXT)


def test_utf8_bom_is_dropped() -> None:
    """UTF-8 bytes with a BOM give the same record as without it, spans included."""
    data = TEXT.encode("utf-8")
    assert newsrecord.parse(codecs.BOM_UTF8 + data) == newsrecord.parse(data)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), id="utf-16-le"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16-be"),
    ],
)
def test_utf16_with_bom(data: bytes) -> None:
    """UTF-16 bytes with a byte order mark decode to the same fields, with an info warning."""
    article = newsrecord.parse(data)
    assert without_warnings(article) == newsrecord.parse(TEXT)
    assert codes(article) == ["bytes-utf16"]
    assert article.warnings[0].severity == "info"


def test_invalid_utf8_falls_back_to_cp1252() -> None:
    """Bytes that are not UTF-8 decode as cp1252, with a ``bytes-not-utf8`` error warning."""
    article = newsrecord.parse(b"caf\xe9 \x93quoted\x94")
    assert article.paragraphs == ("café “quoted”",)
    assert codes(article) == ["bytes-not-utf8"]
    assert article.warnings[0].severity == "error"


def test_cp1252_undefined_bytes_read_as_latin1() -> None:
    """The five bytes cp1252 leaves undefined decode as their latin-1 code points."""
    article = newsrecord.parse(b"caf\xe9 \x81\x8d\x8f\x90\x9d end")
    assert codes(article) == ["bytes-not-utf8"]
    assert len(article.blocks) == 1


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(bytes, id="bytes"),
        pytest.param(bytearray, id="bytearray"),
        pytest.param(memoryview, id="memoryview"),
    ],
)
def test_bytes_like_inputs_are_accepted(make: type[bytes | bytearray | memoryview]) -> None:
    """bytes, bytearray and memoryview of the same data give the same record."""
    data = make(TEXT.encode("utf-8"))
    assert newsrecord.parse(data) == newsrecord.parse(TEXT)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(None, "newsrecord.parse() takes str or bytes, not NoneType", id="none"),
        pytest.param(3, "newsrecord.parse() takes str or bytes, not int", id="int"),
        pytest.param(2.5, "newsrecord.parse() takes str or bytes, not float", id="float"),
        pytest.param(["a"], "newsrecord.parse() takes str or bytes, not list", id="list"),
        pytest.param({"a": 1}, "newsrecord.parse() takes str or bytes, not dict", id="dict"),
    ],
)
def test_other_types_raise_type_error(value: object, message: str) -> None:
    """Anything but str or bytes-like raises TypeError naming the type, in both modes."""
    with pytest.raises(TypeError) as lenient:
        newsrecord.parse(value)  # type: ignore[arg-type]
    assert str(lenient.value) == message
    with pytest.raises(TypeError) as strict:
        newsrecord.parse(value, strict=True)  # type: ignore[arg-type]
    assert str(strict.value) == message


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param(" ", id="space"),
        pytest.param("\n\n\r\n\t \r", id="line-ends-and-tabs"),
        pytest.param("\u00a0\u2003\u3000", id="unicode-spaces"),
        pytest.param(codecs.BOM_UTF8, id="utf8-bom-only"),
    ],
)
def test_blank_input_gives_an_empty_record(text: str | bytes) -> None:
    """Empty and white-space-only input give an empty record with one warning, ``empty-input``."""
    article = newsrecord.parse(text)
    assert attrs.evolve(article, warnings=()) == Article()
    assert [(w.code, w.severity) for w in article.warnings] == [("empty-input", "error")]


def test_lone_surrogates_are_replaced() -> None:
    """A lone surrogate becomes U+FFFD in values, with a warning, and the record dumps to JSON."""
    article = newsrecord.parse("Harbour news\n\nThe pier\ud800 closes.")
    assert codes(article) == ["surrogates-replaced"]
    assert article.paragraphs == ("The pier\ufffd closes.",)
    assert "\\ud800" not in article.to_json()
    assert Article.from_json(article.to_json().encode("utf-8")) == article


@pytest.mark.parametrize(
    "char",
    [pytest.param(c, id=f"U+{ord(c):04X}") for c in ("\x00", "\x07", "\x1b", "\x7f")],
)
def test_control_characters_are_removed(char: str) -> None:
    """Control characters are removed from values, with a ``control-characters`` warning."""
    article = newsrecord.parse(f"Harbour news\n\nThe pier{char} closes{char}.")
    assert codes(article) == ["control-characters"]
    assert article.paragraphs == ("The pier closes.",)


# Inputs with one defect each: (input, the policy's size cap, the code it records, decoded text).
CAP = newsrecord.DEFAULT.max_chars
DEFECTS = [
    pytest.param(
        b"caf\xe9 \x93quoted\x94", CAP, "bytes-not-utf8", "café “quoted”", id="bytes-not-utf8"
    ),
    pytest.param(
        "The pier\ud800 closes.",
        CAP,
        "surrogates-replaced",
        "The pier\ud800 closes.",
        id="surrogates",
    ),
    pytest.param(
        "Harbour news\n\nThe pier closes in April.",
        20,
        "input-truncated",
        "Harbour news\n\nThe pier closes in April.",
        id="input-truncated",
    ),
    pytest.param(
        " date 2021-02-30 The pier closes in April, the harbour board said on Monday.",
        CAP,
        "header-date-invalid",
        " date 2021-02-30 The pier closes in April, the harbour board said on Monday.",
        id="header-date-invalid",
    ),
    pytest.param(
        "The pier\x00 closes.",
        CAP,
        "control-characters",
        "The pier\x00 closes.",
        id="control-characters",
    ),
    pytest.param(
        codecs.BOM_UTF16_LE + "The pier closes.".encode("utf-16-le"),
        CAP,
        "bytes-utf16",
        "The pier closes.",
        id="bytes-utf16",
    ),
]


@pytest.mark.parametrize(("data", "max_chars", "code", "text"), DEFECTS)
def test_defect_recorded_when_lenient_raised_when_strict(
    data: str | bytes, max_chars: int, code: str, text: str, policy: Policy
) -> None:
    """Lenient parses record the defect; strict ones raise for error severity, else return."""
    policy = attrs.evolve(policy, max_chars=max_chars)
    lenient = newsrecord.parse(data, policy=attrs.evolve(policy, strict=False))
    assert code in codes(lenient)
    severity = newsrecord.WARNING_CODES[code][0]
    assert {w.severity for w in lenient.warnings if w.code == code} == {severity}
    if policy.strict and severity == "error":
        with pytest.raises(ParseError) as raised:
            newsrecord.parse(data, policy=policy)
        assert raised.value.warnings == lenient.warnings
        assert raised.value.article == lenient
        assert raised.value.text == text
        assert str(raised.value).startswith(f"{code}: ")
    else:
        assert newsrecord.parse(data, policy=policy) == lenient


def test_strict_argument_overrides_policy() -> None:
    """``strict=True`` raises even when the policy given is the lenient default."""
    with pytest.raises(ParseError):
        newsrecord.parse(b"caf\xe9", policy=newsrecord.DEFAULT, strict=True)


def test_parse_error_text_is_the_decoded_input() -> None:
    """``ParseError.text`` is the decoded string the warning spans point into."""
    with pytest.raises(ParseError) as raised:
        newsrecord.parse(b"caf\xe9 \x93quoted\x94", strict=True)
    assert raised.value.text == "café “quoted”"


def test_parse_error_message_shows_the_line_and_caret() -> None:
    """``str(ParseError)`` names the code and marks the span under its line with ``~~~^``."""
    policy = attrs.evolve(newsrecord.STRICT, max_chars=20)
    with pytest.raises(ParseError) as raised:
        newsrecord.parse("Ferry news\nThe council met today.\nMore.", policy=policy)
    assert str(raised.value) == (
        "input-truncated: input of 39 characters cut to 20\n"
        "    The council met today.\n"
        "             ~~~~~~~~~~~~^"
    )


def test_parse_error_message_counts_further_errors() -> None:
    """``str(ParseError)`` shows the first error and counts the others."""
    policy = attrs.evolve(newsrecord.STRICT, max_chars=20)
    with pytest.raises(ParseError) as raised:
        newsrecord.parse("Ferry\ud800 news\nThe council met today.\nMore.", policy=policy)
    assert str(raised.value) == (
        "surrogates-replaced: lone surrogates replaced by U+FFFD\n"
        "    Ferry\ufffd news\n"
        "         ^\n"
        "(and 1 more error warning)"
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The pier\ud800 closes.", id="surrogate"),
        pytest.param("The\tpier\x1b[31m\ud800 closes.\x00", id="surrogate-and-controls"),
    ],
)
def test_parse_error_message_is_printable(text: str) -> None:
    """``str(ParseError)`` encodes to UTF-8 even when the input line holds surrogates."""
    with pytest.raises(ParseError) as raised:
        newsrecord.parse(text, strict=True)
    str(raised.value).encode("utf-8")


def test_parse_error_caret_on_crlf_text() -> None:
    """With CRLF or CR line ends, the message shows only the offending line."""
    for newline in ("\r\n", "\r"):
        text = newline.join(["Ferry news", "The pier\ud800 closes.", "More."])
        with pytest.raises(ParseError) as raised:
            newsrecord.parse(text, strict=True)
        assert str(raised.value).splitlines()[1:] == ["    The pier\ufffd closes.", "            ^"]
