"""
Month names by language, case-folded, mapped to the month number.

Abbreviations are listed without their period; the patterns allow one.
Russian months are given in the genitive (``12 января``), the form dates use.
"""

from __future__ import annotations

from typing import Final

_BY_LANGUAGE: Final[dict[str, str]] = {
    "en": "january february march april may june july august september october november december",
    "en-abbr": "jan feb mar apr may jun jul aug sep oct nov dec",
    "en-abbr2": "jan feb mar apr may june july aug sept oct nov dec",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ru-nom": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
}


# Crawled text often drops Turkish letters (`Mayis`, `Subat`), and capitals lose
# the dotless i when case-folded (`MAYIS` -> `mayis`): both spellings are listed.
_FOLDED: Final = str.maketrans("ışğçöüə", "isgcoue")


def _build() -> dict[str, int]:
    months: dict[str, int] = {}
    for names in _BY_LANGUAGE.values():
        for number, name in enumerate(names.split(), start=1):
            months.setdefault(name, number)
            months.setdefault(name.translate(_FOLDED), number)
            # `NİSAN`.casefold() is `ni̇san`: the dotted capital keeps its dot as U+0307.
            months.setdefault(name.replace("i", "i\u0307"), number)
    return months


MONTHS: Final[dict[str, int]] = _build()
"""Every month name and abbreviation (case-folded) -> month number 1..12."""
