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
    senin selasa rabu kamis jumat jum'at sabtu minggu ahad
    isnin khamis jumaat
    jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili
    дүйшөмбү шейшемби шаршемби бейшемби жума ишемби жекшемби
    дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі
    dushanba seshanba chorshanba payshanba juma shanba yakshanba
    """.split()
)
"""Weekday names (case-folded), single words: each may open a date or stand beside one."""

# Weekdays of more than one word: Vietnamese `Thứ Hai, 04/06/2018`, `Chủ Nhật`.
WEEKDAY_PHRASES: Final[tuple[str, ...]] = (
    "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật",
    "thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7",
)  # fmt: skip

# Abbreviations that are a weekday only right before a date (`So, 21.03.2021`, `lun. 3
# mai`, `Sen, 3 Mei`): alone they are words (`so`, `do`, `di`, `sex`), so they never
# count as a weekday beside a date.  `mar` (a month too) is left out.
WEEKDAY_ABBREVIATIONS: Final[tuple[str, ...]] = (
    "mo", "di", "mi", "do", "fr", "sa", "so",
    "lun", "mer", "jeu", "ven", "sam", "dim",
    "mié", "mie", "jue", "vie", "sáb", "dom",
    "seg", "ter", "qua", "qui", "sex",
    "sen", "sel", "rab", "kam", "jum", "sab", "min",
    "пн", "вт", "ср", "чт", "пт", "сб", "вс",
    "pzt", "sal", "çar", "per", "cum", "cmt", "paz",
)  # fmt: skip

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
    # Indonesia's three zones, East, West and Central Africa, South Africa, Bangladesh,
    # Kyrgyzstan and Kazakhstan, Uzbekistan, Sri Lanka, Myanmar, Iran, Fiji.
    "wita": 480, "wit": 540, "eat": 180, "wat": 60, "cat": 120, "sast": 120, "bdt": 360,
    "kgt": 360, "almt": 360, "uzt": 300, "slst": 330, "mmt": 390, "irst": 210, "fjt": 720,
    "myt": 480, "aft": 270, "get": 240, "amt": 240,
}  # fmt: skip

# Words that name a time zone without fixing its offset (`6:00 a.m. ET`, `Eastern Daylight
# Time`): a date line may carry them; they give the time no offset.
ZONE_WORDS: Final[frozenset[str]] = frozenset(
    """
    et pt ct mt eastern pacific central mountain atlantic daylight standard summer winter time
    european british greenwich mean local
    убактысы времени vaqti saati uakyty
    """.split()
)

# Words between a date and its time: `12 janvier 2021 à 14h05`, `12 de enero a las 14:05`,
# `12.01.2021 um 14:05`, `12 января в 14:05`, `12 Ocak 2021 saat 14:05`.
TIME_CONNECTORS: Final[tuple[str, ...]] = (
    "at", "à", "a las", "a la", "às", "as", "alle", "ore", "um", "в", "saat",
)  # fmt: skip

# Words after a time: `14:05 Uhr`, `14:05 h`, `14:05 hrs`, `14:05 ч.`.
TIME_WORDS: Final[tuple[str, ...]] = ("uhr", "h", "hrs", "hs", "ч.", "ч")

# Units of a page's relative age (`Updated 3 hours ago`, `5 mins ago`, `3 years ago`).
AGE_UNITS: Final[tuple[str, ...]] = (
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
    "hr", "hrs", "h", "day", "days", "d", "week", "weeks", "month", "months", "year", "years",
    "yr", "yrs",
)  # fmt: skip

# The same in the languages that write the age as a number, a unit and a word after it
# (`3 jam lalu`, `2 hari yang lalu`, `5 saat önce`, `3 часа назад`).
AGE_UNITS_ELSEWHERE: Final[tuple[str, ...]] = (
    "detik", "menit", "minit", "jam", "hari", "minggu", "bulan", "tahun",
    "saniye", "dakika", "dk", "saat", "gün", "hafta", "ay", "yıl",
    "секунд", "секунды", "минут", "минуты", "минуту", "час", "часа", "часов", "день",
    "дня", "дней", "неделю", "недели", "месяц", "месяца", "месяцев", "год", "года", "лет",
)  # fmt: skip
AGO_WORDS: Final[tuple[str, ...]] = ("ago", "lalu", "yang lalu", "önce", "назад")

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
    "publish date", "published date", "date published", "publishing date", "publish on",
    "publish", "release date", "date posted", "posted date", "post date", "posted at",
    "created", "created on", "created at", "date created", "first posted", "first published on",
    "published date and time", "créé le", "publié à", "дата создания", "создано",
    "tarih", "eklenme tarihi", "oluşturulma tarihi", "diterbitkan", "dipublikasikan",
    "terbit", "ngày đăng", "đăng ngày", "imechapishwa", "iliyochapishwa",
    # A press release's embargo: the release is published when it ends.
    "embargoed until", "embargoed till", "under embargo until", "embargo", "sperrfrist",
)  # fmt: skip
UPDATED_LABELS: Final[tuple[str, ...]] = (
    "updated", "updated on", "last updated", "last updated on", "modified", "last modified",
    "mis à jour", "mis à jour le", "aktualisiert", "aktualisiert am", "actualizado",
    "actualizado el", "atualizado", "atualizado em", "aggiornato", "aggiornato il",
    "обновлено", "güncellenme", "güncelleme", "son güncelleme", "yenilənib", "stand",
    "update", "updated at", "ultimo aggiornamento", "última actualización", "última atualização",
    "dernière mise à jour", "zuletzt aktualisiert", "actualisé", "actualisé le",
    "güncelleme tarihi", "son güncelleme tarihi", "yenilənmə tarixi", "дата обновления",
    "last update", "last updated at", "last edited", "edited", "revised", "date modified",
    "modified on", "modifié le", "mis à jour à", "изменено", "дата изменения",
    "diperbarui", "dikemaskini", "cập nhật", "ngày cập nhật",
)  # fmt: skip

# The English labels; every other label is in a language that writes numeric
# dates day first, so a `Publié le 03/04/2021` is 3 April whatever the agency.
ENGLISH_LABELS: Final[frozenset[str]] = frozenset(
    {
        "published", "published on", "posted", "posted on", "first published", "date",
        "publication date", "released", "updated", "updated on", "last updated",
        "last updated on", "modified", "last modified",
        "publish date", "published date", "date published", "publishing date", "publish on",
        "publish", "release date", "date posted", "posted date", "post date", "posted at",
        "created", "created on", "created at", "date created", "first posted",
        "first published on", "published date and time", "last update", "last updated at",
        "last edited", "edited", "revised", "date modified", "modified on",
        "embargoed until", "embargoed till", "under embargo until", "embargo",
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

# Words a date line may hold beside its date besides weekdays, zones and labels:
# Vietnamese `Ngày 04/06/2018` (`day`), Indonesian `Tanggal`.
DAY_WORDS: Final[tuple[str, ...]] = ("ngày", "tanggal", "tgl")

# A share bar's words that a page prints on its date line (`SHARE: READ: 2041 15:05 ...`).
PAGE_WORDS: Final[tuple[str, ...]] = ("share", "print")

# What a page counts beside its date (`READ: 2041`, `Views - 281`, `281 views`, `Vol 25`):
# the counter's word, before or after its number.
COUNTER_WORDS: Final[tuple[str, ...]] = (
    "read", "reads", "views", "view", "viewed", "hits", "visits", "comments", "comment",
    "likes", "shares", "lượt xem", "okunma", "görüntülenme", "просмотров", "просмотры",
    "просмотра", "просмотр", "dilihat", "dibaca", "kali dibaca", "baca", "mara", "vol",
    "volume", "no", "number", "issue", "id", "news id",
)  # fmt: skip

# Months of the Hijri calendar, case-folded, as news pages transliterate them: a
# page may print its Hijri date beside the Gregorian one (`16 Dhul-Hijjah 1441`).
HIJRI_MONTHS: Final[tuple[str, ...]] = (
    "muharram", "muharrem", "safar", "rabi al-awwal", "rabi' al-awwal", "rabiul awal",
    "rabi ul awal", "rabi al-thani", "rabi' al-thani", "rabi al-akhir", "rabiul akhir",
    "jumada al-awwal", "jumada al-ula", "jumadil awal", "jumada al-thani",
    "jumada al-akhirah", "jumadil akhir", "rajab", "recep", "sha'ban", "shaban", "syaban",
    "ramadan", "ramadhan", "ramazan", "shawwal", "syawal", "dhul-qadah", "dhul-qa'dah",
    "dhu al-qadah", "dhul-qaada", "dhul qadah", "zulkaedah", "dhul-hijja", "dhul-hijjah",
    "dhu al-hijjah", "dhul hijjah", "zulhijjah", "dzulhijjah",
)  # fmt: skip
