"""Stage 1 of the reading path: what each line is, whatever its neighbours."""

from __future__ import annotations

import pytest

from newsrecord._read.lines import OWN_UNIT, read_lines

TITLE = "Lornby council votes to keep night buses"
BODY = (
    "The council of Lornby voted on Monday to keep the night bus routes running for another "
    "year, despite a fall in the number of passengers."
)


def _read(line: str) -> tuple[str, str]:
    """The kind and rule of ``line`` read between a title and a paragraph, no blank lines."""
    reads = read_lines(f"{TITLE}\n{line}\n{BODY}\n", 1.0).reads
    assert len(reads) == 3, reads
    return reads[1].kind, reads[1].rule


# (line, kind, rule): one row a form of FORMATS.md sections A to E.
KINDS = [
    pytest.param("By Hedda Sorvik", "byline", "byline.prefixed", id="by"),
    pytest.param("Von Katrin Mühlberg-Osei", "byline", "byline.prefixed", id="von"),
    pytest.param(
        "Por María Ruiz, corresponsal en Lima", "byline", "byline.prefixed", id="por-role"
    ),
    pytest.param("Yazan: Elif Karaağaç", "byline", "byline.prefixed", id="yazan"),
    pytest.param("Текст: Алексей Громов и Дарья Ким", "byline", "byline.prefixed", id="tekst"),
    pytest.param("Analysis by Hedda Sorvik", "byline", "byline.prefixed", id="analysis-by"),
    pytest.param("De Ömer van der Meer", "byline", "byline.prefixed", id="de-person"),
    pytest.param("Hedda Sorvik | Staff Writer", "names", "names.credits", id="name-pipe-role"),
    pytest.param("Hedda Sorvik @hsorvik / 6 days", "names", "names.tail", id="name-handle-age"),
    pytest.param("Hedda Sorvik and Jonas Aaltonen", "names", "names.bare", id="bare-names"),
    pytest.param("14 March 2022", "date", "date.alone", id="date-alone"),
    pytest.param("Veröffentlicht am 14.05.2022 um 08:15 Uhr", "date", "date.labelled", id="de"),
    pytest.param("Le 2 novembre 2022 à 09h30", "date", "date.alone", id="fr-le"),
    pytest.param("14 марта 2022 г.", "date", "date.alone", id="ru"),
    pytest.param("Sept. 14, 2020, 6:00 a.m. ET", "date", "date.alone", id="zone-word"),
    pytest.param("Kyodo | Jan 3, 2022", "date", "date.beside-outlet", id="outlet-pipe-date"),
    pytest.param("ANI | Updated: Sep 13, 2023 18:40 IST", "date", "date.beside-outlet", id="ani"),
    pytest.param("March 2022", "date", "date.month-only", id="month-only"),
    pytest.param("Sunday, 14, March, 2021", "date", "date.alone", id="commas-everywhere"),
    pytest.param("Kamis , 4th Nov , 2021", "date", "date.alone", id="sw-id-weekday"),
    pytest.param("09:12 KST, March 14, 2022", "date", "date.alone", id="time-first"),
    pytest.param("Mi, 17.03.2021, 08.40 Uhr", "date", "date.alone", id="de-weekday-uhr"),
    pytest.param("- 9 Agustus 2021, 16:20 WIB", "date", "date.alone", id="id-dash-wib"),
    pytest.param("шаршемби, 14-март, 2019 Бишкек убактысы 10:15", "date", "date.alone", id="ky"),
    pytest.param("Friday 9 April 2021 27 Shaban 1442", "date", "date.alone", id="hijri"),
    pytest.param("VIEWS: 1187 09:30 14 March 2022", "date", "date.alone", id="read-counter"),
    pytest.param("2022-03-14 41", "date", "date.alone", id="date-and-count"),
    pytest.param("admin March 14, 2022", "date", "date.alone", id="site-account"),
    pytest.param("Publish Date : 14 March 2022 - 09:30", "date", "date.labelled", id="publish"),
    pytest.param("UPDATE 9:40 a.m.", "date", "date.stamp", id="update-time"),
    pytest.param("Posted , updated", "date", "date.stamp", id="labels-stripped"),
    pytest.param("14.03.2022, 09:30 Uhr | dpa", "date", "date.beside-outlet", id="agency-lower"),
    pytest.param(
        "Hedda Sorvik 6 hours ago Mon 14th March 2022 | 09:30 AM",
        "names",
        "names.tail",
        id="name-age-date",
    ),
    pytest.param(
        "14.03.2022 09:30 : Harbour town keeps its ferry route",
        "field",
        "date.stamped-title",
        id="stamped-title",
    ),
    pytest.param("3 years ago", "furniture", "page-age", id="page-age-years"),
    pytest.param("Kyodo) 09:12, March 14, 2022", "date", "date.beside-outlet", id="agency-time"),
    pytest.param("Lornby (NPA) March 14, 2022", "dateline", "dateline.alone", id="dateline-date"),
    pytest.param("Source: Brightwater Echo", "furniture", "source-label", id="source"),
    pytest.param("From The Vesk Times", "furniture", "source.credit", id="from-outlet"),
    pytest.param("Anadolu Agency", "furniture", "source.agency-alone", id="agency-alone"),
    pytest.param("4 min read", "furniture", "reading-time-after", id="reading-time"),
    pytest.param("Okuma süresi: 3 dk", "furniture", "reading-time-label", id="reading-time-tr"),
    pytest.param("Listen to this story · 2 min", "furniture", "listen-bar", id="listen-bar"),
    pytest.param("Share Tweet Email", "furniture", "ui-phrases", id="share-bar"),
    pytest.param("News  Sport  Weather  Jobs", "furniture", "nav-row", id="menu"),
    pytest.param("About Solvara", "furniture", "press-about", id="press-about"),
    pytest.param("Media contact:", "furniture", "press-contact", id="press-contact"),
    pytest.param("Politics | Europe", "label", "label.path", id="section-path"),
    pytest.param("FOR IMMEDIATE RELEASE", "label", "label.section", id="press-label"),
    pytest.param("Section: LOCAL; Pg. B1", "field", "field.other", id="export-field"),
    pytest.param("Título: Corral de vecinos restaurado", "field", "field.headline", id="titulo"),
    pytest.param(
        "(Reporting by Jane Doe; Editing by John Roe)", "credit", "credit.credit-roles", id="credit"
    ),
    pytest.param("Reuter", "end", "end.sign-off", id="reuter"),
    pytest.param("BAKU, Azerbaijan, Jan. 12 (Trend):", "dateline", "dateline.alone", id="dateline"),
    pytest.param("Harbour town keeps its ferry route", "title", "shape.title", id="title"),
]


@pytest.mark.parametrize(("line", "kind", "rule"), KINDS)
def test_line_kind(line: str, kind: str, rule: str) -> None:
    """A line's kind and rule come from its own words, in a stack with no blank lines."""
    assert _read(line) == (kind, rule)


@pytest.mark.parametrize(
    "line",
    [
        "By late afternoon the rescuers had reached the village.",
        "The update: January 12, 2021 was the day the bridge reopened to traffic.",
        "Griffin Park",
        "Chief Executive",
        "On 14 March 2022 the council voted to keep the night buses.",
        "The page 3, May said, showed the old route.",
        "EMBARGOED UNTIL further notice",
        "Monday",
    ],
)
def test_lines_that_carry_no_field(line: str) -> None:
    """Sentences, a ground's name and a job title carry no byline, date or source."""
    kind, _ = _read(line)
    assert kind not in OWN_UNIT
    assert kind != "names"


def test_wrapped_line_goes_on() -> None:
    """A line that goes on from a wrapped one is text, even when it looks like a name."""
    text = (
        "ECONOMIC BRIEF\n"
        "    The harbour board said on Tuesday that the new cranes would be\n"
        "Bought from Halvik Press in the spring, its chairman told reporters.\n"
    )
    reads = read_lines(text, 1.0).reads
    assert reads[2].rule == "text.goes-on" or reads[2].kind in ("text", "title")
    assert reads[2].kind not in OWN_UNIT


def test_crawl_header_rest_is_a_line() -> None:
    """The crawl header's rest is read as a line of its own, the header kept apart."""
    lines = read_lines(" date 2021-01-14 By Azernews\n\nBy Jane Doe\n\nIt rained.", 1.0)
    assert lines.header is not None
    assert [(r.kind, r.value) for r in lines.reads[:2]] == [
        ("byline", "By Azernews"),
        ("byline", "By Jane Doe"),
    ]


def test_offsets_point_into_the_input() -> None:
    """Every line's span is its visible text in the input, CRLF and indentation aside."""
    text = "Title line\r\n\r\n   By Jane Doe  \r\nBody text that goes on for a while.\r\n"
    for read in read_lines(text, 1.0).reads:
        assert text[read.start : read.end] == read.line.text.strip()
