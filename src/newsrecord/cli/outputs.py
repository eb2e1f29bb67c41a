"""
What ``newsrecord parse`` writes: records as JSON, JSON Lines, CSV rows, ninjs,
schema.org documents or Parquet, one per parsed text and in input order.

Writers stream, and every record reaches the file as soon as it is written
(flushed, through gzip and zstd too), so a run that is stopped keeps what it
parsed.  Parquet is written a row group at a time.  Fields passed through
from the input come first; one whose name a record key already uses is
renamed ``input_<name>`` rather than dropped or allowed to overwrite the
record.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Protocol, TextIO

import attrs

from newsrecord import _compress
from newsrecord.exports import ROW_COLUMNS, derived_uri, uri_for
from newsrecord.files import Text
from newsrecord.model import Article


class Writer(Protocol):
    """Writes records one at a time; ``close`` ends the document."""

    def write(self, article: Article, text: Text) -> None: ...

    def close(self) -> None: ...


@attrs.frozen(kw_only=True)
class Shape:
    """What goes into each record: ``source``, the pass-through fields, which keys."""

    with_source: bool = False
    fields: Sequence[str] | None = None  # record keys (csv: row columns); None: all
    no_blocks: bool = False

    def keep(self, key: str) -> bool:
        """Whether the record key or column ``key`` is written."""
        if self.no_blocks and key == "blocks":
            return False
        return self.fields is None or key in self.fields


def writer(fmt: str, out: TextIO, shape: Shape, *, single: bool) -> Writer:
    """The writer for ``fmt``; ``single`` prints one JSON object instead of an array."""
    if fmt == "json":
        return _JsonWriter(out, shape, single=single)
    if fmt == "jsonl":
        return _LinesWriter(out, lambda article, text: _record(article, text, shape))
    if fmt == "csv":
        return _CsvWriter(out, shape)
    if fmt == "ninjs":
        return _LinesWriter(out, _ninjs)
    if fmt == "schemaorg":
        return _LinesWriter(out, _schema_org)
    raise ValueError(f"no text writer for {fmt!r}")


def _meta(text: Text, shape: Shape) -> dict[str, Any]:
    source = {"source": text.where} if shape.with_source else {}
    return {**source, **text.fields}


def _merged(meta: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """Pass-through fields first, renamed where they would collide with the record's."""
    merged = {(f"input_{key}" if key in fields else key): value for key, value in meta.items()}
    merged.update(fields)
    return merged


def _record(article: Article, text: Text, shape: Shape) -> dict[str, Any]:
    record = {k: v for k, v in article.to_dict().items() if shape.keep(k)}
    return _merged(_meta(text, shape), record)


def _ninjs(article: Article, text: Text) -> dict[str, Any]:
    return article.to_ninjs(uri=None if text.id is None else uri_for(text.id))


def _schema_org(article: Article, text: Text) -> dict[str, Any]:
    ident = text.id
    url = ident if ident is not None and ident.startswith(("http://", "https://")) else None
    return article.to_schema_org(
        identifier=derived_uri(article) if ident is None else ident, url=url
    )


class _JsonWriter:
    """Indented JSON: one object for a single input, else a streamed array."""

    def __init__(self, out: TextIO, shape: Shape, *, single: bool) -> None:
        self._out = out
        self._shape = shape
        self._single = single
        self._count = 0

    def write(self, article: Article, text: Text) -> None:
        dumped = json.dumps(_record(article, text, self._shape), ensure_ascii=False, indent=2)
        if self._single:
            self._out.write(dumped + "\n")
        else:
            indented = dumped.replace("\n", "\n  ")
            self._out.write(("[\n  " if self._count == 0 else ",\n  ") + indented)
        self._out.flush()
        self._count += 1

    def close(self) -> None:
        if not self._single:
            self._out.write("\n]\n" if self._count else "[]\n")
        self._out.flush()


class _LinesWriter:
    """One compact JSON document per line."""

    def __init__(self, out: TextIO, shape: Callable[[Article, Text], dict[str, Any]]) -> None:
        self._out = out
        self._shape = shape

    def write(self, article: Article, text: Text) -> None:
        self._out.write(json.dumps(self._shape(article, text), ensure_ascii=False) + "\n")
        self._out.flush()

    def close(self) -> None:
        self._out.flush()


class _CsvWriter:
    """Flat rows (`Article.to_row`); the header comes from the first record's fields."""

    def __init__(self, out: TextIO, shape: Shape) -> None:
        self._out = out
        self._shape = shape
        self._writer: csv.DictWriter[str] | None = None

    def write(self, article: Article, text: Text) -> None:
        flat = {key: _cell(value) for key, value in _meta(text, self._shape).items()}
        columns = {k: v for k, v in article.to_row().items() if self._shape.keep(k)}
        row = _merged(flat, columns)
        if self._writer is None:
            # Later pass-through fields the first row lacks are left out: a CSV
            # header cannot grow once written.
            self._writer = csv.DictWriter(
                self._out, fieldnames=list(row), extrasaction="ignore", lineterminator="\n"
            )
            self._writer.writeheader()
        self._writer.writerow(row)
        self._out.flush()

    def close(self) -> None:
        if self._writer is None:
            header = [c for c in ROW_COLUMNS if self._shape.keep(c)]
            csv.writer(self._out, lineterminator="\n").writerow(header)
        self._out.flush()


def _cell(value: object) -> object:
    """A pass-through value fit for one CSV cell: nested values as compact JSON."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


class ParquetWriter:
    """Typed columns (`newsrecord.to_arrow`) after ``source``, ``id`` and pass-through fields."""

    def __init__(self, path: str, shape: Shape, *, row_group_size: int = 1000) -> None:
        from newsrecord.arrow import COLUMNS, arrow_schema, pyarrow_module

        pa = pyarrow_module()
        self._pa = pa
        self._columns = [
            c
            for c in COLUMNS
            if shape.keep(c) or (c == "published_utc" and shape.keep("published"))
        ]
        lead = [("source", pa.string())] if shape.with_source else []
        lead += [("id", pa.string()), ("input_fields", pa.string())]
        self._schema = pa.schema(lead + list(arrow_schema(self._columns)))
        self._shape = shape
        self._size = row_group_size
        self._batch: list[tuple[Article, Text]] = []
        self._file = pa.parquet.ParquetWriter(path, self._schema)

    def write(self, article: Article, text: Text) -> None:
        self._batch.append((article, text))
        if len(self._batch) >= self._size:
            self._flush()

    def _flush(self) -> None:
        from newsrecord.arrow import to_arrow

        table = to_arrow([a for a, _ in self._batch], columns=self._columns)
        lead: dict[str, list[Any]] = {}
        if self._shape.with_source:
            lead["source"] = [t.where for _, t in self._batch]
        lead["id"] = [t.id for _, t in self._batch]
        lead["input_fields"] = [_fields_json(t) for _, t in self._batch]
        for index, (name, values) in enumerate(lead.items()):
            table = table.add_column(index, name, self._pa.array(values, self._pa.string()))
        self._file.write_table(table.cast(self._schema))
        self._batch.clear()

    def close(self) -> None:
        if self._batch:
            self._flush()
        self._file.close()


def _fields_json(text: Text) -> str | None:
    """The pass-through fields other than the id, as compact JSON, or ``None``."""
    rest = {k: v for k, v in text.fields.items() if k != "id"}
    return json.dumps(rest, ensure_ascii=False, separators=(",", ":")) if rest else None


@contextlib.contextmanager
def text_output(path: str | None) -> Iterator[TextIO]:
    """UTF-8 text to ``path`` (compressed by its suffix) or to stdout, whatever the locale."""
    if path is None:
        with stdout_text() as out:
            yield out
        return
    raw = _compress.open_write(path)
    stream = io.TextIOWrapper(raw, encoding="utf-8", errors="backslashreplace", newline="")  # type: ignore[type-var]
    try:
        yield stream
    finally:
        stream.close()


@contextlib.contextmanager
def stdout_text() -> Iterator[TextIO]:
    """Standard output as UTF-8 text; lone surrogates as ``\\udXXX`` escapes."""
    sys.stdout.flush()
    stream = io.TextIOWrapper(
        sys.stdout.buffer, encoding="utf-8", errors="backslashreplace", newline=""
    )
    try:
        yield stream
        stream.flush()
    finally:
        stream.detach()


def is_terminal(stream: IO[Any]) -> bool:
    """Whether ``stream`` is a terminal (``False`` for anything that cannot say)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
