"""
Header stacks (FORMATS.md section E): short lines above the body, each one field or one piece of
furniture, in any order, with blank lines between all, some or none of them.

:func:`items` draws the lines of a stack from a :class:`Spec`, :func:`arrange` orders them
(a standfirst or a bare byline stays right under its headline), and :func:`lay` writes the stack
and the body with the chosen separators, indentation and trailing furniture.  Family D reuses the
same machinery with one date line under test.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field

from tests.layouts import bylines, datefmt, furniture
from tests.layouts.sheet import Sheet, Transport
from tests.layouts.textops import crlf, trailing_blanks


@dataclass(frozen=True)
class Item:
    """One line of a stack: its kind (`headline`, `byline`, `date`...) and its text."""

    kind: str
    text: str


@dataclass(frozen=True)
class Spec:
    """What a stack holds; `None` lets the generator draw."""

    date_style: str | None = None
    byline_style: str | None = None
    source: bool | None = None
    byline_first: bool = False
    furniture: int | None = None
    extra: tuple[Item, ...] = field(default_factory=tuple)


DATE_STYLES = ("alone", "label", "two", "byline")
BYLINE_STYLES = ("plain", "prefix", "foreign", "tail", "bare")


def date_alone(rng: random.Random, sheet: Sheet) -> str:
    """A date alone on its line, in any settled form of section D."""
    moment = datefmt.when(rng, sheet.art.date)
    sheet.dated(sheet.art.date)
    if moment.day > 12 and rng.random() < 0.15:
        return datefmt.slashed_day_first(moment)
    return datefmt.any_form(rng, moment)


def in_language(rng: random.Random, lang: str, moment: datetime.datetime) -> str:
    """A date as a page in `lang` writes it behind a label (English takes any settled form)."""
    if lang == "en":
        return datefmt.FORMS[rng.choice(sorted(datefmt.FORMS))](moment)
    if lang in ("de", "ru", "tr") and rng.random() < 0.3:
        return datefmt.FORMS["dotted"](moment) + rng.choice(("", f" {moment:%H:%M}"))
    return datefmt.native(lang, moment) + rng.choice(("", f", {moment:%H:%M}"))


def date_label(rng: random.Random, sheet: Sheet, *, updated: bool = False) -> str:
    """`Published: 14 March 2022`, `Publié le 14 mars 2022`, `Опубликовано: 14 марта 2022 г.`"""
    lang = rng.choice(datefmt.LANGS)
    published, update = rng.choice(datefmt.LABELS[lang])
    sheet.dated(sheet.art.date)
    label = update if updated else published
    return f"{label} {in_language(rng, lang, datefmt.when(rng, sheet.art.date))}"


def date_two(rng: random.Random, sheet: Sheet) -> str:
    """`Published: X | Updated: Y`: the published date wins whatever the order."""
    lang = rng.choice(datefmt.LANGS)
    published, update = rng.choice(datefmt.LABELS[lang])
    later = sheet.art.date + datetime.timedelta(days=rng.randint(1, 3))
    first = f"{published} {in_language(rng, lang, datefmt.when(rng, sheet.art.date))}"
    second = f"{update} {in_language(rng, lang, datefmt.when(rng, later))}"
    sheet.dated(sheet.art.date)
    sep = rng.choice((" | ", "  ", " · "))
    return first + sep + second if rng.random() < 0.8 else second + sep + first


def byline(rng: random.Random, sheet: Sheet, style: str) -> Item:
    """A byline line of the given style (see :data:`BYLINE_STYLES`)."""
    people = sheet.art.authors
    if style == "bare":
        return Item("bare", bylines.bare(rng, sheet, people))
    if style == "foreign":
        return Item("byline", bylines.foreign(rng, sheet, people))
    if style == "plain":
        names = bylines.join_names(rng, bylines.shown(rng, people))
        sheet.by(people)
        return Item("byline", f"By {names}")
    return Item(
        "byline", bylines.english(rng, sheet, people, tails=1.0 if style == "tail" else 0.3)
    )


def source(rng: random.Random, sheet: Sheet, *, with_date: bool) -> str:
    """`Source: <Agency> | <timestamp>`, `<Outlet> | <date>`, `Posted by <Outlet>`, `From ...`."""
    outlet = sheet.art.publisher
    assert outlet is not None
    sheet.credit(outlet)
    if with_date:
        sheet.dated(sheet.art.date)
        stamp = datefmt.any_form(rng, datefmt.when(rng, sheet.art.date))
        return rng.choice((f"Source: {outlet.written} | {stamp}", f"{outlet.written} | {stamp}"))
    forms = [f"Source: {outlet.written}", f"Posted by {outlet.written}", f"From {outlet.written}"]
    return rng.choice([*forms, outlet.written] if outlet.agency else forms)


#: The furniture of a stack, by kind of line.
STACK_FURNITURE: dict[str, furniture.Builder] = {
    "section": furniture.section_label,
    "reading": furniture.reading_time,
    "photo": furniture.photo_credit,
    "share": furniture.share_bar,
}


def stack_furniture(rng: random.Random, sheet: Sheet, count: int) -> list[Item]:
    """`count` of: a section label, a reading time, a photo credit or caption, a share bar."""
    kinds = rng.sample(sorted(STACK_FURNITURE), k=min(count, len(STACK_FURNITURE)))
    return [Item(kind, STACK_FURNITURE[kind](rng, sheet)) for kind in kinds]


def _heading(rng: random.Random, sheet: Sheet, byline_style: str | None) -> list[Item]:
    """The headline and, under it, sometimes a standfirst (never with a bare byline, which
    must stand right under the headline to read as one)."""
    if not sheet.art.headline:
        return []
    sheet.headline = sheet.art.headline
    out = [Item("headline", sheet.art.headline)]
    if byline_style != "bare" and rng.random() < 0.3:
        out.append(Item("standfirst", sheet.art.standfirst))
    return out


def _byline_style(rng: random.Random, sheet: Sheet, spec: Spec) -> str | None:
    if not sheet.art.authors:
        return None
    style = spec.byline_style or rng.choice(BYLINE_STYLES)
    return "plain" if style == "bare" and not sheet.art.headline else style


def _date(rng: random.Random, sheet: Sheet, style: str, by: Item | None) -> Item | None:
    """The date line of `style`; a `byline` style puts the date beside the byline instead."""
    if style == "byline" and by is not None and by.kind == "byline":
        return Item("byline", f"{by.text} {rng.choice(('|', '·', '-'))} {date_alone(rng, sheet)}")
    if style == "none":
        return None
    if style == "label":
        return Item("date", date_label(rng, sheet))
    if style == "two":
        return Item("date", date_two(rng, sheet))
    return Item("date", date_alone(rng, sheet))


def items(rng: random.Random, sheet: Sheet, spec: Spec) -> list[Item]:
    """The lines of one stack, drawn per `spec` (its extra items included)."""
    by_style = _byline_style(rng, sheet, spec)
    out = _heading(rng, sheet, by_style)
    by = byline(rng, sheet, by_style) if by_style else None
    style = spec.date_style or (rng.choice(DATE_STYLES) if rng.random() < 0.85 else "none")
    dated = _date(rng, sheet, style, by)
    if dated is not None and dated.kind == "byline":
        by, dated = dated, None
    out += [i for i in (by, dated) if i is not None]
    wants_source = spec.source if spec.source is not None else rng.random() < 0.3
    if wants_source and sheet.art.publisher is not None:
        with_date = sheet.date is None and style == "none" and rng.random() < 0.6
        out.append(Item("source", source(rng, sheet, with_date=with_date)))
    count = spec.furniture if spec.furniture is not None else rng.randint(0, 3)
    return out + stack_furniture(rng, sheet, count) + list(spec.extra)


def arrange(rng: random.Random, stack: list[Item], *, byline_first: bool) -> list[Item]:
    """Shuffle the lines; the headline keeps its standfirst or bare byline right under it."""
    head = [i for i in stack if i.kind == "headline"]
    under = [i for i in stack if i.kind in ("standfirst", "bare")]
    rest = [i for i in stack if i.kind not in ("headline", "standfirst", "bare")]
    rng.shuffle(rest)
    pos = rng.randint(0, len(rest))
    if byline_first and any(i.kind == "byline" for i in rest):
        rest.sort(key=lambda i: i.kind != "byline")
        pos = 1
    out = rest[:pos] + head + under + rest[pos:]
    if out and out[-1].kind == "standfirst":
        out.pop()  # a standfirst touching the body would read as its first paragraph
    return out


def _gap(rng: random.Random, mode: str) -> int:
    return {"all": 2, "none": 1}.get(mode) or rng.choice((1, 2))


def lay(
    rng: random.Random, sheet: Sheet, stack: list[Item], paragraphs: list[str], first_gap: int = 0
) -> None:
    """Write the stack (separators, indentation), the body, and trailing furniture."""
    mode = rng.choice(("all", "some", "none"))
    indent = rng.choice(("  ", "    ", "\t")) if rng.random() < 0.2 else ""
    for n, item in enumerate(stack):
        sheet.add(indent + item.text, first_gap if n == 0 else _gap(rng, mode))
    para_gap = 1 if rng.random() < 0.25 else 2
    for n, para in enumerate(paragraphs):
        sheet.add(para, rng.choice((1, 2, 2, 3)) if n == 0 else para_gap)
    sheet.paragraphs = list(paragraphs)
    for piece in furniture.trailing(rng, sheet, rng.choice((0, 0, 1, 2))):
        sheet.add(piece)


def web_transport(rng: random.Random) -> Transport | None:
    """CRLF line ends and trailing spaces or tabs, each on about a quarter of the pages."""
    ends, blanks = rng.random() < 0.25, rng.random() < 0.3
    if not ends and not blanks:
        return None

    def damage(text: str) -> str:
        text = trailing_blanks(rng, text) if blanks else text
        return crlf(text) if ends else text

    return damage


def page(rng: random.Random, sheet: Sheet, spec: Spec, first_gap: int = 0) -> None:
    """A whole stacked page: drawn lines, arranged, laid out over the article's body."""
    stack = arrange(rng, items(rng, sheet, spec), byline_first=spec.byline_first)
    lay(rng, sheet, stack, list(sheet.art.paragraphs), first_gap)
