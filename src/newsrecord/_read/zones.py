"""
Stage 2 of the reading path: the lines grouped into units, each in its zone.

A story has four zones, walked in order by the state table `TRANSITIONS`
(written as h11 writes its connection states: a state, an event, the next
state):

* ``lead``: the stack above the story (labels, headline, standfirst, byline,
  date and source lines, captions, share bars);
* ``body``: the story's text, from its first unit to its last running text;
* ``tail``: what follows the last running text (credits, copyright lines,
  related links, a bio, a cut-off last paragraph);
* ``closed``: what follows an end mark (`ENDS`, `-30-`) or a list of links:
  furniture, whatever it looks like.

Grouping follows what each line is.  A line whose kind is in
`lines.OWN_UNIT` (a byline, date line, credit, furniture...) is a unit of
its own, whatever the blank lines around it.  In the lead every line is a
unit of its own, unless it plainly goes on in the next (`...in the` /
`harbour`).  In the body, lines that carry no field are joined by the text's
own paragraph convention (`Convention`): blank lines, indentation, hard
wrapping, or one paragraph a line.

The body starts at the first unit that reads as running text, or opens with a
dateline, or follows an export's `Body` label.  In *copy* (wire copy and
archives, with no sign of a web page's stack) the first line is the story's
title when it has a title's shape, and the body starts right after it whatever
the shape of its first unit (`Qtly div 10 cts vs 8 cts`).  A short summary
sentence under the headline, followed by byline or date lines, is the
standfirst: it stays in the lead.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Final, Literal, NamedTuple, TypeAlias

import regex

from newsrecord._lexicons.labels import CONTINUING_WORDS, LIST_LABELS, SIGN_OFFS, UI_LINES
from newsrecord._read import limits
from newsrecord._read.lines import OWN_UNIT, LineRead, Lines
from newsrecord._recognise.shapes import (
    ends_sentence,
    has_sentence,
    is_all_caps,
    is_title,
    reads_as_text,
    reads_as_title,
)
from newsrecord._text import clean, join_lines, opens_with_bullet

Zone: TypeAlias = Literal["lead", "body", "tail", "closed"]
Event: TypeAlias = Literal["text", "last-text", "end-mark", "list-label", "other"]

TRANSITIONS: Final[dict[tuple[Zone, Event], Zone]] = {
    ("lead", "text"): "body",
    ("lead", "last-text"): "body",
    ("body", "end-mark"): "closed",
    ("body", "list-label"): "closed",
    ("body", "last-text"): "tail",
    ("tail", "end-mark"): "closed",
    ("tail", "list-label"): "closed",
}
"""(zone, event) -> next zone; any pair not listed keeps the zone.  ``last-text`` is
the last unit of running text: the body holds it, and the tail starts after it."""


class Unit(NamedTuple):
    """Lines that belong together, the zone they are in, and their joined value."""

    reads: tuple[LineRead, ...]
    start: int
    end: int
    value: str
    zone: Zone
    table: bool = False
    standfirst: bool = False

    @property
    def first(self) -> LineRead:
        return self.reads[0]

    @property
    def prose(self) -> bool:
        """Reads as running text and is not a field line."""
        first = self.reads[0]
        if first.kind in OWN_UNIT or first.kind == "names":
            return False
        return first.prose if len(self.reads) == 1 else reads_as_text(self.value)

    @property
    def bullet(self) -> bool:
        return opens_with_bullet(self.reads[0].line.text)


class Convention(NamedTuple):
    """How the text marks its paragraphs, read once from all its lines."""

    wrapped: bool  # hard-wrapped: lines of a paragraph go on in the next
    going: frozenset[int]  # ends of lines that go on in the next one
    indent_step: int  # 0: indentation marks nothing; else a line this much deeper starts one
    width: int  # the wrap width of a hard-wrapped text, else 0
    page: bool  # a web page: a crawl header, or a stack of lines above unwrapped text


class Zones(NamedTuple):
    """The units in text order; ``body`` is the index of the first body unit."""

    units: tuple[Unit, ...]
    convention: Convention
    body: int
    title_at: int  # copy's title line (a lead unit index), or -1
    header_end: int  # where the crawl header's line ends, or -1


def zones(lines: Lines) -> Zones:
    """Group ``lines`` into units and walk them through the zones (see the module docstring)."""
    reads = lines.reads
    convention = _convention(reads, lines.width, header=lines.header is not None)
    joins = join_flags(reads, convention)
    start, title_at, standfirsts = _body_start(reads, convention, joins)
    lead = _lead_units(reads[:start], standfirsts)
    body = _body_units(reads[start:], joins[start:])
    units = _walk([*lead, *body], len(lead))
    title_unit = next((i for i, u in enumerate(lead) if u.reads[0] is reads[title_at]), -1)
    title = title_unit if title_at >= 0 else -1
    return Zones(tuple(units), convention, len(lead), title, lines.header_end)


# -- the text's convention ---------------------------------------------------------


def _convention(reads: Sequence[LineRead], width: int, *, header: bool) -> Convention:
    wrapped, going = _wrapping(reads, width)
    indented = any(_indent(read) for read in reads)
    step = 0
    if indented:
        step = 1 if _indents_mark_paragraphs(reads) else 2
    page = header or (not wrapped and _stack_evidence(reads))
    return Convention(wrapped, frozenset(going), step, width, page)


def _stack_evidence(reads: Sequence[LineRead]) -> bool:
    """
    Whether the lines above the story look like a web page's stack: a byline, a
    date line, a label, a field or furniture before the first line of text (a
    summary sentence right under a title, with the stack below it, is no text).
    """
    for index, read in enumerate(reads[: limits.LEAD_LINES]):
        if read.kind in ("byline", "furniture", "label", "field") or _dated(read):
            return True
        if read.rule in ("names.credits", "names.tail"):
            return True
        text = read.prose or (read.kind == "text" and len(read.value.split()) >= 4)
        if text and not _standfirst_shape(reads, index):
            return False
    return False


def _dated(read: LineRead) -> bool:
    """A date line that dates a page: with a year, after a label, or beside an outlet
    (`Tuesday, 1 March` above a match report is a fixture's date, not a page's)."""
    if read.kind != "date":
        return False
    return read.rule != "date.alone" or any(f.match.year is not None for f in read.facts.dates)


def _standfirst_shape(reads: Sequence[LineRead], index: int) -> bool:
    """A summary sentence right under a title line, with byline or date lines under it
    (a caption or a photo credit may stand between)."""
    read = reads[index]
    if index == 0 or len(read.value) > limits.STANDFIRST_CHARS or not reads[index - 1].title:
        return False
    for following in reads[index + 1 : index + 1 + limits.STACK_BEFORE_DATELINE]:
        if following.kind in ("byline", "names", "date"):
            return True
        if following.kind not in OWN_UNIT:
            return False
    return False


def _ends_sentence(read: LineRead) -> bool:
    """Ends a sentence, a clause (`:` `;`) or a quotation that closes one."""
    value = read.value.rstrip("\"'”’»)]")
    return value[-1:] in ".!?…:;"


def _wrapping(reads: Sequence[LineRead], width: int) -> tuple[bool, set[int]]:
    """
    Whether the text is hard-wrapped, and the ends of the lines that go on in the next.

    Evidence for: a line that stops mid-sentence while the next one goes on in
    lower case, or lines that fill the wrap width and mostly end mid-sentence (a
    text whose lines are longer than a wrapped text's has no width).  Evidence against:
    lines that end a sentence and a next line that starts a new one, which is
    how text with a paragraph per line looks.
    """
    going: set[int] = set()
    new_sentence = inner = mid_sentence = 0
    for read, following in pairwise(reads):
        if following.gap or read.kind in OWN_UNIT or following.kind in OWN_UNIT:
            continue
        ends = _ends_sentence(read)
        if _goes_on(read, following, ends=ends, wrapped=bool(width)):
            going.add(read.line.end)
        elif ends and following.value[:1].isupper():
            new_sentence += 1
        text = read.line.text
        if width and len(text.rstrip()) >= width * limits.WRAP_FILL and not is_table_row(text):
            inner += 1
            mid_sentence += not ends
    if not width:
        return False, going  # lines too long to be wrapped: they are whole paragraphs
    if going and len(going) * 2 >= new_sentence:
        return True, going
    return mid_sentence >= 2 and mid_sentence * 2 >= inner, going


def _goes_on(read: LineRead, following: LineRead, *, ends: bool, wrapped: bool = True) -> bool:
    """
    Whether ``read`` stops mid-sentence and ``following`` carries on with it: in lower
    case, with a digit, after a word no sentence ends on; and in hard-wrapped text, with
    a quotation or a bracket (a title over a quotation is no broken line).
    """
    if ends:
        return False
    start = following.value[:1]
    if start.islower() or start.isdigit() or (wrapped and start in "<(\"'“‘["):
        return True
    last = read.value.rsplit(None, 1)[-1:]
    return bool(last) and last[0].casefold() in CONTINUING_WORDS


def _indent(read: LineRead) -> int:
    """The width of the line's leading white space (a tab counts as four)."""
    text = read.line.text
    if not text or text[0] not in " \t\u00a0":
        return 0
    width = 0
    for char in text:
        if char == " " or char == "\u00a0":
            width += 1
        elif char == "\t":
            width += 4
        else:
            break
    return width


def _indents_mark_paragraphs(reads: Sequence[LineRead]) -> bool:
    """Whether indented lines inside runs outnumber the runs: indentation is the convention."""
    runs = sum(1 for read in reads if read.gap or read is reads[0])
    inside = sum(1 for read in reads if not read.gap and read is not reads[0] and _indent(read))
    return inside >= runs


def is_table_row(line: str) -> bool:
    """
    Whether ``line`` has columns apart by a tab, three spaces or a dotted leader, each
    short as a table's cells are (a stray tab inside a wrapped line of prose is no column).
    """
    inner = line.strip()
    if not ("\t" in inner or "   " in inner or "...." in inner.rstrip(".")):
        return False
    cells = _COLUMN_GAP.split(inner)
    return len(cells) >= 2 and max(len(cell) for cell in cells) <= limits.TABLE_CELL_CHARS


_COLUMN_GAP: Final = regex.compile(r"\t++|\ {3,}+|\.{4,}+", regex.V1)


# -- where the body starts -----------------------------------------------------------


def _body_start(
    reads: Sequence[LineRead], convention: Convention, joins: Sequence[bool]
) -> tuple[int, int, frozenset[int]]:
    """The index of the body's first line, copy's title line (or -1), and standfirst lines."""
    if convention.page:
        start, standfirsts = _page_body_start(reads, joins)
        return start, -1, standfirsts
    label = next(
        (i for i, r in enumerate(reads[: limits.LEAD_LINES]) if r.rule == "field.body"), -1
    )
    if label >= 0:
        return label + 1, -1, frozenset()  # an export's fields, then `Body`
    title = _copy_title(reads, joins, convention.width)
    if title < 0 and not convention.wrapped and _opens_with_furniture(reads):
        # `Azerbaijan News` / `Tag Archives: Harbour` above the story: no title line opens
        # the copy, so its lines above the story are read as a page's stack.
        start, standfirsts = _page_body_start(reads, joins)
        if start < len(reads):
            return start, -1, standfirsts
    begin = title + 1 if title >= 0 else 0
    if title >= 0 and begin < len(reads) and reads[begin].rule == "names.bare":
        begin += 1  # `Jane Doe and John Roe` right under the title: its byline
    opener = _story_opener(reads, begin)
    if opener >= 0:
        return opener, title, frozenset()  # `Title` / `ANI | Updated: ...` / `LAHORE (ANI):`
    below = _after_standfirst(reads, begin) if begin < len(reads) else -1
    if below >= 0:
        return below, title, frozenset({begin})  # a summary, then `BERLIN (dpa) —`
    for index in range(begin, len(reads)):
        if _may_open_body(reads[index]):
            return index, title, frozenset()
    return len(reads), title, frozenset()


def _story_opener(reads: Sequence[LineRead], begin: int) -> int:
    """A dateline opening the story a few lines on, with no running text before it: -1 if none."""
    scraps = False
    for index in range(begin, min(len(reads), begin + limits.STACK_BEFORE_DATELINE)):
        read = reads[index]
        if read.kind == "text" and _opens_story(read):
            return index if not scraps or _wire_dateline(read) else -1
        if read.prose or (read.kind == "text" and not read.title and not _stack_scrap(read)):
            return -1
        scraps = scraps or (read.kind == "text" and not read.title)
    return -1


def _after_standfirst(reads: Sequence[LineRead], index: int) -> int:
    """
    The line after a summary (one sentence or two, under the standfirst's length) that a
    wire dateline with its agency or date opens (`BERLIN (dpa) — ...`, `AUSTIN, Texas,
    March 26, 2021 (NEWSWIRE) — ...`): the story starts at the dateline, -1 if none.
    """
    read = reads[index]
    if not read.prose or len(read.value) > limits.STANDFIRST_CHARS or index + 1 >= len(reads):
        return -1
    following = reads[index + 1]
    return index + 1 if following.kind == "text" and _wire_dateline(following) else -1


def _stack_scrap(read: LineRead) -> bool:
    """A short line that is no sentence between a title and its dateline: a date and a count
    (`2020-06-01 66`), an ad marker (`- Advertisement -`), a label the lexicons miss.  Only
    a wire dateline (`Madrid, 1 jun (EFE).-`) is trusted past one: `PICTURE, DRAMA:` in a
    list of winners is no dateline."""
    value = read.value
    return len(value) < limits.SHORT_TEXT_CHARS and not ends_sentence(value)


def _wire_dateline(read: LineRead) -> bool:
    """A dateline that names its agency or its date: wire copy's, whatever stands above it."""
    found = read.facts.dateline
    return found is not None and (found.agency is not None or found.month is not None)


def _copy_title(reads: Sequence[LineRead], joins: Sequence[bool], width: int) -> int:
    """Wire copy opens with its title line, whatever its punctuation: its index, or -1."""
    first = next((i for i, read in enumerate(reads) if read.kind not in OWN_UNIT), -1)
    if first < 0 or first + 1 >= len(reads):
        return -1
    read = reads[first]
    value = read.value
    if read.rule in ("names.credits", "names.place") or _opens_story(read):
        return -1
    if len(value) > 160 or len(value.split()) > 25 or value[:1].islower():
        return -1
    if value[:3].casefold() == "by " or _lead_sentence(value):
        return -1
    if not reads_as_title(value, archive=bool(width)):
        return -1  # `Azerbaijan News`, `Tag Archives: Harbour`: no title opens this text
    following = reads[first + 1]
    if joins[first + 1] and (
        _goes_on(read, following, ends=_ends_sentence(read)) or _fills(read, width)
    ):
        return -1  # the line is the start of a wrapped paragraph, not a title
    return first


def _opens_with_furniture(reads: Sequence[LineRead]) -> bool:
    """The first line that no field claims is short and no sentence: a label, a name, a link."""
    first = next((read for read in reads if read.kind not in OWN_UNIT), None)
    return first is not None and not reads_as_text(first.value)


def _fills(read: LineRead, width: int) -> bool:
    """A line that fills a hard-wrapped text's width and ends no sentence: it goes on."""
    length = len(read.line.text.rstrip())
    return bool(width) and length >= width * limits.WRAP_FILL and not _ends_sentence(read)


def _lead_sentence(value: str) -> bool:
    """
    `The council voted on Tuesday to build a bridge, the mayor said.`: a
    sentence closed by a full stop opens the story; titles end so only after an
    abbreviation (`... in the U.S.`).  Six words or more, most of them in lower
    case, or ten words or more whatever their case.
    """
    bare = value.rstrip("\"”’' ")
    if not bare.endswith(".") or bare.endswith("...") or is_all_caps(value):
        return False
    words = value.split()
    if words[-1].rstrip("\"”’'").count(".") != 1:
        return False  # `U.S.`, `R.I.`: an abbreviation, not a full stop
    lower = sum(word[:1].islower() for word in words)
    return len(words) >= 10 or (len(words) >= 6 and 2 * lower >= len(words))


def _may_open_body(read: LineRead) -> bool:
    """A line that no field claims: the body's first in copy (where a bare name, with no
    stack around it, is text: `Griffin Park` under a fixture)."""
    return read.kind not in OWN_UNIT and read.rule not in ("names.credits", "names.place")


def _page_body_start(
    reads: Sequence[LineRead], joins: Sequence[bool]
) -> tuple[int, frozenset[int]]:
    """The first line of a page's story (running text, a dateline opening, an export's
    body), and the standfirst lines above it."""
    standfirsts: set[int] = set()
    titled = False
    for index, read in enumerate(reads):
        if read.rule == "field.body":
            return index + 1, frozenset(standfirsts)
        if read.kind == "text" and _opens_story(read):
            return index, frozenset(standfirsts)
        if read.kind in OWN_UNIT or read.kind == "names":
            following = reads[index + 1] if index + 1 < len(reads) else None
            if (
                read.kind == "dateline"
                and following is not None
                and _may_open_body(following)
                and not following.title
                and not _lone_label(following)
            ):
                return index + 1, frozenset(standfirsts)
            continue
        size = _paragraph_size(reads, index, joins)
        value = _joined(reads[index : index + size])
        if reads_as_text(value) or _short_lead(reads, index, size, joins):
            if titled and size == 1 and _standfirst(reads, index, value):
                standfirsts.add(index)
                continue
            below = _after_standfirst(reads, index) if size == 1 else -1
            if below >= 0:
                return below, frozenset({*standfirsts, index})
            return index, frozenset(standfirsts)
        titled = titled or read.title
    return _first_sentence(reads), frozenset(standfirsts)


def _lone_label(read: LineRead) -> bool:
    """`Note:`, `Key points:`: a label alone on its line announces what follows."""
    return read.value.endswith(":") and len(read.value.split()) <= 3


def _opens_story(read: LineRead) -> bool:
    """A line opened by a dateline, an agency credit, a glued byline or an export's text label."""
    facts = read.facts
    return (
        facts.dateline is not None
        or facts.opening is not None
        or facts.glued is not None
        or read.rule == "text.field-label"
    )


def _short_lead(reads: Sequence[LineRead], index: int, size: int, joins: Sequence[bool]) -> bool:
    """A short first sentence right before running text: `The council met on Tuesday.`"""
    value = _joined(reads[index : index + size])
    if not (
        ends_sentence(value)
        and len(value.split()) >= limits.SHORT_LEAD_WORDS
        and not is_all_caps(value)
        and not _question_title(value)
    ):
        return False
    following = index + size
    if following >= len(reads) or not _may_open_body(reads[following]):
        return False
    after = _paragraph_size(reads, following, joins)
    return reads_as_text(_joined(reads[following : following + after]))


def _question_title(value: str) -> bool:
    """`Can Ostby afford a new rail line?`: one question in a title's shape is a title."""
    return (
        value.endswith("?")
        and not has_sentence(value[:-1])
        and len(value.split()) <= 15
        and is_title(value)
    )


def _standfirst(reads: Sequence[LineRead], index: int, value: str) -> bool:
    """
    A summary sentence under the headline, with byline, date or source lines
    after it and the story after those: the standfirst, not the body.
    """
    if len(value) > limits.STANDFIRST_CHARS:
        return False
    stack = False
    for read in reads[index + 1 : index + 1 + limits.LEAD_LINES]:
        if read.kind in ("byline", "names", "date") or read.rule.startswith("source."):
            stack = True
        elif read.kind not in OWN_UNIT:
            return stack or _opens_story(read)  # the summary, then `MÜNCHEN, 14. Mai –`
    return False


def _first_sentence(reads: Sequence[LineRead]) -> int:
    """No running text: the first sentence that no field claims starts the body, if any."""
    for index, read in enumerate(reads):
        if _may_open_body(read) and ends_sentence(read.value):
            return index
    return len(reads)


def _paragraph_size(reads: Sequence[LineRead], index: int, joins: Sequence[bool]) -> int:
    """How many lines from ``index`` one body paragraph takes."""
    size = 1
    while index + size < len(reads) and joins[index + size]:
        size += 1
    return size


def join_flags(reads: Sequence[LineRead], convention: Convention) -> list[bool]:
    """
    For each line, whether it goes on with the paragraph of the line before it.

    Lines that carry no field, with no blank line between them and none indented
    deeper than the shallowest line of their run, form a piece; a hard-wrapped piece
    is one paragraph (a bullet or a table row aside), and in text with a paragraph a
    line each, every line is one.
    """
    starts = _piece_starts(reads, convention)
    joins = [False] * len(reads)
    start = 0
    for index in range(1, len(reads) + 1):
        if index < len(reads) and not starts[index]:
            continue
        if index - start > 1 and _piece_wrapped(reads[start:index], convention):
            for at in range(start + 1, index):
                joins[at] = not (
                    _bullet(reads[at]) or _in_table(reads, at) or _in_table(reads, at - 1)
                )
        start = index
    return joins


def _piece_starts(reads: Sequence[LineRead], convention: Convention) -> list[bool]:
    """Where a piece starts: after a blank line, at or after a field line, at a deeper indent."""
    starts = [True] * len(reads)
    step = convention.indent_step
    run_start = 0
    for index in range(1, len(reads) + 1):
        if index < len(reads) and not reads[index].gap:
            continue
        run = reads[run_start:index]
        base = min(_indent(read) for read in run) if step else 0
        for at in range(run_start + 1, index):
            read, previous = reads[at], reads[at - 1]
            deeper = step and _indent(read) >= base + step
            starts[at] = bool(deeper) or read.kind in OWN_UNIT or previous.kind in OWN_UNIT
        run_start = index
    return starts


def _in_table(reads: Sequence[LineRead], index: int) -> bool:
    """A table row with another row right above or below it."""
    if not _is_row(reads[index]):
        return False
    above = index > 0 and not reads[index].gap and _is_row(reads[index - 1])
    return above or _is_row_at(reads, index + 1)


def _piece_wrapped(piece: Sequence[LineRead], convention: Convention) -> bool:
    """
    The text's convention, unless the piece shows its own: a line that goes on in lower
    case (wrapped), three or more capitalised short lines that end no sentence (links),
    or, in text that is not wrapped, long lines that mostly end mid-sentence (one
    paragraph broken into lines, as a list of items without stops is).
    """
    if any(read.line.end in convention.going for read in piece[:-1]):
        return True
    if len(piece) >= 3 and all(_link_like(read) for read in piece):
        return False
    if convention.wrapped:
        return True
    inner = piece[:-1]
    open_lines = sum(not _ends_sentence(read) and not read.title for read in inner)
    return 2 * open_lines > len(inner)


def _link_like(read: LineRead) -> bool:
    """A short capitalised line that ends no sentence: a link title in a list."""
    value = read.value
    return len(value) < 70 and value[:1].isupper() and not _ends_sentence(read)


def _joined(reads: Sequence[LineRead]) -> str:
    if len(reads) == 1:
        return reads[0].value
    return join_lines(read.line.text for read in reads)


# -- the units ------------------------------------------------------------------------


def _lead_units(reads: Sequence[LineRead], standfirsts: frozenset[int]) -> list[Unit]:
    """Lines above the story: each a unit, unless it plainly goes on in the next."""
    units: list[Unit] = []
    index = 0
    while index < len(reads):
        size = 1
        while index + size < len(reads) and _continues(
            reads[index + size - 1], reads[index + size]
        ):
            size += 1
        unit = _unit(reads[index : index + size], "lead")
        units.append(unit._replace(standfirst=index in standfirsts))
        index += size
    return units


def _continues(previous: LineRead, read: LineRead) -> bool:
    """`...a ferry route to the` / `island`: a lead line that goes on in the next."""
    if read.gap or read.kind in OWN_UNIT or previous.kind in OWN_UNIT:
        return False
    if read.kind == "names" or previous.kind == "names":
        return False
    return _goes_on(previous, read, ends=_ends_sentence(previous)) and read.value[:1].islower()


def _body_units(reads: Sequence[LineRead], joins: Sequence[bool]) -> list[Unit]:
    """The story's lines grouped by the convention; field lines and bullets stand alone."""
    units: list[Unit] = []
    index = 0
    while index < len(reads):
        read = reads[index]
        if read.kind in OWN_UNIT:
            size = _credit_size(reads, index) if read.kind == "credit" else 1
            units.append(_unit(reads[index : index + size], "body"))
            index += size
            continue
        if _is_row(read) and _is_row_at(reads, index + 1):
            size = 1
            while _is_row_at(reads, index + size):
                size += 1
            units.append(_unit(reads[index : index + size], "body", table=True))
            index += size
            continue
        size = _paragraph_size(reads, index, joins)
        units.append(_unit(reads[index : index + size], "body"))
        index += size
    return units


def _credit_size(reads: Sequence[LineRead], index: int) -> int:
    """`(Reporting by Jane Doe;` / `Editing by John Roe)`: a bracket left open goes on."""
    size = 1
    depth = reads[index].value.count("(") - reads[index].value.count(")")
    while depth > 0 and index + size < len(reads):
        read = reads[index + size]
        if read.gap or read.kind not in ("credit", "text", "names", "title"):
            break
        depth += read.value.count("(") - read.value.count(")")
        size += 1
    return size


def _is_row(read: LineRead) -> bool:
    return read.kind not in OWN_UNIT and is_table_row(read.line.text)


def _is_row_at(reads: Sequence[LineRead], index: int) -> bool:
    return index < len(reads) and not reads[index].gap and _is_row(reads[index])


def _bullet(read: LineRead) -> bool:
    return opens_with_bullet(read.line.text)


def _unit(reads: Sequence[LineRead], zone: Zone, *, table: bool = False) -> Unit:
    if len(reads) == 1:
        read = reads[0]
        return Unit((read,), read.start, read.end, read.value, zone, table)
    if table:
        value = "\n".join(row for row in (clean(read.line.text) for read in reads) if row)
    else:
        value = join_lines(read.line.text for read in reads)
    return Unit(tuple(reads), reads[0].start, reads[-1].end, value, zone, table)


# -- the zones -----------------------------------------------------------------------


def _walk(units: list[Unit], body: int) -> list[Unit]:
    """Each unit's zone, by `TRANSITIONS`."""
    last = max((i for i in range(body, len(units)) if units[i].prose), default=body)
    zone: Zone = "lead"
    out: list[Unit] = []
    for index, unit in enumerate(units):
        if index == body and zone == "lead":
            zone = "body"
        event = _event(unit, index, body, last)
        if event in ("end-mark", "list-label") and zone in ("body", "tail"):
            zone = TRANSITIONS.get((zone, event), zone)
        out.append(unit._replace(zone=zone) if index >= body else unit)
        if event == "last-text":
            zone = TRANSITIONS.get((zone, event), zone)
    return out


def _event(unit: Unit, index: int, body: int, last: int) -> Event:
    """What a unit means for the walk through the zones."""
    if index < body:
        return "other"
    if index == last:
        return "last-text"
    read = unit.first
    folded = unit.value.casefold()
    if read.kind == "end" or (read.kind == "furniture" and folded in SIGN_OFFS):
        return "end-mark"
    if index > body and read.rule in ("press-about", "press-contact"):
        return "end-mark"  # a press release's `About ...` and contacts follow its text
    # A list label closes the text after its last paragraph; an end mark (`ENDS`,
    # `-30-`) closes it wherever it stands: a press release's `About ...` follows it.
    closes = index > last or folded not in UI_LINES or folded in SIGN_OFFS
    listed = folded in LIST_LABELS or read.rule == "list-label"
    if index > body and read.kind in ("furniture", "end") and listed and closes:
        return "list-label"
    return "other"
