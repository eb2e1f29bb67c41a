"""
Personal names as a reader writes them.

``JEAN-LUC O'NEILL`` -> ``Jean-Luc O'Neill``, ``MARIA DE LOS SANTOS`` ->
``Maria de los Santos``, ``RONALD MCDONALD`` -> ``Ronald McDonald``.  Names
that are not in capitals, and scripts without case, pass through unchanged.
"""

from __future__ import annotations

from typing import Final

import regex

from newsrecord._lexicons.bylines import HONORIFICS, NAME_PARTICLES

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


def normalize_name(name: str) -> str:
    """A name as a reader writes it: capitals title-cased, particles lower case."""
    words = name.split()
    if not any((w.isupper() and len(w) > 1) or _PREFIXED_CAPS.match(w) for w in words):
        return " ".join(words)
    return " ".join(_title_word(w, first=i == 0) for i, w in enumerate(words))


def _title_word(word: str, *, first: bool) -> str:
    if not word.isupper():
        match = _PREFIXED_CAPS.match(word)
        return word if match is None else match["prefix"] + _title_part(match["rest"])
    lower = word.casefold()
    if not first and lower in NAME_PARTICLES:
        return lower
    return "-".join(_title_part(part) for part in word.split("-"))


def _title_part(part: str) -> str:
    if _INITIALS.match(part) or part.casefold() in _ROMAN:
        return part.upper()  # `J.D.`, `III`
    lower = part.lower()
    for apostrophe in ("'", "’"):
        head, sep, tail = lower.partition(apostrophe)
        if sep and len(head) == 1:  # O'Neill, D'Souza
            return head.upper() + sep + tail[:1].upper() + tail[1:]
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + lower[2].upper() + lower[3:]
    return lower[:1].upper() + lower[1:]
