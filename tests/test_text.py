"""Text repair: values are clean while spans still point into the input."""

from __future__ import annotations

import pytest

import newsrecord
from newsrecord._text import clean, join_lines

CLEAN_CASES = [
    pytest.param("a\u00a0b\tc", "a b c", id="nbsp-and-tab"),
    pytest.param("zero\u200bwidth\ufeff", "zerowidth", id="zero-width-and-bom"),
    pytest.param("Cafe\u0301 Lorn", "Caf\u00e9 Lorn", id="nfc"),
    pytest.param("It\u00e2\u20ac\u2122s", "It\u2019s", id="mojibake-apostrophe"),
    pytest.param("caf\u00c3\u00a9 cr\u00c3\u00a8me", "caf\u00e9 cr\u00e8me", id="mojibake-accents"),
    pytest.param(
        "\u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d", "\u201cquoted\u201d", id="mojibake-quotes"
    ),
    pytest.param("\u00c3\u2013zil \u00c5\u0178", "\u00d6zil \u015f", id="mojibake-turkish"),
    pytest.param(
        "\u00d0\u00bc\u00d0\u00b8\u00d1\u20ac", "\u043c\u0438\u0440", id="mojibake-cyrillic"
    ),
    pytest.param(
        "caf\u00e9 \u2019already right\u2019",
        "caf\u00e9 \u2019already right\u2019",
        id="mixed-untouched",
    ),
]


@pytest.mark.parametrize(("raw", "want"), CLEAN_CASES)
def test_clean_repairs_transport_damage(raw: str, want: str) -> None:
    """White space, invisible characters, NFC and mojibake are repaired in values."""
    assert clean(raw) == want


HYPHEN_CASES = [
    pytest.param(["the well-", "known survey"], "the well-known survey", id="compound-first"),
    pytest.param(["the state-", "owned firm"], "the state-owned firm", id="compound-second"),
    pytest.param(["the trans-", "portation plan"], "the transportation plan", id="split-word"),
    pytest.param(["a 37-", "billion-dlr loan"], "a 37-billion-dlr loan", id="number"),
    pytest.param(["three-", "and six-month"], "three- and six-month", id="coordination"),
    pytest.param(["COVID-", "19 cases"], "COVID-19 cases", id="capitals"),
    pytest.param(["first line", "second line"], "first line second line", id="plain-join"),
]


@pytest.mark.parametrize(("lines", "want"), HYPHEN_CASES)
def test_line_break_hyphens(lines: list[str], want: str) -> None:
    """A hyphen at a line break is kept for compounds and dropped for split words."""
    assert join_lines(lines) == want


def test_mojibake_is_repaired_with_a_warning_and_spans_unchanged() -> None:
    """Mojibake is repaired in paragraphs, warned about, and blocks still index the input."""
    text = (
        " date 2021-01-01 It\u00e2\u20ac\u2122s the caf\u00c3\u00a9 owners who said so on Monday.\n"
    )
    record = newsrecord.parse(text)
    assert record.paragraphs == ("It\u2019s the caf\u00e9 owners who said so on Monday.",)
    warning = record.warnings[0]
    assert (warning.code, warning.severity) == ("mojibake-repaired", "info")
    assert warning.start is not None
    assert warning.end is not None
    assert text[warning.start : warning.end] == "\u00e2\u20ac\u2122"
    paragraph = next(b for b in record.blocks if b.kind == "paragraph")
    assert text[paragraph.start : paragraph.end].startswith("It\u00e2\u20ac\u2122s")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends_do_not_change_fields(newline: str) -> None:
    """LF, CRLF and lone CR texts give the same fields."""
    text = newline.join(
        [
            "Harbour fees to rise",
            "",
            "The harbour board will raise fees for",
            "cargo ships from May, it said on Tuesday.",
            "",
            "Shipping lines said they would pass the cost on.",
        ]
    )
    record = newsrecord.parse(text)
    assert record.headline == "Harbour fees to rise"
    assert record.paragraphs == (
        "The harbour board will raise fees for cargo ships from May, it said on Tuesday.",
        "Shipping lines said they would pass the cost on.",
    )
