"""
Dates written the ways FORMATS.md section D lists, in the nine languages it names.

Each form is a function of a `datetime.datetime` (the time of day is part of some forms), kept in
the ordered registry :data:`FORMS`.  Every form here states its year and settles its own day/month
order: numeric forms are either year-first, dotted (day-first by the convention of every language
that writes dots), or slashed with a day above 12.  The ambiguous `03/04/2021` is built apart, by
:func:`ambiguous_numeric`, because only its context can settle it.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from typing import Final, TypeAlias

from tests.layouts.lexicon import AP_MONTHS, DATE_LABELS, LANGS, MONTHS, WEEKDAYS

#: A date form: a moment (the time of day is part of some forms) written as text.
DateForm: TypeAlias = Callable[[datetime.datetime], str]

#: The publication and update labels of each language (re-exported for the renderers).
LABELS: Final = DATE_LABELS

__all__ = ["AP_MONTHS", "FORMS", "LABELS", "LANGS", "MONTHS", "WEEKDAYS"]


def _month(lang: str, when: datetime.datetime) -> str:
    return MONTHS[lang][when.month - 1]


def _hm(when: datetime.datetime) -> str:
    return f"{when.hour:02d}:{when.minute:02d}"


def native(lang: str, when: datetime.datetime) -> str:
    """The plain long date of a language (`14 mars 2022`, `14. März 2022`, `14 марта 2022 г.`)."""
    d, m, y = when.day, _month(lang, when), when.year
    return {
        "en": f"{d} {m} {y}",
        "fr": f"{'1er' if d == 1 else d} {m} {y}",
        "de": f"{d}. {m} {y}",
        "es": f"{d} de {m} de {y}",
        "pt": f"{d} de {m} de {y}",
        "it": f"{d} {m} {y}",
        "ru": f"{d} {m} {y} г.",
        "tr": f"{d} {m} {y}",
        "az": f"{d} {m} {y}",
    }[lang]


def native_rich(lang: str, when: datetime.datetime) -> str:
    """A richer form with a weekday or a time, where the language has a common one."""
    wd = WEEKDAYS.get(lang, ("",) * 7)[when.weekday()]
    d, m, y = when.day, _month(lang, when), when.year
    return {
        "en": f"{wd}, {d} {m} {y} {_hm(when)} GMT",
        "fr": f"Le {d} {m} {y} à {when.hour:02d}h{when.minute:02d}",
        "de": f"{wd}, {d}. {m} {y}, {_hm(when)} Uhr",
        "es": f"{wd}, {d} de {m} de {y}",
        "pt": f"{d} de {m} de {y}, {_hm(when)}",
        "it": f"{wd} {d} {m} {y}",
        "ru": f"{d} {m} {y}, {_hm(when)}",
        "tr": f"{d} {m} {y} {wd}",
        "az": f"{d} {m} {y}, {_hm(when)}",
    }[lang]


def _twelve_hour(when: datetime.datetime) -> str:
    hour = when.hour % 12 or 12
    return f"{hour}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"


def _short_weekday(when: datetime.datetime) -> str:
    wd, m = WEEKDAYS["en"][when.weekday()][:3], MONTHS["en"][when.month - 1][:3]
    return f"{wd} {when.day} {m} {when.year}, {_twelve_hour(when)}"


#: The English and numeric forms, by name; each states its year and settles day/month order.
FORMS: Final[dict[str, DateForm]] = {
    "iso": lambda w: w.date().isoformat(),
    "iso-time": lambda w: f"{w.date().isoformat()} {_hm(w)}",
    "iso-zone": lambda w: f"{w.date().isoformat()}T{_hm(w)}:00+03:00",
    "mdy": lambda w: f"{MONTHS['en'][w.month - 1]} {w.day}, {w.year}",
    "dmy": lambda w: f"{w.day} {MONTHS['en'][w.month - 1]} {w.year}",
    "ap": lambda w: f"{AP_MONTHS[w.month - 1]} {w.day}, {w.year}",
    "weekday-time": lambda w: native_rich("en", w),
    "short-weekday": _short_weekday,
    "slash-ymd": lambda w: f"{w.year}/{w.month:02d}/{w.day:02d}",
    "slash-ymd-zone": lambda w: f"{w.year}/{w.month:02d}/{w.day:02d} {_hm(w)} IST",
    "dotted": lambda w: f"{w.day:02d}.{w.month:02d}.{w.year}",
    "dotted-short": lambda w: f"{w.day:02d}.{w.month:02d}.{w.year % 100:02d}",
    "mdy-time": lambda w: f"{MONTHS['en'][w.month - 1]} {w.day}, {w.year} {_twelve_hour(w)} EDT",
}

#: Forms whose day/month order needs the day above 12 to be settled (`14/03/2022`).
DAY_FIRST_SLASH: Final = "slash-dmy"


def when(rng: random.Random, day: datetime.date) -> datetime.datetime:
    """The date at a drawn time of day (office hours, so that no zone can move the date)."""
    return datetime.datetime.combine(day, datetime.time(rng.randint(7, 19), rng.randrange(60)))


def any_form(rng: random.Random, moment: datetime.datetime) -> str:
    """A date in any settled form: English, numeric, or the long form of one of nine languages."""
    roll = rng.random()
    if roll < 0.5:
        return FORMS[rng.choice(sorted(FORMS))](moment)
    lang = rng.choice(LANGS)
    return native_rich(lang, moment) if roll < 0.75 else native(lang, moment)


def slashed_day_first(moment: datetime.datetime) -> str:
    """`14/03/2022`: settled only when the day is above 12 (callers check)."""
    return f"{moment.day:02d}/{moment.month:02d}/{moment.year}"


def ambiguous_numeric(day: datetime.date, *, day_first: bool) -> str:
    """`03/04/2021` with both numbers at most 12, written day-first or month-first."""
    a, b = (day.day, day.month) if day_first else (day.month, day.day)
    return f"{a:02d}/{b:02d}/{day.year}"


def yearless(rng: random.Random, day: datetime.date) -> str:
    """A dateline date without a year, in the wire styles (`Jan 12`, `Jan. 12`, `12 January`)."""
    month = MONTHS["en"][day.month - 1]
    return rng.choice(
        (
            f"{month[:3]} {day.day}",
            f"{AP_MONTHS[day.month - 1]} {day.day}",
            f"{month} {day.day}",
            f"{day.day} {month}",
        )
    )
