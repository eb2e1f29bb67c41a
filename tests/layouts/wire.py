"""
The wire datelines of FORMATS.md section B, one builder per shape.

A builder returns a :class:`WireDateline`: the text that opens the first paragraph (separator
and trailing space included), the location and agency as the record should give them, the
publisher the agency stands for, and how much of the date the dateline states.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal, TypeAlias

from tests.layouts import lexicon as lx
from tests.layouts.datefmt import AP_MONTHS, MONTHS
from tests.layouts.model import Outlet

#: How much of the publication date a dateline states.
Carries: TypeAlias = Literal["none", "yearless", "full"]


@dataclass(frozen=True)
class WireDateline:
    """A rendered dateline and what it means for the record."""

    text: str
    location: str
    agency: str | None
    outlet: Outlet | None
    carries: Carries


Shape: TypeAlias = Callable[[random.Random, datetime.date], WireDateline]


def _agency(name: str, written: str) -> Outlet:
    return Outlet(name, written, agency=True)


def _town_caps(rng: random.Random) -> str:
    return rng.choice(lx.TOWNS).upper()


def _mon(day: datetime.date) -> str:
    return MONTHS["en"][day.month - 1][:3]


def ap(rng: random.Random, day: datetime.date) -> WireDateline:
    """`WASHINGTON (AP) — ` or `KELMOUTH, Ore. (AP) — `: no date."""
    place = rng.choice((rng.choice(lx.CAPITALS), f"{_town_caps(rng)}, {rng.choice(lx.STATES)}"))
    dash = rng.choice(("—", "--", "_"))
    return WireDateline(
        f"{place} (AP) {dash} ", place, "AP", _agency("Associated Press", "AP"), "none"
    )


def reuters(rng: random.Random, day: datetime.date) -> WireDateline:
    """`LONDON, Jan 12 (Reuters) - `."""
    place = rng.choice((rng.choice(lx.CAPITALS), _town_caps(rng)))
    text = f"{place}, {_mon(day)} {day.day} (Reuters) - "
    return WireDateline(text, place, "Reuters", _agency("Reuters", "Reuters"), "yearless")


def afp(rng: random.Random, day: datetime.date) -> WireDateline:
    """`PARIS, Jan 12, 2021 (AFP) - `: the only wire shape with a year."""
    place = rng.choice((rng.choice(lx.CAPITALS), _town_caps(rng)))
    text = f"{place}, {_mon(day)} {day.day}, {day.year} (AFP) - "
    return WireDateline(text, place, "AFP", _agency("AFP", "AFP"), "full")


def tass(rng: random.Random, day: datetime.date) -> WireDateline:
    """`MOSCOW, January 12. /TASS/. `, or the Russian `МОСКВА, 12 января. /ТАСС/. `."""
    if rng.random() < 0.5:
        text = f"МОСКВА, {day.day} {MONTHS['ru'][day.month - 1]}. /ТАСС/. "
        return WireDateline(text, "МОСКВА", "ТАСС", _agency("TASS", "ТАСС"), "yearless")
    place = rng.choice(("MOSCOW", _town_caps(rng)))
    text = f"{place}, {MONTHS['en'][day.month - 1]} {day.day}. /TASS/. "
    return WireDateline(text, place, "TASS", _agency("TASS", "TASS"), "yearless")


def xinhua(rng: random.Random, day: datetime.date) -> WireDateline:
    """`BEIJING, Jan. 12 (Xinhua) -- `."""
    place = rng.choice(("BEIJING", _town_caps(rng)))
    text = f"{place}, {AP_MONTHS[day.month - 1]} {day.day} (Xinhua) -- "
    return WireDateline(text, place, "Xinhua", _agency("Xinhua", "Xinhua"), "yearless")


def pti(rng: random.Random, day: datetime.date) -> WireDateline:
    """`NEW DELHI, Jan 12 (PTI) `: no separator after the agency."""
    place = rng.choice(("NEW DELHI", _town_caps(rng)))
    text = f"{place}, {_mon(day)} {day.day} (PTI) "
    return WireDateline(text, place, "PTI", _agency("PTI", "PTI"), "yearless")


def trend(rng: random.Random, day: datetime.date) -> WireDateline:
    """`Baku, Azerbaijan, Jan.12 (Trend): `."""
    place = rng.choice(("Baku, Azerbaijan", f"{rng.choice(lx.TOWNS)}, {rng.choice(lx.COUNTRIES)}"))
    text = f"{place}, {_mon(day)}.{day.day} (Trend): "
    return WireDateline(text, place, "Trend", _agency("Trend", "Trend"), "yearless")


def anadolu(rng: random.Random, day: datetime.date) -> WireDateline:
    """`ANKARA (AA) - `: no date."""
    place = rng.choice(("ANKARA", _town_caps(rng)))
    return WireDateline(f"{place} (AA) - ", place, "AA", _agency("Anadolu Agency", "AA"), "none")


def web_agency(rng: random.Random, day: datetime.date) -> WireDateline:
    """`Vesk. 1 March. VESKINFO.AZ/ `: the agency signs with its address."""
    town, site = rng.choice(lx.TOWNS), rng.choice(lx.WEB_AGENCIES)
    text = f"{town}. {day.day} {MONTHS['en'][day.month - 1]}. {site}/ "
    return WireDateline(text, town, site, _agency(site, site), "yearless")


def turan(rng: random.Random, day: datetime.date) -> WireDateline:
    """`Moscow/21.01.22/Turan: `: a dotted day-first date with a two-digit year."""
    town = rng.choice(("Moscow", "Baku", rng.choice(lx.TOWNS)))
    text = f"{town}/{day.day:02d}.{day.month:02d}.{day.year % 100:02d}/Turan: "
    return WireDateline(text, town, "Turan", _agency("Turan", "Turan"), "full")


def province(rng: random.Random, day: datetime.date) -> WireDateline:
    """`City (Province) [Country], Month D (AGENCY): `; the location keeps all three parts."""
    place = f"{rng.choice(lx.TOWNS)} ({rng.choice(lx.PROVINCES)}) [{rng.choice(lx.COUNTRIES)}]"
    text = f"{place}, {MONTHS['en'][day.month - 1]} {day.day} (NORPRESS): "
    return WireDateline(text, place, "NORPRESS", _agency("NORPRESS", "NORPRESS"), "yearless")


def station(rng: random.Random, day: datetime.date) -> WireDateline:
    """`CITY, St. (STATION) — `: a broadcaster's call sign stands where an agency would."""
    place, call = f"{_town_caps(rng)}, {rng.choice(lx.STATES)}", rng.choice(lx.STATIONS)
    return WireDateline(f"{place} ({call}) — ", place, call, _agency(call, call), "none")


def city_colon(rng: random.Random, day: datetime.date) -> WireDateline:
    """`CITY: `: a place and nothing else, so no publisher."""
    place = _town_caps(rng)
    return WireDateline(f"{place}: ", place, None, None, "none")


def city_dash(rng: random.Random, day: datetime.date) -> WireDateline:
    """`CITY — `: a place and nothing else, so no publisher."""
    place = _town_caps(rng)
    return WireDateline(f"{place} {rng.choice(('—', '--'))} ", place, None, None, "none")


#: Every dateline shape of section B, by variant name.
SHAPES: Final[dict[str, Shape]] = {
    "ap": ap, "reuters": reuters, "afp": afp, "tass": tass, "xinhua": xinhua, "pti": pti,
    "trend": trend, "aa": anadolu, "web-agency": web_agency, "turan": turan,
    "province": province, "station": station, "city-colon": city_colon, "city-dash": city_dash,
}  # fmt: skip
