"""
Dates as news text writes them, and the year of a date that gives none.

A shared service of the header, dateline, byline and pipeline steps.  Grammar
of what :func:`find_dates` recognises (month and weekday names in the
languages of ``_lexicons.months`` and ``_lexicons.calendar``)::

    date     = [WEEKDAY [","] SP] (ISO | YMD | NAMED | NUMERIC) [[","] SP [LINK SP] TIME]
    ISO      = YYYY "-" MM "-" DD ["T" | SP] [TIME]          2021-01-12T14:05:00+03:00
    YMD      = YYYY ("/" | ".") MM ("/" | ".") DD            2021/01/12
    NAMED    = DAY ["."|"st"|"nd"|"rd"|"th"] SP ["de" SP] MONTH ["."] [SP ["de"] SP YEAR]
             | MONTH ["."] [SP] DAY [ORDINAL] [[","] SP YEAR]  12 January 2021, Jan. 12, 2021
    NUMERIC  = DD ("." | "/" | "-") MM ("." | "/" | "-") (YYYY | YY) [YEAR_WORD]  12.01.2021 г.
    YEAR     = YYYY [SP? YEAR_WORD]                          2021 года, 2021-ci il
    LINK     = "at" | "à" | "a las" | "às" | "alle" | "um" | "в" | "saat" | "-" | "/" | "|" | "•"
    TIME     = HH (":" | "h") MM [":" SS] [SP? ("AM"|"PM"|"a.m."|"p.m.")] [SP? "Uhr"] [SP? ZONE]
    ZONE     = "Z" | ("+"|"-") HH [":"] MM | ("GMT"|"UTC") [("+"|"-") H[H][":" MM]] | abbreviation
    labelled = LABEL [":"] SP ["on" SP] (date | TIME [","] SP date)

SP is any Unicode space (crawled pages carry non-breaking ones); words and
month names come from ``_lexicons``, abbreviations included (`janv.`, `Okt.`,
`DIC`, `янв.`).  A numeric date after a label in a day-first language
(`Publié le 03/04/2021`) is read day first and is not ambiguous.

A NUMERIC date whose two first fields are both 12 or less is *ambiguous*:
it is read day first (the convention of most of the world's wire copy), and
the caller may settle it from context (see :func:`settle_order`).
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Sequence
from typing import Final, Literal, NamedTuple

import regex

from newsrecord._lazy import lazy_compile
from newsrecord._lexicons.bylines import ACCOUNT_NAMES, DATE_CONNECTORS
from newsrecord._lexicons.calendar import (
    AGE_UNITS,
    AGE_UNITS_ELSEWHERE,
    AGO_WORDS,
    COUNTER_WORDS,
    DAY_FIRST_LABELS,
    DAY_WORDS,
    HIJRI_MONTHS,
    PAGE_WORDS,
    PUBLISHED_LABELS,
    TIME_CONNECTORS,
    TIME_WORDS,
    UPDATED_LABELS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_PHRASES,
    WEEKDAYS,
    YEAR_WORDS,
    ZONE_WORDS,
    ZONES,
)
from newsrecord._lexicons.labels import SECTION_LABELS
from newsrecord._lexicons.months import CAPITALS_ONLY_MONTHS, MONTHS
from newsrecord._text import blind_fold

# `Jan 12`, `Jan. 12`, `Jan.12`, `January 12th`, `12 January`, `1 March.`; optional `, 2021`,
# `janv. 2021`, `de 2021` (Spanish, Portuguese), `2021 года` (Russian).  Spaces are any
# Unicode space: crawled datelines carry non-breaking ones (`LORNBY,\u00a0Jan.\u00a012`).
# Embed with `**DATE_LISTS`; groups: month_a/day_a (month first), day_b/month_b, year.
DATE_FRAGMENT: Final = r"""
    (?:
        (?i: (?P<month_a> \L<months> ) ) \.?+ \p{Zs}?+ (?P<day_a> \d{1,2}+ ) (?: st|nd|rd|th )?+
      | (?P<day_b> \d{1,2}+ ) (?: er | re | º | ª )?+ \.?+ \p{Zs} (?: de \p{Zs} )?+
        (?P<month_b> (?i: \L<months> ) | \L<caps_months> )    # `20 SET`: capitals only
    )
    (?! \p{L} )
    (?: \.?+ ,?+ \p{Zs} (?: (?i: del?+ ) \p{Zs} )?+ (?P<year> (?:19|20)\d\d ) (?!\d)
        (?: \p{Zs}?+ (?i: \L<year_words> ) (?! \p{L} ) )?+ )?+
"""

MONTH_NAMES: Final = tuple(MONTHS)
DATE_LISTS: Final = {
    "months": MONTH_NAMES,
    "year_words": YEAR_WORDS,
    "caps_months": tuple(CAPITALS_ONLY_MONTHS),
}
"""The named lists a pattern embedding `DATE_FRAGMENT` compiles with."""

_TIME: Final = r"""
    (?P<hour> [01]?\d | 2[0-3] )
    # `14:05`; `14.05` too, but not before a word (`12.50 pct`) other than am/pm or a zone;
    # `14h05` as French and Portuguese write it
    (?: : | \. (?= [0-5]\d (?: \p{Zs}?+ (?i: [ap]\.?m\.? | gmt | utc | bst | ce[s]?t | msk
                                        | e[sd]t | uhr | hrs )
                             | \p{Zs}?+ (?-i: \L<zones> ) (?![\p{L}\p{N}])
                             | (?! \p{Zs}?+ [\p{L}\d%] ) ) )
      | h (?= [0-5]\d (?! [\p{L}\d] ) ) )
    (?P<minute> [0-5]\d )
    (?: : (?P<second> [0-5]\d ) (?: \.\d{1,6}+ )?+ )?+
    (?: \p{Zs}?+ (?P<ampm> (?i: am | pm | a\.m\. | p\.m\. ) ) )?+
    (?: \p{Zs}?+ (?i: \L<time_words> ) (?! \p{L} ) )?+       # `14:05 Uhr`, `14:05 h`
    (?: \p{Zs}?+ (?P<zone>
          Z (?![\p{L}\p{N}])
        | [+\-] \d{2} :?+ \d{2} (?!\d)
        | (?i: gmt | utc ) (?: [+\-] \d{1,2}+ (?: :?+ \d{2} )?+ )?+ (?![\p{L}\p{N}])
        | \(? (?i: utc | gmt ) \p{Zs}?+ [+\-] \d{1,2}+ (?: :?+ \d{2} )?+ \)?  # `(UTC +04:00)`
        | (?-i: \L<zones> ) (?![\p{L}\p{N}])
    ) )?+
"""

# `2021 года`, `12.01.2021 г.`, `2021-ci il`: a word some languages put after the year.
_YEAR_WORD: Final = r"(?: \p{Zs}?+ (?i: \L<year_words> ) (?! \p{L} ) )?+"

# Between a weekday and its date, or a date's parts: a space, or a comma with or
# without spaces about it (`Jumatatu , 6th Dec , 2021`).
_GAP: Final = r"(?: \p{Zs}*+ , \p{Zs}*+ | \p{Zs}++ )"

_TIME_LISTS: Final = {
    "time_words": TIME_WORDS,
    "zones": tuple(z.upper() for z in ZONES),
}

_WEEKDAY_NAMES: Final = (*WEEKDAYS, *WEEKDAY_PHRASES)
# What a weekday's name may hold besides letters, marks, digits and spaces
# (`segunda-feira`, `jum'at`), and what may stand between a date's words before its
# first digit (`Tue., Jan. 3`).
_NAME_MARKS: Final = ".,'-"


def _name_words(name: str) -> int:
    """
    The runs of letters and marks in ``name`` (`thứ hai`: two).  Any character other
    than those, digits, spaces and `_NAME_MARKS` would let a date's first digit stand
    further off than the gate of `_DATE` looks, so it raises.
    """
    words = 0
    after_mark = True
    for char in name:
        kind = unicodedata.category(char)
        if kind[0] in "LM":
            words += after_mark
            after_mark = False
        elif kind in ("Zs", "Nd") or char in _NAME_MARKS:
            after_mark = True
        else:
            raise ValueError(f"{name!r}: the gates of `_DATE` allow no {char!r}")
    return words


def _month_words() -> int:
    """One: a month's name is letters and marks alone, as `_MONTH_AHEAD` needs."""
    for name in MONTHS:
        if any(unicodedata.category(char)[0] not in "LM" for char in name):
            raise ValueError(f"{name!r}: the gates of `_DATE` need a month of letters and marks")
    return 1


# The gates of `_DATE`.  Its weekday and month lists are sets of strings, looked up at
# every length wherever they are tried: a microsecond or more a position, where a gate
# costs a tenth of that.  Each gate holds wherever what it guards matches, so it
# changes no match: names match letters and marks only (no other character folds to a
# letter), and a date shows a digit.
#
# Before a date's first digit stand only a weekday's words, `.`, a gap, a month's
# name, `.` and a space: at most `_DATE_WORDS` runs of letters and marks, apart by
# spaces and `_NAME_MARKS`.
_DATE_WORDS: Final = max(map(_name_words, _WEEKDAY_NAMES + WEEKDAY_ABBREVIATIONS)) + _month_words()
_DATE_AHEAD: Final = rf"(?= (?: [\p{{L}}\p{{M}}]++ [\p{{Zs}}.,'\-]*+ ){{0,{_DATE_WORDS}}} \d )"
# A weekday's name starts with a letter or a mark, never a digit.
_WEEKDAY_AHEAD: Final = r"(?= [\p{L}\p{M}] )"
# A month before its day (`Jan. 12`) is followed by `.`, a space or the day's digit, none a
# letter: the month is the whole run of letters and marks there, then come those.
_MONTH_AHEAD: Final = r"(?= [\p{L}\p{M}]++ \.?+ \p{Zs}?+ \d )"

_DATE: Final = lazy_compile(
    rf"""
    # A word's start, or a date glued to a name: `Jane DoeJun 20, 2020`.
    (?: (?<![\p{{L}}\p{{N}}]) | (?<=\p{{Ll}})(?=\p{{Lu}}) )
    {_DATE_AHEAD}
    # `Tuesday, `, `So, `, `Jumatatu , `, `Thứ Hai, `: a weekday opening the date.
    (?: {_WEEKDAY_AHEAD} (?i: \L<weekdays> | \L<weekday_abbreviations> ) \.?+ {_GAP} )?+
    (?:
        (?P<iso_y> (?:19|20)\d\d ) - (?P<iso_m> 0[1-9] | 1[0-2] ) - (?P<iso_d> [0-2]\d | 3[01] )
        (?: (?: T | \p{{Zs}} ) {_TIME} )?+
      | (?P<ymd_y> (?:19|20)\d\d ) (?P<ymd_s> [/.] ) (?P<ymd_m> \d{{1,2}}+ )
        (?P=ymd_s) (?P<ymd_d> \d{{1,2}}+ )
      | (?<! \d [./\-] )             # not the tail of a version number, an address, a phone
        (?: (?P<n1> \d{{1,2}}+ ) (?P<sep> [./\-] ) (?P<n2> \d{{1,2}}+ )
            (?P=sep) (?P<n_y> (?:19|20)\d\d )
          | (?P<n1s> \d\d ) (?P<seps> [./] ) (?P<n2s> \d\d ) (?P=seps) (?P<n_ys> \d\d )
        ) (?! [./\-]?+ \d ) {_YEAR_WORD}
      | (?P<d_b> \d{{1,2}}+ ) (?: \. | st | nd | rd | th | er | re | º | ª )?+
        # `12 January`, `12 de enero`; `27, July, 2024` and `23-октябрь, 2017` only with
        # their year (`page 3, May said`, `16:21, September 03, 2021` hold no such date).
        (?: \p{{Zs}}++ (?: de \p{{Zs}}++ )?+
          | (?: \p{{Zs}}{{0,4}}+ , \p{{Zs}}{{0,4}}+ | - )
            (?= (?i: \L<months> ) \.?+ (?! \p{{L}} ) (?: \p{{Zs}}*+ , \p{{Zs}}*+ | \p{{Zs}}++ | - )
                (?:19|20)\d\d (?!\d) ) )
        (?i: (?P<m_b> \L<months> ) ) \.?+ (?! \p{{L}} )
        (?: (?: \p{{Zs}}*+ , \p{{Zs}}*+ | \p{{Zs}}++ (?: del?+ \p{{Zs}}++ )?+ | - (?=\d) )
            (?P<y_b> (?:19|20)\d\d ) (?!\d) {_YEAR_WORD} )?+
      | {_MONTH_AHEAD} (?i: (?P<m_a> \L<months> ) ) \.?+ (?! \p{{L}} ) \p{{Zs}}?+
        (?P<d_a> \d{{1,2}}+ ) (?: st | nd | rd | th )?+ (?!\d)
        (?: (?: \p{{Zs}}*+ , \p{{Zs}}*+ | \p{{Zs}}++ ) (?P<y_a> (?:19|20)\d\d ) (?!\d) )?+
    )
    # `, 14:05`, ` at 14:05`, ` à 14h05`, ` a las 14:05`, ` - 14:05`, ` / 2:05 PM`, ` | 14:05`
    (?: (?: ,?+ \p{{Zs}}++ (?: (?i: \L<connectors> ) \p{{Zs}}++ | [\-|/•·–—] \p{{Zs}}++ )?+
          | ,\p{{Zs}}*+ )
        {_TIME} )?+
    """,
    regex.VERBOSE | regex.V1,
    months=tuple(MONTHS),
    weekdays=_WEEKDAY_NAMES,
    weekday_abbreviations=WEEKDAY_ABBREVIATIONS,
    year_words=YEAR_WORDS,
    connectors=TIME_CONNECTORS,
    **_TIME_LISTS,
)

# `9:05 AM EST, Tue January 12, 2021`: a time written before its date.
_TIME_FIRST: Final = lazy_compile(
    rf"""
    {_TIME}
    ,?+ \p{{Zs}}++ (?: (?i: on ) \p{{Zs}}++ )?+ (?= [\p{{L}}\d] )
    """,
    regex.VERBOSE | regex.V1,
    **_TIME_LISTS,
)

# `13:07 JST, ` right before a date: its time.
_TIME_BEFORE: Final = lazy_compile(
    rf"""
    (?<! [\p{{N}}.:] ) {_TIME}
    [\p{{Zs}},|·•\-–—]*+ (?: (?i: on | \L<day_words> ) \p{{Zs}}++ )?+ \Z
    """,
    regex.VERBOSE | regex.V1,
    day_words=DAY_WORDS,
    **_TIME_LISTS,
)

# What shows that a line of `_BESIDE_TOKEN`s stamps the page: a time.
_STAMP_TIME: Final = lazy_compile(
    rf"(?<! [\p{{N}}.:] ) {_TIME}", regex.VERBOSE | regex.V1, **_TIME_LISTS
)
# What every `_TIME` holds: an hour's last digit, `:`, `.` or `h`, the minutes' first two.
_TIME_SHAPE: Final = regex.compile(r"\d[:.h][0-5]\d", regex.V1)
# The page's age: `3 hours ago`, `2 hari yang lalu`.
_AGE: Final = lazy_compile(
    r"\d{1,3}+ \p{Zs}*+ (?i: \L<units> ) \.?+ \p{Zs}++ (?i: \L<ago> ) (?! \p{L} )",
    regex.VERBOSE | regex.V1,
    units=AGE_UNITS + AGE_UNITS_ELSEWHERE,
    ago=AGO_WORDS,
)
# Between a timestamp and the title glued after it: `:`, `|`, a spaced dash.
_STAMP_SEPARATOR: Final = lazy_compile(
    r"(?<!\p{Zs}) (?: \p{Zs}{0,8}+ [:|] \p{Zs}{0,8}+ | \p{Zs}{1,8}+ [\-–—] \p{Zs}{1,8}+ )",
    regex.VERBOSE | regex.V1,
)

_WORD: Final = lazy_compile(r"(?<!\S)\S", regex.V1)
_DIGIT: Final = lazy_compile(r"\d", regex.V1)
# The page's age, alone or after its label: `Updated 3 hours ago`, `5 mins ago`.
_PAGE_AGE: Final = lazy_compile(
    r"""
    \A (?: \L<labels> :?+ \p{Zs}++ )?+          # `Updated`, `Posted:`
    \d{1,3}+ \p{Zs}*+ \L<units> \.?+ \p{Zs}++ ago \Z
    """,
    regex.VERBOSE | regex.V1 | regex.IGNORECASE,
    labels=PUBLISHED_LABELS + UPDATED_LABELS,
    units=AGE_UNITS,
)

_MONTH_YEAR: Final = lazy_compile(
    r"\A (?i: \L<months> ) \.?+ ,?+ \p{Zs}++ (?:19|20)\d\d \Z",
    regex.VERBOSE | regex.V1,
    months=tuple(MONTHS),
)


def _heads_ahead(names: Sequence[str]) -> str:
    """
    A lookahead for the first two letters of one of ``names``, grouped by the first: a
    cheap gate before ``names`` as a list, which is a set of strings looked up at every
    length wherever tried.  The letters match as the list's do (case-blind matching folds a
    letter of the text to the list's letter, and then matches it to the literal letter).
    """
    seconds: dict[str, set[str]] = {}
    for name in names:
        seconds.setdefault(name[0], set()).add(name[1])
    alternatives = (
        regex.escape(first) + "[" + "".join(map(regex.escape, sorted(after))) + "]"
        for first, after in sorted(seconds.items())
    )
    return "(?=" + "|".join(alternatives) + ")"


_LABEL: Final = lazy_compile(
    # `The update: January 12` names a thing: an article before the word makes it no label.
    r"(?<![\p{L}])"
    + _heads_ahead(PUBLISHED_LABELS + UPDATED_LABELS)
    + r"(?<!\b(?:the|a|an|our|this)\s)(?P<label>\L<labels>)\s*+:?+\s*+(?:on\s++)?+(?=\S)",
    regex.V1 | regex.IGNORECASE,
    labels=PUBLISHED_LABELS + UPDATED_LABELS,
)
_UPDATED: Final = frozenset(UPDATED_LABELS)
LABEL_HEADS: Final = frozenset(blind_fold(label[:2]) for label in PUBLISHED_LABELS + UPDATED_LABELS)
"""The first two letters of the date labels, folded as `_LABEL_START` matches them (a gate)."""
# A dated line opens with its label (`Published`, `Posted on`, `Опубликовано:`...).
_LABEL_START: Final = lazy_compile(
    r"\A \L<labels> \b",
    regex.VERBOSE | regex.V1 | regex.IGNORECASE,
    labels=PUBLISHED_LABELS + UPDATED_LABELS,
)


class DateMatch(NamedTuple):
    """One date found in text; offsets relative to the searched string."""

    start: int
    end: int
    year: int | None
    month: int
    day: int
    time: datetime.time | None  # with tzinfo when the text gives a zone
    order: str | None  # numeric dates: "dmy" or "mdy" as read, "?" when both fit (read dmy)

    @property
    def ambiguous(self) -> bool:
        """A numeric date whose day and month could be either way round."""
        return self.order == "?"


def month_number(name: str) -> int | None:
    """The month of a month name or abbreviation in any listed language, or of `1`..`12`."""
    if name.isdigit():
        return int(name) if 1 <= int(name) <= 12 else None
    return MONTHS.get(name.casefold().rstrip(".")) or CAPITALS_ONLY_MONTHS.get(name)


def page_age(text: str, timeout: float) -> bool:
    """Whether ``text`` is only the page's age (`Updated 3 hours ago`): it dates nothing."""
    # `• 3 years ago`: a list's bullet before it.
    age = text.strip().lstrip("•·*-–— ")
    return has_digit(text) and _PAGE_AGE.match(age, timeout=timeout) is not None


def beside_date(value: str, match: DateMatch) -> str:
    """What a line holds beside its date, punctuation trimmed: `Lornby Post` of
    `Lornby Post, 14 March 1994`; empty for a line that is only a date."""
    return (value[: match.start] + value[match.end :]).strip(" ,.;:|-–—()/")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit: every date form does, so no scan is needed without one."""
    return _DIGIT.search(text) is not None


# The last search's text, limit and dates: a line is searched several times over (as a
# date line, beside an outlet, as a dated title), each time for the same dates.  One
# tuple, replaced whole, so that no thread sees one text with another's dates.
_last_search: tuple[str, int, tuple[DateMatch, ...]] = ("", 0, ())


def find_dates(text: str, timeout: float, *, limit: int = 8) -> list[DateMatch]:
    """The first ``limit`` dates in ``text``, in order (impossible calendar dates skipped)."""
    global _last_search
    last_text, last_limit, last_found = _last_search
    if limit == last_limit and text == last_text:
        return list(last_found)
    found = _search_dates(text, timeout, limit)
    _last_search = (text, limit, tuple(found))
    return found


def _search_dates(text: str, timeout: float, limit: int) -> list[DateMatch]:
    found: list[DateMatch] = []
    if not has_digit(text):
        return found
    for match in _DATE.finditer(text, timeout=timeout):
        parsed = _read(match)
        if parsed is not None:
            found.append(parsed)
            if len(found) >= limit:
                break
    return found


def date_at_start(text: str, timeout: float) -> DateMatch | None:
    """
    The date that opens ``text``, or ``None``: what ``find_dates(text, timeout, limit=1)``
    finds when its date starts at 0, for one attempt instead of a scan (a search tries 0
    first, and an impossible date there leaves only later starts).
    """
    match = _DATE.match(text, timeout=timeout)
    return None if match is None else _read(match)


def line_dates(
    value: str,
    timeout: float,
    *,
    alone: bool = True,
    byline: bool = False,
    counter: bool = False,
) -> list[tuple[Literal["published", "updated", "alone", "byline"], DateMatch]]:
    """
    The dates a short line gives as the page's own: after a label (`Published:`,
    `Updated`), as a byline's timestamp, or alone (nothing beside the date but
    what `_BESIDE_TOKEN` allows: punctuation, a weekday, a time, a zone, the page's
    age, a counter, the Hijri date, a site account's name; with ``counter``, a
    bare number at the end).
    """
    if not has_digit(value):
        return []
    labelled = labelled_dates(value, timeout)
    found: list[tuple[Literal["published", "updated", "alone", "byline"], DateMatch]] = [
        ("updated" if kind == "updated" else "published", m) for kind, m in labelled
    ]
    if byline:
        # `Zeynep Aydın | 24.06.2021 - Update : 25.06.2021`: a date before any label is the
        # byline's own timestamp.
        first = min((m.start for _, m in labelled), default=len(value))
        stamps = find_dates(value[:first], timeout, limit=1)
        return [("byline", m) for m in stamps] + found
    if found:
        return found
    if not alone:
        return []
    dates = find_dates(value, timeout, limit=1)
    if not dates:
        return []
    if not _plain_beside(_around(value, dates[0]), timeout, counter=counter):
        return []
    return [("alone", with_time_before(value, dates[0], timeout))]


def date_stamp(value: str, timeout: float) -> bool:
    """
    `UPDATE 8:55 a.m.`, `Posted , updated`, `3 years ago`, `15:10 hrs`: a line that
    stamps the page with a time, an age or a date label whose date the page left out.
    It dates nothing, and it is never text.
    """
    labelled = opens_with_label(value, timeout)
    if not labelled and _TIME_SHAPE.search(value) is None:
        return False  # cheap gate: an unlabelled stamp holds a time (see the last line)
    if not _tokens_beside(value, len(value), timeout):
        return False
    if _AGE.search(value, timeout=timeout) is not None:
        return False  # the furniture rule `page-age` knows the page's age (and a teaser by it)
    # Digits there are a time's or a counter's: a counter alone stamps nothing.
    return labelled or _STAMP_TIME.search(value, timeout=timeout) is not None


# `Wednesday, 23 September 2020 09:30 :` holds a digit within its first forty characters.
_STAMP_DIGITS_WITHIN: Final = 40


def stamp_before(raw: str, timeout: float) -> tuple[DateMatch, int] | None:
    """
    `23.04.2020 03:09 : Bridge reopens`: a date with its year opening ``raw``, then a
    colon, a bar or a spaced dash, then more; the date, and where the rest starts.
    """
    if not has_digit(raw[:_STAMP_DIGITS_WITHIN]):
        return None  # a date that opens the line shows a digit early (cheap gate)
    found = date_at_start(raw[:120], timeout)
    if found is None or found.year is None:
        return None
    sep = _STAMP_SEPARATOR.match(raw, found.end, timeout=timeout)
    if sep is None or sep.end() >= len(raw):
        return None
    return found, sep.end()


def date_tail(value: str, timeout: float) -> tuple[int, DateMatch] | None:
    """
    `Jane Doe 6 hours ago Mon 2nd November 2020 | 05:50 PM`: where a date line that
    ends ``value`` starts (after what stands before it, a name here), and its date.
    """
    found = find_dates(value, timeout, limit=1)
    if not found or found[0].year is None or found[0].start == 0:
        return None
    match = found[0]
    if not _tokens_beside(value[match.end :], len(value) - match.end, timeout):
        return None
    for word in _WORD.finditer(value, 0, match.start, timeout=timeout):
        if word.start() and _tokens_beside(
            value[: match.start], match.start, timeout, word.start()
        ):
            return word.start(), with_time_before(value, match, timeout)
    return match.start, match


def _around(value: str, match: DateMatch) -> str:
    """What stands about a date on its line, the two sides kept apart by a space."""
    return f"{value[: match.start]} {value[match.end :]}"


def with_time_before(value: str, match: DateMatch, timeout: float) -> DateMatch:
    """`13:07 JST, January 12, 2022`: a date line's time printed before its date."""
    if match.time is not None:
        return match
    lead = _TIME_BEFORE.search(value, 0, match.start, timeout=timeout)
    if lead is None:
        return match
    return match._replace(start=lead.start(), time=_time(lead))


def _plain_beside(rest: str, timeout: float, *, counter: bool = False) -> bool:
    """
    Whether ``rest``, what a line holds beside its date, is only what a date line
    holds (see `_BESIDE_TOKEN`); with ``counter``, a bare number may end it
    (`2020-06-01 66`: a page's count of views or comments).
    """
    if _tokens_beside(rest, len(rest), timeout):
        return True
    bare = _BARE_COUNT.search(rest, timeout=timeout) if counter else None
    return bare is not None and _tokens_beside(rest, bare.start(), timeout)


def _tokens_beside(rest: str, end: int, timeout: float, pos: int = 0) -> bool:
    """Whether ``rest[pos:end]`` is all `_BESIDE_TOKEN`s."""
    while pos < end:
        token = _BESIDE_TOKEN.match(rest, pos, end, timeout=timeout)
        if token is None:
            return False
        pos = token.end()
    return True


_BESIDE_WORDS: Final = (
    *WEEKDAYS, *WEEKDAY_PHRASES, *TIME_CONNECTORS, *DATE_CONNECTORS, *ZONE_WORDS, *DAY_WORDS,
    *PUBLISHED_LABELS, *UPDATED_LABELS, *ACCOUNT_NAMES, *PAGE_WORDS,
    # `Politics 18 January 2022 15:01`: the section the page is filed under
    *SECTION_LABELS,
)  # fmt: skip

# One thing a date line may hold beside its date, matched token by token from the
# date's neighbours: the line `Sumaira FH 6 hours ago Mon 02nd November 2020` is no
# date line (a name stands there), `13:07 JST, January 12, 2022` is.
_BESIDE_TOKEN: Final = lazy_compile(
    rf"""
      [\p{{Zs}}\p{{P}}\p{{S}}]++                           # spaces, punctuation, bullets, icons
    | (?i: \L<words> ) (?! [\p{{L}}\p{{N}}\p{{M}}] )        # weekdays, zones, labels, `admin`
    | (?<! \p{{N}} ) {_TIME} (?! \p{{N}} )                 # a time before the date, or after it
    | \d{{1,3}}+ \p{{Zs}}*+ (?i: \L<units> ) \.?+ \p{{Zs}}++ (?i: \L<ago> ) (?! \p{{L}} )  # age
    | (?i: \L<counters> ) \p{{Zs}}*+ [:\-–]?+ \p{{Zs}}*+ \d [\d,.]{{0,9}}+ (?! \p{{N}} )
    | \d [\d,.]{{0,9}}+ \p{{Zs}}*+ (?i: \L<counters> ) (?! \p{{L}} )    # `281 views`
    # `16 Dhul-Hijjah 1441 AH`: the Hijri date beside the Gregorian one
    | \d{{1,2}}+ \p{{Zs}}++ (?i: \L<hijri> ) [\p{{Zs}},\-–]{{0,5}}+ 1[34]\d\d (?! \p{{N}} )
      (?: \p{{Zs}}?+ (?i: ah | h | hijri ) \.?+ (?! \p{{L}} ) )?+
    # `Moscow time`, `Бишкек убактысы`: a city's name before the word for time
    | \p{{Lu}} \p{{L}}{{1,24}}+ \p{{Zs}}++ (?= (?i: \L<zone_words> ) (?! \p{{L}} ) )
    """,
    regex.VERBOSE | regex.V1,
    words=_BESIDE_WORDS,
    units=AGE_UNITS + AGE_UNITS_ELSEWHERE,
    ago=AGO_WORDS,
    counters=COUNTER_WORDS,
    hijri=HIJRI_MONTHS,
    zone_words=tuple(ZONE_WORDS),
    **_TIME_LISTS,
)
# A page's count at the end of its date line: `2020-06-01 66`.
_BARE_COUNT: Final = lazy_compile(r"(?<![\p{N}.,:/\-])\d{1,6}+\p{Zs}*+\Z", regex.V1)


DATE_LABEL_WORDS: Final[frozenset[str]] = frozenset(
    label.split()[0] for label in PUBLISHED_LABELS + UPDATED_LABELS
)
"""The first words of the date labels, case-folded: a line holds a label only if it holds one."""

_MONTH_WORDS: Final = frozenset(name.rstrip(".") for name in MONTHS)
_NUMERIC_DATE: Final = regex.compile(r"\d[./\-]\d{1,2}+[./\-]\d", regex.V1)


def may_be_date_line(value: str, words: frozenset[str]) -> bool:
    """
    Cheap gate for a date line without a label: a few words, few of them in lower case
    (`12 de mayo de 2022`, `14 марта 2022 г.` have some), a month's name or a numeric
    date among them.  ``words`` are the line's words, case-folded, bare of punctuation.
    """
    split = value.split()
    if len(split) > _DATE_LINE_WORDS or sum(w[:1].islower() for w in split) > _LOWER_WORDS:
        return False
    if not _MONTH_WORDS.isdisjoint(words) or _NUMERIC_DATE.search(value) is not None:
        return True
    # `23-октябрь, 2017`, `12-Jan-2021`: a month between hyphens.
    parts = {part for word in words if "-" in word for part in word.split("-")}
    return not _MONTH_WORDS.isdisjoint(parts)


# A date line's words: the date, a time, a zone, a weekday, an outlet or the page's age.
_DATE_LINE_WORDS: Final = 12
# Lower-case words a date line may hold: `de`, `à`, month names in some languages, `г.`.
_LOWER_WORDS: Final = 5


def label_start(value: str, timeout: float) -> int:
    """Where the first date label of ``value`` starts, or -1."""
    match = _LABEL.search(value, timeout=timeout)
    return -1 if match is None else match.start()


def opens_with_label(value: str, timeout: float) -> bool:
    """Whether ``value`` opens with a date label (`Published`, `Posted on`, `Опубликовано:`)."""
    if blind_fold(value[:2]) not in LABEL_HEADS:
        return False  # cheap gate: the line opens with no label's first two letters
    return _LABEL_START.match(value, timeout=timeout) is not None


def month_only(value: str, timeout: float) -> bool:
    """`March 2022`, `Mart 2022`: an issue's month alone on a line, which dates no day."""
    return len(value) <= 30 and _MONTH_YEAR.match(value, timeout=timeout) is not None


def labelled_dates(text: str, timeout: float) -> list[tuple[str, DateMatch]]:
    """
    Dates after a label: (``"published"`` or ``"updated"``, date), in order.

    The date may follow its time (`Updated 9:05 AM EST, Tue January 12, 2021`).
    A numeric date after a label in a day-first language (`Publié le 03/04/2021`)
    is read day first and is not ambiguous.
    """
    out: list[tuple[str, DateMatch]] = []
    if not has_digit(text):
        return out
    for label in _LABEL.finditer(text, timeout=timeout):
        parsed = _date_at(text, label.end(), timeout)
        if parsed is None:
            continue
        folded = label["label"].casefold()
        if parsed.ambiguous and folded in DAY_FIRST_LABELS:
            parsed = parsed._replace(order="dmy")
        out.append(("updated" if folded in _UPDATED else "published", parsed))
    return out


def _date_at(text: str, pos: int, timeout: float) -> DateMatch | None:
    """The date that starts at ``pos``, or the time there and the date after it."""
    match = _DATE.match(text, pos, timeout=timeout)
    if match is not None:
        return _read(match)
    lead = _TIME_FIRST.match(text, pos, timeout=timeout)
    if lead is None:
        return None
    match = _DATE.match(text, lead.end(), timeout=timeout)
    parsed = None if match is None else _read(match)
    if parsed is None or parsed.time is not None:
        return parsed
    return parsed._replace(start=lead.start(), time=_time(lead))


def _read(match: regex.Match[str]) -> DateMatch | None:
    year, month, day, order = _fields(match)
    if month is None or day is None or not _possible(year, month, day):
        return None
    return DateMatch(match.start(), match.end(), year, month, day, _time(match), order)


def _fields(match: regex.Match[str]) -> tuple[int | None, int | None, int | None, str | None]:
    """(year, month, day, numeric order) from whichever alternative matched."""
    if match["iso_y"]:
        return int(match["iso_y"]), int(match["iso_m"]), int(match["iso_d"]), None
    if match["ymd_y"]:
        return int(match["ymd_y"]), int(match["ymd_m"]), int(match["ymd_d"]), None
    if match["n1"] or match["n1s"]:
        first = int(match["n1"] or match["n1s"])
        second = int(match["n2"] or match["n2s"])
        year = _full_year(match["n_y"] or match["n_ys"])
        if first > 12:
            return year, second, first, "dmy"
        if second > 12:
            return year, first, second, "mdy"
        dotted = (match["sep"] or match["seps"]) == "."
        # `12.01.2021`: dots are the day-first convention (German, Russian, Turkish...).
        return year, second, first, "dmy" if dotted or first == second else "?"
    if match["m_b"]:
        named_year = int(match["y_b"]) if match["y_b"] else None
        return named_year, month_number(match["m_b"]), int(match["d_b"]), None
    named_year = int(match["y_a"]) if match["y_a"] else None
    return named_year, month_number(match["m_a"]), int(match["d_a"]), None


def _full_year(digits: str) -> int:
    """A two-digit year in the window 1970..2069."""
    value = int(digits)
    if len(digits) == 4:
        return value
    return value + (1900 if value >= 70 else 2000)


def _possible(year: int | None, month: int, day: int) -> bool:
    try:
        datetime.date(2000 if year is None else year, month, day)  # 2000: 29 February exists
    except ValueError:
        return False
    return True


def _time(match: regex.Match[str]) -> datetime.time | None:
    if not match["hour"]:
        return None
    hour, minute = int(match["hour"]), int(match["minute"])
    second = int(match["second"]) if match["second"] else 0
    ampm = (match["ampm"] or "").casefold().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return datetime.time(hour, minute, second, tzinfo=_zone(match["zone"]))


def _zone(raw: str | None) -> datetime.tzinfo | None:
    """A fixed-offset zone from `Z`, `+03:00`, `GMT+4`, `(UTC+05:30)` or `EDT`."""
    if not raw:
        return None
    text = "".join(raw.strip("()").casefold().split())  # `(UTC +04:00)`
    if text in ZONES:
        return datetime.timezone(datetime.timedelta(minutes=ZONES[text]))
    text = text.removeprefix("gmt").removeprefix("utc")
    if not text:
        return datetime.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    if hours > 14 or minutes > 59:
        return None
    return datetime.timezone(sign * datetime.timedelta(hours=hours, minutes=minutes))


def settle_order(matches: Sequence[DateMatch], anchor: datetime.date | None) -> bool | None:
    """
    Whether the ambiguous numeric dates of a text are month first (``True``) or
    day first (``False``), or ``None`` when nothing tells: first the order an
    unambiguous numeric date of the same text shows, then which reading of an
    ambiguous one lies nearer ``anchor`` (the header date or ``reference_date``).
    """
    for match in matches:
        if match.order in ("dmy", "mdy"):
            return match.order == "mdy"
    if anchor is None:
        return None
    for match in matches:
        if match.ambiguous and match.year is not None:
            as_read = _distance(match.year, match.month, match.day, anchor)
            swapped = _distance(match.year, match.day, match.month, anchor)
            if as_read != swapped:
                return swapped < as_read
    return None


def _distance(year: int, month: int, day: int, anchor: datetime.date) -> int:
    try:
        return abs((datetime.date(year, month, day) - anchor).days)
    except ValueError:
        return 1 << 30


def at(match: DateMatch, year: int, *, month_first: bool = False) -> datetime.date | None:
    """The calendar date of ``match`` in ``year``, reading an ambiguous one month first if asked."""
    month, day = (
        (match.day, match.month) if month_first and match.ambiguous else (match.month, match.day)
    )
    return calendar_date(year, month, day)


def infer_year(
    month: int,
    day: int,
    *,
    anchor: datetime.date | None,
    anchor_is_publication: bool,
) -> datetime.date | None:
    """
    The date ``month``/``day`` in the year the context implies, or ``None``.

    Against a publication date (the crawl header), the year that puts the date
    nearest to it wins, so ``Dec. 31`` under a ``2023-01-02`` header is
    ``2022-12-31``.  Against a ``reference_date`` (which only says what year the
    text belongs to, e.g. 1 January of it) the reference's year is used, and only
    a December date with a January reference moves to the year before.
    """
    if anchor is None:
        return None
    years: tuple[int, ...] = (anchor.year - 1, anchor.year, anchor.year + 1)
    if not anchor_is_publication:
        wrap = month == 12 and anchor.month == 1
        years = (anchor.year - 1,) if wrap else (anchor.year,)
    candidates = [d for d in (calendar_date(y, month, day) for y in years) if d is not None]
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - anchor).days))


def calendar_date(year: int, month: int, day: int) -> datetime.date | None:
    """The date, or ``None`` when it is not on the calendar (`February 30`)."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None
