"""
What ``newsrecord parse`` writes: records as JSON, JSON Lines, CSV rows, ninjs
or schema.org documents, one per parsed input and in input order.

Writers stream: each record is written when it is parsed, so the output of a
batch of any size never sits in memory.  Fields passed through from a JSON
Lines input come first; one whose name a record key already uses is renamed
``input_<name>`` rather than dropped or allowed to overwrite the record.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from typing import Any, Final, Protocol, TextIO

from newsrecord._cli_inputs import Item
from newsrecord.exports import ROW_COLUMNS
from newsrecord.model import Article

FORMATS: Final = ("json", "jsonl", "csv", "ninjs", "schemaorg")


class Writer(Protocol):
    """Writes records one at a time; ``close`` ends the document."""

    def write(self, article: Article, item: Item) -> None: ...

    def close(self) -> None: ...


def writer(fmt: str, out: TextIO, *, single: bool) -> Writer:
    """The writer for ``fmt``; ``single`` prints one JSON object instead of an array."""
    if fmt == "json":
        return _JsonWriter(out, single=single)
    if fmt == "jsonl":
        return _LinesWriter(out, _record)
    if fmt == "csv":
        return _CsvWriter(out)
    if fmt == "ninjs":
        return _LinesWriter(out, lambda article, item: article.to_ninjs(uri=item.ident))
    if fmt == "schemaorg":
        return _LinesWriter(out, _schema_org)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _merged(meta: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """Pass-through fields first, renamed where they would collide with the record's."""
    merged = {(f"input_{key}" if key in fields else key): value for key, value in meta.items()}
    merged.update(fields)
    return merged


def _record(article: Article, item: Item) -> dict[str, Any]:
    return _merged(item.meta, article.to_dict())


def _schema_org(article: Article, item: Item) -> dict[str, Any]:
    document = article.to_schema_org()
    if item.ident is not None:
        document["identifier"] = item.ident
    return document


class _JsonWriter:
    """Indented JSON: one object for a single input, else a streamed array."""

    def __init__(self, out: TextIO, *, single: bool) -> None:
        self._out = out
        self._single = single
        self._count = 0

    def write(self, article: Article, item: Item) -> None:
        text = json.dumps(_record(article, item), ensure_ascii=False, indent=2)
        if self._single:
            self._out.write(text + "\n")
        else:
            indented = text.replace("\n", "\n  ")
            self._out.write(("[\n  " if self._count == 0 else ",\n  ") + indented)
        self._count += 1

    def close(self) -> None:
        if not self._single:
            self._out.write("\n]\n" if self._count else "[]\n")


class _LinesWriter:
    """One compact JSON document per line."""

    def __init__(self, out: TextIO, shape: Callable[[Article, Item], dict[str, Any]]) -> None:
        self._out = out
        self._shape = shape

    def write(self, article: Article, item: Item) -> None:
        self._out.write(json.dumps(self._shape(article, item), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self._out.flush()


class _CsvWriter:
    """Flat rows (`Article.to_row`); the header comes from the first record's fields."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._writer: csv.DictWriter[str] | None = None

    def write(self, article: Article, item: Item) -> None:
        flat = {key: _cell(value) for key, value in item.meta.items()}
        row = _merged(flat, article.to_row())
        if self._writer is None:
            # Later pass-through fields the first row lacks are left out: a CSV
            # header cannot grow once written.
            self._writer = csv.DictWriter(
                self._out, fieldnames=list(row), extrasaction="ignore", lineterminator="\n"
            )
            self._writer.writeheader()
        self._writer.writerow(row)

    def close(self) -> None:
        if self._writer is None:
            csv.writer(self._out, lineterminator="\n").writerow(ROW_COLUMNS)
        self._out.flush()


def _cell(value: object) -> object:
    """A pass-through value fit for one CSV cell: nested values as compact JSON."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value
