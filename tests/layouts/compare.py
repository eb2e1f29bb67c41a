"""
Field-by-field comparison of a parsed record with a rendering's expected fields.

In the spirit of the project's scorer: lenient on form (case, white space, quote and dash style,
Unicode compatibility forms, a hyphen kept or dropped at a line break, an outlet's generic suffix
or web ending) and strict on content.  An expected null must come back null.  Besides accuracy,
a :class:`Tally` keeps a *precision* view per field: of the documents where the parser gave a
value, the share where that value was right (a wrong value is worse than none).  Paragraphs have
no precision view: the parser gives paragraphs for every text, so it would repeat the accuracy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final, TypeAlias

from tests.layouts.model import Expected

#: The record as `Article.to_dict()` gives it.
Record: TypeAlias = Mapping[str, object]

FIELDS: Final = (
    "headline", "authors", "publisher", "date", "dateline.location", "dateline.agency",
    "paragraphs",
)  # fmt: skip

_FORMS: Final = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u00a0": " ",
})  # fmt: skip
_SPACE: Final = re.compile(r"\s+")
_EDGE_PUNCT: Final = re.compile(r"^[\W_]+|[\W_]+$")
_WEB_ENDING: Final = re.compile(r"\.(com|net|org|az|ru|kz|uz|in|pk|co\.uk|ge|example)$")
_LEADING_THE: Final = re.compile(r"^the\s+")
#: What a name loses when it is run together (`Lornby Courier` -> `lornbycourier`).
SQUASH: Final = re.compile(r"[\s.\-]")
_OUTLET_SUFFIX: Final = re.compile(r"(newsagency|newsservice|newswire|news|agency|wire|service)$")


def norm(value: object) -> str:
    """Compatibility form, plain quotes and dashes, case-folded, white space collapsed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).translate(_FORMS).casefold()
    return _SPACE.sub(" ", text).strip()


def norm_para(value: object) -> str:
    """A paragraph, also lenient on hyphens (kept or dropped at a line break is a judgement)."""
    return _SPACE.sub(" ", norm(value).replace("-", "")).strip()


def norm_name(value: object) -> str:
    """A name or place, without punctuation at its edges."""
    return _EDGE_PUNCT.sub("", norm(value))


def outlet_key(value: object) -> str:
    """An outlet without case, spaces, a leading `The`, a web ending or a generic suffix."""
    key = _WEB_ENDING.sub("", norm_name(value))
    key = SQUASH.sub("", _LEADING_THE.sub("", key))
    return _OUTLET_SUFFIX.sub("", key) or key


def same_outlet(got: object, want: object) -> bool:
    """Publishers equal up to form (`KYODO NEWS` = `Kyodo`, `The Vesk Times` = `Vesk Times`)."""
    return outlet_key(got) == outlet_key(want)


def names(value: object) -> list[str]:
    """The names of an `authors` list (objects with `name`, or strings), normalized, in order."""
    out: list[str] = []
    for item in value if isinstance(value, (list, tuple)) else ():
        name = item.get("name") if isinstance(item, Mapping) else item
        if norm_name(name):
            out.append(norm_name(name))
    return out


def rows(paragraphs: object) -> list[str]:
    """Paragraphs as normalized rows: a table may come as one paragraph or a paragraph per row."""
    items = paragraphs if isinstance(paragraphs, (list, tuple)) else ()
    return [r for p in items for r in (norm_para(x) for x in str(p).split("\n")) if r]


@dataclass(frozen=True)
class Check:
    """One field of one document: right or not, whether the parser gave a value, both values."""

    field: str
    ok: bool
    emitted: bool
    got: object
    want: object


def _dateline(record: Record) -> Mapping[str, object]:
    value = record.get("dateline")
    return value if isinstance(value, Mapping) else {}


def _same(norm_fn: Callable[[object], str]) -> Callable[[object, object], bool]:
    return lambda got, want: norm_fn(got) == norm_fn(want)


def _publisher_ok(got: object, want: object) -> bool:
    return not norm(got) if want is None else same_outlet(got, want)


def _date_ok(got: object, want: object) -> bool:
    return (str(got)[:10] if got else "") == (want or "")


def _check(name: str, got: object, want: object, ok: Callable[[object, object], bool]) -> Check:
    return Check(name, ok(got, want), bool(norm(got)), got, want)


def check(record: Record, expected: Expected) -> list[Check]:
    """Every field of :data:`FIELDS` for one parsed record."""
    dl = _dateline(record)
    got_authors, want_authors = (
        names(record.get("authors")),
        [norm_name(a) for a in expected.authors],
    )
    got_rows, want_rows = rows(record.get("paragraphs")), rows(expected.paragraphs)
    return [
        _check("headline", record.get("headline"), expected.headline, _same(norm)),
        Check("authors", got_authors == want_authors, bool(got_authors), got_authors, want_authors),
        _check("publisher", record.get("publisher"), expected.publisher, _publisher_ok),
        _check("date", record.get("date"), expected.date, _date_ok),
        _check(
            "dateline.location", dl.get("location"), expected.dateline_location, _same(norm_name)
        ),
        _check("dateline.agency", dl.get("agency"), expected.dateline_agency, _same(norm_name)),
        Check(
            "paragraphs",
            got_rows == want_rows,
            False,
            record.get("paragraphs"),
            expected.paragraphs,
        ),
    ]


@dataclass
class Score:
    """Counts for one field in one group of documents."""

    seen: int = 0
    right: int = 0
    emitted: int = 0
    emitted_right: int = 0

    def add(self, result: Check) -> None:
        """Count one document's result."""
        self.seen += 1
        self.right += result.ok
        if result.emitted and result.field != "paragraphs":
            self.emitted += 1
            self.emitted_right += result.ok

    @property
    def accuracy(self) -> float | None:
        """The share of documents where the field is right (None when there were none)."""
        return self.right / self.seen if self.seen else None

    @property
    def precision(self) -> float | None:
        """Of the documents where the parser gave a value, the share that is right."""
        return self.emitted_right / self.emitted if self.emitted else None


@dataclass(frozen=True)
class Miss:
    """A wrong field: where (the rendering's label and text) and what (got versus wanted)."""

    label: str
    text: str
    field: str
    got: object
    want: object
    doc: int = -1


@dataclass
class Tally:
    """Scores per group (`all`, a family `A`, a variant `A.body`) and field, and the misses."""

    scores: dict[str, dict[str, Score]] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    crashes: list[tuple[str, str]] = field(default_factory=list)
    docs: int = 0

    def add(self, label: str, text: str, results: Iterable[Check], doc: int = -1) -> None:
        """Count document number `doc` under `all`, its family and its variant."""
        self.docs += 1
        groups = ("all", label.split(".", 1)[0], label)
        for result in results:
            for group in groups:
                self.scores.setdefault(group, {}).setdefault(result.field, Score()).add(result)
            if not result.ok:
                self.misses.append(Miss(label, text, result.field, result.got, result.want, doc))

    def score(self, group: str, name: str) -> Score:
        """The counts of field `name` in `group` (empty when the group was never seen)."""
        return self.scores.get(group, {}).get(name, Score())
