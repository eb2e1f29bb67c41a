"""
The options of `newsrecord.parse` that callers get wrong, checked where they are given.

``reference_date`` is a `datetime.date`, a `datetime.datetime` (its date is
taken: a pandas ``Timestamp`` is one), or an ISO ``YYYY-MM-DD`` string;
anything else is a caller bug and raises `TypeError` at once, instead of
failing deep inside the date logic as an ``internal-error`` on every record.
``encoding`` names a codec Python knows.  No imports from the package: the
policy in ``errors`` uses these as converters.
"""

from __future__ import annotations

import codecs
import datetime
from typing import Final

import regex

_ISO_DATE: Final = regex.compile(r"\A\d{4}-\d{2}-\d{2}\Z", regex.ASCII)


def reference_day(value: object) -> datetime.date | None:
    """
    ``value`` as the date `newsrecord.parse` takes for *reference_date*.

    Raises:
        TypeError: ``value`` is not ``None``, a date, a datetime or a
            ``YYYY-MM-DD`` string naming a real day.
    """
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        day = value.date()
        if type(day) is datetime.date:  # pandas.NaT is a datetime whose date() is NaT
            return day
    elif isinstance(value, datetime.date):
        return datetime.date(value.year, value.month, value.day)
    elif isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise TypeError(
        "reference_date must be a datetime.date, a datetime.datetime or a 'YYYY-MM-DD' "
        f"string, not {_shown(value)}"
    )


def _shown(value: object) -> str:
    if isinstance(value, str):
        return repr(value)
    kind = type(value)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    return f"{name} {value!r}"[:120]


def encoding_name(value: object) -> str | None:
    """
    ``value`` as a codec name Python knows (normalized, ``"cp1252"``), or ``None``.

    Raises:
        TypeError: ``value`` is neither ``None`` nor a string.
        ValueError: Python has no codec of that name.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"encoding must be a codec name, not {type(value).__name__}")
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise ValueError(f"unknown encoding: {value!r}") from None
