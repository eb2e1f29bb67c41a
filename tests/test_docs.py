"""The documentation keeps up with the code's public lists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsrecord

DOCS = Path(__file__).parents[1] / "docs"


@pytest.mark.parametrize("code", sorted(newsrecord.WARNING_CODES))
def test_warning_code_is_documented(code: str) -> None:
    """Every warning code appears in ``docs/warnings.md``."""
    text = (DOCS / "warnings.md").read_text(encoding="utf-8")
    assert re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text), f"{code} not in warnings.md"
