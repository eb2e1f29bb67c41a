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


GETTING_STARTED = DOCS / "getting-started.md"


def _shown_blocks() -> list[str]:
    """The ``text`` and ``json`` blocks of the getting-started demo section, in order."""
    page = GETTING_STARTED.read_text(encoding="utf-8")
    section = page[page.index("## Try the demo") : page.index("## Parse a text")]
    return re.findall(r"^```(?:text|json)\n(.*?)^```", section, re.MULTILINE | re.DOTALL)


def _follows(shown: str, actual: list[str]) -> bool:
    """Whether the shown lines occur in ``actual`` in order, a ``...`` line standing for any."""
    position = 0
    for line in shown.splitlines():
        if line.strip() == "...":
            continue
        try:
            position = actual.index(line, position) + 1
        except ValueError:
            return False
    return True


@pytest.mark.parametrize("index", [0, 1], ids=["text", "record"])
def test_getting_started_shows_what_demo_prints(index: int) -> None:
    """The demo's text and record on the getting-started page are what ``demo --text`` prints."""
    from tests.cli_run import invoke

    printed = invoke("demo", "--text").stdout.splitlines()
    shown = _shown_blocks()[index]
    assert _follows(shown, printed), (
        f"getting-started.md shows what `demo` no longer prints:\n{shown}"
    )
