"""
Credits: the trailer lines that close wire copy and name who reported, wrote or edited it.

Grammar (one cleaned unit, white space collapsed to single spaces)::

    credits      = INITIALS | CONTRIBUTING | CONTRIBUTED | ROLE_LIST
    ROLE_LIST    = ["(" | "["] ROLE_CREDIT (ROLE_SEP ROLE_CREDIT)* [")" | "]"] ["."]
    ROLE_CREDIT  = ROLE SP "by" [":"] SP NAMES     `Additional reporting by John Roe and Ann Lee`
    ROLE         = "Reporting" | "Additional reporting" | "Writing" | "Editing" | "Edited"
                 | "Compiled" | "Research" | "Reporting contributed" | "Photos" | ...
                                                   (lexicon, any case)
    ROLE_SEP     = ";"                             (always)
                 | "," ["and"] | "and" | "."       (only before the next ROLE "by")
    CONTRIBUTED  = [WHO ROLE_NOUN SP] NAMES SP "contributed"
                   [SP ("reporting" | "to" SP ("this" | "the") SP WHAT)]
                   [SP ("from" | "in") SP PLACE] ["."]
                   `Halvik Press writer Tova Lind in Olmen contributed to this report.`
    CONTRIBUTING = ["Also" SP] "Contributing" [SP ROLE_NOUN] [SP "to" SP "this" SP WHAT]
                   (":" | SP ("were" | "was") SP) NAMES   `Contributing: Jane Doe`
    INITIALS     = "(" ID ("/" ID){1,3} ")"        `(rb/tk)`, editors' initials
                 | DASH [SP] ABBREV                `-- K.M.`
    NAMES        = NAME (NAME_SEP NAME)*           at most 16 names
    NAME_SEP     = "," ["and" | "&"] | "and" | "&"
    NAME         = PERSON [PLACE] | OUTLET
    PLACE        = ("in" | "from" | "at" | "of" | "with" | "for") SP ["the" SP]
                   CAPITALISED (SP (CAPITALISED | particle)){0,5}   `in Rio de Janeiro`,
                                                     `for the Kesk Herald`
                 | "(" City ")"                                      `(Vesk)`
    WHO          = CAPITALISED (SP CAPITALISED){0,4}   `Associated Press`, `AP`, `Olmen Courier`

Roles are the lexicon's lower-case phrases without `by` (``reporting``,
``additional reporting``, ``writing``, ``editing``, ``compiled``,
``research``, ``photos``, ``graphics``, ``contributed reporting``...);
CONTRIBUTED gives ``contributing`` (or ``contributed reporting`` for
`Jane Doe contributed reporting.`), CONTRIBUTING gives ``contributing`` and
INITIALS gives ``initials``.

Choices:

* Names are persons (``_shapes.is_person_name``), title-cased like bylines
  when written in capitals.  An OUTLET (a listed agency such as `Reuters` or
  `The Associated Press`, capitalised words holding an outlet word such as
  `Halvik Press staff`, or a lone capitalised word) keeps the trailer's
  shape but is dropped from the names; a role left with no names is dropped.
  A lone surname (`Editing by Brenn`) counts as an outlet, as `By
  Azernews` does in bylines: wire trailers give full names, crawl pages
  give outlets.
* A trailer that credits nobody (`The Associated Press contributed to this
  report.`) gives ``()``, not ``None``: it is a credit trailer, with no
  person to record.  Test the result with ``is None``, not for truth.
* Editors' initials are credits: ``(rb/tk)`` gives the role ``initials`` with
  the initials as written, so a reader can keep or drop them by role.  Only
  two to four groups, all in one case, count (as in ``boilerplate``'s credit
  patterns): `(rb)` alone and agency abbreviations (`(AP/AFP)`) are not
  initials.
* Anything else in a name slot (`Reporting by the ministry showed that exports
  rose.`) makes the unit prose: ``None``.  So does a byline (`By Jane Doe`,
  `Written by Jane Doe`): its names are authors, and ``byline.py`` reads them.
* Units longer than 600 characters are no trailer; each pattern is bounded
  besides, so the work is linear in the input.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeAlias

import regex

from newsrecord._lazy import lazy_compile
from newsrecord._lexicons.agencies import AGENCY_NAMES, ORGANIZATION_WORDS
from newsrecord._lexicons.bylines import NAME_SUFFIXES, ROLE_ADJECTIVES, ROLE_NOUNS
from newsrecord._lexicons.credits import (
    CONTRIBUTED_TO,
    CREDIT_ROLES,
    ORGANIZATION_CONNECTORS,
    PLACE_PARTICLES,
)
from newsrecord._recognise.names import normalize_name, split_honorific
from newsrecord._recognise.shapes import is_name_word, is_person_name
from newsrecord.model import Credit

_FLAGS: Final = regex.VERBOSE | regex.V1

# Longer units are prose or several units run together, never one trailer.
_MAX_LENGTH: Final = 600
_MAX_NAMES: Final = 16
_MAX_ROLES: Final = 16

# A trailer form: the credits it reads, or None to pass to the next form.
_Form: TypeAlias = Callable[[str, float], tuple[Credit, ...] | None]

# The trailer inside its optional brackets and closing period.  The period is
# kept after an initial (`Editing by Jane D.`), where it belongs to the name.
_WRAPPED: Final = lazy_compile(
    r"""
    \A [(\[]?+ \s*+                                   # `(Reporting by ...`
    (?P<body> \S .{0,600}? )                          # lazy, so the closers stay outside
    \s*+ [)\]]?+                                      # `... Editing by Rolf Amsel)`
    (?: (?<! (?:\A|[\s.]) \p{Lu} ) \. )?+             # a closing period, not an initial's
    \s*+ \Z
    """,
    _FLAGS,
)

# `(rb/tk)`: copy editors' initials, all lower case or all capitals.
_SLASHED_INITIALS: Final = lazy_compile(
    r"""
    \A \( \s*+
    (?P<ids> (?: \p{Ll}{1,4}+ (?: / \p{Ll}{1,4}+ ){1,3}+ )     # `rb/tk`
           | (?: \p{Lu}{1,4}+ (?: / \p{Lu}{1,4}+ ){1,3}+ ) )   # `RB/TK`
    \s*+ \) \Z
    """,
    _FLAGS,
)

# `-- K.M.`: a sign-off of initials after a dash.
_DASHED_INITIALS: Final = lazy_compile(
    r"\A (?: -- | [-–—] ) \s?+ (?P<ids> (?:\p{Lu}\.){1,3}+ ) \Z",
    _FLAGS,
)

# Where one role credit ends and the next begins: `;` always; a comma, `and`
# or a full stop only before another `ROLE by` (`Reporting by A, editing by B`).
_ROLE_SEPARATOR: Final = lazy_compile(
    r"""
    (?<!\s) (?: \s*+ ; \s*+
    | (?: \s*+ , \s*+ (?: and \s++ )?+ | \s++ and \s++ | \. \s++ )
      (?= \L<roles> \s++ by \b ) )
    """,
    _FLAGS | regex.IGNORECASE,
    roles=list(CREDIT_ROLES),
)

# One role and the names it credits: `Additional reporting by John Roe and Ann Lee`.
_ROLE_CREDIT: Final = lazy_compile(
    r"""
    \A (?P<role> \L<roles> ) \s++ by (?: \s*+ : )?+ \s++   # `Editing by`, `Photos by:`
    (?P<names> \S .{0,600}+ )                              # the names, judged one by one
    \Z
    """,
    _FLAGS | regex.IGNORECASE,
    roles=list(CREDIT_ROLES),
)

# `... contributed to this report.`: the tail after the names (found with search).
_CONTRIBUTED: Final = lazy_compile(
    r"""
    \s++ contributed
    (?P<object> \s++ (?: (?P<reporting> reporting )         # `contributed reporting`
                       | to \s++ (?: this | the ) \s++ \L<what> ) )?+   # `to this report`
    (?: \s++ (?: from | in ) \s++ \p{Lu} [\p{L}\p{M}.'’\- ]{0,40}+ )?+   # `from Paris`
    \s*+ \.?+ \s*+ \Z
    """,
    _FLAGS | regex.IGNORECASE,
    what=CONTRIBUTED_TO,
)

# The affiliation before the names: `Associated Press writer`, `AP writers`, `Staff writer`.
_AFFILIATION: Final = lazy_compile(
    r"""
    \A (?: \p{Lu} [\p{L}\p{M}.'’&\-]{0,30}+ \s++ ){0,5}?    # `Halvik Press`, `AP`, none
    (?: (?i: \L<adjectives> ) \s++ ){0,2}?                 # `special`, `staff`
    (?i: \L<nouns> ) \s++                                  # `writer`, `correspondents`
    (?= \p{Lu} )                                           # the names follow
    """,
    _FLAGS,
    adjectives=ROLE_ADJECTIVES,
    nouns=ROLE_NOUNS,
)

# `Contributing: Jane Doe`, `Also contributing to this report were Jane Doe and John Roe`.
_CONTRIBUTING: Final = lazy_compile(
    r"""
    \A (?: also \s++ )?+ contributing
    (?: \s++ \L<nouns> )?+                                 # `Contributing writers:`
    (?: \s++ to \s++ (?: this | the ) \s++ \L<what> )?+    # `... to this report`
    (?: \s*+ : \s*+ | \s++ (?: were | was ) \s++ )
    (?P<names> \S .{0,600}+ ) \Z
    """,
    _FLAGS | regex.IGNORECASE,
    nouns=ROLE_NOUNS,
    what=CONTRIBUTED_TO,
)

# Between names: a comma (the Oxford comma folds in), `and`, `&`.
_NAME_SEPARATOR: Final = lazy_compile(
    r"(?<!\s) (?: \s*+ , \s*+ (?: (?: and | & ) \s++ )?+ | \s++ (?: and | & ) \s++ )",
    _FLAGS | regex.IGNORECASE,
)

# Where a credited person filed from or works: `Jane Doe in New York`, `Jane Doe (Vesk)`,
# `Jane Doe for the Kesk Herald`.
_PLACE: Final = lazy_compile(
    r"""
    (?<!\s) (?: \s++ (?i: in | from | at | of | with | for ) \s++ (?: (?i: the ) \s++ )?+
    \p{Lu} [\p{L}\p{M}'’.\-]{0,30}+                                    # `New`, `VESK`, `D.C.`
    (?: \s++ (?: \p{Lu} [\p{L}\p{M}'’.\-]{0,30}+ | \L<particles> ) ){0,5}+   # `York`, `de Janeiro`
    \Z
    | \s*+ \( [^()]{1,40}+ \) \Z )                                     # `(Vesk)`
    """,
    _FLAGS,
    particles=PLACE_PARTICLES,
)


# A credit trailer in brackets after the last sentence of a paragraph:
# `...will reopen in May. (Reporting by Jane Doe; Editing by John Roe)`.
_CREDIT_END: Final = lazy_compile(
    r"""
    (?<= [.!?"”’] ) \s*+                               # after a sentence
    (?P<credit> [(\[] \s*+ \L<roles> \s++ by \b       # `(Reporting by`, `[Editing by`
       [^()\[\]]{1,400}+ [)\]] )                       # names and further roles, to the bracket
    \s*+ \Z
    """,
    regex.VERBOSE | regex.V1 | regex.IGNORECASE,
    roles=list(CREDIT_ROLES),
)


def credit_tail(
    text: str, start: int, end: int, timeout: float
) -> tuple[int, tuple[Credit, ...]] | None:
    """
    A credit trailer glued to the last sentence of ``text[start:end]``: where the
    bracket starts, and its credits; ``None`` when there is none.
    """
    if (
        text[end - 1 : end] not in (")", "]")
        or "by" not in text[max(start, end - 420) : end].casefold()
    ):
        return None
    found = _CREDIT_END.search(text, start, end, timeout=timeout)
    if found is None:
        return None
    credits = parse_credits(" ".join(found["credit"].split()), timeout)
    return None if credits is None else (found.start("credit"), credits)


def parse_credits(value: str, timeout: float) -> tuple[Credit, ...] | None:
    """
    The credits a trailer line gives, or ``None`` when ``value`` is no credit trailer.

    An empty tuple is a trailer that credits no person (only an agency or an
    outlet); see the module docstring for the grammar and the choices.

    >>> parse_credits("(Reporting by Jane Doe in Vesk; Editing by Ann Lee)", 1.0)
    (Credit(role='reporting', names=('Jane Doe',)), Credit(role='editing', names=('Ann Lee',)))
    >>> parse_credits("By Jane Doe", 1.0) is None
    True
    """
    value = value.strip()
    if not value or len(value) > _MAX_LENGTH:
        return None
    initials = _initials(value, timeout)
    if initials is not None:
        return initials
    wrapped = _WRAPPED.match(value, timeout=timeout)
    if wrapped is None:
        return None
    body = wrapped["body"]
    for form in _FORMS:
        found = form(body, timeout)
        if found is not None:
            return found
    return None


def _initials(value: str, timeout: float) -> tuple[Credit, ...] | None:
    """`(rb/tk)` or `-- K.M.`: editors' initials as written; agency names are not initials."""
    slashed = _SLASHED_INITIALS.match(value, timeout=timeout)
    if slashed is not None:
        ids = tuple(slashed["ids"].split("/"))
        if any(i.casefold() in AGENCY_NAMES for i in ids):
            return None
        return (Credit("initials", ids),)
    dashed = _DASHED_INITIALS.match(value, timeout=timeout)
    if dashed is not None:
        return (Credit("initials", (dashed["ids"],)),)
    return None


def _contributing(body: str, timeout: float) -> tuple[Credit, ...] | None:
    """`Contributing: Jane Doe, John Roe`."""
    match = _CONTRIBUTING.match(body, timeout=timeout)
    if match is None:
        return None
    return _credit("contributing", match["names"], timeout)


def _contributed(body: str, timeout: float) -> tuple[Credit, ...] | None:
    """
    `AP writers Jane Doe and John Roe contributed to this report.`

    A bare `... contributed.` is a trailer only when it names a person.
    """
    tail = _CONTRIBUTED.search(body, timeout=timeout)
    if tail is None or tail.start() == 0:
        return None
    lead = body[: tail.start()]
    affiliation = _AFFILIATION.match(lead, timeout=timeout)
    names = lead if affiliation is None else lead[affiliation.end() :]
    role = "contributed reporting" if tail["reporting"] else "contributing"
    found = _credit(role, names, timeout)
    if found == () and tail["object"] is None:
        return None  # `Exports contributed.`: a bare `contributed` needs a person
    return found


def _role_list(body: str, timeout: float) -> tuple[Credit, ...] | None:
    """`Reporting by A in X; Additional reporting by B and C; Editing by D`."""
    parts = [p for p in _ROLE_SEPARATOR.split(body, timeout=timeout) if p]
    if not parts or len(parts) > _MAX_ROLES:
        return None
    credits: list[Credit] = []
    for part in parts:
        match = _ROLE_CREDIT.match(part, timeout=timeout)
        if match is None:
            return None
        found = _credit(CREDIT_ROLES[match["role"].casefold()], match["names"], timeout)
        if found is None:
            return None
        credits.extend(found)
    return tuple(credits)


def _credit(role: str, text: str, timeout: float) -> tuple[Credit, ...] | None:
    """One credit for the persons in ``text``; ``()`` when it names none, ``None`` for prose."""
    names = _names(text, timeout)
    if names is None:
        return None
    return (Credit(role, names),) if names else ()


def _names(text: str, timeout: float) -> tuple[str, ...] | None:
    """The persons a list of credits names; ``None`` when an item is neither person nor outlet."""
    items = _NAME_SEPARATOR.split(text.strip(" ;:,"), timeout=timeout)
    if len(items) > _MAX_NAMES:
        return None
    names: list[str] = []
    for raw in items:
        item = _PLACE.sub("", raw, count=1, timeout=timeout).strip()
        if not item:
            continue
        if names and item.casefold().rstrip(".") in NAME_SUFFIXES:
            names[-1] = f"{names[-1]} {item}"  # `Don Vance, Jr.`
            continue
        person = _person(item)
        if person is not None:
            _add_name(names, person)
        elif not _is_outlet(item):
            return None
    return tuple(names)


def _person(item: str) -> str | None:
    """The person ``item`` names, title dropped, suffix kept (`Dr. Don Vance Jr.`), or ``None``."""
    name, _title = split_honorific(item)
    head, _, last = name.rpartition(" ")
    suffixed = last.casefold().rstrip(".") in NAME_SUFFIXES
    if not is_person_name(head if suffixed else name):
        return None
    return normalize_name(name)


def _add_name(names: list[str], name: str) -> None:
    """Append unless the same name is there already (order kept, duplicates dropped)."""
    if all(n.casefold() != name.casefold() for n in names):
        names.append(name)


def _is_outlet(item: str) -> bool:
    """
    Whether a name slot holds an agency or outlet rather than prose.

    A listed agency (`Reuters`, `The Associated Press`), or up to six words
    that are capitalised, outlet words (`staff`) or connectors (`of`), with at
    least one capitalised word that is not a connector: `Halvik Press staff`,
    `Azernews`.  `the ministry showed that` is prose.
    """
    folded = item.casefold()
    if folded in AGENCY_NAMES or folded.removeprefix("the ") in AGENCY_NAMES:
        return True
    words = item.split()
    if len(words) > 6:
        return False
    capitalised = False
    for word in words:
        if word.casefold() in ORGANIZATION_CONNECTORS:
            continue
        if is_name_word(word):
            capitalised = True
        elif word not in ORGANIZATION_WORDS:  # lower-case `staff`, `desk`
            return False
    return capitalised


# The forms tried in order on the unwrapped trailer; each returns None to pass.
_FORMS: Final[tuple[_Form, ...]] = (_contributing, _contributed, _role_list)
