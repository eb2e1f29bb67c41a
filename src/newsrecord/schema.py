"""The JSON Schema of `newsrecord.Article.to_dict`, shipped inside the package."""

from __future__ import annotations

import json
from typing import Any


def json_schema() -> dict[str, Any]:
    """
    The JSON Schema (draft 2020-12) that every ``Article.to_dict()`` validates against.

    A fresh dictionary on every call, so callers may change it freely.
    """
    from importlib.resources import files  # imported on use: it slows `import newsrecord`

    raw = (files("newsrecord") / "data" / "article.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(raw)
    return schema
