"""
Bylines as FORMATS.md sections A, B and E list them: prefixes in nine languages, name lists
joined with `and`, `&`, commas or an Oxford comma, names in capitals, and tails that are not
names (an outlet, a job title, a place, a handle, an e-mail, a time or an age).

Each builder writes the line and records on the :class:`~tests.layouts.sheet.Sheet` what it
establishes: the authors, and the publisher when the tail names an outlet.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Final

from tests.layouts import lexicon as lx
from tests.layouts.model import Outlet, Person
from tests.layouts.sheet import Sheet

#: Tail kinds; those in SINGLE_TAILS only follow a byline of one name.
TAILS: Final = ("outlet", "title", "place", "handle", "email", "time", "age")
SINGLE_TAILS: Final = frozenset({"title", "handle", "email"})


def join_names(rng: random.Random, names: Sequence[str], conj: str = "and") -> str:
    """`A`, `A and B`, `A & B`, `A, B and C` or `A, B, and C` (the Oxford comma)."""
    if len(names) == 1:
        return names[0]
    amp = conj == "and" and rng.random() < 0.25
    last = f" & {names[-1]}" if amp else f" {conj} {names[-1]}"
    if len(names) == 2:
        return names[0] + last
    oxford = "," if conj == "and" and not amp and rng.random() < 0.5 else ""
    return ", ".join(names[:-1]) + oxford + last


def shown(rng: random.Random, people: Sequence[Person], caps: bool | None = None) -> list[str]:
    """The names as a byline prints them: in capitals about a quarter of the time (Latin only)."""
    if caps is None:
        caps = rng.random() < 0.25
    return [p.caps if caps and p.script == "latin" else p.name for p in people]


def _article_outlet(sheet: Sheet) -> Outlet | None:
    return sheet.art.publisher


def outlet_tail(rng: random.Random, sheet: Sheet) -> str:
    """`, Lornby Courier`, `, Special to the Lornby Courier`, ` for lornbycourier.example`..."""
    outlet = _article_outlet(sheet)
    assert outlet is not None
    sheet.credit(outlet)
    bare = outlet.written.removeprefix("The ")
    forms = [f", {outlet.written}", f" from {outlet.written}"]
    if not outlet.agency:
        forms += [f", Special to the {bare}", f" for {outlet.domain}", f" for the {bare}"]
    return rng.choice(forms)


def email_of(person: Person, sheet: Sheet) -> str:
    """An address built from the name; the domain is the publisher's only when it is credited."""
    outlet = _article_outlet(sheet)
    domain = outlet.domain if outlet and outlet.domain and sheet.publisher else "mail.example"
    return f"{person.handle[1:]}@{domain}"


def tail(rng: random.Random, sheet: Sheet, people: Sequence[Person], kind: str) -> str:
    """The text after the names for one tail kind (see :data:`TAILS`)."""
    if kind == "outlet":
        return outlet_tail(rng, sheet)
    if kind == "title":
        return rng.choice((", ", " | ", " - ")) + rng.choice(lx.JOB_TITLES)
    if kind == "place":
        return f" in {rng.choice(lx.TOWNS)}"
    if kind == "handle":
        return rng.choice((" ", " | ")) + people[0].handle
    if kind == "email":
        return rng.choice((" | ", ", ", " ")) + email_of(people[0], sheet)
    if kind == "time":
        return f" | {rng.randint(1, 12)}:{rng.randrange(60):02d}{rng.choice(('AM', 'PM'))}"
    lead = [" | ", ", "] + ([f" {people[0].handle} / "] if len(people) == 1 else [])
    return rng.choice(lead) + rng.choice(lx.AGES)


def tail_kinds(sheet: Sheet, people: Sequence[Person]) -> list[str]:
    """The tails this byline may take: an outlet only when the article has a publisher."""
    kinds = [k for k in TAILS if len(people) == 1 or k not in SINGLE_TAILS]
    if sheet.art.publisher is None:
        kinds.remove("outlet")
    return kinds


def english(
    rng: random.Random,
    sheet: Sheet,
    people: Sequence[Person],
    *,
    tails: float,
    prefixes: Sequence[str] = lx.EN_PREFIXES,
) -> str:
    """An English byline with a prefix drawn from `prefixes` and, with probability `tails`, a
    tail."""
    prefix = rng.choice(prefixes)
    line = f"{prefix} {join_names(rng, shown(rng, people))}"
    if rng.random() < tails:
        line += tail(rng, sheet, people, rng.choice(tail_kinds(sheet, people)))
    sheet.by(tuple(people))
    return line


def foreign(
    rng: random.Random,
    sheet: Sheet,
    people: Sequence[Person],
    prefixes: Sequence[tuple[str, str, int]] = lx.FOREIGN_PREFIXES,
) -> str:
    """`Von A und B`, `Par A`, `Автор: A`...; uses as many of `people` as the prefix allows."""
    prefix, conj, most = rng.choice(prefixes)
    chosen = tuple(people[:most])
    sheet.by(chosen)
    return f"{prefix} {join_names(rng, shown(rng, chosen, caps=False), conj)}"


def bare(rng: random.Random, sheet: Sheet, people: Sequence[Person]) -> str:
    """Names alone on a line (`Jane Doe and John Roe`), read as a byline under a headline."""
    sheet.by(tuple(people))
    return join_names(rng, shown(rng, people))
