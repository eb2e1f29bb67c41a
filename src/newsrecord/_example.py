"""The built-in example article (invented) that ``newsrecord demo`` parses."""

from __future__ import annotations


def example_text() -> str:
    """The text of the shipped example: a crawl-format page with a publisher and a byline."""
    from importlib.resources import files  # imported on use: it slows `import newsrecord`

    return files("newsrecord").joinpath("data/example.txt").read_text(encoding="utf-8")
