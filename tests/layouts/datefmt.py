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

DateForm: TypeAlias = Callable[[datetime.datetime], str]

LANGS: Final = ("en", "fr", "de", "es", "pt", "it", "ru", "tr", "az")

MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "en": tuple("January February March April May June July August September October November "
                "December".split()),
    "fr": tuple("janvier février mars avril mai juin juillet août septembre octobre novembre "
                "décembre".split()),
    "de": tuple("Januar Februar März April Mai Juni Juli August September Oktober November "
                "Dezember".split()),
    "es": tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
                "diciembre".split()),
    "pt": tuple("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
                "dezembro".split()),
    "it": tuple("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
                "novembre dicembre".split()),
    "ru": tuple("января февраля марта апреля мая июня июля августа сентября октября ноября "
                "декабря".split()),
    "tr": tuple("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım "
                "Aralık".split()),
    "az": tuple("yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr "
                "dekabr".split()),
}  # fmt: skip

WEEKDAYS: Final[dict[str, tuple[str, ...]]] = {
    "en": tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()),
    "fr": tuple("lundi mardi mercredi jeudi vendredi samedi dimanche".split()),
    "de": tuple("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()),
    "es": tuple("lunes martes miércoles jueves viernes sábado domingo".split()),
    "it": tuple("lunedì martedì mercoledì giovedì venerdì sabato domenica".split()),
    "tr": tuple("Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split()),
}  # fmt: skip

# AP style abbreviates only the long month names (`Jan. 12`, `Sept. 3`, but `May 4`).
AP_MONTHS: Final = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip

# Publication and update labels per language (the labels of FORMATS.md section E and their
# counterparts in the other languages of section D).
LABELS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "en": (("Published:", "Updated:"), ("Posted on", "Last updated:"), ("Date:", "Updated")),
    "fr": (("Publié le", "Mis à jour le"),),
    "de": (("Veröffentlicht am", "Aktualisiert am"), ("Veröffentlicht am", "Stand:")),
    "es": (("Publicado el", "Actualizado el"),),
    "pt": (("Publicado em", "Atualizado em"),),
    "it": (("Pubblicato il", "Aggiornato il"),),
    "ru": (("Опубликовано:", "Обновлено:"),),
    "tr": (("Yayınlanma tarihi:", "Güncelleme tarihi:"),),
    "az": (("Dərc olunub:", "Yenilənib:"),),
}


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
