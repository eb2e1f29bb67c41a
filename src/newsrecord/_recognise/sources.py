"""
Sources: the lines that credit an outlet or agency, and the ranks of those credits.

Every place a text credits an outlet gives a candidate; `RANKS` orders the
ways of crediting, most explicit first, and the reader keeps the best, so a
page that credits one outlet in several ways gives its name in the most
explicit form.  A domain, an e-mail address, a handle or a desk (`News Desk`)
credits no one, and with no candidate the publisher is ``None``: it is never
guessed from style.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from newsrecord._lazy import LazyPattern, lazy_compile
from newsrecord._lexicons.agencies import AGENCY_NAMES
from newsrecord._lexicons.calendar import WEEKDAYS
from newsrecord._lexicons.credits import INPUTS_FROM, RIGHTS_RESERVED
from newsrecord._lexicons.labels import UI_LINES
from newsrecord._recognise.dates import DateMatch, beside_date, find_dates, with_time_before
from newsrecord._recognise.furniture import is_section_label
from newsrecord._recognise.orgs import is_desk, known_organization, leading_agency, publisher_name
from newsrecord._recognise.shapes import is_person_name, is_title, reads_as_title

_FLAGS: Final = regex.VERBOSE | regex.V1 | regex.IGNORECASE

# An outlet's name as pages print it: up to six words, no sentence inside.
# Bounded, and not possessive: `<Outlet> logo` must give `logo` back.
_NAME: Final = r"(?P<name> [\p{L}\p{N}] (?: [\p{L}\p{N}\p{M}&'’\- ] | \.(?=\S) ){0,60} )"

RANKS: Final[dict[str, int]] = {
    "byline-organization": 0,  # `By Kestrel Staff` -> `Kestrel`
    "source-label": 1,  # `Source: <Outlet>`, an export's `Publication:` field
    "read-original": 2,  # `Read the original article on <Outlet>.`
    "republished": 2,  # `This article was originally published on <Outlet>`
    "aggregator": 3,  # `(NEWSBRIDGE- Vesk Herald)` -> `Vesk Herald`
    "published-by": 4,  # `Published by <Outlet>`
    "from-outlet": 4,  # `From <Outlet>` above the headline
    "logo": 5,  # `<Outlet> logo`
    "masthead": 5,  # `Orrin Valley Post, 14 March 1994`, `Kyodo | Jan 3, 2022`
    "last-line": 6,  # a bare outlet or agency as the last line (`— AFP`)
    "outlet-tail": 6,  # in brackets after the last sentence: `...said. (NPA)`
    "inputs-from": 6,  # `With inputs from PTI`
    "copyright": 7,  # `© 2020 Harbour Gazette. All rights reserved.`
    "byline-person-organization": 8,  # `By Jana Kovic, Kestrel`
    "lead-agency": 9,  # a listed agency alone above the text
    "agency-opening": 9,  # `(Wire) -- ...` opening the body
    "subscribe-to": 10,  # a paywall banner: `Subscribe to The Vesk Herald`
    "dateline-agency": 11,  # `VESK, Jan 12 (Kestrel) -`
}
"""How explicitly each way of crediting names the publisher: lower wins."""

_INPUTS_FROM: Final = " | ".join(phrase.replace(" ", r"\s") for phrase in INPUTS_FROM)
_RIGHTS: Final = " | ".join(phrase.replace(" ", r"\s") for phrase in RIGHTS_RESERVED)

_RANKED: Final[tuple[tuple[int, LazyPattern], ...]] = tuple(
    (RANKS[name], lazy_compile(pattern, _FLAGS))
    for name, pattern in (
        (
            "source-label",
            rf"\A (?:source|sources|kaynak|quelle|fuente|fonte|источник|mənbə) \s*+ : \s*+ {_NAME}",
        ),
        (
            "read-original",
            rf"\A read \s the \s (?:original|full) \s (?:article|story) \s (?:on|at|in) \s {_NAME}",
        ),
        (
            # `This article was originally published on X`, `... is republished from X`
            "republished",
            rf"""\A (?: this \s (?:article|story|piece) \s (?:was|is|has \s been) \s )?+
                (?: (?:originally|first) \s published | republished ) \s (?:on|in|by|at|from) \s
                {_NAME}""",
        ),
        ("aggregator", rf"\A \( [\p{{Lu}}\d]{{2,20}}+ \s*+ [-–] \s*+ {_NAME} \) \s*+ \Z"),
        ("published-by", rf"\A published \s by \s*+ :?+ \s*+ {_NAME}"),
        ("from-outlet", rf"\A (?-i: From ) \s {_NAME} \s*+ \Z"),
        ("logo", rf"\A {_NAME} \s logo \s*+ \Z"),
        # `With inputs from PTI`, `(With inputs from Kestrel)`: the source of the copy.
        ("inputs-from", rf"\A \(?+ (?: {_INPUTS_FROM} ) \s {_NAME}"),
        (
            "copyright",  # `© 2020 X`, `Copyright (c) 2021 X`, `Copyright: (Copyright 2021, X)`
            rf"""\A (?: © | \(c\) | copyright ) \s*+ :?+ \s*+ \(?+ (?: copyright \s*+ )?+
                (?: © | \(c\) )?+ \s*+ (?: \d{{4}}+ \s*+ ,?+ \s*+ )?+ {_NAME}""",
        ),
        ("subscribe-to", rf"subscribe \s to \s {_NAME}"),
    )
)

# Credits that may name a person as well as an outlet: `Published by Jane Doe`, `© 2021 Jane Doe`.
_PERSON_RANKS: Final = frozenset({RANKS["published-by"], RANKS["copyright"]})

# First words of the ranked credits' patterns (`Source:`, `Read the original...`).
_CREDIT_OPENERS: Final = frozenset(
    """
    source sources kaynak quelle fuente fonte источник mənbə read this originally first
    republished published from with inputs agency additional copyright com con avec mit
    dengan
    """.split()
)

# What follows an outlet's name in a credit without naming it: a year, the rights kept
# (`LaPresse - Riproduzione riservata`), a time span.
_TRIM: Final = lazy_compile(
    rf"""
    (?<![\s.,;:])                                  # from the first character of the run
    (?: (?: (?: \s*+ [-–—|.,] \s*+ | \s++ ) (?: {_RIGHTS} )
          | \s++ (?: \d{{4}}+ | from\ \d.* | for\ .* | under\ .* | today | now ) )++
        [\s.]*+ \Z
      | [\s.,;:]++ \Z )
    """,
    _FLAGS,
)


def ranked_credit(value: str, timeout: float) -> tuple[int, str] | None:
    """The outlet a furniture line credits and its rank, or ``None``."""
    folded = value.casefold()
    first = folded.split(None, 1)[0] if folded else ""
    if (
        first.rstrip(":") not in _CREDIT_OPENERS
        and first[:1] not in "©("
        and "subscribe" not in folded
        and not folded.endswith("logo")
        and not ("," in value and any(map(str.isdigit, value)))  # a masthead
    ):
        return None  # cheap gate: every ranked credit opens so, or holds one of these
    masthead = _masthead(value, timeout)
    if masthead is not None:
        return RANKS["masthead"], masthead
    for rank, pattern in _RANKED:
        search = pattern.search if rank == RANKS["subscribe-to"] else pattern.match
        match = search(value, timeout=timeout)
        if match is not None:
            name = outlet_name(match["name"], labelled=rank not in _PERSON_RANKS)
            if name is not None and not _is_date(name, timeout):
                return rank, name
    return None


def _masthead(value: str, timeout: float) -> str | None:
    """`Orrin Valley Post, 14 March 1994`: an outlet's name beside the issue's date."""
    name, comma, rest = value.partition(",")
    if not comma or len(value) > 100 or not known_organization(name.strip()):
        return None
    if any(word.casefold() in WEEKDAYS for word in name.split()):
        return None  # `General News of Saturday, 1 May 2021` is a date label
    found = find_dates(rest, timeout, limit=1)
    if not found or rest[: found[0].start].strip(" ,.-|") or rest[found[0].end :].strip(" .,"):
        return None
    return outlet_name(name)


# An outlet or agency in brackets after the last sentence: `...the ministry said. (NPA)`.
_OUTLET_END: Final = lazy_compile(
    r"(?<=[.!?\"”’])[ \t]*+\((?P<outlet>\p{L}[\p{L}\p{N}.&' \-]{0,40}+)\)[ \t]*+\Z", regex.V1
)


# A listed agency signing off after the last sentence: `...the ministry said. - Bernama`.
_AGENCY_SIGN_OFF: Final = lazy_compile(
    r"(?<=[.!?\"”’])[ \t]++[-–—][ \t]*+(?P<agency>\p{L}[\p{L}.\-]{1,20}+)[ \t]*+\Z", regex.V1
)


def outlet_tail(text: str, start: int, end: int, timeout: float) -> tuple[int, str] | None:
    """An outlet in brackets closing ``text[start:end]`` after its last sentence: where the
    bracket starts, and the outlet; ``None`` when there is none (or nothing before it)."""
    match = _OUTLET_END.search(text, start, end, timeout=timeout)
    if match is None:
        signed = _AGENCY_SIGN_OFF.search(text, start, end, timeout=timeout)
        if signed is None or signed["agency"].casefold() not in AGENCY_NAMES:
            return None
        return signed.start(), signed["agency"]  # `...the ministry said. - Bernama`
    if match.start() == start:
        return None
    inner = match["outlet"].strip()
    # `(With inputs from PTI)`, `(Com informações da X)`, `(avec AFP)`: brackets and all
    ranked = ranked_credit(text[match.start("outlet") - 1 : match.end("outlet") + 1], timeout)
    if ranked is not None:
        return match.start(), ranked[1]
    return (match.start(), inner) if outlet_shaped(inner) else None


def outlet_shaped(name: str) -> bool:
    """`(NPA)`, `(Port Alder Tribune)`, `(Norpress)`: an agency in capitals, a listed one, or a
    name of capitalised words; `(Rin)` is an editor's sign and `Top` a link, not outlets."""
    words = name.split()
    letters = sum(c.isalpha() for c in name)
    return (
        known_organization(name)
        or (name.isupper() and letters >= 2)
        or (all(w[:1].isupper() for w in words) and (len(words) >= 2 or letters >= 4))
    )


def dated_outlet(value: str, timeout: float) -> tuple[DateMatch, tuple[int, str]] | None:
    """
    `Kyodo | Jan 3, 2022`, `Source: AA | 12.03.2022 14:00`, `Orrin Valley Post, 14 March
    1994`: a date beside an outlet that the rest of the line credits, and that credit.
    """
    found = find_dates(value, timeout, limit=1)
    if not found or found[0].year is None:
        return None
    found[0] = with_time_before(value, found[0], timeout)  # `Xinhua 16:21, September 3, 2021`
    rest = beside_date(value, found[0])
    if not rest or len(rest) > 100:
        return None
    ranked = ranked_credit(rest, timeout)
    if ranked is not None:
        return found[0], ranked
    if rest.casefold() in AGENCY_NAMES:
        return found[0], (RANKS["masthead"], rest)  # `25.06.2021, 10:39 Uhr | dpa`
    agency = leading_agency(value)
    if agency is not None:
        return found[0], (RANKS["masthead"], agency)  # `Reuters | Tokyo | Updated: 04-02-2022`
    words = rest.split()
    if _acronym(rest) or (
        known_organization(rest)
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and not any(w.casefold() in WEEKDAYS for w in words)
        and (rest.casefold() in AGENCY_NAMES or _set_apart(value, found[0]))
    ):
        return found[0], (RANKS["masthead"], rest)
    return None


def _set_apart(value: str, match: DateMatch) -> bool:
    """`Kyodo | Jan 3, 2022`, `Orrin Valley Post, 14 March 1994`: a mark parts name and date;
    `Press Review 20/06/14` is a title with its date, `Recorder Report 22 Aug 2021` a desk's."""
    before = value[: match.start].rstrip()
    after = value[match.end :].lstrip()
    return (bool(before) and before[-1] in _PARTING) or (bool(after) and after[0] in _PARTING)


_PARTING: Final = ",|-–—·•/:("


def site_suffix(title: str) -> tuple[str, str | None]:
    """
    `Ferry fares to rise – Vesk Herald`, `Ferry fares to rise | vesk-herald.example`: a
    page's title with the site's name after a dash or a bar, as browsers show it; the
    title without it, and the site (``None`` when the title names none).
    """
    cut = max(title.rfind(sep) for sep in _SITE_SEPARATORS)
    if cut <= 0:
        return title, None
    head, tail = title[:cut].rstrip(), title[cut:].strip(" –—-|/")
    site = (
        _DOMAIN.match(tail) is not None
        or tail.casefold() in AGENCY_NAMES
        or (len(tail.split()) >= 2 and bare_outlet(tail, known=True) is not None)
    )
    if not site or not is_title(head) or not reads_as_title(head):
        return title, None  # `Talks fail – Ministry`: one word may be the title's own
    return head, tail


_SITE_SEPARATORS: Final = (" – ", " — ", " - ", " | ", " / ")
_DOMAIN: Final = lazy_compile(r"\A (?: [\w\-]{1,60}+ \. ){1,4}+ \p{L}{2,12}+ \Z", _FLAGS)


def _acronym(rest: str) -> bool:
    """`KBC Thursday, 2 January 2020`: one word in capitals beside a full date is the
    outlet's short name (two letters are too few: a state, an initial)."""
    return rest.isalpha() and rest.isupper() and 3 <= len(rest) <= 8


def crumb_title(raw: str) -> tuple[int, str] | None:
    """`Home / News / Region / Bridge reopens after repairs`: the last crumb's offset, and it."""
    cut = max(raw.rfind(sep) for sep in (" / ", " » ", " › ", " > "))
    if cut <= 0 or raw.count(raw[cut : cut + 3]) < 2:
        return None
    title = raw[cut + 3 :].strip()
    if len(title.split()) < 4 or not is_title(title):
        return None
    return cut + 3 + (len(raw[cut + 3 :]) - len(raw[cut + 3 :].lstrip())), title


def _is_date(name: str, timeout: float) -> bool:
    """`First published on March 3, 2021`: a date credits no one."""
    found = find_dates(name, timeout, limit=1)
    return bool(found) and found[0].start == 0


def bare_outlet(value: str, *, known: bool = False) -> str | None:
    """
    A line that is nothing but an outlet or agency name (`Calvessa Web`, `Kestrel`);
    with ``known``, only a listed agency or a name holding an outlet word.
    """
    folded = value.casefold().strip(" .")
    if (
        ":" in value
        or is_section_label(value)
        or (folded in UI_LINES and folded not in AGENCY_NAMES)
    ):
        return None
    name = value.strip(" ()[].")
    if name[:1] in "-–—":
        # `— AFP` signs off with an agency; `-- O.H.` with an editor's initials.
        name = name.lstrip("-–— ")
        if not known_organization(name):
            return None
    if name.casefold() in AGENCY_NAMES:
        return name  # `dpa` writes itself in lower case
    words = name.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w.isdigit() for w in words):
        return None
    if sum(w.isdigit() for w in words) > 1:
        return None  # `France 24` is a name; `Recorder Report 22 Aug 2021` holds a date
    if (len(words) > 1 or known) and not known_organization(name):
        return None
    return outlet_name(name)


def best(candidates: Iterable[tuple[int, str]]) -> str | None:
    """The name with the best rank (the first of equals), as the record names it."""
    ranked = sorted(enumerate(candidates), key=lambda item: (item[1][0], item[0]))
    return publisher_name(ranked[0][1][1]) if ranked else None


def outlet_name(raw: str, *, labelled: bool = False) -> str | None:
    """
    The cleaned outlet name, or ``None`` for a desk, a domain, a handle or a person;
    after a label that says it is an outlet (``labelled``: `Source:`, `Read the original
    article on`), a name in a person's shape is an outlet all the same (`Brightwater Echo`).
    """
    name = _TRIM.sub("", raw.strip())
    if not name[:1].isupper() and not name[:1].isdigit() and name.casefold() not in AGENCY_NAMES:
        return None  # `dpa` writes itself in lower case
    if "@" in name or "/" in name or regex.search(r"\.\w{2,4}\Z", name):
        return None
    if is_desk(name) or (not labelled and is_person_name(name) and not known_organization(name)):
        return None
    return name
