"""Stage 3 of the reading path: headline, bylines, publisher and date read from the blocks."""

from __future__ import annotations

import pytest

import newsrecord
from newsrecord._recognise.sources import RANKS

BODY = (
    "The council of Lornby voted on Monday to keep the night bus routes running for another "
    "year, despite a fall in the number of passengers.\n\n"
    "Passengers' groups welcomed the vote and asked for a later last bus on Fridays."
)
TITLE = "Lornby council votes to keep night buses"


def test_the_issue_example() -> None:
    """Headline, byline and date stacked with no blank line are read as a reader reads them."""
    record = newsrecord.parse(f"{TITLE}\nBy Hedda Sorvik\n14 March 2022\n\n{BODY}")
    assert record.headline == TITLE
    assert [a.name for a in record.authors] == ["Hedda Sorvik"]
    assert record.date is not None
    assert record.date.isoformat() == "2022-03-14"
    assert record.paragraphs[0].startswith("The council of Lornby voted on Monday")


@pytest.mark.parametrize(
    ("byline", "authors", "publisher"),
    [
        pytest.param("By Hedda Sorvik from The Lornby Times", ["Hedda Sorvik"], "The Lornby Times"),
        pytest.param(
            "Analysis by Hedda Sorvik, Courier senior economics analyst", ["Hedda Sorvik"], None
        ),
        pytest.param("Hedda Sorvik @hsorvik / 6 days", ["Hedda Sorvik"], None),
        pytest.param("Por María Ruiz, corresponsal en Lima", ["María Ruiz"], None),
        pytest.param("By Aditya Varma for calderweekly.example", ["Aditya Varma"], None),
    ],
)
def test_bylines_beyond_by_name(byline: str, authors: list[str], publisher: str | None) -> None:
    """Bylines with tails, prefixes and languages give the persons, and the outlet they name."""
    record = newsrecord.parse(f"{TITLE}\n{byline}\n14 March 2022\n\n{BODY}")
    assert [a.name for a in record.authors] == authors
    assert record.headline == TITLE
    if publisher is not None:
        assert record.publisher == publisher


@pytest.mark.parametrize(
    ("stack", "headline"),
    [
        pytest.param(f"WORLD\n\n{TITLE}\n\nBy Hedda Sorvik", TITLE, id="label-above"),
        pytest.param(f"By Hedda Sorvik\n\n{TITLE}\n\n14 March 2022", TITLE, id="byline-above"),
        pytest.param(f"Politics | Europe\n\n{TITLE}\n\n14 March 2022", TITLE, id="section-path"),
        pytest.param("Listen to this story · 2 min", None, id="listen-bar-alone"),
        pytest.param(f"{TITLE}\n\n4 min read\n\nShare Tweet Email", TITLE, id="furniture-below"),
        pytest.param(
            "The Lornby Times\n\nOctober 21, 2023 Saturday\n\nSection: LOCAL\n\nLength: 230 words"
            "\n\nByline: Hedda Sorvik\n\nBody",
            None,
            id="export-masthead",
        ),
    ],
)
def test_headline_of_a_stack(stack: str, headline: str | None) -> None:
    """The headline is the title the stack stands around, never a label, a bar or a masthead."""
    assert newsrecord.parse(f"{stack}\n\n{BODY}").headline == headline


def test_caption_on_the_header_line_is_no_headline() -> None:
    """A pictured person's caption on the crawl header line is no title."""
    text = f" date 2021-05-06 Hedda Sorvik in Lornby on Monday\n\n{BODY}"
    assert newsrecord.parse(text).headline is None


def test_publisher_ranks_are_one_table() -> None:
    """The explicit credits outrank the dateline's agency and a paywall's banner."""
    assert RANKS["byline-organization"] < RANKS["source-label"] < RANKS["copyright"]
    assert RANKS["copyright"] < RANKS["dateline-agency"]
    assert max(RANKS.values()) == RANKS["dateline-agency"]


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        pytest.param(f"{TITLE}\n\nBy Kestrel Staff\n\n{BODY}", "Kestrel", id="by-staff"),
        pytest.param(f"{TITLE}\n\nFrom The Vesk Times\n\n{BODY}", "The Vesk Times", id="from"),
        pytest.param(
            f"{TITLE}\n\n{BODY}\n\nSource: Brightwater Echo", "Brightwater Echo", id="src"
        ),
        pytest.param(f"{TITLE}\n\nAgencia EFE\n\n14/03/2022\n\n{BODY}", "EFE", id="desk-agency"),
        pytest.param(f"{TITLE}\n\nBy Hedda Sorvik\n\n{BODY}\n\nEND", None, id="end-names-no-one"),
        pytest.param(f"{TITLE}\n\nBy Web Desk\n\n{BODY}", None, id="desk"),
    ],
)
def test_publisher(text: str, publisher: str | None) -> None:
    """The publisher is the outlet the text credits; a desk or an end mark credits no one."""
    assert newsrecord.parse(text).publisher == publisher


def test_ambiguous_date_is_settled_by_the_dateline() -> None:
    """`01/04/2022` under a dateline that names 1 April reads day first."""
    text = f"{TITLE}\n\n01/04/2022 13:45 CET\n\nMadrid, 1 abr (EFE).- {BODY}"
    record = newsrecord.parse(text)
    assert record.date is not None
    assert record.date.isoformat() == "2022-04-01"


def test_blocks_record_their_rule() -> None:
    """Every block says which rule decided it."""
    record = newsrecord.parse(f"{TITLE}\nBy Hedda Sorvik\n14 March 2022\n\n{BODY}")
    assert [(b.kind, b.rule) for b in record.blocks] == [
        ("headline", "headline.stack"),
        ("byline", "byline.prefixed"),
        ("boilerplate", "date.alone"),
        ("paragraph", "paragraph"),
        ("paragraph", "paragraph"),
    ]


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        pytest.param(
            f"{TITLE}\n\n{BODY}\n\n© 2022 Agenzia Vesk - Riproduzione riservata",
            "Agenzia Vesk",
            id="copyright-rights-in-italian",
        ),
        pytest.param(
            f"{TITLE}\n\n{BODY} (Com informações da Kestrel Press)",
            "Kestrel Press",
            id="inputs-from-portuguese",
        ),
        pytest.param(f"{TITLE}\n\n{BODY} (Con información de EFE)", "EFE", id="inputs-spanish"),
        pytest.param(f"{TITLE}\n\n{BODY} (avec AFP)", "AFP", id="avec-in-brackets"),
        pytest.param(f"{TITLE}\n\n{BODY} (Norpress)", "Norpress", id="outlet-tail"),
        pytest.param(f"{TITLE}\n\n{BODY} (Rin)", None, id="editor-sign-is-no-outlet"),
        pytest.param(f" date 2022-03-14 {TITLE}\n\n{BODY}\n\nNorpress", "Norpress", id="last-line"),
        pytest.param(f" date 2022-03-14 {TITLE}\n\n{BODY}\n\nTop", None, id="last-line-link"),
        pytest.param(f" date 2022-03-14 {TITLE}\n\n{BODY}\n\n2", None, id="last-line-number"),
        pytest.param(
            f"Lornby Review 20/06/14\n\n{BODY}", None, id="title-with-its-date-is-no-masthead"
        ),
        pytest.param(f"{TITLE}\n\nKestrel Report 22 Aug 2021\n\n{BODY}", None, id="desk-with-date"),
        pytest.param(
            f"{TITLE}\n\nVESKA (Dispatches) – {BODY}", None, id="dispatches-credit-no-one"
        ),
    ],
)
def test_publisher_needs_a_credit(text: str, publisher: str | None) -> None:
    """Only a credit names the publisher: rights phrases, editors' signs and links do not."""
    assert newsrecord.parse(text).publisher == publisher


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        pytest.param(f" date 2021-06-01 Kay Marwick, dpa\n\n{BODY}", [], id="header-photo-credit"),
        pytest.param(
            f" date 2021-06-01 Kay Marwick (Lornby)\n\n{BODY}",
            ["Kay Marwick"],
            id="header-name-city",
        ),
        pytest.param(
            f"{TITLE}\n\nKay Marwick (Lornby Times file photo)\n\n{BODY}", [], id="caption-credit"
        ),
        pytest.param(f"{TITLE}\n\nText Sizes\n\n{BODY}", [], id="text-sizes-is-no-byline"),
        pytest.param(f"{TITLE}\n\ndi WhatsApp Anda\n\n{BODY}", [], id="di-is-a-plain-word"),
        pytest.param(f"{TITLE}\n\nText Ada Lorne\n\n{BODY}", ["Ada Lorne"], id="text-prefix"),
        pytest.param(f"{TITLE}\n\nBL PREMIUM\n\n{BODY}", [], id="paywall-label"),
    ],
)
def test_authors_need_a_byline(text: str, authors: list[str]) -> None:
    """Photo credits, captions, UI words and plain words after a prefix name no author."""
    assert [a.name for a in newsrecord.parse(text).authors] == authors


@pytest.mark.parametrize(
    ("opening", "headline"),
    [
        pytest.param("Lornby News", None, id="site-name-is-no-title"),
        pytest.param("Article", None, id="one-word-label"),
        pytest.param("12", None, id="page-number"),
        pytest.param("Tag Archives: Harbour", None, id="archive-label"),
        pytest.param("News ID: 84289", None, id="id-field"),
        pytest.param("Editor: Hedda Sorvik", None, id="editor-field"),
        pytest.param("ferry_harbour_header.jpg", None, id="file-name"),
        pytest.param("Fotos de arquivo.", None, id="closed-sentence"),
        pytest.param(
            "Crews clean the square at night. Jane Doe / The Courier", None, id="caption-credit"
        ),
        pytest.param("Connect with us", None, id="ui-line"),
        pytest.param("0 SHARES Share Tweet", None, id="share-counts"),
        pytest.param("Home Blog Page 1673", None, id="nav-with-page-number"),
        pytest.param("Published in Economics", None, id="filed-under"),
        pytest.param(TITLE, TITLE, id="a-title"),
        pytest.param(
            "Official: Ferry Talks Unlikely", "Official: Ferry Talks Unlikely", id="kicker"
        ),
        pytest.param(f"{TITLE} – lornbytimes.example", TITLE, id="site-suffix-domain"),
        pytest.param(f"{TITLE} | Lornby Times", TITLE, id="site-suffix-outlet"),
        pytest.param("Talks fail – Ministry", "Talks fail – Ministry", id="one-word-tail-kept"),
    ],
)
def test_opening_line_must_read_as_a_title(opening: str, headline: str | None) -> None:
    """A text's first line is its title only when it reads as one; a site's suffix goes."""
    assert newsrecord.parse(f"{opening}\n\n{BODY}").headline == headline


def test_label_above_a_title_leaves_the_title() -> None:
    """A site's name above the title: the page is read as a stack, and the title wins."""
    record = newsrecord.parse(f"Lornby News\n\n{TITLE}\n\n{BODY}")
    assert record.headline == TITLE
    assert record.paragraphs[0].startswith("The council of Lornby")


@pytest.mark.parametrize(
    "title",
    ["ENERGY/U.S. REFINING", "WHAT THE COUNCIL REALLY WANTS IS ...", "Dog Said To Be in Mass."],
)
def test_archive_titles_keep_their_punctuation(title: str) -> None:
    """Archives write titles in capitals or title case with any punctuation."""
    wrapped = (
        "The council of Lornby voted on Monday to keep the night bus\n"
        "routes running for another year, despite a fall in the number\n"
        "of passengers on the late buses since the spring.\n\n"
        "Passengers' groups welcomed the vote and asked for a later\n"
        "last bus on Fridays and Saturdays in the summer months.\n"
    )
    assert newsrecord.parse(f"{title}\n\n{wrapped}").headline == title


def test_title_printed_twice_is_read_once() -> None:
    """The title repeated above the text is boilerplate, not the first paragraph."""
    record = newsrecord.parse(f"{TITLE}\n\n{TITLE}\n\n{BODY}")
    assert record.headline == TITLE
    assert record.paragraphs[0].startswith("The council of Lornby")
    assert [b.rule for b in record.blocks][:2] == ["headline.title-line", "headline.repeated"]


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        pytest.param(f"{TITLE}\n\n{BODY} - Bernama", "Bernama", id="agency-signs-off-with-a-dash"),
        pytest.param(f"{TITLE}\n\n{BODY} - Lornby", None, id="unlisted-word-after-a-dash"),
        pytest.param(
            f"{TITLE}\n\nReuters | Vesk | Updated: 04-02-2022 13:38 IST\n\n{BODY}",
            "Reuters",
            id="agency-first-in-a-source-row",
        ),
    ],
)
def test_agency_credits_beside_the_text(text: str, publisher: str | None) -> None:
    """A listed agency after the last sentence or first in a row of source fields credits it."""
    record = newsrecord.parse(text)
    assert record.publisher == publisher
    assert not record.paragraphs[-1].endswith("Bernama")


def test_bullets_above_a_wire_story_do_not_end_the_lead() -> None:
    """Summary bullets are no running text: the wire dateline under them is still read."""
    bullets = "\n".join(f"  • Point number {n} of the summary of this story" for n in range(5))
    stack = f"Tag Archives: Lornby\n\n{TITLE}\n\n{bullets}"
    record = newsrecord.parse(f"{stack}\n\nVESKA, Sept 28 (Reuters) – {BODY}")
    assert record.dateline is not None
    assert record.dateline.agency == "Reuters"
    assert record.paragraphs[0].startswith("The council of Lornby")


@pytest.mark.parametrize(
    ("stack", "headline"),
    [
        pytest.param("Justice Ada Mensah Lorne\n\nBy Hedda Sorvik", None, id="long-name-caption"),
        pytest.param("All News 09:35 April 21, 2021\n\nBy Hedda Sorvik", None, id="dated-row"),
        pytest.param("KST 28.23 Decreased By -0.27 (-0.95%)\n\nBy Hedda Sorvik", None, id="ticker"),
        pytest.param(f"Penulis: Rina Ayu Lestari\n\n{TITLE}", TITLE, id="writer-label-is-a-byline"),
        pytest.param("Gen Prayut Chan-o-cha\n\nBy Hedda Sorvik", None, id="hyphenated-name"),
    ],
)
def test_what_a_stack_title_is_not(stack: str, headline: str | None) -> None:
    """Names, dated rows, tickers and labelled bylines in a stack are no headline."""
    record = newsrecord.parse(f"Tag Archives: Lornby\n\n{stack}\n\n{BODY}")
    assert record.headline == headline


@pytest.mark.parametrize(
    ("middle", "headline"),
    [
        pytest.param(
            "Night buses stay on all winter", "Night buses stay on all winter", id="title"
        ),
        pytest.param("Shift of power", None, id="short-subheading"),
    ],
)
def test_title_after_the_lead_paragraph(middle: str, headline: str | None) -> None:
    """A crawl page may print its title after the lead; a short subheading there is no title."""
    lead = "Lornby's council met on Monday night to vote on the winter bus timetable."
    text = f" date 2022-03-14 {lead}\n\n{middle}\n\n{BODY}"
    assert newsrecord.parse(text).headline == headline


def test_a_teaser_of_the_lead_above_the_byline_is_read_once() -> None:
    """The lead printed above the byline and again as the body's first paragraph."""
    lead = BODY.split("\n\n")[0]
    record = newsrecord.parse(f"{lead}\n\nBy Hedda Sorvik\n\n{BODY}")
    assert record.paragraphs == (lead, BODY.split("\n\n")[1])
    assert "paragraph.teaser" in [block.rule for block in record.blocks]


def test_a_transcript_repeating_the_text_keeps_it() -> None:
    """Text repeated with no date or byline between (a video's transcript) stays twice."""
    record = newsrecord.parse(f" date 2022-07-09 {TITLE}\n\n{BODY}\n\nTranscript\n\n{BODY}")
    assert len(record.paragraphs) == 4
