"""
Datelines: the place, date and agency that open a wire story.

Grammar (FORMATS.md section B)::

    dateline = LOCATION [","] [DATE] ["."] [AGENCY] [SEP]
    LOCATION = PLACE ("," PLACE){0,2} [" (" PROVINCE ") [" COUNTRY "]"]
    PLACE    = capitalised word (" " capitalised word | particle){0,4}
    DATE     = "Jan 12" | "Jan. 12" | "January 12, 2021" | "12 January" | "1 March."
    AGENCY   = "(" NAME ")" | "/" NAME "/" ["."] | NAME "/"
    SEP      = ["."] ("—" | "–" | "--" | "-" | "_" | ":")      `(EFE).-`

Spaces are any Unicode space; ``raw``, ``location`` and ``agency`` write them
as plain ones.  DATE is ``dates.DATE_FRAGMENT``: month names and abbreviations
of every listed language, ``de`` before a year, a year word (`2021 года`).

Examples: ``WASHINGTON (AP) —``, ``LONDON, Jan 12 (Reuters) -``,
``MOSCOW, January 12. /TASS/.``, ``SANTA FE, N.M. _``, ``Vesk. 1 March. AGENCY.XX/``.

A match must carry evidence that it is a dateline and not a sentence that
starts with a place (``Paris is ...``): an agency, a date followed by a
separator or the end of the unit, or a place in capitals followed by a
separator.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from newsrecord._lazy import lazy_compile
from newsrecord._lexicons.labels import LABEL_OPENERS, NOT_PLACES
from newsrecord._recognise.dates import DATE_FRAGMENT, DATE_LISTS

_WORD: Final = r"\p{Lu} [\p{L}\p{M}'’.\-]{0,24}+"
_PARTICLE: Final = r"(?: de | del | la | le | sur | upon | am | an | on | el | al | da | do | of )"
# Any Unicode space: crawled wire copy carries non-breaking ones (`WASHINGTON\u00a0(AP)\u00a0—`).
_SP: Final = r"\p{Zs}"
_PLACE: Final = (
    rf"{_WORD} (?: {_SP} (?! {DATE_FRAGMENT} ) "
    rf"(?: {_WORD} | {_PARTICLE} (?={_SP} (?: {_PARTICLE} {_SP} )?+ \p{{Lu}}) ) ){{0,5}}+"
)

SEPARATORS: Final = ("—", "–", "--", "-", "_", ":")
"""What ends a dateline, ``--`` before ``-``.  A ``/`` is no separator: in
``MOSCOW, Jan. 12 /TASS/.`` it wraps the agency."""
_SEPARATOR: Final = " | ".join(regex.escape(separator) for separator in SEPARATORS)

_DATELINE: Final = lazy_compile(
    rf"""
    \A
    (?P<location>
        {_PLACE}
        (?: , {_SP}?+ (?! {DATE_FRAGMENT} ) {_PLACE} ){{0,2}}+
        # City (Province) [Country]
        (?: {_SP} \( [^()\n]{{1,30}}+ \) {_SP} \[ [^\[\]\n]{{1,30}}+ \] )?+
    )
    (?: ,?+ {_SP}++ (?P<date> {DATE_FRAGMENT} ) )?+
    {_SP}*+ [.,]?+ {_SP}*+
    (?:
        \( (?P<agency> [^()\n]{{1,40}}+ ) \)
      | / (?P<agency_slash> [^/\n]{{1,30}}+ ) / \.?+
      | (?P<agency_tail> \p{{Lu}} [\p{{Lu}}\p{{N}}.\-]{{1,20}}+ ) /
    )?+
    # `(EFE).-`: Spanish-language agencies close the credit with a full stop
    (?: {_SP}*+ \.?+ {_SP}*+ (?P<sep> {_SEPARATOR} ) )?+
    {_SP}*+
    """,
    regex.VERBOSE | regex.V1,
    **DATE_LISTS,
)


# `Moscow/21.01.22/Turan:`: place, numeric date and agency between slashes.
_SLASHED: Final = lazy_compile(
    r"""
    \A (?P<location> \p{Lu} [\p{L}\p{M}'’.\-\p{Zs}]{1,40}+ )
    / (?P<day> \d{1,2}+ ) \. (?P<month> \d{1,2}+ ) \. (?P<year> \d{2}(?:\d{2})?+ ) /
    (?P<agency> [^/:\n]{1,30}+ ) : \p{Zs}*+
    """,
    regex.VERBOSE | regex.V1,
)

# Every Unicode space, for writing the dateline's parts with plain ones.
_SPACES: Final = lazy_compile(r"\p{Zs}", regex.V1)


class DatelineMatch(NamedTuple):
    """A dateline at the start of a unit; ``end`` is where the body text starts."""

    end: int
    raw: str
    location: str
    agency: str | None
    month: str | None
    day: int | None
    year: int | None


def match_dateline(value: str, timeout: float) -> DatelineMatch | None:
    """The dateline that opens ``value`` (a unit's text, already stripped), or ``None``."""
    slashed = _SLASHED.match(value, timeout=timeout)
    if slashed is not None:
        return _slashed(_plain(value, timeout), slashed)
    match = _DATELINE.match(value, timeout=timeout)
    if match is None:
        return None
    agency = match["agency"] or match["agency_slash"] or match["agency_tail"]
    at_end = match.end() == len(value)
    location = _plain(match["location"], timeout).strip()
    following = value[match.end() : match.end() + 2]
    if not _credible(location, agency, match["date"], match["sep"], at_end, following):
        return None
    if agency is not None and len(agency.split()) > 4:
        return None
    day = match["day_a"] or match["day_b"]
    return DatelineMatch(
        end=match.end(),
        raw=_plain(value[: match.end()], timeout).strip(),
        location=_trim_location(location),
        agency=None if agency is None else _plain(agency, timeout).strip(),
        month=match["month_a"] or match["month_b"],
        day=None if day is None else int(day),
        year=None if match["year"] is None else int(match["year"]),
    )


def _plain(value: str, timeout: float) -> str:
    """``value`` with plain spaces for non-breaking and other Unicode ones (same length)."""
    if value.isascii():
        return value
    return str(_SPACES.sub(" ", value, timeout=timeout))


def _slashed(value: str, match: regex.Match[str]) -> DatelineMatch:
    year = int(match["year"])
    return DatelineMatch(
        end=match.end(),
        raw=value[: match.end()].strip(),
        location=match["location"].strip(),
        agency=match["agency"].strip(),
        month=match["month"],
        day=int(match["day"]),
        year=year + 2000 if year < 100 else year,
    )


def _credible(
    location: str,
    agency: str | None,
    date: str | None,
    sep: str | None,
    at_end: bool,
    following: str = "",
) -> bool:
    """Whether the match shows enough of a dateline to be one."""
    first_word = location.split(",")[0].strip()
    opening = first_word.split()[0].casefold().rstrip(".:") if first_word else ""
    if opening in LABEL_OPENERS or first_word.casefold() in NOT_PLACES:
        return False  # `BREAKING NEWS:`, `EDITOR'S NOTE:`, `Published January 12, 2021`
    if agency is not None:
        if sep is not None or (at_end and (date is not None or len(first_word.split()) <= 4)):
            return True
        # `NEW DELHI, Jan 12 (PTI) The state...`: no separator, so a new sentence must
        # follow; `The Trades Union Congress (TUC) has said` is one sentence.
        opener = following[:1]
        return (
            _looks_like_agency(agency) and bool(opener) and (opener.isupper() or opener in _QUOTES)
        )
    if date is not None:
        return sep is not None or at_end
    letters = [c for c in first_word if c.isalpha()]
    return sep is not None and len(letters) >= 2 and first_word.isupper()


# Quotation marks that may open the story right after the agency: `(PTI) “It is a good day`.
_QUOTES: Final = "\"“‘«„'"


def _looks_like_agency(agency: str) -> bool:
    """A parenthesised agency with no separator after it: `NEW DELHI, Jan 12 (PTI) The...`."""
    words = agency.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


def _trim_location(location: str) -> str:
    """`Vesk.` -> `Vesk`, but `N.M.` and `Calif.` keep the period of their abbreviation."""
    location = location.rstrip(" ,")
    last = location.split(",")[-1].split()[-1]
    if (
        location.endswith(".")
        and "," not in location
        and " " not in location
        and "." not in last[:-1]
    ):
        return location[:-1]
    return location


# `(NPA) -- Officials said...`: an agency credit opening the body, with no place.
_AGENCY_OPENING: Final = lazy_compile(
    r"""
    \A \( (?P<agency> \p{Lu} [\p{L}\p{N}.\- ]{0,30}+ ) \)   # `(NPA)`
    [ ]*+ (?: — | – | -- | - | _ | : ) [ ]++ (?=\S)        # `--`, then the body
    """,
    regex.VERBOSE | regex.V1,
)


def match_agency_opening(value: str, timeout: float) -> tuple[int, str] | None:
    """Where the body starts after an `(AGENCY) --` opening, and the agency; or ``None``."""
    match = _AGENCY_OPENING.match(value, timeout=timeout)
    if match is None:
        return None
    return match.end(), match["agency"].strip()
