"""
The reading path: a text's lines, then its zones, then the record's fields.

Data flows one way, each stage reading only what the one before it kept:

1. `lines`: the text cut into lines once; every recogniser reads each line and
   says what it is (`LineRead`: a kind, the rule that decided it, its facts);
2. `zones`: the lines grouped into units, each in its zone (lead, body, tail,
   closed), by a state table;
3. `blocks`, then `fields`: what each unit is, and the record's fields from
   the blocks and the kept facts (`dating` holds the date precedence,
   `sources.RANKS` the publisher ranks).
"""

from __future__ import annotations

from newsrecord._read.blocks import decide
from newsrecord._read.fields import Fields, read_fields
from newsrecord._read.lines import read_lines
from newsrecord._read.zones import zones
from newsrecord._report import Report
from newsrecord.errors import Policy

__all__ = ["Fields", "read"]


def read(text: str, policy: Policy, report: Report) -> Fields:
    """The record's fields of ``text`` (already decoded and cut to the size cap)."""
    timeout = policy.regex_timeout
    lines = read_lines(text, timeout)
    header = lines.header
    if header is not None and not header.valid:
        report.defect(
            "header-date-invalid",
            f"header date {text[header.date_start : header.end]!r} is no calendar date",
            header.date_start,
            header.end,
        )
    zoned = zones(lines)
    blocks = decide(zoned, text, timeout)
    if blocks.list_page:
        report.defect("not-an-article", "a list of teasers or gallery captions, not one article")
    if blocks.second_story is not None:
        report.defect(
            "multiple-stories",
            "a second story starts here; it is left out of the record",
            blocks.second_story,
            blocks.second_story + 1,
        )
    return read_fields(lines, zoned, blocks, policy.reference_date, report, timeout)
