"""
The date grammar: dates as news text writes them, and the year of one that gives none.

Every date string below is invented.  Cases the parser gets wrong today keep
the right expectation and are marked ``xfail(strict=True)`` with what it
returns instead; whoever fixes the parser removes the mark.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsrecord
from newsrecord._recognise.dates import (
    DateMatch,
    at,
    date_stamp,
    date_tail,
    find_dates,
    infer_year,
    labelled_dates,
    line_dates,
    month_number,
    settle_order,
    stamp_before,
)

TIMEOUT = newsrecord.DEFAULT.regex_timeout


@dataclass(frozen=True)
class Expected:
    """A date as found: its fields, its time (ISO, offset included) and its text."""

    year: int | None
    month: int
    day: int
    time: str | None  # `datetime.time.isoformat()`: "14:05:00+03:00", or naive "14:05:00"
    raw: str | None  # the matched text; ``None`` means the whole input
    ambiguous: bool


def d(
    text: str,
    year: int | None,
    month: int,
    day: int,
    time: str | None = None,
    *,
    raw: str | None = None,
    ambiguous: bool = False,
    id: str,  # as in pytest.param
    bug: str | None = None,
) -> pytest.ParameterSet:
    """One table row; ``bug`` marks a date the parser gets wrong today (strict xfail)."""
    marks = () if bug is None else (pytest.mark.xfail(strict=True, reason=bug),)
    expected = Expected(year, month, day, time, raw, ambiguous)
    return pytest.param(text, expected, id=id, marks=marks)


DATES = [
    # ISO 8601 dates and timestamps.
    d("2021-01-12", 2021, 1, 12, id="iso-date"),
    d("2021-01-12T14:05:00+03:00", 2021, 1, 12, "14:05:00+03:00", id="iso-offset"),
    d("2021-01-12T14:05:00Z", 2021, 1, 12, "14:05:00+00:00", id="iso-zulu"),
    d("2021-01-12T14:05:30Z", 2021, 1, 12, "14:05:30+00:00", id="iso-zulu-seconds"),
    d("2021-01-12T14:05:30.250+05:30", 2021, 1, 12, "14:05:30+05:30", id="iso-fraction-offset"),
    d("2021-01-12T14:05:00.5Z", 2021, 1, 12, "14:05:00+00:00", id="iso-short-fraction"),
    d("2021-01-12T14:05:00-0500", 2021, 1, 12, "14:05:00-05:00", id="iso-offset-no-colon"),
    d("2021-01-12T14:05:00+14:00", 2021, 1, 12, "14:05:00+14:00", id="iso-offset-plus-14"),
    d("2021-01-12T14:05", 2021, 1, 12, "14:05:00", id="iso-minutes-naive"),
    d("2021-01-12 14:05", 2021, 1, 12, "14:05:00", id="iso-space-time"),
    d("2021-01-12 14:05:00 +03:00", 2021, 1, 12, "14:05:00+03:00", id="iso-space-offset"),
    d("1999-12-31T23:59:59Z", 1999, 12, 31, "23:59:59+00:00", id="iso-last-second-1999"),
    d("2020-02-29T00:00:00+00:00", 2020, 2, 29, "00:00:00+00:00", id="iso-leap-day"),
    d("2018-10-28T09:30:00+0100", 2018, 10, 28, "09:30:00+01:00", id="iso-plus-0100"),
    d("2008-03-09T02:15:00-0800", 2008, 3, 9, "02:15:00-08:00", id="iso-minus-0800"),
    d("1987-10-19", 1987, 10, 19, id="iso-1987"),
    d(
        "Posted 2021-01-12T08:44:00-04:00 by the desk",
        2021,
        1,
        12,
        "08:44:00-04:00",
        raw="2021-01-12T08:44:00-04:00",
        id="iso-inside-text",
    ),
    # Year first with slashes or dots.
    d("2021/01/12", 2021, 1, 12, id="ymd-slash"),
    d("2021.01.12", 2021, 1, 12, id="ymd-dot"),
    d("2021/1/12", 2021, 1, 12, id="ymd-one-digit-month"),
    d("1998/12/31", 1998, 12, 31, id="ymd-1998"),
    d("2013.07.04", 2013, 7, 4, id="ymd-dot-2013"),
    # Numeric: dots are the day-first convention; slashes and hyphens go either way round.
    d("12.01.2021", 2021, 1, 12, id="dmy-dots"),
    d("12/01/21", 2021, 1, 12, ambiguous=True, id="dmy-slash-two-digit-year"),
    d("12-01-2021", 2021, 1, 12, ambiguous=True, id="dmy-hyphens"),
    d("12.01.21", 2021, 1, 12, id="dmy-dots-two-digit-year"),
    d("03/04/2021", 2021, 4, 3, ambiguous=True, id="ambiguous-read-day-first"),
    d("1.2.2021", 2021, 2, 1, id="dots-one-digit-fields"),
    d("1/2/2021", 2021, 2, 1, ambiguous=True, id="ambiguous-one-digit-fields"),
    d("07/08/09", 2009, 8, 7, ambiguous=True, id="ambiguous-all-two-digit"),
    d("01/02/70", 1970, 2, 1, ambiguous=True, id="two-digit-year-1970"),
    d("13/04/2021", 2021, 4, 13, id="unambiguous-day-first"),
    d("04/13/2021", 2021, 4, 13, id="unambiguous-month-first"),
    d("12/13/2021", 2021, 12, 13, id="unambiguous-december-month-first"),
    d("12/25/2020", 2020, 12, 25, id="christmas-month-first"),
    d("25.12.2020", 2020, 12, 25, id="christmas-day-first"),
    d("6/30/2015", 2015, 6, 30, id="month-first-one-digit"),
    d("31.12.1999", 1999, 12, 31, id="dmy-1999"),
    d("31-12-2021", 2021, 12, 31, id="dmy-hyphen-31"),
    d("29.02.2020", 2020, 2, 29, id="dmy-leap-day"),
    d("05.05.2021", 2021, 5, 5, id="same-day-and-month-not-ambiguous"),
    d("19.10.87", 1987, 10, 19, id="two-digit-year-87-dots"),
    d("19/10/87", 1987, 10, 19, id="two-digit-year-87-slash"),
    d("31/01/05", 2005, 1, 31, id="two-digit-year-05"),
    d("13.01.2021 | 11:20", 2021, 1, 13, "11:20:00", id="dmy-pipe-time"),
    d("01.02.2021 14:05", 2021, 2, 1, "14:05:00", id="dmy-time"),
    d("31.12.1999 23:59", 1999, 12, 31, "23:59:00", id="dmy-time-1999"),
    d(
        "12.01.2021, 14:05 MSK",
        2021,
        1,
        12,
        "14:05:00+03:00",
        id="dmy-time-msk",
    ),
    # English month names, month first.
    d("January 12, 2021", 2021, 1, 12, id="month-day-year"),
    d("January 12 2021", 2021, 1, 12, id="month-day-year-no-comma"),
    d("January 12th, 2021", 2021, 1, 12, id="month-ordinal-year"),
    d("jan 12, 2021", 2021, 1, 12, id="lower-case-abbreviation"),
    d("JAN. 12, 2021", 2021, 1, 12, id="capitals-abbreviation"),
    d("Jan. 12", None, 1, 12, id="abbr-period-yearless"),
    d("Jan.12", None, 1, 12, id="abbr-period-glued"),
    d("Jan 12", None, 1, 12, id="abbr-yearless"),
    d("Sept. 3, 2020", 2020, 9, 3, id="sept-period"),
    d("Sept 3", None, 9, 3, id="sept-yearless"),
    d("June 3", None, 6, 3, id="june-yearless"),
    d("May 12", None, 5, 12, id="may-yearless"),
    d("Mar. 3", None, 3, 3, id="mar-yearless"),
    d("Aug 1", None, 8, 1, id="aug-yearless"),
    d("Nov. 30", None, 11, 30, id="nov-yearless"),
    d("December 25", None, 12, 25, id="december-yearless"),
    d("July 4, 1987", 1987, 7, 4, id="july-1987"),
    d("Oct. 19, 1987", 1987, 10, 19, id="oct-1987"),
    d("Dec 31, 1999", 1999, 12, 31, id="dec-1999"),
    d("Dec 31 1999", 1999, 12, 31, id="dec-1999-no-comma"),
    d("Feb. 29, 2020", 2020, 2, 29, id="feb-leap-day"),
    d("on May 4, 2021 the", 2021, 5, 4, raw="May 4, 2021", id="inside-sentence"),
    # English month names, day first, with ordinals.
    d("12 January 2021", 2021, 1, 12, id="day-month-year"),
    d("12 January, 2021", 2021, 1, 12, id="day-month-comma-year"),
    d("12 JANUARY 2021", 2021, 1, 12, id="day-month-capitals"),
    d("12th January 2021", 2021, 1, 12, id="ordinal-th"),
    d("1st March 2020", 2020, 3, 1, id="ordinal-st"),
    d("2nd March 2020", 2020, 3, 2, id="ordinal-nd"),
    d("3rd March 2020", 2020, 3, 3, id="ordinal-rd"),
    d("21st June 1999", 1999, 6, 21, id="ordinal-21st"),
    d("22nd June 1999", 1999, 6, 22, id="ordinal-22nd"),
    d("23rd June 1999", 1999, 6, 23, id="ordinal-23rd"),
    d("3 Sept 2020", 2020, 9, 3, id="day-sept-year"),
    d("1 January 2000", 2000, 1, 1, id="new-year-2000"),
    d("12 January, 14:05", None, 1, 12, "14:05:00", id="yearless-with-time"),
    # Weekday prefixes.
    d("Tuesday, 12 January 2021", 2021, 1, 12, id="weekday-comma"),
    d("Tuesday January 12, 2021", 2021, 1, 12, id="weekday-no-comma"),
    d("Tue., Jan. 12, 2021", 2021, 1, 12, id="weekday-abbr-period"),
    d("Monday, 11 January 2021", 2021, 1, 11, id="weekday-monday"),
    d("Saturday, 1 May 2021", 2021, 5, 1, id="weekday-saturday"),
    d(
        "Tuesday, 12 January 2021 14:05 GMT",
        2021,
        1,
        12,
        "14:05:00+00:00",
        id="weekday-time-gmt",
    ),
    d("Tue, 12 Jan 2021 14:05 GMT", 2021, 1, 12, "14:05:00+00:00", id="rfc-like-minutes"),
    d("Tue 12 Jan 2021 14:05:00 GMT", 2021, 1, 12, "14:05:00+00:00", id="weekday-no-comma-gmt"),
    d("Tue, 12 Jan 2021 14:05:00 +0000", 2021, 1, 12, "14:05:00+00:00", id="rfc-2822"),
    d("Fri, 15 Jan 2021 09:00:00 GMT", 2021, 1, 15, "09:00:00+00:00", id="rfc-friday"),
    d(
        "Tuesday, January 12, 2021 - 14:05",
        2021,
        1,
        12,
        "14:05:00",
        id="weekday-dash-time",
    ),
    d(
        "Wednesday, 13 January 2021, 11:20 (GMT+4)",
        2021,
        1,
        13,
        "11:20:00+04:00",
        id="weekday-bracketed-gmt",
    ),
    d(
        "Sunday, May 2, 2021, 10:30 a.m.",
        2021,
        5,
        2,
        "10:30:00",
        id="weekday-am-no-zone",
    ),
    d("Thu, Jan 14, 2021 8:00 PM EST", 2021, 1, 14, "20:00:00-05:00", id="weekday-pm-est"),
    # Times, clocks and zones.
    d("Jun 20, 2020, 8:44 AM EDT", 2020, 6, 20, "08:44:00-04:00", id="am-edt"),
    d("Jan 12, 2021, 8:44AM EDT", 2021, 1, 12, "08:44:00-04:00", id="am-glued"),
    d(
        "January 12, 2021 2:30 p.m. (GMT+3)",
        2021,
        1,
        12,
        "14:30:00+03:00",
        id="pm-bracketed-gmt",
    ),
    d(
        "January 12, 2021 at 2:30 p.m. (GMT+3)",
        2021,
        1,
        12,
        "14:30:00+03:00",
        id="at-pm-bracketed-gmt",
    ),
    d("Jan. 12, 2021, 12:30 a.m. EST", 2021, 1, 12, "00:30:00-05:00", id="half-past-midnight"),
    d("Jan. 12, 2021, 12:15 PM PST", 2021, 1, 12, "12:15:00-08:00", id="quarter-past-noon"),
    d("Jan. 12, 2021, 11:59 pm", 2021, 1, 12, "23:59:00", id="pm-no-zone"),
    d("Jan. 31, 2021 23:59 EST", 2021, 1, 31, "23:59:00-05:00", id="24h-est"),
    d("Jan. 12 8:44 a.m. EST", None, 1, 12, "08:44:00-05:00", id="yearless-am-est"),
    d("Jan. 12, 8:44 a.m. EST", None, 1, 12, "08:44:00-05:00", id="yearless-comma-am"),
    d("12 January 2021 - 14:05 GMT+4", 2021, 1, 12, "14:05:00+04:00", id="dash-gmt-plus"),
    d("12 January 2021 | 14:05", 2021, 1, 12, "14:05:00", id="pipe-time"),
    d("12 January 2021 14:05 MSK", 2021, 1, 12, "14:05:00+03:00", id="zone-msk"),
    d("12 January 2021 14:05 IST", 2021, 1, 12, "14:05:00+05:30", id="zone-ist"),
    d("12 January 2021 14:05 CET", 2021, 1, 12, "14:05:00+01:00", id="zone-cet"),
    d("12 January 2021 14:05 AZT", 2021, 1, 12, "14:05:00+04:00", id="zone-azt"),
    d("12 January 2021 14:05 TRT", 2021, 1, 12, "14:05:00+03:00", id="zone-trt"),
    d("12 January 2021 14:05 UTC", 2021, 1, 12, "14:05:00+00:00", id="zone-utc"),
    d("12 January 2021 14:05 UTC+3", 2021, 1, 12, "14:05:00+03:00", id="zone-utc-plus"),
    d("12 January 2021 14:05 GMT-5", 2021, 1, 12, "14:05:00-05:00", id="zone-gmt-minus"),
    d("12 January 2021 14:05 +0530", 2021, 1, 12, "14:05:00+05:30", id="zone-numeric"),
    d(
        "12 January 2021 14:05 (UTC+05:30)",
        2021,
        1,
        12,
        "14:05:00+05:30",
        id="zone-bracketed-utc-minutes",
    ),
    d("12 January 2021 14:05:09 HKT", 2021, 1, 12, "14:05:09+08:00", id="zone-hkt-seconds"),
    d("12 January 2021 00:00 UTC", 2021, 1, 12, "00:00:00+00:00", id="midnight-utc"),
    d("12 January 2021 14.05", 2021, 1, 12, "14:05:00", id="time-with-dot"),
    d("March 3, 2021, 14:05 CEST", 2021, 3, 3, "14:05:00+02:00", id="zone-cest"),
    d("3 June 2021 09:15 BST", 2021, 6, 3, "09:15:00+01:00", id="zone-bst"),
    d(
        "By Marisol QuenbyJun 20, 2020, 8:44 AM EDT",
        2020,
        6,
        20,
        "08:44:00-04:00",
        raw="Jun 20, 2020, 8:44 AM EDT",
        id="glued-to-a-name",
    ),
    d(
        "On Jan. 12, 2021, 12.50 pct of voters",
        2021,
        1,
        12,
        raw="Jan. 12, 2021",
        id="percentage-is-no-time",
    ),
    # French.
    d("12 janvier 2021", 2021, 1, 12, id="fr-janvier"),
    d("mardi 12 janvier 2021", 2021, 1, 12, id="fr-weekday"),
    d("3 février 2021", 2021, 2, 3, id="fr-fevrier"),
    d("12 août 2021", 2021, 8, 12, id="fr-aout"),
    d("14 juillet 1989", 1989, 7, 14, id="fr-juillet"),
    d("25 décembre 2020", 2020, 12, 25, id="fr-decembre"),
    d(
        "1er mars 2021",
        2021,
        3,
        1,
        id="fr-premier",
    ),
    # German.
    d("12. Januar 2021", 2021, 1, 12, id="de-januar"),
    d("1. März 2021", 2021, 3, 1, id="de-maerz"),
    d("Dienstag, 12. Januar 2021", 2021, 1, 12, id="de-weekday"),
    d("12. Jan. 2021", 2021, 1, 12, id="de-abbreviation"),
    d("3. Oktober 1990", 1990, 10, 3, id="de-oktober"),
    d("24. Dezember 2019", 2019, 12, 24, id="de-dezember"),
    d(
        "12. Januar 2021, 14:05 Uhr",
        2021,
        1,
        12,
        "14:05:00",
        id="de-uhr",
    ),
    # Spanish.
    d("12 de enero de 2021", 2021, 1, 12, id="es-enero"),
    d("martes, 12 de enero de 2021", 2021, 1, 12, id="es-weekday"),
    d("1 de septiembre de 2020", 2020, 9, 1, id="es-septiembre"),
    d("25 de diciembre de 2020", 2020, 12, 25, id="es-diciembre"),
    d("12 de enero", None, 1, 12, id="es-yearless"),
    d(
        "12 de enero del 2021",
        2021,
        1,
        12,
        id="es-del",
    ),
    # Portuguese.
    d("12 de janeiro de 2021", 2021, 1, 12, id="pt-janeiro"),
    d("terça-feira, 12 de janeiro de 2021", 2021, 1, 12, id="pt-weekday"),
    d("3 de março de 2021", 2021, 3, 3, id="pt-marco"),
    d("7 de setembro de 2022", 2022, 9, 7, id="pt-setembro"),
    d("25 de dezembro", None, 12, 25, id="pt-yearless"),
    # Italian.
    d("12 gennaio 2021", 2021, 1, 12, id="it-gennaio"),
    d("martedì 12 gennaio 2021", 2021, 1, 12, id="it-weekday"),
    d("3 settembre 2020", 2020, 9, 3, id="it-settembre"),
    d("2 giugno 2021", 2021, 6, 2, id="it-giugno"),
    d("31 dicembre 2019", 2019, 12, 31, id="it-dicembre"),
    # Russian (genitive).
    d("12 января 2021", 2021, 1, 12, id="ru-yanvarya"),
    d("12 января 2021 года", 2021, 1, 12, id="ru-goda"),
    d("12 января 2021 г.", 2021, 1, 12, id="ru-g"),
    d("вторник, 12 января 2021", 2021, 1, 12, id="ru-weekday"),
    d("1 марта 2020", 2020, 3, 1, id="ru-marta"),
    d("12 ЯНВАРЯ 2021", 2021, 1, 12, id="ru-capitals"),
    d("9 мая", None, 5, 9, id="ru-yearless"),
    d("15 сентября 2021 года в 10:00", 2021, 9, 15, "10:00:00", id="ru-sentyabrya"),
    # Turkish.
    d("12 Ocak 2021", 2021, 1, 12, id="tr-ocak"),
    d("12 Şubat 2021 Cuma", 2021, 2, 12, raw="12 Şubat 2021", id="tr-subat"),
    d("12 Ağustos 2021", 2021, 8, 12, id="tr-agustos"),
    d("12 EYLÜL 2021", 2021, 9, 12, id="tr-eylul-capitals"),
    d("29 Ekim 2020", 2020, 10, 29, id="tr-ekim"),
    d("12 Ocak 2021 14:05 TRT", 2021, 1, 12, "14:05:00+03:00", id="tr-time-trt"),
    d(
        "12 MAYIS 2021",
        2021,
        5,
        12,
        id="tr-mayis-capitals",
    ),
    d(
        "23 NİSAN 2021",
        2021,
        4,
        23,
        id="tr-nisan-capitals",
    ),
    # Azerbaijani.
    d("12 yanvar 2021", 2021, 1, 12, id="az-yanvar"),
    d("12 fevral 2021", 2021, 2, 12, id="az-fevral"),
    d("3 avqust 2021", 2021, 8, 3, id="az-avqust"),
    d("12 Yanvar 2021-ci il", 2021, 1, 12, id="az-ci-il"),
    d("17 mart 2022, 14:05", 2022, 3, 17, "14:05:00", id="az-mart-time"),
    d("28 may 2021", 2021, 5, 28, id="az-may"),
    d("20 sentyabr 2021", 2021, 9, 20, id="az-sentyabr"),
    # Month abbreviations beyond English, as wires and web pages print them.
    d("12 janv. 2021", 2021, 1, 12, id="fr-janv"),
    d("3 févr. 2022", 2022, 2, 3, id="fr-fevr"),
    d("14 juil. 2020", 2020, 7, 14, id="fr-juil"),
    d("12. Okt. 2021", 2021, 10, 12, id="de-okt"),
    d("24. Dez. 2019", 2019, 12, 24, id="de-dez"),
    d("3 DIC 2021", 2021, 12, 3, id="es-dic-capitals"),
    d("12 ene. 2021", 2021, 1, 12, id="es-ene"),
    d("12 fev 2021", 2021, 2, 12, id="pt-fev"),
    d("12 GEN 2021", 2021, 1, 12, id="it-gen-capitals"),
    d("5 mag 2021", 2021, 5, 5, id="it-mag"),
    d("12 янв. 2021", 2021, 1, 12, id="ru-abbr"),
    d("3 сент. 2021 г.", 2021, 9, 3, id="ru-sent-g"),
    d("12 Eki 2021", 2021, 10, 12, id="tr-eki"),
    # Words between a date and its time, and after the time, by language.
    d("12 janvier 2021 à 14h05", 2021, 1, 12, "14:05:00", id="fr-a-14h05"),
    d("12 de enero de 2021 a las 14:05", 2021, 1, 12, "14:05:00", id="es-a-las"),
    d("12 de janeiro de 2021 às 14h05", 2021, 1, 12, "14:05:00", id="pt-as-14h05"),
    d("12 gennaio 2021 alle 14:05", 2021, 1, 12, "14:05:00", id="it-alle"),
    d("12.01.2021 um 14:05 Uhr MEZ", 2021, 1, 12, "14:05:00+01:00", id="de-um-uhr-mez"),
    d("12.01.2021 г. в 14:05", 2021, 1, 12, "14:05:00", id="ru-g-v"),
    d("12 Ocak 2021 saat 14:05", 2021, 1, 12, "14:05:00", id="tr-saat"),
    d("January 12, 2021 / 2:05 PM", 2021, 1, 12, "14:05:00", id="slash-time"),
    d("12 January 2021 • 14:05 GMT", 2021, 1, 12, "14:05:00+00:00", id="bullet-time"),
    # Commas and hyphens between every part, spaces before commas, more weekdays.
    d("Sunday, 14, March, 2021", 2021, 3, 14, id="commas-between-every-part"),
    d("Kamis , 4th Nov , 2021", 2021, 11, 4, id="space-before-commas-ordinal"),
    d("Jumanne, 9 Februari 2021", 2021, 2, 9, id="sw-weekday-februari"),
    d("Alhamisi, 3 Desemba 2020", 2020, 12, 3, id="sw-desemba"),
    d("Selasa, 3 Agustus 2021", 2021, 8, 3, id="id-weekday-agustus"),
    d("Isnin, 18 Mac 2021", 2021, 3, 18, id="ms-mac"),
    d("9 Ogos 2021", 2021, 8, 9, id="ms-ogos"),
    d("шейшемби, 14-март, 2019", 2019, 3, 14, id="ky-hyphen-month"),
    d("14-Mar-2021", 2021, 3, 14, id="hyphens-abbreviation"),
    d(
        "(NPA) 09:12, March 14, 2022",
        2022,
        3,
        14,
        raw="March 14, 2022",
        id="time-comma-before-month-first",
    ),
    d("Thứ Hai, 14/03/2022", 2022, 3, 14, id="vi-weekday-numeric"),
    d("Mo., 14.03.2022", 2022, 3, 14, id="de-weekday-abbreviation"),
    d("Sa, 13.03.2021, 09.15 Uhr", 2021, 3, 13, "09:15:00", id="de-dotted-time-uhr"),
    d("3 Agustus 2021, 10:05 WIB", 2021, 8, 3, "10:05:00+07:00", id="zone-wib"),
    d("3 Agustus 2021, 10:05 WITA", 2021, 8, 3, "10:05:00+08:00", id="zone-wita"),
    d("12 May 2021 14:05 EAT", 2021, 5, 12, "14:05:00+03:00", id="zone-eat"),
    d("12 May 2021 14:05 WAT", 2021, 5, 12, "14:05:00+01:00", id="zone-wat"),
    d("12 May 2021 14:05 PKT", 2021, 5, 12, "14:05:00+05:00", id="zone-pkt"),
    d("18 Yanvar 2022 15:01 (UTC +04:00)", 2022, 1, 18, "15:01:00+04:00", id="zone-spaced-utc"),
    # Non-breaking and narrow spaces, as crawled pages carry them.
    d("12\u00a0Jan\u00a02021,\u00a014:05\u00a0GMT", 2021, 1, 12, "14:05:00+00:00", id="nbsp"),
    d("12\u202fJanuary\u202f2021", 2021, 1, 12, id="narrow-nbsp"),
    d("Jan.\u00a012,\u00a02021", 2021, 1, 12, id="nbsp-month-first"),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_date_fields(text: str, expected: Expected) -> None:
    """Each date form yields its year, month, day, time with offset, span and ambiguity."""
    found = find_dates(text, TIMEOUT)
    assert found, "no date found"
    first = found[0]
    assert (first.year, first.month, first.day) == (expected.year, expected.month, expected.day)
    assert (None if first.time is None else first.time.isoformat()) == expected.time
    assert text[first.start : first.end] == (text if expected.raw is None else expected.raw)
    assert first.ambiguous is expected.ambiguous


def nd(text: str, *, id: str, bug: str | None = None) -> pytest.ParameterSet:
    """One row of text that holds no date; ``bug`` marks one the parser reads as a date today."""
    marks = () if bug is None else (pytest.mark.xfail(strict=True, reason=bug),)
    return pytest.param(text, id=id, marks=marks)


NOT_DATES = [
    # Impossible calendar dates.
    nd("February 30, 2021", id="february-30"),
    nd("31.04.2021", id="april-31-numeric"),
    nd("29.02.2021", id="february-29-no-leap-year"),
    nd("2021-02-29", id="iso-february-29-no-leap-year"),
    nd("2021-04-31", id="iso-april-31"),
    nd("2021-13-01", id="iso-month-13"),
    nd("2021-00-10", id="iso-month-0"),
    nd("32/01/2021", id="day-32"),
    nd("00/01/2021", id="day-0"),
    nd("12/00/2021", id="month-0"),
    nd("31 June 2021", id="june-31"),
    nd("30 февраля 2021", id="ru-february-30"),
    nd("31 April", id="yearless-april-31"),
    nd("Feb. 30", id="yearless-february-30"),
    # Numbers that are not dates.
    nd("the 2021-22 season", id="season"),
    nd("FY2021-22", id="fiscal-year"),
    nd("2021-2022", id="year-range"),
    nd("1987-1990", id="year-range-1987"),
    nd("12.5 pct", id="percentage"),
    nd("1.5 million", id="decimal"),
    nd("$12.01", id="price"),
    nd("Room 12.01", id="room-number"),
    nd("at 10 to 12", id="ten-to-twelve"),
    nd("10/12", id="fraction"),
    nd("3-1 win", id="score"),
    nd("score 21-10", id="score-two-digits"),
    nd("10:00-12:00", id="hours-range"),
    nd("ISO 9001:2015", id="standard"),
    nd("in 2021", id="year-alone"),
    nd("the 1990s", id="decade"),
    nd("Q3 2021", id="quarter"),
    nd("page 12 of 2021", id="page-of"),
    # Months without a day, and times without a date.
    nd("May 2022", id="month-year"),
    nd("January 2021", id="january-year"),
    nd("June 2021", id="june-year"),
    nd("Sun 12", id="weekday-and-number"),
    nd("14:05 GMT", id="time-gmt-alone"),
    nd("8:44 AM EDT", id="time-am-alone"),
    nd("2:30 p.m. (GMT+3)", id="time-bracketed-zone-alone"),
    # Version numbers.
    nd("version 1.2.3", id="version-three-parts"),
    nd("v2.10.12", id="version-v-prefix"),
    nd("release 10.0.19041", id="version-build"),
    nd("4.2.1-beta", id="version-beta"),
    nd(
        "firmware version 2.10.15",
        id="version-date-shaped",
    ),
    # Phone numbers and addresses.
    nd("(212) 555-0147", id="phone-us"),
    nd("+7 495 123-45-67", id="phone-grouped"),
    nd("+994 12 404 10 10", id="phone-spaced"),
    nd(
        "hotline 8-800-12-12-12",
        id="phone-hyphen-chain",
    ),
    nd(
        "server 10.12.1.20",
        id="ip-address",
    ),
    # Portuguese and Italian `set`, Portuguese `out` are English words after numbers.
    nd("The council won 12 out of 15 seats.", id="out-of"),
    nd("She won in 3 sets, 6-4 and a 7 set tie-break.", id="set"),
    nd("The bridge opened at 14h05.", id="time-alone"),
    # A comma or a hyphen joins a day to a month only when the year follows.
    nd("The vote on page 3, May said, was close.", id="comma-number-name"),
    nd("a 3-May vote", id="hyphen-yearless"),
    # A weekday's abbreviation that is also a month's stays the month's (`Mar 12`).
    nd("so 12 of them", id="abbreviation-before-a-number"),
    # Indonesian `des` is left out: a French word after numbers.
    nd("3 des 5 candidats", id="fr-des"),
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    """Impossible calendar dates and numbers shaped like dates give no match."""
    assert find_dates(text, TIMEOUT) == []


def test_dates_in_order_and_limit() -> None:
    """`find_dates` returns dates in text order and stops at ``limit``."""
    text = "Filed 12 January 2021, revised Jan. 13, 2021 and again on 2021-01-14."
    found = find_dates(text, TIMEOUT)
    assert [(m.month, m.day) for m in found] == [(1, 12), (1, 13), (1, 14)]
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert find_dates(text, TIMEOUT, limit=1) == found[:1]


def test_impossible_date_is_skipped_not_the_next() -> None:
    """An impossible date is skipped and the next real one is still found."""
    found = find_dates("Not February 30, 2021 but March 1, 2021.", TIMEOUT)
    assert [(m.year, m.month, m.day) for m in found] == [(2021, 3, 1)]


def ld(
    line: str,
    label: str | None,
    ymd: tuple[int, int, int] | None = None,
    time: str | None = None,
    *,
    counter: bool = False,
    id: str,  # as in pytest.param
) -> pytest.ParameterSet:
    """One line and the date it gives as the page's own (``label`` ``None``: it gives none)."""
    return pytest.param(line, counter, label, ymd, time, id=id)


# Lines that date the page, invented in the shapes of FORMATS.md sections D and E.
LINE_DATES = [
    ld("Sunday, 14, March, 2021", "alone", (2021, 3, 14), id="commas-everywhere"),
    ld("Kamis , 4th Nov , 2021", "alone", (2021, 11, 4), id="space-before-commas"),
    ld("09:12 KST, March 14, 2022", "alone", (2022, 3, 14), "09:12:00+09:00", id="time-first"),
    ld("Mi, 17.03.2021, 08.40 Uhr", "alone", (2021, 3, 17), "08:40:00", id="de-abbreviation"),
    ld("- 9 Agustus 2021, 16:20 WIB", "alone", (2021, 8, 9), "16:20:00+07:00", id="dash-wib"),
    ld(
        "шаршемби, 14-март, 2019 Бишкек убактысы 10:15",
        "alone",
        (2019, 3, 14),
        id="ky-city-time",
    ),
    ld("Friday 9 April 2021 27 Shaban 1442", "alone", (2021, 4, 9), id="hijri-beside"),
    ld("VIEWS: 1187 09:30 14 March 2022", "alone", (2022, 3, 14), "09:30:00", id="counter"),
    ld("2022-03-14 41", "alone", (2022, 3, 14), counter=True, id="bare-count-in-lead"),
    ld("2022-03-14 41", None, id="bare-count-elsewhere"),
    ld("admin March 14, 2022", "alone", (2022, 3, 14), id="site-account"),
    ld("12:05 Ngày 14/03/2022", "alone", (2022, 3, 14), "12:05:00", id="vi-day-word"),
    ld("Politics 14 March 2022 09:30", "alone", (2022, 3, 14), "09:30:00", id="section"),
    ld("Publish Date: 14 March 2022 - 09:30", "published", (2022, 3, 14), "09:30:00", id="publish"),
    ld("Publish Date : 14 March 2022", "published", (2022, 3, 14), id="publish-spaced-colon"),
    ld("Date published: 14/03/2022", "published", (2022, 3, 14), id="date-published"),
    ld("Posted at 14 March 2022", "published", (2022, 3, 14), id="posted-at"),
    ld("Erstellt: 14.03.2022", "published", (2022, 3, 14), id="de-erstellt"),
    ld("Data de publicação: 14/03/2022", "published", (2022, 3, 14), id="pt-data"),
    ld("Tarih: 14.03.2022", "published", (2022, 3, 14), id="tr-tarih"),
    ld("Дата создания: 14.03.2022 09:30", "published", (2022, 3, 14), "09:30:00", id="ru-created"),
    ld("Updated at : 15 March 2022", "updated", (2022, 3, 15), id="updated-at"),
    ld(
        "EMBARGOED UNTIL 00:01 GMT, 14 March 2022",
        "published",
        (2022, 3, 14),
        "00:01:00+00:00",
        id="embargo",
    ),
    # A date the story mentions never dates the page.
    ld("The council met on 14 March 2022 to vote on the bridge.", None, id="sentence"),
    ld("Lornby Rovers 2 Vesk Town 1, 14 March 2022", None, id="result"),
    ld("Hedda Sorvik 6 hours ago 14 March 2022", None, id="a-name-beside"),
    ld("14 March 2022 to 16 March 2022", None, id="range"),
]


@pytest.mark.parametrize(("line", "counter", "label", "ymd", "time"), LINE_DATES)
def test_line_dates(
    line: str,
    counter: bool,
    label: str | None,
    ymd: tuple[int, int, int] | None,
    time: str | None,
) -> None:
    """A short line dates the page after a label or alone, with nothing else beside its date."""
    found = line_dates(line, TIMEOUT, counter=counter)
    if label is None:
        assert found == []
        return
    assert found, "no date"
    kind, match = found[0]
    assert (kind, (match.year, match.month, match.day)) == (label, ymd)
    assert (None if match.time is None else match.time.isoformat()) == time


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        pytest.param("UPDATE 9:40 a.m.", True, id="label-time"),
        pytest.param("Posted , updated", True, id="labels-without-dates"),
        pytest.param("Published", True, id="label-alone"),
        pytest.param("15:10 hrs", True, id="time-alone"),
        pytest.param("6 hours ago", False, id="age-is-furniture's"),
        pytest.param("Views: 1187", False, id="counter-alone"),
        pytest.param("Monday", False, id="weekday-alone"),
        pytest.param("admin", False, id="account-alone"),
        pytest.param("Updated rules for 2022 take effect", False, id="headline"),
        pytest.param("At 9:40 the bridge opened.", False, id="sentence"),
    ],
)
def test_date_stamp(line: str, stamp: bool) -> None:
    """A time or a date label whose date the page left out stamps the page; nothing else."""
    assert date_stamp(line, TIMEOUT) is stamp


@pytest.mark.parametrize(
    ("raw", "rest"),
    [
        pytest.param("14.03.2022 09:30 : Bridge reopens after repairs", "Bridge", id="colon"),
        pytest.param("2022-03-14 | Bridge reopens after repairs", "Bridge", id="bar"),
        pytest.param("14 March 2022 - Bridge reopens after repairs", "Bridge", id="dash"),
        pytest.param("14 March - Bridge reopens after repairs", None, id="no-year"),
        pytest.param("The bridge reopened on 14.03.2022: a relief", None, id="not-first"),
        pytest.param("14 March 2022 - 09:30", None, id="time-is-the-date's"),
    ],
)
def test_stamp_before(raw: str, rest: str | None) -> None:
    """A dated timestamp opening a line, then a separator: where the rest starts."""
    found = stamp_before(raw, TIMEOUT)
    assert (None if found is None else raw[found[1] :].split()[0]) == rest


@pytest.mark.parametrize(
    ("line", "head"),
    [
        pytest.param(
            "Hedda Sorvik 6 hours ago Mon 14th March 2022 | 09:30 AM", "Hedda Sorvik ", id="age"
        ),
        pytest.param("Hedda Sorvik 14 March 2022", "Hedda Sorvik ", id="bare"),
        pytest.param("14 March 2022", None, id="date-alone"),
        pytest.param("Hedda Sorvik 14 March 2022 in Lornby", None, id="place-after"),
    ],
)
def test_date_tail(line: str, head: str | None) -> None:
    """What stands before a date line that ends a line (a name, for the byline reader)."""
    found = date_tail(line, TIMEOUT)
    assert (None if found is None else line[: found[0]]) == head


LABELLED = [
    pytest.param(
        "Published: 12 January 2021 Updated: 13 January 2021",
        [("published", 2021, 1, 12), ("updated", 2021, 1, 13)],
        id="published-then-updated",
    ),
    pytest.param("Last updated on Jan. 12, 2021", [("updated", 2021, 1, 12)], id="last-updated-on"),
    pytest.param("Posted: January 12, 2021", [("published", 2021, 1, 12)], id="posted"),
    pytest.param(
        "Posted on January 12, 2021 at 8:44 p.m. (GMT+3)",
        [("published", 2021, 1, 12)],
        id="posted-on-with-time",
    ),
    pytest.param("Date: 2021-01-12", [("published", 2021, 1, 12)], id="date-label"),
    pytest.param("Date: 12 January", [("published", None, 1, 12)], id="yearless"),
    pytest.param(
        "Veröffentlicht am 12. Januar 2021", [("published", 2021, 1, 12)], id="de-published"
    ),
    pytest.param(
        "Publicado el 12 de enero de 2021", [("published", 2021, 1, 12)], id="es-published"
    ),
    pytest.param("Publié le 12 janvier 2021", [("published", 2021, 1, 12)], id="fr-published"),
    pytest.param("Mis à jour le 13 janvier 2021", [("updated", 2021, 1, 13)], id="fr-updated"),
    pytest.param("Aggiornato il 12 gennaio 2021", [("updated", 2021, 1, 12)], id="it-updated"),
    pytest.param(
        "Опубликовано: 12 января 2021, 14:05 MSK",
        [("published", 2021, 1, 12)],
        id="ru-published",
    ),
    pytest.param("Обновлено: 13 января 2021", [("updated", 2021, 1, 13)], id="ru-updated"),
    pytest.param(
        "Yayınlanma: 12 Ocak 2021 14:05 TRT", [("published", 2021, 1, 12)], id="tr-published"
    ),
    pytest.param("Son güncelleme: 13 Ocak 2021", [("updated", 2021, 1, 13)], id="tr-updated"),
    pytest.param("Dərc olunub: 12 yanvar 2021", [("published", 2021, 1, 12)], id="az-published"),
    pytest.param(
        "Updated 9:05 AM EST, Tue January 12, 2021",
        [("updated", 2021, 1, 12)],
        id="time-before-date",
    ),
    pytest.param(
        "Last updated: 14:05 GMT, Tuesday, 12 January 2021",
        [("updated", 2021, 1, 12)],
        id="time-zone-before-weekday-date",
    ),
    pytest.param("Publié le 03/04/2021", [("published", 2021, 4, 3)], id="fr-day-first"),
    pytest.param("Stand: 13.01.2021 09:30 Uhr", [("updated", 2021, 1, 13)], id="de-stand"),
    pytest.param(
        "Publicado em 12/01/2021 às 14h05", [("published", 2021, 1, 12)], id="pt-publicado-em"
    ),
    pytest.param("Published: a long time ago", [], id="label-without-date"),
    pytest.param("Published: 9:05 AM EST", [], id="label-time-without-date"),
    pytest.param("Published: February 30, 2021", [], id="label-impossible-date"),
    pytest.param("Updated: 13:05", [], id="label-time-only"),
    pytest.param("The candidate: January 12, 2021", [], id="word-ending-in-date"),
    pytest.param("The update: January 12, 2021", [], id="noun-not-label"),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_labelled_dates(text: str, expected: list[tuple[str, int | None, int, int]]) -> None:
    """A label says whether the date after it is a publication or an update date."""
    found = labelled_dates(text, TIMEOUT)
    assert [(kind, m.year, m.month, m.day) for kind, m in found] == expected


def test_labelled_time_keeps_its_offset() -> None:
    """The time after a label keeps the zone the text names."""
    [(kind, match)] = labelled_dates("Posted on January 12, 2021 at 8:44 p.m. (GMT+3)", TIMEOUT)
    assert kind == "published"
    assert match.time == datetime.time(
        20, 44, tzinfo=datetime.timezone(datetime.timedelta(hours=3))
    )
    assert match.time is not None
    assert match.time.utcoffset() == datetime.timedelta(hours=3)


def test_time_before_the_date_is_kept() -> None:
    """`Published 9:05 AM EST, Tue January 12, 2021`: the leading time and zone date the match."""
    text = "Published 9:05 AM EST, Tue January 12, 2021"
    [(kind, match)] = labelled_dates(text, TIMEOUT)
    assert kind == "published"
    assert match.time == datetime.time(9, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    assert text[match.start : match.end] == "9:05 AM EST, Tue January 12, 2021"


@pytest.mark.parametrize(
    ("text", "ambiguous"),
    [
        pytest.param("Publié le 03/04/2021", False, id="fr"),
        pytest.param("Veröffentlicht am 03/04/2021", False, id="de"),
        pytest.param("Опубликовано 03/04/2021", False, id="ru"),
        pytest.param("Published: 03/04/2021", True, id="en"),
    ],
)
def test_day_first_language_settles_a_numeric_date(text: str, *, ambiguous: bool) -> None:
    """A label in a day-first language reads `03/04/2021` as 3 April; an English one cannot tell."""
    [(_, match)] = labelled_dates(text, TIMEOUT)
    assert (match.month, match.day, match.ambiguous) == (4, 3, ambiguous)


MONTH_NUMBERS = [
    pytest.param("January", 1, id="en"),
    pytest.param("Sept.", 9, id="en-abbr-period"),
    pytest.param("SEPT", 9, id="en-abbr-capitals"),
    pytest.param("février", 2, id="fr"),
    pytest.param("März", 3, id="de"),
    pytest.param("abril", 4, id="es"),
    pytest.param("maio", 5, id="pt"),
    pytest.param("giugno", 6, id="it"),
    pytest.param("июля", 7, id="ru-genitive"),
    pytest.param("Август", 8, id="ru-nominative"),
    pytest.param("Eylül", 9, id="tr"),
    pytest.param("ŞUBAT", 2, id="tr-capitals"),
    pytest.param("oktyabr", 10, id="az"),
    pytest.param("12", 12, id="digits"),
    pytest.param("13", None, id="digits-out-of-range"),
    pytest.param("0", None, id="zero"),
    pytest.param("Smarch", None, id="not-a-month"),
    pytest.param("janv.", 1, id="fr-abbr"),
    pytest.param("Dez", 12, id="de-abbr"),
    pytest.param("DIC", 12, id="es-it-abbr"),
    pytest.param("сент", 9, id="ru-abbr"),
    pytest.param("Ağu", 8, id="tr-abbr"),
    pytest.param("set", None, id="pt-it-set-is-english"),
    pytest.param("out", None, id="pt-out-is-english"),
    pytest.param(
        "MAYIS",
        5,
        id="tr-capitals-dotless",
    ),
]


@pytest.mark.parametrize(("name", "number"), MONTH_NUMBERS)
def test_month_number(name: str, number: int | None) -> None:
    """Month names in any listed language, any case, map to their number."""
    assert month_number(name) == number


def _numeric(first: int, second: int, year: int) -> DateMatch:
    """The match of a numeric date `first/second/year` as the parser reads it."""
    [found] = find_dates(f"{first:02d}/{second:02d}/{year}", TIMEOUT)
    return found


SETTLE = [
    pytest.param([(3, 4, 2021), (13, 4, 2021)], None, False, id="unambiguous-day-first"),
    pytest.param([(3, 4, 2021), (4, 13, 2021)], None, True, id="unambiguous-month-first"),
    pytest.param(
        [(3, 4, 2021), (4, 13, 2021)],
        datetime.date(2021, 4, 3),
        True,
        id="text-wins-over-anchor",
    ),
    pytest.param([(3, 4, 2021)], datetime.date(2021, 3, 5), True, id="anchor-near-month-first"),
    pytest.param([(3, 4, 2021)], datetime.date(2021, 4, 5), False, id="anchor-near-day-first"),
    pytest.param([(3, 4, 2021)], None, None, id="nothing-tells"),
    pytest.param([], datetime.date(2021, 4, 5), None, id="no-dates"),
]


@pytest.mark.parametrize(("dates", "anchor", "month_first"), SETTLE)
def test_settle_order(
    dates: list[tuple[int, int, int]], anchor: datetime.date | None, month_first: bool | None
) -> None:
    """An unambiguous numeric date, else the nearer reading to the anchor, settles the order."""
    matches = [_numeric(*fields) for fields in dates]
    assert settle_order(matches, anchor) is month_first


def test_at_reads_month_first_only_when_ambiguous() -> None:
    """`at` swaps day and month of an ambiguous date only, and only when asked."""
    ambiguous = _numeric(3, 4, 2021)
    assert at(ambiguous, 2021) == datetime.date(2021, 4, 3)
    assert at(ambiguous, 2021, month_first=True) == datetime.date(2021, 3, 4)
    settled = _numeric(13, 4, 2021)
    assert at(settled, 2021, month_first=True) == datetime.date(2021, 4, 13)


INFER = [
    pytest.param(12, 31, datetime.date(2023, 1, 2), True, datetime.date(2022, 12, 31), id="dec-31"),
    pytest.param(1, 1, datetime.date(2022, 12, 31), True, datetime.date(2023, 1, 1), id="jan-1"),
    pytest.param(1, 12, datetime.date(2021, 1, 14), True, datetime.date(2021, 1, 12), id="same"),
    pytest.param(7, 10, datetime.date(1987, 1, 2), True, datetime.date(1986, 7, 10), id="nearest"),
    pytest.param(6, 30, datetime.date(1987, 1, 2), True, datetime.date(1987, 6, 30), id="nearer"),
    pytest.param(2, 29, datetime.date(2021, 3, 1), True, datetime.date(2020, 2, 29), id="leap"),
    pytest.param(2, 29, datetime.date(2022, 6, 1), True, None, id="no-leap-year-near"),
    pytest.param(
        12, 30, datetime.date(2021, 1, 5), False, datetime.date(2020, 12, 30), id="ref-dec"
    ),
    pytest.param(11, 30, datetime.date(2021, 1, 5), False, datetime.date(2021, 11, 30), id="ref"),
    pytest.param(
        1, 12, datetime.date(2021, 12, 28), False, datetime.date(2021, 1, 12), id="ref-jan"
    ),
    pytest.param(1, 12, None, True, None, id="no-anchor"),
]


@pytest.mark.parametrize(("month", "day", "anchor", "publication", "expected"), INFER)
def test_infer_year(
    month: int,
    day: int,
    anchor: datetime.date | None,
    publication: bool,
    expected: datetime.date | None,
) -> None:
    """A yearless date takes the year nearest the publication date, or the reference's year."""
    assert infer_year(month, day, anchor=anchor, anchor_is_publication=publication) == expected


def _fill(fragment: str) -> str:
    """``fragment`` repeated to exactly 100,000 characters."""
    return (fragment * (100_000 // len(fragment) + 1))[:100_000]


ADVERSARIAL = [
    pytest.param(_fill("1"), id="digits"),
    pytest.param(_fill("1.1."), id="dotted-digits"),
    pytest.param(_fill("12/12/"), id="slashed-pairs"),
    pytest.param(_fill("2021-01-"), id="iso-prefixes"),
    pytest.param(_fill("Tuesday, "), id="weekdays"),
    pytest.param(_fill("12 de "), id="spanish-particles"),
    pytest.param(_fill("12th "), id="ordinals"),
    pytest.param(_fill("12:05 "), id="times"),
    pytest.param(_fill("14:05 GMT+"), id="zones"),
    pytest.param(_fill("Published: "), id="labels"),
    pytest.param(_fill("Published: 12 "), id="labels-and-days"),
    pytest.param(_fill("January "), id="months"),
    pytest.param(_fill("Jan."), id="abbreviations"),
    pytest.param(_fill("Ab"), id="case-changes"),
    pytest.param(_fill(" "), id="spaces"),
]


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_adversarial_input_finishes(text: str) -> None:
    """100,000 characters of near-dates neither hang nor run out of time."""
    assert len(find_dates(text, TIMEOUT)) <= 8
    labelled_dates(text, TIMEOUT)


NEAR_DATE = st.text(
    alphabet="0123456789 .,/-:+TZ()Jan Published:PMGtuaryde", min_size=1, max_size=24
)


@pytest.mark.property
@settings(max_examples=max(1, settings().max_examples // 6))
@given(NEAR_DATE)
def test_repeated_fragment_finishes(fragment: str) -> None:
    """Any short near-date fragment repeated to 100,000 characters is scanned without error."""
    text = _fill(fragment)
    found = find_dates(text, TIMEOUT)
    assert all(0 <= m.start < m.end <= len(text) for m in found)
    labelled_dates(text, TIMEOUT)


@pytest.mark.property
@given(st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)), st.times())
def test_iso_timestamps_round_trip(day: datetime.date, clock: datetime.time) -> None:
    """Every ISO timestamp of 1900-2099 reads back as the date and time it prints."""
    clock = clock.replace(microsecond=0, tzinfo=datetime.timezone.utc)
    text = f"{day.isoformat()}T{clock.isoformat()}"
    [found] = find_dates(text, TIMEOUT)
    assert (found.year, found.month, found.day) == (day.year, day.month, day.day)
    assert found.time == clock
    assert found.time is not None
    assert found.time.utcoffset() == datetime.timedelta(0)
