"""The built-in example article (invented) that ``newsrecord demo`` parses."""

from __future__ import annotations

from importlib.resources import files


def example_text() -> str:
    """The text of the shipped example: a crawl-format page with a publisher and a byline."""
    return files("newsrecord").joinpath("data/example.txt").read_text(encoding="utf-8")
