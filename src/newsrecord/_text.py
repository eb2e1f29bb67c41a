"""
Lines with offsets, and the cleaning of values without losing those offsets.

Structure is always found on the input string itself, so every span is an
offset into what the caller passed.  Repairs (white space, invisible
characters, Unicode normalisation) are applied only to the *values* cut out of
it: the record's strings are clean, its spans still point at the source.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Final, NamedTuple

import regex

from newsrecord._lexicons.hyphens import FIRST_ELEMENTS, SECOND_ELEMENTS
from newsrecord._mojibake import repair as repair_mojibake

# Characters that render as nothing.  They never make a line non-blank for layout
# and are dropped from values; U+FEFF is the BOM that editors leave at the start.
INVISIBLE: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_TABLE: Final = dict.fromkeys(map(ord, INVISIBLE))

# Control characters other than the white space ones: NUL, DEL, escape codes...
_CONTROL: Final = regex.compile(r"[\x00-\x08\x0e-\x1b\x7f]", regex.V1)

# Lone surrogates cannot be encoded as UTF-8, so JSON output would fail on them.
_SURROGATE: Final = regex.compile(r"[\ud800-\udfff]", regex.V1)

# What ends a line: `\r\n`, `\r` or `\n`, everywhere in the package.
LINE_BREAK: Final = regex.compile(r"\r\n|[\r\n]", regex.V1)

# Python's white space plus the invisible characters: what `strip` removes for layout.
BLANK: Final = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + INVISIBLE

# A line that ends in a hyphen attached to a word, joined to the next line without
# a space (`37-` + `billion-dlr`), except before a coordinated word (`three- and six-month`).
_HYPHEN_END: Final = regex.compile(r"\w-\Z", regex.V1)
_COORDINATE: Final = regex.compile(r"(?:and|or|to|through|nor)\b", regex.V1)


class Line(NamedTuple):
    """One line of the input: ``text == source[start:end]``, line break excluded."""

    start: int
    end: int
    text: str


def blind_fold(text: str) -> str:
    """
    ``text`` case-folded as a case-blind pattern matches it, for the cheap gates before
    such patterns: every letter a pattern's letter matches folds to that letter's fold,
    except `İ`, which Python folds to `i` and a combining dot and a pattern's `i` matches
    (``tests/test_patterns.py`` checks this for the letters of the gated lexicons).
    """
    return blind_folded(text.casefold())


def blind_folded(folded: str) -> str:
    """A case-folded text as `blind_fold` folds it (`İ` to `i`)."""
    return folded.replace("i\u0307", "i") if "\u0307" in folded else folded


def first_line(text: str) -> Line:
    """The first line of ``text`` (up to the first line break)."""
    match = LINE_BREAK.search(text)
    end = len(text) if match is None else match.start()
    return Line(0, end, text[:end])


def is_blank(text: str) -> bool:
    """Whether ``text`` holds nothing visible."""
    return not text.strip(BLANK)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past white space at both ends (invisible characters stay covered)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def clean(value: str) -> str:
    """A value as the record holds it: one line, single spaces, no invisibles, NFC."""
    if value.isascii():
        if value.isprintable():
            # Printable ASCII spaces with `" "` alone: one between words and none at the
            # ends leave nothing to join.
            if "  " not in value and value[:1] != " " and value[-1:] != " ":
                return value
            return " ".join(value.split())
        if _CONTROL.search(value) is None:
            return " ".join(value.split())
        return " ".join(_CONTROL.sub("", value).split())
    value = _CONTROL.sub("", value.translate(_INVISIBLE_TABLE))
    value = _SURROGATE.sub("\ufffd", repair_mojibake(value))
    value = " ".join(value.split())
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    return value


# A hyphen that ends a line: only then may `join_lines` join without a space.
_HYPHEN_BREAK: Final = regex.compile(r"-[^\S\n]*+\n", regex.V1)


def join_lines(pieces: Iterable[str]) -> str:
    """Hard-wrapped lines as one cleaned string, minding hyphens at line ends."""
    pieces = list(pieces)
    joined = "\n".join(pieces)
    # Plain ASCII lines without a hyphen at a line end join by white space alone:
    # one `clean` of the whole is then the same as cleaning line by line.
    if joined.isascii() and _HYPHEN_BREAK.search(joined + "\n") is None:
        return clean(joined)
    out: list[str] = []
    for piece in pieces:
        piece = clean(piece)
        if not piece:
            continue
        if out and _HYPHEN_END.search(out[-1]) and _COORDINATE.match(piece) is None:
            head = out[-1]
            out[-1] = (head if _keeps_hyphen(head, piece) else head[:-1]) + piece
        else:
            out.append(piece)
    return " ".join(out)


def _keeps_hyphen(head: str, tail: str) -> bool:
    """Whether `well-` + `known` is a compound (keep `-`) rather than a split word (drop it)."""
    left = head[:-1].rsplit(None, 1)[-1]
    right = tail.split(None, 1)[0]
    last = left.rsplit("-", 1)[-1]
    first = right.split("-", 1)[0].rstrip(".,;:!?\"'”’)")
    if "-" in left or not last.islower() or not first.islower():
        return True  # `state-of-` + `the-art`, `COVID-` + `19`, `37-` + `billion`, `pro-` + `EU`
    return last in FIRST_ELEMENTS or first in SECOND_ELEMENTS


def find_control(text: str) -> int:
    """The offset of the first control character that `clean` removes, or -1."""
    match = _CONTROL.search(text)
    return -1 if match is None else match.start()


def find_surrogate(text: str) -> int:
    """The offset of the first lone surrogate, or -1."""
    match = _SURROGATE.search(text)
    return -1 if match is None else match.start()


BULLETS: Final = "•·▪●◦‣∙■□➢►*"
"""Markers that open a bullet item; the marker is not part of the paragraph."""


def opens_with_bullet(line: str) -> bool:
    """Whether ``line`` is a bullet item: a marker, a space or tab, then its text."""
    text = line.lstrip(" \t")
    return len(text) > 2 and text[0] in BULLETS and text[1] in " \t"
