"""
Stage 1 of the reading path: the text's lines, each read for what it is.

The text is cut into lines once, as offsets into the input.  Each visible line
is then read by the recognisers in `_RECOGNISERS`, in order; the first that
knows the line decides its *kind* and names its *rule*, and what every
recogniser found on the way is kept on the line as its `Facts`.  The later
stages (zones, then fields) read the kinds and facts, never the line's words.

A line's kind says what it is whatever its neighbours: a byline, a date line,
a source line, a credit or furniture stays one even in a stack of lines with
no blank line between them.  Where a line stands decides only whether the
reader trusts it (a bare name is a byline right under the headline, and a
caption elsewhere): that is the later stages' work.

Kinds::

    byline    `By Jane Doe`, `Von Katrin Mühlberg`, `Text: Ada Lorne` (a prefix and names)
    names     `Jane Doe | Staff Writer`, `Jane Doe and John Roe` (names without a prefix)
    date      `14 March 2022`, `Published: 14.03.2022 09:30`, `Kyodo | Jan 3, 2022`
    credit    `(Reporting by Jane Doe; Editing by John Roe)`, `Jane Doe contributed.`
    end       `Reuter`, `ENDS`, `-30-`, `###`
    furniture share bars, captions, copyright and source lines, UI text (the rule says which)
    label     a section label or path: `WORLD`, `Politics | Europe`, `Press release`
    field     an archive export's labelled field: `Section: LOCAL`, `Length: 612 words`
    dateline  a dateline alone on its line: `BAKU, Azerbaijan, Jan. 12 (Trend):`; the agency
              line under one that names none (`Trend:`)
    title     a line in a headline's shape
    text      anything else: running text, data lines, short phrases
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Final, Literal, NamedTuple, TypeAlias

import regex

from newsrecord._lexicons.agencies import AGENCY_NAMES
from newsrecord._lexicons.bylines import CONTRIBUTOR_LABELS
from newsrecord._lexicons.credits import CREDIT_ROLES
from newsrecord._lexicons.labels import CONTINUING_WORDS, SECTION_LABELS, SIGN_OFFS
from newsrecord._mojibake import find as find_mojibake
from newsrecord._mojibake import repair_mapped
from newsrecord._read import limits
from newsrecord._recognise.bylines import (
    BylineParse,
    bare_names,
    follow_author,
    glued_byline,
    may_be_prefixed,
    names_with_tail,
    parse_byline,
)
from newsrecord._recognise.credits import parse_credits
from newsrecord._recognise.datelines import DatelineMatch, match_agency_opening, match_dateline
from newsrecord._recognise.dates import (
    DATE_LABEL_WORDS,
    DateMatch,
    date_stamp,
    date_tail,
    find_dates,
    has_digit,
    label_start,
    line_dates,
    may_be_date_line,
    month_only,
    stamp_before,
)
from newsrecord._recognise.furniture import Furniture, furniture, label_path
from newsrecord._recognise.header import Header, parse_header
from newsrecord._recognise.labelled import FieldFact, labelled_field
from newsrecord._recognise.names import normalize_name
from newsrecord._recognise.orgs import leading_agency
from newsrecord._recognise.shapes import (
    caps_title,
    ends_sentence,
    glued_title,
    is_all_caps,
    is_name_word,
    is_person_name,
    is_title,
    reads_as_text,
    reads_as_title,
)
from newsrecord._recognise.sources import (
    RANKS,
    bare_outlet,
    crumb_title,
    dated_outlet,
    outlet_name,
    ranked_credit,
)
from newsrecord._text import LINE_BREAK, Line, clean, opens_with_bullet
from newsrecord.model import Author, Credit

LineKind: TypeAlias = Literal[
    "byline",
    "names",
    "date",
    "credit",
    "end",
    "furniture",
    "label",
    "field",
    "dateline",
    "title",
    "text",
]

OWN_UNIT: Final[frozenset[str]] = frozenset(
    {"byline", "date", "credit", "end", "furniture", "label", "field", "dateline"}
)
"""Kinds that are a unit of their own wherever they stand: never joined to a neighbour."""

DateLabel: TypeAlias = Literal["published", "updated", "alone", "byline"]


class DateFact(NamedTuple):
    """A date a line gives, and how the line gives it (after a label, alone, in a byline)."""

    label: DateLabel
    match: DateMatch


class Facts(NamedTuple):
    """What the recognisers found on one line; empty where they found nothing."""

    byline: BylineParse | None = None  # `By Jane Doe`: a prefix, then the credits
    names: BylineParse | None = None  # credits without a prefix, trusted only above the text
    glued: tuple[int, BylineParse] | None = None  # `By Jane DoeThe...`: where the text starts
    dates: tuple[DateFact, ...] = ()
    outlet: tuple[int, str] | None = None  # an outlet the line credits, with its rank
    bare_outlet: str | None = None  # the line is nothing but an outlet's name
    dateline: DatelineMatch | None = None  # a dateline opening the line
    opening: tuple[int, str] | None = None  # `(NPA) --` opening the line: end, agency
    credits: tuple[Credit, ...] | None = None
    follow: Author | None = None  # `Follow Jane Doe on Twitter`
    field: FieldFact | None = None
    crumb: tuple[int, str] | None = None  # `Home / News / <title>`: where the title starts
    glued_title: tuple[int, str] | None = None  # `Roof to be replacedThe work...`: the text's start


_NO_FACTS: Final = Facts()


class LineRead(NamedTuple):
    """One visible line and what it is; ``start``/``end`` trimmed to its visible characters."""

    start: int
    end: int
    line: Line  # the whole line (its indentation included)
    value: str  # the visible text, cleaned
    gap: int  # blank lines before it (0: it follows the previous visible line directly)
    kind: LineKind
    rule: str
    facts: Facts
    prose: bool  # reads as running text by itself
    title: bool  # has a headline's shape


class Lines(NamedTuple):
    """The text's lines as read, and its crawl header if it has one."""

    text: str
    header: Header | None
    reads: tuple[LineRead, ...]
    width: int  # the wrap width of a hard-wrapped text (`wrap_width`), else 0
    header_end: int  # where the crawl header's line ends, or -1 without a header


class _Context:
    """What a recogniser may know of the lines before it: running text seen so far, and
    whether the line goes on from the one above (a wrapped line is no label or name)."""

    __slots__ = (
        "continues",
        "contributors",
        "dateline_above",
        "header_line",
        "prose_seen",
        "timeout",
    )

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.prose_seen = 0
        self.continues = False
        self.contributors = False  # the line above opens or goes on with a Contributors list
        self.header_line = False  # the line is the rest of the crawl header's line
        # The visible line above is a dateline alone that names no agency (`BAKU, Oct. 17`).
        self.dateline_above: DatelineMatch | None = None

    @property
    def in_lead(self) -> bool:
        """Whether the story may not have started yet (datelines and bare names are looked for)."""
        return self.prose_seen < limits.PROSE_BEFORE_LEAD_ENDS


_Verdict: TypeAlias = tuple[LineKind, str, Facts]
_Recogniser: TypeAlias = Callable[[str, str, int, _Context], "_Verdict | None"]


def read_lines(text: str, timeout: float) -> Lines:
    """Cut ``text`` into lines and read each one (see the module docstring)."""
    lines = cut_lines(text)
    header = parse_header(lines[0].text, timeout) if lines else None
    if header is not None:
        lines[0] = Line(header.end, lines[0].end, lines[0].text[header.end :])
    context = _Context(timeout)
    width = wrap_width(lines)
    reads: list[LineRead] = []
    gap = 0
    for number, line in enumerate(lines):
        context.continues = not gap and bool(reads) and _goes_on(reads[-1], line, width)
        context.contributors = not gap and bool(reads) and reads[-1].rule in _CONTRIBUTING
        context.header_line = header is not None and number == 0
        read = _read_line(text, line, gap, context)
        if read is None:
            gap += 1
            continue
        reads.append(read)
        context.dateline_above = _agencyless_dateline(read)
        # Running text, or a wrapped line of it: the lead is over after a few (a summary's
        # bullet points above the story are no running text).
        context.prose_seen += not opens_with_bullet(line.text) and (
            read.prose or (read.kind == "text" and len(read.value) >= 40)
        )
        gap = 0
    header_end = lines[0].end if header is not None else -1
    return Lines(text, header, tuple(reads), width, header_end)


def _agencyless_dateline(read: LineRead) -> DatelineMatch | None:
    """The dateline of a line that is nothing else and names no agency, for the line under
    it to complete (`BAKU, Azerbaijan, Oct. 17` / `Trend:`)."""
    found = read.facts.dateline
    if read.rule != "dateline.alone" or found is None or found.agency is not None:
        return None
    return found


# `Line` built straight from a (start, end, text) triple, in C: a text can hold a
# hundred thousand lines, and the named tuple's own constructor is Python code.
_new_line: Final = functools.partial(tuple.__new__, Line)


def cut_lines(text: str) -> list[Line]:
    """Every line of ``text`` (line breaks excluded), blank ones included."""
    if "\r" not in text:
        parts = text.split("\n")
        starts = list(accumulate((len(part) + 1 for part in parts[:-1]), initial=0))
        ends = [at + len(part) for at, part in zip(starts, parts, strict=True)]
        return list(map(_new_line, zip(starts, ends, parts, strict=True)))
    lines: list[Line] = []
    pos = 0
    for brk in LINE_BREAK.finditer(text):
        lines.append(Line(pos, brk.start(), text[pos : brk.start()]))
        pos = brk.end()
    lines.append(Line(pos, len(text), text[pos:]))
    return lines


def wrap_width(lines: Sequence[Line]) -> int:
    """
    The width a hard-wrapped text is wrapped at (the length nine lines in ten stay
    within), or 0 when its lines are too long to be wrapped lines at all.
    """
    lengths = sorted(len(line.text.rstrip()) for line in lines if line.text.strip())
    if not lengths:
        return 0
    width = lengths[len(lengths) * 9 // 10]
    return width if width <= limits.WRAP_MAX_CHARS else 0


# What a date line's words are stripped of, for the gates.
_PUNCTUATION: Final = ".,;:|()[]{}«»\"'“”‘’!?¿¡"


def _goes_on(read: LineRead, line: Line, width: int) -> bool:
    """
    Whether ``line`` goes on with the paragraph of ``read``, the line right above it: the
    line above stops mid-sentence on a word no sentence ends on, or it fills a hard-wrapped
    text's width (and ``line`` is indented no deeper, which would open a paragraph).
    """
    if read.kind in OWN_UNIT or is_all_caps(read.value):
        return False  # a title in capitals: what follows starts afresh
    value = read.value
    ends = value.rstrip("\"'”’»)]")[-1:] in ".!?…:;"
    if not ends and (value.rsplit(None, 1)[-1].casefold() in CONTINUING_WORDS or value[-1] == "-"):
        return True
    if not width or len(read.line.text.rstrip()) < width * limits.WRAP_FILL:
        return False
    if not ends:
        return True
    # A sentence ends at the line's end, and the text goes on wrapped below it.
    return read.kind == "text" and _indent(line.text) <= _indent(read.line.text)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t\u00a0"))


def _read_line(text: str, line: Line, gap: int, context: _Context) -> LineRead | None:
    """The line read, or ``None`` when it holds nothing visible."""
    raw = line.text
    stripped = raw.strip()
    if not stripped or not stripped.strip("\u200b\u200c\u200d\u2060\ufeff\u00ad"):
        return None
    lead = len(raw) - len(raw.lstrip())
    start = line.start + lead
    end = start + len(stripped)
    value = clean(stripped)
    kind, rule, facts = _classify(value, stripped, start, context)
    prose = kind in ("text", "title") and reads_as_text(value)
    if prose and kind == "title":
        kind, rule = "text", "shape.text"  # `...the council said. (TASS)` is text
    title = kind in ("title", "names", "text") and not prose and is_title(value)
    if title and kind != "names" and _dated(value, context):
        kind, rule, title = "text", "shape.dated", False  # `Society 1 December 2020 14:08`
    if kind == "text" and title and rule == "shape.text":
        kind, rule = "title", "shape.title"
    if kind == "text" and context.in_lead and facts.glued is None and not context.continues:
        glued = glued_title(stripped) or caps_title(stripped)
        if glued is not None:
            facts = facts._replace(glued_title=(start + glued[0], glued[1]))
    return LineRead(start, end, line, value, gap, kind, rule, facts, prose, title)


def _dated(value: str, context: _Context) -> bool:
    """A title-shaped line that holds a date with its year, a time or the page's age: a
    date line with words about it, never a headline."""
    if _YEAR_OR_TIME.search(value) is None:
        return False  # cheap gate: no date on the line has a year or a time
    found = find_dates(value, context.timeout, limit=1)
    return bool(found) and (found[0].year is not None or found[0].time is not None)


# What a date with a year or a time shows (see `dates._DATE`): a year `19xx` or `20xx`, two
# digits after two numbers (`12.01.21`), or an hour, `:`, `.` or `h`, and the minutes.
_YEAR_OR_TIME: Final = regex.compile(
    r"(?:19|20)\d\d | \d\d[./]\d\d[./]\d\d | \d[:.h][0-5]\d", regex.VERBOSE | regex.V1
)


def _classify(value: str, raw: str, start: int, context: _Context) -> _Verdict:
    """The first recogniser that knows the line decides its kind."""
    if not value:
        return "furniture", "invisible", _NO_FACTS
    if context.continues:
        # A line that goes on from the one above is text, unless it opens a byline, a
        # credit or furniture by its first words (`...in the` / `Reuter`).
        if value[:1].islower():
            return "text", "text.goes-on", _NO_FACTS  # `...a magazine` / `by Chris Jehle.`
        recognisers = _GOING_ON
    else:
        recognisers = _RECOGNISERS
    for recogniser in recognisers:
        verdict = recogniser(value, raw, start, context)
        if verdict is not None:
            return verdict
    return "text", "shape.text", _NO_FACTS


def _byline(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """`By Jane Doe`, `Von Katrin Mühlberg | 14.05.2022`; glued to its text, the line is text."""
    if not may_be_prefixed(value):
        return None
    if len(value) > limits.BYLINE_CHARS:
        found = None
    else:
        found = parse_byline(value, context.timeout, loose=False)
        if found is None:
            return None
    if value[:3].casefold() == "by ":
        glued = glued_byline(raw, context.timeout)
        if glued is not None:
            cut, credits = glued
            return "text", "byline.glued", Facts(glued=(start + cut, credits))
    stamps = line_dates(value, context.timeout, byline=True)
    dates = tuple(DateFact(label, m) for label, m in stamps)
    return "byline", "byline.prefixed", Facts(byline=found, dates=dates)


def _contributors(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """`Contributors` alone on its line, then one name a line under it."""
    if context.contributors and len(value.split()) <= 4 and is_person_name(value):
        author = Author(name=normalize_name(value))
        return "byline", "byline.contributor", Facts(byline=BylineParse((author,), None))
    if value.casefold().rstrip(" :") not in CONTRIBUTOR_LABELS:
        return None
    return "byline", "byline.contributors", Facts(byline=BylineParse((), None))


_CONTRIBUTING: Final = frozenset({"byline.contributors", "byline.contributor"})


def _lexicon(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """Furniture and credits that the lexicons know by their words."""
    found = furniture(value, context.timeout, anywhere=not context.continues)
    if found is None:
        return _credit_words(value, context)
    if found.kind == "credit":
        credits = _credits(value, context)
        return "credit", f"credit.{found.rule}", Facts(credits=credits)
    if found.rule == "link":
        # A web address alone: furniture on a page, a line of a wrapped paragraph in copy.
        return "text", "link", _NO_FACTS
    if value.casefold() in SIGN_OFFS or value.casefold().rstrip(".^m ") in SIGN_OFFS:
        return "end", f"end.{found.rule}", Facts(bare_outlet=_agency(value))
    return "furniture", found.rule, _furniture_facts(value, raw, start, found, context)


def _credit_words(value: str, context: _Context) -> _Verdict | None:
    """`Contributing: Jane Doe`, `Editing by ...` further in: a trailer all the same."""
    if len(value) > limits.FURNITURE_PHRASE_CHARS:
        return None
    first = value.split(None, 1)[0].casefold().lstrip("([")
    if first not in _CREDIT_OPENERS and "contribut" not in value[:160].casefold():
        return None
    credits = parse_credits(value, context.timeout)
    return None if credits is None else ("credit", "credit.names", Facts(credits=credits))


# First words of a credit trailer's roles (`Photos by`, `Compiled by`), `Contributing:`.
_CREDIT_OPENERS: Final = frozenset(
    {role.split()[0] for role in CREDIT_ROLES} | {"contributing", "also"}
)


def _credits(value: str, context: _Context) -> tuple[Credit, ...] | None:
    if len(value) > limits.FURNITURE_PHRASE_CHARS:
        return None
    return parse_credits(value, context.timeout)


def _furniture_facts(
    value: str, raw: str, start: int, found: Furniture, context: _Context
) -> Facts:
    """The outlet, date, followed author or crumb title a furniture line carries."""
    timeout = context.timeout
    if len(value) > limits.DATED_LINE_CHARS:
        return _NO_FACTS
    dates = tuple(DateFact(label, m) for label, m in line_dates(value, timeout))
    if found.rule == "category-date" and not dates:
        # `General News of Monday, 20 April 2020`: the category and the page's date.
        dates = tuple(DateFact("alone", m) for m in find_dates(value, timeout, limit=1))
    follow = follow_author(value, timeout) if value[:7].casefold() == "follow " else None
    crumb = crumb_title(raw) if found.rule == "breadcrumb" else None
    outlet = ranked_credit(value, timeout)
    if crumb is not None:
        crumb = (crumb[0] + start, crumb[1])
    if not (dates or follow or crumb or outlet):
        return _NO_FACTS
    return Facts(dates=dates, outlet=outlet, follow=follow, crumb=crumb)


def _end_mark(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """`Reuter`, `ENDS`, `-30-`: wire copy's end mark, always a line of its own."""
    folded = value.casefold()
    if folded in SIGN_OFFS or folded.rstrip(".^m ") in SIGN_OFFS:
        return "end", "end.sign-off", Facts(bare_outlet=_agency(value))
    return None


def _agency(value: str) -> str | None:
    """`Reuter` signs off with its agency's name; `ENDS` or `-30-` names no one."""
    name = value.strip(" .^")
    return name if name.casefold() in AGENCY_NAMES else None


def _date_line(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """A line that dates the page: a date alone, after a label, beside an outlet; a month
    alone; a date's stamp without its date (`UPDATE 8:55 a.m.`, `Posted , updated`)."""
    if len(value) > limits.DATED_LINE_CHARS:
        return None
    timeout = context.timeout
    if (
        len(value) <= limits.SHORT_TEXT_CHARS
        and not context.continues
        and date_stamp(value, timeout)
    ):
        return "date", "date.stamp", _NO_FACTS
    if not has_digit(value):
        return None
    words = frozenset(word.strip(_PUNCTUATION) for word in value.casefold().split())
    if DATE_LABEL_WORDS.isdisjoint(words) and not may_be_date_line(value, words):
        # A sentence that mentions a date, not a line that dates the page; or a title.
        return _stamped_title(raw, start, context)
    alone = len(value) <= limits.DATE_ALONE_CHARS and not context.continues
    found = line_dates(value, timeout, alone=alone, counter=context.in_lead)
    if found and found[0][0] == "alone":
        return "date", "date.alone", _date_facts(found)
    if found:
        return _labelled_line(value, found, context)
    if not alone:
        return None
    return _date_beside(value, raw, start, context)


def _date_beside(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """A date beside an outlet (`Kyodo | Jan 3, 2022`), a month alone, or a timestamp
    glued before the page's title."""
    timeout = context.timeout
    beside = dated_outlet(value, timeout)
    if beside is not None:
        match, outlet = beside
        return "date", "date.beside-outlet", Facts(dates=(DateFact("alone", match),), outlet=outlet)
    if month_only(value, timeout):
        return "date", "date.month-only", _NO_FACTS
    return _stamped_title(raw, start, context)


def _stamped_title(raw: str, start: int, context: _Context) -> _Verdict | None:
    """`23.04.2020 03:09 : Bridge reopens after repairs`: the page's title after its
    timestamp, read as a headline field whose label is the timestamp."""
    if context.prose_seen or context.continues:
        return None  # a timestamp glued to a title opens the page, or it is a teaser
    glued = stamp_before(raw, context.timeout)
    if glued is None:
        return None
    match, cut = glued
    title = clean(raw[cut:])
    if not is_title(title) or not reads_as_title(title):
        return None
    field = FieldFact("headline", clean(raw[:cut]), title, start + cut)
    return "field", "date.stamped-title", Facts(field=field, dates=(DateFact("alone", match),))


def _labelled_line(
    value: str, found: list[tuple[DateLabel, DateMatch]], context: _Context
) -> _Verdict | None:
    """
    `Published: 14.03.2022 | Updated: ...` opens with its label; what stands before a
    label may be the first date (`13/01/2024 09h30 Atualizado 13/01/2024 11h02`) or
    the outlet (`ANI | Updated: Sep 13, 2023 18:40 IST`).
    """
    timeout = context.timeout
    head = value[: max(label_start(value, timeout), 0)].strip(" |-–—•·,/")
    if not head:
        return "date", "date.labelled", _date_facts(found)
    before = line_dates(head, timeout)
    if before and before[0][0] == "alone":
        return "date", "date.labelled", _date_facts([*before, *found])
    outlet = bare_outlet(head, known=True) or leading_agency(head)  # `Reuters | Vesk | ...`
    if outlet is not None and len(value) <= limits.DATE_ALONE_CHARS:
        facts = _date_facts(found)._replace(outlet=(RANKS["masthead"], outlet))
        return "date", "date.beside-outlet", facts
    return None


def _date_facts(found: Sequence[tuple[DateLabel, DateMatch]]) -> Facts:
    return Facts(dates=tuple(DateFact(label, match) for label, match in found))


def _field(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """`Section: LOCAL`, `Título: ...`, `Fecha: 12/05/2022`: a labelled field of an export."""
    if len(value) > limits.DATED_LINE_CHARS:
        return None
    found = labelled_field(value, raw, start)
    if found is None or (not context.in_lead and found.meaning not in ("other", "date")):
        return None  # after the story has started, only trailing fields (`Load-Date:`) count
    timeout = context.timeout
    facts = Facts(field=found)
    if found.meaning == "date" and found.value:
        dates = line_dates(found.value, timeout)
        facts = facts._replace(dates=tuple(DateFact("published", m) for _, m in dates))
    elif found.meaning == "source" and found.value:
        name = outlet_name(found.value, labelled=True)
        facts = facts._replace(outlet=None if name is None else (RANKS["source-label"], name))
    elif found.meaning == "byline" and found.value:
        parsed = parse_byline(found.value, timeout) or bare_names(found.value, timeout)
        facts = facts._replace(byline=parsed)
    elif found.meaning == "body" and found.value:
        return "text", "text.field-label", facts
    return "field", f"field.{found.meaning}", facts


def _section_label(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """`WORLD`, `Press release`, `NOTA DE PRENSA`: what section or kind of text the page is."""
    if len(value) > limits.SHORT_TEXT_CHARS or context.continues:
        return None
    if value.casefold().rstrip(" :|") in SECTION_LABELS:
        return "label", "label.section", _NO_FACTS
    return None


def _label_path(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """`Politics | Europe`, `Sport › Rugby`: the path of sections; `Diario La Vereda |
    Sociedad` names the outlet before its section."""
    if len(value) > limits.SHORT_TEXT_CHARS or context.continues or not label_path(value):
        return None
    head = value.split("|")[0].split("›")[0].split("»")[0].strip()
    outlet = bare_outlet(head, known=True) if head != value else None
    if outlet is not None and outlet.casefold().rstrip(" :") not in SECTION_LABELS:
        return "label", "label.outlet-section", Facts(outlet=(RANKS["masthead"], outlet))
    return "label", "label.path", _NO_FACTS


def _dateline(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """A dateline alone on its line, or opening the text (kept as a fact of a text line)."""
    if not context.in_lead or context.continues or not _may_open_with_dateline(value):
        return None
    timeout = context.timeout
    opening = match_agency_opening(raw, timeout)
    if opening is not None:
        after = _after_opening(raw, opening, timeout)
        if after is not None:
            return "text", "text.dateline", Facts(dateline=after)
        return "text", "text.agency-opening", Facts(opening=opening)
    found = _match_dateline(raw, timeout)
    if found is None:
        return None
    if found.end < len(raw) and found.day is None:
        found = _dated_dateline(raw, found, timeout)
    if found.end >= len(raw):
        return "dateline", "dateline.alone", Facts(dateline=found)
    # `ECONOMIC SPOTLIGHT - POLISH SANCTIONS` is a title whose kicker reads as a place.
    if is_all_caps(value) or _mostly_caps(value):
        return None
    if context.header_line and _kicker(found, raw):
        return None
    return "text", "text.dateline", Facts(dateline=found)


def _kicker(found: DatelineMatch, raw: str) -> bool:
    """
    `IEBC: Kakamega, Mombasa governor poll to be held on August 29` on the crawl header's
    line: a title with its kicker, where a place in capitals and a separator are all the
    dateline shows.  A dateline there opens the story's first paragraph, which ends its
    sentence (`KESK: Suvania's largest bakery chain will close 23 shops...`).
    """
    if found.agency is not None or found.month is not None:
        return False
    rest = raw[found.end :].strip()
    return not ends_sentence(rest) and len(rest.split()) <= limits.KICKER_TITLE_WORDS


def _dateline_agency(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """
    `Trend:` alone under `BAKU, Azerbaijan, Oct. 17`: Trend writes its dateline over two
    lines, the agency and a colon on the second.  The line completes the dateline above,
    it is no paragraph; only a listed agency does.
    """
    above = context.dateline_above
    if above is None or not value.endswith(":") or len(value) > limits.SHORT_TEXT_CHARS:
        return None
    name = value[:-1].strip()
    if name.casefold() not in AGENCY_NAMES:
        return None
    found = above._replace(agency=name, raw=f"{above.raw} {value}")
    return "dateline", "dateline.agency-line", Facts(dateline=found)


def _dated_dateline(raw: str, found: DatelineMatch, timeout: float) -> DatelineMatch:
    """`Lornby (NPA) March 14, 2022` alone on its line: a dateline, then its date line
    (the date is the dateline's, not a paragraph)."""
    rest = clean(raw[found.end :])
    dates = line_dates(rest, timeout) if len(rest) <= limits.SHORT_TEXT_CHARS else []
    if not dates or dates[0][0] != "alone" or dates[0][1].year is None:
        return found
    match = dates[0][1]
    return found._replace(
        end=len(raw), raw=clean(raw), month=str(match.month), day=match.day, year=match.year
    )


def _match_dateline(raw: str, timeout: float) -> DatelineMatch | None:
    """The dateline opening ``raw``; read through mojibake (`WASHINGTON (AP) â€” `), with
    its end mapped back onto the line as written."""
    if find_mojibake(raw) is None:
        return match_dateline(raw, timeout)
    repaired, offsets = repair_mapped(raw)
    found = match_dateline(repaired, timeout)
    return None if found is None else found._replace(end=offsets[found.end])


def _after_opening(raw: str, opening: tuple[int, str], timeout: float) -> DatelineMatch | None:
    """`(ANSA) - ROMA, 17 GIU - Da lunedì...`: a dateline right after the agency's credit,
    read as one dateline with the agency's name."""
    cut, agency = opening
    found = match_dateline(raw[cut:], timeout)
    if found is None or found.end >= len(raw) - cut:
        return None
    raw_dateline = " ".join(raw[: cut + found.end].split())
    return found._replace(end=cut + found.end, raw=raw_dateline, agency=found.agency or agency)


def _may_open_with_dateline(value: str) -> bool:
    """Cheap gate: datelines start with a capital or a bracket and hold a separator early on."""
    first = value[:1]
    if not (first.isupper() or first == "("):
        return False
    head = value[:120]
    # `.`: `ArmInfo. ...`, `YEREVAN, MAY 20, ARMENPRESS. ...` hold no other mark.
    if any(mark in head for mark in "-—–_:/(."):
        return True
    return len(value) <= 60 and "," in value  # `MARSTOW, Norland, May 6` alone on its line


def _mostly_caps(value: str) -> bool:
    """Nine in ten letters are capitals (`U.S. DEFICIT WITH NICs`)."""
    letters = [c for c in value if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) * 10 >= len(letters) * 9


def _names(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """`Jane Doe | Staff Writer`, `Jane Doe (Lornby)`, `Jane Doe and John Roe`: no `By`."""
    if not context.in_lead or context.continues or len(value) > limits.LOOSE_BYLINE_CHARS:
        return None
    timeout = context.timeout
    found = parse_byline(value, timeout)
    if found is not None:
        # `Jane Doe | Staff Writer` and `Jane Doe, Reuters` say what they are; `Jane Doe
        # (Lornby)` is a name and a place, as a referee's in a fixture list is.
        credited = found.publisher is not None or any(a.role for a in found.authors)
        return "names", "names.credits" if credited else "names.place", Facts(names=found)
    found = names_with_tail(value, timeout)
    if found is not None:
        stamps = line_dates(value, timeout, byline=True)
        dates = tuple(DateFact(label, m) for label, m in stamps)
        return "names", "names.tail", Facts(names=found, dates=dates)
    dated = _names_dated(value, context)
    if dated is not None:
        return dated
    found = bare_names(value, timeout)
    if found is not None:
        return "names", "names.bare", Facts(names=found)
    return None


def _names_dated(value: str, context: _Context) -> _Verdict | None:
    """`Jane Doe 6 hours ago Mon 2nd November 2020 | 05:50 PM`: names, then a date line."""
    words = value.split(None, 2)
    if len(words) < 3 or not has_digit(value) or not all(map(is_name_word, words[:2])):
        return None  # a name opens the line with two name words at least (cheap gate)
    tail = date_tail(value, context.timeout)
    if tail is None:
        return None
    cut, match = tail
    head = value[:cut].strip(" |,;/·•-–—")
    if is_all_caps(head):
        return None  # `EMBARGOED UNTIL 00:01 BST, 10 July 2022`: a notice, not a name
    found = bare_names(head, context.timeout)
    if found is None:
        return None
    return "names", "names.tail", Facts(names=found, dates=(DateFact("byline", match),))


def _outlet_alone(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """An agency or outlet alone on its line (`Kestrel`, `Anadolu Agency`): a source line."""
    if len(value) > limits.SHORT_TEXT_CHARS or context.continues:
        return None
    outlet = bare_outlet(value, known=True)
    if outlet is None or outlet.casefold() not in AGENCY_NAMES:
        return None
    return "furniture", "source.agency-alone", Facts(bare_outlet=outlet)


def _outlet_facts(value: str, raw: str, start: int, context: _Context) -> _Verdict | None:
    """A short line that credits an outlet (`With inputs from PTI`) or may be one's name
    (`Kestrel`): kept as facts, for the line's position to decide."""
    if len(value) > limits.BYLINE_CHARS or context.continues:
        return None
    outlet = ranked_credit(value, context.timeout)
    if outlet is not None:
        return (
            "furniture",
            "source.credit",
            Facts(outlet=outlet),
        )  # `From AFP`, `With inputs from PTI`
    bare = bare_outlet(value) if len(value) <= limits.SHORT_TEXT_CHARS else None
    if bare is None:
        return None
    kind: LineKind = "title" if is_title(value) and not reads_as_text(value) else "text"
    return kind, f"shape.{kind}", Facts(bare_outlet=bare)


# What a line that goes on from the one above may still be.
_GOING_ON: Final[Sequence[_Recogniser]] = (_byline, _end_mark, _lexicon)

# The recognisers in order: the first that knows a line decides what it is.
_RECOGNISERS: Final[Sequence[_Recogniser]] = (
    _dateline_agency,
    _byline,
    _contributors,
    _end_mark,
    _date_line,
    _lexicon,
    _field,
    _section_label,
    _names,
    _label_path,
    _outlet_alone,
    _dateline,
    _outlet_facts,
)
