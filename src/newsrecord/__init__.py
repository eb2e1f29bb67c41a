"""
newsrecord: wire-style news text in, normalized typed records out.

>>> import newsrecord
>>> record = newsrecord.parse(" date 2021-01-14 By Lornby Courier\\n\\nBy Jane Doe\\n\\nIt rained.")
>>> record.date.isoformat(), record.publisher
('2021-01-14', 'Lornby Courier')
"""

from __future__ import annotations

from typing import Any

from newsrecord.arrow import to_arrow, to_parquet
from newsrecord.batch import parse_many
from newsrecord.errors import DEFAULT, STRICT, WARNING_CODES, ParseError, ParseWarning, Policy
from newsrecord.files import InputError, Text, parse_files, read_texts
from newsrecord.model import Article, Author, Block, Credit, Dateline
from newsrecord.pipeline import parse
from newsrecord.schema import json_schema

__all__ = [
    "DEFAULT",
    "STRICT",
    "WARNING_CODES",
    "Article",
    "Author",
    "Block",
    "Credit",
    "Dateline",
    "InputError",
    "ParseError",
    "ParseWarning",
    "Policy",
    "Text",
    "json_schema",
    "parse",
    "parse_files",
    "parse_many",
    "read_texts",
    "to_arrow",
    "to_parquet",
]


def __dir__() -> list[str]:
    return __all__


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from newsrecord._version import __version__

        return __version__
    raise AttributeError(f"module 'newsrecord' has no attribute {name!r}")
