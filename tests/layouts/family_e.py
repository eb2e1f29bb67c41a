"""
Family E, header stacks (FORMATS.md section E): one variant per kind of stack line under test,
plus archive exports with labelled fields and press releases.

Each variant fixes the part under test in a :class:`~tests.layouts.stack.Spec` and lets the
generator draw the rest of the stack, its order, its separators and its white space.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import replace

from tests.layouts import bylines, datefmt, draw, stack
from tests.layouts import lexicon as lx
from tests.layouts.model import Article, Rendering
from tests.layouts.sheet import Sheet


def with_authors(rng: random.Random, art: Article) -> Article:
    """The article, with one to three authors if it had none."""
    return art if art.authors else replace(art, authors=draw.people(rng, rng.randint(1, 3)))


def with_headline(rng: random.Random, art: Article) -> Article:
    """The article, with a headline if it had none."""
    return art if art.headline else replace(art, headline=draw.headline(rng))


def with_publisher(rng: random.Random, art: Article) -> Article:
    """The article, with a publisher if it had none."""
    return art if art.publisher else replace(art, publisher=draw.agency(rng))


def _spec(rng: random.Random, variant: str) -> stack.Spec:
    specs = {
        "stack": stack.Spec(),
        "date-alone": stack.Spec(date_style="alone"),
        "date-label": stack.Spec(date_style="label"),
        "two-dates": stack.Spec(date_style=rng.choice(("two", "byline"))),
        "source": stack.Spec(source=True),
        "byline-prefix": stack.Spec(byline_style=rng.choice(("prefix", "foreign"))),
        "byline-tail": stack.Spec(byline_style="tail"),
        "bare-name": stack.Spec(byline_style="bare"),
        "byline-above": stack.Spec(byline_first=True, byline_style=rng.choice(("plain", "tail"))),
    }
    return specs[variant]


def _article_for(rng: random.Random, art: Article, variant: str) -> Article:
    if variant in ("two-dates", "byline-prefix", "byline-tail", "bare-name", "byline-above"):
        art = with_authors(rng, art)
    if variant in ("bare-name", "byline-above"):
        art = with_headline(rng, art)
    return with_publisher(rng, art) if variant == "source" else art


def stacked(rng: random.Random, art: Article, variant: str) -> Rendering:
    """A web page whose stack puts the part named by `variant` under test."""
    sheet = Sheet(rng, _article_for(rng, art, variant))
    stack.page(rng, sheet, _spec(rng, variant))
    return sheet.finish("E", variant, stack.web_transport(rng))


def _long_date(day: datetime.date) -> str:
    weekday = datefmt.WEEKDAYS["en"][day.weekday()]
    return f"{datefmt.MONTHS['en'][day.month - 1]} {day.day}, {day.year} {weekday}"


def _export_fields(rng: random.Random, sheet: Sheet) -> list[str]:
    """The labelled fields before `Body`: section, length, byline, dateline."""
    art = sheet.art
    words = sum(len(p.split()) for p in art.paragraphs)
    fields = [f"Section: {art.section.upper()}; Pg. {rng.randint(2, 30)}", f"Length: {words} words"]
    if art.authors:
        sheet.by(art.authors)
        fields.append(f"Byline: {bylines.join_names(rng, bylines.shown(rng, art.authors))}")
    if rng.random() < 0.5:
        place = art.place.town.upper()
        sheet.dateline(place, None)
        fields.append(f"Dateline: {place}")
    rng.shuffle(fields)
    return [f.upper() if rng.random() < 0.3 else f for f in fields]


def export(rng: random.Random, art: Article) -> Rendering:
    """A newspaper-database export: title, outlet, date, copyright, labels, `Body`, trailers."""
    outlet = art.publisher if art.publisher and not art.publisher.agency else draw.outlet(rng)
    sheet = Sheet(rng, replace(art, publisher=outlet))
    sheet.credit(outlet)
    sheet.dated(art.date)
    if art.headline:
        sheet.headline = art.headline
        sheet.add(art.headline, 2)
    gap = rng.choice((1, 2))
    for line in (
        outlet.written,
        _long_date(art.date),
        f"Copyright {art.date.year} {outlet.written}",
    ):
        sheet.add(line, gap)
    for line in _export_fields(rng, sheet):
        sheet.add(line, gap)
    sheet.add("Body", 2)
    sheet.paragraphs = list(art.paragraphs)
    for para in art.paragraphs:
        sheet.add(para, 2)
    loaded = art.date + datetime.timedelta(days=rng.randint(1, 4))
    sheet.add(f"Load-Date: {datefmt.FORMS['mdy'](datefmt.when(rng, loaded))}", 2)
    sheet.add("Language: ENGLISH", gap)
    sheet.add(
        f"Document {outlet.written[:4].upper()}0000{art.date:%Y%m%d}e{rng.randrange(10**6)}", 2
    )
    return sheet.finish("E", "export")


def _release_dateline(rng: random.Random, sheet: Sheet, distributor: str) -> str:
    place = sheet.art.place
    location = place.town.upper() + (f", {place.country}" if place.country else "")
    sheet.dateline(location, distributor)
    sheet.credit(distributor)
    sheet.dated(sheet.art.date)
    day = datefmt.FORMS["mdy"](datefmt.when(rng, sheet.art.date))
    return f"{location}, {day} /{distributor}/ -- "


def press_release(rng: random.Random, art: Article) -> Rendering:
    """`FOR IMMEDIATE RELEASE`, a distributor's dateline, the story, `About`, contact, `###`."""
    company, distributor = rng.choice(lx.COMPANIES), rng.choice(lx.DISTRIBUTORS)
    sheet = Sheet(rng, replace(art, publisher=None))
    sheet.add("FOR IMMEDIATE RELEASE")
    sheet.headline = f"{company} opens new plant in {art.place.town}"
    sheet.add(sheet.headline)
    opening = _release_dateline(rng, sheet, distributor)
    sheet.paragraphs = list(art.paragraphs)
    for n, para in enumerate(art.paragraphs):
        sheet.add(opening + para if n == 0 else para)
    sheet.add(f"About {company}")
    founded, staff = rng.randint(1950, 2010), rng.randint(40, 900)
    where = f"{art.place.town} in {founded} and employs {staff} people"
    sheet.add(f"{company} was founded in {where} in {rng.choice(lx.COUNTRIES)}.", 1)
    contact = draw.person(rng, latin_only=True)
    address = f"{contact.handle[1:]}@{company.split()[0].lower()}.example"
    sheet.add(f"Media contact:\n{contact.name}\n{address}\n+00 555 01{rng.randint(10, 99)}")
    sheet.add("###")
    return sheet.finish("E", "press")
