"""
Transport: what archives and crawlers do to text on its way to the user (FORMATS.md section C).

Hard wrapping at 60-72 columns (with hyphens at line ends, some splitting a word, some ending a
compound), CRLF line ends, tabs, trailing spaces, no-break and zero-width spaces, and mojibake.
Every function here changes only the form of the text: the record a careful reader derives from
the damaged text is the record of the clean one.
"""

from __future__ import annotations

import random
import re
from typing import Final

NBSP: Final = "\u00a0"
ZWSP: Final = "\u200b"

# Mojibake: UTF-8 read as cp1252, for the characters FORMATS.md shows and their neighbours.
MOJIBAKE: Final = {"’": "â€™", "“": "â€œ", "—": "â€”", "é": "Ã©"}

# The empty point between two letters, where a zero-width space can hide.
_BETWEEN_LETTERS: Final = re.compile(r"(?<=[^\W\d_])(?=[^\W\d_])")

# One space between two visible characters (indentation is left alone).
_INNER_SPACE: Final = re.compile(r"(?<=\S) (?=\S)")

# A word long and plain enough to be split at a line end (`trans-` + `portation`).
_SPLITTABLE: Final = re.compile(r"[a-z]{9,}")


def _split_word(word: str) -> tuple[str, str] | None:
    """Split a long lower-case word in two, both halves at least four letters."""
    if not _SPLITTABLE.fullmatch(word):
        return None
    cut = len(word) // 2
    return word[:cut] + "-", word[cut:]


def _break_compound(word: str) -> tuple[str, str] | None:
    """Break a hyphenated compound after its hyphen (`well-` + `known`)."""
    head, sep, rest = word.partition("-")
    if not sep or not head or not rest:
        return None
    return head + "-", rest


def wrap(
    rng: random.Random, text: str, width: int, *, indent: str = "", hyphens: float = 0.5
) -> list[str]:
    """Greedy wrap at `width`, the first line opened by `indent`; a word that does not fit may
    be split at a hyphen instead."""
    lines: list[str] = []
    line = indent
    for word in text.split(" "):
        if not line.strip() or len(line) + 1 + len(word) <= width:
            line = f"{line} {word}" if line.strip() else line + word
            continue
        parts = _break_compound(word) or _split_word(word)
        if parts and rng.random() < hyphens and len(line) + 1 + len(parts[0]) <= width:
            lines.append(f"{line} {parts[0]}")
            line = parts[1]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def crlf(text: str) -> str:
    """Windows line ends."""
    return text.replace("\n", "\r\n")


def trailing_blanks(rng: random.Random, text: str) -> str:
    """Spaces or tabs left at the end of some lines."""
    return "\n".join(
        line + rng.choice(("", "", " ", "  ", "\t")) if line else line for line in text.split("\n")
    )


def nbsp(rng: random.Random, text: str) -> str:
    """Replace a few spaces between words with no-break spaces."""
    return _INNER_SPACE.sub(lambda _: NBSP if rng.random() < 0.08 else " ", text)


def zero_width(rng: random.Random, text: str) -> str:
    """Slip a zero-width space between two letters here and there."""
    return _BETWEEN_LETTERS.sub(lambda _: ZWSP if rng.random() < 0.01 else "", text)


def tabs(rng: random.Random, text: str) -> str:
    """Replace a few spaces between words with tabs."""
    return _INNER_SPACE.sub(lambda _: "\t" if rng.random() < 0.03 else " ", text)


def mojibake(text: str) -> str:
    """The characters of :data:`MOJIBAKE` as UTF-8 bytes read as cp1252."""
    for clean, broken in MOJIBAKE.items():
        text = text.replace(clean, broken)
    return text


def damage(rng: random.Random, text: str, opening: str = "") -> str:
    """`opening` (a dateline) and `text` with some of: no-break spaces, zero-width spaces and tabs
    in `text`, and mojibake over both (each about half the time).

    Mojibake comes from reading a whole file in the wrong encoding, so it reaches the dateline's
    dash too (`WASHINGTON (AP) â€” `); stray invisible characters and tabs come from editing the
    story, so they stay out of the dateline, whose parts the record keeps as written.
    """
    for step in (nbsp, zero_width, tabs):
        if rng.random() < 0.5:
            text = step(rng, text)
    return mojibake(opening + text) if rng.random() < 0.5 else opening + text
