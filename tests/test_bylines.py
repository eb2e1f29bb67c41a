"""
The byline grammar: who wrote the text, and which organization it credits.

Every person, outlet and city below is invented.  Cases the parser gets wrong
today are kept with the right expectation and marked ``xfail(strict=True)``
with what it returns instead; whoever fixes the parser removes the mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsrecord
from newsrecord._lexicons.agencies import AGENCY_NAMES, ORGANIZATION_WORDS
from newsrecord._recognise.bylines import (
    BylineParse,
    _may_be_piped,
    _piped,
    follow_author,
    glued_byline,
    parse_byline,
)

TIMEOUT = newsrecord.DEFAULT.regex_timeout


@dataclass(frozen=True)
class Expected:
    """What a byline credits: author names in order, and the publisher."""

    names: tuple[str, ...]
    publisher: str | None = None
    # One role per author; ``None`` leaves roles unchecked (RECORD.md makes them optional).
    roles: tuple[str | None, ...] | None = None
    # One e-mail per author; ``None`` means no author carries one.
    emails: tuple[str | None, ...] | None = None


def case(
    line: str,
    *names: str,
    publisher: str | None = None,
    roles: tuple[str | None, ...] | None = None,
    emails: tuple[str | None, ...] | None = None,
    id: str,  # as in pytest.param
    bug: str | None = None,
) -> pytest.ParameterSet:
    """One table row; ``bug`` marks a case the parser gets wrong today (strict xfail)."""
    marks = () if bug is None else (pytest.mark.xfail(strict=True, reason=bug),)
    return pytest.param(line, Expected(names, publisher, roles, emails), id=id, marks=marks)


def check(found: BylineParse | None, expected: Expected) -> None:
    """Assert that ``found`` credits exactly what ``expected`` says."""
    assert found is not None
    assert tuple(a.name for a in found.authors) == expected.names
    assert found.publisher == expected.publisher
    if expected.roles is not None:
        assert tuple(a.role for a in found.authors) == expected.roles
    emails = expected.emails or (None,) * len(expected.names)
    assert tuple(a.email for a in found.authors) == emails


# ---------------------------------------------------------------------------
# Bylines with a prefix (`By`, `Story by`, `Von`...): the same with loose=False.

PREFIXED = [
    # Plain `By` forms, separators and case.
    case("By Marisol Quenby", "Marisol Quenby", id="by-one"),
    case("By Tobiah Vrell and Oona Prask", "Tobiah Vrell", "Oona Prask", id="by-and"),
    case(
        "By Casimir Tolland, Delphine Orrin and Hamid Sorrel",
        "Casimir Tolland",
        "Delphine Orrin",
        "Hamid Sorrel",
        id="by-comma-and",
    ),
    case(
        "By Perpetua Vance, Joran Weld, and Ines Kettleby",
        "Perpetua Vance",
        "Joran Weld",
        "Ines Kettleby",
        id="by-oxford-comma",
    ),
    case("BY BAXTER FENN", "Baxter Fenn", id="caps-prefix-caps-name"),
    case("by Lucan Ferrow", "Lucan Ferrow", id="lower-prefix"),
    case("By: Ottilie Brask", "Ottilie Brask", id="by-colon"),
    case("BY: RUFUS ABERNETHY-KANE", "Rufus Abernethy-Kane", id="caps-by-colon-hyphenated"),
    case("By : Wenonah Pell", "Wenonah Pell", id="by-spaced-colon"),
    case("By  Wenonah  Pell", "Wenonah Pell", id="doubled-spaces"),
    case("By Wenonah Pell.", "Wenonah Pell", id="trailing-period"),
    case("By Ysolde Carrick & Fitz Hallam", "Ysolde Carrick", "Fitz Hallam", id="ampersand"),
    case("By Ysolde Carrick; Fitz Hallam", "Ysolde Carrick", "Fitz Hallam", id="semicolon"),
    case("By Fitz Hallam, Ysolde Carrick", "Fitz Hallam", "Ysolde Carrick", id="comma-order-kept"),
    # Other English prefixes.
    case("Story by Lavinia Crossley", "Lavinia Crossley", id="story-by"),
    case("Story by: Lavinia Crossley", "Lavinia Crossley", id="story-by-colon"),
    case("Written by Ambrose Tennick", "Ambrose Tennick", id="written-by"),
    case("Words by Henrietta Moss", "Henrietta Moss", id="words-by"),
    case("Report by Dario Valente", "Dario Valente", id="report-by"),
    case(
        "Reported by Fenella Ashcombe and Konrad Bleich",
        "Fenella Ashcombe",
        "Konrad Bleich",
        id="reported-by",
    ),
    case("Text by Ilse Marwick", "Ilse Marwick", id="text-by"),
    case("Reporter: Osric Penhallow", "Osric Penhallow", id="reporter-label"),
    # Prefixes in other languages, with their conjunctions.
    case("Por Lucía Ferrándiz", "Lucía Ferrándiz", id="por"),
    case(
        "Por Lucía Ferrándiz y Joaquín Marrero",
        "Lucía Ferrándiz",
        "Joaquín Marrero",
        id="por-y",
    ),
    case("Von Henrike Mallwitz", "Henrike Mallwitz", id="von"),
    case(
        "Von Henrike Mallwitz und Jörg Abendroth",
        "Henrike Mallwitz",
        "Jörg Abendroth",
        id="von-und",
    ),
    case("Par Aurélien Dussaix", "Aurélien Dussaix", id="par"),
    case(
        "Par Aurélien Dussaix et Margaux Pelletier",
        "Aurélien Dussaix",
        "Margaux Pelletier",
        id="par-et",
    ),
    case("От Анны Белоусовой", "Анны Белоусовой", id="ot-cyrillic"),
    case(
        "От Анна Белоусова и Пётр Гранин",
        "Анна Белоусова",
        "Пётр Гранин",
        id="ot-cyrillic-i",
    ),
    case("Автор: Игорь Сафронов", "Игорь Сафронов", id="avtor-cyrillic"),
    case("Di Gianluca Ferrone", "Gianluca Ferrone", id="di"),
    case("Door Pieter Vandermolen", "Pieter Vandermolen", id="door"),
    case("Av Sigrid Holmqvist", "Sigrid Holmqvist", id="av"),
    case("Przez Tomasz Wierzbicki", "Tomasz Wierzbicki", id="przez"),
    case("Autor: Katarzyna Nowicka", "Katarzyna Nowicka", id="autor"),
    case("Yazar: Elif Karaduman", "Elif Karaduman", id="yazar"),
    case("Müəllif: Rauf Məmmədov", "Rauf Məmmədov", id="muellif"),
    case("Auteur : Camille Ravenel", "Camille Ravenel", id="auteur-spaced-colon"),
    case("Texto: Rodrigo Almeida", "Rodrigo Almeida", id="texto"),
    case("Texte : Solène Varin", "Solène Varin", id="texte"),
    # Contributors and Author labels on the line.
    case(
        "Contributors: Marisol Quenby, Tobiah Vrell, Oona Prask",
        "Marisol Quenby",
        "Tobiah Vrell",
        "Oona Prask",
        id="contributors-inline",
    ),
    case("Contributor: Hamid Sorrel", "Hamid Sorrel", id="contributor-inline"),
    case(
        "Author: Casimir Tolland, Delphine Orrin",
        "Casimir Tolland",
        "Delphine Orrin",
        id="author-label",
    ),
    case(
        "Authors: Perpetua Vance and Joran Weld",
        "Perpetua Vance",
        "Joran Weld",
        id="authors-label",
    ),
    # Roles after a name: kept as the role, never in the name.
    case(
        "By Marisol Quenby, Senior Correspondent",
        "Marisol Quenby",
        roles=("Senior Correspondent",),
        id="role-senior-correspondent",
    ),
    case(
        "By Tobiah Vrell, Staff Writer",
        "Tobiah Vrell",
        roles=("Staff Writer",),
        id="role-staff-writer",
    ),
    case(
        "By Oona Prask, Chief Political Correspondent",
        "Oona Prask",
        roles=("Chief Political Correspondent",),
        id="role-three-words",
    ),
    case(
        "By Hamid Sorrel, Senior Correspondent, and Ines Kettleby, Staff Writer",
        "Hamid Sorrel",
        "Ines Kettleby",
        roles=("Senior Correspondent", "Staff Writer"),
        id="role-each-author",
    ),
    case(
        "By Hamid Sorrel, Senior Correspondent in Paris",
        "Hamid Sorrel",
        roles=("Senior Correspondent",),
        id="role-and-place",
    ),
    case(
        "By Hamid Sorrel, Bureau Chief",
        "Hamid Sorrel",
        roles=("Bureau Chief",),
        id="role-bureau-chief",
    ),
    # Agencies after the names: the publisher, never an author.
    case(
        "By BAXTER FENN Associated Press Writer",
        "Baxter Fenn",
        publisher="Associated Press",
        id="ap-writer",
    ),
    case(
        "By BAXTER FENN and OTTILIE BRASK Associated Press Writers",
        "Baxter Fenn",
        "Ottilie Brask",
        publisher="Associated Press",
        id="ap-writers",
    ),
    case(
        "By BAXTER FENN and OTTILIE BRASK Associated Press",
        "Baxter Fenn",
        "Ottilie Brask",
        publisher="Associated Press",
        id="ap-no-role",
    ),
    case("By Baxter Fenn, AP", "Baxter Fenn", publisher="Associated Press", id="comma-ap"),
    case(
        "By Baxter Fenn, The Associated Press",
        "Baxter Fenn",
        publisher="Associated Press",
        id="comma-the-associated-press",
    ),
    case(
        "By RUFUS ABERNETHY-KANE AP Science Writer",
        "Rufus Abernethy-Kane",
        publisher="Associated Press",
        id="ap-science-writer",
    ),
    case(
        "By TOBIAH VRELL AP Auto Writer",
        "Tobiah Vrell",
        publisher="Associated Press",
        roles=("Auto Writer",),
        id="caps-name-agency-beat-writer-no-comma",
    ),
    case(
        "By Halvik Staff",
        publisher="Halvik",
        id="single-word-outlet-staff",
    ),
    case(
        "By Rufus Abernethy-Kane, AP Business Writer",
        "Rufus Abernethy-Kane",
        publisher="Associated Press",
        id="comma-ap-business-writer",
    ),
    case("By Wenonah Pell, Reuters", "Wenonah Pell", publisher="Reuters", id="comma-reuters"),
    case(
        "By Wenonah Pell and Fitz Hallam, Reuters",
        "Wenonah Pell",
        "Fitz Hallam",
        publisher="Reuters",
        id="two-comma-reuters",
    ),
    case(
        "By Wenonah Pell, Fitz Hallam, and Ysolde Carrick, Reuters",
        "Wenonah Pell",
        "Fitz Hallam",
        "Ysolde Carrick",
        publisher="Reuters",
        id="oxford-comma-reuters",
    ),
    case("By Wenonah Pell Reuters", "Wenonah Pell", publisher="Reuters", id="space-reuters"),
    case("By Wenonah Pell, AFP", "Wenonah Pell", publisher="AFP", id="comma-afp"),
    case(
        "By Wenonah Pell, Anadolu Agency",
        "Wenonah Pell",
        publisher="Anadolu Agency",
        id="comma-anadolu-agency",
    ),
    case(
        "By Wenonah Pell (AFP)",
        "Wenonah Pell",
        publisher="AFP",
        id="agency-in-parentheses",
    ),
    case(
        "By Wenonah Pell, Lornby Courier",
        "Wenonah Pell",
        publisher="Lornby Courier",
        id="comma-outlet",
    ),
    case(
        "By Wenonah Pell, Lornby Courier Staff Writer",
        "Wenonah Pell",
        publisher="Lornby Courier",
        id="comma-outlet-role",
    ),
    case("By Lavinia Crossley - Trend:", "Lavinia Crossley", publisher="Trend", id="trend-dash"),
    case("By Lavinia Crossley – Trend:", "Lavinia Crossley", publisher="Trend", id="trend-en-dash"),
    case(
        "By Lavinia Crossley - Kestrelpost",
        "Lavinia Crossley",
        publisher="Kestrelpost",
        id="dash-outlet",
    ),
    case(
        "By Azernews and Marisol Quenby",
        "Marisol Quenby",
        publisher="Azernews",
        id="outlet-and-person",
    ),
    # Where the story was filed from: not part of the name.
    case("By Ambrose Tennick in Paris", "Ambrose Tennick", id="in-city"),
    case("By Ambrose Tennick in Port Alder", "Ambrose Tennick", id="in-two-word-city"),
    case("By Ambrose Tennick (Harlow)", "Ambrose Tennick", id="city-in-parentheses"),
    case(
        "By Ambrose Tennick in Port Alder and Henrietta Moss in Lornby",
        "Ambrose Tennick",
        "Henrietta Moss",
        id="each-in-city",
    ),
    # E-mails stay on their author; handles are dropped.
    case(
        "By Dario Valente (dvalente@example.com)",
        "Dario Valente",
        emails=("dvalente@example.com",),
        id="email-parenthesised",
    ),
    case(
        "By Dario Valente <dvalente@example.com>",
        "Dario Valente",
        emails=("dvalente@example.com",),
        id="email-angle-brackets",
    ),
    case(
        "By Dario Valente dario.valente@lornby-courier.example.org",
        "Dario Valente",
        emails=("dario.valente@lornby-courier.example.org",),
        id="email-bare",
    ),
    case(
        "By Dario Valente (dv@example.com) and Fenella Ashcombe (fa@example.com)",
        "Dario Valente",
        "Fenella Ashcombe",
        emails=("dv@example.com", "fa@example.com"),
        id="email-each-author",
    ),
    case(
        "By Dario Valente, dvalente@example.com",
        "Dario Valente",
        emails=("dvalente@example.com",),
        id="email-after-comma",
    ),
    case("By Konrad Bleich @kbleich", "Konrad Bleich", id="handle"),
    case("By Konrad Bleich (@kbleich)", "Konrad Bleich", id="handle-parenthesised"),
    case(
        "By Konrad Bleich and Ilse Marwick @imarwick",
        "Konrad Bleich",
        "Ilse Marwick",
        id="handle-last-author",
    ),
    # Honorifics: the role, not the name.
    case("By Dr. Osric Penhallow", "Osric Penhallow", roles=("Dr.",), id="honorific-dr"),
    case("By Prof. Fenella Ashcombe", "Fenella Ashcombe", roles=("Prof.",), id="honorific-prof"),
    case("By Mrs Henrietta Moss", "Henrietta Moss", roles=("Mrs",), id="honorific-mrs"),
    case("By Sir Ambrose Tennick", "Ambrose Tennick", roles=("Sir",), id="honorific-sir"),
    # What follows the byline on its line is cut off.
    case(
        "by Lucan Ferrow Published: March 3, 2021 Updated: March 4, 2021",
        "Lucan Ferrow",
        id="published-updated-tail",
    ),
    case("By Joran Weld Last updated: 3 March 2021", "Joran Weld", id="last-updated-tail"),
    case("By Joran Weld Posted: 3 March 2021", "Joran Weld", id="posted-tail"),
    case("by JORAN WELD published 3 March 2021", "Joran Weld", id="lower-published-tail"),
    case("By Joran Weld | March 3, 2021", "Joran Weld", id="pipe-date-tail"),
    case("By Joran Weld • 5 min read", "Joran Weld", id="bullet-tail"),
    # A name glued to a timestamp or to the first sentence.
    case(
        "By Perpetua VanceJun 20, 2020, 8:44 AM EDT",
        "Perpetua Vance",
        id="glued-timestamp",
    ),
    case("By Perpetua VanceJune 20, 2020", "Perpetua Vance", id="glued-date"),
    case("By Perpetua VanceUpdated Jun 20, 2020", "Perpetua Vance", id="glued-updated"),
    case("By Perpetua VanceThe council met on Tuesday", "Perpetua Vance", id="glued-sentence"),
    case(
        "By Perpetua Vance Jun 20, 2020, 8:44 AM EDT",
        "Perpetua Vance",
        id="spaced-timestamp",
    ),
    # Organizations and desks: a publisher or nothing, never an author.
    case("By Azernews", publisher="Azernews", id="org-single-word"),
    case("By AFP", publisher="AFP", id="org-afp"),
    case("By AP", publisher="Associated Press", id="org-ap-expanded"),
    case("By Associated Press", publisher="Associated Press", id="org-associated-press"),
    case("By Reuters", publisher="Reuters", id="org-reuters"),
    case("By Reuters Staff", publisher="Reuters", id="org-reuters-staff"),
    case("By Xinhua", publisher="Xinhua", id="org-xinhua"),
    case("By Thomson Reuters", publisher="Reuters", id="org-thomson-reuters"),
    case(
        "By Thomson Reuters Staff",
        publisher="Reuters",
        id="org-person-shaped-agency-staff",
    ),
    case(
        "By RIA Novosti Correspondent",
        publisher="RIA Novosti",
        id="org-person-shaped-agency-role",
    ),
    case(
        "By Agence France-Presse Staff Writer",
        publisher="AFP",
        id="org-person-shaped-agency-hyphen",
    ),
    case("By Agence France-Presse", publisher="AFP", id="org-afp-spelled-out"),
    case("By ТАСС", publisher="TASS", id="org-tass-cyrillic"),
    case("By AA", publisher="Anadolu Agency", id="org-aa-expanded"),
    case("By Anadolu Agency", publisher="Anadolu Agency", id="org-anadolu"),
    case("By Trend", publisher="Trend", id="org-trend"),
    case("By Kestrelpost", publisher="Kestrelpost", id="org-invented-outlet"),
    case("By Lornby Courier", publisher="Lornby Courier", id="org-outlet-word"),
    case("By Lornby Courier Staff", publisher="Lornby Courier", id="org-outlet-staff"),
    case(
        "By Lornby Courier News Service",
        publisher="Lornby Courier News Service",
        id="org-news-service",
    ),
    case("By Staff Reporter", id="desk-staff-reporter"),
    case("By Staff Reporters", id="desk-staff-reporters"),
    case("By Staff Writer", id="desk-staff-writer"),
    case("By Staff", id="desk-staff"),
    case("By: News Desk", id="desk-news-colon"),
    case("By Web Desk", id="desk-web"),
    case(
        "By Port Alder Herald Staff",
        publisher="Port Alder Herald",
        id="org-two-word-city-outlet-staff",
    ),
    case(
        "By Our Correspondent",
        id="desk-our-correspondent",
    ),
    case(
        "By Our Staff Reporter",
        id="desk-our-staff-reporter",
    ),
    case(
        "By a Staff Reporter",
        id="desk-a-staff-reporter",
    ),
    case(
        "By Wenonah Pell, Our Correspondent",
        "Wenonah Pell",
        id="person-our-correspondent",
    ),
    case(
        "By Wenonah Pell, Harlow Bureau Chief",
        "Wenonah Pell",
        id="person-city-bureau-chief",
    ),
    case(
        "By Wenonah Pell, Special to the Lornby Courier",
        "Wenonah Pell",
        publisher="Lornby Courier",
        id="person-special-to-outlet",
    ),
    # ALL-CAPS names: title-cased with care; mixed case kept as written.
    case("BY ROSALBA DE LOS REYES", "Rosalba de los Reyes", id="caps-de-los"),
    case("By Rosalba de los Reyes", "Rosalba de los Reyes", id="mixed-de-los"),
    case("BY PIETER VAN DER HOEVEN", "Pieter van der Hoeven", id="caps-van-der"),
    case("BY HANS VON DER LINDE", "Hans von der Linde", id="caps-von-der"),
    case("BY ANA MARÍA DE LA CRUZ", "Ana María de la Cruz", id="caps-de-la-accents"),
    case("BY TARIQ BIN HAMDAN", "Tariq bin Hamdan", id="caps-bin"),
    case("BY CORMAC O'NEILL", "Cormac O'Neill", id="caps-o-apostrophe"),
    case("BY ISLA MCDONALD", "Isla McDonald", id="caps-mc"),
    case("BY JEAN-LUC MARCHETTI", "Jean-Luc Marchetti", id="caps-hyphenated-first"),
    case(
        "BY DEIRDRE MCALLISTER-O'HARA",
        "Deirdre McAllister-O'Hara",
        id="caps-mc-hyphen-o-apostrophe",
    ),
    case("BY ELODIE d'ARCY", "Elodie d'Arcy", id="caps-d-apostrophe"),
    case("By Elodie d'Arcy", "Elodie d'Arcy", id="mixed-d-apostrophe"),
    case("By DeShawn McAllister", "DeShawn McAllister", id="mixed-inner-capitals"),
    case("BY ZOË BRONTË-FAIRWEATHER", "Zoë Brontë-Fairweather", id="caps-diaeresis"),
    case("By Marisol Anne de la Quenby", "Marisol Anne de la Quenby", id="five-words"),
    # Non-Latin and non-English Latin names pass through.
    case("BY АННА БЕЛОУСОВА", "Анна Белоусова", id="caps-cyrillic"),
    case("By Ελένη Παπαδοπούλου", "Ελένη Παπαδοπούλου", id="greek"),
    case("BY ΝΙΚΟΣ ΣΤΑΘΑΣ", "Νικος Σταθας", id="caps-greek-final-sigma"),
    case("By Łukasz Żółkiewski", "Łukasz Żółkiewski", id="polish"),
    case("By Şebnem Çağlar", "Şebnem Çağlar", id="turkish"),
    case("By Nguyễn Thị Hoa", "Nguyễn Thị Hoa", id="vietnamese"),
    case(
        "By سارا احمدی",
        "سارا احمدی",
        id="arabic-script",
    ),
    # Suffixes and initials.
    case("By Don Vance Jr", "Don Vance Jr", id="suffix-jr-no-period"),
    case(
        "By Tobiah Vrell Jr.",
        "Tobiah Vrell Jr.",
        id="suffix-jr-period",
    ),
    case(
        "By Tobiah Vrell, Jr.",
        "Tobiah Vrell Jr.",
        id="suffix-comma-jr",
    ),
    case(
        "BY TOBIAH VRELL JR.",
        "Tobiah Vrell Jr.",
        id="caps-suffix-jr",
    ),
    case(
        "By Tobiah Vrell III",
        "Tobiah Vrell III",
        id="suffix-roman-numeral",
    ),
    case("By J. D. Fallowmere", "J. D. Fallowmere", id="initials-spaced"),
    case("By Marisol Q. Quenby", "Marisol Q. Quenby", id="middle-initial"),
    case("By M. Quenby", "M. Quenby", id="first-initial"),
    case(
        "By J.D. Fallowmere",
        "J.D. Fallowmere",
        id="initials-joined",
    ),
    case(
        "BY J.D. FALLOWMERE",
        "J.D. Fallowmere",
        id="caps-initials-joined",
    ),
    case(
        "By M.Q. Vrell and T.R. Ashdown",
        "M.Q. Vrell",
        "T.R. Ashdown",
        id="initials-joined-two-authors",
    ),
    # Duplicates dropped, order kept.
    case("By Marisol Quenby and Marisol Quenby", "Marisol Quenby", id="dedup"),
    case("By Marisol Quenby and MARISOL QUENBY", "Marisol Quenby", id="dedup-across-case"),
    case(
        "By Oona Prask, Tobiah Vrell and Oona Prask",
        "Oona Prask",
        "Tobiah Vrell",
        id="dedup-order-kept",
    ),
]


@pytest.mark.parametrize(("line", "expected"), PREFIXED)
def test_prefixed_byline(line: str, expected: Expected) -> None:
    """A byline with a prefix credits exactly these authors, roles, e-mails and publisher."""
    check(parse_byline(line, TIMEOUT), expected)


@pytest.mark.parametrize(("line", "expected"), PREFIXED)
def test_prefixed_byline_is_strict_form(line: str, expected: Expected) -> None:
    """A prefixed byline reads the same with ``loose=False``: the prefix alone makes it one."""
    check(parse_byline(line, TIMEOUT, loose=False), expected)


# ---------------------------------------------------------------------------
# Bylines without a prefix: only with loose=True.

LOOSE = [
    case(
        "Marisol Quenby | Staff Writer",
        "Marisol Quenby",
        roles=("Staff Writer",),
        id="piped-role",
    ),
    case(
        "Marisol Quenby | Senior Political Correspondent",
        "Marisol Quenby",
        roles=("Senior Political Correspondent",),
        id="piped-long-role",
    ),
    case(
        "Marisol Quenby and Tobiah Vrell | Staff Writers",
        "Marisol Quenby",
        "Tobiah Vrell",
        roles=("Staff Writers", "Staff Writers"),
        id="piped-two-authors",
    ),
    case(
        "Marisol Quenby and Tobiah Vrell, Reuters",
        "Marisol Quenby",
        "Tobiah Vrell",
        publisher="Reuters",
        id="agency-tail-two",
    ),
    case(
        "Marisol Quenby, Tobiah Vrell and Oona Prask, Reuters",
        "Marisol Quenby",
        "Tobiah Vrell",
        "Oona Prask",
        publisher="Reuters",
        id="agency-tail-three",
    ),
    case("Marisol Quenby, AFP", "Marisol Quenby", publisher="AFP", id="agency-tail-afp"),
    case("Marisol Quenby (Lornby)", "Marisol Quenby", id="name-city"),
    case("Marisol Quenby (Port Alder)", "Marisol Quenby", id="name-two-word-city"),
]


@pytest.mark.parametrize(("line", "expected"), LOOSE)
def test_loose_byline(line: str, expected: Expected) -> None:
    """A byline without a prefix is read with ``loose=True``."""
    check(parse_byline(line, TIMEOUT), expected)


@pytest.mark.parametrize(("line", "expected"), LOOSE)
def test_loose_byline_needs_loose(line: str, expected: Expected) -> None:
    """Without a prefix and with ``loose=False``, a line is no byline (it may be a list item)."""
    assert expected.names
    assert parse_byline(line, TIMEOUT, loose=False) is None


# ---------------------------------------------------------------------------
# Traps: no byline, or at least no author and no publisher.


def trap(line: str, *, loose: bool = True, id: str, bug: str | None = None) -> pytest.ParameterSet:
    """One trap row; ``bug`` marks a trap the parser falls into today (strict xfail)."""
    marks = () if bug is None else (pytest.mark.xfail(strict=True, reason=bug),)
    return pytest.param(line, loose, id=id, marks=marks)


TRAPS = [
    trap("By late afternoon, rescuers had reached the village", id="by-time-of-day"),
    trap("By 2030 the city will have doubled its ferry fleet", id="by-year"),
    trap("By the time the council met, the bridge had closed", id="by-the-time"),
    trap("By comparison, the harbour fund grew by 4 percent", id="by-comparison"),
    trap("By Tuesday evening the ferry was running again", id="by-weekday"),
    trap("By Christmas Eve, most shops in Lornby had closed.", id="by-holiday"),
    trap(
        "By March, the council had approved the budget.",
        id="by-month-comma",
    ),
    trap(
        "By Popular Demand",
        id="by-title-case-phrase",
    ),
    trap("By The Numbers", id="section-label"),
    trap("By clicking accept you agree to our use of cookies", id="cookie-banner"),
    trap("By signing up you agree to our Terms", id="signup-banner"),
    trap("By continuing to browse, you agree", id="browse-banner"),
    trap("Written by hand", id="written-by-lower"),
    trap("Marisol Quenby", loose=False, id="caption-name-strict"),
    trap("Marisol Quenby", id="caption-name-loose"),
    trap("MARISOL QUENBY", loose=False, id="caption-caps-name-strict"),
    trap("Marisol Quenby (left) and Tobiah Vrell", id="caption-left"),
    trap("Photo: Marisol Quenby", loose=False, id="photo-colon-strict"),
    trap("Photo: Marisol Quenby", id="photo-colon"),
    trap("Photograph by Marisol Quenby", loose=False, id="photograph-by-strict"),
    trap("Photograph by Marisol Quenby", id="photograph-by"),
    trap("Photographs by Marisol Quenby", id="photographs-by"),
    trap("Photo by Marisol Quenby/Lornby Courier", id="photo-by-outlet"),
    trap("Photo credit: Marisol Quenby", id="photo-credit"),
    trap("Picture by Marisol Quenby", id="picture-by"),
    trap("Illustration by Marisol Quenby", id="illustration-by"),
    trap("Reporting by Marisol Quenby; Editing by Tobiah Vrell", id="reporting-trailer"),
    trap(
        "(Reporting by Marisol Quenby in Lornby; Editing by Tobiah Vrell)",
        id="reporting-trailer-parenthesised",
    ),
    trap("Follow Marisol Quenby on Twitter", id="follow-line"),
    trap("(gh/lk)", id="initials"),
    trap("(MQ/TV)", id="caps-initials"),
    trap("@lornbydaily", id="handle-alone"),
    trap("@lornbydaily @kestrelpost", id="handles-alone"),
    trap("WASHINGTON (AP)", id="dateline-caps-city-agency"),
    trap("", id="empty"),
    trap("By", id="prefix-alone"),
    trap("By ", id="prefix-and-space"),
]


@pytest.mark.parametrize(("line", "loose"), TRAPS)
def test_trap_is_no_byline(line: str, loose: bool) -> None:
    """Sentences, banners, captions, photo credits, initials and handles credit no one."""
    found = parse_byline(line, TIMEOUT, loose=loose)
    assert found is None or (found.authors == () and found.publisher is None)


# ---------------------------------------------------------------------------
# The helpers the layout uses.


def test_glued_byline_cuts_before_the_sentence() -> None:
    """`By Jane DoeThe council...`: the byline ends where the glued sentence starts."""
    line = "By Perpetua VanceThe council met on Tuesday to vote on the bridge."
    found = glued_byline(line, TIMEOUT)
    assert found is not None
    cut, credits = found
    assert line[cut:].startswith("The council met")
    assert [a.name for a in credits.authors] == ["Perpetua Vance"]


def test_glued_byline_needs_glue() -> None:
    """A byline with nothing glued to it, or a sentence with no byline, is no glued byline."""
    assert glued_byline("By Perpetua Vance", TIMEOUT) is None
    assert glued_byline("By late afternoon, rescuers had reached the village.", TIMEOUT) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        pytest.param("Follow Marisol Quenby on Twitter", "Marisol Quenby", id="twitter"),
        pytest.param("Follow MARISOL QUENBY on X", "Marisol Quenby", id="caps-x"),
        pytest.param("follow Oona Prask on LinkedIn", "Oona Prask", id="lower-linkedin"),
        pytest.param(
            "Follow Lornby Courier on Facebook",
            None,
            id="outlet-is-no-person",
        ),
        pytest.param("Follow us on Twitter", None, id="us"),
        pytest.param("Follow the latest news on Twitter", None, id="phrase"),
    ],
)
def test_follow_author(line: str, name: str | None) -> None:
    """`Follow Jane Doe on Twitter` names the author; `Follow us` and outlets name no one."""
    found = follow_author(line, TIMEOUT)
    assert (found.name if found is not None else None) == name


# ---------------------------------------------------------------------------
# Through newsrecord.parse: where bylines sit in a text.

BODY = (
    "The Lornby council approved the harbour bridge budget on Tuesday after months of talks"
    " with residents.\n\nWork is expected to start in the spring, the mayor said."
)

GLUED_SENTENCE = (
    "By Marisol QuenbyHarbour workers in Port Alder walked out on Tuesday after months of"
    " talks with the port authority."
)
LONG_TAIL = (
    " Work is expected to start in the spring, the mayor said, and to last for two years at a"
    " cost that the council has yet to publish."
)


@dataclass(frozen=True)
class Record:
    """The byline fields of a record."""

    authors: tuple[str, ...]
    byline: str | None
    publisher: str | None


def e2e(
    text: str,
    authors: tuple[str, ...],
    byline: str | None,
    publisher: str | None,
    *,
    id: str,  # as in pytest.param
    bug: str | None = None,
) -> pytest.ParameterSet:
    """One end-to-end row; ``bug`` marks a text the parser gets wrong today (strict xfail)."""
    marks = () if bug is None else (pytest.mark.xfail(strict=True, reason=bug),)
    return pytest.param(text, Record(authors, byline, publisher), id=id, marks=marks)


END_TO_END = [
    e2e(
        f" date 2021-01-14 By Lornby Courier\n\n\n\nBy Marisol Quenby\n\n{BODY}",
        ("Marisol Quenby",),
        "By Marisol Quenby",
        "Lornby Courier",
        id="header-outlet-then-person",
    ),
    e2e(
        f" date 2021-01-14 Council approves harbour bridge budget\n\n"
        f"By Marisol Quenby and Tobiah Vrell\n\n{BODY}",
        ("Marisol Quenby", "Tobiah Vrell"),
        "By Marisol Quenby and Tobiah Vrell",
        None,
        id="byline-below-headline",
    ),
    e2e(
        f" date 2021-01-14 Home / News / Lornby\n\nBy MARISOL QUENBY Associated Press Writer\n\n"
        f"Council approves harbour bridge budget\n\n{BODY}",
        ("Marisol Quenby",),
        "By MARISOL QUENBY Associated Press Writer",
        "Associated Press",
        id="byline-above-headline",
    ),
    e2e(
        f" date 2021-01-14 {BODY}\n\nAuthor: Marisol Quenby, Tobiah Vrell",
        ("Marisol Quenby", "Tobiah Vrell"),
        "Author: Marisol Quenby, Tobiah Vrell",
        None,
        id="trailing-author-line",
    ),
    e2e(
        f" date 2021-01-14 Council approves harbour bridge budget\n\n"
        f"Contributors\nMarisol Quenby\nTobiah Vrell\nOona Prask\n\n{BODY}",
        ("Marisol Quenby", "Tobiah Vrell", "Oona Prask"),
        "Contributors Marisol Quenby Tobiah Vrell Oona Prask",
        None,
        id="contributors-block",
    ),
    e2e(
        f" date 2021-01-14 {BODY}\n\n---\n\nFollow Marisol Quenby on Twitter",
        ("Marisol Quenby",),
        "Marisol Quenby",
        None,
        id="follow-line-without-byline",
    ),
    e2e(
        f" date 2021-01-14 Council approves harbour bridge budget\n\nBy Marisol Quenby\n\n"
        f"{BODY}\n\n---\n\nFollow Tobiah Vrell on Twitter",
        ("Marisol Quenby",),
        "By Marisol Quenby",
        None,
        id="follow-line-after-byline",
    ),
    e2e(
        f" date 2021-01-12 Baku, Azerbaijan, Jan.12\n\nBy Marisol Quenby - Trend:\n\n{BODY}",
        ("Marisol Quenby",),
        "By Marisol Quenby - Trend:",
        "Trend",
        id="trend-after-dateline",
    ),
    e2e(
        f" date 2020-06-20 By Marisol QuenbyJun 20, 2020, 8:44 AM EDT\n\n{BODY}",
        ("Marisol Quenby",),
        "By Marisol QuenbyJun 20, 2020, 8:44 AM EDT",
        None,
        id="header-glued-timestamp",
    ),
    e2e(
        f" date 2021-01-14 {GLUED_SENTENCE}\n\n{BODY}",
        ("Marisol Quenby",),
        "By Marisol Quenby",
        None,
        id="header-byline-glued-to-first-sentence",
    ),
    e2e(
        f" date 2021-01-14 Council approves harbour bridge budget\n\n"
        f"by Marisol Quenby Published: January 14, 2021 Updated: January 15, 2021\n\n{BODY}",
        ("Marisol Quenby",),
        "by Marisol Quenby Published: January 14, 2021 Updated: January 15, 2021",
        None,
        id="published-updated-line",
    ),
    e2e(
        f" date 2022-05-28 By Azernews\n\n{BODY}",
        (),
        "By Azernews",
        "Azernews",
        id="header-outlet-only",
    ),
    e2e(
        f" date 2021-01-14 Marisol Quenby and Tobiah Vrell, Reuters\n\n{BODY}",
        ("Marisol Quenby", "Tobiah Vrell"),
        "Marisol Quenby and Tobiah Vrell, Reuters",
        "Reuters",
        id="header-agency-tail",
    ),
    e2e(
        f" date 2021-01-14 Council approves harbour bridge budget\n\n"
        f"Marisol Quenby | Staff Writer\n\n{BODY}",
        ("Marisol Quenby",),
        "Marisol Quenby | Staff Writer",
        None,
        id="piped-before-text",
    ),
    e2e(
        f" date 2023-07-28 Marisol Quenby\n\n{BODY}\n\nPhoto: Tobiah Vrell\n\n"
        "(Reporting by Oona Prask in Lornby; Editing by Casimir Tolland)",
        (),
        None,
        None,
        id="caption-photo-credit-trailer",
    ),
    e2e(
        f" date 2021-01-14 Council approves harbour bridge budget\n\n{BODY}\n\n"
        "Marisol Quenby (Lornby)",
        (),
        None,
        None,
        id="name-city-after-text",
    ),
    e2e(
        " date 2021-01-14 By late afternoon, rescuers had reached the village of Harlow, where"
        " the river had burst its banks overnight.\n\nThe mayor said the bridge would reopen.",
        (),
        None,
        None,
        id="by-sentence-is-text",
    ),
    e2e(
        " date 2021-01-14 Council approves harbour bridge budget\n\n"
        "By March, the council had approved the budget for the new harbour bridge.\n\n"
        "The mayor of Lornby said the work would start in the spring and last two years.",
        (),
        None,
        None,
        id="by-month-sentence-is-text",
    ),
    e2e(
        " date 2021-01-14 Council approves harbour bridge budget\n\n"
        "By Marisol QuenbyThe Lornby council approved the harbour bridge budget on Tuesday.\n\n"
        "Work is expected to start in the spring, the mayor said.",
        ("Marisol Quenby",),
        "By Marisol Quenby",
        None,
        id="byline-glued-to-short-first-sentence",
    ),
    e2e(
        " date 2021-01-14 Council approves harbour bridge budget\n\n"
        "By Marisol QuenbyThe Lornby council approved the harbour bridge budget on Tuesday"
        " after months of talks with residents. Work is expected to start in the spring, the"
        " mayor said, and to last for two years at a cost that the council has yet to publish.\n\n"
        "The mayor of Lornby said the work would start in the spring.",
        ("Marisol Quenby",),
        "By Marisol Quenby",
        None,
        id="byline-glued-to-long-first-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), END_TO_END)
def test_byline_fields_of_record(text: str, expected: Record) -> None:
    """`newsrecord.parse` fills authors, byline and publisher from where the text credits them."""
    record = newsrecord.parse(text).to_dict()
    names = tuple(author["name"] for author in record["authors"])
    assert Record(names, record["byline"], record["publisher"]) == expected


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        pytest.param(
            " date 2021-01-14 By late afternoon, rescuers had reached the village of Harlow,"
            " where the river had burst its banks overnight.\n\nThe mayor said the bridge"
            " would reopen.",
            "By late afternoon, rescuers",
            id="by-sentence",
        ),
        pytest.param(
            f" date 2021-01-14 {GLUED_SENTENCE}\n\n{BODY}",
            "Harbour workers in Port Alder",
            id="glued-on-header-line",
        ),
        pytest.param(
            f" date 2021-01-14 Bridge budget\n\n{GLUED_SENTENCE}\n\n{BODY}",
            "Harbour workers in Port Alder",
            id="glued-on-own-line",
        ),
        pytest.param(
            f" date 2021-01-14 Bridge budget\n\n{GLUED_SENTENCE}{LONG_TAIL}\n\n{BODY}",
            "Harbour workers in Port Alder",
            id="glued-long-unit",
        ),
    ],
)
def test_first_paragraph_after_byline(text: str, opening: str) -> None:
    """A `By` sentence stays text; a sentence glued to a byline stays in the first paragraph."""
    record = newsrecord.parse(text).to_dict()
    assert record["paragraphs"][0].startswith(opening)


# ---------------------------------------------------------------------------
# Properties over generated byline-like lines.

FIRST = ("Marisol", "Tobiah", "Oona", "Hamid", "Zoë", "Jean-Luc", "Анна", "Ελένη", "J.D.", "M.")
LAST = (
    "Quenby",
    "Vrell",
    "Prask",
    "O'Neill",
    "McAllister",
    "d'Arcy",
    "de los Reyes",
    "van der Hoeven",
    "Белоусова",
    "Παπαδοπούλου",
    "Abernethy-Kane",
)
PREFIXES = (
    "By",
    "BY",
    "by",
    "By:",
    "Story by",
    "Written by",
    "Words by",
    "Por",
    "Von",
    "Par",
    "От",
    "Author:",
    "Contributors:",
    "",
)
SEPARATORS = (", ", " and ", ", and ", " & ", "; ", " - ", " und ", " и ", " y ", " ")
ROLES = ("Staff Writer", "Senior Correspondent", "Associated Press Writer", "Bureau Chief")
AGENCIES = (
    # Listed agencies shaped like a person's name: they must never become an author.
    "Thomson Reuters",
    "RIA Novosti",
    "Agence France-Presse",
    "Reuters",
    "AP",
    "AFP",
    "Associated Press",
    "Azernews",
    "Lornby Courier",
    "News Desk",
    "Staff Reporter",
    "Reuters Staff",
    "Trend:",
    "Kestrelpost News Service",
    "Anadolu Agency Staff",
    "(AFP)",
)
JUNK = (
    "Jun 20, 2020, 8:44 AM EDT",
    "Published: March 3, 2021",
    "Updated: 2021-03-04 10:15",
    "| 5 min read",
    "2 hours ago",
    "(gh/lk)",
    "in Paris",
    "(Lornby)",
    "|",
    "—",
    "...",
    "42",
    "The council met on Tuesday.",
)
EMAILS = ("mq@example.com", "(tv@example.org)", "<op.reporter@lornby-courier.example>")
HANDLES = ("@mquenby", "(@lornbydaily)", "@kestrel_post")
HONORIFICS = ("Dr.", "Prof.", "Mrs", "Sir")


@st.composite
def person(draw: st.DrawFn) -> str:
    """An invented personal name, sometimes with an honorific or suffix, in some case."""
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    if draw(st.booleans()):
        name = f"{draw(st.sampled_from(HONORIFICS))} {name}"
    if draw(st.integers(0, 4)) == 0:
        name = f"{name} {draw(st.sampled_from(('Jr.', 'III', 'Sr')))}"
    case_ = draw(st.sampled_from(("as-is", "as-is", "upper", "lower")))
    return name.upper() if case_ == "upper" else name.lower() if case_ == "lower" else name


credit_fragment = st.one_of(
    person(),
    person(),
    st.sampled_from(ROLES),
    st.sampled_from(AGENCIES),
    st.sampled_from(JUNK),
    st.sampled_from(EMAILS),
    st.sampled_from(HANDLES),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), max_size=8),
)


@st.composite
def byline_lines(draw: st.DrawFn) -> str:
    """A byline-like line: a prefix, then credits, roles, agencies and junk joined by separators."""
    parts = draw(st.lists(credit_fragment, min_size=1, max_size=5))
    line = draw(st.sampled_from(PREFIXES))
    for i, part in enumerate(parts):
        joiner = " " if i == 0 else draw(st.sampled_from(SEPARATORS))
        line = f"{line}{joiner}{part}" if line else part
    return line


def assert_author_names(names: list[str]) -> None:
    """Author names are non-empty, trimmed, free of digits and `@`, and never organizations."""
    for name in names:
        assert name
        assert name == name.strip()
        assert not any(c.isdigit() for c in name), name
        assert "@" not in name, name
        assert name.casefold() not in AGENCY_NAMES, name
        assert not all(w.strip(".,") in ORGANIZATION_WORDS for w in name.casefold().split()), name


@pytest.mark.property
@given(byline_lines(), st.booleans())
def test_parse_byline_invariants(line: str, loose: bool) -> None:
    """On byline-like lines, parse_byline never raises and credits only well-formed persons."""
    found = parse_byline(line, TIMEOUT, loose=loose)
    if found is None:
        return
    assert_author_names([a.name for a in found.authors])
    assert found.publisher is None or found.publisher.strip()


@st.composite
def texts_with_bylines(draw: st.DrawFn) -> str:
    """A crawl text whose header, lead or tail carries generated bylines around a fixed body."""
    header = " date 2021-01-14"
    if draw(st.booleans()):
        header += " " + draw(byline_lines())
    pieces = [header]
    pieces.extend(draw(st.lists(byline_lines(), max_size=2)))
    pieces.append(BODY)
    pieces.extend(draw(st.lists(byline_lines(), max_size=2)))
    return "\n\n".join(pieces)


@pytest.mark.property
@given(texts_with_bylines())
def test_record_author_invariants(text: str) -> None:
    """Through newsrecord.parse, the record's authors obey the same invariants as a byline's."""
    record: dict[str, Any] = newsrecord.parse(text).to_dict()
    assert_author_names([author["name"] for author in record["authors"]])
    assert record["publisher"] is None or record["publisher"].strip()


@pytest.mark.property
@given(
    st.lists(
        st.sampled_from(
            ["Jane", "DOE", "Staff", "Writer", "Editor", " ", "  ", ",", "|", " - ", "—", "x" * 30]
        ),
        max_size=14,
    ).map("".join)
)
def test_piped_gate_never_hides_a_byline(line: str) -> None:
    """The cheap gate in front of `Name | Role` passes every line that reads as one."""
    if _piped(line, 1.0) is not None:
        assert _may_be_piped(line)


@pytest.mark.parametrize(
    "tail",
    ["- 2 hours ago", "• 5 min read", "- 30 secs ago", "| 3 days ago", "• 2 d ago", "- 1 week ago"],
)
def test_relative_time_after_the_name_is_not_part_of_it(tail: str) -> None:
    """`By Jane Doe - 2 hours ago`: the page's age after a byline ends the names."""
    found = parse_byline(f"By Ilse Varga {tail}", 1.0)
    assert found is not None
    assert [a.name for a in found.authors] == ["Ilse Varga"]
