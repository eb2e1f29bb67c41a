"""
Family B, agency wire copy: an optional title, an optional byline, a dateline opening the first
paragraph (one variant per dateline shape of FORMATS.md section B), the body, and trailers.

The dateline's agency is the publisher; a shape without an agency (`CITY: `, `CITY — `) leaves the
publisher to a byline tail, or to no one.  Most wire datelines have no year: the expected date is
then the dateline's date only when the rendering passes a `reference_date` to take the year from.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import replace
from typing import Literal, TypeAlias

from tests.layouts import bylines, draw, furniture
from tests.layouts import lexicon as lx
from tests.layouts.model import Article, Rendering
from tests.layouts.sheet import Sheet
from tests.layouts.wire import SHAPES, WireDateline

#: A fixed `reference_date` (or None for none), or "draw" to let the generator decide.
Reference: TypeAlias = "datetime.date | Literal['draw'] | None"


def reference_for(
    rng: random.Random, sheet: Sheet, dl: WireDateline, reference: Reference = "draw"
) -> None:
    """Pass (or not) a `reference_date` and record the date the dateline then establishes."""
    day = sheet.art.date
    if reference != "draw":
        sheet.reference_date = reference
    elif rng.random() < 0.6:
        # The feed's date: the same day or up to two days later (it may cross a new year).
        sheet.reference_date = day + datetime.timedelta(days=rng.randint(0, 2))
    if dl.carries == "full" or (dl.carries == "yearless" and sheet.reference_date):
        sheet.dated(day)


def wire_byline(rng: random.Random, sheet: Sheet, dl: WireDateline) -> str:
    """One of section B's byline forms; an outlet named in it is the publisher."""
    people = sheet.art.authors
    if rng.random() < 0.2:
        return bylines.foreign(rng, sheet, people, lx.WIRE_FOREIGN_PREFIXES)
    sheet.by(people)
    names = bylines.join_names(rng, bylines.shown(rng, people))
    forms = [f"By {names}", f"Story by {names}", f"Written by {names}"]
    if len(people) == 1:
        forms += [
            f"{people[0].name} | Staff Writer",
            f"By {names} in {rng.choice(('Paris', 'Oslo'))}",
        ]
    outlet = sheet.art.publisher
    if outlet is None or rng.random() < 0.5:
        return rng.choice(forms)
    sheet.credit(outlet)
    if outlet.written == "AP":
        caps = bylines.join_names(rng, bylines.shown(rng, people, caps=True))
        return f"By {caps} {outlet.name}"
    return f"By {names}, {outlet.written}"


def wire_trailers(rng: random.Random, sheet: Sheet, dl: WireDateline) -> None:
    """Zero to two trailers that fit the agency (`Reuter` only closes Reuters copy); a credit
    trailer is sometimes glued to the last paragraph, as it is on many pages."""
    options = [furniture.credits_trailer, furniture.end_mark]
    agency = dl.outlet.written if dl.outlet else None
    if agency == "AP":
        options += [furniture.ap_contributor, furniture.copyright_line]
    for n, builder in enumerate(rng.sample(options, k=rng.randint(0, 2))):
        glue = n == 0 and builder is furniture.credits_trailer and rng.random() < 0.25
        if glue:
            sheet.pieces[-1].text += " " + builder(rng, sheet)
        else:
            sheet.add(builder(rng, sheet))
    if agency == "Reuters" and rng.random() < 0.4:
        sheet.add("Reuter")


def _body(rng: random.Random, sheet: Sheet, paragraphs: tuple[str, ...], opening: str) -> None:
    gap = 1 if rng.random() < 0.15 else 2
    sheet.paragraphs = list(paragraphs)
    for i, para in enumerate(paragraphs):
        sheet.add(opening + para if i == 0 else para, gap)


def _trend_alone(rng: random.Random, sheet: Sheet, dl: WireDateline) -> str:
    """Trend's other layout: the dateline alone, then `By X - Trend:` opening nothing."""
    sheet.add(dl.text.rstrip().removesuffix(":"))
    people = sheet.art.authors or (draw.person(rng, latin_only=True),)
    sheet.by(people)
    sheet.add(f"By {bylines.join_names(rng, [p.name for p in people])} - Trend:", 1)
    return ""


def _prepare(rng: random.Random, art: Article, shape: str) -> tuple[Sheet, WireDateline]:
    dl = SHAPES[shape](rng, art.date)
    paragraphs = art.paragraphs
    if dl.agency == "ТАСС":
        paragraphs = tuple(draw.ru_paragraph(rng) for _ in paragraphs)
    publisher = dl.outlet or art.publisher
    art = replace(art, publisher=publisher, paragraphs=paragraphs)
    sheet = Sheet(rng, art)
    if dl.outlet is not None:
        sheet.credit(dl.outlet)
    sheet.dateline(dl.location, dl.agency)
    return sheet, dl


def render(
    rng: random.Random,
    art: Article,
    shape: str,
    *,
    label: tuple[str, str] | None = None,
    reference: Reference = "draw",
) -> Rendering:
    """Wire copy with the dateline shape `shape` (a key of :data:`tests.layouts.wire.SHAPES`);
    family D borrows it under its own `label` with a fixed `reference` date."""
    sheet, dl = _prepare(rng, art, shape)
    if art.headline and rng.random() < 0.6:
        sheet.headline = art.headline
        sheet.add(art.headline)
    opening = dl.text
    if shape == "trend" and rng.random() < 0.5:
        opening = _trend_alone(rng, sheet, dl)
    elif sheet.art.authors and rng.random() < 0.7:
        sheet.add(wire_byline(rng, sheet, dl))
    _body(rng, sheet, sheet.art.paragraphs, opening)
    wire_trailers(rng, sheet, dl)
    reference_for(rng, sheet, dl, reference)
    return sheet.finish(*(label or ("B", shape)))
