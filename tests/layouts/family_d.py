"""
Family D, dates in the wild (FORMATS.md section D): one variant per way a page states, or only
seems to state, its publication date.

Most variants lay out a small stack (headline, byline, the date line under test, body); the
dateline variants borrow family B's wire copy with a fixed `reference_date`.  The expected date
follows RECORD.md's order: crawl header, `Published:` line, dateline with a year from the header
or `reference_date`, `Updated:` only alone; never a date the story mentions or a copyright year,
never a numeric date whose day/month order nothing settles.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import replace
from typing import Final, TypeAlias

from tests.layouts import datefmt, family_b, stack
from tests.layouts.model import Article, Rendering
from tests.layouts.sheet import Sheet

#: A D variant writes its date lines on the sheet and returns them as stack items.
DateLines: TypeAlias = Callable[[random.Random, Sheet], list[stack.Item]]

YEARLESS_SHAPES: Final = ("reuters", "xinhua", "pti", "trend", "tass", "province", "web-agency")
DAY_FIRST_LANGS: Final = ("fr", "de", "es", "pt", "it", "ru", "tr", "az")


def _one_of(forms: tuple[str, ...]) -> DateLines:
    """A date line in one of the English or numeric `forms`, alone or behind an English label."""

    def lines(rng: random.Random, sheet: Sheet) -> list[stack.Item]:
        moment = datefmt.when(rng, sheet.art.date)
        text = datefmt.FORMS[rng.choice(forms)](moment)
        if moment.day > 12 and "dotted" in forms and rng.random() < 0.3:
            text = datefmt.slashed_day_first(moment)
        sheet.dated(sheet.art.date)
        if rng.random() < 0.5:
            text = f"{rng.choice(datefmt.LABELS['en'])[0]} {text}"
        return [stack.Item("date", text)]

    return lines


def languages(rng: random.Random, sheet: Sheet) -> list[stack.Item]:
    """A long date in one of the eight other languages, alone or behind its label."""
    lang, moment = rng.choice(DAY_FIRST_LANGS), datefmt.when(rng, sheet.art.date)
    sheet.dated(sheet.art.date)
    if rng.random() < 0.5:
        return [stack.Item("date", datefmt.native_rich(lang, moment))]
    label = rng.choice(datefmt.LABELS[lang])[0]
    return [stack.Item("date", f"{label} {datefmt.native(lang, moment)}")]


def published_updated(rng: random.Random, sheet: Sheet) -> list[stack.Item]:
    """`Published: X | Updated: Y` on one line, or on two lines in either order."""
    if rng.random() < 0.5:
        return [stack.Item("date", stack.date_two(rng, sheet))]
    later = sheet.art.date + datetime.timedelta(days=rng.randint(1, 5))
    published, updated = rng.choice(datefmt.LABELS["en"])
    first = f"{published} {datefmt.any_form(rng, datefmt.when(rng, sheet.art.date))}"
    second = f"{updated} {datefmt.FORMS['mdy'](datefmt.when(rng, later))}"
    sheet.dated(sheet.art.date)
    pair = [stack.Item("date", first), stack.Item("date", second)]
    return pair if rng.random() < 0.6 else pair[::-1]


def updated_only(rng: random.Random, sheet: Sheet) -> list[stack.Item]:
    """Only an update label dates the page: its date is the date."""
    return [stack.Item("date", stack.date_label(rng, sheet, updated=True))]


def story_only(rng: random.Random, sheet: Sheet) -> list[stack.Item]:
    """No date line at all: the story mentions dates and a copyright line gives a year."""
    mention = f"The council first discussed the plan on March {rng.randint(1, 28)}, minutes show."
    sheet.art = replace(sheet.art, paragraphs=(*sheet.art.paragraphs, mention))
    return []


def _stacked(rng: random.Random, art: Article, variant: str, lines: DateLines) -> Rendering:
    sheet = Sheet(rng, art)
    extra = tuple(lines(rng, sheet))
    stack.page(rng, sheet, stack.Spec(date_style="none", source=False, extra=extra))
    return sheet.finish("D", variant, stack.web_transport(rng))


def ambiguous(rng: random.Random, art: Article) -> Rendering:
    """`03/04/2021`: settled by a `reference_date`, by a day-first language's label, or not."""
    month = rng.randint(1, 12)
    day = rng.choice([d for d in range(1, 13) if d != month])
    art = replace(art, date=datetime.date(art.date.year, month, day))
    sheet, how = Sheet(rng, art), rng.choice(("reference", "language", "unsettled"))
    if how == "language":
        label = rng.choice(datefmt.LABELS[rng.choice(DAY_FIRST_LANGS)])[0]
        line = f"{label} {datefmt.ambiguous_numeric(art.date, day_first=True)}"
    else:
        line = f"Published: {datefmt.ambiguous_numeric(art.date, day_first=rng.random() < 0.5)}"
    if how == "reference":
        sheet.reference_date = art.date + datetime.timedelta(days=rng.randint(0, 1))
    sheet.dated(None if how == "unsettled" else art.date)
    extra = (stack.Item("date", line),)
    stack.page(rng, sheet, stack.Spec(date_style="none", source=False, extra=extra))
    return sheet.finish("D", "ambiguous")


def header_wins(rng: random.Random, art: Article) -> Rendering:
    """A crawl header and a `Published:` line a few days apart: the header's date is the date."""
    sheet = Sheet(rng, art)
    sheet.add(f" date {art.date.isoformat()}", 0)
    sheet.dated(art.date)
    earlier = art.date - datetime.timedelta(days=rng.randint(1, 3))
    line = f"Published: {datefmt.any_form(rng, datefmt.when(rng, earlier))}"
    spec = stack.Spec(date_style="none", source=False, extra=(stack.Item("date", line),))
    stack.page(rng, sheet, spec, first_gap=rng.choice((1, 2)))
    return sheet.finish("D", "header-wins")


def month_header(rng: random.Random, art: Article) -> Rendering:
    """` date 2021-03`: no day, so no date, unless a full `Published:` date in that month."""
    sheet = Sheet(rng, art)
    sheet.add(f" date {art.date:%Y-%m}", 0)
    extra: tuple[stack.Item, ...] = ()
    if rng.random() < 0.4:
        sheet.dated(art.date)
        extra = (
            stack.Item("date", f"Published: {datefmt.FORMS['dmy'](datefmt.when(rng, art.date))}"),
        )
    stack.page(rng, sheet, stack.Spec(date_style="none", source=False, extra=extra), 2)
    return sheet.finish("D", "month-header")


def dateline_year(rng: random.Random, art: Article, variant: str) -> Rendering:
    """A yearless wire dateline: the year from `reference_date`, or no date without one.

    `year-boundary` dates the story in the last days of December and passes a reference in the
    first days of January: the nearest reading is the old year.
    """
    shape = rng.choice(YEARLESS_SHAPES)
    reference: datetime.date | None = art.date + datetime.timedelta(days=rng.randint(0, 2))
    if variant == "year-boundary":
        art = replace(art, date=datetime.date(art.date.year, 12, rng.randint(28, 31)))
        reference = datetime.date(art.date.year + 1, 1, rng.randint(1, 3))
    if variant == "dateline-no-year":
        reference = None
    return family_b.render(rng, art, shape, label=("D", variant), reference=reference)


#: The stacked D variants and the date lines each writes.
STACKED: Final[dict[str, DateLines]] = {
    "iso": _one_of(("iso", "iso-time", "iso-zone")),
    "english": _one_of(("mdy", "dmy", "ap", "weekday-time", "short-weekday", "mdy-time")),
    "numeric": _one_of(("slash-ymd", "slash-ymd-zone", "dotted", "dotted-short")),
    "languages": languages,
    "published-updated": published_updated,
    "updated-only": updated_only,
    "story-only": story_only,
}


def stacked(rng: random.Random, art: Article, variant: str) -> Rendering:
    """A stacked page whose date lines are those of `variant` (a key of :data:`STACKED`)."""
    return _stacked(rng, art, variant, STACKED[variant])
