"""
An audit of bylines, authors and publisher on whole texts, through ``newsrecord.parse``.

Each row is an invented text in a layout from FORMATS.md (sections A and B),
with the byline, authors and publisher that RECORD.md asks for.  Every
person, outlet, agency and place below is made up; agency marks such as
`(AP)` or `Reuter` appear only because they are the layout under test.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import newsrecord

# A sentinel for "this row does not check the byline string".
ANY = object()

LEAD = (
    "The Vesk regional assembly voted on Thursday to extend the ferry subsidy for another three"
    " years, ending a dispute that had kept two island routes idle since the spring."
)
MORE = (
    "Members backed the plan by 41 votes to 12 after a debate that ran late into the evening,"
    " the assembly's press office said."
)
LAST = '"We have listened to the islanders," the transport minister told reporters.'
BODY = f"{LEAD}\n\n{MORE}\n\n{LAST}"


@dataclass(frozen=True)
class Fields:
    """The byline fields of a record: authors' names in order, the byline, the publisher."""

    authors: tuple[str, ...]
    publisher: str | None
    byline: object = ANY


def row(
    text: str,
    authors: tuple[str, ...],
    publisher: str | None,
    byline: object = ANY,
    *,
    id: str,  # as in pytest.param
) -> pytest.ParameterSet:
    """One audit row."""
    return pytest.param(text, Fields(authors, publisher, byline), id=id)


def crawl(first: str, *lines: str, date: str = "2022-03-17") -> str:
    """A crawl-format text: the header line, then units separated by blank lines."""
    head = f" date {date} {first}" if first else f" date {date}"
    return "\n\n".join((head, *lines))


HEADLINE = "Assembly extends island ferry subsidy"

AUDIT = [
    # --- Agency wire bylines -------------------------------------------------------------
    row(
        crawl(
            HEADLINE,
            "By ILSABET VARGA-MORROW and TEODOR KESSLING Associated Press",
            f"VESK (AP) — {BODY}",
        ),
        ("Ilsabet Varga-Morrow", "Teodor Kessling"),
        "Associated Press",
        "By ILSABET VARGA-MORROW and TEODOR KESSLING Associated Press",
        id="ap-caps-two-authors",
    ),
    row(
        crawl(HEADLINE, "By Ilsabet Varga-Morrow, Reuters", f"VESK, March 17 (Reuters) - {BODY}"),
        ("Ilsabet Varga-Morrow",),
        "Reuters",
        "By Ilsabet Varga-Morrow, Reuters",
        id="by-name-comma-reuters",
    ),
    row(
        crawl(HEADLINE, "Teodor Kessling | Staff Writer", BODY),
        ("Teodor Kessling",),
        None,
        "Teodor Kessling | Staff Writer",
        id="piped-staff-writer",
    ),
    row(
        crawl(HEADLINE, "By Anouk Brisbane in Paris", BODY),
        ("Anouk Brisbane",),
        None,
        "By Anouk Brisbane in Paris",
        id="by-name-in-city",
    ),
    row(
        crawl(HEADLINE, "Story by Renske Tallowby", BODY),
        ("Renske Tallowby",),
        None,
        "Story by Renske Tallowby",
        id="story-by",
    ),
    row(
        crawl(HEADLINE, "Written by Osric Pellham and Maude Ferrant", BODY),
        ("Osric Pellham", "Maude Ferrant"),
        None,
        "Written by Osric Pellham and Maude Ferrant",
        id="written-by-two",
    ),
    row(
        crawl(HEADLINE, "Words by Linnea Hartsgrove", BODY),
        ("Linnea Hartsgrove",),
        None,
        "Words by Linnea Hartsgrove",
        id="words-by",
    ),
    row(
        crawl(
            "La asamblea prorroga la subvención del ferri",
            "Por Ximena Castrobello",
            "La asamblea regional de Vesk votó el jueves a favor de prorrogar la subvención al"
            " ferri durante tres años más.\n\nLa decisión pone fin a una larga disputa.",
        ),
        ("Ximena Castrobello",),
        None,
        "Por Ximena Castrobello",
        id="por",
    ),
    row(
        crawl(
            "Versammlung verlängert Fährzuschuss",
            "Von Jörg Wendelin-Haas",
            "Die Regionalversammlung von Vesk hat am Donnerstag beschlossen, den Fährzuschuss um"
            " drei Jahre zu verlängern.\n\nDamit endet ein langer Streit.",
        ),
        ("Jörg Wendelin-Haas",),
        None,
        "Von Jörg Wendelin-Haas",
        id="von",
    ),
    row(
        crawl(
            "L'assemblée prolonge la subvention des ferries",
            "Par Élodie Marchetti et Gaspard Lumière",
            "L'assemblée régionale de Vesk a voté jeudi la prolongation de la subvention des"
            " ferries pour trois ans.\n\nLe vote met fin à un long conflit.",
        ),
        ("Élodie Marchetti", "Gaspard Lumière"),
        None,
        "Par Élodie Marchetti et Gaspard Lumière",
        id="par-et",
    ),
    row(
        crawl(
            "Ассамблея продлила субсидию паромам",
            "От Светланы Кордюковой",
            "Региональная ассамблея Веска в четверг проголосовала за продление субсидии на"
            " паромные перевозки.\n\nРешение положило конец долгому спору.",
        ),
        ("Светланы Кордюковой",),
        None,
        "От Светланы Кордюковой",
        id="ot-cyrillic",
    ),
    row(
        crawl(
            "Ассамблея продлила субсидию паромам",
            "Автор: Светлана Кордюкова",
            "Региональная ассамблея Веска в четверг проголосовала за продление субсидии на"
            " паромные перевозки.\n\nРешение положило конец долгому спору.",
        ),
        ("Светлана Кордюкова",),
        None,
        "Автор: Светлана Кордюкова",
        id="avtor-colon",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham, Maude Ferrant, and Linnea Hartsgrove", BODY),
        ("Osric Pellham", "Maude Ferrant", "Linnea Hartsgrove"),
        None,
        "By Osric Pellham, Maude Ferrant, and Linnea Hartsgrove",
        id="three-oxford-comma",
    ),
    row(
        crawl(
            HEADLINE,
            "By Osric Pellham, Maude Ferrant, Linnea Hartsgrove, and Teodor Kessling",
            BODY,
        ),
        ("Osric Pellham", "Maude Ferrant", "Linnea Hartsgrove", "Teodor Kessling"),
        None,
        id="four-oxford-comma",
    ),
    row(
        crawl(HEADLINE, "By Dr. Renske Tallowby", BODY),
        ("Renske Tallowby",),
        None,
        "By Dr. Renske Tallowby",
        id="by-dr",
    ),
    row(
        crawl(HEADLINE, "By Prof. Osric Pellham and Dr Maude Ferrant", BODY),
        ("Osric Pellham", "Maude Ferrant"),
        None,
        id="by-prof-and-dr",
    ),
    # --- Names with particles, apostrophes, diacritics ---------------------------------
    row(
        crawl(HEADLINE, "By Anouk van der Meerburg", BODY),
        ("Anouk van der Meerburg",),
        None,
        id="particle-van-der",
    ),
    row(
        crawl(HEADLINE, "By Rosalind de la Fuentebella", BODY),
        ("Rosalind de la Fuentebella",),
        None,
        id="particle-de-la",
    ),
    row(
        crawl(HEADLINE, "By Yusuf bin Hamdan Al-Rashidi", BODY),
        ("Yusuf bin Hamdan Al-Rashidi",),
        None,
        id="particle-bin",
    ),
    row(
        crawl(HEADLINE, "By Declan O'Rourkin", BODY),
        ("Declan O'Rourkin",),
        None,
        id="apostrophe-o",
    ),
    row(
        crawl(HEADLINE, "By Fiona McTavisham", BODY),
        ("Fiona McTavisham",),
        None,
        id="mc-name",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant-Oyelaran", BODY),
        ("Maude Ferrant-Oyelaran",),
        None,
        id="hyphenated",
    ),
    row(
        crawl(HEADLINE, "By Zeynep Yıldırımoğlu", BODY),
        ("Zeynep Yıldırımoğlu",),
        None,
        id="turkish",
    ),
    row(
        crawl(HEADLINE, "By Aysel Məmmədova and Elçin Qasımlı", BODY),
        ("Aysel Məmmədova", "Elçin Qasımlı"),
        None,
        id="azerbaijani",
    ),
    row(
        crawl(HEADLINE, "By Nguyễn Thị Hương", BODY),
        ("Nguyễn Thị Hương",),
        None,
        id="vietnamese-diacritics",
    ),
    row(
        crawl(HEADLINE, "By D'Arcy N'Dour", BODY),
        ("D'Arcy N'Dour",),
        None,
        id="apostrophes",
    ),
    # --- ALL-CAPS names -------------------------------------------------------------------
    row(
        crawl(HEADLINE, "By JEAN-LUC O'NEILLARD", BODY),
        ("Jean-Luc O'Neillard",),
        None,
        id="caps-hyphen-apostrophe",
    ),
    row(
        crawl(HEADLINE, "By MARIA DE LOS SANTIAGOS", BODY),
        ("Maria de los Santiagos",),
        None,
        id="caps-de-los",
    ),
    row(
        crawl(HEADLINE, "By CALLUM MCDONAGHY", BODY),
        ("Callum McDonaghy",),
        None,
        id="caps-mc",
    ),
    row(
        crawl(HEADLINE, "BY HENDRIK VAN DER WESTHUIZEN", BODY),
        ("Hendrik van der Westhuizen",),
        None,
        id="caps-by-caps-van-der",
    ),
    row(
        crawl(HEADLINE, "By ZEYNEP YILDIZOĞLU", BODY),
        ("Zeynep Yıldızoğlu",),
        None,
        id="caps-turkish",
    ),
    # --- E-mails and handles ------------------------------------------------------------------
    row(
        crawl(HEADLINE, "By Renske Tallowby (renske.tallowby@vesk-herald.test)", BODY),
        ("Renske Tallowby",),
        None,
        id="email-in-brackets",
    ),
    row(
        crawl(HEADLINE, "By Renske Tallowby @rtallowby", BODY),
        ("Renske Tallowby",),
        None,
        id="handle",
    ),
    row(
        crawl(HEADLINE, "By Renske Tallowby, renske@vesk-herald.test", BODY),
        ("Renske Tallowby",),
        None,
        id="email-after-comma",
    ),
    # --- Not authors -----------------------------------------------------------------------
    row(crawl("By Vesknews", BODY), (), "Vesknews", "By Vesknews", id="by-one-word-outlet"),
    row(crawl(HEADLINE, "By AFP", BODY), (), "AFP", "By AFP", id="by-afp"),
    row(crawl(HEADLINE, "Reuters Staff", BODY), (), "Reuters", id="reuters-staff"),
    row(crawl(HEADLINE, "By Staff Reporter", BODY), (), None, id="by-staff-reporter"),
    row(crawl(HEADLINE, "By: News Desk", BODY), (), None, id="by-news-desk"),
    row(
        crawl(HEADLINE, "By Tallow Ridge Times News Service", BODY),
        (),
        "Tallow Ridge Times News Service",
        id="by-paper-news-service",
    ),
    row(crawl(HEADLINE, "By Our Correspondent", BODY), (), None, id="by-our-correspondent"),
    row(crawl(HEADLINE, "Special Correspondent", BODY), (), None, id="special-correspondent"),
    row(crawl("Web Desk", BODY), (), None, id="web-desk-header"),
    row(crawl(HEADLINE, BODY, "Agencies"), (), None, id="agencies-trailing"),
    row(
        crawl(f"NEW DELHI, March 17 (PTI) {LEAD}", MORE),
        (),
        "PTI",
        id="pti-dateline",
    ),
    row(crawl(HEADLINE, "By IANS", BODY), (), "IANS", "By IANS", id="by-ians"),
    row(crawl("Maude Ferrant", BODY), (), None, id="caption-name-on-header"),
    row(crawl(HEADLINE, BODY, "Photo: Osric Pellham"), (), None, id="photo-credit"),
    row(
        crawl(
            f"VESK, March 17 (Reuters) - {LEAD}",
            MORE,
            "(Reporting by Osric Pellham in Vesk; Editing by Maude Ferrant)",
        ),
        (),
        "Reuters",
        id="reporting-by-trailer",
    ),
    # --- Glued and one-line forms ----------------------------------------------------------
    row(
        crawl("By Linnea HartsgroveJun 20, 2020, 8:44 AM EDT", BODY, date="2020-06-20"),
        ("Linnea Hartsgrove",),
        None,
        id="glued-timestamp",
    ),
    row(
        crawl(f"By Linnea Hartsgrove{LEAD}", MORE),
        ("Linnea Hartsgrove",),
        None,
        "By Linnea Hartsgrove",
        id="glued-sentence-header",
    ),
    row(
        crawl(
            HEADLINE,
            "by Osric Pellham Published: March 17, 2022 Last updated: March 18, 2022",
            BODY,
        ),
        ("Osric Pellham",),
        None,
        "by Osric Pellham Published: March 17, 2022 Last updated: March 18, 2022",
        id="published-last-updated",
    ),
    row(
        crawl(HEADLINE, "Contributors\nOsric Pellham\nMaude Ferrant", BODY),
        ("Osric Pellham", "Maude Ferrant"),
        None,
        id="contributors-block",
    ),
    row(
        crawl(HEADLINE, BODY, "Author: Osric Pellham, Maude Ferrant"),
        ("Osric Pellham", "Maude Ferrant"),
        None,
        "Author: Osric Pellham, Maude Ferrant",
        id="trailing-author-line",
    ),
    row(
        crawl(
            "Baku, Azerbaijan, March 17",
            "By Aysel Məmmədova - Trend:",
            BODY,
        ),
        ("Aysel Məmmədova",),
        "Trend",
        "By Aysel Məmmədova - Trend:",
        id="trend-after-dateline",
    ),
    row(
        crawl("By Kestrelwire\n\n\n\n", "By Maude Ferrant", BODY, date="2022-05-28"),
        ("Maude Ferrant",),
        "Kestrelwire",
        "By Maude Ferrant",
        id="header-agency-blank-lines-person",
    ),
    row(
        crawl("By Lornby Courier", "By Osric Pellham", BODY),
        ("Osric Pellham",),
        "Lornby Courier",
        id="header-outlet-then-person",
    ),
    # --- Publisher ---------------------------------------------------------------------------
    row(crawl(HEADLINE, BODY, "Source: Harbour Gazette"), (), "Harbour Gazette", id="source"),
    row(
        crawl(HEADLINE, BODY, "Read the original article on Tallow Ridge Times."),
        (),
        "Tallow Ridge Times",
        id="read-original",
    ),
    row(
        crawl(f"VESK (AP) — {LEAD}", MORE),
        (),
        "Associated Press",
        id="dateline-ap",
    ),
    row(
        crawl(f"ANKARA (AA) - {LEAD}", MORE),
        (),
        "Anadolu Agency",
        id="dateline-aa",
    ),
    row(
        crawl(f"MOSCOW, March 17. /ТАСС/. {LEAD}", MORE),
        (),
        "TASS",
        id="dateline-tass-cyrillic",
    ),
    row(
        crawl(f"VESK, March 17 (Xinhua) -- {LEAD}", MORE),
        (),
        "Xinhua",
        id="dateline-xinhua",
    ),
    row(
        crawl(f"HARLOW, March 17 (Kestrelpress) - {LEAD}", MORE),
        (),
        "Kestrelpress",
        id="dateline-unknown-agency",
    ),
    row(
        "ASSEMBLY EXTENDS FERRY SUBSIDY\n\n    VESK, March 17 - The Vesk regional assembly"
        " voted on Thursday\nto extend the ferry subsidy for another three years.\n"
        "    Members backed the plan by 41 votes to 12.\n Reuter\n",
        (),
        "Reuters",
        id="reuter-signoff",
    ),
    row(crawl(HEADLINE, BODY, "Vesk Herald"), (), "Vesk Herald", id="closing-outlet-line"),
    row(
        crawl(HEADLINE, f"{LEAD}\n\n{MORE}\n\n{LAST} (KESTRELPRESS)"),
        (),
        "KESTRELPRESS",
        id="agency-glued-last-sentence",
    ),
    row(
        crawl(HEADLINE, BODY, "© 2021 Lornby Courier"),
        (),
        "Lornby Courier",
        id="copyright-holder",
    ),
    row(
        crawl(HEADLINE, BODY, "Copyright 2021 Lornby Courier. All rights reserved."),
        (),
        "Lornby Courier",
        id="copyright-word",
    ),
    row(crawl(HEADLINE, BODY), (), None, None, id="nothing-credited"),
    row(crawl(LEAD, MORE), (), None, None, id="nothing-credited-body-on-header"),
    # --- More wire shapes ----------------------------------------------------------------------
    row(
        crawl(
            HEADLINE,
            "By TEODOR KESSLING AP Business Writer",
            f"VESK (AP) — {BODY}",
        ),
        ("Teodor Kessling",),
        "Associated Press",
        id="ap-business-writer",
    ),
    row(
        crawl(
            f"VESK (AP) — {LEAD}",
            MORE,
            "___",
            "Associated Press writer Osric Pellham in Harlow contributed to this report.",
        ),
        (),
        "Associated Press",
        id="ap-contributed-trailer",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant, Senior Correspondent", BODY),
        ("Maude Ferrant",),
        None,
        id="name-comma-role",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant, Lornby Courier", BODY),
        ("Maude Ferrant",),
        "Lornby Courier",
        id="name-comma-outlet",
    ),
    row(
        crawl(HEADLINE, "BY OSRIC PELLHAM, STAFF WRITER", BODY),
        ("Osric Pellham",),
        None,
        id="caps-name-caps-role",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham & Maude Ferrant", BODY),
        ("Osric Pellham", "Maude Ferrant"),
        None,
        id="ampersand",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham | March 17, 2022", BODY),
        ("Osric Pellham",),
        None,
        id="pipe-date-tail",
    ),
    row(
        crawl(HEADLINE, "Von Jörg Wendelin-Haas und Birte Østergaard", BODY),
        ("Jörg Wendelin-Haas", "Birte Østergaard"),
        None,
        id="von-und",
    ),
    row(
        crawl(HEADLINE, BODY, "By Linnea Hartsgrove"),
        ("Linnea Hartsgrove",),
        None,
        id="byline-last-line",
    ),
    row(
        crawl(HEADLINE, "By Ian Oakes-Whitby, Vesk Herald", BODY, "Source: Vesk Herald"),
        ("Ian Oakes-Whitby",),
        "Vesk Herald",
        id="byline-outlet-and-source",
    ),
    # --- Second round: shapes found on pages the audit had not tried ------------------------
    row(
        crawl(HEADLINE, "By Maude Ferrant for the Lornby Courier", BODY),
        ("Maude Ferrant",),
        "Lornby Courier",
        id="by-name-for-outlet",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant, Special to the Lornby Courier", BODY),
        ("Maude Ferrant",),
        "Lornby Courier",
        id="special-to",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant on March 17, 2022", BODY),
        ("Maude Ferrant",),
        None,
        id="by-name-on-date",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant • 5 min read", BODY),
        ("Maude Ferrant",),
        None,
        id="bullet-read-time",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant - 2 hours ago", BODY),
        ("Maude Ferrant",),
        None,
        id="dash-hours-ago",
    ),
    row(
        crawl(HEADLINE, "Posted by Maude Ferrant on March 17, 2022", BODY),
        ("Maude Ferrant",),
        None,
        id="posted-by",
    ),
    row(
        crawl(HEADLINE, "Reported by Osric Pellham", BODY),
        ("Osric Pellham",),
        None,
        id="reported-by",
    ),
    row(
        crawl(HEADLINE, "BY OSRIC PELLHAM\nSTAFF WRITER", BODY),
        ("Osric Pellham",),
        None,
        id="caps-role-next-line",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham, The Lornby Courier", BODY),
        ("Osric Pellham",),
        "The Lornby Courier",
        id="name-comma-the-outlet",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham | Lornby Courier", BODY),
        ("Osric Pellham",),
        "Lornby Courier",
        id="name-pipe-outlet",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham / Lornby Courier", BODY),
        ("Osric Pellham",),
        "Lornby Courier",
        id="name-slash-outlet",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham, AP", f"VESK (AP) — {BODY}"),
        ("Osric Pellham",),
        "Associated Press",
        id="name-comma-ap",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham and Maude Ferrant, Lornby Courier staff", BODY),
        ("Osric Pellham", "Maude Ferrant"),
        "Lornby Courier",
        id="outlet-staff-lower",
    ),
    row(
        crawl(HEADLINE, "Text: Linnea Hartsgrove", BODY),
        ("Linnea Hartsgrove",),
        None,
        id="text-colon",
    ),
    row(
        crawl(HEADLINE, "Yazar: Ayşe Gündoğdu", BODY),
        ("Ayşe Gündoğdu",),
        None,
        id="yazar",
    ),
    row(
        crawl(HEADLINE, "Müəllif: Rəşad Əliyev", BODY),
        ("Rəşad Əliyev",),
        None,
        id="muellif",
    ),
    row(
        crawl(HEADLINE, "Autor: Jan Wiśniewski", BODY),
        ("Jan Wiśniewski",),
        None,
        id="autor-polish",
    ),
    row(
        crawl(HEADLINE, "By J.R. Tallowby and Maude E. Ferrant", BODY),
        ("J.R. Tallowby", "Maude E. Ferrant"),
        None,
        id="initials",
    ),
    row(
        crawl(HEADLINE, "By АННА ПЕТРОВСКАЯ", BODY),
        ("Анна Петровская",),
        None,
        id="caps-cyrillic",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant Updated 8:44 AM EDT, Sat March 19, 2022", BODY),
        ("Maude Ferrant",),
        None,
        id="updated-tail",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant, Vesk correspondent", BODY),
        ("Maude Ferrant",),
        None,
        id="place-correspondent",
    ),
    row(
        crawl(HEADLINE, "Maude Ferrant - Staff Reporter", BODY),
        ("Maude Ferrant",),
        None,
        id="dash-staff-reporter",
    ),
    row(
        crawl(
            f"VESK, March 17 (Reuters) - {LEAD}",
            MORE,
            "Reporting by Osric Pellham; Editing by Maude Ferrant",
        ),
        (),
        "Reuters",
        id="reporting-by-unbracketed",
    ),
    row(
        crawl(
            HEADLINE,
            "By Osric Pellham, Associated Press",
            f"VESK (AP) — {BODY}",
            "Copyright 2022 The Associated Press. All rights reserved.",
        ),
        ("Osric Pellham",),
        "Associated Press",
        id="ap-copyright",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham Twitter: @opellham", BODY),
        ("Osric Pellham",),
        None,
        id="twitter-label",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham, Contributing Writer", BODY),
        ("Osric Pellham",),
        None,
        id="contributing-writer",
    ),
    row(crawl(HEADLINE, BODY, "Source: AFP"), (), "AFP", id="source-afp"),
    row(crawl(HEADLINE, BODY, "Source: AP"), (), "Associated Press", id="source-ap"),
    row(crawl(HEADLINE, BODY, "SOURCE: Reuters"), (), "Reuters", id="source-caps"),
    row(crawl(HEADLINE, BODY, "Sources: Agencies"), (), None, id="source-agencies"),
    row(crawl(HEADLINE, BODY, "AFP"), (), "AFP", id="closing-afp"),
    row(crawl(HEADLINE, BODY, "(AFP)"), (), "AFP", id="closing-bracketed-afp"),
    row(crawl(HEADLINE, BODY, "— AFP"), (), "AFP", id="closing-dash-afp"),
    row(crawl(HEADLINE, BODY, "With inputs from agencies"), (), None, id="inputs-agencies"),
    row(crawl(HEADLINE, BODY, "With inputs from PTI"), (), "PTI", id="inputs-pti"),
    row(crawl(HEADLINE, BODY, "Reuter"), (), "Reuters", id="closing-reuter-crawl"),
    row(
        crawl(HEADLINE, BODY, "(c) 2019 Harlow Evening Standard"),
        (),
        "Harlow Evening Standard",
        id="copyright-c",
    ),
    row(
        crawl(HEADLINE, BODY, "Copyright © 2021 Lornby Courier Ltd. All Rights Reserved."),
        (),
        "Lornby Courier Ltd",
        id="copyright-ltd",
    ),
    row(crawl("By Lornby Courier Staff", BODY), (), "Lornby Courier", id="by-outlet-staff"),
    row(crawl("By The Associated Press", BODY), (), "Associated Press", id="by-the-ap"),
    row(crawl("By REUTERS", BODY), (), "Reuters", id="by-reuters-caps"),
    row(crawl("By Anadolu Agency", BODY), (), "Anadolu Agency", id="by-anadolu"),
    row(crawl("By Trend", BODY), (), "Trend", id="by-trend"),
    row(crawl("By Web Desk", BODY), (), None, id="by-web-desk"),
    row(crawl("By Online Desk", BODY), (), None, id="by-online-desk"),
    row(crawl("By Our Staff Reporter", BODY), (), None, id="by-our-staff-reporter"),
    row(crawl("By A Staff Reporter", BODY), (), None, id="by-a-staff-reporter"),
    row(crawl("By Our Special Correspondent", BODY), (), None, id="by-our-special"),
    row(crawl("By Agencies", BODY), (), None, id="by-agencies"),
    row(crawl("By Staff", BODY), (), None, id="by-staff"),
    row(
        crawl("By Maude Ferrant, Agencies", BODY),
        ("Maude Ferrant",),
        None,
        id="name-comma-agencies",
    ),
    row(
        crawl("By Maude Ferrant with agency inputs", BODY),
        ("Maude Ferrant",),
        None,
        id="name-agency-inputs",
    ),
    row(crawl("By PTI", BODY), (), "PTI", id="by-pti-header"),
    row(crawl("By Vesk Herald Web Desk", BODY), (), "Vesk Herald", id="by-outlet-web-desk"),
    row(
        crawl("Osric Pellham", HEADLINE, BODY),
        (),
        None,
        id="caption-name-then-headline",
    ),
    row(
        crawl(HEADLINE, "Maude Ferrant, Staff Writer", BODY),
        ("Maude Ferrant",),
        None,
        id="name-comma-role-no-by",
    ),
    # --- Third round ----------------------------------------------------------------------------
    row(
        crawl(HEADLINE, "By Osric Pellham and Maude Ferrant | Staff Writers", BODY),
        ("Osric Pellham", "Maude Ferrant"),
        None,
        id="by-pipe-role",
    ),
    row(
        crawl(HEADLINE, "By OSRIC PELLHAM | AP", f"VESK (AP) — {BODY}"),
        ("Osric Pellham",),
        "Associated Press",
        id="by-pipe-ap",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham | Updated: March 18, 2022", BODY),
        ("Osric Pellham",),
        None,
        id="by-pipe-updated",
    ),
    row(
        crawl(HEADLINE, "BY OSRIC PELLHAM, THE ASSOCIATED PRESS", f"VESK (AP) — {BODY}"),
        ("Osric Pellham",),
        "Associated Press",
        id="caps-comma-the-ap",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham, Associated Press Writer", f"VESK (AP) — {BODY}"),
        ("Osric Pellham",),
        "Associated Press",
        id="comma-ap-writer",
    ),
    row(
        crawl(HEADLINE, "By OSRIC PELLHAM AND MAUDE FERRANT", BODY),
        ("Osric Pellham", "Maude Ferrant"),
        None,
        id="caps-and",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham; Maude Ferrant", BODY),
        ("Osric Pellham", "Maude Ferrant"),
        None,
        id="semicolon",
    ),
    row(
        crawl(
            "L'assemblée prolonge la subvention des ferries",
            "Par Élodie Marchetti le 17 mars 2022",
            "L'assemblée régionale de Vesk a voté jeudi la prolongation de la subvention des"
            " ferries pour trois ans.\n\nLe vote met fin à un long conflit.",
        ),
        ("Élodie Marchetti",),
        None,
        id="par-le-date",
    ),
    row(
        crawl(
            "Versammlung verlängert Fährzuschuss",
            "Von Jörg Wendelin am 17. März 2022",
            "Die Regionalversammlung von Vesk hat am Donnerstag beschlossen, den Fährzuschuss um"
            " drei Jahre zu verlängern.\n\nDamit endet ein langer Streit.",
        ),
        ("Jörg Wendelin",),
        None,
        id="von-am-date",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant Mar 17, 2022 Updated Mar 18, 2022", BODY),
        ("Maude Ferrant",),
        None,
        id="date-updated-tail",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant, 17 March 2022", BODY),
        ("Maude Ferrant",),
        None,
        id="comma-date",
    ),
    row(crawl(HEADLINE, "By REUTERS STAFF", BODY), (), "Reuters", id="caps-reuters-staff"),
    row(crawl(HEADLINE, "AP Staff", f"VESK (AP) — {BODY}"), (), "Associated Press", id="ap-staff"),
    row(crawl("By Kestrelwire Staff", BODY), (), "Kestrelwire", id="by-unknown-outlet-staff"),
    row(
        crawl(HEADLINE, BODY, "Additional reporting by Maude Ferrant in Harlow"),
        (),
        None,
        id="additional-reporting",
    ),
    row(
        crawl(HEADLINE, "By Sir Osric Pellham", BODY),
        ("Osric Pellham",),
        None,
        id="sir",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham Jr.", BODY),
        ("Osric Pellham Jr.",),
        None,
        id="suffix-jr",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant-O'Connell and Jean-Baptiste d'Aubignac", BODY),
        ("Maude Ferrant-O'Connell", "Jean-Baptiste d'Aubignac"),
        None,
        id="hyphen-apostrophe-mixed",
    ),
    row(
        crawl(HEADLINE, "By MAUDE FERRANT-O'CONNELL", BODY),
        ("Maude Ferrant-O'Connell",),
        None,
        id="caps-hyphen-o-apostrophe",
    ),
    row(
        crawl(HEADLINE, "By İLKNUR ÇELİKKAYA", BODY),
        ("İlknur Çelikkaya",),
        None,
        id="caps-turkish-dotted-i",
    ),
    row(
        crawl(HEADLINE, "By ƏLİ HƏSƏNZADƏ", BODY),
        ("Əli Həsənzadə",),
        None,
        id="caps-azerbaijani",
    ),
    row(
        crawl(HEADLINE, "By YILDIZ IŞIKLAR", BODY),
        ("Yıldız Işıklar",),
        None,
        id="caps-turkish-dotless-i",
    ),
    row(
        crawl(HEADLINE, "By ЕЛЕНА СМИРНИЦКАЯ", BODY),
        ("Елена Смирницкая",),
        None,
        id="caps-russian",
    ),
    row(
        crawl(HEADLINE, "By ØYVIND ÅSHEIMSTAD", BODY),
        ("Øyvind Åsheimstad",),
        None,
        id="caps-norwegian",
    ),
    row(crawl(HEADLINE, BODY, "Source: Xinhua"), (), "Xinhua", id="source-xinhua"),
    row(crawl(HEADLINE, BODY, "Источник: ТАСС"), (), "TASS", id="source-tass-cyrillic"),
    row(crawl(HEADLINE, BODY, "Kaynak: AA"), (), "Anadolu Agency", id="kaynak-aa"),
    row(crawl(HEADLINE, BODY, "Quelle: dpa"), (), "dpa", id="quelle-dpa-lower"),
    row(crawl(HEADLINE, BODY, "Source: Agencies"), (), None, id="source-agencies-cap"),
    row(
        crawl(HEADLINE, BODY, "Source: https://veskherald.test/news/123"),
        (),
        None,
        id="source-url",
    ),
    row(crawl(HEADLINE, BODY, "Xinhua"), (), "Xinhua", id="closing-xinhua"),
    row(
        crawl(HEADLINE, f"{LEAD}\n\n{MORE} (IANS)"),
        (),
        "IANS",
        id="ians-glued",
    ),
    row(crawl(HEADLINE, BODY, "-- IANS"), (), "IANS", id="closing-dashes-ians"),
    row(
        crawl(HEADLINE, BODY, "© Lornby Courier 2021"),
        (),
        "Lornby Courier",
        id="copyright-year-after",
    ),
    row(
        crawl(HEADLINE, BODY, "© 2021 The Harbour Gazette"),
        (),
        "The Harbour Gazette",
        id="copyright-the",
    ),
    row(
        crawl(HEADLINE, BODY, "This article was originally published on Vesk Herald."),
        (),
        "Vesk Herald",
        id="originally-published-on",
    ),
    row(
        crawl(
            HEADLINE,
            BODY,
            "This article is republished from The Tallow Review under a Creative Commons license.",
        ),
        (),
        "The Tallow Review",
        id="republished-from",
    ),
    row(crawl(HEADLINE, "Photo: Reuters", BODY), (), None, id="photo-reuters"),
    row(crawl("AFP/Getty Images", BODY), (), None, id="header-photo-agency"),
    row(crawl("Getty Images", BODY), (), None, id="header-getty"),
    row(
        crawl(HEADLINE, "Maude Ferrant, Chief Executive", BODY),
        (),
        None,
        id="caption-name-executive",
    ),
    row(
        crawl(
            "МОСКВА, 17 марта. /ТАСС/. Региональная ассамблея проголосовала за продление"
            " субсидии на паромные перевозки.",
            "Решение положило конец долгому спору.",
        ),
        (),
        "TASS",
        id="tass-cyrillic-dateline",
    ),
    # --- Fourth round: traps for the rules added above ----------------------------------------
    row(crawl(HEADLINE, "Posted by Admin", BODY), (), None, id="posted-by-admin"),
    row(
        crawl(HEADLINE, BODY, "First published on March 3, 2021."),
        (),
        None,
        id="first-published-date",
    ),
    row(
        crawl(HEADLINE, "By Maude Ferrant for Kestrel", BODY),
        ("Maude Ferrant",),
        "Kestrel",
        id="for-one-word-outlet",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham | Lornby Courier | March 17, 2022", BODY),
        ("Osric Pellham",),
        "Lornby Courier",
        id="pipe-outlet-pipe-date",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham / Reuters", BODY),
        ("Osric Pellham",),
        "Reuters",
        id="slash-agency",
    ),
    row(
        crawl(HEADLINE, "By Osric Pellham and Maude Ferrant / Staff Writers", BODY),
        ("Osric Pellham", "Maude Ferrant"),
        None,
        id="slash-role",
    ),
    row(crawl("Osric Pellham, Chief Correspondent", BODY), ("Osric Pellham",), None, id="hdr-role"),
    row(crawl(HEADLINE, "Harlow, Vesk", BODY), (), None, id="place-comma-region"),
    row(crawl("Vesk, Norland - Staff Writer", BODY), (), None, id="place-dash-role"),
    row(
        crawl(HEADLINE, "By Osric Pellham\nEmail: osric.pellham@vesk-herald.test", BODY),
        ("Osric Pellham",),
        None,
        id="email-label-next-line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AUDIT)
def test_audit(text: str, expected: Fields) -> None:
    """Authors, publisher and byline of the record are what RECORD.md asks for."""
    record = newsrecord.parse(text).to_dict()
    names = tuple(author["name"] for author in record["authors"])
    assert (names, record["publisher"]) == (expected.authors, expected.publisher)
    if expected.byline is not ANY:
        assert record["byline"] == expected.byline


@pytest.mark.parametrize(
    ("caps", "name"),
    [
        pytest.param("JEAN-LUC O'NEILL", "Jean-Luc O'Neill", id="hyphen-apostrophe"),
        pytest.param("MARIA DE LOS SANTOS", "Maria de los Santos", id="particles"),
        pytest.param("RONALD MCDONALD", "Ronald McDonald", id="mc"),
        pytest.param("YILDIZ IŞIK", "Yıldız Işık", id="turkish-dotless-i"),
        pytest.param("İSMAİL ÖZTÜRK", "İsmail Öztürk", id="turkish-dotted-i"),
        pytest.param("ƏLİ HƏSƏNOV", "Əli Həsənov", id="azerbaijani"),
        pytest.param("INGRID IVERSEN", "Ingrid Iversen", id="no-turkic-letter"),
    ],
)
def test_caps_names_title_cased(caps: str, name: str) -> None:
    """Names in capitals are title-cased as their alphabet writes them (Turkic `I`/`ı`, `İ`/`i`)."""
    assert newsrecord.parse(f" date 2022-03-17 {HEADLINE}\n\nBy {caps}\n\n{BODY}").to_dict()[
        "authors"
    ] == [{"name": name}]
