"""
Records as Apache Arrow tables and Parquet files, with real column types (the ``parquet`` extra).

One column per key of `newsrecord.Article.to_dict`, typed:

=============  ==================================================================
column         Arrow type
=============  ==================================================================
headline       ``string``
byline         ``string``
authors        ``list<struct<name: string, role: string, email: string>>``
publisher      ``string``
date           ``date32`` (a calendar date, no time, no zone)
published      ``string``: ISO 8601 as ``to_dict`` writes it (see below)
published_utc  ``timestamp[us, tz=UTC]``: ``published`` in UTC when it has an offset
date_source    ``string``
dateline       ``struct<raw: string, location: string, agency: string, date: date32>``
paragraphs     ``list<string>``
credits        ``list<struct<role: string, names: list<string>>>``
warnings       ``list<struct<code, message: string, start, end: int64, severity: string>>``
blocks         ``list<struct<kind: string, start: int64, end: int64>>``
=============  ==================================================================

``published`` stays text because one Arrow column holds one time zone, while
records carry their own offsets or none (a time the text gave without a
zone); ``published_utc`` is the same instant as a timestamp where it can be
one.  pandas, Dask, Spark, DuckDB and Polars read the types as they are:
dates as dates, lists as lists, the nested warnings and blocks as lists of
structs.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Sequence
from typing import Any, Final

from newsrecord._compress import MissingExtraError
from newsrecord.model import Article

__all__ = ["COLUMNS", "arrow_schema", "to_arrow", "to_parquet"]


def _columns() -> tuple[str, ...]:
    """The keys of `Article.to_dict`, with ``published_utc`` after ``published``."""
    keys = list(Article().to_dict())
    keys.insert(keys.index("published") + 1, "published_utc")
    return tuple(keys)


COLUMNS: Final = _columns()
"""The columns of `to_arrow`, in order."""


def pyarrow_module() -> Any:
    """``pyarrow``, or `ImportError` saying which extra installs it."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise MissingExtraError(
            "Arrow and Parquet output need pyarrow: pip install 'newsrecord[parquet]'"
        ) from None
    return pyarrow


def arrow_schema(columns: Sequence[str] | None = None) -> Any:
    """The ``pyarrow.Schema`` of `to_arrow` (of *columns* only, in their order, when given)."""
    pa = pyarrow_module()
    text = pa.string()
    types = {
        "headline": text,
        "byline": text,
        "authors": pa.list_(pa.struct([("name", text), ("role", text), ("email", text)])),
        "publisher": text,
        "date": pa.date32(),
        "published": text,
        "published_utc": pa.timestamp("us", tz="UTC"),
        "date_source": text,
        "dateline": pa.struct(
            [("raw", text), ("location", text), ("agency", text), ("date", pa.date32())]
        ),
        "paragraphs": pa.list_(text),
        "credits": pa.list_(pa.struct([("role", text), ("names", pa.list_(text))])),
        "warnings": pa.list_(
            pa.struct(
                [
                    ("code", text),
                    ("message", text),
                    ("start", pa.int64()),
                    ("end", pa.int64()),
                    ("severity", text),
                ]
            )
        ),
        "blocks": pa.list_(pa.struct([("kind", text), ("start", pa.int64()), ("end", pa.int64())])),
    }
    return pa.schema([(name, types[name]) for name in _chosen(columns)])


def _chosen(columns: Sequence[str] | None) -> tuple[str, ...]:
    if columns is None:
        return COLUMNS
    unknown = [name for name in columns if name not in COLUMNS]
    if unknown:
        raise ValueError(f"unknown columns {unknown}; the columns are {', '.join(COLUMNS)}")
    return tuple(columns)


def to_arrow(records: Iterable[Article], *, columns: Sequence[str] | None = None) -> Any:
    """
    The records as one ``pyarrow.Table``, one row per record (see the module docstring).

    Args:
        records: the records, in the order of the rows.
        columns: the columns to build, in this order (default: `COLUMNS`).

    Raises:
        ImportError: pyarrow is not installed (``pip install 'newsrecord[parquet]'``).
        ValueError: *columns* names a column that does not exist.

    .. versionadded:: 0.1
    """
    pa = pyarrow_module()
    schema = arrow_schema(columns)
    rows = [_row(record) for record in records]
    arrays = {name: [row[name] for row in rows] for name in schema.names}
    return pa.Table.from_pydict(arrays, schema=schema)


def _row(record: Article) -> dict[str, Any]:
    values = record.to_dict()
    published = record.published
    utc = None
    if published is not None and published.utcoffset() is not None:
        utc = published.astimezone(datetime.timezone.utc)
    values["date"] = record.date
    values["published_utc"] = utc
    if record.dateline is not None:
        values["dateline"]["date"] = record.dateline.date
    return values


def to_parquet(
    records: Iterable[Article],
    path: str | os.PathLike[str],
    *,
    columns: Sequence[str] | None = None,
    row_group_size: int = 10_000,
) -> int:
    """
    Write the records to a Parquet file, ``row_group_size`` records at a time; returns the count.

    Memory holds one row group, so the records can come from an iterator of any
    length (`newsrecord.parse_many`).  Columns and types are those of `to_arrow`.

    .. versionadded:: 0.1
    """
    pa = pyarrow_module()
    schema = arrow_schema(columns)
    written = 0
    with pa.parquet.ParquetWriter(os.fspath(path), schema) as writer:
        batch: list[Article] = []
        for record in records:
            batch.append(record)
            if len(batch) >= row_group_size:
                writer.write_table(to_arrow(batch, columns=schema.names))
                written += len(batch)
                batch.clear()
        if batch or not written:
            writer.write_table(to_arrow(batch, columns=schema.names))
            written += len(batch)
    return written
