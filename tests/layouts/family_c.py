"""
Family C, archives and hard-wrapped text (FORMATS.md section C).

* ``reuters``: an ALL-CAPS title, the dateline and body hard-wrapped at 65-70 columns, each
  paragraph opened by indentation with no blank lines, sometimes a table of figures (rendered as
  one paragraph whose rows stay rows), and a closing `Reuter`.
* ``blank-lines``: wrapped at 60-72 columns with blank lines between paragraphs.
* ``indented``: wrapped, paragraphs opened by a tab or spaces, no blank lines.
* ``transport``: unwrapped paragraphs carrying CRLF, tabs, no-break and zero-width spaces and
  mojibake.

Line-end hyphens either split a word (`trans-` + `portation`) or end a compound (`well-` +
`known`); the expected paragraphs are the unbroken text.
"""

from __future__ import annotations

import datetime
import random

from tests.layouts import bylines, textops
from tests.layouts import lexicon as lx
from tests.layouts.datefmt import MONTHS
from tests.layouts.model import Article, Outlet, Rendering
from tests.layouts.sheet import Sheet
from tests.layouts.wire import SHAPES

REUTERS = Outlet("Reuters", "Reuters", agency=True)


def table(rng: random.Random) -> list[str]:
    """Rows of aligned figures: a header of two years, then two to four items."""
    year = rng.randint(1985, 1999)
    rows = [f"{'':<16}{year:>10}{year - 1:>10}"]
    for item in rng.sample(lx.TABLE_ITEMS, k=rng.randint(2, 4)):
        now, before = rng.randint(10, 990) / 10, rng.randint(10, 990) / 10
        rows.append(f"{item:<16}{now:>10.1f}{before:>10.1f}")
    return rows


def _indented(rng: random.Random, text: str, width: int, indent: str) -> str:
    lines = textops.wrap(rng, text, width, indent=indent)
    return "\n".join(lines)


def _reuters_dateline(rng: random.Random, day: datetime.date) -> tuple[str, str]:
    place = rng.choice(("NEW YORK", "LONDON", "TOKYO", rng.choice(("HARLOW", "PORT ALDER"))))
    month = MONTHS["en"][day.month - 1]
    return f"{place}, {rng.choice((month, month[:3]))} {day.day} - ", place


def _reuters_reference(rng: random.Random, sheet: Sheet) -> None:
    if rng.random() < 0.8:
        sheet.reference_date = sheet.art.date + datetime.timedelta(days=rng.randint(0, 2))
        sheet.dated(sheet.art.date)


def reuters(rng: random.Random, art: Article) -> Rendering:
    """Reuters-21578 style: caps title, indented wrapped paragraphs, a table, `Reuter`."""
    sheet = Sheet(rng, art)
    width, indent = rng.randint(65, 70), " " * rng.choice((4, 5))
    if art.headline:
        sheet.headline = art.headline.upper()
        sheet.add(sheet.headline)
    if art.authors and rng.random() < 0.3:
        sheet.by(art.authors[:1])
        sheet.add(f"{indent}By {art.authors[0].name}, Reuters", 1)
    opening, place = _reuters_dateline(rng, art.date)
    sheet.dateline(place, None)
    for i, para in enumerate(art.paragraphs):
        sheet.add(_indented(rng, (opening if i == 0 else "") + para, width, indent), 1)
        sheet.paragraphs.append(para)
        if i == 0 and rng.random() < 0.4:
            rows = table(rng)
            sheet.add("\n".join(indent + row for row in rows), 1)
            sheet.paragraphs.append("\n".join(row.strip() for row in rows))
    sheet.credit(REUTERS)
    sheet.add(" Reuter", 1)
    _reuters_reference(rng, sheet)
    return sheet.finish("C", "reuters")


def _title_and_byline(rng: random.Random, sheet: Sheet, gap: int) -> None:
    art = sheet.art
    if art.headline and rng.random() < 0.8:
        sheet.headline = art.headline.upper() if rng.random() < 0.3 else art.headline
        sheet.add(sheet.headline, gap)
    if art.authors and rng.random() < 0.6:
        sheet.add(f"By {bylines.join_names(rng, bylines.shown(rng, art.authors))}", gap)
        sheet.by(art.authors)


def _opening(rng: random.Random, sheet: Sheet) -> str:
    """A dateline for the first paragraph: an agency's, a bare place's, or none."""
    if rng.random() < 0.4:
        return ""
    dl = SHAPES[rng.choice(("ap", "xinhua", "city-dash", "afp"))](rng, sheet.art.date)
    sheet.dateline(dl.location, dl.agency)
    if dl.outlet is not None:
        sheet.credit(dl.outlet)
    if dl.carries == "full":
        sheet.dated(sheet.art.date)
    return dl.text


def wrapped(rng: random.Random, art: Article, variant: str) -> Rendering:
    """Hard-wrapped paragraphs separated by blank lines (`blank-lines`) or by indentation."""
    sheet = Sheet(rng, art)
    blank = variant == "blank-lines"
    width = rng.randint(60, 72)
    indent = "" if blank else rng.choice(("\t", "  ", "   ", "     "))
    _title_and_byline(rng, sheet, 2 if blank else 1)
    opening = _opening(rng, sheet)
    sheet.paragraphs = list(art.paragraphs)
    for i, para in enumerate(art.paragraphs):
        lead = opening if i == 0 else ""
        text = textops.damage(rng, para, lead) if rng.random() < 0.3 else lead + para
        sheet.add(_indented(rng, text, width, indent), 2 if blank else 1)
    transport = textops.crlf if rng.random() < 0.3 else None
    return sheet.finish("C", variant, transport)


def transport(rng: random.Random, art: Article) -> Rendering:
    """Unwrapped paragraphs carrying every kind of transport damage, with CRLF line ends."""
    sheet = Sheet(rng, art)
    _title_and_byline(rng, sheet, 2)
    opening = _opening(rng, sheet)
    sheet.paragraphs = list(art.paragraphs)
    for i, para in enumerate(art.paragraphs):
        sheet.add(textops.damage(rng, para, opening if i == 0 else ""))
    return sheet.finish("C", "transport", textops.crlf if rng.random() < 0.7 else None)
