"""
News agencies and outlet words.

``AGENCY_NAMES`` maps how an agency is credited (case-folded) to the name the
record's ``publisher`` uses: well-known abbreviations are expanded, names that
are already names map to their usual spelling.  Agencies not listed here stay
as written.  ``ORGANIZATION_WORDS`` are words that make a credit an
organization rather than a person (``Lornby Courier``, ``Staff Reporter``).
"""

from __future__ import annotations

from typing import Final

AGENCY_NAMES: Final[dict[str, str]] = {
    "ap": "Associated Press",
    "the associated press": "Associated Press",
    "associated press": "Associated Press",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "reuters": "Reuters",
    "reuter": "Reuters",
    "thomson reuters": "Reuters",
    "aa": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "aa.com.tr": "Anadolu Agency",
    "tass": "TASS",
    "тасс": "TASS",
    "itar-tass": "TASS",
    "ria novosti": "RIA Novosti",
    "риа новости": "RIA Novosti",
    "interfax": "Interfax",
    "интерфакс": "Interfax",
    "xinhua": "Xinhua",
    "pti": "PTI",
    "press trust of india": "PTI",
    "ians": "IANS",
    "ani": "ANI",
    "upi": "UPI",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "bernama": "Bernama",
    "trend": "Trend",
    "apa": "APA",
    "azertac": "AZERTAC",
    "report": "Report",
    "turan": "Turan",
    "irna": "IRNA",
    "wafa": "WAFA",
    "mena": "MENA",
    "sana": "SANA",
    "kuna": "KUNA",
    "wam": "WAM",
    "spa": "SPA",
    "qna": "QNA",
    "bna": "BNA",
    "pna": "PNA",
    "cna": "CNA",
    "nna": "NNA",
    "ukrinform": "Ukrinform",
    "belta": "BelTA",
    "kazinform": "Kazinform",
    "akipress": "AKIpress",
    # National agencies that credit themselves in datelines (`ALMATY. KAZINFORM –`,
    # `YEREVAN, MAY 20, ARMENPRESS.`): not abbreviations RECORD.md expands, so each maps
    # to its own usual spelling.
    "armenpress": "Armenpress",
    "arminfo": "ArmInfo",
    "antara": "Antara",
    "antara news": "Antara",
    "lusa": "Lusa",
    "agência lusa": "Lusa",
    "belga": "Belga",
    "tanjug": "Tanjug",
    "bta": "BTA",
    "pap": "PAP",
    "mti": "MTI",
    "čtk": "ČTK",
    "ctk": "ČTK",
    "anp": "ANP",
    "ntb": "NTB",
    "stt": "STT",
    "ritzau": "Ritzau",
    "kna": "KNA",
    "sputnik": "Sputnik",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
    "bbc": "BBC",
    "ians news": "IANS",
}

# Agencies whose names are also common words or given names (`Petra`, `MAP`, `TT`,
# `NaN`): trusted only as written here, in a dateline's agency slot (`AMMAN, Petra –`),
# never as a word of a byline or a line alone, where `By Petra Lind` is a person.
DATELINE_ONLY_AGENCIES: Final[tuple[str, ...]] = (
    "Petra", "PETRA", "MAP", "TT", "NAN", "TAP", "APS", "HINA", "Hina", "ONA", "KABAR", "Kabar",
)  # fmt: skip

# How a domain name ends (`KOMPAS.TV`, `AKIPRESS.COM`, `aa.com.tr`), case-folded: an
# outlet's address in a dateline's agency slot is the outlet, never a place.
DOMAIN_ENDINGS: Final[tuple[str, ...]] = tuple(
    """
    com net org info biz news media online tv fm press
    am az by ge kg kz ru tj tm ua uz
    ae bh eg iq ir jo kw lb om qa sa sy tr ye
    af bd id in lk my np ph pk sg th vn cn hk jp kr tw
    dz gh ke ma ng tn tz ug za zw
    ar bo br cl co cu ec mx pe py uy ve
    at ba be bg ch cy cz de dk ee es eu fi fr gr hr hu ie is it lt lu lv md me mk mt nl
    no pl pt ro rs se si sk uk al
    au nz ca us
    """.split()
)

# Words that mark an organization, desk or staff credit (case-folded).
ORGANIZATION_WORDS: Final[frozenset[str]] = frozenset(
    """
    news newswire wire agency agencies press staff desk team reporter reporters
    correspondent correspondents bureau service services editorial editors times post herald
    tribune gazette journal courier chronicle observer daily weekly media network networks
    tv television radio online digital magazine times review report today web channel group
    publishing publications newspaper newsroom inc ltd llc plc corp company foundation
    ministry office government council university institute association organization
    organisation committee department center centre club federation union party ledger
    sentinel telegraph mirror express globe inquirer examiner dispatch bulletin register
    monitor guardian independent courant advertiser messenger beacon broadcasting broadcaster
    fm agencia agência agenzia agence agentur ajansı ajans agentliyi агентство redazione
    redacción redação rédaction redaktion redaksiya diario periódico jornal giornale zeitung
    gazete gazeta journal noticias notícias notizie nachrichten haber xəbər новости
    """.split()
)

# Words that make a name an outlet's, of the press rather than any organization
# (case-folded): `HAVANA TIMES –` opening a story credits the outlet, `UN SECURITY
# COUNCIL –` does not.
OUTLET_WORDS: Final[frozenset[str]] = frozenset(
    """
    news newswire wire agency press times post herald tribune gazette journal courier
    chronicle observer daily weekly media tv television radio online magazine review today
    ledger sentinel telegraph mirror express globe inquirer examiner dispatch bulletin
    monitor guardian independent courant advertiser messenger beacon fm diario jornal
    giornale zeitung gazete gazeta noticias notícias notizie nachrichten haber xəbər новости
    """.split()
)

# Words that, with role words only, make a credit a desk rather than an outlet
# (`Web Desk`, `Online Desk`, `News Desk`, `Agencies`, `Posted by Admin`), case-folded.
DESK_WORDS: Final[frozenset[str]] = frozenset(
    """
    news desk desks staff team teams editorial newsroom agencies agency wires wire reporter
    reporters web online digital internet input inputs service admin administrator webmaster
    moderator guest redazione redacción redação rédaction redaktion redaksiya agencia agência
    agenzia agence agentur редакция
    """.split()
)

# What a dateline puts in the agency's place when no agency wrote the story (case-folded):
# `TEHRAN (Dispatches) -`, `GAZA (Agencies) -`.  They credit no one.
NO_AGENCY: Final[frozenset[str]] = frozenset(
    {"dispatches", "agencies", "agency", "wires", "news wires", "news agencies", "agency reports"}
)
