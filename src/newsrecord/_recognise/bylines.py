"""
Bylines: who wrote the text, and which organization it credits.

Grammar (one line: a unit, or the rest of the crawl header line)::

    byline    = PREFIXED | PIPED | NAME_CITY | AGENCY_TAIL
    PREFIXED  = PREFIX [":"] SP CREDITS [QUALIFIER] [TAIL]
    PIPED     = CREDITS ("|" | "," | " - ") ROLE              `Jane Doe | Staff Writer`
    NAME_CITY = PERSON SP "(" PLACE ")"                       `Jane Doe (Lornby)`
    AGENCY_TAIL = PERSON (SEP PERSON)* "," AGENCY             `Jane Doe and John Roe, Reuters`
    PREFIX    = "By" | "Posted by" | "Story by" | "Written by" | "Words by" | "Contributors"
              | "Author" | "Por" | "Von" | "Par" | "От" | ...            (lexicon, any case)
    CREDITS   = CREDIT (SEP CREDIT)*
    SEP       = "," | ";" | "and" | "&" | " - " | "und" | "et" | "y" | "и"
    CREDIT    = [HONORIFIC] PERSON [ROLE | ORGANIZATION | FOR] [PLACE] [EMAIL | HANDLE]
              | ROLE | ORGANIZATION | DESK
    FOR       = ("for" | "Special to") ["the"] ORGANIZATION   `Jane Doe for the Lornby Courier`
    PLACE     = "in" City | "(" City ")"
    QUALIFIER = ("|" | "/") (ROLE | ORGANIZATION | other)      other is dropped (`| 5 min read`)
    TAIL      = ("Published" | "Updated" | "2 hours ago" | "with agency inputs" | "•" ...)
                anything  (cut off); a date ends the names (`Jane Doe on March 3, 2022`)

A credit is a PERSON when it has the shape of a personal name (two to five
capitalised words; initials, particles and `d'`-prefixes allowed), an
ORGANIZATION when it is a listed agency or holds an outlet word (`Courier`,
`News`, `Staff`, `Desk`...) or is a single capitalised word (`By Azernews`),
and a ROLE when it is made of role words ending in a role noun (`Senior
Correspondent`, `Associated Press Writer` after its agency).  A DESK (`Web
Desk`, `Agencies`, `Admin`) is made of desk and role words and credits no one.  A person may
carry a trailing role or organization (`JANE DOE Associated Press Writer`),
a place (`in Paris`), an e-mail (kept on the author) or a handle (dropped).
Anything else (`By late afternoon, rescuers...`) is no byline.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import attrs
import regex

from newsrecord._lazy import lazy_compile
from newsrecord._lexicons.agencies import AGENCY_NAMES, DESK_WORDS, ORGANIZATION_WORDS
from newsrecord._lexicons.bylines import (
    BYLINE_PREFIXES,
    DATE_CONNECTORS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    OFFICE_WORDS,
    PERSON_PREFIXES,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    ROLE_ADJECTIVES,
    ROLE_LINKS,
    ROLE_NOUNS,
    SOCIAL_NETWORKS,
)
from newsrecord._lexicons.calendar import AGE_UNITS
from newsrecord._recognise.dates import find_dates
from newsrecord._recognise.names import normalize_name, split_honorific
from newsrecord._recognise.orgs import is_desk, is_organization, known_organization, publisher_name
from newsrecord._recognise.shapes import is_person_name
from newsrecord.model import Author

_FLAGS: Final = regex.VERBOSE | regex.V1

_PREFIXED: Final = lazy_compile(
    r"""
    \A
    (?P<prefix> \L<prefixes> ) (?: [ \t]*+ : [ \t]*+ | [ \t]++ )   # `By`, `Story by:`, `Von`
    (?P<credits> [\p{Lu}\p{Lo}] [^\n]{0,200}+ )                 # starts like a name, bounded
    \Z
    """,
    _FLAGS | regex.IGNORECASE,
    prefixes=BYLINE_PREFIXES,
)

_PIPED: Final = lazy_compile(
    r"""
    \A (?P<credits> \p{Lu} [^|\n]{1,60}? )          # lazy: up to the last separator
    (?: \s*+ [|,] | \s++ [-–—] \s )                 # `|`, `,` or a spaced dash
    \s*+ (?P<role> [^|,\n]{1,60}+ ) \Z               # `Staff Writer`
    """,
    _FLAGS,
)

_NAME_CITY: Final = lazy_compile(
    r"\A (?P<credits> \p{Lu} [^()\n]{1,60}+ ) \( (?P<place> \p{Lu} [^()\n]{1,30}+ ) \) \Z", _FLAGS
)

# Between credits: a comma, `and`, `&`, a spaced dash; the Oxford comma folds into one.
_SEPARATOR: Final = lazy_compile(
    r"(?<!\s)(?:\s*+[,;]\s*+(?:and\s++)?+|\s++(?:and|&|und|et|y|e|и|και|ve|və|[-–—])\s++)",
    regex.V1 | regex.IGNORECASE,
)

_NOT_BARE_NAMES: Final = ROLE_NOUNS | ROLE_ADJECTIVES | OFFICE_WORDS

# Where a byline's tail starts after bare names: a pipe, a spaced slash, dash or dot, a handle.
_NAME_TAIL: Final = lazy_compile(r"\||\s[/·•–—-]\s|\s@\w", regex.V1)

# Between bare names: a comma, `and`, `&` (a dash would join a kicker to a title).
_NAME_SEPARATOR: Final = lazy_compile(
    r"(?<!\s)(?:\s*+,\s*+(?:and\s++)?+|\s++(?:and|&|und|et|y|e|и|και|ve|və)\s++)",
    regex.V1 | regex.IGNORECASE,
)

# Where a credit names the city it was filed from: `Jane Doe in Paris`, `Jane Doe (Paris)`.
_PLACE_SUFFIX: Final = lazy_compile(
    r"""
    (?<!\s) \s++                                   # from the first space of the run
    (?: \L<places> \s++ \p{Lu} [\p{L}\p{M}'’.\-]{1,30}+ (?: \s \p{Lu} [\p{L}\p{M}'’.\-]{1,30}+ )?+
      | \( [^()@]{1,40}+ \) ) \Z
    """,
    _FLAGS,
    places=PLACE_PREPOSITIONS,
)

# `em Lisboa`, `in Vesk`: a credit that is only the place the names filed from.
_PLACE_CREDIT: Final = lazy_compile(
    r"""
    \A \L<places> \s++ \p{Lu} [\p{L}\p{M}'’.\-]{1,30}+     # `em Lisboa`
    (?: \s \p{Lu} [\p{L}\p{M}'’.\-]{1,30}+ )?+ \Z             # `in Port Alder`
    """,
    _FLAGS,
    places=PLACE_PREPOSITIONS,
)

# `Special to the Lornby Courier`, `for the Lornby Courier`: a freelance credit naming the outlet.
_SPECIAL_TO: Final = lazy_compile(
    r"""
    \A (?: special \s++ to | for | from ) \s++ (?-i: the \s++ )?+
    (?: (?P<domain> [\w\-]{1,40}+ (?: \. [\w\-]{1,40}+ ){1,3}+ )   # `for calderweekly.com`
      | (?P<outlet> \p{Lu} .{1,60}+ ) ) \Z                          # `from The Vesk Times`
    """,
    _FLAGS | regex.IGNORECASE,
)

# `Pemberton, Cressida`, `NOWAK-LINDGREN, Ewa J.`: a surname, a comma, given names.
_INVERTED: Final = lazy_compile(
    r"""
    \A (?P<surname> \p{Lu} [\p{L}\p{M}'’\-]{1,30}+ ) , \s++
    (?P<given> \p{Lu} [\p{L}\p{M}'’\-]{1,30}+ (?: \s \p{Lu} [\p{L}\p{M}'’.\-]{0,30}+ )?+ ) \Z
    """,
    _FLAGS,
)

_INITIALS: Final = lazy_compile(r"\A(?:\p{Lu}\.){1,3}+\Z", regex.V1)

_EMAIL: Final = lazy_compile(
    r"""
    \s*+ (?: e-?mail \s*+ :?+ \s*+ )?+                # an `Email:` label goes with it
    [(<]?+ (?P<email> [\w.+\-]{1,64}+ @ [\w\-]{1,63}+ (?: \. [\w\-]{1,63}+ ){1,4}+ ) [)>]?+
    """,
    _FLAGS | regex.IGNORECASE,
)
_HANDLE: Final = lazy_compile(
    r"""
    \s*+ (?: \L<networks> \s*+ :?+ \s*+ )?+            # `Twitter: @jdoe`: the label goes too
    [(]?+ @ \w{1,40}+ [)]?+
    """,
    _FLAGS | regex.IGNORECASE,
    networks=SOCIAL_NETWORKS,
)

# A name glued to what follows it: `Jane DoeJun 20, 2020`, `Jane DoeThe council said`.
_GLUED: Final = lazy_compile(
    r"(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll}{0,12}+[ .]{1,2}+[\p{L}\p{N}]|\d)", regex.V1
)

# What may follow a byline on its line and is not part of it.
_TAIL: Final = lazy_compile(
    r"""
    (?<!\s)                                        # from the first space of the run
    (?: \s++ (?: published | updated | last\ updated | posted | modified ) \b .{0,200}+ \Z
      | \s*+ [-–—|•·,]?+ \s*+ \d{1,3}+ \s*+                # `- 2 hours ago`, `• 5 min read`
        \L<units> \s++ (?: ago | read ) \b
        .{0,200}+ \Z
      | \s++ with \s++ (?: agency | agencies | inputs? | wires? ) \b .{0,200}+ \Z
      | \s++ [•·] \s .{0,200}+ \Z )
    """,
    _FLAGS | regex.IGNORECASE,
    units=AGE_UNITS,
)

# After a pipe or a spaced slash: what qualifies the credits (`| Staff Writer`,
# `/ Lornby Courier`) or what follows them on the page (`| 5 min read`).
_QUALIFIER: Final = lazy_compile(
    r"""
    (?<!\s) \s++ [|/] \s++                        # from the first space of the run
    (?P<qualifier> [^|/•\n]{0,80}+ ) [^\n]{0,200}+ \Z   # up to the next pipe, the rest dropped
    """,
    _FLAGS,
)

# `Follow Jane Doe on Twitter`: after the article, the author's name.
_FOLLOW: Final = lazy_compile(
    r"""
    \A follow \s++ (?P<name> \p{Lu} [^\n]{1,60}? ) \s++ on \s++
    (?: twitter | x | facebook | instagram | linkedin | threads | bluesky | mastodon ) \b
    """,
    _FLAGS | regex.IGNORECASE,
)


# Role nouns that name a group, so the word before them is an outlet (`Kestrel Staff`).
_COLLECTIVE: Final = frozenset("staff desk team bureau newsroom reporters writers".split())

_PREFIX_WORDS: Final = frozenset(p.split()[0] for p in BYLINE_PREFIXES)


class BylineParse(NamedTuple):
    """What a byline says: the persons, and the organization it credits if any."""

    authors: tuple[Author, ...]
    publisher: str | None


def bare_names(line: str, timeout: float) -> BylineParse | None:
    """
    `Jane Doe`, `Jane Doe and John Roe`, `JANE DOE`: personal names alone on a
    line.  Under a headline they are its byline; elsewhere a caption may be just
    a name, so the layout decides where to trust them.
    """
    if len(line) > 100 or any(char.isdigit() or char in "@|:()" for char in line):
        return None
    parts = [part.strip(" ,") for part in _NAME_SEPARATOR.split(line, timeout=timeout)]
    if not 1 <= len(parts) <= 4:
        return None

    authors: list[Author] = []
    for part in parts:
        name, title = split_honorific(part)
        words = [w for w in name.split() if w.casefold() not in NAME_PARTICLES]
        if len(words) > 3 or not is_person_name(name) or known_organization(name):
            return None
        if any(not w.endswith(".") and w.casefold() in _NOT_BARE_NAMES for w in words):
            return None  # `Chief Executive`, `Staff Writer`: a title, not a name
        if words[-1].casefold() in PLACE_NOUNS:
            return None  # `Griffin Park` under a fixture: a ground, not a person
        if any(w.casefold() in AGENCY_NAMES or w.casefold() in DESK_WORDS for w in words):
            return None  # `Agencia EFE`, `Redazione ANSA`: a desk, not a person
        _add_author(authors, Author(name=normalize_name(name, context=line), role=title))
    return BylineParse(tuple(authors), None)


def names_with_tail(line: str, timeout: float) -> BylineParse | None:
    """
    `Zeynep Aydın Şahin | 24.06.2021`, `Hedda Sorvik @hsorvik / 6 days`: bare names, then
    what a byline's tail holds (a date, a time, an age, a handle, an e-mail), never a name.
    """
    match = _NAME_TAIL.search(line, timeout=timeout)
    if match is None or match.start() == 0:
        return None
    tail = line[match.start() :]
    if len(tail.split()) > 8 or not any(char.isdigit() or char == "@" for char in tail):
        return None  # `ARDWICK BAY — Work on the path began in 2009...` is a dateline and text
    return bare_names(line[: match.start()].strip(), timeout)


def parse_byline(line: str, timeout: float, *, loose: bool = True) -> BylineParse | None:
    """
    The credits of a one-line byline, or ``None`` when ``line`` is no byline.

    ``loose=False`` accepts only the PREFIXED form: the other forms have no
    `By` to tell them from a list item (`Barry Knight (Kent)` in a squad list),
    so the layout looks for them only before the story's text.
    """
    found = _prefixed(line, timeout) if may_be_prefixed(line) else None
    if found is not None or not loose:
        return found
    found = _piped(line, timeout) if _may_be_piped(line) else None
    if found is not None or "|" in line:
        return found
    if line.endswith(")"):
        return _name_city(line, timeout)
    return _agency_tail(line, timeout) if "," in line else None


def _may_be_piped(line: str) -> bool:
    """
    Whether `_PIPED` can match (cheap gate: its lazy scan costs tens of microseconds).

    Its role runs to the end of the line and must end in a role noun (`_is_role`);
    its credits are at most 61 characters; its separator is the last `|` or `,`
    with a role of 1 to 60 characters after it, or a spaced dash.
    """
    words = line.rsplit(None, 1)
    # The role's last word: the line's, after any `,` or `|` glued to it (`OR,Editor`).
    last = words[-1].rsplit(",", 1)[-1].rsplit("|", 1)[-1] if words else ""
    if last.casefold().strip(".,") not in ROLE_NOUNS:
        return False
    cut = max(line.rfind(","), line.rfind("|"))
    if cut > 0 and len(line[:cut].rstrip()) <= 61 and 1 <= len(line[cut + 1 :].lstrip()) <= 60:
        return True
    dash = min((at for at in map(line.find, "-–—") if at >= 0), default=-1)
    return dash > 0 and len(line[:dash].rstrip()) <= 61


def may_be_prefixed(line: str) -> bool:
    """Whether the line opens with a word that can start a byline prefix (cheap gate)."""
    first = line[:24].split(None, 1)
    return bool(first) and first[0].casefold().rstrip(":") in _PREFIX_WORDS


def _prefixed(line: str, timeout: float) -> BylineParse | None:
    qualifier = _QUALIFIER.search(line, timeout=timeout)
    if qualifier is not None:
        line = line[: qualifier.start()]
    match = _PREFIXED.match(_TAIL.sub("", line, count=1, timeout=timeout), timeout=timeout)
    if match is None:
        return None
    inverted = _INVERTED.match(match["credits"].strip(), timeout=timeout)
    if (
        inverted is not None
        and ":" in line[: match.start("credits")]
        and not _is_role(inverted["given"].split())
        and not known_organization(inverted["surname"])
    ):
        # `Author: Pemberton, Cressida`: an export's field writes the surname first.
        name = f"{inverted['given']} {inverted['surname']}"
        return BylineParse((Author(name=normalize_name(name)),), None)
    credits = _before_date(_unglue(match["credits"].strip(" \t;"), timeout), timeout)
    found = _read_credits(_SEPARATOR.split(credits, timeout=timeout), timeout)
    # `De Ömer van der Meer`: a prefix that is also a name's first word (`De Gaulle`)
    # opens a byline only when persons follow it, and nothing else.
    # `Text Sizes`, Indonesian `di WhatsApp`: so does a prefix that is a plain word, unless a
    # colon makes it a label (`Text: Kestrel`).
    strict = (
        match["prefix"].casefold() in PERSON_PREFIXES
        and ":" not in line[match.end("prefix") : match.start("credits")]
    )
    if strict and found is not None and (not found.authors or found.publisher):
        return None
    if found is None or qualifier is None:
        return found
    return _qualified(found, qualifier["qualifier"].strip(" .,;:"))


def _qualified(found: BylineParse, qualifier: str) -> BylineParse:
    """
    `By Jane Doe | Staff Writer`, `By Jane Doe / Lornby Courier`: a role after a pipe
    or slash goes to the authors, an outlet becomes the publisher; anything else
    (`| 5 min read`, `| March 3, 2021`) credits no one.
    """
    words = qualifier.split()
    if found.authors and _is_role(words):
        authors = tuple(attrs.evolve(a, role=a.role or qualifier) for a in found.authors)
        return BylineParse(authors, found.publisher)
    if found.publisher is None and words and not is_desk(qualifier):
        agency = _agency_prefix(words)
        if agency is not None:
            return BylineParse(found.authors, agency[0])
        if known_organization(qualifier):
            return BylineParse(found.authors, publisher_name(qualifier))
    return found


def _before_date(credits: str, timeout: float) -> str:
    """`Jane Doe Jun 20, 2020, 8:44 AM EDT`: the names end where a timestamp starts."""
    found = find_dates(credits, timeout, limit=1)
    if not found or found[0].start == 0:
        return credits
    head = credits[: found[0].start].rstrip(" ,|-–—")
    words = head.split()
    if len(words) > 1 and words[-1].casefold() in DATE_CONNECTORS:  # `Jane Doe on March 3`
        head = " ".join(words[:-1])
    return head


def _piped(line: str, timeout: float) -> BylineParse | None:
    match = _PIPED.match(line, timeout=timeout)
    if match is None or not _is_role(match["role"].split()):
        return None
    found = _read_credits(_SEPARATOR.split(match["credits"].strip(), timeout=timeout), timeout)
    if found is None or not found.authors:
        return None
    role = match["role"].strip()
    authors = tuple(attrs.evolve(a, role=a.role or role) for a in found.authors)
    return BylineParse(authors, found.publisher)


def _name_city(line: str, timeout: float) -> BylineParse | None:
    """`Jane Doe (Lornby)`: a person and the city filed from; `WASHINGTON (AP)` is a dateline."""
    match = _NAME_CITY.match(line, timeout=timeout)
    if match is None or match["place"].casefold() in AGENCY_NAMES or match["place"].isupper():
        return None
    name = match["credits"].strip()
    if not is_person_name(name) or known_organization(name):
        return None
    return BylineParse((Author(name=normalize_name(name)),), None)


def _agency_tail(line: str, timeout: float) -> BylineParse | None:
    """`Jane Doe and John Roe, Reuters`: persons, then a listed agency; no `By`."""
    credits, comma, agency = line.rpartition(",")
    if not comma or len(line) > 160 or agency.strip().casefold() not in AGENCY_NAMES:
        return None
    found = _read_credits(_SEPARATOR.split(credits, timeout=timeout), timeout)
    if found is None or not found.authors or found.publisher is not None:
        return None
    return BylineParse(found.authors, publisher_name(agency))


def glued_byline(line: str, timeout: float) -> tuple[int, BylineParse] | None:
    """
    A byline glued to the first sentence: `By Jane DoeThe council said...`.

    Returns where the sentence starts in ``line`` and the byline's credits.
    """
    if not may_be_prefixed(line):
        return None
    match = _PREFIXED.match(line[:120], timeout=timeout)
    if match is None:
        return None
    glue = _GLUED.search(match["credits"], timeout=timeout)
    if glue is None:
        return None
    cut = match.start("credits") + glue.start()
    rest = line[cut:]
    if len(rest.split()) < 4 or find_dates(rest[:40], timeout, limit=1):
        return None  # a timestamp glued to the name belongs to the byline line
    found = parse_byline(line[:cut], timeout)
    if found is None or not found.authors:
        return None
    return cut, found


def follow_author(line: str, timeout: float) -> Author | None:
    """The person in `Follow Jane Doe on Twitter`, or ``None``."""
    match = _FOLLOW.match(line, timeout=timeout)
    if match is None or not is_person_name(match["name"]) or known_organization(match["name"]):
        return None
    return Author(name=normalize_name(match["name"]))


def _unglue(credits: str, timeout: float) -> str:
    """Cut what is glued to the last name: a timestamp or the first sentence."""
    glue = _GLUED.search(credits, timeout=timeout)
    if glue is None:
        return credits
    head = credits[: glue.start()]
    last = head.split()[-1] if head.split() else ""
    if last.casefold() in NAME_PREFIXES:
        return credits
    return head


def _read_credits(credits: list[str], timeout: float) -> BylineParse | None:
    authors: list[Author] = []
    publisher: str | None = None
    context = " ".join(credits)  # one alphabet for all the names of a byline
    for raw in credits:
        credit, email = _take_email(raw.strip(), timeout)
        credit, bracketed = _take_bracketed_agency(credit)
        credit = _trim_credit(_PLACE_SUFFIX.sub("", credit, timeout=timeout))
        publisher = publisher or bracketed
        if _PLACE_CREDIT.match(credit, timeout=timeout):
            continue  # `Marta Lobo, em Lisboa`
        if not credit:
            if email and authors and authors[-1].email is None:
                authors[-1] = attrs.evolve(authors[-1], email=email)
            continue
        if authors and credit.casefold().rstrip(".") in NAME_SUFFIXES:
            suffix = normalize_name(credit) if credit.isupper() else credit
            authors[-1] = attrs.evolve(authors[-1], name=f"{authors[-1].name} {suffix}")
            continue
        if is_desk(credit) and not _is_role(credit.split()):
            continue  # `Agencies`, `Web Desk`: credits no one
        credit, title = split_honorific(credit)
        credit, suffix = _split_suffix(credit)
        person, role, org = _credit_parts(credit)
        if person is not None and suffix:
            person = f"{person} {suffix}"
        if person is None and role is None and org is None:
            return None
        if person is not None:
            name = normalize_name(person, context=context)
            author = Author(name=name, role=role or title, email=email)
            _add_author(authors, author)
        elif role is not None and authors and authors[-1].role is None:
            authors[-1] = attrs.evolve(authors[-1], role=role)
        publisher = publisher or org
    if not authors and publisher is None and not _all_roles(credits):
        return None
    return BylineParse(tuple(authors), publisher)


def _split_suffix(credit: str) -> tuple[str, str]:
    """`Tobiah Vrell Jr.` -> (`Tobiah Vrell`, `Jr.`): the suffix stays out of the name test."""
    head, _, last = credit.rpartition(" ")
    if head and len(head.split()) >= 2 and last.casefold().rstrip(".") in NAME_SUFFIXES:
        return head, last
    return credit, ""


def _trim_credit(credit: str) -> str:
    """Strip separators around a credit, keeping the period of `Jr.` or an initial."""
    credit = credit.strip(" :;,")
    last = credit.rsplit(None, 1)[-1] if credit else ""
    if credit.endswith(".") and not (
        last.casefold().rstrip(".") in NAME_SUFFIXES or _INITIALS.match(last)
    ):
        credit = credit.rstrip(" .")
    return credit


def _take_bracketed_agency(credit: str) -> tuple[str, str | None]:
    """`Jane Doe (AFP)`: a listed agency in brackets is the publisher, not a place."""
    head, bracket, tail = credit.rpartition("(")
    agency = tail.rstrip(" )")
    if bracket and tail.rstrip().endswith(")") and agency.casefold() in AGENCY_NAMES:
        return head.rstrip(), publisher_name(agency)
    return credit, None


def _take_email(credit: str, timeout: float) -> tuple[str, str | None]:
    """The credit without its e-mail address or handle, and the address."""
    match = _EMAIL.search(credit, timeout=timeout)
    email = None
    if match is not None:
        email = match["email"]
        credit = credit[: match.start()] + credit[match.end() :]
    return _HANDLE.sub("", credit, timeout=timeout).strip(), email


def _add_author(authors: list[Author], author: Author) -> None:
    """Append unless the same name is there already (order kept, duplicates dropped)."""
    if all(a.name.casefold() != author.name.casefold() for a in authors):
        authors.append(author)


def _all_roles(credits: list[str]) -> bool:
    """Whether every credit is a role or a desk (`By Staff Reporter`, `By Agencies`)."""
    return all(_is_role(c.split()) or is_desk(c) for c in credits if c.strip())


def _credit_parts(credit: str) -> tuple[str | None, str | None, str | None]:
    """(person, role, organization) named by one credit; all ``None`` when it is no credit."""
    words = credit.split()
    if len(words) > 8:
        return None, None, None
    if _is_role(words) or _role_phrase(words):
        return None, credit, None
    special = _SPECIAL_TO.match(credit)
    if special is not None and _outlet_of(special) is not None:
        return None, None, _outlet_of(special)
    agency = _agency_prefix(words)
    if agency is not None:
        name, rest = agency
        return None, (" ".join(rest) if rest else None), name
    split = _person_and_more(words)
    if split is not None:
        return split
    if words[-1].casefold() in ROLE_NOUNS:
        head = " ".join(_strip_role(words))
        collective = words[-1].casefold() in _COLLECTIVE
        # `Courier senior economics analyst`: a lone outlet word names no outlet.
        generic = head.casefold() in ORGANIZATION_WORDS
        if (
            head
            and not generic
            and (known_organization(head) or (collective and is_organization(head)))
        ):
            return None, None, publisher_name(head)  # `Kestrel Staff`, `Lornby Courier Desk`
        return None, credit, None  # `Harlow Bureau Chief`: a role, its place included
    if is_organization(credit):
        return None, None, publisher_name(credit)
    if is_person_name(credit):
        return credit, None, None
    return None, None, None


def _person_and_more(words: list[str]) -> tuple[str | None, str | None, str | None] | None:
    """`JANE DOE Associated Press Writer`: a name, then a role or an outlet."""
    for cut in (2, 3, 4, 5):  # `SELIM VAN DER BERG Associated Press` holds particles
        if cut >= len(words) or not is_person_name(" ".join(words[:cut])):
            continue
        person, rest = " ".join(words[:cut]), words[cut:]
        if known_organization(person):
            continue
        special = _SPECIAL_TO.match(" ".join(rest))
        if special is not None and _outlet_of(special) is not None:
            return person, None, _outlet_of(special)  # `Jane Doe for the Courier`
        if _is_role(rest):
            return person, " ".join(rest), None
        outlet = _strip_role(rest)
        agency = _agency_prefix(rest)
        if agency is not None:
            return person, (" ".join(agency[1]) or None), agency[0]
        if len(outlet) >= 2 and not _outlet_run(outlet) and known_organization(" ".join(outlet)):
            return person, None, publisher_name(" ".join(outlet))
    return None


def _outlet_of(special: regex.Match[str]) -> str | None:
    """The outlet a `for`/`from`/`Special to` credit names: an organization, or a domain."""
    if special["domain"]:
        return str(special["domain"])
    outlet = special["outlet"]
    return publisher_name(outlet) if is_organization(outlet) else None


def _outlet_run(words: list[str]) -> bool:
    """
    `Times News Service`: outlet words in a row continue the words before them
    (`By Tallow Ridge Times News Service` is one outlet), where `Jane Doe Daily
    Mail` is a person and an outlet.
    """
    folded = [w.casefold().strip(".,") for w in words[:2]]
    return all(w in ORGANIZATION_WORDS for w in folded)


def _agency_prefix(words: list[str]) -> tuple[str, list[str]] | None:
    """A listed agency opening the credit (`AP Business Writer`), and the role words after it."""
    for size in (3, 2, 1):
        head = " ".join(words[:size]).casefold()
        if size <= len(words) and head in AGENCY_NAMES:
            rest = words[size:]
            if not rest or _is_role(rest) or _beat_role(rest):
                return publisher_name(" ".join(words[:size])), rest
    return None


def _role_phrase(words: list[str]) -> bool:
    """`redactora de Sociedad`, `Senior Correspondent for Europe`: a role, then the section
    or the place it covers."""
    for at, word in enumerate(words[1:], 1):
        if word.casefold() in ROLE_LINKS:
            rest = words[at + 1 :]
            return (
                _is_role(words[:at]) and 1 <= len(rest) <= 4 and all(w[:1].isupper() for w in rest)
            )
    return False


def _beat_role(words: list[str]) -> bool:
    """`Auto Writer`, `Energy Correspondent`: capitalised beat words before a role noun."""
    return (
        words[-1].casefold().strip(".,") in ROLE_NOUNS
        and len(words) <= 4
        and all(w[:1].isupper() for w in words)
    )


def _is_role(words: list[str]) -> bool:
    """`Staff Writer`, `Senior Correspondent`: role words only, ending in a role noun."""
    folded = [w.casefold().strip(".,") for w in words]
    return (
        bool(folded)
        and folded[-1] in ROLE_NOUNS
        and all(w in ROLE_NOUNS or w in ROLE_ADJECTIVES for w in folded)
    )


def _strip_role(words: list[str]) -> list[str]:
    """The words before a trailing role phrase: `Meridian Press Writers` -> `Meridian Press`."""
    end = len(words)
    while end and words[end - 1].casefold().strip(".,") in ROLE_NOUNS | ROLE_ADJECTIVES:
        end -= 1
    return words[:end]
