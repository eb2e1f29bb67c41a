"""Words that open or qualify a byline, in the languages of the crawl."""

from __future__ import annotations

from typing import Final

# What introduces a byline, case-folded, without the following space.
BYLINE_PREFIXES: Final[tuple[str, ...]] = (
    "by",
    "story by",
    "written by",
    "words by",
    "report by",
    "reported by",
    "text by",
    "por",
    "von",
    "par",
    "от",
    "di",
    "door",
    "av",
    "przez",
    "autor",
    "author",
    "authors",
)

# Particles that stay lower case inside a name written in capitals.
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    ["de", "del", "della", "der", "den", "des", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "y", "e", "bin", "ibn", "al", "el", "ter", "ten", "zu"]
)
