"""Words that open or qualify a byline, in the languages of the crawl."""

from __future__ import annotations

from typing import Final

# What introduces a byline, case-folded, without the following space.
BYLINE_PREFIXES: Final[tuple[str, ...]] = (
    "by",
    "posted by",
    "story by",
    "written by",
    "words by",
    "report by",
    "reported by",
    "text by",
    "por",
    "von",
    "par",
    "от",
    "di",
    "door",
    "av",
    "przez",
    "autor",
    "author",
    "authors",
    "contributor",
    "contributors",
    "reporter",
    "autor",
    "автор",
    "yazar",
    "müəllif",
    "auteur",
    "texto",
    "texte",
    "text",
    "текст",
    "analysis by",
    "opinion by",
    "commentary by",
    "review by",
    "interview by",
    "words and pictures by",
    "byline",
    "yazan",
    "haber",
    "muhabir",
    "müxbir",
    "corresponsal",
    "reportage de",
    "escrito por",
    "scritto da",
    "geschrieben von",
    "écrit par",
    "auteur/autrice",
    "penulis",
    "pewarta",
    "wartawan",
    "mwandishi",
    "tác giả",
    "de",
)

# Prefixes that are also plain words (`De Gaulle`, `Text Sizes`, Indonesian `di WhatsApp`,
# Turkish `Haber Merkezi`): without a colon after them, a byline only when persons, and
# nothing else, follow them.
PERSON_PREFIXES: Final[frozenset[str]] = frozenset(
    "de di text texte texto av door haber author autor reporter contributor byline".split()
)

# Particles that stay lower case inside a name written in capitals.
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    """
    de del della der den des di da das do dos du la las le les los van von y e bin ibn al el
    ter ten zu
    """.split()
)

# Nouns that end a role or desk credit (`Staff Writer`, `Foreign Editor`, `News Desk`).
ROLE_NOUNS: Final[frozenset[str]] = frozenset(
    """
    writer writers editor editors correspondent correspondents reporter reporters columnist
    columnists contributor contributors producer producers photographer photographers analyst
    journalist journalists critic commentator staff desk team bureau chief intern
    corresponsal corresponsales correspondant correspondante correspondants corrispondente
    correspondente korrespondent korrespondentin redactor redactora rédacteur rédactrice
    redakteur redakteurin redattore redattrice periodista journaliste giornalista jornalista
    journalistin reportera reportero repórter envoyé envoyée inviato inviata columnista
    chroniqueur chroniqueuse colunista editorialista muhabiri muhabir yazarı müxbiri
    корреспондент обозреватель журналист
    """.split()
)

# Words that qualify a role (`Senior`, `Foreign`, `Associated Press` is an agency, not this).
ROLE_ADJECTIVES: Final[frozenset[str]] = frozenset(
    """
    senior chief special staff foreign political business science sports sport culture arts
    health economics economic diplomatic legal energy education environment environmental
    technology tech contributing associate assistant deputy managing executive news city metro
    regional local national international investigative correspondent world opinion features
    entertainment travel food lifestyle digital web online data graphics photo video
    our own a an
    """.split()
)

# Titles of office that a caption puts after a pictured person's name (`Maude Ferrant,
# Chief Executive`): a line of names holding one is no byline.
OFFICE_WORDS: Final[frozenset[str]] = frozenset(
    """
    executive president director minister mayor secretary manager chairman chairwoman chair
    governor spokesman spokeswoman spokesperson founder ceo cfo officer coach captain
    ambassador commissioner councillor councilor senator representative professor
    """.split()
)

# Nouns that end the name of a place, never a person's (`Griffin Park`, `Vesk Road`).
PLACE_NOUNS: Final[frozenset[str]] = frozenset(
    """
    park street road avenue lane square stadium arena ground grounds airport station bridge
    harbour harbor gardens centre center boulevard quay pier
    """.split()
)

# Words before the city a byline was filed from (`in Vesk`, `em Lisboa`, `à Marseille`).
PLACE_PREPOSITIONS: Final[tuple[str, ...]] = ("in", "en", "em", "à", "a", "aus", "desde", "из", "в")

# Words between a role and the section or place it covers (`redactora de Sociedad`).
ROLE_LINKS: Final[frozenset[str]] = frozenset(
    "de del di du des à a en em in at for of für bei da для".split()
)

# Name parts after which a capital is no glue: `McDonald`, `MacLeod`, `DeSantis`, `LaGuardia`.
NAME_PREFIXES: Final[frozenset[str]] = frozenset("mc mac de la le di da van von o' d'".split())

# Generational suffixes that stay with the name before them (`Don Vance, Jr.`).
NAME_SUFFIXES: Final[frozenset[str]] = frozenset("jr sr ii iii iv".split())

# Titles before a name; they are kept as the author's role, never as part of the name.
HONORIFICS: Final[tuple[str, ...]] = tuple(
    "dr prof professor mr mrs ms miss mx sir dame rev fr sheikh dott ing".split()
)

# A label on its own line above one name per line (`Contributors` / `Signe Marlowe` / ...).
CONTRIBUTOR_LABELS: Final[frozenset[str]] = frozenset(
    "contributors contributor authors author writers reporters by words byline".split()
)

# Capitalised words that follow `By` in phrases, not names (`By Popular Demand`).
NOT_NAME_WORDS: Final[frozenset[str]] = frozenset(
    """
    popular demand design default hand night day way far contrast comparison chance accident
    mistake request law nature definition comparison then now all means far noon midnight
    dawn dusk morning evening afternoon sunset sunrise tomorrow yesterday today rail road air
    sea land phone email mail post telephone hook crook heart numbers edition section page
    issue volume supplement premium exclusive breaking updates video videos podcast newsletter
    subscribe subscriber subscribers sponsored advertisement gallery trending featured opinion
    editorial analysis latest login comments text font size sizes share
    """.split()
)

# Networks whose label goes with a handle in a byline (`Twitter: @jdoe`), case-folded.
SOCIAL_NETWORKS: Final[tuple[str, ...]] = (
    "twitter",
    "x",
    "instagram",
    "facebook",
    "telegram",
    "threads",
    "bluesky",
    "mastodon",
    "linkedin",
    "tiktok",
)

# Words that join a name to the date after it (`By Jane Doe on March 3`, `Par X le 3 mars`).
DATE_CONNECTORS: Final[frozenset[str]] = frozenset("on at le am el il em в".split())

# Capitals that only Turkic alphabets use (Turkish, Azerbaijani...): a name in
# capitals holding one lowers `I` to `ı` and raises `i` to `İ` (`YILDIZ IŞIK` -> `Yıldız Işık`).
TURKIC_CAPITALS: Final[frozenset[str]] = frozenset("İŞĞƏ")

# The names of a site's accounts, not of persons, that a page prints beside its date
# (`admin April 22, 2021`): a date line, never a byline.
ACCOUNT_NAMES: Final[tuple[str, ...]] = (
    "admin", "administrator", "site admin", "webmaster", "web desk", "webdesk", "editor",
    "editors", "redaksi", "redazione", "rédaction", "redaktion", "редакция", "superuser",
    "super user", "guest",
)  # fmt: skip
