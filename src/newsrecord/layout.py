"""
Cutting the text into units: the spans that may each become one block.

The text's own paragraph convention decides where one unit ends:

* blank lines always separate units;
* inside a run of lines, a line indented deeper than the run's continuation
  lines starts a new unit (Reuters-21578 and other archives that mark
  paragraphs by indentation and put no blank line between them);
* hard-wrapped text (most lines end mid-sentence) joins its lines; text whose
  lines are whole paragraphs (the single-newline convention of many crawl
  pages) makes every line a unit;
* a bullet item and each row of a table of aligned columns are units of their
  own, whatever the convention.

A unit is a span of the input trimmed to visible characters, with its lines.
The header line's rest is always a unit of its own.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from itertools import accumulate, pairwise
from typing import Final, NamedTuple

import regex

from newsrecord._lexicons.labels import CONTINUING_WORDS, SIGN_OFFS
from newsrecord._text import BLANK, LINE_BREAK, Line, is_blank, trim

# A bullet marker at the start of a line; the marker is not part of the paragraph.
BULLET: Final = regex.compile(r"\A[ \t]{0,8}+[•·▪●◦‣∙■□➢►*][ \t]++(?=\S)", regex.V1)

# A line of nothing but `BLANK` characters (what `is_blank` calls blank) after a
# line break.  Every whole-text pattern here starts with a character, never with a
# lookbehind, so that the engine skips ahead to candidates instead of trying each
# position.
_LINE_BLANKS: Final = "".join(regex.escape(char) for char in BLANK if char not in "\r\n")
_BLANK_LINE: Final = regex.compile(
    r"(?:\n|\r(?!\n))[" + _LINE_BLANKS + r"]*+(?=[\r\n]|\Z)", regex.V1
)

# A line break before what `_indent` measures.
_INDENT_AFTER_BREAK: Final = regex.compile(r"[\r\n][ \t\u00a0]", regex.V1)
_INDENT_CHARS: Final = " \t\u00a0"

# `BULLET` at the start of any line of a piece.
_BULLET_CHARS: Final = "•·▪●◦‣∙■□➢►*"
_BULLET_AFTER_BREAK: Final = regex.compile(
    r"[\r\n][ \t]{0,8}+[" + _BULLET_CHARS + r"][ \t]++(?=\S)", regex.V1
)

# Lines that end a sentence (or a quotation that ends one): at the end of one line,
# and at every line end of a text at once (the offsets of lines that end a sentence).
_ENDS_SENTENCE: Final = r"[.!?…:;][\"'”’»)\]]{0,3}+[ \t]*+"
_SENTENCE_END: Final = regex.compile(_ENDS_SENTENCE + r"\Z", regex.V1)
_LINE_SENTENCE_END: Final = regex.compile(_ENDS_SENTENCE + r"(?=[\r\n]|\Z)", regex.V1)


def is_table_row(line: str) -> bool:
    """Whether ``line`` has two columns apart by a tab, three spaces or a dotted leader."""
    inner = line.strip()
    return "\t" in inner or "   " in inner or "...." in inner.rstrip(".")


# A run of non-blank lines: each starts at a line start and holds a visible character.
_RUN: Final = regex.compile(
    r"""
    (?: \A | (?<=[\r\n]) )
    [^\S\r\n]*+ \S [^\r\n]*+                       # a line with something visible
    (?: (?: \r\n?+ | \n ) [^\S\r\n]*+ \S [^\r\n]*+ )*+   # and the non-blank lines after it
    """,
    regex.VERBOSE | regex.V1,
)


class Unit(NamedTuple):
    """Lines that belong together; ``start``/``end`` trimmed to visible text."""

    start: int
    end: int
    lines: tuple[Line, ...]
    table: bool = False


def make_unit(text: str, lines: Sequence[Line], *, table: bool = False) -> Unit | None:
    """The unit spanning ``lines``, or ``None`` when they hold nothing visible."""
    if len(lines) == 1:
        visible: tuple[Line, ...] = () if is_blank(lines[0].text) else (lines[0],)
    elif not _has_blank_line(lines, text):
        visible = tuple(lines)  # whole consecutive lines, none of them blank
    else:
        visible = tuple(line for line in lines if not is_blank(line.text))
    if not visible:
        return None
    start, end = trim(text, visible[0].start, visible[-1].end)
    return Unit(start, end, visible, table)


def _has_blank_line(lines: Sequence[Line], text: str) -> bool:
    """Whether one of ``lines`` (consecutive whole lines of ``text``) is blank."""
    return is_blank(lines[0].text) or (
        _BLANK_LINE.search(text, lines[0].start, lines[-1].end) is not None
    )


def rest_of_line(text: str, line: Line, offset: int) -> Unit | None:
    """The part of ``line`` from ``offset`` on, as a unit of its own."""
    return make_unit(text, [Line(offset, line.end, text[offset : line.end])])


def _indent(line: Line) -> int:
    """The width of the line's leading white space (a tab counts as four)."""
    width = 0
    for char in line.text:
        if char == " " or char == "\u00a0":
            width += 1
        elif char == "\t":
            width += 4
        else:
            break
    return width


def _runs(text: str, start: int) -> list[list[Line]]:
    """Runs of non-blank lines between blank lines, found in one pass over the text."""
    runs: list[list[Line]] = []
    for match in _RUN.finditer(text, start):
        runs.append(_lines_of(text, match.start(), match.end()))
    return runs


# `Line` built straight from a (start, end, text) triple, in C: a run can hold
# a hundred thousand lines, and the named tuple's own constructor is Python code.
_new_line: Final = functools.partial(tuple.__new__, Line)


def _lines_of(text: str, start: int, end: int) -> list[Line]:
    """The lines of ``text[start:end]``, a run that holds no blank line."""
    run = text[start:end]
    if "\r" not in run:
        # The common case in C: split, then each line's start from the lengths before it.
        parts = run.split("\n")
        starts = list(accumulate((len(part) + 1 for part in parts[:-1]), initial=start))
        ends = [at + len(part) for at, part in zip(starts, parts, strict=True)]
        return list(map(_new_line, zip(starts, ends, parts, strict=True)))
    lines: list[Line] = []
    pos = start
    for brk in LINE_BREAK.finditer(text, start, end):
        lines.append(Line(pos, brk.start(), text[pos : brk.start()]))
        pos = brk.end()
    lines.append(Line(pos, end, text[pos:end]))
    return lines


def _sentence_ends(text: str, start: int) -> frozenset[int]:
    """Where lines end a sentence: one pass over the text instead of a search per line."""
    return frozenset(match.end() for match in _LINE_SENTENCE_END.finditer(text, start))


def is_wrapped(runs: Sequence[Sequence[Line]], ends: frozenset[int]) -> tuple[bool, set[int]]:
    """
    Whether the text is hard-wrapped, and the ends of the lines that go on in the next.

    Evidence for: a line that stops mid-sentence while the next one goes on in
    lower case, or long lines that mostly end mid-sentence.  Evidence against:
    lines that end a sentence and a next line that starts a new one, which is
    how text with a paragraph per line looks.
    """
    going: set[int] = set()
    new_sentence = inner = mid_sentence = 0
    for run in runs:
        for line, following in pairwise(run):
            text = line.text
            ends_sentence = line.end in ends
            if _goes_on(line, following, ends):
                going.add(line.end)
            elif ends_sentence and following.text.lstrip()[:1].isupper():
                new_sentence += 1
            if len(text) >= 45 and not is_table_row(text):
                inner += 1
                mid_sentence += len(text) <= 100 and not ends_sentence
    if going and len(going) * 2 >= new_sentence:
        return True, going
    return mid_sentence >= 2 and mid_sentence * 2 >= inner, going


def units(text: str, start: int = 0) -> list[Unit]:
    """The units of ``text[start:]`` by the text's own paragraph convention."""
    runs = _runs(text, start)
    wrapped, going = is_wrapped(runs, _sentence_ends(text, start))
    out: list[Unit] = []
    # Without an indented line anywhere, no run splits by indentation: skip measuring.
    indented = _has_indented_line(text, start)
    # Where blank lines separate the paragraphs, a one-space indent is noise, not a new one.
    step = 1 if indented and _indents_mark_paragraphs(runs) else 2
    for run in runs:
        for piece in _split_by_indent(run, step) if indented else (run,):
            out.extend(_piece_units(text, piece, wrapped=_piece_wrapped(piece, wrapped, going)))
    return out


def _has_indented_line(text: str, start: int) -> bool:
    """Whether a line of ``text[start:]`` starts with what `_indent` measures."""
    if start == 0 and text[:1] and text[0] in _INDENT_CHARS:
        return True
    return _INDENT_AFTER_BREAK.search(text, start) is not None


def _piece_wrapped(piece: Sequence[Line], default: bool, going: set[int]) -> bool:
    """The text's convention, unless the piece shows its own: a line that goes on in lower
    case (wrapped), or three or more capitalised short lines that end no sentence (links)."""
    if len(piece) < 2:
        return default
    if going and any(line.end in going for line in piece[:-1]):
        return True
    if default and len(piece) >= 3 and all(_link_like(line.text.strip()) for line in piece):
        return False
    return default


def _is_sign_off(line: str) -> bool:
    """`Reuter`, `ENDS`, `-30-`: the end mark of wire copy, always a line of its own."""
    folded = line.strip().casefold()
    return folded in SIGN_OFFS or folded.rstrip(".^m ") in SIGN_OFFS


def _link_like(line: str) -> bool:
    """A short capitalised line that ends no sentence: a link title in a list."""
    return len(line) < 70 and line[:1].isupper() and _SENTENCE_END.search(line) is None


def _goes_on(line: Line, following: Line, ends: frozenset[int]) -> bool:
    """Whether ``line`` stops mid-sentence and ``following`` carries on with it."""
    if line.end in ends:
        return False
    start = following.text.lstrip()[:1]
    if start.islower() or start.isdigit() or start in "<(\"'“‘[":
        return True
    last = line.text.rstrip().rsplit(None, 1)[-1:]
    return bool(last) and last[0].casefold() in CONTINUING_WORDS


def _indents_mark_paragraphs(runs: Sequence[Sequence[Line]]) -> bool:
    """Whether indented lines inside runs outnumber the runs: indentation is the convention."""
    inside = 0
    for run in runs:
        inside += sum(_indent(line) > 0 for line in run[1:])
    return inside >= len(runs)


def _split_by_indent(run: list[Line], step: int) -> list[list[Line]]:
    """Split a run where a line is indented ``step`` or more deeper than its shallowest line."""
    if len(run) < 2:
        return [run]
    indents = [_indent(line) for line in run]
    base = min(indents)
    if all(width < base + step for width in indents[1:]):
        return [run]
    pieces: list[list[Line]] = [[run[0]]]
    for line, width in zip(run[1:], indents[1:], strict=True):
        if width >= base + step:
            pieces.append([line])
        else:
            pieces[-1].append(line)
    return pieces


def _piece_units(text: str, piece: list[Line], *, wrapped: bool) -> list[Unit]:
    """Units of one paragraph-sized piece: tables, bullets and unwrapped lines split off."""
    # Most pieces hold no table, bullet or end mark: one look at the whole piece
    # then spares the checks line by line (which long runs of short lines pay dearly).
    segment = text[piece[0].start : piece[-1].end]
    if not _may_hold_table(segment):
        if not wrapped:
            return [unit for line in piece if (unit := make_unit(text, (line,))) is not None]
        if not _may_split(segment):
            unit = make_unit(text, piece)
            return [] if unit is None else [unit]
    return _piece_units_by_line(text, piece, wrapped=wrapped)


def _may_hold_table(segment: str) -> bool:
    """False when no line of ``segment`` can be a table row (see `is_table_row`)."""
    return "\t" in segment or "   " in segment or "...." in segment


def _may_split(segment: str) -> bool:
    """False when no line of ``segment`` can be a bullet item or an end mark."""
    if any(char in segment for char in _BULLET_CHARS) and (
        BULLET.match(segment) is not None or _BULLET_AFTER_BREAK.search(segment) is not None
    ):
        return True
    folded = segment.casefold()
    return any(word in folded for word in SIGN_OFFS)


def _piece_units_by_line(text: str, piece: list[Line], *, wrapped: bool) -> list[Unit]:
    """`_piece_units` line by line, for pieces that may hold tables, bullets or end marks."""
    out: list[Unit] = []
    pending: list[Line] = []
    table: list[Line] = []

    def flush() -> None:
        for group, is_table in ((pending, False), (table, True)):
            if group:
                unit = make_unit(text, group, table=is_table)
                if unit is not None:
                    out.append(unit)
                group.clear()

    rows = [is_table_row(line.text) for line in piece]
    for index, line in enumerate(piece):
        next_is_row = index + 1 < len(piece) and rows[index + 1]
        if rows[index] and (table or next_is_row):
            if pending:
                flush()
            table.append(line)
            continue
        if table:
            flush()
        if BULLET.match(line.text) or not wrapped or _is_sign_off(line.text):
            flush()
            pending.append(line)
            flush()
        else:
            pending.append(line)
    flush()
    return out
