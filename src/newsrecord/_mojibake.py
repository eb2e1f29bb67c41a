"""
Repairing text whose UTF-8 bytes were decoded as cp1252 or latin-1 (``â€™`` -> ``’``).

Only runs that are the wrong reading of a listed character are replaced, so a
text that mixes correct and broken characters is repaired where it is broken
and left alone elsewhere.
"""

from __future__ import annotations

from typing import Final

import regex

from newsrecord._lazy import lazy_compile
from newsrecord._lexicons.mojibake import CYRILLIC, LETTERS, PUNCTUATION


def _wrong_readings(char: str) -> set[str]:
    """The strings ``char`` becomes when its UTF-8 bytes are decoded as cp1252 or latin-1."""
    raw = char.encode("utf-8")
    # latin-1, and cp1252 with latin-1 for the five bytes cp1252 leaves undefined
    # (what a lenient decoder, ours included, produces).
    readings = {raw.decode("latin-1"), "".join(_cp1252_byte(b) for b in raw)}
    return {r for r in readings if r != char}


def _cp1252_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for char in PUNCTUATION + LETTERS + CYRILLIC:
        for wrong in _wrong_readings(char):
            table.setdefault(wrong, char)
    return table


REPAIRS: Final[dict[str, str]] = _table()

# Longest first, so `â€œ` wins over a shorter reading that shares its start.
_MOJIBAKE: Final = lazy_compile(
    "|".join(regex.escape(k) for k in sorted(REPAIRS, key=len, reverse=True)), regex.V1
)

# Lead characters of every wrong reading: a text with none of them needs no repair.
_LEADS: Final = frozenset(k[0] for k in REPAIRS)


def find(text: str) -> tuple[int, int] | None:
    """The span of the first mojibake run in ``text``, or ``None``."""
    if text.isascii() or _LEADS.isdisjoint(text):
        return None
    match = _MOJIBAKE.search(text)
    return None if match is None else match.span()


def repair(value: str) -> str:
    """``value`` with every mojibake run replaced by the character it stands for."""
    if _LEADS.isdisjoint(value):
        return value
    return _MOJIBAKE.sub(lambda m: REPAIRS[m.group()], value)


def repair_mapped(value: str) -> tuple[str, list[int]]:
    """
    ``value`` repaired, and for each offset of the repaired string (its end included) the
    offset of ``value`` it comes from: what a pattern finds in the repaired text maps back.
    """
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in _MOJIBAKE.finditer(value):
        out.append(value[pos : match.start()])
        offsets.extend(range(pos, match.start()))
        out.append(REPAIRS[match.group()])
        offsets.append(match.start())
        pos = match.end()
    out.append(value[pos:])
    offsets.extend(range(pos, len(value) + 1))
    return "".join(out), offsets
