"""
Page furniture: what surrounds a story on a crawled page and is never part of the record's
body (FORMATS.md section A, "Noise"), plus the wire trailers of section B.

A builder that names an outlet credits the publisher on the sheet, so it is only drawn when the
article has one; everything else names no one the record should keep.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Final, TypeAlias

from tests.layouts import draw
from tests.layouts import lexicon as lx
from tests.layouts.model import Outlet
from tests.layouts.sheet import Sheet

Builder: TypeAlias = Callable[[random.Random, Sheet], str]


def share_bar(rng: random.Random, sheet: Sheet) -> str:
    """A share or listen bar."""
    return rng.choice(lx.SHARE_BARS)


def section_label(rng: random.Random, sheet: Sheet) -> str:
    """The article's section (`WORLD`, `Politics | Europe`)."""
    return sheet.art.section


def breadcrumb(rng: random.Random, sheet: Sheet) -> str:
    """`Home / News / Politics | Europe`."""
    return f"Home / News / {sheet.art.section}"


def navigation(rng: random.Random, sheet: Sheet) -> str:
    """A menu row."""
    return rng.choice(lx.NAV_ROWS)


def featured(rng: random.Random, sheet: Sheet) -> str:
    """A `FEATURED:` promo for another story."""
    return f"FEATURED: {draw.headline(rng)}"


def age_label(rng: random.Random, sheet: Sheet) -> str:
    """`14 minutes ago | Business`."""
    return f"{rng.randint(2, 55)} minutes ago | {sheet.art.section}"


def reading_time(rng: random.Random, sheet: Sheet) -> str:
    """`4 min read`."""
    return rng.choice(lx.READING_TIMES)


def photo_credit(rng: random.Random, sheet: Sheet) -> str:
    """A photo credit or caption: a photographer and a picture desk, never author nor publisher."""
    shooter = draw.person(rng, latin_only=True).name
    pictured = sheet.art.pictured.name
    return rng.choice(
        (
            f"Photo: {shooter} / {rng.choice(lx.PHOTO_AGENCIES)}",
            f"{pictured} speaks to residents in {rng.choice(lx.TOWNS)}. (Photo: {shooter})",
            f"Image: {rng.choice(lx.PHOTO_AGENCIES)}",
            f"Pictured: {pictured}",
        )
    )


#: Leading furniture that names no outlet.
LEADING: Final[tuple[Builder, ...]] = (
    share_bar,
    breadcrumb,
    navigation,
    featured,
    age_label,
    reading_time,
)


def teaser_list(rng: random.Random, sheet: Sheet) -> str:
    """`Latest` / `ALSO READ` / `Don't Miss` and two or three other headlines."""
    heading = rng.choice(lx.LIST_HEADINGS)
    items = [draw.headline(rng) for _ in range(rng.randint(2, 3))]
    if heading == "ALSO READ" and rng.random() < 0.5:
        return f"ALSO READ: {items[0]}"
    return "\n".join([heading, *items])


def video_promo(rng: random.Random, sheet: Sheet) -> str:
    """`News video: <title>`."""
    return f"News video: {draw.headline(rng)}"


def closer(rng: random.Random, sheet: Sheet) -> str:
    """`Story still developing`, `More to follow...`."""
    return rng.choice(lx.CLOSERS)


def end_mark(rng: random.Random, sheet: Sheet) -> str:
    """`-30-`, `###`, `ENDS`."""
    return rng.choice(lx.END_MARKS)


def initials(rng: random.Random, sheet: Sheet) -> str:
    """Desk initials at the end (`(kl/mr)`): they look like a byline and are none."""
    letters = "abcdefghjklmnprstvw"
    return (
        f"({rng.choice(letters)}{rng.choice(letters)}/{rng.choice(letters)}{rng.choice(letters)})"
    )


#: Trailing furniture that names no outlet.
TRAILING: Final[tuple[Builder, ...]] = (teaser_list, video_promo, closer, end_mark, initials)


def _publisher(sheet: Sheet) -> Outlet:
    outlet = sheet.art.publisher
    assert outlet is not None, "a crediting builder needs a publisher"
    sheet.credit(outlet)
    return outlet


def source_line(rng: random.Random, sheet: Sheet) -> str:
    """`Source: <Outlet>`."""
    return f"Source: {_publisher(sheet).written}"


def original_on(rng: random.Random, sheet: Sheet) -> str:
    """`Read the original article on <Outlet>.`"""
    return f"Read the original article on {_publisher(sheet).written}."


def copyright_line(rng: random.Random, sheet: Sheet) -> str:
    """`© 2021 <Outlet>. All rights reserved.` (a year alone never dates the story)."""
    outlet, year = _publisher(sheet), sheet.art.date.year
    holder = "The Associated Press" if outlet.written == "AP" else outlet.written
    return rng.choice((f"© {year} {holder}. All rights reserved.", f"Copyright {year} {holder}"))


def outlet_alone(rng: random.Random, sheet: Sheet) -> str:
    """The outlet or agency name alone as the last line."""
    return _publisher(sheet).written


#: Trailing furniture that credits the article's publisher.
CREDITING: Final[tuple[Builder, ...]] = (source_line, original_on, copyright_line, outlet_alone)


def follow_line(rng: random.Random, sheet: Sheet) -> str:
    """`---` and a follow-the-author line (only when there is an author to follow)."""
    author = sheet.art.authors[0]
    return f"---\nFollow {author.name} on X: {author.handle}"


def credits_trailer(rng: random.Random, sheet: Sheet) -> str:
    """`(Reporting by A in City; Additional reporting by B; Editing by C)`: credits, not authors."""
    crew = sheet.art.credits
    parts = [f"Reporting by {crew.reporters[0].name} in {crew.reporting_place}"]
    if len(crew.reporters) > 1:
        parts.append(f"Additional reporting by {crew.reporters[1].name}")
    parts.append(f"Editing by {crew.editors[0].name}")
    return f"({'; '.join(parts)})"


def ap_contributor(rng: random.Random, sheet: Sheet) -> str:
    """AP's `___` and `Associated Press writer X in Y contributed to this report.`"""
    writer = sheet.art.credits.reporters[0].name
    town = rng.choice(lx.TOWNS)
    return f"___\n\nAssociated Press writer {writer} in {town} contributed to this report."


def trailing(rng: random.Random, sheet: Sheet, count: int) -> list[str]:
    """Up to `count` trailing pieces; about half credit the publisher when there is one."""
    builders: list[Builder] = list(TRAILING)
    if sheet.art.publisher is not None:
        builders += CREDITING
    if sheet.art.authors and sheet.art.authors[0].name in sheet.authors:
        builders.append(follow_line)  # only for an author a byline has already named
    return [b(rng, sheet) for b in rng.sample(builders, k=min(count, len(builders)))]


def leading(rng: random.Random, sheet: Sheet, count: int) -> list[str]:
    """Up to `count` leading pieces, none of which names an outlet."""
    return [b(rng, sheet) for b in rng.sample(LEADING, k=min(count, len(LEADING)))]
