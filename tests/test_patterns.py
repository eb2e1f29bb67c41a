"""No pattern can backtrack catastrophically: each finishes on 100,000 adversarial characters."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
import regex

import newsrecord
from newsrecord._lazy import LazyPattern, OpeningRules

ADVERSARIAL = {
    "letters": "A" * 100_000,
    "spaces": " " * 100_000 + "x",
    "digits": "1" * 100_000,
    "punctuation": ".,;:-–—/|()" * 9_100,
    "open-brackets": "(" * 100_000,
    "by-lines": "By Jane Doe and " * 6_250,
    "datelines": "WASHINGTON, Jan 12 (AP) " * 4_200,
    "dates": "12.01.2021 14:05 GMT " * 4_800,
    "capitals": "ABC DEF " * 12_500,
    "mixed": "Jane DoeJun 20, 2020, 8:44 AM EDT " * 3_000,
}


def _patterns() -> list[tuple[str, regex.Pattern[str]]]:
    """Every module-level pattern of the package, compiled."""
    found: list[tuple[str, regex.Pattern[str]]] = []
    for info in pkgutil.walk_packages(newsrecord.__path__, "newsrecord."):
        if info.name.endswith("__main__"):
            continue  # runs the command line when imported
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):
                found.append((f"{info.name}.{name}", value.compiled()))
            elif isinstance(value, regex.Pattern):
                found.append((f"{info.name}.{name}", value))
            elif isinstance(value, OpeningRules):
                found.append((f"{info.name}.{name}", value.whole()))
    return found


PATTERNS = _patterns()


def test_patterns_are_found() -> None:
    """The sweep sees the package's patterns (dozens of them), so the ReDoS test means something."""
    assert len(PATTERNS) >= 40


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=list(ADVERSARIAL))
def test_pattern_finishes_within_the_time_limit(
    name: str, pattern: regex.Pattern[str], text: str
) -> None:
    """A search over 100,000 adversarial characters ends well inside one second."""
    pattern.search(text, timeout=1.0)
