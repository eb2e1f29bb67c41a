"""Layout: paragraph conventions, headlines, bylines, datelines and furniture on invented pages."""

from __future__ import annotations

import pytest

import newsrecord

WRAPPED_ARCHIVE = (
    "HARBOUR BOARD LIFTS DREDGING BAN\n"
    "    PORT ALDER, March 4 - The harbour board of Port Alder said\n"
    "on Tuesday it would lift the ban on dredging in the inner basin\n"
    "from next month, ending a dispute with the shipping lines.\n"
    "    The board said the well-\n"
    "known survey of the basin had found no trace of the rare snail.\n"
    "    Qtly div 12 cts vs 10 cts\n"
    "    Pay May 1\n"
    " Reuter\n"
)

LAYOUT_CASES = [
    pytest.param(
        " date 2022-03-01 By Lornby Courier\n\n\n\nBy Ilse Marwick\n\n"
        "The Lornby council voted on Monday to close the old market hall.\n\n"
        "Traders said they would appeal against the decision next week.\n",
        {
            "headline": None,
            "publisher": "Lornby Courier",
            "authors": ["Ilse Marwick"],
            "paragraphs": 2,
        },
        id="crawl-publisher-then-author",
    ),
    pytest.param(
        "Ferry fares to rise in spring\n\n"
        "The island ferry company will raise fares by eight percent from April, it said.\n\n"
        "Passengers' groups called the rise unfair to commuters who have no other route.\n",
        {"headline": "Ferry fares to rise in spring", "paragraphs": 2},
        id="wire-first-line-title",
    ),
    pytest.param(
        " date 2021-06-02 ×\n\nCouncil approves new bridge budget\n\n"
        "The council approved a budget of 40 million crowns for the new bridge on Tuesday.\n\n"
        "Construction is due to start in the autumn and last two years, officials said.\n",
        {"headline": "Council approves new bridge budget", "paragraphs": 2},
        id="headline-after-ui-leftover",
    ),
    pytest.param(
        " date 2021-06-02 Henrika Ostberg\n\n"
        "Henrika Ostberg was named director of the Lornby museum on Tuesday, the board said.\n\n"
        "She has worked at the museum for twelve years and led its costume collection.\n",
        {"headline": None, "authors": [], "paragraphs": 2},
        id="caption-name-is-no-headline",
    ),
    pytest.param(
        " date 2020-05-05 The tram depot will close for repairs from June, the transport company "
        "said on Monday, and buses will replace trams on two lines.\n"
        "The repairs will take about six weeks and cost 3 million crowns, a spokesman said.\n"
        "Residents near the depot welcomed the plan but asked for quieter night work.\n",
        {"headline": None, "paragraphs": 3},
        id="single-newline-paragraphs",
    ),
    pytest.param(
        " date 2019-02-10 Snow closes mountain pass\n\n"
        "Heavy snow closed the Oberlinn pass on Sunday, stranding about 200 drivers overnight.\n\n"
        "Source: Valley Post\n\nShare\n\nTwitter\n\n© 2019 Valley Post. All rights reserved.\n",
        {"headline": "Snow closes mountain pass", "paragraphs": 1},
        id="trailing-furniture",
    ),
    pytest.param(
        " date 2023-01-12 VESK, Jan 12 (Kestrel) - The central bank left rates unchanged on "
        "Thursday, as most economists had expected.\n\n"
        "The bank said inflation was easing but remained above target.\n\n"
        "(Reporting by Arvo Lind; Editing by Mette Sand)\n",
        {
            "dateline": ("VESK", "Kestrel"),
            "first": "The central bank left rates unchanged on Thursday, as most economists "
            "had expected.",
            "paragraphs": 2,
            "date": "2023-01-12",
        },
        id="wire-dateline-and-credit",
    ),
    pytest.param(
        WRAPPED_ARCHIVE,
        {
            "headline": "HARBOUR BOARD LIFTS DREDGING BAN",
            "dateline": ("PORT ALDER", None),
            "first": "The harbour board of Port Alder said on Tuesday it would lift the ban on "
            "dredging in the inner basin from next month, ending a dispute with the shipping "
            "lines.",
            "paragraphs": 4,
        },
        id="indented-hard-wrapped-archive",
    ),
    pytest.param(
        " date 2020-09-09 Paris is the capital of the fictional republic of Norland in this "
        "story, officials said on Wednesday.\n\nThe claim was repeated by three ministers.\n",
        {"dateline": None, "paragraphs": 2},
        id="place-opening-a-sentence-is-no-dateline",
    ),
    pytest.param(
        "Lornby opens winter market\n\n"
        "Stalls opened on the main square on Friday.\n\n"
        "\u2022 Opening hours are 10 a.m. to 8 p.m. every day.\n"
        "\u2022 Entry is free for children under twelve years.\n",
        {"paragraphs": 3, "last": "Entry is free for children under twelve years."},
        id="bullets-are-paragraphs",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUT_CASES)
def test_layout_fields(text: str, expected: dict[str, object]) -> None:
    """Each layout gives the headline, credits, dateline and paragraph count a reader sees."""
    record = newsrecord.parse(text)
    if "headline" in expected:
        assert record.headline == expected["headline"]
    if "publisher" in expected:
        assert record.publisher == expected["publisher"]
    if "authors" in expected:
        assert [a.name for a in record.authors] == expected["authors"]
    if "dateline" in expected:
        want = expected["dateline"]
        got = record.dateline
        assert (None if got is None else (got.location, got.agency)) == want
    if "first" in expected:
        assert record.paragraphs[0] == expected["first"]
    if "last" in expected:
        assert record.paragraphs[-1] == expected["last"]
    if "date" in expected:
        assert record.date is not None
        assert record.date.isoformat() == expected["date"]
    assert len(record.paragraphs) == expected["paragraphs"]


def test_hyphen_at_line_break_joins_compound() -> None:
    """A hyphen that ends a wrapped line joins the next word without a space."""
    record = newsrecord.parse(WRAPPED_ARCHIVE)
    assert record.paragraphs[1].startswith("The board said the well-known survey")


def test_credit_trailer_is_a_credit_block() -> None:
    """`(Reporting by ...; Editing by ...)` is a credit block, not a paragraph."""
    text = (
        " date 2023-01-12 Officials in Kesk said the bridge would reopen on Friday after "
        "repairs.\n\n(Reporting by Arvo Lind; Editing by Mette Sand)\n"
    )
    record = newsrecord.parse(text)
    kinds = [b.kind for b in record.blocks]
    assert kinds == ["header", "paragraph", "credit"]
    assert all("Reporting" not in p for p in record.paragraphs)


def test_teaser_page_has_no_article() -> None:
    """A list of teasers is no article: no headline, no paragraphs, and a warning says so."""
    teasers = "".join(
        f"Story number {n} about the harbour\n\nA short blurb about the harbour, number {n}.\n\n"
        "Read more\n\n"
        for n in range(1, 5)
    )
    record = newsrecord.parse(" date 2020-10-03 Business\n\n" + teasers)
    assert record.headline is None
    assert record.paragraphs == ()
    assert [w.code for w in record.warnings] == ["not-an-article"]


def test_second_story_is_left_out_with_a_warning() -> None:
    """Two stories on one page: the record is the first, and `multiple-stories` warns."""
    text = (
        " date 2023-03-21 Museum returns carved doors\n\n"
        "The Tarnhold museum returned two carved doors to the village church on Monday.\n\n"
        "The doors had been in the museum's store since the church was repaired in 1963.\n\n"
        "Second ferry added to island route\n\nBy Kasimir Otte\n\n"
        "The transport authority will add a second ferry on the island route from June.\n"
    )
    record = newsrecord.parse(text)
    assert record.headline == "Museum returns carved doors"
    assert len(record.paragraphs) == 2
    assert record.authors == ()
    assert [w.code for w in record.warnings] == ["multiple-stories"]


def test_table_rows_of_control_characters_are_dropped() -> None:
    """A table row that holds nothing but control characters leaves no empty line in the paragraph.

    Found by the fuzzer: the paragraph was `'\\nBy A b-'`.
    """
    record = newsrecord.parse("Title here\n\n\x00\t\t\x01\nBy A\t\tb-\n\nEnd of story, it said.")
    assert all(p == p.strip() and "\n\n" not in p and p for p in record.paragraphs)
    assert not any(p.startswith("\n") for p in record.paragraphs)
