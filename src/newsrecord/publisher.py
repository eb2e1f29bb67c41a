"""
Publisher: the outlet or agency that the text itself credits.

Every place a page credits an outlet gives a candidate with a rank; the best
(lowest) rank wins, so a page that credits one outlet in several ways gives
its name in the most explicit form.  Ranks, most explicit first::

    0  By <Organization>                      `By Kestrel Staff` -> `Kestrel`
    1  Source: <Outlet>
    2  Read the original article on <Outlet>.
    3  an aggregator credit                   `(NEWSBRIDGE- Vesk Herald)` -> `Vesk Herald`
    4  Published by <Outlet>
    5  <Outlet> logo
    6  a bare outlet or agency as the last line (`— AFP`), or in brackets after the last
       sentence, or `With inputs from PTI`
    7  a copyright line                       `© 2020 Harbour Gazette. All rights reserved.`
    8  the organization after a person's byline   `By Jana Kovic, Kestrel`
    9  an agency alone before the text, or a `(Wire) --` opening
    10 a paywall banner                       `Subscribe to The Vesk Herald`
    11 the dateline's agency                  `VESK, Jan 12 (Kestrel) -`

A domain, an e-mail address, a handle or a desk (`News Desk`) credits no one.
With no candidate the publisher is ``None``: it is never guessed from style.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from newsrecord._lazy import LazyPattern, lazy_compile
from newsrecord._lexicons.agencies import AGENCY_NAMES
from newsrecord._lexicons.calendar import WEEKDAYS
from newsrecord._lexicons.labels import UI_LINES
from newsrecord._orgs import is_desk, known_organization, publisher_name
from newsrecord._shapes import is_person_name
from newsrecord.boilerplate import is_section_label
from newsrecord.dates import find_dates

_FLAGS: Final = regex.VERBOSE | regex.V1 | regex.IGNORECASE

# An outlet's name as pages print it: up to six words, no sentence inside.
# Bounded, and not possessive: `<Outlet> logo` must give `logo` back.
_NAME: Final = r"(?P<name> [\p{L}\p{N}] (?: [\p{L}\p{N}\p{M}&'’\- ] | \.(?=\S) ){0,60} )"

_RANKED: Final[tuple[tuple[int, LazyPattern], ...]] = tuple(
    (rank, lazy_compile(pattern, _FLAGS))
    for rank, pattern in (
        (
            1,
            rf"\A (?:source|sources|kaynak|quelle|fuente|fonte|источник|mənbə) \s*+ : \s*+ {_NAME}",
        ),
        (
            2,
            rf"\A read \s the \s (?:original|full) \s (?:article|story) \s (?:on|at|in) \s {_NAME}",
        ),
        (
            2,  # `This article was originally published on X`, `... is republished from X`
            rf"""\A (?: this \s (?:article|story|piece) \s (?:was|is|has \s been) \s )?+
                (?: (?:originally|first) \s published | republished ) \s (?:on|in|by|at|from) \s
                {_NAME}""",
        ),
        (3, rf"\A \( [\p{{Lu}}\d]{{2,20}}+ \s*+ [-–] \s*+ {_NAME} \) \s*+ \Z"),
        (4, rf"\A published \s by \s*+ :?+ \s*+ {_NAME}"),
        (5, rf"\A {_NAME} \s logo \s*+ \Z"),
        # `With inputs from PTI`, `(With inputs from Kestrel)`: the source of the copy.
        (6, rf"\A \(?+ (?:with \s)?+ (?:agency \s | additional \s)?+ inputs? \s from \s {_NAME}"),
        (7, rf"\A (?:© | \(c\) | copyright) \s*+ ©?+ \s*+ (?:\d{{4}}+ \s*+)?+ {_NAME}"),
        (10, rf"subscribe \s to \s {_NAME}"),
    )
)

_TRIM: Final = lazy_compile(
    r"""
    (?<![\s.,;:])                                  # from the first character of the run
    (?: (?: \s++ (?: \d{4}+ | all\ rights\ reserved | from\ \d.* | for\ .* | under\ .*
                  | today | now ) )++
        \s*+ \Z
      | [\s.,;:]++ \Z )
    """,
    _FLAGS,
)


def ranked_credit(value: str, timeout: float) -> tuple[int, str] | None:
    """The outlet a furniture line credits and its rank, or ``None``."""
    masthead = _masthead(value, timeout)
    if masthead is not None:
        return 5, masthead
    for rank, pattern in _RANKED:
        match = (pattern.search if rank == 10 else pattern.match)(value, timeout=timeout)
        if match is not None:
            name = _outlet(match["name"])
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
    return _outlet(name)


def _is_date(name: str, timeout: float) -> bool:
    """`First published on March 3, 2021`: a date credits no one."""
    found = find_dates(name, timeout, limit=1)
    return bool(found) and found[0].start == 0


def bare_outlet(value: str) -> str | None:
    """A line that is nothing but an outlet or agency name (`Calvessa Web`, `Kestrel`)."""
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
    words = name.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w.isdigit() for w in words):
        return None
    if len(words) > 1 and not known_organization(name):
        return None
    return _outlet(name)


def best(candidates: Iterable[tuple[int, str]]) -> str | None:
    """The name with the best rank (the first of equals), as the record names it."""
    ranked = sorted(enumerate(candidates), key=lambda item: (item[1][0], item[0]))
    return publisher_name(ranked[0][1][1]) if ranked else None


def _outlet(raw: str) -> str | None:
    """The cleaned outlet name, or ``None`` for a desk, a domain, a handle or a person."""
    name = _TRIM.sub("", raw.strip())
    if not name[:1].isupper() and not name[:1].isdigit() and name.casefold() not in AGENCY_NAMES:
        return None  # `dpa` writes itself in lower case
    if "@" in name or "/" in name or regex.search(r"\.\w{2,4}\Z", name):
        return None
    if is_desk(name) or (is_person_name(name) and not known_organization(name)):
        return None
    return name
