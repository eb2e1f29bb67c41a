"""
The dateline grammar: place, date and agency opening a wire story.

Every place and agency below is invented (or already used by these tests).
Cases the parser gets wrong today keep the right expectation and are marked
``xfail(strict=True)`` with what it returns instead; whoever fixes the parser
removes the mark.
"""

from __future__ import annotations

import pytest

import newsrecord
from newsrecord._recognise.datelines import match_agency_opening, match_dateline
from newsrecord._recognise.shapes import caps_title

TIMEOUT = newsrecord.DEFAULT.regex_timeout


def dl(
    value: str,
    location: str,
    agency: str | None,
    month: str | None,
    day: int | None,
    *,
    id: str,  # as in pytest.param
    bug: str | None = None,
) -> pytest.ParameterSet:
    """One table row; ``bug`` marks a dateline the parser gets wrong today (strict xfail)."""
    marks = () if bug is None else (pytest.mark.xfail(strict=True, reason=bug),)
    return pytest.param(value, location, agency, month, day, id=id, marks=marks)


DATELINES = [
    # The forms of FORMATS.md section B.
    dl("WASHINGTON (AP) — The Senate", "WASHINGTON", "AP", None, None, id="ap-em-dash"),
    dl("LONDON, Jan 12 (Reuters) - Oil", "LONDON", "Reuters", "Jan", 12, id="reuters"),
    dl("PARIS, Jan 12, 2021 (AFP) - The", "PARIS", "AFP", "Jan", 12, id="afp-year"),
    dl("MOSCOW, January 12. /TASS/. The", "MOSCOW", "TASS", "January", 12, id="tass"),
    dl("BEIJING, Jan. 12 (Xinhua) -- A", "BEIJING", "Xinhua", "Jan", 12, id="xinhua"),
    dl("NEW DELHI, Jan 12 (PTI) The state", "NEW DELHI", "PTI", "Jan", 12, id="pti-no-dash"),
    dl(
        "Baku, Azerbaijan, Jan.12 (Trend): The",
        "Baku, Azerbaijan",
        "Trend",
        "Jan",
        12,
        id="trend",
    ),
    dl("ANKARA (AA) - Turkish", "ANKARA", "AA", None, None, id="aa"),
    dl(
        "Vesk. 1 March. ESTPRESS.EV/ The",
        "Vesk",
        "ESTPRESS.EV",
        "March",
        1,
        id="tail-slash",
    ),
    dl("Drenov/21.01.22/Dovran: The", "Drenov", "Dovran", "01", 21, id="numeric-slashed"),
    dl(
        "San Teodoro (Costa Norte) [Maraluz], May 3 (KBWT): The",
        "San Teodoro (Costa Norte) [Maraluz]",
        "KBWT",
        "May",
        3,
        id="province-country",
    ),
    dl("SANTA FE, N.M. _ The", "SANTA FE, N.M.", None, None, None, id="nyt-underscore"),
    dl("KESK: The city", "KESK", None, None, None, id="caps-colon"),
    dl("BELMONT HARBOUR — The last", "BELMONT HARBOUR", None, None, None, id="caps-dash"),
    dl("WASHINGTON, Feb 26 - The", "WASHINGTON", None, "Feb", 26, id="reuters-1987"),
    dl("MARSTOW, Norland, May 6", "MARSTOW, Norland", None, "May", 6, id="alone-on-a-line"),
    # CITY (AGENCY) and CITY, Region (AGENCY), with every separator.
    dl("LORNBY (NPA) — The council", "LORNBY", "NPA", None, None, id="em-dash"),
    dl("LORNBY (NPA) – The council", "LORNBY", "NPA", None, None, id="en-dash"),
    dl("LORNBY (NPA) -- The council", "LORNBY", "NPA", None, None, id="double-hyphen"),
    dl("LORNBY (NPA) - The council", "LORNBY", "NPA", None, None, id="hyphen"),
    dl("LORNBY (NPA) _ The council", "LORNBY", "NPA", None, None, id="underscore-agency"),
    dl("LORNBY (NPA): The council", "LORNBY", "NPA", None, None, id="colon-agency"),
    dl("LORNBY (NPA) The council", "LORNBY", "NPA", None, None, id="agency-no-separator"),
    dl("LORNBY(NPA) — The council", "LORNBY", "NPA", None, None, id="agency-glued"),
    dl("Lornby (NPA) —The council", "Lornby", "NPA", None, None, id="body-glued"),
    dl("Lornby (NPA) The council", "Lornby", "NPA", None, None, id="mixed-case-no-separator"),
    dl(
        "LORNBY, Norland (Reuters) - The council",
        "LORNBY, Norland",
        "Reuters",
        None,
        None,
        id="city-region",
    ),
    dl(
        "Lornby, Norland (Reuters) - The council",
        "Lornby, Norland",
        "Reuters",
        None,
        None,
        id="city-region-mixed-case",
    ),
    dl(
        "Lornby, Vesk Province, Norland (NPA) — The",
        "Lornby, Vesk Province, Norland",
        "NPA",
        None,
        None,
        id="city-province-country",
    ),
    dl(
        "LORNBY (Lornby Courier) — The",
        "LORNBY",
        "Lornby Courier",
        None,
        None,
        id="agency-two-words",
    ),
    dl("LORNBY (Norland-Press) — The", "LORNBY", "Norland-Press", None, None, id="agency-hyphen"),
    dl("LORNBY (AP/NPA) — The", "LORNBY", "AP/NPA", None, None, id="two-agencies"),
    dl(
        "LORNBY (NPA) — The council voted — as expected",
        "LORNBY",
        "NPA",
        None,
        None,
        id="dash-later-in-body",
    ),
    # CITY, St. (STATION).
    dl(
        "AUSTIN, Texas (KXTV) — The council",
        "AUSTIN, Texas",
        "KXTV",
        None,
        None,
        id="station-state",
    ),
    dl(
        "MARLOW, Vesk. (KVSK) — The council",
        "MARLOW, Vesk.",
        "KVSK",
        None,
        None,
        id="station-abbreviated-state",
    ),
    dl("HARLOW, N.V. (WNRL) — The", "HARLOW, N.V.", "WNRL", None, None, id="station-initials"),
    dl("NEW LORNBY, N.V. (AP) — The", "NEW LORNBY, N.V.", "AP", None, None, id="two-word-city"),
    dl("ST. VESK, Nor. (AP) — The", "ST. VESK, Nor.", "AP", None, None, id="saint-abbreviation"),
    dl("McLORNBY, Vesk. (AP) — The", "McLORNBY, Vesk.", "AP", None, None, id="mc-prefix"),
    dl("O'HARLOW, Vesk. (AP) — The", "O'HARLOW, Vesk.", "AP", None, None, id="apostrophe"),
    # CITY, Month D (AGENCY), and the date forms.
    dl("LORNBY, March 3 (Reuters) - The", "LORNBY", "Reuters", "March", 3, id="month-day"),
    dl("LORNBY, Sept. 3 (NPA) - The", "LORNBY", "NPA", "Sept", 3, id="sept-period"),
    dl("LORNBY, 3 September (NPA) - The", "LORNBY", "NPA", "September", 3, id="day-month"),
    dl("LORNBY, 12 January, 2021 (NPA) — The", "LORNBY", "NPA", "January", 12, id="day-year"),
    dl("LORNBY, January 12, 2021 (AFP) - The", "LORNBY", "AFP", "January", 12, id="full-year"),
    dl("Lornby, May 3, 2021 (NPA): The", "Lornby", "NPA", "May", 3, id="mixed-year-colon"),
    dl("Lornby, January 12 (NPA) – The", "Lornby", "NPA", "January", 12, id="mixed-en-dash"),
    dl("LORNBY, Jan. 12 (Xinhua) -- The", "LORNBY", "Xinhua", "Jan", 12, id="jan-period"),
    dl("LORNBY, Jan. 12 (NPA)-- The", "LORNBY", "NPA", "Jan", 12, id="separator-glued"),
    dl("Lornby, Jan 12 (PTI) The council", "Lornby", "PTI", "Jan", 12, id="pti-mixed"),
    dl("LORNBY, Nov. 30 (Lornby Courier) — The", "LORNBY", "Lornby Courier", "Nov", 30, id="nov"),
    dl(
        "LORNBY, Norland, Jan. 12 (NPA) — The",
        "LORNBY, Norland",
        "NPA",
        "Jan",
        12,
        id="city-region-date",
    ),
    dl(
        "LORNBY, Vesk, Norland, Jan 12 (NPA) - The",
        "LORNBY, Vesk, Norland",
        "NPA",
        "Jan",
        12,
        id="three-places-date",
    ),
    dl("Lornby, June 3 (NPA) —", "Lornby", "NPA", "June", 3, id="nothing-after"),
    # CITY, Month D. /AGENCY/.
    dl("LORNBY, March 3. /TASS/. The council", "LORNBY", "TASS", "March", 3, id="tass-march"),
    dl("VESKOGRAD, March 3. /NORTASS/. The", "VESKOGRAD", "NORTASS", "March", 3, id="slash-agency"),
    dl("LORNBY, Jan. 12 /TASS/. The", "LORNBY", "TASS", "Jan", 12, id="slash-no-period-before"),
    # Trend.
    dl(
        "Harlow, Norland, Jan.12 (Trend): The council",
        "Harlow, Norland",
        "Trend",
        "Jan",
        12,
        id="trend-invented",
    ),
    dl(
        "Harlow, Norland, Jan.12 (Trend):",
        "Harlow, Norland",
        "Trend",
        "Jan",
        12,
        id="trend-alone-on-a-line",
    ),
    # Vesk. 1 March. AGENCY.XX/
    dl(
        "Harlow. 12 January. NPA.EV/ The",
        "Harlow",
        "NPA.EV",
        "January",
        12,
        id="tail-slash-january",
    ),
    dl("Vesk. 3 May. ESTPRESS.EV/", "Vesk", "ESTPRESS.EV", "May", 3, id="tail-slash-alone"),
    # Place/DD.MM.YY/Agency:
    dl("Lornby/03.05.21/Dovran: The", "Lornby", "Dovran", "05", 3, id="slashed-zero-padded"),
    dl("Lornby/3.5.2021/Dovran: The", "Lornby", "Dovran", "5", 3, id="slashed-four-digit-year"),
    dl("Harlow-Vesk/21.01.22/Dovran: The", "Harlow-Vesk", "Dovran", "01", 21, id="slashed-hyphen"),
    # City (Province) [Country], Month D (AGENCY):
    dl(
        "Lornby (Norland) [Maraluz], May 3 (KBWT): The",
        "Lornby (Norland) [Maraluz]",
        "KBWT",
        "May",
        3,
        id="province-country-mixed",
    ),
    # CITY _ / CITY: / CITY — / CITY, Month D -
    dl("LORNBY _ The council", "LORNBY", None, None, None, id="nyt-plain"),
    dl("LORNBY: The council", "LORNBY", None, None, None, id="caps-colon-body"),
    dl("LORNBY — The council", "LORNBY", None, None, None, id="caps-em-dash"),
    dl("LORNBY:", "LORNBY", None, None, None, id="caps-colon-alone"),
    dl("LORNBY, Norland - The council", "LORNBY, Norland", None, None, None, id="caps-region"),
    dl("LORNBY, Feb 26 - The council", "LORNBY", None, "Feb", 26, id="reuters-1987-invented"),
    dl("LORNBY, Feb. 26 _ The", "LORNBY", None, "Feb", 26, id="date-underscore"),
    dl("LORNBY, Jan. 12, 2021 — The", "LORNBY", None, "Jan", 12, id="date-year-no-agency"),
    dl(
        "NEW LORNBY, Norland, Feb 26 - The",
        "NEW LORNBY, Norland",
        None,
        "Feb",
        26,
        id="region-date-no-agency",
    ),
    dl("Lornby, May 3 — the council", "Lornby", None, "May", 3, id="mixed-date-dash"),
    dl("Lornby, May 3:", "Lornby", None, "May", 3, id="mixed-date-colon"),
    dl("Lornby, Norland, May 3", "Lornby, Norland", None, "May", 3, id="mixed-alone"),
    # Places with particles and hyphens, capitals beyond ASCII.
    dl(
        "Port-au-Lorne, Norland (NPA) — The",
        "Port-au-Lorne, Norland",
        "NPA",
        None,
        None,
        id="hyphenated-particles",
    ),
    dl("PORT-AU-LORNE (NPA) — The", "PORT-AU-LORNE", "NPA", None, None, id="hyphenated-caps"),
    dl(
        "Saint-Étienne-de-Vesk, Maraluz (NPA) — The",
        "Saint-Étienne-de-Vesk, Maraluz",
        "NPA",
        None,
        None,
        id="hyphenated-accented",
    ),
    dl("Castillo del Mar (NPA) — The", "Castillo del Mar", "NPA", None, None, id="particle-del"),
    dl(
        "Castillo del Mar, Maraluz, 3 May (NPA): The",
        "Castillo del Mar, Maraluz",
        "NPA",
        "May",
        3,
        id="particle-with-date",
    ),
    dl(
        "Frankfurt am Vesk, Norland (NPA) — The",
        "Frankfurt am Vesk, Norland",
        "NPA",
        None,
        None,
        id="particle-am",
    ),
    dl(
        "Stratford-upon-Vesk, Norland (NPA) — The",
        "Stratford-upon-Vesk, Norland",
        "NPA",
        None,
        None,
        id="hyphen-upon",
    ),
    dl("VILLA DE LA COSTA (NPA) — The", "VILLA DE LA COSTA", "NPA", None, None, id="caps-de-la"),
    dl(
        "Villa de la Costa, Maraluz (NPA) — The",
        "Villa de la Costa, Maraluz",
        "NPA",
        None,
        None,
        id="two-particles",
    ),
    dl(
        "NEW LORNBY HARBOUR CITY (NPA) — The",
        "NEW LORNBY HARBOUR CITY",
        "NPA",
        None,
        None,
        id="four-words",
    ),
    dl("SÃO VESKO, Maraluz (NPA) — O", "SÃO VESKO, Maraluz", "NPA", None, None, id="tilde"),
    dl("ÇAMLIVESK (NPA) - Meclis", "ÇAMLIVESK", "NPA", None, None, id="cedilla-caps"),
    dl("ŞƏKİVESK (Trend): Şura", "ŞƏKİVESK", "Trend", None, None, id="azerbaijani-caps"),
    # Cyrillic.
    dl("ВЕСКОГРАД, 12 января. /ТАСС/. Совет", "ВЕСКОГРАД", "ТАСС", "января", 12, id="ru-tass"),
    dl(
        "Вескоград, 12 января /Новости/. Совет", "Вескоград", "Новости", "января", 12, id="ru-mixed"
    ),
    dl("ВЕСКОГРАД (НПА) — Совет", "ВЕСКОГРАД", "НПА", None, None, id="ru-caps-agency"),
    dl("Вескоград, 12 января (НПА): Совет", "Вескоград", "НПА", "января", 12, id="ru-colon"),
    dl("ВЕСКОГРАД, 12 января — Совет", "ВЕСКОГРАД", None, "января", 12, id="ru-date-dash"),
    dl("ЛОРНБИ: Совет", "ЛОРНБИ", None, None, None, id="ru-caps-colon"),
    dl("ЛОРНБИ — Совет", "ЛОРНБИ", None, None, None, id="ru-caps-dash"),
    dl(
        "Нижний Вескоград, 3 мая (НПА) — Совет",
        "Нижний Вескоград",
        "НПА",
        "мая",
        3,
        id="ru-two-words",
    ),
    dl(
        "Ростов-на-Веске, 3 мая. /ТАСС/. Совет",
        "Ростов-на-Веске",
        "ТАСС",
        "мая",
        3,
        id="ru-hyphenated",
    ),
    # Month names in other languages.
    dl("LORNBY, 12 janvier (NPA) - Le conseil", "LORNBY", "NPA", "janvier", 12, id="fr-month"),
    dl("LORNBY, 3 février (NPA) - Le", "LORNBY", "NPA", "février", 3, id="fr-accent"),
    dl("LORNBY, 12. Januar (NPA) - Der Rat", "LORNBY", "NPA", "Januar", 12, id="de-month"),
    dl("LORNBY, 3. März (NPA) - Der", "LORNBY", "NPA", "März", 3, id="de-umlaut"),
    dl("LORNBY, 12 gennaio (NPA) - Il", "LORNBY", "NPA", "gennaio", 12, id="it-month"),
    dl("LORNBY, 12 Ocak (NPA) - Meclis", "LORNBY", "NPA", "Ocak", 12, id="tr-month"),
    dl("LORNBY, 3 Mayıs (NPA) - Meclis", "LORNBY", "NPA", "Mayıs", 3, id="tr-dotless-i"),
    dl("LORNBY, 12 Ekim (NPA) - Meclis", "LORNBY", "NPA", "Ekim", 12, id="tr-ekim"),
    dl("Harlow, 12 yanvar (Trend): Şura", "Harlow", "Trend", "yanvar", 12, id="az-month"),
    dl(
        "Harlow, Norland, 12 fevral (Trend):",
        "Harlow, Norland",
        "Trend",
        "fevral",
        12,
        id="az-alone",
    ),
    dl("Şəki, 12 yanvar (Trend): Şura", "Şəki", "Trend", "yanvar", 12, id="az-place"),
    dl(
        "LORNBY, 12 de enero (NPA) - El consejo",
        "LORNBY",
        "NPA",
        "enero",
        12,
        id="es-de",
    ),
    dl(
        "LORNBY, 12 de janeiro (NPA) - O conselho",
        "LORNBY",
        "NPA",
        "janeiro",
        12,
        id="pt-de",
    ),
    dl(
        "LORNBY, 1er mars (NPA) - Le conseil",
        "LORNBY",
        "NPA",
        "mars",
        1,
        id="fr-premier",
    ),
    # Month abbreviations beyond English, a year with its word, `de` before the year.
    dl("LORNBY, 12 janv. (NPA) - Le conseil", "LORNBY", "NPA", "janv", 12, id="fr-abbr"),
    dl("Lornby, 12 févr. 2021 (NPA) - Le", "Lornby", "NPA", "févr", 12, id="fr-abbr-year"),
    dl("Lornby, 12. Okt. (NPA) - Der Rat", "Lornby", "NPA", "Okt", 12, id="de-abbr"),
    dl("LORNBY, 12 GEN (NPA) - Il consiglio", "LORNBY", "NPA", "GEN", 12, id="it-caps-abbr"),
    dl("LORNBY, 12 GEN - Il consiglio", "LORNBY", None, "GEN", 12, id="it-caps-no-agency"),
    dl("ВЕСКОГРАД, 12 янв. /НПА/. Совет", "ВЕСКОГРАД", "НПА", "янв", 12, id="ru-abbr"),
    dl("LORNBY, 12 Eki 2021 (NPA) - Meclis", "LORNBY", "NPA", "Eki", 12, id="tr-abbr"),
    dl(
        "LORNBY, 12 de enero de 2021 (NPA) - El consejo",
        "LORNBY",
        "NPA",
        "enero",
        12,
        id="es-de-year",
    ),
    dl(
        "Вескоград, 12 января 2021 года (НПА) — Совет",
        "Вескоград",
        "НПА",
        "января",
        12,
        id="ru-year-goda",
    ),
    dl(
        "Bakı, 12 yanvar 2021-ci il (Trend): Şura",
        "Bakı",
        "Trend",
        "yanvar",
        12,
        id="az-year-ci-il",
    ),
    # `(EFE).-`: a full stop closes the agency before the dash.
    dl("Lornby, 12 ene (NPA).- El consejo", "Lornby", "NPA", "ene", 12, id="efe-period-dash"),
    dl("LORNBY, 3 DIC (NPA).- El consejo", "LORNBY", "NPA", "DIC", 3, id="efe-caps"),
    dl("LORNBY (NPA). - El consejo", "LORNBY", "NPA", None, None, id="period-space-dash"),
    # Non-breaking and narrow spaces, written as plain ones in the parts.
    dl("WASHINGTON\u00a0(AP)\u00a0—\u00a0The", "WASHINGTON", "AP", None, None, id="nbsp-ap"),
    dl(
        "NEW\u00a0LORNBY,\u00a0Jan.\u00a012 (NPA) — The",
        "NEW LORNBY",
        "NPA",
        "Jan",
        12,
        id="nbsp-place-and-date",
    ),
    dl(
        "Lornby,\u202f3\u202fmai (Lornby\u00a0Presse) — Le",
        "Lornby",
        "Lornby Presse",
        "mai",
        3,
        id="narrow-nbsp",
    ),
    # A listed agency or a domain after the place, told from a second place name by the
    # lexicon or the domain's shape only (`LORNBY, NORLAND –` is two places).
    dl("VESKA. KAZINFORM – The council", "VESKA", "KAZINFORM", None, None, id="city-stop-agency"),
    dl(
        "VESKA. KAZINFORM The council", "VESKA", "KAZINFORM", None, None, id="city-stop-agency-bare"
    ),
    dl("KORVA DAL. BERNAMA – The", "KORVA DAL", "BERNAMA", None, None, id="two-words-stop-agency"),
    dl("Lornby, IRNA – The council", "Lornby", "IRNA", None, None, id="city-comma-agency"),
    dl("Veskə. Trend:", "Veskə", "Trend", None, None, id="city-stop-agency-colon-alone"),
    dl("Lornby, Petra – The council", "Lornby", "Petra", None, None, id="agency-given-name"),
    dl("LORNBY, KORPRESS.TV - The", "LORNBY", "KORPRESS.TV", None, None, id="domain-agency"),
    dl("Lornby, korpress.com.kz – The", "Lornby", "korpress.com.kz", None, None, id="domain-lower"),
    dl(
        "VESKA, MAY 20, ARMENPRESS. The council",
        "VESKA",
        "ARMENPRESS",
        "MAY",
        20,
        id="date-comma-agency-stop",
    ),
    dl(
        "ВЕСКОГРАД, 18 дек – РИА Новости. Совет",
        "ВЕСКОГРАД",
        "РИА Новости",
        "дек",
        18,
        id="agency-after-separator",
    ),
    dl("LORNBY, NORLAND – The council", "LORNBY, NORLAND", None, None, None, id="caps-two-places"),
    dl("LORNBY, ILL. – The council", "LORNBY, ILL.", None, None, None, id="caps-state"),
    # Press-release wires put a dash before the bracket as well.
    dl(
        "LORNBY--(BUSINESS WIRE)--Korvell Robotics",
        "LORNBY",
        "BUSINESS WIRE",
        None,
        None,
        id="business-wire",
    ),
    dl(
        "HARLOW, Ill.–(BUSINESS WIRE)–",
        "HARLOW, Ill.",
        "BUSINESS WIRE",
        None,
        None,
        id="business-wire-en-dash",
    ),
    # A date in the agency's brackets is the dateline's date.
    dl(
        "Lornby, Norland (20 mayo 2021) .- El",
        "Lornby, Norland",
        None,
        "mayo",
        20,
        id="bracket-date",
    ),
    # Italian and Portuguese month abbreviations that are English words: capitals only.
    dl("VESKA, 20 SET – Il consiglio", "VESKA", None, "SET", 20, id="it-set-caps"),
    dl("VESKA, 3 OUT – O conselho", "VESKA", None, "OUT", 3, id="pt-out-caps"),
    # A place in title case, an en or em dash (or `.-`), then a sentence.
    dl(
        "Lornby – Slitta alle 20 la conferenza stampa del sindaco",
        "Lornby",
        None,
        None,
        None,
        id="title-en-dash",
    ),
    dl(
        "Lornby — The council voted on Tuesday to build a new bridge",
        "Lornby",
        None,
        None,
        None,
        id="title-em-dash",
    ),
    dl(
        "Veskotá.— El consejo aprobó ayer el presupuesto de la ciudad",
        "Veskotá",
        None,
        None,
        None,
        id="title-stop-em-dash",
    ),
    dl(
        "Lornbé.- En la conferencia de prensa del viernes, el alcalde",
        "Lornbé",
        None,
        None,
        None,
        id="title-stop-hyphen",
    ),
    dl(
        "Port Lornby — “We will build it,” the mayor said on Tuesday night",
        "Port Lornby",
        None,
        None,
        None,
        id="title-quote-opens",
    ),
    # Weekday names that are words of places.
    dl("SAN DOMINGO DE VESK (NPA) — The", "SAN DOMINGO DE VESK", "NPA", None, None, id="domingo"),
    dl("SUN HARBOUR, Vesk. (NPA) — The", "SUN HARBOUR, Vesk.", "NPA", None, None, id="sun-harbour"),
]


@pytest.mark.parametrize(("value", "location", "agency", "month", "day"), DATELINES)
def test_dateline_parts(
    value: str, location: str, agency: str | None, month: str | None, day: int | None
) -> None:
    """Each documented dateline form yields its location, agency, month and day as written."""
    found = match_dateline(value, TIMEOUT)
    assert found is not None
    assert (found.location, found.agency, found.month, found.day) == (location, agency, month, day)


def nd(value: str, *, id: str, bug: str | None = None) -> pytest.ParameterSet:
    """One row that is no dateline; ``bug`` marks one the parser takes for a dateline today."""
    marks = () if bug is None else (pytest.mark.xfail(strict=True, reason=bug),)
    return pytest.param(value, id=id, marks=marks)


NOT_DATELINES = [
    nd("Paris is the capital of Norland.", id="sentence-with-place"),
    nd("The Harbour Workers Union (HWU) has called a strike.", id="organization-acronym"),
    nd("Officials in Lornby said on Monday", id="sentence"),
    nd("Lornby is the capital of Norland.", id="sentence-with-invented-place"),
    nd("Lornby, the capital of Norland, said", id="apposition"),
    nd("Lornby said on Monday it would", id="place-as-subject"),
    nd("Harlow Council said on Monday", id="council-as-subject"),
    nd("In Lornby, the council said", id="preposition-first"),
    nd("Lornby – a city of 40,000 – is", id="parenthetical-dash"),
    nd("Lornby Harbour - a short history", id="title-with-dash"),
    nd("Lornby, Norland, said on Monday", id="place-region-said"),
    nd("Lornby said: no", id="colon-after-verb"),
    nd("The LORNBY council — the", id="article-first"),
    nd("January 12 — The council", id="date-first"),
    nd("Monday — The council", id="weekday-dash"),
    nd("Mr. Vrell said", id="honorific"),
    nd("UPDATE: the bridge is open", id="label"),
    nd("Update: the bridge is open", id="label-mixed-case"),
    nd("UPDATE 2-Lornby council approves budget", id="update-numbered"),
    nd("UPDATE1-Lornby council", id="update-glued-number"),
    nd("REFILE-Lornby council", id="refile"),
    nd("The council said: no", id="colon-in-sentence"),
    nd("BREAKING — Fire in the port", id="breaking"),
    nd("BREAKING: Fire in the port", id="breaking-colon"),
    nd("Breaking: Fire in the port", id="breaking-mixed-case"),
    nd("EXCLUSIVE: Council set to approve budget", id="exclusive"),
    nd("EXCLUSIVE-Council set to approve budget", id="exclusive-hyphen"),
    nd("EXCLUSIVE — Council", id="exclusive-dash"),
    nd("Exclusive: Council set", id="exclusive-mixed-case"),
    nd("ANALYSIS-Lornby's budget gamble", id="analysis-hyphen"),
    nd("ANALYSIS: Lornby's budget gamble", id="analysis-colon"),
    nd("Analysis: Lornby's gamble", id="analysis-mixed-case"),
    nd("WATCH: The mayor speaks", id="watch"),
    nd("PHOTOS: The flood", id="photos"),
    nd("VIDEO — The flood", id="video"),
    nd("OPINION: Why the bridge matters", id="opinion"),
    nd("FACTBOX-What is in the budget", id="factbox"),
    nd("EXPLAINER-What the budget means", id="explainer"),
    nd("INTERVIEW-Mayor says", id="interview"),
    nd("CORRECTION: An earlier version", id="correction"),
    nd("CORRECTED-Lornby council", id="corrected"),
    nd("UPDATED: The bridge", id="updated"),
    nd("URGENT: Fire", id="urgent"),
    nd("ADVISORY — The council", id="advisory"),
    nd("LIVE: Election results", id="live"),
    nd("Updated January 13, 2021", id="updated-date"),
    nd(
        "BREAKING NEWS: Fire in the port",
        id="breaking-news",
    ),
    nd(
        "BREAKING NEWS — Fire in the port",
        id="breaking-news-dash",
    ),
    nd("EDITOR'S NOTE: This story", id="editors-note"),
    nd("WATCH LIVE: The mayor", id="watch-live"),
    nd("ALSO READ: The bridge", id="also-read"),
    nd("READ MORE: The bridge", id="read-more"),
    nd("FACT CHECK: The mayor said", id="fact-check"),
    nd("JUST IN: Fire in the port", id="just-in"),
    nd("EDITORIAL: The bridge", id="editorial"),
    nd(
        "Published January 12, 2021",
        id="published-date",
    ),
    nd(
        "Posted January 12, 2021",
        id="posted-date",
    ),
    nd("Lornby (NPA). The council", id="agency-full-stop-no-dash"),
    nd("Lornby\u00a0is the capital of Norland.", id="nbsp-sentence"),
    nd("PARIS VRELL said on Tuesday that the bridge would reopen.", id="caps-name-said"),
    nd("WASHINGTON is bracing for another budget fight.", id="caps-place-is"),
    # A weekday is no place, nor is an outlet before one.
    nd("Wednesday, 02 December 2020_A senior diplomat said", id="weekday-date-underscore"),
    nd("Tuesday, 08 December 2020 (NPA)_ While addressing", id="weekday-date-agency"),
    nd("KORTV Thursday, 2 January 2020", id="outlet-weekday-date"),
    nd("Monday – The council met to vote on the harbour bridge budget", id="weekday-en-dash"),
    # A kicker in capitals is longer than a place.
    nd("VESKA GETS GLOBAL ACCOLADES AGAIN: The city's efforts", id="caps-kicker-colon"),
    nd("LORNBY COUNCIL VOTES NO — The council", id="caps-kicker-dash"),
    # UI words, sections, outlets, domains and listed agencies are no places.
    nd("SHARE: READ: 2041 15:05 04 June 2021", id="ui-word"),
    nd("WORLD: The council voted", id="section-label"),
    nd("KORPRESS.COM - The work to remove the prisons", id="domain-opening"),
    nd("LORNBY TIMES – El consejo aprobó ayer", id="caps-outlet"),
    nd("Lornby Courier – The council has voted to build a new bridge today", id="title-outlet"),
    nd("Lornby Courier (Vesk)", id="outlet-edition-city"),
    nd("ANTARA - The council said on Monday", id="agency-opening"),
    nd("KTV独家报道:泄密文件", id="uncased-letters"),
    # A name and its short form in brackets, then the sentence goes on.
    nd("Harbour Workers Union (HWU) Chief Ada Lorne said", id="name-and-initials"),
    nd("Dinas Kesehatan (Dinkes) Lornby mencatat", id="name-and-syllables"),
    # Kickers and labels in title case, and titles with a dash.
    nd("Exclusive – The council has voted to build a new bridge over the river", id="exclusive"),
    nd("Update — The council has voted to build a new bridge over the river", id="update-em"),
    nd("Watch: The mayor speaks about the bridge and the budget", id="watch-colon"),
    nd("January – The council has voted to build a new bridge", id="month-en-dash"),
    nd("Lornby Harbour – A Short History", id="title-short-rest"),
    nd("Lornby – the council said that it would vote", id="lower-case-rest"),
    nd("Lornby - The council voted on Tuesday to build a new bridge", id="title-hyphen"),
    nd("Lornby, Norland – The council voted on Tuesday to build a bridge", id="title-two-parts"),
    nd(
        "Lornby Harbour Bridge Works – The council voted on Tuesday to build", id="title-four-words"
    ),
    nd("Brexit Lornby Vesk – THE COUNCIL VOTED TODAY", id="title-caps-rest"),
]


@pytest.mark.parametrize("value", NOT_DATELINES)
def test_not_a_dateline(value: str) -> None:
    """A sentence that starts with a capitalised word or a label is no dateline."""
    assert match_dateline(value, TIMEOUT) is None


DATES_AND_ENDS = [
    pytest.param(
        "LONDON, Jan 12 (Reuters) - Oil prices rose.",
        "LONDON, Jan 12 (Reuters) -",
        None,
        id="reuters",
    ),
    pytest.param(
        "PARIS, Jan 12, 2021 (AFP) - The", "PARIS, Jan 12, 2021 (AFP) -", 2021, id="afp-year"
    ),
    pytest.param("MOSCOW, January 12. /TASS/. The", "MOSCOW, January 12. /TASS/.", None, id="tass"),
    pytest.param(
        "Drenov/21.01.22/Dovran: The", "Drenov/21.01.22/Dovran:", 2022, id="slashed-two-digit-year"
    ),
    pytest.param(
        "Lornby/3.5.2021/Dovran: The", "Lornby/3.5.2021/Dovran:", 2021, id="slashed-four-digit-year"
    ),
    pytest.param(
        "Vesk. 1 March. ESTPRESS.EV/ The", "Vesk. 1 March. ESTPRESS.EV/", None, id="tail-slash"
    ),
    pytest.param("SANTA FE, N.M. _ The", "SANTA FE, N.M. _", None, id="nyt-underscore"),
    pytest.param("Lornby, 12 ene (NPA).- El", "Lornby, 12 ene (NPA).-", None, id="efe"),
    pytest.param(
        "LORNBY, 12 de enero de 2021 (NPA) - El",
        "LORNBY, 12 de enero de 2021 (NPA) -",
        2021,
        id="es-de-year",
    ),
    pytest.param(
        "Вескоград, 12 января 2021 года (НПА) — Совет",
        "Вескоград, 12 января 2021 года (НПА) —",
        2021,
        id="ru-year-goda",
    ),
    pytest.param(
        "PARIS, 12 janv. 2021 (AFP) - Le", "PARIS, 12 janv. 2021 (AFP) -", 2021, id="fr-abbr-year"
    ),
    pytest.param(
        "ВЕСКОГРАД, 12 января. /ТАСС/. Совет", "ВЕСКОГРАД, 12 января. /ТАСС/.", None, id="ru-tass"
    ),
]


@pytest.mark.parametrize(("value", "raw", "year"), DATES_AND_ENDS)
def test_dateline_raw_year_and_end(value: str, raw: str, year: int | None) -> None:
    """`raw` is the dateline with its separator, `end` the body's first word, `year` if given."""
    found = match_dateline(value, TIMEOUT)
    assert found is not None
    assert found.raw == raw
    assert found.year == year
    assert value[: found.end].strip() == raw
    assert value[found.end :] == value[len(raw) :].lstrip()


@pytest.mark.parametrize(
    ("value", "raw"),
    [
        pytest.param("LORNBY\u00a0(NPA)\u00a0—\u00a0The", "LORNBY (NPA) —", id="nbsp"),
        pytest.param("Lornby,\u202fJan 12 (NPA) - The", "Lornby, Jan 12 (NPA) -", id="narrow"),
        pytest.param("Lornby/21.01.22/Dovran:\u00a0The", "Lornby/21.01.22/Dovran:", id="slashed"),
    ],
)
def test_unicode_spaces_are_written_plain(value: str, raw: str) -> None:
    """`raw` has plain spaces for non-breaking ones, one for one, so it spans the same text."""
    found = match_dateline(value, TIMEOUT)
    assert found is not None
    assert found.raw == raw
    assert len(value[: found.end].strip()) == len(raw)
    assert value[found.end :] == "The"


def test_dateline_end_is_where_the_body_starts() -> None:
    """The match ends after the separator, at the first word of the story."""
    value = "LONDON, Jan 12 (Reuters) - Oil prices rose."
    found = match_dateline(value, TIMEOUT)
    assert found is not None
    assert value[found.end :] == "Oil prices rose."
    assert found.raw == "LONDON, Jan 12 (Reuters) -"


AGENCY_OPENINGS = [
    pytest.param("(NPA) -- Norland's government said", "NPA", 9, id="bracketed"),
    pytest.param("ANTARA - The council said", "ANTARA", 9, id="listed-dash"),
    pytest.param("KORPRESS.COM - The work", "KORPRESS.COM", 15, id="domain-dash"),
    pytest.param("ArmInfo. Armenian officials said", "ArmInfo", 9, id="listed-stop"),
    pytest.param("РИА Новости. Совет", "РИА Новости", 13, id="listed-stop-cyrillic"),
    pytest.param("LORNBY TIMES – El consejo", "LORNBY TIMES", 15, id="caps-outlet"),
    pytest.param("(the council said) the rest", None, None, id="bracketed-words"),
    pytest.param("Korpress.tv - 4 Agustus 2021, 20:22 WIB", None, None, id="outlet-date-line"),
    pytest.param("WORLD NEWS – The council", None, None, id="section"),
    pytest.param("BREAKING NEWS — Fire in the port", None, None, id="label"),
    pytest.param("UN LORNBY COUNCIL – The council", None, None, id="not-press"),
    pytest.param("LORNBY — The council", None, None, id="caps-place"),
    pytest.param("Trend: The council", None, None, id="listed-colon"),
    pytest.param("Reuters said on Monday", None, None, id="sentence"),
    pytest.param("Korpress. The council", None, None, id="unlisted-stop"),
]


@pytest.mark.parametrize(("value", "agency", "end"), AGENCY_OPENINGS)
def test_agency_opening_without_place(value: str, agency: str | None, end: int | None) -> None:
    """An agency's credit opening the body names no place: it is no dateline, the body
    starts after it."""
    expected = None if agency is None else (end, agency)
    assert match_agency_opening(value, TIMEOUT) == expected
    if agency is not None:
        assert match_dateline(value, TIMEOUT) is None


MORE = "\n\nThe mayor said the bridge would reopen in the spring."


def rec(
    text: str,
    dateline: tuple[str, str, str | None] | None,
    publisher: str | None,
    first: str,
    *,
    id: str,  # as in pytest.param
) -> pytest.ParameterSet:
    """A text and its record's dateline (raw, location, agency), publisher and first paragraph."""
    return pytest.param(text, dateline, publisher, first, id=id)


RECORDS = [
    rec(
        " date 2021-10-17 Council approves harbour bridge budget\n"
        "VESKA, Norland, Oct. 17\nTrend:\nThe council approved the budget on Sunday." + MORE,
        ("VESKA, Norland, Oct. 17 Trend:", "VESKA, Norland", "Trend"),
        "Trend",
        "The council approved the budget on Sunday.",
        id="trend-split-dateline",
    ),
    rec(
        " date 2021-10-17 VESKA, Norland, Oct. 17\n\n\nTrend:\n\n"
        "The council approved the budget on Sunday." + MORE,
        ("VESKA, Norland, Oct. 17 Trend:", "VESKA, Norland", "Trend"),
        "Trend",
        "The council approved the budget on Sunday.",
        id="trend-split-on-header-line",
    ),
    rec(
        "VESKA, Norland, Oct. 17\nNote:\nThe council approved the budget on Sunday." + MORE,
        ("VESKA, Norland, Oct. 17", "VESKA, Norland", None),
        None,
        "The council approved the budget on Sunday.",
        id="label-under-dateline",
    ),
    rec(
        " date 2022-08-22 NORPEC: Lornby governor poll to be held on August 29\n"
        "The postponed vote in two areas will now take place next week, the board said." + MORE,
        None,
        None,
        "The postponed vote in two areas will now take place next week, the board said.",
        id="header-line-kicker",
    ),
    rec(
        " date 2019-01-17 KESK: The largest bakery chain will close 23 of its shops." + MORE,
        ("KESK:", "KESK", None),
        None,
        "The largest bakery chain will close 23 of its shops.",
        id="header-line-dateline",
    ),
    rec(
        "Council approves harbour bridge budget\n\n"
        "ArmInfo. The council approved the harbour bridge budget on Tuesday." + MORE,
        None,
        "ArmInfo",
        "The council approved the harbour bridge budget on Tuesday.",
        id="agency-stop-opening",
    ),
    rec(
        "Council approves harbour bridge budget\n\n"
        "KORPRESS.COM - The council approved the harbour bridge budget on Tuesday." + MORE,
        None,
        "KORPRESS.COM",
        "The council approved the harbour bridge budget on Tuesday.",
        id="domain-opening",
    ),
    rec(
        "Council approves harbour bridge budget\n\n"
        "VESKA. KAZINFORM – The council approved the harbour bridge budget on Tuesday." + MORE,
        ("VESKA. KAZINFORM –", "VESKA", "KAZINFORM"),
        "Kazinform",
        "The council approved the harbour bridge budget on Tuesday.",
        id="city-stop-agency",
    ),
    rec(
        "Council approves harbour bridge budget\n\n"
        "Lornby – Il consiglio comunale ha approvato ieri il bilancio del ponte." + MORE,
        ("Lornby –", "Lornby", None),
        None,
        "Il consiglio comunale ha approvato ieri il bilancio del ponte.",
        id="title-case-en-dash",
    ),
    rec(
        "VESKA GETS GLOBAL ACCOLADES AGAIN: The city's efforts to balance the reopening of "
        "the harbour have won praise abroad.",
        None,
        None,
        "The city's efforts to balance the reopening of the harbour have won praise abroad.",
        id="caps-kicker-glued-title",
    ),
    rec(
        " date 2020-01-02 World\n\nLornby town not defendable ahead of fires\n\n"
        "KBC Thursday, 2 January 2020\nThe fire service has warned that the town of Lornby "
        "will not be defendable on Friday.",
        None,
        "KBC",
        "The fire service has warned that the town of Lornby will not be defendable on Friday.",
        id="outlet-weekday-date-line",
    ),
]


@pytest.mark.parametrize(("text", "dateline", "publisher", "first"), RECORDS)
def test_dateline_in_the_record(
    text: str, dateline: tuple[str, str, str | None] | None, publisher: str | None, first: str
) -> None:
    """The dateline, publisher and first paragraph a whole text gives: a split Trend dateline
    is one dateline, a kicker on the crawl header's line none, an agency opening none."""
    data = newsrecord.parse(text).to_dict()
    got = data["dateline"]
    assert (None if got is None else (got["raw"], got["location"], got["agency"])) == dateline
    assert data["publisher"] == publisher
    assert data["paragraphs"][0] == first


@pytest.mark.parametrize(
    "value",
    [
        "A" * 100_000,
        "WASHINGTON, " * 10_000,
        "(" * 100_000,
        "Jan 12 " * 15_000,
        "X/" * 50_000,
        "LORNBY (" * 12_500,
        "Lornby Vesk " * 8_334,
        "Lornby, Jan 12, " * 6_250,
        "A-" * 50_000,
        "Villa de " * 11_112,
        "Lornby (X) [" * 8_334,
        "Lornby/12.01.22/" * 6_250,
        "Ab" * 50_000,
        "Вескоград, 12 января " * 4_762,
        "Lornby\u00a0" * 14_286,
        "Lornby, 12 janv. 2021 г" * 4_348,
        "(NPA).- " * 12_500,
        "korpress.com." * 7_693,
        "VESKA. KAZINFORM " * 5_883,
        "Lornby, IRNA, " * 7_143,
        "AKORPRESS " * 10_000,
        "Lornby – " * 11_112,
        "VESKA GETS " * 10_000 + ": The",
    ],
    ids=[
        "letters",
        "repeated-prefix",
        "brackets",
        "dates",
        "slashes",
        "open-agency",
        "words",
        "place-dates",
        "hyphens",
        "particles",
        "province-brackets",
        "slashed-dates",
        "case-changes",
        "cyrillic",
        "non-breaking-spaces",
        "year-words",
        "period-dashes",
        "domains",
        "place-stop-agency",
        "place-comma-agency",
        "capitals-words",
        "title-dashes",
        "caps-kicker",
    ],
)
def test_adversarial_input_finishes(value: str) -> None:
    """Long adversarial input neither hangs nor times out (the patterns are bounded)."""
    match_dateline(value, TIMEOUT)
    match_agency_opening(value, TIMEOUT)
    caps_title(value)
