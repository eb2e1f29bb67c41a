"""End-to-end parses of clear-cut invented texts: the fields users read off a record."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from typing import Any

import pytest

import newsrecord

CRAWL_BODY = [
    "The town council of Eastmere voted on Wednesday to rebuild the old footbridge over the "
    "Calder river.",
    "Work will start in the spring and last about eight months, the council said.",
    "Residents have crossed by ferry since the bridge was closed in 2019.",
]
CRAWL_PAGE = (
    " date 2021-01-14 By Kestrelpost\n\n\n\n\n\nBy Sunniva Okafor\n\n"
    + "\n\n".join(CRAWL_BODY)
    + "\n"
)

# Page furniture, trailers and credits around a body (invented pages of the crawl format).
FURNITURE_BODY = [
    "Volunteers at the Kessby harbour museum have restored a fishing boat that sank at its "
    "moorings during the storms of last winter.",
    "The boat will go on display in the museum's new hall from June, curator Dagny Holm said.",
]
FURNITURE_TEXT = "\n\n".join(FURNITURE_BODY)


def _page(header: str, *tail: str, sep: str = "\n\n") -> str:
    """A crawl page: the header line's rest, the body, then trailing units."""
    return sep.join([f" date 2021-03-04 {header}", *FURNITURE_BODY, *tail]) + "\n"


CASES = [
    pytest.param(
        "The Eastmere council voted on Tuesday to build a footbridge over the Sarn, the mayor said."
        "\n\nWork starts in May.\n",
        {
            "headline": None,
            "paragraphs": [
                "The Eastmere council voted on Tuesday to build a footbridge over the Sarn,"
                " the mayor said.",
                "Work starts in May.",
            ],
        },
        id="wire-opening-sentence-is-no-title",
    ),
    pytest.param(
        "Ferry Line Said To Be Sold in Mass.\n\nThe Lornby ferry line has a new owner.\n",
        {
            "headline": "Ferry Line Said To Be Sold in Mass.",
            "paragraphs": ["The Lornby ferry line has a new owner."],
        },
        id="wire-title-case-title-with-a-full-stop",
    ),
    pytest.param(
        "The harbour bridge will reopen in the spring.\n\nRepairs cost 4 million crowns.\n",
        {
            "headline": None,
            "paragraphs": [
                "The harbour bridge will reopen in the spring.",
                "Repairs cost 4 million crowns.",
            ],
        },
        id="wire-opening-sentence-in-lower-case-is-no-title",
    ),
    pytest.param(
        "Bridge over the Sarn to open for walkers and cyclists in the U.S.\n\nIt opens in May.\n",
        {
            "headline": "Bridge over the Sarn to open for walkers and cyclists in the U.S.",
            "paragraphs": ["It opens in May."],
        },
        id="wire-title-ending-in-an-abbreviation",
    ),
    pytest.param(
        CRAWL_PAGE,
        {
            "headline": None,
            "publisher": "Kestrelpost",
            "authors": [{"name": "Sunniva Okafor"}],
            "date": "2021-01-14",
            "date_source": "header",
            "dateline": None,
            "paragraphs": CRAWL_BODY,
        },
        id="crawl-publisher-then-author",
    ),
    pytest.param(
        " date 2021-01 By Kestrelpost\n\nBy Sunniva Okafor\n\n" + "\n\n".join(CRAWL_BODY) + "\n",
        {"date": None, "date_source": None, "paragraphs": CRAWL_BODY},
        id="crawl-month-header-gives-no-date",
    ),
    pytest.param(
        " date 2021-02-30 By Kestrelpost\n\n" + "\n\n".join(CRAWL_BODY) + "\n",
        {"date": None, "date_source": None, "paragraphs": CRAWL_BODY},
        id="crawl-impossible-header-date",
    ),
    pytest.param(
        "Eastmere council approves bridge budget\n\n"
        "The town council of Eastmere approved 4 million crowns for the new footbridge.\n\n"
        "The vote was 9 to 2.\n",
        {
            "headline": "Eastmere council approves bridge budget",
            "authors": [],
            "publisher": None,
            "date": None,
            "paragraphs": [
                "The town council of Eastmere approved 4 million crowns for the new footbridge.",
                "The vote was 9 to 2.",
            ],
        },
        id="wire-title-line",
    ),
    pytest.param(
        "Ferry fares to rise in March\n\n"
        "Ferry fares between Lornby and Veska will rise by 6% in March, the operator said.\n\n"
        "The company blamed higher fuel costs.",
        {
            "headline": "Ferry fares to rise in March",
            "paragraphs": [
                "Ferry fares between Lornby and Veska will rise by 6% in March, the operator said.",
                "The company blamed higher fuel costs.",
            ],
        },
        id="bbc-like",
    ),
    pytest.param(
        "Council news\n\n"
        "The council\tof Eastmere voted on Tuesday to rebuild the footbridge over\n"
        "the Calder river, which has  been closed since a flood damaged its\n"
        "piers in the spring of 2019, and asked\u00a0the engineers to report.\n\n"
        "A second\u200b vote\u00a0\u00a0follows in May, when the council will also\n"
        "choose between a steel and a timber deck for the new crossing.\n",
        {
            "headline": "Council news",
            "paragraphs": [
                "The council of Eastmere voted on Tuesday to rebuild the footbridge over the "
                "Calder river, which has been closed since a flood damaged its piers in the "
                "spring of 2019, and asked the engineers to report.",
                "A second vote follows in May, when the council will also choose between a steel "
                "and a timber deck for the new crossing.",
            ],
        },
        id="white-space-normalized",
    ),
    pytest.param(
        _page("Share on Facebook Share on Twitter Email Print"),
        {"headline": None, "paragraphs": FURNITURE_BODY},
        id="share-bar-of-ui-phrases-is-no-headline",
    ),
    pytest.param(
        _page("AFP/Getty Images"),
        {"headline": None, "paragraphs": FURNITURE_BODY},
        id="image-credit-is-no-headline",
    ),
    pytest.param(
        " date 2021-03-04 Reuters/File Photo\n\nRestored fishing boat goes on show\n\n"
        + FURNITURE_TEXT,
        {"headline": "Restored fishing boat goes on show", "paragraphs": FURNITURE_BODY},
        id="headline-after-image-credit",
    ),
    pytest.param(
        _page(
            "",
            "The post Restored boat goes on show appeared first on Kessby Herald.",
            "Republished with permission of the Kessby Herald.",
        ),
        {"headline": None, "paragraphs": FURNITURE_BODY},
        id="syndication-lines",
    ),
    pytest.param(
        _page("", "(The rest of the content is auto-generated from a syndicated feed.)"),
        {"headline": None, "paragraphs": FURNITURE_BODY},
        id="syndicated-feed-note",
    ),
    pytest.param(
        _page("", "Image caption The boat in dry dock in March", sep="\n"),
        {"headline": None, "paragraphs": FURNITURE_BODY},
        id="image-caption-label",
    ),
    pytest.param(
        " date 2021-03-04 "
        + FURNITURE_BODY[0]
        + "\n\n"
        + FURNITURE_BODY[1]
        + " (Reporting by Ana Pell in Kessby; Editing by Hugh Marle)\n",
        {
            "headline": None,
            "paragraphs": FURNITURE_BODY,
            "credits": [
                {"role": "reporting", "names": ["Ana Pell"]},
                {"role": "editing", "names": ["Hugh Marle"]},
            ],
        },
        id="credit-glued-to-the-last-sentence",
    ),
    pytest.param(
        "KESSBY, March 4 (Reuters) - "
        + FURNITURE_BODY[0]
        + " [Editing by Hugh Marle]\n\n"
        + FURNITURE_BODY[1]
        + "\n",
        {"paragraphs": FURNITURE_BODY, "credits": [{"role": "editing", "names": ["Hugh Marle"]}]},
        id="bracketed-credit-glued-to-a-paragraph",
    ),
    pytest.param(
        _page("", "The harbour was closed. (Reporting by the coast guard showed slight damage.)"),
        {
            "paragraphs": [
                *FURNITURE_BODY,
                "The harbour was closed. (Reporting by the coast guard showed slight damage.)",
            ],
            "credits": [],
        },
        id="prose-in-brackets-is-no-credit",
    ),
    pytest.param(
        _page(
            "Press Release",
            "ENDS",
            "About the Kessby Harbour Museum",
            "The museum was founded in 1961 and shows the fishing history of the coast from the "
            "Middle Ages to the present day.",
            "Media contact: Ana Pell, press@kessbymuseum.example",
        ),
        {"headline": None, "paragraphs": FURNITURE_BODY},
        id="end-mark-closes-the-text",
    ),
    pytest.param(
        _page("By Ana Pell", "Ana Pell is a senior correspondent for the Kessby Herald."),
        {"paragraphs": FURNITURE_BODY, "authors": [{"name": "Ana Pell"}]},
        id="author-bio-after-the-body",
    ),
    pytest.param(
        _page("By Ana Pell", "Dagny Holm is the museum's curator and has worked there since 1998."),
        {
            "paragraphs": [
                *FURNITURE_BODY,
                "Dagny Holm is the museum's curator and has worked there since 1998.",
            ]
        },
        id="a-sentence-about-someone-else-is-text",
    ),
    pytest.param(
        _page("", "Catch all the news from the coast. Download the Kessby Herald App today."),
        {"paragraphs": FURNITURE_BODY},
        id="app-promo",
    ),
    pytest.param(
        " date 2021-03-04 Can Kessby afford its harbour museum?\n\n" + FURNITURE_TEXT,
        {"headline": "Can Kessby afford its harbour museum?", "paragraphs": FURNITURE_BODY},
        id="question-headline-on-the-header-line",
    ),
    pytest.param(
        " date 2021-03-04 Latest news\n\n"
        "Kessby ferry fares to rise\n2 hours ago\n\n"
        "Harbour museum shows restored boat\n3 hours ago\n\n"
        "Farm union asks for feed aid\n5 hours ago\n",
        {"headline": None, "paragraphs": []},
        id="teasers-over-timestamps-give-no-headline",
    ),
    pytest.param(
        " date 2021-03-04 "
        + "\n\n".join(
            [
                FURNITURE_BODY[0],
                "Dagny Holm in the museum workshop. (Pekka Lund/Kessby Herald)",
                FURNITURE_BODY[1],
            ]
        ),
        {"headline": None, "paragraphs": FURNITURE_BODY},
        id="caption-closed-by-its-credit",
    ),
    pytest.param(
        _page("", sep="\nStory continues below advertisement\n"),
        {"headline": None, "paragraphs": FURNITURE_BODY},
        id="story-continues-line",
    ),
]


def fields(article: newsrecord.Article, expected: dict[str, Any]) -> dict[str, Any]:
    """The record's dictionary restricted to the keys a case pins."""
    data = article.to_dict()
    return {key: data[key] for key in expected}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fields(text: str, expected: dict[str, Any]) -> None:
    """Each clear-cut text gives exactly the expected fields."""
    assert fields(newsrecord.parse(text), expected) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
@pytest.mark.parametrize("newline", [pytest.param("\r\n", id="crlf"), pytest.param("\r", id="cr")])
def test_line_ends_do_not_change_fields(text: str, expected: dict[str, Any], newline: str) -> None:
    """CRLF and lone-CR versions of a text give the same fields and block kinds as LF."""
    lf = newsrecord.parse(text).to_dict()
    other = newsrecord.parse(text.replace("\n", newline)).to_dict()
    assert [b["kind"] for b in other.pop("blocks")] == [b["kind"] for b in lf.pop("blocks")]
    assert [w["code"] for w in other.pop("warnings")] == [w["code"] for w in lf.pop("warnings")]
    assert other == lf


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_blocks_point_at_the_values(text: str, expected: dict[str, Any]) -> None:
    """Each paragraph block's span, cleaned, is the paragraph at the same position."""
    article = newsrecord.parse(text)
    spans = [text[b.start : b.end] for b in article.blocks if b.kind == "paragraph"]
    assert [" ".join(s.replace("\u200b", "").split()) for s in spans] == list(article.paragraphs)


@pytest.mark.parametrize(
    "token",
    [
        pytest.param("2021-02-30", id="feb-30"),
        pytest.param("2021-04-31", id="apr-31"),
        pytest.param("2021-13-01", id="month-13"),
        pytest.param("2021-00-10", id="month-0"),
    ],
)
def test_impossible_header_date(token: str) -> None:
    """A header date that is no calendar date gives no date and a ``header-date-invalid`` error."""
    text = f" date {token} By Kestrelpost\n\n" + "\n\n".join(CRAWL_BODY) + "\n"
    article = newsrecord.parse(text)
    assert article.date is None
    assert article.date_source is None
    found = [w for w in article.warnings if w.code == "header-date-invalid"]
    assert len(found) == 1
    assert found[0].severity == "error"
    at = text.index(token)
    assert found[0].start is not None
    assert found[0].end is not None
    assert found[0].start <= at < at + len(token) <= found[0].end
    with pytest.raises(newsrecord.ParseError):
        newsrecord.parse(text, strict=True)


NO_DATE_TEXTS = [
    pytest.param("The council met on Tuesday.\n\nIt voted to rebuild the bridge.\n", id="plain"),
    pytest.param("Bridge vote\n\nBy Ines Okafor\n\nThe council voted.\n", id="with-byline"),
    pytest.param(" date 2021-01 The council met on Tuesday.\n", id="month-header"),
]


@pytest.mark.parametrize("text", NO_DATE_TEXTS)
def test_reference_date_is_never_the_date(text: str) -> None:
    """A ``reference_date`` does not become the date of a text that states none."""
    reference = datetime.date(2021, 1, 20)
    article = newsrecord.parse(text, reference_date=reference)
    assert article.date is None
    assert article.date_source is None


@pytest.mark.parametrize("text", NO_DATE_TEXTS)
def test_reference_date_changes_nothing_without_dates(text: str) -> None:
    """For a text with no date at all, passing a ``reference_date`` changes nothing."""
    assert newsrecord.parse(text, reference_date=datetime.date(2021, 1, 20)) == newsrecord.parse(
        text
    )


_DUMP = """
import sys, newsrecord
texts = sys.stdin.read().split("\\x1e")
print("\\x1e".join(newsrecord.parse(t).to_json() for t in texts))
"""

ENVIRONMENTS = [
    pytest.param({"TZ": "Pacific/Kiritimati", "LC_ALL": "C", "PYTHONHASHSEED": "1"}, id="utc+14"),
    pytest.param(
        {"TZ": "America/Adak", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "4242"}, id="utc-10"
    ),
]


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_parse_does_not_depend_on_environment(env: dict[str, str]) -> None:
    """Time zone, locale and hash seed of the process do not change any record."""
    texts = [p.values[0] for p in [*CASES, *NO_DATE_TEXTS]]
    assert all(isinstance(t, str) for t in texts)
    here = [newsrecord.parse(str(t)).to_dict() for t in texts]
    result = subprocess.run(
        [sys.executable, "-c", _DUMP],
        input="\x1e".join(str(t) for t in texts),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **env},
        check=True,
    )
    there = [json.loads(part) for part in result.stdout.rstrip("\n").split("\x1e")]
    assert there == here
