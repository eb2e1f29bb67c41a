"""
The text beside its record: what ``newsrecord show FILE`` prints.

`render` gives a summary of the record's fields, a blank line, then every line
of the input with a gutter: the line number, ``!`` when a warning's span
touches the line, and the kind of each block on the line (``¶2`` is the second
entry of ``Article.paragraphs``; ``dateline+¶1`` is a line holding two blocks).
A blank line inside a block (the rest of a page after a second story) carries
that block's label, so the gutter shows where each block ends.

Lines end where `newsrecord.parse` ends them (``\\r\\n``, ``\\r`` or ``\\n``),
so the body has exactly one output line per input line.  Control characters,
lone surrogates, line separators and bidirectional overrides are shown as
escapes (``\\x1b``) rather than sent to the terminal, and tabs are expanded.
Colour (ANSI SGR, one colour per block kind) is the caller's decision.

Examples:
    >>> from newsrecord import parse
    >>> text = (
    ...     "Ferry fares rise in Veska\\n\\n"
    ...     "VESKA, Jan. 12 (Trend) - Fares rose 12 percent.\\n\\n"
    ...     "The new timetable starts in March.\\n"
    ... )
    >>> print(render(text, parse(text)), end="")
    headline    Ferry fares rise in Veska
    byline      (none)
    authors     (none)
    publisher   Trend
    date        (none)
    published   (none)
    dateline    location VESKA | agency Trend | date (none) | raw "VESKA, Jan. 12 (Trend) -"
    paragraphs  2
    credits     (none)
    warnings    1 (0 error, 1 info)
      ! [info] date-year-missing 3:1-24: the dateline's date has no year to take
    <BLANKLINE>
    1   headline    | Ferry fares rise in Veska
    2               |
    3 ! dateline+¶1 | VESKA, Jan. 12 (Trend) - Fares rose 12 percent.
    4               |
    5   ¶2          | The new timetable starts in March.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from typing import Final, NamedTuple

import regex

from newsrecord._decode import coerce
from newsrecord._report import Report
from newsrecord._text import LINE_BREAK
from newsrecord.errors import WARNING_CODES, ParseWarning
from newsrecord.model import Article, Author, Credit, Dateline

# One SGR colour per block kind.  Paragraphs, most of any text, keep the
# terminal's own colour so the body reads as text; their gutter label says ¶N.
KIND_COLORS: Final[Mapping[str, str]] = {
    "header": "36",  # cyan
    "headline": "1;33",  # bold yellow
    "byline": "32",  # green
    "dateline": "35",  # magenta
    "paragraph": "",
    "credit": "34",  # blue
    "boilerplate": "90",  # grey: what the record leaves out
}
SEVERITY_COLORS: Final[Mapping[str, str]] = {"error": "1;31", "info": "33"}
WARNING_MARK_COLOR: Final = "1;31"
FAINT: Final = "2"

DEFAULT_WIDTH: Final = 100
# Below this a summary value would have no room left beside its label.
MIN_WIDTH: Final = 40
LABEL_WIDTH: Final = 12
# A gutter never grows past this, whatever one odd line holds.
MAX_KINDS_WIDTH: Final = 24
MAX_RULES_WIDTH: Final = 28
TAB_SIZE: Final = 8
NONE: Final = "(none)"

# Lines end where `newsrecord.parse` ends them (`LINE_BREAK`); the other separators
# that `str.splitlines` knows (\v, \f, \x1c, U+2028...) stay inside a line and are
# escaped.  Neither pattern repeats, so neither can backtrack: no timeout is needed.
# What must not reach a terminal raw: control characters (ESC starts escape
# sequences; tab is expanded instead), lone surrogates (no UTF-8 stream can
# encode them), line and paragraph separators (they break the gutter), and the
# bidirectional controls that reorder what is displayed (CVE-2021-42574).
_UNSAFE: Final = regex.compile(
    r"[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", regex.V1
)


class _Run(NamedTuple):
    """A block clipped to the text, with its gutter label (``¶2`` for the second paragraph)."""

    start: int
    end: int
    kind: str
    label: str
    rule: str = ""  # the rule that decided the block's kind (`Block.rule`)


def render(
    text: str | bytes,
    article: Article,
    *,
    color: bool = False,
    width: int | None = None,
    rules: bool = False,
) -> str:
    """
    The record's summary, a blank line, then the text with a gutter of block kinds.

    Args:
        text: the input that ``article`` was parsed from; bytes are decoded as
            `newsrecord.parse` decodes them, so the record's spans fit.
        article: the record, normally ``newsrecord.parse(text)``.  Spans that
            do not fit the text are clipped, never an error.
        color: colour the output with ANSI SGR codes; without it the output
            holds no escape character at all.
        width: the terminal width that summary values are cut to (default
            100); body lines are never cut.
        rules: add a column after the kinds that names the rule which decided
            each block (`Block.rule`), to see why a line was read as it was.

    Returns:
        The lines, each ending in ``\\n``.

    Raises:
        TypeError: ``text`` is neither ``str`` nor bytes-like.
    """
    source = coerce(text, Report())
    lines = summary_lines(source, article, color=color, width=width)
    lines.append("")
    lines.extend(body_lines(source, article, color=color, rules=rules))
    return "".join(line + "\n" for line in lines)


def line_kinds(text: str, article: Article) -> list[tuple[int, tuple[str, ...]]]:
    """
    Each line's number (from 1) and the labels of the blocks on it, in order.

    Labels are block kinds, except that paragraphs are ``¶1``, ``¶2``... in
    the order of ``Article.paragraphs``.  A blank line between blocks has none.

    Examples:
        >>> from newsrecord import parse
        >>> text = "Ferry fares rise\\n\\nVESKA (Trend) - Fares rose."
        >>> line_kinds(text, parse(text))
        [(1, ('headline',)), (2, ()), (3, ('dateline', '¶1'))]
    """
    spans = _line_spans(text)
    return [
        (number, tuple(_labels(runs)))
        for number, runs in enumerate(_runs_by_line(spans, _runs(text, article)), 1)
    ]


def body_lines(
    text: str, article: Article, *, color: bool = False, rules: bool = False
) -> list[str]:
    """The text's lines, one per input line, each behind its gutter (kinds, then rules)."""
    spans = _line_spans(text)
    by_line = _runs_by_line(spans, _runs(text, article))
    warned = _warned_lines([start for start, _ in spans], article.warnings, len(text))
    number_width = len(str(len(spans)))
    kinds_width = max((_label_width(runs) for runs in by_line), default=0)
    kinds_width = min(max(kinds_width, len("boilerplate")), MAX_KINDS_WIDTH)
    rules_width = 0
    if rules:  # a record read before blocks had rules has no column to show
        rules_width = min(max((len(_rules(runs)) for runs in by_line), default=0), MAX_RULES_WIDTH)
    out = []
    for index, (span, runs) in enumerate(zip(spans, by_line, strict=True)):
        mark = _paint("!", WARNING_MARK_COLOR, color) if index in warned else " "
        number = _paint(f"{index + 1:>{number_width}}", FAINT, color)
        gutter = f"{number} {mark} {_gutter_kinds(runs, kinds_width, color)}"
        if rules_width:
            gutter += " " + _paint(f"{_rules(runs)[:rules_width]:<{rules_width}}", FAINT, color)
        gutter += " |"
        shown = _body_text(text, span, runs, color)
        out.append(f"{gutter} {shown}" if shown else gutter)
    return out


def summary_lines(
    text: str, article: Article, *, color: bool = False, width: int | None = None
) -> list[str]:
    """One line per field of the record, then one per warning; values cut to ``width``."""
    room = max(DEFAULT_WIDTH if width is None else width, MIN_WIDTH) - LABEL_WIDTH
    out = []
    for name, value in _fields(article):
        shown = _paint(NONE, FAINT, color) if value is None else _value(value, room)
        out.append(f"{_paint(name, FAINT, color)}{' ' * (LABEL_WIDTH - len(name))}{shown}")
    starts = [start for start, _ in _line_spans(text)] or [0]
    for warning in article.warnings:
        out.append(_warning_line(warning, starts, len(text), room + LABEL_WIDTH, color))
    return out


# ---------------------------------------------------------------------------
# The summary


def _fields(article: Article) -> list[tuple[str, str | None]]:
    """The summary's field names and values as text (``None`` when the record has none)."""
    published = article.published
    return [
        ("headline", article.headline),
        ("byline", article.byline),
        ("authors", "; ".join(map(_author, article.authors)) or None),
        ("publisher", article.publisher),
        ("date", _date(article)),
        ("published", None if published is None else published.isoformat()),
        ("dateline", None if article.dateline is None else _dateline(article.dateline)),
        ("paragraphs", str(len(article.paragraphs))),
        ("credits", "; ".join(map(_credit, article.credits)) or None),
        ("warnings", _warning_count(article.warnings)),
    ]


def _author(author: Author) -> str:
    role = "" if author.role is None else f" ({author.role})"
    email = "" if author.email is None else f" <{author.email}>"
    return f"{author.name}{role}{email}"


def _credit(credit: Credit) -> str:
    return f"{credit.role}: {', '.join(credit.names)}"


def _date(article: Article) -> str | None:
    if article.date is None:
        return None
    source = "" if article.date_source is None else f" (from {article.date_source})"
    return article.date.isoformat() + source


def _dateline(dateline: Dateline) -> str:
    """The parsed parts first: they are what a cut at the terminal's width must keep."""
    date = None if dateline.date is None else dateline.date.isoformat()
    parts = (("location", dateline.location), ("agency", dateline.agency), ("date", date))
    shown = [f"{name} {NONE if value is None else value}" for name, value in parts]
    return " | ".join([*shown, f'raw "{dateline.raw}"'])


def _warning_count(warnings: Sequence[ParseWarning]) -> str:
    errors = sum(_severity(w) == "error" for w in warnings)
    return f"{len(warnings)} ({errors} error, {len(warnings) - errors} info)" if warnings else "0"


def _severity(warning: ParseWarning) -> str:
    """The code's documented severity; a record read back from old JSON may lack its own."""
    known = WARNING_CODES.get(warning.code)
    return warning.severity if known is None else known[0]


def _warning_line(
    warning: ParseWarning, starts: Sequence[int], size: int, width: int, color: bool
) -> str:
    """``  ! [info] date-year-missing 3:1-32: message``, cut to ``width``."""
    severity = _plain(_severity(warning))
    mark = _paint("!", WARNING_MARK_COLOR, color)
    tag = _paint(f"[{severity}]", SEVERITY_COLORS.get(severity, ""), color)
    rest = f"{warning.code}{_where(warning, starts, size)}: {warning.message}"
    room = width - len(f"  ! [{severity}] ")
    return f"  {mark} {tag} {_value(rest, room)}"


def _where(warning: ParseWarning, starts: Sequence[int], size: int) -> str:
    """`` 3:1-32``: line:column of the first character, then of the last (both from 1)."""
    span = _warning_span(warning, size)
    if span is None:
        return ""
    line, column = _position(starts, span[0])
    end_line, end_column = _position(starts, span[1])
    if (end_line, end_column) == (line, column):
        return f" {line}:{column}"
    if end_line == line:
        return f" {line}:{column}-{end_column}"
    return f" {line}:{column}-{end_line}:{end_column}"


def _warning_span(warning: ParseWarning, size: int) -> tuple[int, int] | None:
    """The offsets of the first and the last character the warning names, within the text."""
    if warning.start is None:
        return None
    first = min(max(warning.start, 0), size)
    end = first + 1 if warning.end is None else warning.end
    return first, min(max(first, end - 1), size)


def _position(starts: Sequence[int], offset: int) -> tuple[int, int]:
    index = bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def _value(value: str, room: int) -> str:
    """A field value made safe for the terminal and cut to ``room`` cells."""
    return _fit(_plain(value), max(room, 1))


def _fit(value: str, room: int) -> str:
    """``value`` in at most ``room`` terminal cells, cut with ``…`` (wide characters count 2)."""
    cells = 0
    cut = 0
    for index, char in enumerate(value):
        cells += _cells(char)
        if cells > room:
            return value[:cut] + "…"
        if cells <= room - 1:
            cut = index + 1
    return value


def _cells(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


# ---------------------------------------------------------------------------
# The body


def _line_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each line, break excluded; a final line break ends the last line."""
    spans = []
    start = 0
    for match in LINE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _runs(text: str, article: Article) -> list[_Run]:
    """The blocks in order, clipped to the text; paragraphs numbered as `Article.paragraphs`."""
    runs = []
    paragraphs = 0
    for block in sorted(article.blocks, key=lambda b: b.start):
        label: str = block.kind
        if block.kind == "paragraph":
            paragraphs += 1  # counted even if clipped away, so ¶N stays the N-th paragraph
            label = f"¶{paragraphs}"
        start, end = max(block.start, 0), min(block.end, len(text))
        if start < end:
            runs.append(_Run(start, end, block.kind, label, block.rule or ""))
    return runs


def _runs_by_line(spans: Sequence[tuple[int, int]], runs: Sequence[_Run]) -> list[list[_Run]]:
    """For each line, the runs that touch it (its break included), in order."""
    starts = [start for start, _ in spans]
    by_line: list[list[_Run]] = [[] for _ in spans]
    for run in runs:
        first = bisect_right(starts, run.start) - 1
        last = bisect_right(starts, run.end - 1) - 1
        for index in range(first, last + 1):
            by_line[index].append(run)
    return by_line


def _warned_lines(starts: Sequence[int], warnings: Sequence[ParseWarning], size: int) -> set[int]:
    """The indexes of the lines that some warning's span touches."""
    lines: set[int] = set()
    for warning in warnings:
        span = _warning_span(warning, size)
        if span is not None and starts:
            lines.update(range(bisect_right(starts, span[0]) - 1, bisect_right(starts, span[1])))
    return lines


def _labels(runs: Sequence[_Run]) -> Iterator[str]:
    """The runs' labels, a label repeated by adjacent blocks (two boilerplate bits) once."""
    previous = None
    for run in runs:
        if run.label != previous:
            yield run.label
        previous = run.label


def _rules(runs: Sequence[_Run]) -> str:
    """The rules that decided the line's blocks, joined by ``+``, each once."""
    return "+".join(dict.fromkeys(run.rule for run in runs if run.rule))


def _label_width(runs: Sequence[_Run]) -> int:
    return len("+".join(_labels(runs)))


def _gutter_kinds(runs: Sequence[_Run], width: int, color: bool) -> str:
    """The line's labels joined by ``+``, padded to ``width``, each in its kind's colour."""
    kinds = {run.label: run.kind for run in runs}
    labels = list(_labels(runs))
    while len("+".join(labels)) > width and len(labels) > 1:
        labels[-2:] = ["…"]  # an odd line with many blocks: keep the first labels
    labels = [label[:width] for label in labels]  # only an unknown kind can be that long
    shown = (_paint(label, KIND_COLORS.get(kinds.get(label, ""), ""), color) for label in labels)
    return "+".join(shown) + " " * (width - len("+".join(labels)))


def _body_text(text: str, span: tuple[int, int], runs: Sequence[_Run], color: bool) -> str:
    """The line made safe for a terminal, each block's part in its kind's colour."""
    out = []
    column = 0
    for start, end, kind in _pieces(span, runs):
        shown, column = _visible(text[start:end], column, color)
        out.append(_paint(shown, KIND_COLORS.get(kind, ""), color))
    return "".join(out)


def _pieces(span: tuple[int, int], runs: Sequence[_Run]) -> Iterator[tuple[int, int, str]]:
    """The line cut at block edges: ``(start, end, kind)``, kind ``""`` outside any block."""
    pos, end = span
    for run in runs:
        low, high = max(run.start, pos), min(run.end, end)
        if low >= high:
            continue  # a run that only spans this line's break, or overlaps one before it
        if low > pos:
            yield pos, low, ""
        yield low, high, run.kind
        pos = high
    if pos < end:
        yield pos, end, ""


def _visible(chunk: str, column: int, color: bool) -> tuple[str, int]:
    """``chunk`` with tabs expanded and unsafe characters escaped; and the column after it."""
    out = []
    pos = 0
    for match in _UNSAFE.finditer(chunk):
        out.append(chunk[pos : match.start()])
        column += match.start() - pos
        char = match.group()
        shown = " " * (TAB_SIZE - column % TAB_SIZE) if char == "\t" else _escape(char)
        column += len(shown)
        out.append(_reverse(shown) if color and char != "\t" else shown)
        pos = match.end()
    out.append(chunk[pos:])
    return "".join(out), column + len(chunk) - pos


def _plain(value: str) -> str:
    """``value`` with every unsafe character escaped and tabs as one space (summary values)."""
    return _visible(value.replace("\t", " "), 0, False)[0]


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _reverse(shown: str) -> str:
    # Reverse video on and off (7, 27) rather than a full reset, so that an
    # escape inside a coloured block keeps the block's colour after it.
    return f"\x1b[7m{shown}\x1b[27m"


def _paint(shown: str, sgr: str, color: bool) -> str:
    return f"\x1b[{sgr}m{shown}\x1b[0m" if color and sgr and shown else shown
