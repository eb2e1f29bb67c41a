"""
Family A, the crawl format (FORMATS.md section A): a header line ` date YYYY-MM-DD` and, on the
same line, one kind of rest (one variant per row of the catalogue's table), then the page.

Around the rest the generator draws what the catalogue lists: leading furniture, a headline in
its odd places (own line, glued to the first body word, twice, after the body in capitals), a
byline in its messy forms, paragraph separators (blank line, single newline, several blank lines),
trailing furniture, and pages cut off mid-word.  The header date is the date; a header of month
precision dates nothing unless the page gives a full date.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final, TypeAlias

from tests.layouts import bylines, datefmt, draw, furniture
from tests.layouts import lexicon as lx
from tests.layouts.model import Article, Outlet, Person, Rendering
from tests.layouts.sheet import Sheet
from tests.layouts.wire import SHAPES


@dataclass
class Crawl:
    """The plan of one crawl page, filled in by the rest builder and the placement steps."""

    sheet: Sheet
    rest: str = ""
    first_on_header: bool = False
    opening: str = ""
    top_ok: bool = True
    month: bool = False
    headline_at: str = "none"
    byline_at: str = "none"
    gap: int = 2
    para_gap: int = 2
    cut: bool = False


Rest: TypeAlias = Callable[[random.Random, Crawl], None]

TOP_HEADLINES: Final = ("none", "line", "line", "glued", "twice", "caps-end")
TOP_BYLINES: Final = (
    "line", "line", "last", "published", "glued-time", "contributors", "author-trailer",
    "glued-sentence", "none",
)  # fmt: skip
BOTTOM_BYLINES: Final = ("last", "contributors", "author-trailer", "none")
DATED_BYLINES: Final = frozenset({"published", "glued-time"})


def _names(rng: random.Random, people: tuple[Person, ...]) -> str:
    return bylines.join_names(rng, bylines.shown(rng, people))


def _publisher(crawl: Crawl) -> Outlet:
    outlet = crawl.sheet.art.publisher
    assert outlet is not None
    crawl.sheet.credit(outlet)
    return outlet


def rest_body(rng: random.Random, crawl: Crawl) -> None:
    """The body starts right away on the header line."""
    crawl.first_on_header, crawl.top_ok = True, False


def rest_dateline(rng: random.Random, crawl: Crawl) -> None:
    """A dateline, alone on the header line (`HARLOW, Norland, May 6`) or opening the body."""
    sheet = crawl.sheet
    day = sheet.art.date - datetime.timedelta(days=rng.randint(0, 3))  # may disagree by days
    crawl.top_ok = False
    if rng.random() < 0.3:
        town = sheet.art.place.town.upper()
        place = f"{town}, {sheet.art.place.country}" if sheet.art.place.country else town
        crawl.rest = f"{place}, {datefmt.yearless(rng, day)}"
        sheet.dateline(place, None)
        return
    dl = SHAPES[rng.choice(sorted(SHAPES))](rng, day)
    sheet.dateline(dl.location, dl.agency)
    if dl.outlet is not None:
        sheet.art = replace(sheet.art, publisher=dl.outlet)
        sheet.credit(dl.outlet)
    if rng.random() < 0.6:
        crawl.first_on_header, crawl.opening = True, dl.text
    else:
        crawl.rest = dl.text.rstrip()
        if dl.agency and sheet.art.authors and rng.random() < 0.5:
            crawl.byline_at = f"dash {dl.agency}"  # `By X - Agency:` on the next line


def rest_headline(rng: random.Random, crawl: Crawl) -> None:
    """The headline on the header line (sometimes again on its own line)."""
    headline = crawl.sheet.art.headline
    assert headline is not None, "fit() gives this variant a headline"
    crawl.rest = crawl.sheet.headline = headline
    crawl.headline_at = "twice-header" if rng.random() < 0.3 else "header"


def rest_label(rng: random.Random, crawl: Crawl) -> None:
    """A category or date label (`General News of Saturday, 1 May 2021`, `Press Release`)."""
    day = crawl.sheet.art.date
    weekday, month = datefmt.WEEKDAYS["en"][day.weekday()], datefmt.MONTHS["en"][day.month - 1]
    crawl.rest = rng.choice(lx.CATEGORY_LABELS).format(
        date=f"{weekday}, {day.day} {month} {day.year}"
    )
    crawl.month = crawl.month and "News of" not in crawl.rest


def rest_caption(rng: random.Random, crawl: Crawl) -> None:
    """A photo caption, often a pictured person's name alone: never an author."""
    who = crawl.sheet.art.pictured.name
    crawl.rest = rng.choice((who, who, f"{who} in {rng.choice(lx.TOWNS)} on Monday"))


def rest_by_org(rng: random.Random, crawl: Crawl) -> None:
    """`By <Organization>`, then one or five blank lines (the user's richest form)."""
    crawl.rest = f"By {_publisher(crawl).written}"
    crawl.gap = rng.choice((2, 6))


def rest_agency(rng: random.Random, crawl: Crawl) -> None:
    """An agency's name alone."""
    crawl.rest = _publisher(crawl).written


def rest_breadcrumb(rng: random.Random, crawl: Crawl) -> None:
    """`Home / News / Region`, sometimes ending with the headline (then also on its own line)."""
    crawl.rest = f"Home / News / {crawl.sheet.art.section}"
    if crawl.sheet.art.headline and rng.random() < 0.5:
        crawl.rest += f" / {crawl.sheet.art.headline}"
        crawl.headline_at = "line"


def rest_byline(rng: random.Random, crawl: Crawl) -> None:
    """An author byline on the header line."""
    crawl.rest = bylines.english(
        rng, crawl.sheet, crawl.sheet.art.authors, tails=0.3, prefixes=lx.BY_PREFIXES
    )
    crawl.byline_at = "header"


def rest_name_city(rng: random.Random, crawl: Crawl) -> None:
    """`Name (City)`: a reporter and where they file from."""
    author = crawl.sheet.art.authors[0]
    crawl.sheet.by((author,))
    crawl.rest, crawl.byline_at = f"{author.name} ({rng.choice(lx.TOWNS)})", "header"


def rest_wire(rng: random.Random, crawl: Crawl) -> None:
    """
    `(Wire) --` and the body: the agency credits the copy; with no place there is no
    dateline (a dateline's location is its heart), as the crawl-format dev corpus reads it.
    """
    written = _publisher(crawl).written
    crawl.first_on_header, crawl.top_ok, crawl.opening = True, False, f"({written}) -- "


def rest_aggregator(rng: random.Random, crawl: Crawl) -> None:
    """`(AGGREGATOR- Outlet)`: the outlet after the dash is the publisher."""
    crawl.rest = f"({rng.choice(lx.AGGREGATORS)}- {_publisher(crawl).written})"


def rest_published_by(rng: random.Random, crawl: Crawl) -> None:
    """`Published by <Outlet>`."""
    crawl.rest = f"Published by {_publisher(crawl).written}"


def _fixed(choices: tuple[str, ...]) -> Rest:
    def rest(rng: random.Random, crawl: Crawl) -> None:
        crawl.rest = rng.choice(choices)

    return rest


def _url(rng: random.Random, crawl: Crawl) -> None:
    """The page's address on a reader portal (it names no outlet, so it credits no one)."""
    slug = "-".join(draw.headline(rng).lower().split()[:5])
    crawl.rest = f"https://reader.example/{crawl.sheet.art.date:%Y/%m}/{slug}"


def _handle(rng: random.Random, crawl: Crawl) -> None:
    """A social-media handle of somebody who is not an author."""
    crawl.rest = crawl.sheet.art.pictured.handle


def _image_credit(rng: random.Random, crawl: Crawl) -> None:
    """An image credit: a picture desk or a photographer, never the publisher."""
    shooter = draw.person(rng, latin_only=True).name
    desk = rng.choice(lx.PHOTO_AGENCIES)
    crawl.rest = rng.choice((desk, f"Photo: {desk}", f"{desk}/{shooter}", f"Photo: {shooter}"))


#: The rest-of-line kinds of the catalogue's table, by variant name.
RESTS: Final[dict[str, Rest]] = {
    "body": rest_body, "dateline": rest_dateline, "ui": _fixed(lx.UI_LEFTOVERS),
    "headline": rest_headline, "label": rest_label, "caption": rest_caption,
    "by-org": rest_by_org, "section": _fixed(lx.SECTIONS), "image-credit": _image_credit,
    "separator": _fixed(lx.SEPARATORS), "agency": rest_agency, "breadcrumb": rest_breadcrumb,
    "byline": rest_byline, "name-city": rest_name_city, "wire": rest_wire, "handle": _handle,
    "url": _url, "tracking": _fixed(lx.TRACKING), "aggregator": rest_aggregator,
    "published-by": rest_published_by,
}  # fmt: skip


# What each rest kind needs from the article: an agency, any publisher, an author, a headline.
NEEDS_AGENCY: Final = frozenset({"agency", "wire"})
NEEDS_PUBLISHER: Final = frozenset({"by-org", "aggregator", "published-by"})
NEEDS_AUTHOR: Final = frozenset({"byline", "name-city"})


def fit(rng: random.Random, art: Article, kind: str) -> Article:
    """The article, completed with what the rest kind `kind` needs to be drawn at all."""
    if kind in NEEDS_AGENCY and not (art.publisher and art.publisher.agency):
        art = replace(art, publisher=draw.agency(rng))
    if kind in NEEDS_PUBLISHER and art.publisher is None:
        art = replace(art, publisher=draw.outlet(rng))
    if kind in NEEDS_AUTHOR and not art.authors:
        art = replace(art, authors=draw.people(rng, 1))
    if kind == "headline" and not art.headline:
        art = replace(art, headline=draw.headline(rng))
    return art


def place_headline(rng: random.Random, crawl: Crawl) -> None:
    """Where the headline goes when the rest did not put it on the header line."""
    if crawl.headline_at != "none" or not crawl.sheet.art.headline:
        return
    crawl.headline_at = rng.choice(TOP_HEADLINES if crawl.top_ok else ("none", "caps-end"))
    head, first = crawl.sheet.art.headline, crawl.sheet.art.paragraphs[0]
    if crawl.headline_at == "glued" and not (head[-1].islower() and first[0].isupper()):
        crawl.headline_at = "line"  # the glue must show where the headline ends


def place_byline(rng: random.Random, crawl: Crawl) -> None:
    """Where the byline goes when the rest did not put it on the header line."""
    art = crawl.sheet.art
    if crawl.byline_at != "none" or not art.authors:
        return
    # A month-precision header must stay the only date: no byline that carries a full one.
    allowed = TOP_BYLINES if crawl.top_ok else BOTTOM_BYLINES
    options = [b for b in allowed if not (crawl.month and b in DATED_BYLINES)]
    crawl.byline_at = rng.choice(options)
    first_word = art.paragraphs[0].split(" ", 1)[0]
    glue_ok = crawl.headline_at != "glued" and first_word in lx.GLUE_STARTS
    if crawl.byline_at == "glued-sentence" and not glue_ok:
        crawl.byline_at = "line"
    one_name = len(art.authors) == 1 and art.authors[0].name[-1].islower()
    if crawl.byline_at == "glued-time" and not one_name:
        crawl.byline_at = "line"  # the glue must show where the name ends


def header(crawl: Crawl) -> str:
    """` date YYYY-MM-DD` (or `YYYY-MM`) and the rest of the line."""
    day = crawl.sheet.art.date
    crawl.sheet.dated(None if crawl.month else day)
    token = f"{day:%Y-%m}" if crawl.month else day.isoformat()
    return f" date {token}" + (f" {crawl.rest}" if crawl.rest else "")


def _dated_byline(rng: random.Random, crawl: Crawl) -> str:
    """`by X Published: <date> Last updated: <date>`, or a name glued to a timestamp."""
    art = crawl.sheet.art
    crawl.sheet.by(art.authors)
    moment = datefmt.when(rng, art.date)
    if crawl.byline_at == "glued-time":
        stamp = f"{datefmt.MONTHS['en'][art.date.month - 1][:3]} {art.date.day}, {art.date.year}"
        return f"By {art.authors[0].name}{stamp}, {moment:%I:%M} {rng.choice(('AM', 'PM'))} EDT"
    later = datefmt.when(rng, art.date + datetime.timedelta(days=rng.randint(0, 2)))
    published, updated = datefmt.FORMS["mdy"](moment), datefmt.FORMS["mdy"](later)
    return f"by {_names(rng, art.authors)} Published: {published} Last updated: {updated}"


def top(rng: random.Random, crawl: Crawl) -> None:
    """The lines between the header and the body: furniture, headline, byline."""
    sheet, art = crawl.sheet, crawl.sheet.art
    lines = furniture.leading(rng, sheet, rng.choice((0, 0, 1, 2))) if crawl.top_ok else []
    if crawl.rest.startswith("By ") and crawl.byline_at == "line":
        lines = []  # the richest form: `By <Publisher>`, blank lines, `By <Author>`, the body
    if art.headline and crawl.headline_at in ("line", "twice", "twice-header"):
        sheet.headline = art.headline
        lines += [art.headline] * (2 if crawl.headline_at == "twice" else 1)
    if crawl.byline_at == "line":
        lines.append(bylines.english(rng, sheet, art.authors, tails=0.3, prefixes=lx.BY_PREFIXES))
    elif crawl.byline_at in DATED_BYLINES:
        lines.append(_dated_byline(rng, crawl))
    elif crawl.byline_at.startswith("dash "):
        sheet.by(art.authors)
        lines.append(f"By {_names(rng, art.authors)} - {crawl.byline_at.removeprefix('dash ')}:")
    for n, line in enumerate(lines):
        sheet.add(line, crawl.gap if n == 0 else crawl.para_gap)
    if lines:
        crawl.gap = crawl.para_gap


def _first(rng: random.Random, crawl: Crawl) -> str:
    """The first paragraph as printed: dateline, glued headline or glued byline in front."""
    sheet, art = crawl.sheet, crawl.sheet.art
    first = crawl.opening + art.paragraphs[0]
    if crawl.headline_at == "glued" and art.headline:
        sheet.headline = art.headline
        first = art.headline + first
    if crawl.byline_at == "glued-sentence":
        sheet.by(art.authors)
        first = f"By {_names(rng, art.authors)} {first}"
    return first


def body(rng: random.Random, crawl: Crawl) -> None:
    """The paragraphs, with the first on the header line when the rest says so."""
    sheet, art = crawl.sheet, crawl.sheet.art
    sheet.paragraphs = list(art.paragraphs)
    first = _first(rng, crawl)
    if crawl.first_on_header:
        sheet.pieces[0].text += " " + first
    else:
        sheet.add(first, crawl.gap)
    for para in art.paragraphs[1:]:
        sheet.add(para, crawl.para_gap)


def cut_off(rng: random.Random, sheet: Sheet) -> None:
    """End the page mid-word inside the last paragraph, which keeps its cut text."""
    last = sheet.paragraphs[-1]
    start = len(last) * 3 // 5
    spots = [i for i in range(start, len(last) - 1) if last[i - 1].isalpha() and last[i].isalpha()]
    if not spots:
        return
    at = rng.choice(spots)
    sheet.pieces[-1].text = sheet.pieces[-1].text[: len(sheet.pieces[-1].text) - len(last) + at]
    sheet.paragraphs[-1] = last[:at]


def bottom(rng: random.Random, crawl: Crawl) -> None:
    """Byline and headline after the body, then trailing furniture (or a cut-off end)."""
    sheet, art = crawl.sheet, crawl.sheet.art
    if crawl.cut:
        cut_off(rng, sheet)
        return
    if art.publisher and art.publisher.agency and rng.random() < 0.2:
        sheet.credit(art.publisher)
        sheet.pieces[-1].text += f" ({art.publisher.written})"
    if crawl.byline_at in ("last", "contributors", "author-trailer"):
        sheet.by(art.authors)
        names = [p.name for p in art.authors]
        forms = {
            "last": f"By {_names(rng, art.authors)}",
            "contributors": "\n".join(["Contributors", *names]),
            "author-trailer": f"Author: {', '.join(names)}",
        }
        sheet.add(forms[crawl.byline_at])
    if crawl.headline_at == "caps-end" and art.headline:
        sheet.headline = art.headline.upper()
        sheet.add(sheet.headline)
    for piece in furniture.trailing(rng, sheet, rng.choice((0, 1, 1, 2, 3))):
        sheet.add(piece)


def render(rng: random.Random, art: Article, kind: str) -> Rendering:
    """A crawl page whose header line carries the rest kind `kind` (a key of :data:`RESTS`)."""
    crawl = Crawl(Sheet(rng, fit(rng, art, kind)), month=rng.random() < 0.08 and kind != "dateline")
    crawl.para_gap = rng.choice((2, 2, 2, 2, 2, 1, 1, 1, 3, 4))
    RESTS[kind](rng, crawl)
    place_headline(rng, crawl)
    place_byline(rng, crawl)
    # A page cut off mid-word ends there: nothing may follow the cut paragraph.
    after_body = crawl.headline_at == "caps-end" or crawl.byline_at in BOTTOM_BYLINES[:3]
    # Only a page with several paragraphs is cut: a lone cut line could pass for a teaser.
    crawl.cut = rng.random() < 0.12 and not after_body and len(crawl.sheet.art.paragraphs) > 1
    crawl.sheet.add(header(crawl), 0)
    top(rng, crawl)
    body(rng, crawl)
    bottom(rng, crawl)
    return crawl.sheet.finish("A", kind)
