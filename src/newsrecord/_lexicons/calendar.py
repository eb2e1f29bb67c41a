"""
Weekday names, time-zone abbreviations and date labels, by language.

Weekdays only need recognising (a date may open with one); zones map to their
offset from UTC in minutes.  Ambiguous abbreviations (`IST` is India here,
`CST` is US Central) take the reading most common in English-language news.
"""

from __future__ import annotations

from typing import Final

WEEKDAYS: Final[frozenset[str]] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun
    lundi mardi mercredi jeudi vendredi samedi dimanche
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
    lunedì martedì mercoledì giovedì venerdì sabato
    понедельник вторник среда четверг пятница суббота воскресенье
    pazartesi salı çarşamba perşembe cuma cumartesi pazar
    bazar ertəsi çərşənbə axşamı çərşənbə cümə axşamı cümə şənbə bazar
    """.split()
)

# Weekday names that are also words of places (`SANTO DOMINGO`, `COX'S BAZAR`, `Pazar`),
# and abbreviations that are (`SUN VALLEY`): a dateline's place may hold them.
WEEKDAYS_IN_PLACE_NAMES: Final[frozenset[str]] = frozenset(
    "domingo bazar pazar sabato cuma salı mon tue tues wed thu thur thurs fri sat sun".split()
)

# Offsets from UTC in minutes.
ZONES: Final[dict[str, int]] = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "ist": 330, "cet": 60, "cest": 120,
    "met": 60, "mest": 120, "eet": 120, "eest": 180, "msk": 180, "trt": 180, "azt": 240,
    "gst": 240, "pkt": 300, "npt": 345, "ict": 420, "wib": 420, "hkt": 480, "sgt": 480,
    "awst": 480, "pht": 480, "jst": 540, "kst": 540, "aest": 600, "aedt": 660, "nzst": 720,
    "nzdt": 780, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
    "mdt": -360, "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
    "ast": -240, "adt": -180, "nst": -210, "ndt": -150, "mez": 60, "mesz": 120,
}  # fmt: skip

# Words that name a time zone without fixing its offset (`6:00 a.m. ET`, `Eastern Daylight
# Time`): a date line may carry them; they give the time no offset.
ZONE_WORDS: Final[frozenset[str]] = frozenset(
    """
    et pt ct mt eastern pacific central mountain atlantic daylight standard summer winter time
    european british greenwich mean local
    """.split()
)

# Words between a date and its time: `12 janvier 2021 à 14h05`, `12 de enero a las 14:05`,
# `12.01.2021 um 14:05`, `12 января в 14:05`, `12 Ocak 2021 saat 14:05`.
TIME_CONNECTORS: Final[tuple[str, ...]] = (
    "at", "à", "a las", "a la", "às", "as", "alle", "ore", "um", "в", "saat",
)  # fmt: skip

# Words after a time: `14:05 Uhr`, `14:05 h`, `14:05 hrs`, `14:05 ч.`.
TIME_WORDS: Final[tuple[str, ...]] = ("uhr", "h", "hrs", "hs", "ч.", "ч")

# Units of a page's relative age (`Updated 3 hours ago`, `5 mins ago`).
AGE_UNITS: Final[tuple[str, ...]] = (
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
    "hr", "hrs", "h", "day", "days", "d", "week", "weeks",
)  # fmt: skip

# Words after a year: `12 января 2021 года`, `12.01.2021 г.`, `12 yanvar 2021-ci il`.
YEAR_WORDS: Final[tuple[str, ...]] = (
    "года", "год", "г.", "г", "-ci il", "-cı il", "-cu il", "-cü il",
)  # fmt: skip

# Labels that say what a date is.  `published` dates the text; `updated` only
# when nothing else does.
PUBLISHED_LABELS: Final[tuple[str, ...]] = (
    "published", "published on", "posted", "posted on", "first published", "date",
    "publication date", "released", "publié", "publié le", "veröffentlicht", "veröffentlicht am",
    "publicado", "publicado el", "publicado em", "pubblicato", "pubblicato il", "опубликовано",
    "дата публикации", "yayınlanma", "yayınlanma tarihi", "yayımlanma", "dərc olunub",
    "tarix", "dərc edilib", "dərc olunub", "yayımlanıb", "published at", "publicado en",
    "erschienen", "erschienen am", "erstellt", "erstellt am", "data", "fecha", "datum", "дата",
    "data de publicação", "fecha de publicación", "data di pubblicazione", "yayın tarihi",
    "haber tarihi", "dərc tarixi",
)  # fmt: skip
UPDATED_LABELS: Final[tuple[str, ...]] = (
    "updated", "updated on", "last updated", "last updated on", "modified", "last modified",
    "mis à jour", "mis à jour le", "aktualisiert", "aktualisiert am", "actualizado",
    "actualizado el", "atualizado", "atualizado em", "aggiornato", "aggiornato il",
    "обновлено", "güncellenme", "güncelleme", "son güncelleme", "yenilənib", "stand",
    "update", "updated at", "ultimo aggiornamento", "última actualización", "última atualização",
    "dernière mise à jour", "zuletzt aktualisiert", "actualisé", "actualisé le",
    "güncelleme tarihi", "son güncelleme tarihi", "yenilənmə tarixi", "дата обновления",
)  # fmt: skip

# The English labels; every other label is in a language that writes numeric
# dates day first, so a `Publié le 03/04/2021` is 3 April whatever the agency.
ENGLISH_LABELS: Final[frozenset[str]] = frozenset(
    {
        "published", "published on", "posted", "posted on", "first published", "date",
        "publication date", "released", "updated", "updated on", "last updated",
        "last updated on", "modified", "last modified",
    }
)  # fmt: skip
DAY_FIRST_LABELS: Final[frozenset[str]] = (
    frozenset(PUBLISHED_LABELS + UPDATED_LABELS) - ENGLISH_LABELS
)

# Agencies and outlets (case-folded) whose house style writes numeric dates month first.
MONTH_FIRST_AGENCIES: Final[frozenset[str]] = frozenset(
    {
        "ap", "associated press", "the associated press", "upi", "united press international",
        "bloomberg", "cnn", "nbc news", "cbs news", "abc news", "fox news", "npr",
        "the new york times", "new york times", "the washington post", "washington post",
        "usa today", "the wall street journal", "wall street journal", "los angeles times",
    }
)  # fmt: skip
