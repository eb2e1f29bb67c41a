"""
Drawing an invented :class:`~tests.layouts.model.Article` from a seeded `random.Random`.

Everything comes from :mod:`tests.layouts.lexicon`; the same generator state always gives the
same article.  The running text is built from templates so that it reads like news (quotes,
figures, compounds with hyphens, dates the story mentions) without copying any real story.
"""

from __future__ import annotations

import datetime
import random

from tests.layouts import lexicon as lx
from tests.layouts.model import Article, Credits, Outlet, Person, Place

FIRST_DAY = datetime.date(2015, 1, 1)
SPAN_DAYS = 3650

# How many authors a story has: none is common on the web, three is rare.
AUTHOR_COUNTS = (0, 1, 1, 1, 2, 2, 3)


def person(rng: random.Random, *, latin_only: bool = False) -> Person:
    """An invented person; about one in ten is written in Cyrillic or Greek script."""
    roll = rng.random()
    if not latin_only and roll < 0.06:
        given, family = rng.choice(lx.CYRILLIC)
        return Person(given, family, "cyrillic")
    if not latin_only and roll < 0.10:
        given, family = rng.choice(lx.GREEK)
        return Person(given, family, "greek")
    return Person(rng.choice(lx.GIVEN), rng.choice(lx.FAMILY))


def people(rng: random.Random, count: int, *, latin_only: bool = False) -> tuple[Person, ...]:
    """`count` people with distinct names (a byline never repeats a name)."""
    chosen: dict[str, Person] = {}
    while len(chosen) < count:
        someone = person(rng, latin_only=latin_only)
        chosen.setdefault(someone.name, someone)
    return tuple(chosen.values())


def outlet(rng: random.Random) -> Outlet:
    """A newspaper or site (not an agency)."""
    name, domain = rng.choice(lx.OUTLETS)
    return Outlet(name, name, agency=False, domain=domain)


def agency(rng: random.Random) -> Outlet:
    """A news agency, with the short form its datelines use."""
    name, written = rng.choice(lx.AGENCIES)
    return Outlet(name, written, agency=True)


def publisher(rng: random.Random) -> Outlet | None:
    """No publisher, an outlet or an agency, in about equal shares."""
    roll = rng.random()
    if roll < 0.3:
        return None
    return outlet(rng) if roll < 0.65 else agency(rng)


def pub_date(rng: random.Random) -> datetime.date:
    """A publication date between 2015 and 2024."""
    return FIRST_DAY + datetime.timedelta(days=rng.randrange(SPAN_DAYS))


def headline(rng: random.Random) -> str:
    """A headline from the templates: short, no final stop."""
    template = rng.choice(lx.HEADLINES)
    return template.format(town=rng.choice(lx.TOWNS), project=rng.choice(lx.PROJECTS))


def _speaker(rng: random.Random) -> str:
    return f"{person(rng, latin_only=True).name}, {rng.choice(lx.SPEAKER_ROLES)},"


def _story_date(rng: random.Random) -> str:
    """A date the story mentions; it must never become the publication date."""
    month = rng.choice(lx.MONTHS["en"])
    if rng.random() < 0.5:
        return f"on {month} {rng.randint(1, 28)}"
    return f"in {month} {rng.randint(2005, 2014)}"


def sentence(rng: random.Random) -> str:
    """One invented news sentence."""
    town, project = rng.choice(lx.TOWNS), rng.choice(lx.PROJECTS)
    kind = rng.randrange(7)
    if kind == 0:
        day = rng.choice(lx.WEEKDAYS["en"])
        return f"{rng.choice(lx.ACTORS)} in {town} said on {day} that {rng.choice(lx.CLAUSES)}."
    if kind == 1:
        return f"“{rng.choice(lx.QUOTES)},” said {_speaker(rng)[:-1]}."
    if kind == 2:
        money = f"{rng.randint(2, 90)} million {rng.choice(lx.CURRENCIES)}"
        return f"The {project} in {town} is expected to cost {money}, according to the council."
    if kind == 3:
        return f"Work on the {project} began {_story_date(rng)} and is due to end next year."
    if kind == 4:
        return f"{_speaker(rng)} said that {rng.choice(lx.CLAUSES)}."
    if kind == 5:
        share = rng.randint(3, 40)
        return f"Last year the {project} in {town} drew {share} percent more visitors than before."
    return f"Residents of {town} have complained about the {project} {_story_date(rng)}."


def paragraph(rng: random.Random) -> str:
    """One to three sentences, at least 80 characters, so that no paragraph looks like a title."""
    text = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
    while len(text) < 80:
        text = f"{text} {sentence(rng)}"
    return text


def ru_paragraph(rng: random.Random) -> str:
    """Two or three invented Russian sentences (for the Russian TASS dateline)."""
    return " ".join(rng.sample(lx.RU_SENTENCES, k=rng.randint(2, 3)))


def credits(rng: random.Random) -> Credits:
    """The people of a credit trailer: one or two reporters, one editor."""
    crew = people(rng, rng.randint(2, 3), latin_only=True)
    return Credits(crew[:-1], crew[-1:], rng.choice(lx.TOWNS))


def article(rng: random.Random) -> Article:
    """One invented story: every optional part drawn independently."""
    country = rng.choice(lx.COUNTRIES) if rng.random() < 0.4 else None
    return Article(
        headline=headline(rng) if rng.random() < 0.7 else None,
        standfirst=rng.choice(lx.STANDFIRSTS),
        authors=people(rng, rng.choice(AUTHOR_COUNTS)),
        publisher=publisher(rng),
        date=pub_date(rng),
        place=Place(rng.choice(lx.TOWNS), country),
        paragraphs=tuple(paragraph(rng) for _ in range(rng.randint(1, 8))),
        credits=credits(rng),
        section=rng.choice(lx.SECTIONS),
        pictured=person(rng, latin_only=True),
    )
