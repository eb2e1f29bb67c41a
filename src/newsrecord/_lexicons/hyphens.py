"""
Words that keep their hyphen when a line break falls after it.

A line that ends in ``well-`` and a next line that starts with ``known`` is one
compound, ``well-known``; ``trans-`` + ``portation`` is one word split for the
line, ``transportation``.  Without a dictionary the parser keeps the hyphen
when either side is a common compound element listed here, or has a capital or
a digit; otherwise it drops it.
"""

from __future__ import annotations

from typing import Final

# First elements that form hyphenated compounds (`well-known`, `self-made`, `co-founder`).
FIRST_ELEMENTS: Final[frozenset[str]] = frozenset(
    """
    well ill self non anti pro co ex pre post re semi multi mid half full part
    long short high low cross top one two three four five six seven eight nine ten
    first second third year state city government family so all over under
    much little far near best better worse worst old new large small big open free
    cost tax time world record left right north south east west front back hard soft
    """.split()
)

# Second elements that form hyphenated compounds (`state-owned`, `year-old`, `trade-off`).
SECOND_ELEMENTS: Final[frozenset[str]] = frozenset(
    """
    based old year years long term run level scale known off up in out down owned led like
    free related wide style made born run-up time day week month hour minute percent point
    backed funded controlled oriented friendly speaking sized class quality standing
    """.split()
)
