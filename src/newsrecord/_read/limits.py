"""
The reading path's named limits, each with the reason for its value.

Numbers that decide what a line or a unit is live here, so that a reader can
see every threshold in one place and a change to one is a change to one line.
"""

from __future__ import annotations

from typing import Final

BYLINE_CHARS: Final = 200
"""A byline is a line of names and their tails; longer lines are text that opens with `By`."""

LOOSE_BYLINE_CHARS: Final = 160
"""A byline without `By` (`Jane Doe | Staff Writer`) is shorter still: it is trusted only in the
lead.
"""

DATED_LINE_CHARS: Final = 300
"""A line that dates the page (`Published: ...`, a date beside an outlet) is short; prose is not
read for dates.
"""

DATE_ALONE_CHARS: Final = 160
"""A date line with its labels, time, zone and page age fits in this; longer ones are sentences."""

FURNITURE_PHRASE_CHARS: Final = 300
"""Phrases that make a line furniture wherever they stand (`contributed to this report`) only
count in short lines.
"""

SHORT_TEXT_CHARS: Final = 80
"""Below this, a line without sentence punctuation is a label, a title or a link, never running
text.
"""


SHORT_LEAD_WORDS: Final = 3
"""A closed sentence this long right above running text opens the story (`Meclis bütçeyi
onayladı.`).
"""

STANDFIRST_CHARS: Final = 320
"""A standfirst is one or two summary sentences; a longer unit under the headline is the body."""

LEAD_LINES: Final = 40
"""The stack above a story holds at most this many lines; past it, only running text opens the
body.
"""

PROSE_BEFORE_LEAD_ENDS: Final = 3
"""Datelines and bare bylines are looked for only until this many lines of running text were
seen.
"""

WRAP_MAX_CHARS: Final = 100
"""Hard-wrapped text keeps nine lines in ten within this; longer lines are whole paragraphs."""

WRAP_FILL: Final = 0.8
"""A line that fills this share of the wrap width and stops mid-sentence goes on in the next."""

SUBHEAD_WORDS: Final = 3
"""A subheading in the body is short (`Shift of power`); a page's title after its lead paragraph
has more words than this."""

BIO_CHARS: Final = 300
"""An author's bio at the end of a page is one or two sentences."""

LIST_LINE_CHARS: Final = 40
"""Furniture repeated three times between blurbs (a teaser list) is a short line such as `Read
more`.
"""

TEASER_CHARS: Final = 300
"""On a teaser or gallery page no blurb is longer than this."""

STACK_BEFORE_DATELINE: Final = 4
"""Wire copy puts at most this many lines (a subtitle, an agency and date line) between its
title and the dateline that opens the story."""

TABLE_CELL_CHARS: Final = 40
"""A table's cells are short (`Net profit`, `31.4 mln`); a longer piece beside a tab is prose."""

KICKER_TITLE_WORDS: Final = 15
"""A title after its kicker on the crawl header's line (`IEBC: Kakamega governor poll to be
held on August 29`) runs to this many words at most, and ends no sentence."""
