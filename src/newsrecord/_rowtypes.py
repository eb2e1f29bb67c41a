"""
The value type of each column of `Article.to_row`, as data.

Kept apart from ``exports.py`` and free of imports from pandas, Arrow or
Spark: the names are ones each engine understands directly (pandas
``astype``, ``pyarrow.type_for_alias``) or maps in one line (Spark).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, TypeAlias

RowDtype: TypeAlias = Literal["string", "int64"]
"""The type of one row column: ``"string"`` may be ``None``, ``"int64"`` never is."""

# A plain dict, typed read-only: a ``MappingProxyType`` would not pickle, and
# user functions that mention it are pickled to Dask and Spark workers.
ROW_DTYPES: Final[Mapping[str, RowDtype]] = {
    "headline": "string",
    "byline": "string",
    "authors": "string",
    "publisher": "string",
    "date": "string",
    "published": "string",
    "date_source": "string",
    "dateline_raw": "string",
    "dateline_location": "string",
    "dateline_agency": "string",
    "dateline_date": "string",
    "body": "string",
    "paragraph_count": "int64",
    "credits": "string",
    "warning_codes": "string",
    "warning_count": "int64",
}
"""
Column name to type, in column order: `ROW_COLUMNS` is derived from it.

``"string"`` columns hold a ``str`` or ``None`` (dates as ISO 8601 text);
``"int64"`` columns always hold an ``int``.  Pass it to
``pandas.DataFrame.astype``, or build an Arrow or Spark schema from it.
"""
