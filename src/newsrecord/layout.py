"""
Cutting the text into segments: the runs of lines that may each be one block.

A segment is a span of the input (trimmed to visible characters at both ends)
with the lines it spans.  The header line's rest is always a segment of its
own; the other lines are grouped by blank lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsrecord._text import Line, is_blank, trim


class Segment(NamedTuple):
    """Lines that belong together; ``start``/``end`` trimmed to visible text."""

    start: int
    end: int
    lines: tuple[Line, ...]


def make_segment(text: str, lines: Sequence[Line]) -> Segment | None:
    """The segment spanning ``lines``, or ``None`` when they hold nothing visible."""
    visible = tuple(line for line in lines if not is_blank(line.text))
    if not visible:
        return None
    start, end = trim(text, visible[0].start, visible[-1].end)
    return Segment(start, end, visible)


def blank_line_segments(text: str, lines: Sequence[Line]) -> list[Segment]:
    """Runs of non-blank lines, split at blank lines."""
    segments: list[Segment] = []
    run: list[Line] = []
    for line in lines:
        if is_blank(line.text):
            if run:
                segment = make_segment(text, run)
                if segment is not None:
                    segments.append(segment)
                run = []
        else:
            run.append(line)
    if run:
        segment = make_segment(text, run)
        if segment is not None:
            segments.append(segment)
    return segments


def rest_of_line(text: str, line: Line, offset: int) -> Segment | None:
    """The part of ``line`` from ``offset`` on, as a segment of its own."""
    return make_segment(text, [Line(offset, line.end, text[offset : line.end])])
