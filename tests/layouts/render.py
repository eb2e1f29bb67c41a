"""
One renderer per family and variant of FORMATS.md, and the seeded entry point over them all.

A renderer takes a generator and a drawn :class:`~tests.layouts.model.Article` and returns a
:class:`~tests.layouts.model.Rendering`: the text and the record fields a careful reader derives
from it.  :func:`rendering` draws document `index` of run `seed`: the variant cycles through
:data:`RENDERERS` so that any run of at least ``len(RENDERERS)`` documents draws every variant,
and the generator is seeded from `(seed, index)` alone, so a document never depends on the
documents drawn before it.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from typing import Final, TypeAlias

from tests.layouts import draw, family_a, family_b, family_c, family_d, family_e, wire
from tests.layouts.model import Article, Rendering

Renderer: TypeAlias = Callable[[random.Random, Article], Rendering]


def _family_a() -> dict[str, Renderer]:
    return {f"A.{kind}": partial(family_a.render, kind=kind) for kind in family_a.RESTS}


def _family_b() -> dict[str, Renderer]:
    return {f"B.{shape}": partial(family_b.render, shape=shape) for shape in wire.SHAPES}


def _family_c() -> dict[str, Renderer]:
    return {
        "C.reuters": family_c.reuters,
        "C.blank-lines": partial(family_c.wrapped, variant="blank-lines"),
        "C.indented": partial(family_c.wrapped, variant="indented"),
        "C.transport": family_c.transport,
    }


def _family_d() -> dict[str, Renderer]:
    out: dict[str, Renderer] = {
        f"D.{name}": partial(family_d.stacked, variant=name) for name in family_d.STACKED
    }
    for name in ("dateline-year", "dateline-no-year", "year-boundary"):
        out[f"D.{name}"] = partial(family_d.dateline_year, variant=name)
    out["D.ambiguous"] = family_d.ambiguous
    out["D.header-wins"] = family_d.header_wins
    out["D.month-header"] = family_d.month_header
    return out


def _family_e() -> dict[str, Renderer]:
    variants = (
        "stack",
        "date-alone",
        "date-label",
        "two-dates",
        "source",
        "byline-prefix",
        "byline-tail",
        "bare-name",
        "byline-above",
    )
    out: dict[str, Renderer] = {f"E.{v}": partial(family_e.stacked, variant=v) for v in variants}
    out["E.export"] = family_e.export
    out["E.press"] = family_e.press_release
    return out


#: Every renderer, by `family.variant` label, in a fixed order.
RENDERERS: Final[dict[str, Renderer]] = {
    **_family_a(), **_family_b(), **_family_c(), **_family_d(), **_family_e(),
}  # fmt: skip

#: The families, in catalogue order.
FAMILIES: Final = ("A", "B", "C", "D", "E")


def rng_for(seed: int, index: int) -> random.Random:
    """The generator of document `index` in run `seed` (independent of every other document)."""
    return random.Random(f"newsrecord-layout-matrix:{seed}:{index}")


def rendering(seed: int, index: int) -> Rendering:
    """Document `index` of run `seed`: the next variant in turn, over a freshly drawn article."""
    labels = list(RENDERERS)
    rng = rng_for(seed, index)
    return RENDERERS[labels[index % len(labels)]](rng, draw.article(rng))


def renderings(seed: int, count: int) -> Iterator[Rendering]:
    """The first `count` documents of run `seed`."""
    return (rendering(seed, index) for index in range(count))
