"""
Data only: the invented names, places, outlets and phrases the layout matrix draws from.

Every person, town, outlet, company and event here is made up.  Real agency names and real
capitals appear only as scaffolding for the wire datelines FORMATS.md lists, the way the
catalogue itself uses them.
"""

from __future__ import annotations

from typing import Final

# The tables below are laid out by hand, several short entries a line, to read as lists.
# fmt: off

# --- people -------------------------------------------------------------------------------------

#: Given names in Latin script: plain, accented, hyphenated, and initials.
GIVEN: Final = (
    "Ilse", "Tobias", "Mirela", "Arvo", "Noor", "Kaito", "Delia", "Magnus", "Ruth", "Oskar",
    "Lena", "Teodor", "Amara", "Celeste", "Farid", "Jonas", "Kerstin", "Marek", "Odile", "Priya",
    "Rosalind", "Selim", "Tamsin", "Viggo", "Yusuf", "Zofia", "Hedda", "Casimir", "Leontine",
    "Zoë", "Søren", "Inès", "José", "Łucja", "Ömer", "Anaïs", "Mátyás", "Renée", "Björn",
    "Jean-Luc", "Anne-Marie", "Ana-Lucía", "Karl-Heinz",
    "J. R.", "M. K.", "A. J.", "T.",
)

#: Family names in Latin script: plain, accented, hyphenated, with apostrophes and particles.
FAMILY: Final = (
    "Marwick", "Wren", "Castellanos", "Lind", "Halvorsen", "Brennan", "Okonkwo", "Sherwood",
    "Pellinen", "Ashdown", "Kellerman", "Torvik", "Quayle", "Ferreira", "Lindqvist", "Morrow",
    "Abernethy", "Delacroix", "Varga", "Strand", "Nakashima", "Thornbury", "Mbeki-Lowe",
    "Márquez", "Ødegaard", "Núñez", "Šimková", "Öztürk", "Çelik", "Lefèvre", "Dvořák",
    "Lind-Haugen", "Ashby-Crane", "Varga-Holm",
    "O'Neill", "O'Rourke", "D'Amato", "O'Dwyer",
    "de la Vega", "de la Cruz", "van der Berg", "van der Meer", "bin Hamdan", "bin Rashid",
    "de los Santos", "von Ahlen", "da Costa",
)

#: Whole names in Cyrillic script (given, family).
CYRILLIC: Final = (
    ("Ирина", "Соболева"), ("Павел", "Громов"), ("Алёна", "Ветрова"), ("Дмитрий", "Кольцов"),
    ("Ольга", "Левашова"), ("Тимур", "Рахимов"),
)

#: Whole names in Greek script (given, family).
GREEK: Final = (
    ("Ελένη", "Μαυρίδου"), ("Νίκος", "Καραλής"), ("Σοφία", "Λαμπράκη"), ("Γιάννης", "Στεφανίδης"),
)

# --- outlets and agencies -----------------------------------------------------------------------

#: Newspapers and sites: (name the record wants, its web address).
OUTLETS: Final = (
    ("Lornby Courier", "lornbycourier.example"),
    ("Harbour Gazette", "harbourgazette.example"),
    ("Vesk Herald", "veskherald.example"),
    ("The Vesk Times", "vesktimes.example"),
    ("Marstow Daily", "marstowdaily.example"),
    ("Tarnhold Observer", "tarnholdobserver.example"),
    ("Greyfield Ledger", "greyfieldledger.example"),
    ("Calvessa Web", "calvessaweb.example"),
)

#: Agencies: (name the record wants, the form datelines and credits write).  The first four
#: carry the well-known abbreviations RECORD.md expands; the rest stay as written.
AGENCIES: Final = (
    ("Associated Press", "AP"),
    ("Reuters", "Reuters"),
    ("Anadolu Agency", "AA"),
    ("TASS", "TASS"),
    ("AFP", "AFP"),
    ("Xinhua", "Xinhua"),
    ("PTI", "PTI"),
    ("Trend", "Trend"),
    ("Turan", "Turan"),
    ("Norpress", "Norpress"),
    ("Calvessa Press", "Calvessa Press"),
)

#: Web agencies that sign as an address in capitals (`Vesk. 1 March. AGENCY.XX/`).
WEB_AGENCIES: Final = ("VESKINFO.AZ", "KESK24.KZ", "NORLINE.UZ")

#: Broadcast stations that put their call sign in a US-style dateline.
STATIONS: Final = ("KVLR", "WTRN", "KSEV")

#: Press-release distributors that sign a release's dateline (`/Calvessa Newswire/`).
DISTRIBUTORS: Final = ("Calvessa Newswire", "Lornby Release Wire", "Norland PR Wire")

#: Photo agencies for image credits, never a publisher.
PHOTO_AGENCIES: Final = ("Kestrel Images", "Norland Photo Pool", "Vesk Images")

#: Desks and staff credits that name nobody (`By: News Desk`).
DESKS: Final = ("News Desk", "Web Desk", "Staff Reporter", "Online Desk")

#: Invented companies for press releases.
COMPANIES: Final = (
    "Kestrel Robotics", "Oskarsund Mills", "Tarnhold Energy", "Velmora Foods", "Sarn Bio",
)

# --- places -------------------------------------------------------------------------------------

#: Invented towns, used in the running text and in datelines.
TOWNS: Final = (
    "Lornby", "Port Alder", "Vesk", "Kesk", "Marstow", "Tarnhold", "Greyfield", "Drenov",
    "Velmora", "Calvessa", "Sarn", "Oskarsund", "Kelmouth", "Ardwick Bay", "Brisk Hollow",
)

#: Invented countries and regions, for `Town, Country` datelines.
COUNTRIES: Final = ("Norland", "Estovia", "Carvel", "Ostmark")

#: Invented provinces, for `City (Province) [Country]` datelines.
PROVINCES: Final = ("North Reach", "Lower Vale", "Eastmere", "Calder")

#: Real US state abbreviations for `CITY, St.` datelines (the towns stay invented).
STATES: Final = ("Ore.", "Calif.", "Mont.", "Vt.", "Ariz.", "Wis.")

#: Real capitals, scaffolding for agency datelines (as FORMATS.md's own examples do).
CAPITALS: Final = (
    "WASHINGTON", "LONDON", "PARIS", "MOSCOW", "BEIJING", "NEW DELHI", "ANKARA", "NAIROBI",
    "OSLO", "LIMA",
)

# --- running text -------------------------------------------------------------------------------

#: Bodies that act in the stories.
ACTORS: Final = (
    "The town council", "The harbour authority", "The rail company", "Officials",
    "The regional water board", "The ministry of transport", "The hospital trust",
    "The fishermen's union", "Local farmers", "The school board",
)

#: What the actors say happened or will happen.
CLAUSES: Final = (
    "the old pier would close to cargo ships from April",
    "ticket prices would rise by eight percent next year",
    "a new bridge over the river would open before the winter",
    "the school term would be extended by one week",
    "repairs to the water main would take another month",
    "the long-awaited ferry link had been delayed again",
    "the orchard harvest was the largest in a decade",
    "a well-known bakery on the market square would reopen",
    "the night trains would stop running until the tunnel is inspected",
    "the two-year dispute over grazing rights had been settled",
    "the flood barrier had held during the storm",
    "plans for a wind farm on the ridge had been withdrawn",
)

#: Invented sentences in Russian, for the Russian-language TASS dateline.
RU_SENTENCES: Final = (
    "Городской совет Веска одобрил бюджет на строительство нового моста через реку.",
    "Работы планируется завершить до конца следующего года, отметил представитель совета.",
    "Паромное сообщение с Лорнби было прервано на три дня из-за шторма.",
    "Стоимость проекта оценивается в 40 миллионов крон, сообщили в администрации.",
    "В прошлом году порт Веска принял на 12 процентов больше судов, чем годом ранее.",
    "Жители Сарна давно жалуются на состояние старой дороги к станции.",
)

#: Things that are built, fixed, bought or debated.
PROJECTS: Final = (
    "bridge", "ferry terminal", "water main", "library extension", "tram line",
    "flood barrier", "grain store", "cycle path", "sports hall", "sea wall",
)

#: Quotations given to invented speakers.
QUOTES: Final = (
    "We have waited a long time for this decision",
    "Nobody in the valley remembers a season like this one",
    "The money is there, but the builders are not",
    "It is a good day for the families who depend on the harbour",
    "We will keep the station open as long as the trains run safely",
    "Our members are tired of promises",
    "The figures speak for themselves",
    "This is not the end of the matter",
)

#: Roles of the speakers in the running text (never in a byline).
SPEAKER_ROLES: Final = (
    "the mayor", "a spokeswoman for the board", "the union's chairman", "a local shopkeeper",
    "the project's chief engineer", "a member of the council",
)

#: Currencies for invented figures.
CURRENCIES: Final = ("crowns", "marks", "euros", "dollars")

#: Headline templates; `{town}`, `{project}` and `{actor}` are filled in.
HEADLINES: Final = (
    "{town} council approves new {project} budget",
    "Ferry service to {town} resumes after storm",
    "Work on {town} {project} delayed until spring",
    "{town} farmers report record orchard harvest",
    "Night trains to {town} suspended for tunnel checks",
    "Union in {town} rejects pay offer",
    "Residents of {town} win fight over {project}",
    "{town} {project} to reopen next month",
    "Storm damage in {town} worse than feared",
    "Bakers of {town} mark a century on the square",
)

#: One-sentence summaries that stand under a headline.
STANDFIRSTS: Final = (
    "The vote ends a two-year dispute over the cost of the crossing.",
    "Engineers say the work could take most of the year.",
    "The decision follows months of protests by residents.",
    "Traders hope the change will bring visitors back to the old town.",
)

#: Words that can open a sentence glued to a byline without reading as part of a name.
GLUE_STARTS: Final = ("The", "A", "In", "On", "After", "When", "For")

# --- furniture ----------------------------------------------------------------------------------

#: Share and listen bars (one line, or one word a line).
SHARE_BARS: Final = (
    "Share this article",
    "Share\nTweet\nEmail",
    "Facebook Twitter WhatsApp Email",
    "Listen to this article",
    "Share on Facebook | Share on X | Copy link",
    "Print | Email | Font size: A A A",
)

#: User-interface leftovers from a crawl header line.
UI_LEFTOVERS: Final = (
    "+ ↺ − 16 px", "Left Menu", "Please turn on JavaScript", "×", "Skip to main content",
    "Toggle navigation", "Menu Search",
)

#: Category and date labels for the crawl header line (`{date}` is a long English date).
CATEGORY_LABELS: Final = (
    "General News of {date}", "Press Release", "General", "Regional News", "Business News",
)

#: Section labels, for a header line or the top of a stack.
SECTIONS: Final = ("WORLD", "Politics | Europe", "BUSINESS", "Local News", "Sport", "Regions")

#: Separators a crawler leaves on the header line.
SEPARATORS: Final = ("|", "—", "* * *", "-----", "•")

#: Reading times.
READING_TIMES: Final = ("4 min read", "Reading time: 3 minutes", "2 min read", "6 minute read")

#: Raw ad and tracking markup.
TRACKING: Final = (
    '<img src="https://track.example/p.gif" width="1" height="1">',
    "googletag.cmd.push(function() { googletag.display('ad-slot-2'); });",
    "var _paq = window._paq || []; _paq.push(['trackPageView']);",
)

#: Teaser list headings; their items are other headlines.
LIST_HEADINGS: Final = ("Latest", "ALSO READ", "Don't Miss", "Related stories", "Most read")

#: Closing lines that stand for nothing in the record.
CLOSERS: Final = ("Story still developing", "More to follow...", "Story continues")

#: End marks of wire copy.
END_MARKS: Final = ("-30-", "###", "ENDS")

#: Job titles in byline tails.
JOB_TITLES: Final = (
    "Senior Economics Correspondent", "Staff Writer", "Political Editor", "Regional Reporter",
    "Environment Correspondent",
)

# --- bylines ------------------------------------------------------------------------------------

#: English byline prefixes (section E adds the ones after `By`).
EN_PREFIXES: Final = (
    "By", "By", "BY", "By:", "Words by", "Text:", "Reporter:", "Author:", "Analysis by",
    "Opinion by", "Story by", "Written by",
)

#: The plain prefixes of crawl pages (section A).
BY_PREFIXES: Final = ("By", "By", "BY", "By:")

#: Prefixes of other languages: (prefix, the word for `and`, at most this many names).
FOREIGN_PREFIXES: Final = (
    ("Von", "und", 2), ("Par", "et", 2), ("Por", "y", 2), ("Por", "e", 2), ("Di", "e", 2),
    ("Автор:", "и", 1), ("Yazan:", "ve", 1), ("De", "y", 1),
)

#: The foreign prefixes of wire copy (section B); the others are section E's.
WIRE_FOREIGN_PREFIXES: Final = FOREIGN_PREFIXES[:4]

#: Aggregators that put a source outlet after a dash (`(NEWSFEEDER- Lornby Courier)`).
AGGREGATORS: Final = ("NEWSFEEDER", "PRESSLINK")

#: Items of a table of figures in archive copy.
TABLE_ITEMS: Final = ("Net profit", "Revenues", "Shr", "Qtly div", "Orders")

#: Menu rows left by a crawler.
NAV_ROWS: Final = ("Home | World | Business | Sport | Opinion", "News  Sport  Weather  Jobs")

#: Relative times in byline tails.
AGES: Final = ("6 days ago", "3 hours ago", "2 weeks ago", "45 minutes ago")

# --- dates (the nine languages of FORMATS.md section D) -----------------------------------------

#: The languages, English first.
LANGS: Final = ("en", "fr", "de", "es", "pt", "it", "ru", "tr", "az")

#: Month names per language (Russian in the genitive, as dates write them).
MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "en": tuple("January February March April May June July August September October November "
                "December".split()),
    "fr": tuple("janvier février mars avril mai juin juillet août septembre octobre novembre "
                "décembre".split()),
    "de": tuple("Januar Februar März April Mai Juni Juli August September Oktober November "
                "Dezember".split()),
    "es": tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
                "diciembre".split()),
    "pt": tuple("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
                "dezembro".split()),
    "it": tuple("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
                "novembre dicembre".split()),
    "ru": tuple("января февраля марта апреля мая июня июля августа сентября октября ноября "
                "декабря".split()),
    "tr": tuple("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım "
                "Aralık".split()),
    "az": tuple("yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr "
                "dekabr".split()),
}

#: Weekday names, Monday first, for the languages whose long dates carry one.
WEEKDAYS: Final[dict[str, tuple[str, ...]]] = {
    "en": tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()),
    "fr": tuple("lundi mardi mercredi jeudi vendredi samedi dimanche".split()),
    "de": tuple("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()),
    "es": tuple("lunes martes miércoles jueves viernes sábado domingo".split()),
    "it": tuple("lunedì martedì mercoledì giovedì venerdì sabato domenica".split()),
    "tr": tuple("Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split()),
}

#: AP style abbreviates only the long month names (`Jan. 12`, `Sept. 3`, but `May 4`).
AP_MONTHS: Final = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)

#: Publication and update labels per language (the labels of FORMATS.md section E and their
# counterparts in the other languages of section D).
DATE_LABELS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "en": (("Published:", "Updated:"), ("Posted on", "Last updated:"), ("Date:", "Updated")),
    "fr": (("Publié le", "Mis à jour le"),),
    "de": (("Veröffentlicht am", "Aktualisiert am"), ("Veröffentlicht am", "Stand:")),
    "es": (("Publicado el", "Actualizado el"),),
    "pt": (("Publicado em", "Atualizado em"),),
    "it": (("Pubblicato il", "Aggiornato il"),),
    "ru": (("Опубликовано:", "Обновлено:"),),
    "tr": (("Yayınlanma tarihi:", "Güncelleme tarihi:"),),
    "az": (("Dərc olunub:", "Yenilənib:"),),
}

# fmt: on
