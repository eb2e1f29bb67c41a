"""Stage 2 of the reading path: units and zones, by the text's convention and a state table."""

from __future__ import annotations

import pytest

from newsrecord._read.lines import read_lines
from newsrecord._read.zones import TRANSITIONS, Zones, _story_opener, zones

BODY_1 = (
    "The council of Lornby voted on Monday to keep the night bus routes running for another "
    "year, despite a fall in the number of passengers."
)
BODY_2 = "Passengers' groups welcomed the vote and asked for a later last bus on Fridays."


def _zoned(text: str) -> Zones:
    return zones(read_lines(text, 1.0))


def _units(text: str) -> list[tuple[str, str]]:
    """(zone, value) of every unit."""
    return [(unit.zone, unit.value) for unit in _zoned(text).units]


def test_transitions_cover_the_walk() -> None:
    """The table leads from the lead to the body, the body to the tail, and both to closed."""
    assert TRANSITIONS[("lead", "text")] == "body"
    assert TRANSITIONS[("body", "last-text")] == "tail"
    assert {TRANSITIONS[(zone, "end-mark")] for zone in ("body", "tail")} == {"closed"}
    assert ("closed", "text") not in TRANSITIONS  # nothing reopens a closed text


def test_stack_without_blank_lines_is_lines_not_a_paragraph() -> None:
    """A headline, byline and date line with no blank line between are three lead units."""
    text = f"Lornby council votes to keep night buses\nBy Hedda Sorvik\n14 March 2022\n\n{BODY_1}"
    assert _units(text) == [
        ("lead", "Lornby council votes to keep night buses"),
        ("lead", "By Hedda Sorvik"),
        ("lead", "14 March 2022"),
        ("body", BODY_1),
    ]


def test_body_glued_to_the_stack() -> None:
    """The body may follow the stack with no blank line; it still starts a unit of its own."""
    text = f"Lornby council votes to keep night buses\nBy Hedda Sorvik\n{BODY_1}\n\n{BODY_2}"
    zoned = _zoned(text)
    assert zoned.body == 2
    assert [u.value for u in zoned.units[2:]] == [BODY_1, BODY_2]


def test_standfirst_stays_in_the_lead() -> None:
    """A summary sentence under the headline, with the byline under it, is no paragraph."""
    text = (
        "Lornby council votes to keep night buses\n\n"
        "Councillors back a one-year subsidy despite falling passenger numbers.\n\n"
        f"By Hedda Sorvik\n\n14 March 2022\n\n{BODY_1}\n\n{BODY_2}"
    )
    zoned = _zoned(text)
    assert [u.standfirst for u in zoned.units[: zoned.body]] == [False, True, False, False]
    assert zoned.units[zoned.body].value == BODY_1


def test_hard_wrapped_paragraphs_join() -> None:
    """Hard-wrapped lines join into one unit; indentation starts the next paragraph."""
    text = (
        "HARBOUR BOARD LIFTS DREDGING BAN\n"
        "    PORT ALDER, March 4 - The harbour board of Port Alder said\n"
        "on Tuesday it would lift the ban on dredging in the inner basin\n"
        "from next month, ending a dispute with the shipping lines.\n"
        "    The board said a survey of the basin had found no trace of\n"
        "the rare snail that had halted the work last year, its chairman said.\n"
    )
    zoned = _zoned(text)
    assert zoned.convention.wrapped
    assert len(zoned.units) == 3
    assert zoned.title_at == 0


def test_one_paragraph_a_line() -> None:
    """In text with a paragraph a line, each line is a unit."""
    text = f"{BODY_1}\n{BODY_2}\nThe next meeting of the council is on 3 April, a spokesman said.\n"
    assert [zone for zone, _ in _units(text)] == ["body", "body", "body"]


@pytest.mark.parametrize(
    ("tail", "zone"),
    [
        pytest.param("ENDS", "closed", id="end-mark"),
        pytest.param("Related stories", "closed", id="list-label"),
        pytest.param("About Solvara", "closed", id="press-about"),
    ],
)
def test_closers_close_the_text(tail: str, zone: str) -> None:
    """An end mark, a list label after the text, a press release's About section close it:
    what follows is furniture, whatever it looks like."""
    text = f"{BODY_1}\n\n{BODY_2}\n\n{tail}\n\nNight trains return to Vesk\n\nFerry fares rise\n"
    assert [zone for zone, _ in _units(text)[-3:]] == [zone] * 3


def test_page_and_copy() -> None:
    """A byline or date line above unwrapped text makes a page; plain copy stays copy."""
    page = f"Night buses stay\n\nBy Hedda Sorvik\n\n{BODY_1}\n\n{BODY_2}"
    copy = f"Night buses stay\n\n{BODY_1}\n\n{BODY_2}"
    assert _zoned(page).convention.page
    assert not _zoned(copy).convention.page


@pytest.mark.parametrize(
    ("opening", "title_at"),
    [
        pytest.param("Night buses to keep running", 0, id="a-title-opens-copy"),
        pytest.param("Lornby News", -1, id="a-site-name-does-not"),
        pytest.param(
            "Night buses to keep running\n\nFree late buses on Fridays and Saturdays from May",
            0,
            id="title-over-its-deck",
        ),
    ],
)
def test_copy_opens_with_a_title_only_when_one_stands_alone(opening: str, title_at: int) -> None:
    """Copy's first line is its title when it reads as one, a deck under it or not."""
    assert _zoned(f"{opening}\n\n{BODY_1}\n\n{BODY_2}").title_at == title_at


def test_copy_opening_with_a_label_is_read_as_a_stack() -> None:
    """Under a site's name, the title is a lead unit and the body starts at the text."""
    zoned = _zoned(f"Lornby News\n\nNight buses to keep running\n\n{BODY_1}\n\n{BODY_2}")
    assert [unit.value for unit in zoned.units[: zoned.body]] == [
        "Lornby News",
        "Night buses to keep running",
    ]


def test_a_list_heading_closes_the_text() -> None:
    """`Top Articles in Politics` after the story: the titles under it are no paragraphs."""
    text = (
        f"Night buses to keep running\n\n{BODY_1}\n\n{BODY_2}\n\nTop Articles in Politics\n\n-\n\n"
        "Harbour board to vote on new ferry fares\n\n-\n\nLornby mayor opens the winter market"
    )
    zoned = _zoned(text)
    assert [unit.zone for unit in zoned.units[-5:]] == ["closed"] * 5


STORY_OPENERS = [
    pytest.param(
        "Lornby council votes\n\n2021-06-01 66\n\nLornby, 1 jun (NPA).- El consejo votó ayer.",
        2,
        id="scrap-then-wire-dateline",
    ),
    pytest.param(
        "Lornby council votes\n\n- Advertisement -\n\nLORNBY, 7 Jan — The council voted.",
        2,
        id="ad-marker-then-dated-dateline",
    ),
    pytest.param(
        "Lornby awards\n\nWinners of the awards:\n\nPICTURE, DRAMA: ``Harbour Lights''",
        -1,
        id="scrap-then-caps-label",
    ),
    pytest.param(
        "Lornby council votes\n\nThe council met on Monday to vote on the budget.\n\n"
        "LORNBY (NPA) — The council voted.",
        -1,
        id="sentence-then-dateline",
    ),
]


@pytest.mark.parametrize(("text", "index"), STORY_OPENERS)
def test_story_opener_past_stack_scraps(text: str, index: int) -> None:
    """Copy's story opens at a dateline past short scraps that are no sentence (a date and a
    count, an ad marker) only when the dateline names its agency or date."""
    assert _story_opener(read_lines(text, 1.0).reads, 1) == index


def test_summary_then_wire_dateline() -> None:
    """A summary sentence right above a wire dateline stays in the lead: the story opens at
    the dateline."""
    summary = "The harbour bridge will cost more than planned, officials said on Monday."
    text = f"{summary}\n\nLORNBY (NPA) — {BODY_1}\n\n{BODY_2}"
    zoned = _zoned(text)
    assert [u.value for u in zoned.units if u.zone == "lead"] == [summary]
    assert zoned.units[zoned.body].value.startswith("LORNBY (NPA) —")
