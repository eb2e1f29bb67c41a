"""
Labelled fields: the `Label: value` lines of archive exports and feed dumps.

Grammar (one line)::

    field = LABEL [SP] ":" [SP VALUE]       `Section: LOCAL; Pg. B1`, `Título: ...`
          | CODE                            `HD` alone: the value is the next line
          | BODY_LABEL                      `Body`, `Full text`: the text starts after it
    LABEL = a key of ``FIELD_LABELS`` (any case), up to four words

What each label means (headline, byline, source, date, dateline, body,
standfirst or other furniture) is data, in ``_lexicons.labelled``.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from newsrecord._lexicons.labelled import FIELD_CODES, FIELD_LABELS
from newsrecord._text import clean

_FIELD: Final = regex.compile(
    r"""
    \A (?P<label> \p{L} [\p{L}\-]{0,24}+ (?: \  [\p{L}\-]{1,24}+ ){0,3}+ )   # up to four words
    \s*+ : (?: \s++ | \Z )                                                 # the colon
    """,
    regex.VERBOSE | regex.V1,
)


class FieldFact(NamedTuple):
    """A labelled field: what it means, its label, its value and where the value starts."""

    meaning: str
    label: str
    value: str  # cleaned; empty when the value is on the next line
    start: int  # offset of the value in the text (the line's end when there is none)


def labelled_field(value: str, raw: str, start: int) -> FieldFact | None:
    """The field ``raw`` (a line's visible text, at offset ``start``) writes, or ``None``."""
    code = FIELD_CODES.get(raw)
    if code is not None:
        return FieldFact(code, raw, "", start + len(raw))
    folded = value.casefold()
    if FIELD_LABELS.get(folded) == "body":
        return FieldFact("body", value, "", start + len(raw))
    match = _FIELD.match(raw)
    if match is None:
        return None
    meaning = FIELD_LABELS.get(match["label"].casefold())
    if meaning is None:
        return None
    rest = raw[match.end() :]
    return FieldFact(meaning, match["label"], clean(rest), start + match.end())
