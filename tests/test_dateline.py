"""The dateline grammar: place, date and agency opening a wire story."""

from __future__ import annotations

import pytest

from newsrecord.dateline import match_agency_opening, match_dateline

DATELINES = [
    pytest.param("WASHINGTON (AP) — The Senate", "WASHINGTON", "AP", None, id="ap-em-dash"),
    pytest.param("LONDON, Jan 12 (Reuters) - Oil", "LONDON", "Reuters", "Jan", id="reuters"),
    pytest.param("PARIS, Jan 12, 2021 (AFP) - The", "PARIS", "AFP", "Jan", id="afp-year"),
    pytest.param("MOSCOW, January 12. /TASS/. The", "MOSCOW", "TASS", "January", id="tass"),
    pytest.param("BEIJING, Jan. 12 (Xinhua) -- A", "BEIJING", "Xinhua", "Jan", id="xinhua"),
    pytest.param("NEW DELHI, Jan 12 (PTI) The state", "NEW DELHI", "PTI", "Jan", id="pti-no-dash"),
    pytest.param(
        "Baku, Azerbaijan, Jan.12 (Trend): The", "Baku, Azerbaijan", "Trend", "Jan", id="trend"
    ),
    pytest.param("ANKARA (AA) - Turkish", "ANKARA", "AA", None, id="aa"),
    pytest.param(
        "Vesk. 1 March. ESTPRESS.EV/ The", "Vesk", "ESTPRESS.EV", "March", id="tail-slash"
    ),
    pytest.param("Drenov/21.01.22/Dovran: The", "Drenov", "Dovran", "01", id="numeric-slashed"),
    pytest.param(
        "San Teodoro (Costa Norte) [Maraluz], May 3 (KBWT): The",
        "San Teodoro (Costa Norte) [Maraluz]",
        "KBWT",
        "May",
        id="province-country",
    ),
    pytest.param("SANTA FE, N.M. _ The", "SANTA FE, N.M.", None, None, id="nyt-underscore"),
    pytest.param("KESK: The city", "KESK", None, None, id="caps-colon"),
    pytest.param("BELMONT HARBOUR — The last", "BELMONT HARBOUR", None, None, id="caps-dash"),
    pytest.param("WASHINGTON, Feb 26 - The", "WASHINGTON", None, "Feb", id="reuters-1987"),
    pytest.param("MARSTOW, Norland, May 6", "MARSTOW, Norland", None, "May", id="alone-on-a-line"),
]


@pytest.mark.parametrize(("value", "location", "agency", "month"), DATELINES)
def test_dateline_parts(value: str, location: str, agency: str | None, month: str | None) -> None:
    """Each documented dateline form yields its location, agency and month as written."""
    found = match_dateline(value, 1.0)
    assert found is not None
    assert (found.location, found.agency, found.month) == (location, agency, month)


NOT_DATELINES = [
    pytest.param("Paris is the capital of Norland.", id="sentence-with-place"),
    pytest.param("Officials in Lornby said on Monday", id="sentence"),
    pytest.param("UPDATE: the bridge is open", id="label"),
    pytest.param("The council said: no", id="colon-in-sentence"),
    pytest.param("BREAKING — Fire in the port", id="breaking"),
]


@pytest.mark.parametrize("value", NOT_DATELINES)
def test_not_a_dateline(value: str) -> None:
    """A sentence that starts with a capitalised word or a label is no dateline."""
    assert match_dateline(value, 1.0) is None


def test_dateline_end_is_where_the_body_starts() -> None:
    """The match ends after the separator, at the first word of the story."""
    value = "LONDON, Jan 12 (Reuters) - Oil prices rose."
    found = match_dateline(value, 1.0)
    assert found is not None
    assert value[found.end :] == "Oil prices rose."
    assert found.raw == "LONDON, Jan 12 (Reuters) -"


def test_agency_opening_without_place() -> None:
    """`(NPA) -- ...` credits an agency but names no place: it is no dateline."""
    assert match_agency_opening("(NPA) -- Norland's government said", 1.0) == (9, "NPA")
    assert match_agency_opening("(the council said) the rest", 1.0) is None


@pytest.mark.parametrize(
    "value",
    [
        "A" * 100_000,
        "WASHINGTON, " * 10_000,
        "(" * 100_000,
        "Jan 12 " * 15_000,
        "X/" * 50_000,
    ],
    ids=["letters", "repeated-prefix", "brackets", "dates", "slashes"],
)
def test_adversarial_input_finishes(value: str) -> None:
    """Long adversarial input neither hangs nor times out (the patterns are bounded)."""
    match_dateline(value, 1.0)
    match_agency_opening(value, 1.0)
