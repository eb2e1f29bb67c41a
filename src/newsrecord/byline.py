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

import attrs
import regex

from newsrecord._lexicons.agencies import AGENCY_NAMES, ORGANIZATION_WORDS
from newsrecord._lexicons.bylines import (
    BYLINE_PREFIXES,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    ROLE_ADJECTIVES,
    ROLE_NOUNS,
)
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
_SEPARATOR: Final = regex.compile(
    r"\s*+[,;]\s*+(?:and\s++)?+|\s++(?:and|&|und|et|y|e|и|[-–—])\s++", regex.V1 | regex.IGNORECASE
)

# `Jane Doe | Staff Writer`: a name, a bar, a role; no `By`.
_PIPE_BYLINE: Final = regex.compile(
    r"\A (?P<credits> \p{Lu} [^|\n]{1,60}+ ) [|] \s*+ (?P<role> [^|\n]{1,60}+ ) \Z",
    regex.VERBOSE | regex.V1,
)

# Where a credit names the city it was filed from: `Jane Doe in Paris`, `Jane Doe (Paris)`.
_PLACE_SUFFIX: Final = regex.compile(
    r"\s++(?:in\s++\p{Lu}[\p{L}\p{M}'’.\-]{1,30}+(?:\s\p{Lu}[\p{L}\p{M}'’.\-]{1,30}+)?+|\([^()]{1,40}+\))\Z",
    regex.V1,
)

# A name glued to what follows it: `Jane DoeJun 20, 2020`, `Jane DoeThe council said`.
_GLUED: Final = regex.compile(
    r"(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll}{1,12}+[ .]{1,2}+[\p{L}\p{N}])", regex.V1
)

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
    role = None
    match = _PIPE_BYLINE.match(line, timeout=timeout)
    if match is not None and _is_role(match["role"].split()):
        role = match["role"].strip()
    else:
        line = _TAIL.sub("", line, count=1, timeout=timeout)
        match = _BYLINE.match(line, timeout=timeout)
        if match is None:
            return None
    credits = _unglue(match["credits"].strip(" \t.;"), timeout)
    found = _read_credits(_SEPARATOR.split(credits, timeout=timeout), timeout)
    if found is None or (role is not None and not found.authors):
        return None
    if role is not None:
        found = BylineParse(
            tuple(attrs.evolve(a, role=a.role or role) for a in found.authors), found.publisher
        )
    return found


def glued_byline(line: str, timeout: float) -> tuple[int, BylineParse] | None:
    """
    A byline glued to the first sentence: `By Jane DoeThe council said...`.

    Returns where the sentence starts in ``line`` and the byline's credits.
    """
    match = _BYLINE.match(line[:240], timeout=timeout)
    if match is None:
        return None
    credits = match["credits"]
    glue = _GLUED.search(credits, timeout=timeout)
    if glue is None:
        return None
    found = parse_byline(line[: match.start("credits") + glue.start()], timeout)
    if found is None or not found.authors:
        return None
    return match.start("credits") + glue.start(), found


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
    for credit in credits:
        credit = _PLACE_SUFFIX.sub("", credit.strip(), timeout=timeout).strip(" .:")
        if not credit:
            continue
        if authors and credit.casefold().rstrip(".") in NAME_SUFFIXES:
            authors[-1] = attrs.evolve(authors[-1], name=f"{authors[-1].name} {credit}")
            continue
        person, role, org = _credit_parts(credit)
        if person is None and role is None and org is None:
            return None
        if person is not None:
            name = normalize_name(person)
            if all(a.name != name for a in authors):
                authors.append(Author(name=name, role=role))
        elif role is not None and authors and authors[-1].role is None:
            authors[-1] = attrs.evolve(authors[-1], role=role)
        publisher = publisher or org
    if not authors and publisher is None and not _all_roles(credits):
        return None
    return BylineParse(tuple(authors), publisher)


def _all_roles(credits: list[str]) -> bool:
    return all(_is_role(c.split()) for c in credits if c.strip())


def _credit_parts(credit: str) -> tuple[str | None, str | None, str | None]:
    """(person, role, organization) named by one credit; all ``None`` when it is no credit."""
    words = credit.split()
    if _is_role(words):
        return None, credit, None
    for cut in (2, 3):
        if cut < len(words) and is_person_name(" ".join(words[:cut])):
            rest = words[cut:]
            if not any(w.casefold() in ORGANIZATION_WORDS for w in words[:cut]):
                if _is_role(rest):
                    return " ".join(words[:cut]), " ".join(rest), None
                if _known_organization(rest) or _strip_role(rest) != rest:
                    return " ".join(words[:cut]), None, publisher_name(" ".join(_strip_role(rest)))
    if words[-1].casefold() in ROLE_NOUNS:
        head = _strip_role(words)
        if head and is_organization(" ".join(head)):
            return None, None, publisher_name(" ".join(head))
    if is_organization(credit):
        return None, None, publisher_name(credit)
    if is_person_name(credit):
        return credit, None, None
    return None, None, None


def _known_organization(words: list[str]) -> bool:
    """An agency or a name with an outlet word (unlike `is_organization`, no guess)."""
    folded = " ".join(words).casefold()
    return folded in AGENCY_NAMES or any(
        w.strip(".,") in ORGANIZATION_WORDS for w in folded.split()
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
