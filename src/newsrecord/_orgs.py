"""Organizations: agencies, outlets and desks, told apart from persons and named for the record."""

from __future__ import annotations

from newsrecord._lexicons.agencies import AGENCY_NAMES, ORGANIZATION_WORDS
from newsrecord._shapes import is_name_word


def is_organization(credit: str) -> bool:
    """Whether a credit names an agency, outlet, desk or staff; a lone capitalised word counts."""
    return known_organization(credit) or (
        len(credit.split()) == 1 and is_name_word(credit) and "." not in credit
    )


def known_organization(credit: str) -> bool:
    """A listed agency, or a name holding an outlet word (`Courier`, `News`, `Staff`...)."""
    folded = credit.casefold()
    if folded in AGENCY_NAMES:
        return True
    return any(w.strip(".,()") in ORGANIZATION_WORDS for w in folded.replace("-", " ").split())


def publisher_name(credit: str) -> str:
    """The publisher as the record names it: known agencies expanded, others as written."""
    credit = credit.strip(" \t.,;:")
    return AGENCY_NAMES.get(credit.casefold(), credit)
