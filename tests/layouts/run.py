"""
Run the matrix: render documents, parse each through the public API, tally the fields.

The parser is reached only through ``newsrecord.parse(text, reference_date=...)`` and
``Article.to_dict()``, as users reach it; an exception counts as a crash and every field of that
document is scored against an empty record.
"""

from __future__ import annotations

import datetime
import traceback
from collections.abc import Callable, Iterable, Mapping

import newsrecord
from tests.layouts.compare import FIELDS, Miss, Record, Tally, check
from tests.layouts.model import Rendering
from tests.layouts.render import renderings

#: `parse(text, reference_date)` returning the record as a dictionary.
Parser = Callable[[str, "datetime.date | None"], Record]


def public_parse(text: str, reference_date: datetime.date | None) -> Record:
    """The record of `text` through the public API, as a dictionary."""
    return newsrecord.parse(text, reference_date=reference_date).to_dict()


def evaluate(docs: Iterable[Rendering], parse: Parser = public_parse) -> Tally:
    """Parse every rendering and tally its fields."""
    tally = Tally()
    for index, doc in enumerate(docs):
        try:
            record = parse(doc.text, doc.reference_date)
        except Exception:  # a crash is a result to report, not a reason to stop the run
            tally.crashes.append((doc.label, traceback.format_exc(limit=3)))
            record = {}
        tally.add(doc.label, doc.text, check(record, doc.expected), index)
    return tally


def run(seed: int, count: int, parse: Parser = public_parse) -> Tally:
    """The tally of the first `count` documents of run `seed`."""
    return evaluate(renderings(seed, count), parse)


def figures(tally: Tally, group: str = "all") -> dict[str, float | None]:
    """Accuracy and precision of every field in `group`, as `field` and `field.precision`."""
    out: dict[str, float | None] = {}
    for name in FIELDS:
        score = tally.score(group, name)
        out[name] = score.accuracy
        if name != "paragraphs":
            out[f"{name}.precision"] = score.precision
    return out


def visible(text: str) -> str:
    """The text with its line ends and odd spaces shown (`⏎` for LF, `␍` for CR, `⇥` for tab)."""
    marks: Mapping[str, str] = {"\r": "␍", "\t": "⇥", "\u00a0": "⍽", "\u200b": "‸"}
    shown = "".join(marks.get(c, c) for c in text)
    return shown.replace("\n", "⏎\n")


def describe(miss: Miss, width: int = 0) -> str:
    """One miss as a block of text: family, field, expected versus got, and the visible text."""
    text = visible(miss.text)
    if width and len(text) > width:
        text = text[:width] + f"… [{len(miss.text)} characters]"
    return (
        f"--- {miss.label}  document {miss.doc}  field={miss.field}\n"
        f"    want: {miss.want!r}\n"
        f"    got:  {miss.got!r}\n"
        f"{text}"
    )
