"""
Datelines: the place, date and agency that open a wire story.

Grammar (FORMATS.md section B)::

    dateline = LOCATION [","] [DATE] ["." | ","] [AGENCY] [SEP] [WIRE ("." | ":")]
    LOCATION = PLACE ("," PLACE){0,2} [" (" PROVINCE ") [" COUNTRY "]"]
    PLACE    = capitalised word (" " capitalised word | particle){0,4}
    DATE     = "Jan 12" | "Jan. 12" | "January 12, 2021" | "12 January" | "1 March." | "20 SET"
    AGENCY   = ["--"] "(" NAME ")" | "/" NAME "/" ["."] | NAME "/" | WIRE   (WIRE after "." or ",")
    WIRE     = a listed agency | a domain name          `KAZINFORM`, `IRNA`, `KOMPAS.TV`
    SEP      = ["."] ("—" | "–" | "--" | "-" | "_" | ":") | "." after a WIRE   `(EFE).-`

Spaces are any Unicode space; ``raw``, ``location`` and ``agency`` write them
as plain ones.  DATE is ``dates.DATE_FRAGMENT``: month names and abbreviations
of every listed language, ``de`` before a year, a year word (`2021 года`).

Examples: ``WASHINGTON (AP) —``, ``LONDON, Jan 12 (Reuters) -``,
``MOSCOW, January 12. /TASS/.``, ``SANTA FE, N.M. _``, ``Vesk. 1 March. AGENCY.XX/``,
``ALMATY. KAZINFORM –``, ``Tehran, IRNA –``, ``YEREVAN, MAY 20, ARMENPRESS.``,
``МОСКВА, 18 дек – РИА Новости.``, ``Roma – ...``, ``Bogotá.— ...``.

A WIRE is told from a second place name (``LONDON, ENGLAND –``) by the
agency lexicon or a domain's shape only; a place never takes it as a word.

A match must carry evidence that it is a dateline and not a sentence that
starts with a place (``Paris is ...``): an agency, a date followed by a
separator or the end of the unit, a place in capitals (three words at most)
followed by a separator, or a place in title case (one part, three words at
most) followed by an en or em dash (or ``.-``) and a sentence.  Whatever the
evidence, a location that is a label, a weekday, a UI word, a section, an
outlet or a listed agency is no place (``Exclusive –``, ``Wednesday, 2
December 2020_``, ``SHARE:``, ``HAVANA TIMES –``, ``AKIPRESS.COM -``,
``ANTARA -``: the last two open the body with an agency's credit, see
`match_agency_opening`).
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from newsrecord._lazy import lazy_compile
from newsrecord._lexicons.agencies import (
    AGENCY_NAMES,
    DATELINE_ONLY_AGENCIES,
    DOMAIN_ENDINGS,
    ORGANIZATION_WORDS,
    OUTLET_WORDS,
)
from newsrecord._lexicons.calendar import WEEKDAYS, WEEKDAYS_IN_PLACE_NAMES
from newsrecord._lexicons.labels import LABEL_OPENERS, NOT_PLACES, SECTION_LABELS, UI_LINES
from newsrecord._lexicons.months import MONTHS
from newsrecord._recognise.dates import DATE_FRAGMENT, DATE_LISTS

# A hyphen only inside a word (`NUR-SULTAN`): `México.-` ends with a separator.
_WORD: Final = r"\p{Lu} (?: [\p{L}\p{M}'’.] | - (?=\p{L}) ){0,24}+"
_PARTICLE: Final = r"(?: de | del | la | le | sur | upon | am | an | on | el | al | da | do | of )"
# Any Unicode space: crawled wire copy carries non-breaking ones (`WASHINGTON\u00a0(AP)\u00a0—`).
_SP: Final = r"\p{Zs}"
# A listed agency (`KAZINFORM`, `IRNA`, `РИА Новости`), or an outlet's domain name
# (`KOMPAS.TV`, `aa.com.tr`), as a word of its own.  Not possessive: `com` must be
# able to give way to `co` and back.
_KNOWN_AGENCY: Final = r"(?: (?i: \L<agencies> ) | \L<dateline_agencies> ) (?! [\p{L}\p{N}] )"
_DOMAIN: Final = (
    r"[\p{L}\p{N}] [\p{L}\p{N}\-]{1,30}+ (?: \. (?i: \L<domain_endings> ) ){1,2} (?! [\p{L}\p{N}] )"
)
_WIRE: Final = rf"(?: {_KNOWN_AGENCY} | {_DOMAIN} )"
_PLACE: Final = (
    # `ALMATY. KAZINFORM`, `Bakı. Trend`: a place never takes an agency as its next word
    rf"{_WORD} (?: {_SP} (?! {DATE_FRAGMENT} ) (?! {_WIRE} ) "
    rf"(?: {_WORD} | {_PARTICLE} (?={_SP} (?: {_PARTICLE} {_SP} )?+ \p{{Lu}}) ) ){{0,5}}+"
)

SEPARATORS: Final = ("—", "–", "--", "-", "_", ":")
"""What ends a dateline, ``--`` before ``-``.  A ``/`` is no separator: in
``MOSCOW, Jan. 12 /TASS/.`` it wraps the agency."""
_SEPARATOR: Final = " | ".join(regex.escape(separator) for separator in SEPARATORS)

# The named lists `_DATELINE` compiles with.
_LISTS: Final = {
    **DATE_LISTS,
    "agencies": tuple(AGENCY_NAMES),
    "dateline_agencies": DATELINE_ONLY_AGENCIES,
    "domain_endings": DOMAIN_ENDINGS,
}

_DATELINE: Final = lazy_compile(
    rf"""
    \A
    (?P<location>
        {_PLACE}
        # `LONDON, ENGLAND`, but not `Tehran, IRNA` or `JAKARTA, KOMPAS.TV`
        (?: , {_SP}?+ (?! {DATE_FRAGMENT} ) (?! {_WIRE} ) {_PLACE} ){{0,2}}+
        # City (Province) [Country]
        (?: {_SP} \( [^()\n]{{1,30}}+ \) {_SP} \[ [^\[\]\n]{{1,30}}+ \] )?+
    )
    (?: ,?+ {_SP}++ (?P<date> {DATE_FRAGMENT} ) )?+
    # `SAN DIEGO--(BUSINESS WIRE)--`: press-release wires put a dash before the bracket too
    {_SP}*+ (?: [.,] | (?: -- | – | — ) (?= {_SP}*+ \( ) )?+ {_SP}*+
    (?:
        \( (?P<agency> [^()\n]{{1,40}}+ ) \)
      | / (?P<agency_slash> [^/\n]{{1,30}}+ ) / \.?+
      | (?P<agency_tail> \p{{Lu}} [\p{{Lu}}\p{{N}}.\-]{{1,20}}+ ) /
        # `ALMATY. KAZINFORM`, `Tehran, IRNA`, `MAY 20, ARMENPRESS`: after a stop or a comma
      | (?<= [.,] {_SP}{{1,3}} ) (?P<agency_wire> {_WIRE} )
    )?+
    (?:
        # `(EFE).-`: Spanish-language agencies close the credit with a full stop
        {_SP}*+ \.?+ {_SP}*+ (?P<sep> {_SEPARATOR} )
        # `YEREVAN, MAY 20, ARMENPRESS. The`: a full stop ends a wire's name
      | (?(agency_wire) (?P<stop> \. ) (?= {_SP} | \Z ) | (?!) )
    )?+
    {_SP}*+
    """,
    regex.VERBOSE | regex.V1,
    **_LISTS,
)

# `МОСКВА, 18 дек – РИА Новости. Уходящий`: the agency right after the separator.
_AGENCY_AFTER: Final = lazy_compile(
    rf"(?P<agency> {_KNOWN_AGENCY} ) [.:] (?: {_SP}++ | \Z )",  # matched at the body's start
    regex.VERBOSE | regex.V1,
    agencies=tuple(AGENCY_NAMES),
    dateline_agencies=DATELINE_ONLY_AGENCIES,
)

# `Madrid, España (20 mayo 2020) .-`: a date in the agency's brackets is no agency.
_BRACKETED_DATE: Final = lazy_compile(
    rf"\A {DATE_FRAGMENT} \Z",
    regex.VERBOSE | regex.V1,
    **DATE_LISTS,
)

_HAS_DOMAIN: Final = lazy_compile(
    rf"(?<! [\p{{L}}\p{{N}}] ) {_DOMAIN}",
    regex.VERBOSE | regex.V1,
    domain_endings=DOMAIN_ENDINGS,
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


class _Evidence(NamedTuple):
    """What a match shows besides its location, for `_credible` to weigh."""

    agency: str | None  # bracketed, slashed or tail agency
    wire: str | None  # a listed agency or domain after `.` or `,`
    date: bool
    sep: str | None  # the separator, `.` after a wire included
    dotted: bool  # a full stop right before the separator: `México.-`, `Bogotá.—`
    rest: str  # the text after the dateline


def match_dateline(value: str, timeout: float) -> DatelineMatch | None:
    """The dateline that opens ``value`` (a unit's text, already stripped), or ``None``."""
    slashed = _SLASHED.match(value, timeout=timeout)
    if slashed is not None:
        return _slashed(_plain(value, timeout), slashed)
    match = _DATELINE.match(value, timeout=timeout)
    if match is None:
        return None
    location = _plain(match["location"], timeout).strip()
    agency = match["agency"] or match["agency_slash"] or match["agency_tail"]
    month, day, year = _date_parts(match)
    if match["agency"] is not None and month is None:
        bracketed = _BRACKETED_DATE.match(match["agency"].strip(), timeout=timeout)
        if bracketed is not None:
            agency, (month, day, year) = None, _date_parts(bracketed)
    evidence = _evidence(value, match, agency, month is not None)
    if not _credible(location, evidence, timeout):
        return None
    if agency is not None and len(agency.split()) > 4:
        return None
    end, agency = _agency_after(value, match.end(), agency or evidence.wire, evidence, timeout)
    return DatelineMatch(
        end=end,
        raw=_plain(value[:end], timeout).strip(),
        location=_trim_location(location, wire=evidence.wire is not None),
        agency=None if agency is None else _plain(agency, timeout).strip(),
        month=month,
        day=day,
        year=year,
    )


def _date_parts(match: regex.Match[str]) -> tuple[str | None, int | None, int | None]:
    """The month as written, the day and the year of a `DATE_FRAGMENT` match."""
    day = match["day_a"] or match["day_b"]
    return (
        match["month_a"] or match["month_b"],
        None if day is None else int(day),
        None if match["year"] is None else int(match["year"]),
    )


def _evidence(value: str, match: regex.Match[str], agency: str | None, date: bool) -> _Evidence:
    sep = match["sep"] or match["stop"]
    dotted = match["sep"] is not None and value[: match.start("sep")].rstrip().endswith(".")
    return _Evidence(agency, match["agency_wire"], date, sep, dotted, value[match.end() :])


def _agency_after(
    value: str, end: int, agency: str | None, evidence: _Evidence, timeout: float
) -> tuple[int, str | None]:
    """`МОСКВА, 18 дек – РИА Новости.`: a listed agency closing the dateline after its
    separator belongs to it; the body starts after the agency's full stop."""
    if agency is not None or evidence.sep is None or evidence.sep == ".":
        return end, agency
    after = _AGENCY_AFTER.match(value, end, timeout=timeout)
    if after is None:
        return end, agency
    return after.end(), after["agency"]


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


def _credible(location: str, evidence: _Evidence, timeout: float) -> bool:
    """Whether the match shows enough of a dateline to be one."""
    if not _may_be_place(location, timeout):
        return False
    first = location.split(",")[0].strip()
    if evidence.wire is not None:
        return _wire_credible(first, evidence)
    if evidence.agency is not None:
        return _agency_credible(first, evidence)
    at_end = not evidence.rest
    if evidence.date:
        return evidence.sep is not None or at_end
    if evidence.sep is None or evidence.sep == ".":
        return False
    if first.isupper():
        return _caps_place(location, first)
    return _title_place(location, evidence)


def _may_be_place(location: str, timeout: float) -> bool:
    """
    Whether ``location`` may name a place: not a label (`BREAKING NEWS:`, `Published
    January 12`), a weekday (`Wednesday, 2 December 2020_`, `SBS Thursday, 2 January`), a
    UI word or section (`SHARE:`, `WORLD:`), a listed agency (`ANTARA -` opens with its
    agency's credit) or an outlet's domain (`AKIPRESS.COM -`).
    """
    first = location.split(",")[0].strip()
    folded = first.casefold()
    opening = folded.split()[0].rstrip(".:") if folded else ""
    if opening in LABEL_OPENERS or folded in NOT_PLACES:
        return False
    words = [word.strip(".'’").casefold() for word in location.replace(",", " ").split()]
    if any(word in WEEKDAYS and word not in WEEKDAYS_IN_PLACE_NAMES for word in words):
        return False
    if folded.rstrip(".") in UI_LINES or folded.rstrip(".") in SECTION_LABELS:
        return False
    if folded.rstrip(".") in AGENCY_NAMES:
        return False
    return _HAS_DOMAIN.search(location, timeout=timeout) is None


def _wire_credible(first: str, evidence: _Evidence) -> bool:
    """`ALMATY. KAZINFORM –`, `Tehran, IRNA –`: a listed agency or a domain after the place;
    with no separator, only in capitals before a new sentence (`NUR-SULTAN. KAZINFORM Head`)."""
    if evidence.sep is not None or not evidence.rest:
        return True
    wire = evidence.wire or ""
    return first.isupper() and wire.isupper() and evidence.rest[:1].isupper()


def _agency_credible(first: str, evidence: _Evidence) -> bool:
    """A bracketed or slashed agency after the place."""
    agency = evidence.agency or ""
    if evidence.sep is not None:
        return True
    if not evidence.rest:
        if evidence.date:
            return True
        # `Daily Trust (Abuja)` alone on its line: an outlet and its edition's city. A
        # place in title case before an unlisted agency in title case, with no date and
        # no separator, is no dateline; `LAHORE (ANI)` and `Lornby (NPA)` are.
        known = agency.isupper() or agency.casefold() in AGENCY_NAMES
        return len(first.split()) <= 4 and (first.isupper() or known)
    # `NEW DELHI, Jan 12 (PTI) The state...`: no separator, so a new sentence must
    # follow; `The Trades Union Congress (TUC) has said` is one sentence.
    opener = evidence.rest[:1]
    if _abbreviates(agency, first):
        return False  # `Menteri Kesehatan (Menkes) RI Budi...`: a name and its short form
    return _looks_like_agency(agency) and (opener.isupper() or opener in _QUOTES)


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is made of the starts of ``name``'s words, in order (`TUC` of
    `Trades Union Congress`, `Menkes` of `Menteri Kesehatan`); a name of one word is a
    place's (`ANKARA (AA)`)."""
    initials = [word[0] for word in name.casefold().split()]
    folded = short.casefold()
    if len(initials) < 2 or not folded.startswith(initials[0]):
        return False
    letters = iter(folded)
    return all(initial in letters for initial in initials)


def _caps_place(location: str, first: str) -> bool:
    """
    `LORNBY:`, `BELMONT HARBOUR —`: a place in capitals with only a separator for
    evidence.  A kicker in capitals is longer (`DUBAI GETS GLOBAL ACCOLADES AGAIN:`),
    and an outlet holds an outlet word (`HAVANA TIMES –`).
    """
    letters = [c for c in first if c.isalpha()]
    return (
        len(letters) >= 2
        and _cased(letters)
        and len(first.split()) <= 3
        and not _outlet_words(location)
    )


def _cased(letters: list[str]) -> bool:
    """Every letter has a case: `CNN独家报道` is upper case to `str.isupper`, and no place."""
    return all(c.isupper() or c.islower() for c in letters)


def _title_place(location: str, evidence: _Evidence) -> bool:
    """
    `Roma – Slitta...`, `Washington — The`, `Bogotá.— El`, `México.- En`: a place in
    title case, one part of three words at most, before an en or em dash (a hyphen only
    after a full stop) and a sentence.  Kickers are no places (`Exclusive –`, a month,
    an outlet), nor are titles with a dash (`Lornby Harbour - a short history`).
    """
    if "," in location or (evidence.sep not in _TITLE_DASHES and not evidence.dotted):
        return False
    words = location.split()
    if len(words) > 3 or _outlet_words(location) or not _cased(list(filter(str.isalpha, location))):
        return False
    if any(word.casefold().rstrip(".") in MONTHS for word in words):
        return False
    return _sentence_follows(evidence.rest)


# A place in title case stands before these only, or before `.-`: a hyphen or a colon after
# a capitalised word is a title's or a label's (`Lornby Harbour - a history`, `Watch:`).
_TITLE_DASHES: Final = frozenset({"—", "–"})


def _sentence_follows(rest: str) -> bool:
    """A sentence, not a title's second half: opens with a capital or a quote, and runs on
    for six words or more, two in five of them in lower case."""
    words = rest.split()
    if not words or not (rest[:1].isupper() or rest[:1] in _QUOTES) or len(words) < 6:
        return False
    lower = sum(word[:1].islower() for word in words)
    return 5 * lower >= 2 * len(words)


def _outlet_words(location: str) -> bool:
    """`HAVANA TIMES`, `Lornby Courier`: a word that names an outlet, not a place."""
    return any(
        word.casefold().strip(".") in ORGANIZATION_WORDS
        for word in location.replace(",", " ").split()
    )


# Quotation marks that may open the story right after the agency: `(PTI) “It is a good day`.
_QUOTES: Final = "\"“‘«„'"


def _looks_like_agency(agency: str) -> bool:
    """A parenthesised agency with no separator after it: `NEW DELHI, Jan 12 (PTI) The...`."""
    words = agency.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


def _trim_location(location: str, *, wire: bool = False) -> str:
    """`Vesk.` -> `Vesk`, but `N.M.` and `Calif.` keep the period of their abbreviation;
    before a wire's name the full stop is the dateline's (`KUALA LUMPUR. BERNAMA`)."""
    location = location.rstrip(" ,")
    last = location.split(",")[-1].split()[-1]
    if (
        location.endswith(".")
        and "," not in location
        and (wire or " " not in location)
        and "." not in last[:-1]
    ):
        return location[:-1]
    return location


# `(NPA) -- Officials said...`, `ANTARA - Officials...`, `AKIPRESS.COM - The...`,
# `ArmInfo. Armenian...`: an agency's credit opening the body, with no place.
_AGENCY_OPENING: Final = lazy_compile(
    rf"""
    \A
    (?:
        \( (?P<agency> \p{{Lu}} [\p{{L}}\p{{N}}.\- ]{{0,30}}+ ) \)     # `(NPA)`
        [ ]*+ (?: — | – | -- | - | _ | : ) [ ]++ (?=\S)            # `--`, then the body
      | (?:
            (?P<wire> {_KNOWN_AGENCY} | {_DOMAIN} )                # `ANTARA`, `AKIPRESS.COM`
            [ ]*+ (?: — | – | -- | - | _ )
          | (?P<named> (?i: \L<agencies> ) ) \.                   # `ArmInfo.`: listed only
          | (?P<outlet> \p{{Lu}}{{2,20}}+ (?: [ ] \p{{Lu}}{{2,20}}+ ){{0,3}}+ )  # `HAVANA TIMES`
            [ ]*+ (?: — | – | -- | - )
        )
        # then a sentence: `Kompas.tv - 4 Agustus 2021` is the outlet's date line
        [ ]++ (?= [\p{{Lu}}"“«„‘] )
    )
    """,
    regex.VERBOSE | regex.V1,
    agencies=tuple(AGENCY_NAMES),
    dateline_agencies=DATELINE_ONLY_AGENCIES,
    domain_endings=DOMAIN_ENDINGS,
)


def match_agency_opening(value: str, timeout: float) -> tuple[int, str] | None:
    """Where the body starts after an agency's credit opening it (`(AGENCY) --`, a listed
    agency or a domain before a dash, a listed agency and a full stop, an outlet's name in
    capitals before a dash), and the agency; or ``None``."""
    match = _AGENCY_OPENING.match(value, timeout=timeout)
    if match is None:
        return None
    outlet = match["outlet"]
    if outlet is not None and not _outlet_credit(outlet):
        return None
    agency = match["agency"] or match["wire"] or match["named"] or outlet
    return match.end(), agency.strip()


def _outlet_credit(name: str) -> bool:
    """`HAVANA TIMES`: capitals holding a word of the press, and no label (`BREAKING NEWS`,
    `WORLD NEWS`); `LORNBY —` is a dateline, `UN SECURITY COUNCIL —` a kicker."""
    words = name.casefold().split()
    if words[0] in LABEL_OPENERS or " ".join(words) in SECTION_LABELS:
        return False
    return any(word in OUTLET_WORDS for word in words)
