"""
Month names by language, case-folded, mapped to the month number.

Abbreviations are listed without their period; the patterns allow one.
Russian months are given in the genitive (``12 января``), the form dates use.
A ``-`` marks a month a language has no safe abbreviation for: Portuguese and
Italian ``set`` and Portuguese ``out`` are English words that follow numbers
(``3 out of 4``, ``a 12 set``), so they are left out, and so is Indonesian
``des``, a French word after numbers (``3 des 5 candidats``).
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
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    "ms": "januari februari mac april mei jun julai ogos september oktober november disember",
    "sw": "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
    # Kyrgyz and Kazakh print the Russian nominative (`23-октябрь`), or their own names.
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    # Wire and web abbreviations: `12 janv. (AFP)`, `12. Okt. 2021`, `12 ene (EFE)`,
    # `12 GEN (ANSA)`, `12 янв. 2021`, `12 Eki 2021`.
    "fr-abbr": "janv févr mars avr mai juin juil août sept oct nov déc",
    "fr-abbr2": "jan fév mar - - - juill aou - - - dec",
    "de-abbr": "jan feb mär apr mai jun jul aug sep okt nov dez",
    "es-abbr": "ene feb mar abr may jun jul ago sep oct nov dic",
    "es-abbr2": "- - - - - - - - sept - - -",
    "pt-abbr": "jan fev mar abr mai jun jul ago - - nov dez",
    "it-abbr": "gen feb mar apr mag giu lug ago - ott nov dic",
    "ru-abbr": "янв фев мар апр - июн июл авг сен окт ноя дек",
    "ru-abbr2": "- февр - - - - - - сент - нояб -",
    "tr-abbr": "oca şub mar nis may haz tem ağu eyl eki kas ara",
    # `3 Agt 2021`, `3 Okt 2021`; `des` (French `3 des 5`) and `ags` are left out.
    "id-abbr": "jan feb mar apr mei jun jul agt sep okt nov -",
    "id-abbr2": "- - - - - - - agu - - - -",
}


# Crawled text often drops Turkish letters (`Mayis`, `Subat`), and capitals lose
# the dotless i when case-folded (`MAYIS` -> `mayis`): both spellings are listed.
_FOLDED: Final = str.maketrans("ışğçöüə", "isgcoue")


def _build() -> dict[str, int]:
    months: dict[str, int] = {}
    for names in _BY_LANGUAGE.values():
        for number, name in enumerate(names.split(), start=1):
            if name == "-":
                continue
            months.setdefault(name, number)
            months.setdefault(name.translate(_FOLDED), number)
            # `NİSAN`.casefold() is `ni̇san`: the dotted capital keeps its dot as U+0307.
            months.setdefault(name.replace("i", "i\u0307"), number)
    return months


MONTHS: Final[dict[str, int]] = _build()
"""Every month name and abbreviation (case-folded) -> month number 1..12."""

CAPITALS_ONLY_MONTHS: Final[dict[str, int]] = {"SET": 9, "OUT": 10}
"""Italian `SET` and Portuguese `OUT` as wire datelines write them, in capitals
(`BRUXELLES, 20 SET –`): in capitals after a day they are months, where in lower
case they are English words (see above)."""
