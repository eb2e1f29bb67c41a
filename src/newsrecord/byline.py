"""
Bylines: who wrote the text, and which organization it credits.

Grammar (a line, or the rest of the header line)::

    byline  = PREFIX ":"? SP CREDITS
    PREFIX  = "By" | "Story by" | "Written by" | "Por" | "Von" | "Par" | "От" | ...
    CREDITS = CREDIT (("," | "and" | "&") CREDIT)*
    CREDIT  = PERSON | ORGANIZATION

A credit is an ORGANIZATION when it is a known agency or holds an outlet word
(``Courier``, ``News``, ``Staff``, ``Desk``...) or is a single word
(``By Azernews``); it is a PERSON when it has the shape of a personal name
(two to five capitalised words, initials and particles allowed).  Anything
else (``By late afternoon, rescuers...``) is no byline.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from newsrecord._lexicons.agencies import AGENCY_NAMES, ORGANIZATION_WORDS
from newsrecord._lexicons.bylines import BYLINE_PREFIXES, NAME_PARTICLES
from newsrecord._shapes import is_name_word, is_person_name
from newsrecord.model import Author

_BYLINE: Final = regex.compile(
    r"""
    \A
    (?P<prefix> \L<prefixes> ) (?: [ \t]*+ : [ \t]*+ | [ \t]++ )   # `By`, `Story by:`, `Von`
    (?P<credits> \p{Lu} [^\n]{0,160}+ )              # starts like a name, bounded
    \Z
    """,
    regex.VERBOSE | regex.V1 | regex.IGNORECASE,
    prefixes=BYLINE_PREFIXES,
)

# Between credits: a comma, `and`, `&`; the Oxford comma folds into one separator.
_SEPARATOR: Final = regex.compile(r"\s*+(?:,\s*+(?:and\s++)?+|\s(?:and|&)\s)\s*+", regex.V1 | regex.IGNORECASE)

# What may follow a byline on its line and is not part of it.
_TAIL: Final = regex.compile(
    r"\s++(?:published|updated|last\ updated|posted|modified)\b.{0,200}+\Z|\s++[|•]\s.{0,200}+\Z",
    regex.VERBOSE | regex.V1 | regex.IGNORECASE,
)


class BylineParse(NamedTuple):
    """What a byline says: the persons, and the organization it credits if any."""

    authors: tuple[Author, ...]
    publisher: str | None


def parse_byline(line: str, timeout: float) -> BylineParse | None:
    """The credits of a one-line byline, or ``None`` when ``line`` is no byline."""
    line = _TAIL.sub("", line, count=1, timeout=timeout)
    match = _BYLINE.match(line, timeout=timeout)
    if match is None:
        return None
    authors: list[Author] = []
    publisher: str | None = None
    for credit in _SEPARATOR.split(match["credits"].strip(" \t.;"), timeout=timeout):
        credit = credit.strip()
        if not credit:
            continue
        if is_organization(credit):
            publisher = publisher or publisher_name(credit)
        elif is_person_name(credit):
            name = normalize_name(credit)
            if all(a.name != name for a in authors):
                authors.append(Author(name=name))
        else:
            return None
    if not authors and publisher is None:
        return None
    return BylineParse(tuple(authors), publisher)


def is_organization(credit: str) -> bool:
    """Whether a credit names an agency, outlet, desk or staff rather than a person."""
    folded = credit.casefold()
    if folded in AGENCY_NAMES:
        return True
    words = folded.replace("-", " ").split()
    if any(w.strip(".,") in ORGANIZATION_WORDS for w in words):
        return True
    return len(words) == 1 and is_name_word(credit) and "." not in credit


def normalize_name(name: str) -> str:
    """A name as a reader writes it: capitals title-cased, particles lower case."""
    words = name.split()
    if not any(w.isupper() and len(w) > 1 for w in words):
        return " ".join(words)
    return " ".join(_title_word(w, first=i == 0) for i, w in enumerate(words))


def _title_word(word: str, *, first: bool) -> str:
    if not word.isupper():
        return word
    lower = word.casefold()
    if not first and lower in NAME_PARTICLES:
        return lower
    return "-".join(_title_part(part) for part in word.split("-"))


def _title_part(part: str) -> str:
    lower = part.lower()
    for apostrophe in ("'", "’"):
        head, sep, tail = lower.partition(apostrophe)
        if sep and len(head) == 1:  # O'Neill, D'Souza
            return head.upper() + sep + tail[:1].upper() + tail[1:]
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + lower[2].upper() + lower[3:]
    return lower[:1].upper() + lower[1:]


def publisher_name(credit: str) -> str:
    """The publisher as the record names it: known agencies expanded, others as written."""
    credit = credit.strip(" \t.,;:")
    return AGENCY_NAMES.get(credit.casefold(), credit)
