"""
Personal names as a reader writes them.

``JEAN-LUC O'NEILL`` -> ``Jean-Luc O'Neill``, ``MARIA DE LOS SANTOS`` ->
``Maria de los Santos``, ``RONALD MCDONALD`` -> ``Ronald McDonald``.  Names
that are not in capitals, and scripts without case, pass through unchanged.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from newsrecord._lexicons.bylines import HONORIFICS, NAME_PARTICLES, TURKIC_CAPITALS

# `Dr.`, `Prof.`, `Mrs` before a name: a title, kept as the author's role.
_HONORIFIC: Final = regex.compile(
    r"\A(?P<title>\L<titles>)\.?+\s++(?=\S)", regex.V1 | regex.IGNORECASE, titles=HONORIFICS
)

# `d'AFFLISIO`: a lower-case prefix and an apostrophe before a name in capitals.
_PREFIXED_CAPS: Final = regex.compile(
    r"\A(?P<prefix>\p{Ll}{1,2}+['’])(?P<rest>\p{Lu}{2,}+)\Z", regex.V1
)


_INITIALS: Final = regex.compile(r"\A(?:\p{L}\.){1,4}+\Z", regex.V1)
_ROMAN: Final = frozenset("ii iii iv vi vii viii".split())


def split_honorific(name: str) -> tuple[str, str | None]:
    """``Dr. Jane Doe`` -> (``Jane Doe``, ``Dr.``); names without one come back as they are."""
    match = _HONORIFIC.match(name)
    if match is None:
        return name, None
    title = match.group().strip()
    return name[match.end() :], title


def normalize_name(name: str, *, context: str = "") -> str:
    """
    A name as a reader writes it: capitals title-cased, particles lower case.

    ``context`` is the text the name came from (a byline naming several people):
    one Turkic capital in it (`İ`, `Ş`, `Ğ`, `Ə`) lowers `I` to `ı` in all its names.
    """
    words = name.split()
    if not any((w.isupper() and len(w) > 1) or _PREFIXED_CAPS.match(w) for w in words):
        return " ".join(words)
    turkic = any(c in TURKIC_CAPITALS for c in name) or any(c in TURKIC_CAPITALS for c in context)
    casing = _TURKIC if turkic else _DEFAULT
    return " ".join(_title_word(w, casing, first=i == 0) for i, w in enumerate(words))


class _Casing(NamedTuple):
    """How one alphabet lowers and raises `I`: Turkic `I`/`ı`, `İ`/`i`; others `I`/`i`."""

    lower: dict[int, str]
    upper: dict[int, str]


# `İ` lowers to `i` with a combining dot in Unicode's default mapping; no name wants that.
_DEFAULT: Final = _Casing(lower={ord("İ"): "i"}, upper={})
_TURKIC: Final = _Casing(lower={ord("İ"): "i", ord("I"): "ı"}, upper={ord("i"): "İ"})


def _title_word(word: str, casing: _Casing, *, first: bool) -> str:
    if not word.isupper():
        match = _PREFIXED_CAPS.match(word)
        return word if match is None else match["prefix"] + _title_part(match["rest"], casing)
    lower = word.casefold()
    if not first and lower in NAME_PARTICLES:
        return lower
    return "-".join(_title_part(part, casing) for part in word.split("-"))


def _title_part(part: str, casing: _Casing) -> str:
    if _INITIALS.match(part) or part.casefold() in _ROMAN:
        return part.upper()  # `J.D.`, `III`
    lower = part.translate(casing.lower).lower()
    for apostrophe in ("'", "’"):
        head, sep, tail = lower.partition(apostrophe)
        if sep and len(head) == 1:  # O'Neill, D'Souza
            return _capital(head, casing) + sep + _capital(tail, casing)
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + _capital(lower[2:], casing)
    return _capital(lower, casing)


def _capital(word: str, casing: _Casing) -> str:
    """`word` with its first letter raised as its alphabet raises it."""
    return word[:1].translate(casing.upper).upper() + word[1:]
