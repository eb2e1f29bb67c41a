"""Organizations: agencies, outlets and desks, told apart from persons and named for the record."""

from __future__ import annotations

from typing import Final

import regex

from newsrecord._lexicons.agencies import AGENCY_NAMES, DESK_WORDS, ORGANIZATION_WORDS
from newsrecord._lexicons.bylines import ROLE_ADJECTIVES, ROLE_NOUNS
from newsrecord._lexicons.calendar import WEEKDAYS
from newsrecord._lexicons.months import MONTHS
from newsrecord._recognise.shapes import is_name_word


def is_organization(credit: str) -> bool:
    """Whether a credit names an agency, outlet, desk or staff; a lone capitalised word counts."""
    if len(credit.split()) == 1 and _AGENCY_DOMAIN.match(credit):
        return True  # `NORLINE.UZ`, `REPORT.AZ`: an agency named by its address, in capitals
    return known_organization(credit) or (
        len(credit.split()) == 1
        and is_name_word(credit)
        and "." not in credit
        and credit.casefold() not in MONTHS
        and credit.casefold() not in WEEKDAYS
    )


_AGENCY_DOMAIN: Final = regex.compile(
    r"\A\p{Lu}[\p{Lu}\d]{1,20}+(?:\.\p{Lu}{2,6}+){1,2}+\Z", regex.V1
)


def known_organization(credit: str) -> bool:
    """
    A listed agency, or a name holding an outlet word (`Courier`, `News`, `Staff`...)
    whose words are capitalised, as names are (`the council had met` is no name).
    """
    folded = credit.casefold()
    if folded in AGENCY_NAMES:
        return True
    words = credit.replace("-", " ").split()
    if not any(w.casefold().strip(".,()") in ORGANIZATION_WORDS for w in words):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _SMALL for w in words)


# Small words that stay lower case inside a name (`Press Trust of India`).
_SMALL: Final = frozenset("of the and for de du la le des del di da do y & on in at".split())


def is_desk(credit: str) -> bool:
    """
    Whether a credit names a desk or a role, not an outlet: `Web Desk`, `Special
    Correspondent`, `Staff Reporter`, `News Desk` are made of role and desk words only.
    """
    words = [w.casefold().strip(".,:;()") for w in credit.split()]
    return (
        any(w in _DESK_NOUNS for w in words)  # `Metro` alone is a paper, not a desk
        and all(w in _DESK_NOUNS or w in ROLE_ADJECTIVES for w in words)
    )


_DESK_NOUNS: Final = DESK_WORDS | ROLE_NOUNS


def publisher_name(credit: str) -> str:
    """
    The publisher as the record names it: known agencies expanded, others as written.

    A trailing desk word goes when what it follows is an outlet of its own
    (`Reuters Staff` -> `Reuters`, `Lornby Courier Newsroom` -> `Lornby Courier`).
    """
    credit = credit.strip(" \t.,;:")
    head, _, last = credit.rpartition(" ")
    if last.casefold() in _COLLECTIVE and known_organization(head) and not is_desk(head):
        credit = head.rstrip(" ,-–—")
    first, _, rest = credit.partition(" ")
    if first.casefold() in DESK_WORDS and rest.casefold() in AGENCY_NAMES:
        credit = rest  # `Agencia EFE`, `Redazione ANSA`: the agency's desk is the agency
    return AGENCY_NAMES.get(credit.casefold(), credit)


# Words that name the people of an outlet rather than the outlet (`Reuters Staff`).
_COLLECTIVE: Final = frozenset("staff desk team newsroom".split())


def leading_agency(value: str) -> str | None:
    """`Reuters | Vesk | Updated: 04-02-2022`: a listed agency first in a row of fields parted
    by bars (a row of source fields, not a breadcrumb), or ``None``."""
    if "|" not in value:
        return None
    first = value.split("|", 1)[0].strip()
    return first if first.casefold() in AGENCY_NAMES else None
