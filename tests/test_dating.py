"""
The publication date end to end: which of a text's dates dates it, and how.

Every text below is invented.  Cases the parser gets wrong today keep the
right expectation and are marked ``xfail(strict=True)`` with what it returns
instead; whoever fixes the parser removes the mark.
"""

from __future__ import annotations

import datetime
import re
from types import EllipsisType

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsrecord
from newsrecord import Policy
from newsrecord._lexicons.months import MONTHS

D = datetime.date
UTC = datetime.timezone.utc

HEADLINE = "Council approves harbour bridge budget"
LEAD = "The council approved the harbour bridge budget after a long debate."
BODY = f"{LEAD}\n\nThe mayor said the bridge would reopen in the spring."


def case(
    text: str,
    date: D | None,
    source: str | None,
    *,
    ref: D | None = None,
    id: str,  # as in pytest.param
    bug: str | None = None,
) -> pytest.ParameterSet:
    """One table row; ``bug`` marks a text the parser dates wrongly today (strict xfail)."""
    marks = () if bug is None else (pytest.mark.xfail(strict=True, reason=bug),)
    return pytest.param(text, ref, date, source, id=id, marks=marks)


PRECEDENCE = [
    # The crawl header's date wins over every date the text prints.
    case(f" date 2021-01-14 {BODY}", D(2021, 1, 14), "header", id="header-alone"),
    case(
        f" date 2021-01-14 {HEADLINE}\n\nPublished: January 12, 2021\n\n{BODY}",
        D(2021, 1, 14),
        "header",
        id="header-over-published",
    ),
    case(
        f" date 2021-01-14 LORNBY, Jan. 12 (NPA) — {BODY}",
        D(2021, 1, 14),
        "header",
        id="header-over-dateline",
    ),
    case(
        f" date 2021-01-14 {HEADLINE}\n\nUpdated: January 15, 2021\n\n{BODY}",
        D(2021, 1, 14),
        "header",
        id="header-over-updated",
    ),
    # Without a header: `Published:` over the dateline and over `Updated:`.
    case(
        f"LORNBY, Jan. 10, 2021 (NPA) — {BODY}\n\nPublished: January 12, 2021",
        D(2021, 1, 12),
        "published",
        id="published-over-dateline",
    ),
    case(
        f"{HEADLINE}\n\nUpdated: January 13, 2021\n\nPublished: January 12, 2021\n\n{BODY}",
        D(2021, 1, 12),
        "published",
        id="published-over-earlier-updated",
    ),
    case(
        f"{HEADLINE}\n\nPublished: January 12, 2021 | Updated: January 13, 2021\n\n{BODY}",
        D(2021, 1, 12),
        "published",
        id="published-and-updated-on-one-line",
    ),
    case(
        f"{HEADLINE}\n\nPUBLISHED: January 12, 2021\n\n{BODY}",
        D(2021, 1, 12),
        "published",
        id="published-capitals",
    ),
    case(
        f"{HEADLINE}\n\nPosted: January 12, 2021\n\n{BODY}",
        D(2021, 1, 12),
        "published",
        id="posted-colon",
    ),
    case(
        f"By Marisol QuenbyJan 12, 2021, 8:44 AM EST\n\n{BODY}",
        D(2021, 1, 12),
        "published",
        id="byline-glued-timestamp",
    ),
    case(
        f"{HEADLINE}\n\nBy Marisol Quenby | January 12, 2021\n\n{BODY}",
        D(2021, 1, 12),
        "published",
        id="byline-piped-date",
    ),
    # The dateline's date, then `Updated:` only when nothing else dates the text.
    case(
        f"LORNBY, Jan. 12, 2021 (NPA) — {BODY}\n\nUpdated: January 13, 2021",
        D(2021, 1, 12),
        "dateline",
        id="dateline-over-updated",
    ),
    case(
        f"{HEADLINE}\n\nUpdated: January 13, 2021\n\n{BODY}",
        D(2021, 1, 13),
        "updated",
        id="updated-alone",
    ),
    case(
        f"{HEADLINE}\n\nLast updated: January 13, 2021\n\n{BODY}",
        D(2021, 1, 13),
        "updated",
        id="last-updated-alone",
    ),
    case(
        f"LORNBY, Jan. 12 (NPA) — {BODY}\n\nUpdated: January 13, 2021",
        D(2021, 1, 13),
        "updated",
        id="updated-when-dateline-has-no-year",
    ),
    # A month-only header: no day of its own, but a year for the text's dates.
    case(f" date 2021-01 {BODY}", None, None, id="month-header-alone"),
    case(
        f" date 2021-01 {HEADLINE}\n\nUpdated: January 13, 2021\n\n{BODY}",
        None,
        None,
        id="month-header-bars-updated",
    ),
    case(
        f" date 2021-01 {HEADLINE}\n\nPublished: January 12, 2021\n\n{BODY}",
        D(2021, 1, 12),
        "published",
        id="month-header-dated-published",
    ),
    case(
        f" date 2021-01 {HEADLINE}\n\nPublished: Jan. 12\n\n{BODY}",
        D(2021, 1, 12),
        "published",
        id="month-header-yearless-published",
    ),
    case(
        f" date 2021-01 LORNBY, Jan. 12 (NPA) — {BODY}",
        D(2021, 1, 12),
        "dateline",
        id="month-header-yearless-dateline",
    ),
    case(
        f" date 2020-12 LORNBY, Jan. 3 (NPA) — {BODY}",
        D(2021, 1, 3),
        "dateline",
        id="month-header-dateline-across-new-year",
    ),
    case(
        f" date 2021-01 LORNBY, Jan. 12, 2021 (NPA) — {BODY}\n\nUpdated: January 14, 2021",
        D(2021, 1, 12),
        "dateline",
        id="month-header-dateline-over-updated",
    ),
    # reference_date gives a year, never a date of its own.
    case(
        f"{HEADLINE}\n\nPublished: January 12\n\n{BODY}",
        D(2021, 1, 12),
        "published",
        ref=D(2021, 6, 1),
        id="reference-year-for-published",
    ),
    case(
        f"{HEADLINE}\n\nPublished: Dec. 30\n\n{BODY}",
        D(2020, 12, 30),
        "published",
        ref=D(2021, 1, 5),
        id="reference-january-december-published",
    ),
    case(
        f"LORNBY, Jan. 12 (NPA) — {BODY}",
        D(2021, 1, 12),
        "dateline",
        ref=D(2021, 6, 1),
        id="reference-year-for-dateline",
    ),
    case(
        f"LORNBY, Dec. 30 (NPA) — {BODY}",
        D(2020, 12, 30),
        "dateline",
        ref=D(2021, 1, 20),
        id="reference-january-december-dateline",
    ),
    case(BODY, None, None, ref=D(2021, 3, 5), id="reference-alone-is-no-date"),
    # Never a date the story mentions, never a copyright year.
    case(
        "Officials in Lornby said the council approved the budget on January 11, 2021.\n\n"
        "The mayor said the bridge would reopen in the spring.",
        None,
        None,
        id="mentioned-date",
    ),
    case(
        f" date 2021-01 Officials in Lornby said the council met on January 11.\n\n{BODY}",
        None,
        None,
        id="mentioned-date-under-month-header",
    ),
    case(f"{HEADLINE}\n\n{BODY}\n\n© 2019 Lornby Courier", None, None, id="copyright-sign"),
    case(
        f"{HEADLINE}\n\n{BODY}\n\nCopyright 2019 Lornby Courier. All rights reserved.",
        None,
        None,
        id="copyright-line",
    ),
    case(
        f"LORNBY, Jan. 12 (NPA) — {BODY}\n\n© 2019 Lornby Courier",
        None,
        None,
        id="copyright-year-not-for-dateline",
    ),
    # Dated trailers: a date alone on a line after the text.
    case(
        f"{HEADLINE}\n\n{BODY}\n\nPublished: January 12, 2021",
        D(2021, 1, 12),
        "published",
        id="published-as-trailer",
    ),
    case(
        f"{HEADLINE}\n\n{BODY}\n\n12 January 2021",
        D(2021, 1, 12),
        "trailer",
        id="trailer-alone",
    ),
    case(
        f"{HEADLINE}\n\n{BODY}\n\nTuesday, 12 January 2021 14:05 GMT",
        D(2021, 1, 12),
        "trailer",
        id="trailer-timestamp",
    ),
    case(
        f"LORNBY, Jan. 10, 2021 (NPA) — {BODY}\n\n12 January 2021, 14:05",
        D(2021, 1, 12),
        "trailer",
        id="trailer-over-dateline",
    ),
    case(
        f"{HEADLINE}\n\nUpdated: January 14, 2021\n\n{BODY}\n\n12.01.2021",
        D(2021, 1, 12),
        "trailer",
        id="trailer-over-updated",
    ),
    # Labelled lines the layout does not recognise today.
    case(
        f"{HEADLINE}\n\nPublished January 12, 2021\n\n{BODY}",
        D(2021, 1, 12),
        "published",
        id="published-without-colon",
    ),
    case(
        f"{HEADLINE}\n\nPosted on January 12, 2021 at 8:44 p.m. (GMT+3)\n\n{BODY}",
        D(2021, 1, 12),
        "published",
        id="posted-on",
    ),
    case(
        f"{HEADLINE}\n\nFirst published on Tue 12 Jan 2021 14.05 GMT\n\n{BODY}",
        D(2021, 1, 12),
        "published",
        id="first-published-on",
    ),
    case(
        f"{HEADLINE}\n\nUpdated January 13, 2021\n\n{BODY}",
        D(2021, 1, 13),
        "updated",
        id="updated-without-colon",
    ),
    case(
        "Совет утвердил бюджет\n\nОпубликовано: 12 января 2021, 14:05 MSK\n\n"
        "Совет утвердил бюджет моста.",
        D(2021, 1, 12),
        "published",
        id="ru-published",
    ),
    case(
        "Le conseil approuve le budget\n\nPublié le 12 janvier 2021\n\n"
        "Le conseil a approuvé le budget du pont.",
        D(2021, 1, 12),
        "published",
        id="fr-published",
    ),
    case(
        "Meclis bütçeyi onayladı\n\nYayınlanma: 12 Ocak 2021 14:05 TRT\n\n"
        "Meclis köprü bütçesini onayladı.",
        D(2021, 1, 12),
        "published",
        id="tr-published",
    ),
    # A labelled date wins over an unlabelled date line above the text (the day's date).
    case(
        f"Monday 14 March 2022\nStory ID: 4471\nPublish Date: 11 March 2022 - 18:05\n\n{BODY}",
        D(2022, 3, 11),
        "published",
        id="publish-date-over-day-line",
    ),
    case(
        f"Monday, March 14th, 2022\n\n{HEADLINE}\n\nPublié le 11.03.2022 à 18h05\n\n{BODY}",
        D(2022, 3, 11),
        "published",
        id="labelled-below-over-line-above",
    ),
    case(
        f"{HEADLINE}\n\nSunday, 13, March, 2022\n\n{BODY}",
        D(2022, 3, 13),
        "published",
        id="date-line-commas",
    ),
    case(
        f"{HEADLINE}\n09:12 KST, March 14, 2022\n{BODY}",
        D(2022, 3, 14),
        "published",
        id="date-line-time-first",
    ),
    case(
        f"14.03.2022 09:30 : {HEADLINE}\n{BODY}",
        D(2022, 3, 14),
        "published",
        id="timestamp-glued-to-title",
    ),
    case(
        f"{HEADLINE}\n\nHedda Sorvik 6 hours ago Mon 14th March 2022 | 09:30 AM\n\n{BODY}",
        D(2022, 3, 14),
        "published",
        id="name-age-date",
    ),
    case(
        f"{HEADLINE}\n\nPublished\n\nLornby (NPA) March 14, 2022\n\n{BODY}",
        D(2022, 3, 14),
        "dateline",
        id="dateline-with-its-date-alone",
    ),
    case(
        f"{HEADLINE}\n\nUPDATE 9:40 a.m.\n\n{BODY}\n\nThe vote on 14 March 2022 was close.",
        None,
        None,
        id="time-stamp-and-mentioned-date",
    ),
]


@pytest.mark.parametrize(("text", "ref", "date", "source"), PRECEDENCE)
def test_publication_date(text: str, ref: D | None, date: D | None, source: str | None) -> None:
    """Header, then `Published:`, then a dated trailer, then the dateline, then `Updated:`."""
    record = newsrecord.parse(text, reference_date=ref)
    assert (record.date, record.date_source) == (date, source)
    data = record.to_dict()
    assert data["date"] == (None if date is None else date.isoformat())


DATELINE_DATES = [
    pytest.param(
        f" date 2023-01-02 LORNBY, Dec. 31 (NPA) — {BODY}", None, D(2022, 12, 31), id="dec-31"
    ),
    pytest.param(
        f" date 2022-12-31 LORNBY, Jan. 1 (NPA) — {BODY}", None, D(2023, 1, 1), id="jan-1"
    ),
    pytest.param(
        f" date 2021-01-14 LORNBY, Jan. 12 (NPA) — {BODY}", None, D(2021, 1, 12), id="same-year"
    ),
    pytest.param(
        f" date 1987-10-20 LORNBY, Oct 19 - {BODY}", None, D(1987, 10, 19), id="reuters-1987"
    ),
    pytest.param(
        f" date 2021-01-14 LORNBY, Jan. 12, 2019 (NPA) — {BODY}",
        None,
        D(2019, 1, 12),
        id="own-year-kept",
    ),
    pytest.param(
        f" date 2022-01-22 Drenov/21.01.22/Dovran: {LEAD}", None, D(2022, 1, 21), id="slashed"
    ),
    pytest.param(
        f" date 2021-01-14 ВЕСКОГРАД, 12 января. /ТАСС/. {LEAD}",
        None,
        D(2021, 1, 12),
        id="ru-month",
    ),
    pytest.param(
        f" date 2021-05-04 LORNBY, 3 Mayıs (NPA) - {LEAD}", None, D(2021, 5, 3), id="tr-month"
    ),
    pytest.param(
        f" date 2021-02-13 Harlow, Norland, 12 fevral (Trend): {LEAD}",
        None,
        D(2021, 2, 12),
        id="az-month",
    ),
    pytest.param(
        f" date 2021-03-02 LORNBY, Feb. 30 (NPA) — {BODY}", None, None, id="impossible-day"
    ),
    pytest.param(f"LORNBY, Jan. 12 (NPA) — {BODY}", D(2021, 6, 1), D(2021, 1, 12), id="reference"),
    pytest.param(f"LORNBY, Jan. 12 (NPA) — {BODY}", None, None, id="nothing-gives-a-year"),
    pytest.param(
        f"Published: January 3, 2022 09:10\n\nLORNBY, Dec. 31 (NPA) — {BODY}",
        None,
        D(2021, 12, 31),
        id="published-line-gives-the-year",
    ),
    pytest.param(
        f"LORNBY, March 3 (NPA) — {BODY}\n\nPosted 3 March 2024 14:05",
        D(2019, 1, 1),
        D(2024, 3, 3),
        id="dated-trailer-beats-the-reference",
    ),
]


@pytest.mark.parametrize(("text", "ref", "expected"), DATELINE_DATES)
def test_dateline_date(text: str, ref: D | None, expected: D | None) -> None:
    """A yearless dateline date takes the header's year, across New Year, or the reference's."""
    record = newsrecord.parse(text, reference_date=ref)
    assert record.dateline is not None
    assert record.dateline.date == expected
    dateline = record.to_dict()["dateline"]
    assert dateline["date"] == (None if expected is None else expected.isoformat())


def _zone(hours: float) -> datetime.timezone:
    return datetime.timezone(datetime.timedelta(hours=hours))


PUBLISHED = [
    pytest.param(
        f"{HEADLINE}\n\nPublished: January 12, 2021 14:05 GMT+3\n\n{BODY}",
        datetime.datetime(2021, 1, 12, 14, 5, tzinfo=_zone(3)),
        id="gmt-plus-3",
    ),
    pytest.param(
        f" date 2021-01-14 {HEADLINE}\n\nPublished: January 12, 2021 14:05 GMT+3\n\n{BODY}",
        datetime.datetime(2021, 1, 12, 14, 5, tzinfo=_zone(3)),
        id="under-a-header",
    ),
    pytest.param(
        f"{HEADLINE}\n\nPublished: Tuesday, 12 January 2021 14:05 GMT\n\n{BODY}",
        datetime.datetime(2021, 1, 12, 14, 5, tzinfo=UTC),
        id="weekday-gmt",
    ),
    pytest.param(
        f"{HEADLINE}\n\nPublished: January 12, 2021 2:30 p.m. (GMT+3)\n\n{BODY}",
        datetime.datetime(2021, 1, 12, 14, 30, tzinfo=_zone(3)),
        id="pm-bracketed-zone",
    ),
    pytest.param(
        f"{HEADLINE}\n\nPublished: 2021-01-12T14:05:00Z\n\n{BODY}",
        datetime.datetime(2021, 1, 12, 14, 5, tzinfo=UTC),
        id="iso-zulu",
    ),
    pytest.param(
        f"{HEADLINE}\n\nPublished: 2021-01-12T14:05:00+05:30\n\n{BODY}",
        datetime.datetime(2021, 1, 12, 14, 5, tzinfo=_zone(5.5)),
        id="iso-half-hour-offset",
    ),
    pytest.param(
        f" date 2021-01-14 By Marisol QuenbyJan 12, 2021, 8:44 AM EST\n\n{BODY}",
        datetime.datetime(2021, 1, 12, 8, 44, tzinfo=_zone(-5)),
        id="byline-glued-est",
    ),
    pytest.param(
        f" date 2021-01-14 {HEADLINE}\n\nBy Marisol Quenby | January 12, 2021 8:44 AM EST"
        f"\n\n{BODY}",
        datetime.datetime(2021, 1, 12, 8, 44, tzinfo=_zone(-5)),
        id="byline-piped-est",
    ),
    pytest.param(
        f" date 2023-01-02 {HEADLINE}\n\nPublished: Dec. 31, 11:00 GMT\n\n{BODY}",
        datetime.datetime(2022, 12, 31, 11, 0, tzinfo=UTC),
        id="yearless-across-new-year",
    ),
    pytest.param(
        f"{HEADLINE}\n\nPublished: January 12, 2021 14:05\n\n{BODY}",
        datetime.datetime(2021, 1, 12, 14, 5),
        id="no-zone-naive",
    ),
    pytest.param(f"{HEADLINE}\n\nPublished: January 12, 2021\n\n{BODY}", None, id="no-time"),
    pytest.param(f" date 2021-01-14 {BODY}", None, id="header-gives-no-time"),
    pytest.param(
        f"{HEADLINE}\n\nUpdated: January 13, 2021 09:00 GMT\n\n{BODY}", None, id="updated-time"
    ),
    pytest.param(
        f" date 2021-01-14 {HEADLINE}\n\nPosted on January 12, 2021 at 8:44 p.m. (GMT+3)\n\n{BODY}",
        datetime.datetime(2021, 1, 12, 20, 44, tzinfo=_zone(3)),
        id="posted-on-at",
    ),
    pytest.param(
        " date 2021-01-14 Совет утвердил бюджет\n\nОпубликовано: 12 января 2021, 14:05 MSK"
        "\n\nСовет утвердил бюджет моста.",
        datetime.datetime(2021, 1, 12, 14, 5, tzinfo=_zone(3)),
        id="ru-msk",
    ),
    pytest.param(
        f"{HEADLINE}\n09:12 KST, March 14, 2022\n{BODY}",
        datetime.datetime(2022, 3, 14, 9, 12, tzinfo=_zone(9)),
        id="time-first-kst",
    ),
    pytest.param(
        f"{HEADLINE}\n\n- 9 Agustus 2021, 16:20 WIB\n\n{BODY}",
        datetime.datetime(2021, 8, 9, 16, 20, tzinfo=_zone(7)),
        id="id-wib",
    ),
    pytest.param(
        f"{HEADLINE}\n\nMi, 17.03.2021, 08.40 Uhr\n\n{BODY}",
        datetime.datetime(2021, 3, 17, 8, 40),
        id="de-dotted-uhr",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PUBLISHED)
def test_published_time_and_offset(text: str, expected: datetime.datetime | None) -> None:
    """`published` carries the time of a `Published:`-type date, with the zone's UTC offset."""
    record = newsrecord.parse(text)
    assert record.published == expected
    if expected is None:
        assert record.published is None
        return
    assert record.published is not None
    assert record.published.utcoffset() == expected.utcoffset()
    assert record.to_dict()["published"] == expected.isoformat()


AMBIGUOUS = f"{HEADLINE}\n\nPublished: 03/04/2021\n\n{BODY}"


def test_unsettled_numeric_date_is_ambiguous(policy: Policy) -> None:
    """An unsettled `03/04/2021` gives no date and a warning; strict parsing raises."""
    if policy.strict:
        with pytest.raises(newsrecord.ParseError) as raised:
            newsrecord.parse(AMBIGUOUS, policy=policy)
        assert str(raised.value) == (
            "date-ambiguous: a numeric date reads both day first and month first; "
            "no date is taken from it\n"
            "    Published: 03/04/2021\n"
            "    ~~~~~~~~~~~~~~~~~~~~^"
        )
        return
    record = newsrecord.parse(AMBIGUOUS, policy=policy)
    assert (record.date, record.date_source) == (None, None)
    assert [w.code for w in record.warnings] == ["date-ambiguous"]


SETTLED = [
    pytest.param(
        f"{HEADLINE}\n\nPublished: 03/04/2021 Updated: 13/04/2021\n\n{BODY}",
        None,
        D(2021, 4, 3),
        id="day-first-on-the-same-line",
    ),
    pytest.param(
        f"{HEADLINE}\n\nPublished: 03/04/2021\n\n{BODY}\n\nUpdated: 04/13/2021",
        None,
        D(2021, 3, 4),
        id="month-first-in-a-trailer",
    ),
    pytest.param(
        f" date 2021-03 {HEADLINE}\n\nPublished: 03/04/2021\n\n{BODY}",
        None,
        D(2021, 3, 4),
        id="month-header-nearer-reading",
    ),
    pytest.param(
        f" date 2021-04-04 {HEADLINE}\n\nPublished: 03/04/2021\n\n{BODY}",
        None,
        D(2021, 4, 4),
        id="header-date",
    ),
    pytest.param(
        f"{HEADLINE}\n\nPublished: 03/04/2021\n\n{BODY}",
        D(2021, 3, 5),
        D(2021, 3, 4),
        id="reference-date",
    ),
    pytest.param(
        f"{HEADLINE}\n\nPublished: 03/04/2021\n\n{LEAD} It was first tabled on 25/12/2020.",
        None,
        D(2021, 4, 3),
        id="day-first-in-the-body",
    ),
]


@pytest.mark.parametrize(("text", "ref", "expected"), SETTLED)
def test_settled_numeric_date_is_not_ambiguous(
    text: str, ref: D | None, expected: D, policy: Policy
) -> None:
    """An unambiguous numeric date in the text, the header or the reference settles the order."""
    record = newsrecord.parse(text, reference_date=ref, policy=policy)
    assert record.date == expected
    assert "date-ambiguous" not in [w.code for w in record.warnings]


YEAR_MISSING = [
    pytest.param(f"{HEADLINE}\n\nPublished: January 12\n\n{BODY}", id="published"),
    pytest.param(
        f"LORNBY, Jan. 12 (NPA) — {BODY}",
        id="dateline",
    ),
]


@pytest.mark.parametrize("text", YEAR_MISSING)
def test_yearless_date_without_context(text: str, policy: Policy) -> None:
    """A yearless date with no header or reference gives no date and a `date-year-missing` info."""
    record = newsrecord.parse(text, policy=policy)  # info severity: strict does not raise
    assert record.date is None
    assert "date-year-missing" in [w.code for w in record.warnings]
    warning = next(w for w in record.warnings if w.code == "date-year-missing")
    assert warning.severity == "info"


# ------------------------------------------------ wire and crawl text never seen

MORE = "\n\nThe mayor said the bridge would reopen in the spring."
Dl = tuple[str, str | None, str | None, str | None]  # raw, location, agency, ISO date


def seen(
    text: str,
    *,
    ref: D | None = None,
    dateline: Dl | EllipsisType | None = ...,
    first: str | EllipsisType | None = ...,
    date: str | EllipsisType | None = ...,
    source: str | EllipsisType | None = ...,
    published: str | EllipsisType | None = ...,
    id: str,  # as in pytest.param
    bug: str | None = None,
) -> pytest.ParameterSet:
    """
    One text and the record fields it must give (``...``: not checked): the
    dateline, the first paragraph with the dateline removed, the date, its
    source and the timestamp.  ``bug`` marks a field the parser gets wrong today
    because of another step (strict xfail).
    """
    marks = () if bug is None else (pytest.mark.xfail(strict=True, reason=bug),)
    fields: dict[str, object] = {
        "dateline": dateline
        if dateline is ... or dateline is None
        else dict(zip(("raw", "location", "agency", "date"), dateline, strict=True)),
        "first": first,
        "date": date,
        "date_source": source,
        "published": published,
    }
    expected = {key: value for key, value in fields.items() if value is not ...}
    return pytest.param(text, ref, expected, id=id, marks=marks)


# Invented texts in the dateline and date families of FORMATS.md sections B and D.
SEEN = [
    seen(
        f"WASHINGTON (AP) — {BODY}",
        dateline=("WASHINGTON (AP) —", "WASHINGTON", "AP", None),
        first=LEAD,
        date=None,
        source=None,
        published=None,
        id="ap",
    ),
    seen(
        f"LONDON, Jan 12 (Reuters) - {BODY}",
        ref=D(2021, 3, 1),
        dateline=("LONDON, Jan 12 (Reuters) -", "LONDON", "Reuters", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="dateline",
        id="reuters-ref",
    ),
    seen(
        f"LONDON, Jan 12 (Reuters) - {BODY}",
        dateline=("LONDON, Jan 12 (Reuters) -", "LONDON", "Reuters", None),
        first=LEAD,
        date=None,
        source=None,
        id="reuters-noref",
    ),
    seen(
        f"PARIS, Jan 12, 2021 (AFP) - {BODY}",
        dateline=("PARIS, Jan 12, 2021 (AFP) -", "PARIS", "AFP", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="dateline",
        id="afp-year",
    ),
    seen(
        f" date 2021-01-13 MOSCOW, January 12. /TASS/. {BODY}",
        dateline=("MOSCOW, January 12. /TASS/.", "MOSCOW", "TASS", "2021-01-12"),
        first=LEAD,
        date="2021-01-13",
        source="header",
        id="tass-header",
    ),
    seen(
        f"BEIJING, Jan. 12 (Xinhua) -- {BODY}",
        ref=D(2022, 1, 1),
        dateline=("BEIJING, Jan. 12 (Xinhua) --", "BEIJING", "Xinhua", "2022-01-12"),
        first=LEAD,
        date="2022-01-12",
        source="dateline",
        id="xinhua",
    ),
    seen(
        f" date 2021-01-12 NEW DELHI, Jan 12 (PTI) {BODY}",
        dateline=("NEW DELHI, Jan 12 (PTI)", "NEW DELHI", "PTI", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="header",
        id="pti",
    ),
    seen(
        f" date 2021-01-12 Baku, Azerbaijan, Jan.12 (Trend): {BODY}",
        dateline=("Baku, Azerbaijan, Jan.12 (Trend):", "Baku, Azerbaijan", "Trend", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="header",
        id="trend",
    ),
    seen(
        f" date 2021-01-12 Harlow, Norland, Jan.12\n\nBy Aysel Vrellova - Trend:\n\n{BODY}",
        dateline=("Harlow, Norland, Jan.12", "Harlow, Norland", None, "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="header",
        id="trend-alone",
    ),
    seen(
        f"ANKARA (AA) - {BODY}",
        dateline=("ANKARA (AA) -", "ANKARA", "AA", None),
        first=LEAD,
        id="aa",
    ),
    seen(
        f" date 2019-03-01 Vesk. 1 March. NORPRESS.NR/ Officials said the port would reopen.{MORE}",
        dateline=("Vesk. 1 March. NORPRESS.NR/", "Vesk", "NORPRESS.NR", "2019-03-01"),
        first="Officials said the port would reopen.",
        date="2019-03-01",
        source="header",
        id="tail-slash-header",
    ),
    seen(
        f"Drenov/21.01.22/Dovran: {BODY}",
        dateline=("Drenov/21.01.22/Dovran:", "Drenov", "Dovran", "2022-01-21"),
        first=LEAD,
        date="2022-01-21",
        source="dateline",
        id="slashed",
    ),
    seen(
        f" date 2021-05-04 San Teodoro (Costa Norte) [Maraluz], May 3 (KBWT): {BODY}",
        dateline=(
            "San Teodoro (Costa Norte) [Maraluz], May 3 (KBWT):",
            "San Teodoro (Costa Norte) [Maraluz]",
            "KBWT",
            "2021-05-03",
        ),
        first=LEAD,
        date="2021-05-04",
        source="header",
        id="province-country",
    ),
    seen(
        f"MARLOW, Vesk. (KVSK) — {BODY}",
        dateline=("MARLOW, Vesk. (KVSK) —", "MARLOW, Vesk.", "KVSK", None),
        first=LEAD,
        id="station",
    ),
    seen(
        f"LORNBY: {BODY}",
        dateline=("LORNBY:", "LORNBY", None, None),
        first=LEAD,
        id="city-colon",
    ),
    seen(
        f"LORNBY — {BODY}",
        dateline=("LORNBY —", "LORNBY", None, None),
        first=LEAD,
        id="city-dash",
    ),
    seen(
        f"Lornby, Norland (NPA) — {BODY}",
        dateline=("Lornby, Norland (NPA) —", "Lornby, Norland", "NPA", None),
        first=LEAD,
        id="mixed-case-region",
    ),
    seen(
        f" date 2021-01-12 BAKU, AZERBAIJAN, JAN. 12 (TREND): {BODY}",
        dateline=("BAKU, AZERBAIJAN, JAN. 12 (TREND):", "BAKU, AZERBAIJAN", "TREND", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="header",
        id="all-caps-month",
    ),
    seen(
        f"LORNBY, Jan 12, 2021 (NPA) – {BODY}",
        dateline=("LORNBY, Jan 12, 2021 (NPA) –", "LORNBY", "NPA", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="dateline",
        id="en-dash",
    ),
    seen(
        f"SANTA LORNA, N.V. _ {BODY}",
        dateline=("SANTA LORNA, N.V. _", "SANTA LORNA, N.V.", None, None),
        first=LEAD,
        id="underscore",
    ),
    seen(
        f"WASHINGTON\xa0(AP)\xa0—\xa0{BODY}",
        dateline=("WASHINGTON (AP) —", "WASHINGTON", "AP", None),
        first=LEAD,
        id="nbsp-ap",
    ),
    seen(
        f"LORNBY,\xa0Jan.\xa012,\xa02021 (NPA) — {BODY}",
        dateline=("LORNBY, Jan. 12, 2021 (NPA) —", "LORNBY", "NPA", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="dateline",
        id="nbsp-date",
    ),
    seen(
        f" date 2021-05-06 HARLOW, Norland, May 6\n\n{BODY}",
        dateline=("HARLOW, Norland, May 6", "HARLOW, Norland", None, "2021-05-06"),
        first=LEAD,
        date="2021-05-06",
        source="header",
        id="header-dateline-alone",
    ),
    seen(
        f" date 2021-01-12 LORNBY, Jan 12 (NPA) - {BODY}",
        dateline=("LORNBY, Jan 12 (NPA) -", "LORNBY", "NPA", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="header",
        id="header-dateline-body",
    ),
    seen(
        f"LORNBY (NPA) —{BODY}",
        dateline=("LORNBY (NPA) —", "LORNBY", "NPA", None),
        first=LEAD,
        id="glued-dash",
    ),
    seen(
        f"LORNBY, 12 janvier 2021 (NPA) - Le conseil a voté mardi.{MORE}",
        dateline=("LORNBY, 12 janvier 2021 (NPA) -", "LORNBY", "NPA", "2021-01-12"),
        first="Le conseil a voté mardi.",
        date="2021-01-12",
        source="dateline",
        id="fr",
    ),
    seen(
        f" date 2021-01-13 LORNBY, 12 janv. (NPA) - Le conseil a voté mardi.{MORE}",
        dateline=("LORNBY, 12 janv. (NPA) -", "LORNBY", "NPA", "2021-01-12"),
        first="Le conseil a voté mardi.",
        date="2021-01-13",
        source="header",
        id="fr-abbr",
    ),
    seen(
        f" date 2021-02-13 Lornby, 12 févr. (NPA) - Le conseil a voté mardi.{MORE}",
        dateline=("Lornby, 12 févr. (NPA) -", "Lornby", "NPA", "2021-02-12"),
        first="Le conseil a voté mardi.",
        date="2021-02-13",
        source="header",
        id="fr-abbr-fevr",
    ),
    seen(
        f"LORNBY, 12. Januar 2021 (NPA) - Der Rat stimmte zu.{MORE}",
        dateline=("LORNBY, 12. Januar 2021 (NPA) -", "LORNBY", "NPA", "2021-01-12"),
        first="Der Rat stimmte zu.",
        date="2021-01-12",
        source="dateline",
        id="de",
    ),
    seen(
        f"Lornby (dpa) - Der Rat stimmte zu.{MORE}",
        dateline=("Lornby (dpa) -", "Lornby", "dpa", None),
        first="Der Rat stimmte zu.",
        id="de-dpa",
    ),
    seen(
        f"Lornby (dpa/nrw) - Der Rat stimmte zu.{MORE}",
        dateline=("Lornby (dpa/nrw) -", "Lornby", "dpa/nrw", None),
        first="Der Rat stimmte zu.",
        id="de-dpa-slash",
    ),
    seen(
        f"LORNBY, 12 de enero de 2021 (NPA) - El consejo aprobó el plan.{MORE}",
        dateline=("LORNBY, 12 de enero de 2021 (NPA) -", "LORNBY", "NPA", "2021-01-12"),
        first="El consejo aprobó el plan.",
        date="2021-01-12",
        source="dateline",
        id="es",
    ),
    seen(
        f" date 2021-01-12 Lornby, 12 ene (NPA).- El consejo aprobó el plan.{MORE}",
        dateline=("Lornby, 12 ene (NPA).-", "Lornby", "NPA", "2021-01-12"),
        first="El consejo aprobó el plan.",
        date="2021-01-12",
        source="header",
        id="es-efe",
    ),
    seen(
        f" date 2021-03-04 Lornby, 3 de março (NPA) - O conselho aprovou.{MORE}",
        dateline=("Lornby, 3 de março (NPA) -", "Lornby", "NPA", "2021-03-03"),
        first="O conselho aprovou.",
        date="2021-03-04",
        source="header",
        id="pt",
    ),
    seen(
        f"Lornby, 3 mar 2021 (NPA) - O conselho aprovou.{MORE}",
        dateline=("Lornby, 3 mar 2021 (NPA) -", "Lornby", "NPA", "2021-03-03"),
        first="O conselho aprovou.",
        date="2021-03-03",
        source="dateline",
        id="pt-abbr",
    ),
    seen(
        f" date 2021-01-12 LORNBY, 12 gennaio (NPA) - Il consiglio ha approvato.{MORE}",
        dateline=("LORNBY, 12 gennaio (NPA) -", "LORNBY", "NPA", "2021-01-12"),
        first="Il consiglio ha approvato.",
        date="2021-01-12",
        source="header",
        id="it",
    ),
    seen(
        f" date 2021-01-12 LORNBY, 12 GEN (NPA) - Il consiglio ha approvato.{MORE}",
        dateline=("LORNBY, 12 GEN (NPA) -", "LORNBY", "NPA", "2021-01-12"),
        first="Il consiglio ha approvato.",
        date="2021-01-12",
        source="header",
        id="it-caps-abbr",
    ),
    seen(
        f" date 2021-01-12 ВЕСКОГРАД, 12 января. /НПА/. Совет утвердил бюджет.{MORE}",
        dateline=("ВЕСКОГРАД, 12 января. /НПА/.", "ВЕСКОГРАД", "НПА", "2021-01-12"),
        first="Совет утвердил бюджет.",
        date="2021-01-12",
        source="header",
        id="ru",
    ),
    seen(
        f"Вескоград, 12 января 2021 года (НПА) — Совет утвердил бюджет.{MORE}",
        dateline=("Вескоград, 12 января 2021 года (НПА) —", "Вескоград", "НПА", "2021-01-12"),
        first="Совет утвердил бюджет.",
        date="2021-01-12",
        source="dateline",
        id="ru-year-goda",
    ),
    seen(
        f"LORNBY, 12 Ocak 2021 (NPA) - Meclis bütçeyi onayladı.{MORE}",
        dateline=("LORNBY, 12 Ocak 2021 (NPA) -", "LORNBY", "NPA", "2021-01-12"),
        first="Meclis bütçeyi onayladı.",
        date="2021-01-12",
        source="dateline",
        id="tr",
    ),
    seen(
        f" date 2021-01-12 Bakı, 12 yanvar (Trend): Şura büdcəni təsdiqlədi.{MORE}",
        dateline=("Bakı, 12 yanvar (Trend):", "Bakı", "Trend", "2021-01-12"),
        first="Şura büdcəni təsdiqlədi.",
        date="2021-01-12",
        source="header",
        id="az",
    ),
    seen(
        f" date 2023-01-02 LORNBY, Dec. 31 (NPA) — {BODY}",
        dateline=("LORNBY, Dec. 31 (NPA) —", "LORNBY", "NPA", "2022-12-31"),
        first=LEAD,
        date="2023-01-02",
        source="header",
        id="new-year-header",
    ),
    seen(
        f" date 2022-12-31 LORNBY, Jan. 1 (NPA) — {BODY}",
        dateline=("LORNBY, Jan. 1 (NPA) —", "LORNBY", "NPA", "2023-01-01"),
        first=LEAD,
        date="2022-12-31",
        source="header",
        id="new-year-header-back",
    ),
    seen(
        f"LORNBY, Dec. 30 (NPA) — {BODY}",
        ref=D(2023, 1, 1),
        dateline=("LORNBY, Dec. 30 (NPA) —", "LORNBY", "NPA", "2022-12-30"),
        first=LEAD,
        date="2022-12-30",
        source="dateline",
        id="new-year-ref",
    ),
    seen(
        f" date 2021-01 LORNBY, Jan. 12 (NPA) — {BODY}",
        dateline=("LORNBY, Jan. 12 (NPA) —", "LORNBY", "NPA", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="dateline",
        id="month-header",
    ),
    seen(
        f" date 2021-01-14 LORNBY, Jan. 12, 2021 (NPA) — {BODY}",
        dateline=("LORNBY, Jan. 12, 2021 (NPA) —", "LORNBY", "NPA", "2021-01-12"),
        first=LEAD,
        date="2021-01-14",
        source="header",
        id="header-over-dateline-year",
    ),
    seen(
        f"{HEADLINE}\n\nPublished 12 Jan 2021, 14:05 GMT\n\n{BODY}",
        dateline=None,
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00+00:00",
        id="pub-gmt",
    ),
    seen(
        f"{HEADLINE}\n\nLast updated: 13 January 2021\n\n{BODY}",
        dateline=None,
        first=LEAD,
        date="2021-01-13",
        source="updated",
        published=None,
        id="last-updated-only",
    ),
    seen(
        f"{HEADLINE}\n\nPosted on January 12, 2021 at 9:30 am\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T09:30:00",
        id="posted-on-am",
    ),
    seen(
        "Le conseil approuve le budget\n\n"
        "Publié le 12 janvier 2021 à 14h05\n\n"
        f"Le conseil a voté mardi.{MORE}",
        first="Le conseil a voté mardi.",
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00",
        id="publie-le-h",
    ),
    seen(
        "Le conseil approuve le budget\n\n"
        "Publié le 12/01/2021 à 14:05\n\n"
        f"Le conseil a voté mardi.{MORE}",
        first="Le conseil a voté mardi.",
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00",
        id="publie-le-colon",
    ),
    seen(
        "Rat billigt Haushalt\n\n"
        "Veröffentlicht am 12.01.2021, 14:05 Uhr\n\n"
        f"Der Rat stimmte zu.{MORE}",
        first="Der Rat stimmte zu.",
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00",
        id="veroeffentlicht",
    ),
    seen(
        "Совет утвердил бюджет\n\n"
        "Опубликовано: 12 января 2021 года, 14:05\n\n"
        f"Совет утвердил бюджет моста.{MORE}",
        first="Совет утвердил бюджет моста.",
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00",
        id="ru-opublikovano-goda",
    ),
    seen(
        f"{HEADLINE}\n\nPublished: 2021-01-12T14:05:00+03:00\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00+03:00",
        id="iso-offset",
    ),
    seen(
        f"{HEADLINE}\n\nPublished: Jan 12, 2021 9:05 p.m. EST\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T21:05:00-05:00",
        id="pm-est",
    ),
    seen(
        f"{HEADLINE}\n\nPublished: 12 Jan 2021 | Updated: 13 Jan 2021\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        id="pub-pipe-upd",
    ),
    seen(
        f"{HEADLINE}\n\nUpdated: 13 Jan 2021 14:00 GMT Published: 12 Jan 2021 09:00 GMT\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T09:00:00+00:00",
        id="upd-before-pub",
    ),
    seen(
        "Meclis bütçeyi onayladı\n\n"
        "Yayınlanma: 12 Ocak 2021 14:05\n\n"
        f"Meclis bütçeyi onayladı.{MORE}",
        first="Meclis bütçeyi onayladı.",
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00",
        id="tr-yayinlanma",
    ),
    seen(
        "El consejo aprueba el plan\n\n"
        "Publicado el 12 de enero de 2021 a las 14:05\n\n"
        f"El consejo aprobó el plan.{MORE}",
        first="El consejo aprobó el plan.",
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00",
        id="es-publicado",
    ),
    seen(
        "Il consiglio approva\n\n"
        "Pubblicato il 12 gennaio 2021 alle 14:05\n\n"
        f"Il consiglio ha approvato.{MORE}",
        first="Il consiglio ha approvato.",
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00",
        id="it-pubblicato",
    ),
    seen(
        "Şura büdcəni təsdiqlədi\n\n"
        "Dərc olunub: 12 yanvar 2021, 14:05\n\n"
        f"Şura büdcəni təsdiqlədi.{MORE}",
        first="Şura büdcəni təsdiqlədi.",
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00",
        id="az-derc",
    ),
    seen(
        f"{HEADLINE}\n\nPublished 9:05 AM EST, Tue January 12, 2021\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T09:05:00-05:00",
        id="time-first",
    ),
    seen(
        f"{HEADLINE}\n\nJanuary 12, 2021 / 2:05 PM / Updated 3 hours ago\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00",
        id="slash-time-line",
    ),
    seen(
        f"{HEADLINE}\n\nPublished: 12 Jan 2021, 14:05 IST\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00+05:30",
        id="pub-ist",
    ),
    seen(
        f"{HEADLINE}\n\nPublished: 12.01.2021 14:05 (UTC+04:00)\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00+04:00",
        id="pub-utc-plus",
    ),
    seen(
        f" date 2021-01-12 Published: January 12, 2021 14:05 GMT\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="header",
        published="2021-01-12T14:05:00+00:00",
        id="pub-header-line",
    ),
    seen(
        f" date 2021-01 {HEADLINE}\n\nPublished: 12 Jan 2021\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        id="pub-nodate-month-header",
    ),
    seen(
        f"LORNBY (NPA) — The council met on January 11, 2021 to approve the budget.{MORE}",
        dateline=("LORNBY (NPA) —", "LORNBY", "NPA", None),
        first="The council met on January 11, 2021 to approve the budget.",
        date=None,
        source=None,
        published=None,
        id="story-date",
    ),
    seen(
        f"The council met on January 11 to approve the budget.{MORE}",
        ref=D(2021, 1, 1),
        dateline=None,
        date=None,
        source=None,
        id="story-date-ref",
    ),
    seen(
        f"{BODY}\n\n© 2021 Norland Press Agency",
        dateline=None,
        date=None,
        source=None,
        id="copyright",
    ),
    seen(
        f"LORNBY (AP) — {BODY}\n\nCopyright 2021 The Associated Press. All rights reserved.",
        dateline=("LORNBY (AP) —", "LORNBY", "AP", None),
        date=None,
        source=None,
        id="copyright-ap",
    ),
    seen(
        f"{BODY}",
        ref=D(2021, 1, 1),
        dateline=None,
        date=None,
        source=None,
        id="ref-only",
    ),
    seen(
        f"PARIS VRELL said on Tuesday that the harbour bridge would reopen.{MORE}",
        dateline=None,
        first="PARIS VRELL said on Tuesday that the harbour bridge would reopen.",
        id="caps-name",
    ),
    seen(
        f"WASHINGTON is bracing for another budget fight this spring.{MORE}",
        dateline=None,
        first="WASHINGTON is bracing for another budget fight this spring.",
        id="caps-is",
    ),
    seen(
        f"ECONOMY - OUTLOOK\n\n{BODY}",
        dateline=None,
        first=LEAD,
        id="category-dash",
    ),
    seen(
        f"UPDATE 2-Lornby council approves bridge budget\n\n{BODY}",
        dateline=None,
        first=LEAD,
        id="update-numbered",
    ),
    seen(
        f" date 2021-01-12 SPORT - FOOTBALL\n\n{BODY}",
        dateline=None,
        first=LEAD,
        date="2021-01-12",
        source="header",
        id="header-category-dash",
    ),
    seen(
        f"COMMENT: The harbour bridge deserves better.{MORE}",
        dateline=None,
        first="COMMENT: The harbour bridge deserves better.",
        id="caps-label-colon",
    ),
    seen(
        f"{HEADLINE}\n\nUpdated 9:05 AM EST, Tue January 12, 2021\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="updated",
        published=None,
        id="cnn-updated-time-first",
    ),
    seen(
        f"{HEADLINE}\n\nLast updated: 14:05 GMT, Tuesday, 12 January 2021\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="updated",
        id="bbc-last-updated-time-first",
    ),
    seen(
        "Conselho aprova orçamento\n\n"
        "Publicado em 12/01/2021 às 14h05\n\n"
        f"O conselho aprovou.{MORE}",
        first="O conselho aprovou.",
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00",
        id="pt-publicado-em-h",
    ),
    seen(
        "Le conseil approuve le budget\n\n"
        "Mis à jour le 13 janvier 2021 à 09h30\n\n"
        f"Le conseil a voté mardi.{MORE}",
        first="Le conseil a voté mardi.",
        date="2021-01-13",
        source="updated",
        id="fr-mis-a-jour-only",
    ),
    seen(
        f"Rat billigt Haushalt\n\nStand: 13.01.2021 09:30 Uhr\n\nDer Rat stimmte zu.{MORE}",
        first="Der Rat stimmte zu.",
        date="2021-01-13",
        source="updated",
        id="de-stand-only",
    ),
    seen(
        "Совет утвердил бюджет\n\n"
        "Обновлено 13.01.2021 09:30\n\n"
        f"Совет утвердил бюджет моста.{MORE}",
        first="Совет утвердил бюджет моста.",
        date="2021-01-13",
        source="updated",
        id="ru-obnovleno-only",
    ),
    seen(
        "Совет утвердил бюджет\n\n"
        "Опубликовано 12.01.2021 г. в 14:05\n\n"
        f"Совет утвердил бюджет моста.{MORE}",
        first="Совет утвердил бюджет моста.",
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00",
        id="ru-numeric-g-v",
    ),
    seen(
        "Meclis bütçeyi onayladı\n\n"
        "Güncelleme: 03.04.2021 09:30\n\n"
        f"Meclis bütçeyi onayladı.{MORE}",
        first="Meclis bütçeyi onayladı.",
        date="2021-04-03",
        source="updated",
        id="tr-guncelleme-only",
    ),
    seen(
        f"Le conseil approuve le budget\n\nPublié le 03/04/2021\n\nLe conseil a voté mardi.{MORE}",
        first="Le conseil a voté mardi.",
        date="2021-04-03",
        source="published",
        id="fr-ambiguous-day-first",
    ),
    seen(
        f"{HEADLINE}\n\nPublished:\xa012\xa0Jan\xa02021,\xa014:05\xa0GMT\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00+00:00",
        id="nbsp-published",
    ),
    seen(
        f"{HEADLINE}\n\nPublished: 12\u202fJanuary\u202f2021 14:05\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00",
        id="narrow-nbsp-published",
    ),
    seen(
        f" date 2021-01-12 LORNBY,\xa0Jan\xa012\xa0(NPA)\xa0-\xa0{BODY}",
        dateline=("LORNBY, Jan 12 (NPA) -", "LORNBY", "NPA", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="header",
        id="nbsp-header-dateline",
    ),
    seen(
        f"LONDON, Jan 12, 2021 (Reuters) - {LEAD}\r\n\r\nThe mayor said the bridge would reopen.",
        dateline=("LONDON, Jan 12, 2021 (Reuters) -", "LONDON", "Reuters", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="dateline",
        id="crlf-reuters",
    ),
    seen(
        f"PARIS, 12 janv. 2021 (AFP) - Le conseil a voté mardi.{MORE}",
        dateline=("PARIS, 12 janv. 2021 (AFP) -", "PARIS", "AFP", "2021-01-12"),
        first="Le conseil a voté mardi.",
        date="2021-01-12",
        source="dateline",
        id="fr-abbr-year",
    ),
    seen(
        f" date 2021-01-12 LORNBY, 12 GEN - Il consiglio ha approvato.{MORE}",
        dateline=("LORNBY, 12 GEN -", "LORNBY", None, "2021-01-12"),
        first="Il consiglio ha approvato.",
        date="2021-01-12",
        source="header",
        id="it-caps-no-agency",
    ),
    seen(
        f"WASHINGTON, Jan. 12 (UPI) -- {BODY}",
        ref=D(2021, 1, 1),
        dateline=("WASHINGTON, Jan. 12 (UPI) --", "WASHINGTON", "UPI", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="dateline",
        id="upi",
    ),
    seen(
        f"{BODY}\n\n12 January 2021, 14:05 GMT",
        date="2021-01-12",
        source="trailer",
        published="2021-01-12T14:05:00+00:00",
        id="dated-trailer",
    ),
    seen(
        f"{HEADLINE}\n\nPosted: Tue 12 Jan 2021 14:05 GMT\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00+00:00",
        id="posted-weekday-abbr",
    ),
    seen(
        f" date 2021-01 The council met on January 11 to approve the budget.{MORE}",
        dateline=None,
        date=None,
        source=None,
        id="month-header-story-date",
    ),
    seen(
        f"{BODY}\n\n(c) 2021 Lornby Courier",
        date=None,
        source=None,
        id="c-copyright",
    ),
    seen(
        f"{BODY}\n\nCopyright © 2021 Norland Press Agency. All rights reserved.",
        date=None,
        source=None,
        id="copyright-symbol-rights",
    ),
    seen(
        f"{HEADLINE}\n\nUpdated 3 hours ago\n\n{BODY}",
        first=LEAD,
        date=None,
        source=None,
        id="relative-only",
    ),
    seen(
        f"{HEADLINE}\n\nLORNBY, Jan 12 (NPA) - {BODY}",
        ref=D(2021, 6, 1),
        dateline=("LORNBY, Jan 12 (NPA) -", "LORNBY", "NPA", "2021-01-12"),
        first=LEAD,
        date="2021-01-12",
        source="dateline",
        id="dateline-after-headline",
    ),
    seen(
        f"{HEADLINE}\n\nPublished: 2021-01-12 14:05:00 +0300\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00+03:00",
        id="iso-space-offset",
    ),
    seen(
        f"{HEADLINE}\n\nPublished: 12 January 2021 14:05 CET\n\n{BODY}",
        first=LEAD,
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00+01:00",
        id="cet",
    ),
    seen(
        "Rat billigt Haushalt\n\n"
        "Veröffentlicht am 12.01.2021 um 14:05 Uhr MEZ\n\n"
        f"Der Rat stimmte zu.{MORE}",
        first="Der Rat stimmte zu.",
        date="2021-01-12",
        source="published",
        published="2021-01-12T14:05:00+01:00",
        id="mez",
    ),
    seen(
        f" date 2021-12-03 LORNBY, 3 DIC (NPA).- El consejo aprobó el plan.{MORE}",
        dateline=("LORNBY, 3 DIC (NPA).-", "LORNBY", "NPA", "2021-12-03"),
        first="El consejo aprobó el plan.",
        date="2021-12-03",
        source="header",
        id="es-efe-caps-abbr",
    ),
    seen(
        f"Bakı, 12 yanvar 2021-ci il (Trend): Şura büdcəni təsdiqlədi.{MORE}",
        dateline=("Bakı, 12 yanvar 2021-ci il (Trend):", "Bakı", "Trend", "2021-01-12"),
        first="Şura büdcəni təsdiqlədi.",
        date="2021-01-12",
        source="dateline",
        id="az-ci-il-dateline",
    ),
    seen(
        f" date 2021-10-13 Lornby, 12. Okt. (NPA) - Der Rat stimmte zu.{MORE}",
        dateline=("Lornby, 12. Okt. (NPA) -", "Lornby", "NPA", "2021-10-12"),
        first="Der Rat stimmte zu.",
        date="2021-10-13",
        source="header",
        id="de-abbr-okt",
    ),
    seen(
        f" date 2021-01-13 ВЕСКОГРАД, 12 янв. /НПА/. Совет утвердил бюджет.{MORE}",
        dateline=("ВЕСКОГРАД, 12 янв. /НПА/.", "ВЕСКОГРАД", "НПА", "2021-01-12"),
        first="Совет утвердил бюджет.",
        date="2021-01-13",
        source="header",
        id="ru-abbr",
    ),
    seen(
        f"WARNING: The harbour bridge will close on Friday for repairs.{MORE}",
        dateline=None,
        id="caps-warning",
    ),
    seen(
        f"NOTE: The harbour bridge will close on Friday for repairs.{MORE}",
        dateline=None,
        id="caps-note",
    ),
    seen(
        f"{BODY}\n\nSOURCE: Lornby Courier",
        dateline=None,
        id="caps-source",
    ),
    seen(
        f"PHOTO: Workers repair the harbour bridge in Lornby.\n\n{BODY}",
        dateline=None,
        first=LEAD,
        id="caps-photo",
    ),
    seen(
        f"MAY DAY — Workers marched through the centre of Lornby on Saturday.{MORE}",
        dateline=None,
        id="may-day",
        bug="a kicker in capitals before a dash (`MAY DAY —`) reads as `CITY —`",
    ),
    seen(
        f"{HEADLINE}\n\nBy Marisol Quenby\n\nThe council won 12 out of 15 seats in the vote.{MORE}",
        date=None,
        source=None,
        id="score-out-of",
    ),
    seen(
        f" date 2021-01 LORNBY (NPA) — The council met on Jan. 11 to approve the budget.{MORE}",
        dateline=("LORNBY (NPA) —", "LORNBY", "NPA", None),
        date=None,
        source=None,
        id="story-date-body-header-month",
    ),
]


@pytest.mark.parametrize(("text", "ref", "expected"), SEEN)
def test_fields_of_unseen_text(text: str, ref: D | None, expected: dict[str, object]) -> None:
    """Dateline, first paragraph, date, its source and `published`, as RECORD.md defines them."""
    data = newsrecord.parse(text, reference_date=ref).to_dict()
    paragraphs = data["paragraphs"]
    got = {
        "dateline": data["dateline"],
        "first": paragraphs[0] if paragraphs else None,
        "date": data["date"],
        "date_source": data["date_source"],
        "published": data["published"],
    }
    assert {key: got[key] for key in expected} == expected


# ---------------------------------------------------------------- properties

MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("January", "Jan.", "janvier", "Januar", "января", "Ocak", "yanvar"),
    2: ("February", "Feb.", "février", "Februar", "февраля", "Şubat", "fevral"),
    3: ("March", "Mar.", "mars", "März", "марта", "Mart", "mart"),
    4: ("April", "Apr.", "avril", "April", "апреля", "Nisan", "aprel"),
    5: ("May", "May", "mai", "Mai", "мая", "Mayıs", "may"),
    6: ("June", "Jun.", "juin", "Juni", "июня", "Haziran", "iyun"),
    7: ("July", "Jul.", "juillet", "Juli", "июля", "Temmuz", "iyul"),
    8: ("August", "Aug.", "août", "August", "августа", "Ağustos", "avqust"),
    9: ("September", "Sept.", "septembre", "September", "сентября", "Eylül", "sentyabr"),
    10: ("October", "Oct.", "octobre", "Oktober", "октября", "Ekim", "oktyabr"),
    11: ("November", "Nov.", "novembre", "November", "ноября", "Kasım", "noyabr"),
    12: ("December", "Dec.", "décembre", "Dezember", "декабря", "Aralık", "dekabr"),
}

YEARS_1987_2015 = st.dates(D(1987, 1, 1), D(2015, 12, 31))


@st.composite
def yearless(draw: st.DrawFn) -> tuple[int, int, str]:
    """A month, a day and how a dateline writes them without a year."""
    day = draw(st.dates(D(2000, 1, 1), D(2000, 12, 31)))  # a leap year: every day exists
    name = draw(st.sampled_from(MONTH_NAMES[day.month]))
    english = name in MONTH_NAMES[day.month][:2]
    written = f"{name} {day.day}" if english else f"{day.day} {name}"
    return day.month, day.day, written


def _near(found: D, anchor: D) -> bool:
    return abs(found.year - anchor.year) <= 1


@pytest.mark.property
@given(YEARS_1987_2015, yearless())
def test_yearless_dateline_takes_the_header_year(header: D, written: tuple[int, int, str]) -> None:
    """A yearless dateline date lands within a year of the header's date, never today's year."""
    month, day, words = written
    text = f" date {header.isoformat()} LORNBY, {words} (NPA) — {BODY}"
    record = newsrecord.parse(text)
    assert record.date == header
    assert record.dateline is not None
    found = record.dateline.date
    if found is None:  # 29 February with no leap year near the header
        assert (month, day) == (2, 29)
        return
    assert (found.month, found.day) == (month, day)
    assert _near(found, header)
    if (month, day) != (2, 29):  # the nearest of three years is at most half a year away
        assert abs((found - header).days) <= 184


@pytest.mark.property
@given(YEARS_1987_2015, yearless())
def test_yearless_dateline_under_a_month_header(header: D, written: tuple[int, int, str]) -> None:
    """Under a `YYYY-MM` header, a yearless dateline date takes a year next to the header's."""
    month, day, words = written
    text = f" date {header.year:04d}-{header.month:02d} LORNBY, {words} (NPA) — {BODY}"
    record = newsrecord.parse(text)
    assert record.date is None or (record.date.month, record.date.day) == (month, day)
    if record.date is None:
        assert (month, day) == (2, 29)
        return
    assert record.date_source == "dateline"
    assert _near(record.date, header)


@pytest.mark.property
@given(YEARS_1987_2015, yearless(), st.booleans())
def test_yearless_date_takes_the_reference_year(
    reference: D, written: tuple[int, int, str], as_published: bool
) -> None:
    """With only ``reference_date``, a yearless date takes a year next to the reference's."""
    month, day, words = written
    if as_published:
        text = f"{HEADLINE}\n\nPublished: {words}\n\n{BODY}"
    else:
        text = f"LORNBY, {words} (NPA) — {BODY}"
    record = newsrecord.parse(text, reference_date=reference)
    if record.date is None:
        assert (month, day) == (2, 29)
        return
    assert (record.date.month, record.date.day) == (month, day)
    assert _near(record.date, reference)
    assert record.date_source == ("published" if as_published else "dateline")


@st.composite
def dated_text(draw: st.DrawFn) -> tuple[str, D | None]:
    """A text assembled from the places dates sit in, and maybe a reference date."""

    def a_day() -> D:
        return draw(YEARS_1987_2015)

    def written(day: D, *, year: bool) -> str:
        name = draw(st.sampled_from(MONTH_NAMES[day.month]))
        english = name in MONTH_NAMES[day.month][:2]
        forms = [f"{name} {day.day}" if english else f"{day.day} {name}"]
        if year:
            forms = [
                f"{name} {day.day}, {day.year}" if english else f"{day.day} {name} {day.year}",
                day.isoformat(),
                f"{day.day:02d}.{day.month:02d}.{day.year}",
                f"{day.month:02d}/{day.day:02d}/{day.year}",
            ]
        return draw(st.sampled_from(forms))

    parts: list[str] = []
    header = draw(st.sampled_from(["", "day", "month"]))
    if header:
        day = a_day()
        token = day.isoformat() if header == "day" else day.isoformat()[:7]
        parts.append(f" date {token} {HEADLINE}")
    else:
        parts.append(HEADLINE)
    if draw(st.booleans()):
        parts.append(f"Published: {written(a_day(), year=draw(st.booleans()))}")
    if draw(st.booleans()):
        parts.append(f"Updated: {written(a_day(), year=draw(st.booleans()))}")
    if draw(st.booleans()):
        parts.append(f"LORNBY, {written(a_day(), year=draw(st.booleans()))} (NPA) — {LEAD}")
    else:
        parts.append(LEAD)
    if draw(st.booleans()):
        parts.append(f"The council first met on {written(a_day(), year=draw(st.booleans()))}.")
    if draw(st.booleans()):
        parts.append(f"© {a_day().year} Lornby Courier")
    if draw(st.booleans()):
        parts.append(written(a_day(), year=True))
    reference = draw(st.none() | YEARS_1987_2015)
    return "\n\n".join(parts), reference


_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def _stated(date: D, text: str) -> bool:
    """Whether ``text`` writes this day and month (by name or by number)."""
    tokens = _TOKEN.findall(text.casefold())
    numbers = {int(t) for t in tokens if t.isdigit() and len(t) <= 2}
    named = {MONTHS[t] for t in tokens if t in MONTHS}
    return date.day in numbers and (date.month in named or date.month in numbers)


def _years(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)}


@pytest.mark.property
@given(dated_text())
def test_date_is_never_invented(case: tuple[str, D | None]) -> None:
    """A date is the header's, or one whose day and month the text writes; never made up."""
    text, reference = case
    record = newsrecord.parse(text, reference_date=reference)
    assert newsrecord.parse(text, reference_date=reference) == record
    found = record.date
    if found is None:
        return
    assert found.year <= 2016, "no date of the years the tests run in"
    header = re.match(r" date (\d{4}-\d{2}-\d{2}) ", text)
    if header is not None:
        assert found == D.fromisoformat(header[1])
        assert record.date_source == "header"
        return
    assert _stated(found, text)
    if found.year in _years(text):
        return
    # The year was inferred: from a month-only header, else from the reference.
    month_header = re.match(r" date (\d{4})-\d{2} ", text)
    if month_header is not None:
        assert abs(found.year - int(month_header[1])) <= 1
    else:
        assert reference is not None
        assert abs(found.year - reference.year) <= 1


@pytest.mark.property
@given(st.text(max_size=400), st.none() | YEARS_1987_2015)
def test_any_text_date_is_stated(text: str, reference: D | None) -> None:
    """On any text, a date found is the header's or one the text writes."""
    record = newsrecord.parse(text, reference_date=reference)
    found = record.date
    if found is None:
        return
    if record.date_source == "header":
        assert text.lstrip("\ufeff \t").startswith("date ")
        return
    assert _stated(found, text)


# ------------------------------------------------ date lines in a page's stack

STACK_DATE_LINES = [
    pytest.param("Sunday, 13, March, 2022", id="commas-everywhere"),
    pytest.param("Kamis , 4th Nov , 2021", id="space-before-commas"),
    pytest.param("09:12 KST, March 14, 2022", id="time-first"),
    pytest.param("Mi, 17.03.2021, 08.40 Uhr", id="de-weekday-uhr"),
    pytest.param("- 9 Agustus 2021, 16:20 WIB", id="id-dash-wib"),
    pytest.param("шаршемби, 14-март, 2019 Бишкек убактысы 10:15", id="ky"),
    pytest.param("Friday 9 April 2021 27 Shaban 1442", id="hijri"),
    pytest.param("UPDATE 9:40 a.m.", id="time-stamp"),
    pytest.param("Posted , updated", id="labels-stripped"),
    pytest.param("• 3 years ago", id="age"),
    pytest.param("VIEWS: 1187 09:30 14 March 2022", id="counter"),
    pytest.param("2022-03-14 41", id="date-and-count"),
    pytest.param("admin March 14, 2022", id="site-account"),
    pytest.param("Hedda Sorvik 6 hours ago Mon 14th March 2022 | 09:30 AM", id="name-age-date"),
    pytest.param("Publish Date : 14 March 2022 - 09:30", id="publish-date"),
]


@pytest.mark.parametrize("line", STACK_DATE_LINES)
@pytest.mark.parametrize("above", [True, False], ids=["above-headline", "below-headline"])
def test_date_line_is_no_headline_and_no_text(line: str, *, above: bool) -> None:
    """A date line in a stack is neither the headline nor a paragraph, above or below it."""
    stack = f"{line}\n\n{HEADLINE}" if above else f"{HEADLINE}\n\n{line}"
    record = newsrecord.parse(f"{stack}\n\n{BODY}")
    assert record.headline == HEADLINE
    assert record.paragraphs[0] == LEAD
    assert all(line not in paragraph for paragraph in record.paragraphs)
