"""
Stage 3, first half: what each unit is, as blocks of the record.

The decision reads the units' zones and their lines' kinds and facts:

* lead: the headline (see `headline_index`), bylines (a bare name only right
  under the headline or beside a date line), credits, a dateline alone, an
  export's labelled fields, the standfirst; everything else is furniture;
* body: paragraphs, except lines the lexicons know as furniture or credits,
  bylines, and, on a web page, short lines without sentence punctuation
  (subheadings, promos); a title right after the lead paragraph is the
  headline when none came before;
* tail: short units are furniture, a long unfinished one is a paragraph cut off
  by the crawler, an ALL-CAPS title is the headline when none came before, and
  a last unit that opens with the byline author's name is the author's bio;
* closed: furniture.

The first body unit may carry, glued to its start, a byline (`By Jane DoeThe
council...`), a headline (`Roof to be replacedThe work...`), an agency credit
(`(NPA) --`), a dateline, or an export's `Full text:` label: each becomes a
block of its own.  A credit trailer glued to a paragraph's last sentence is
split off as a credit, and an outlet in brackets after the last paragraph's
last sentence as furniture.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsrecord._lexicons.labels import LIST_LABELS
from newsrecord._read import limits
from newsrecord._read.lines import DateFact, LineRead
from newsrecord._read.zones import Unit, Zones
from newsrecord._recognise.bylines import BylineParse
from newsrecord._recognise.credits import credit_tail
from newsrecord._recognise.datelines import DatelineMatch
from newsrecord._recognise.orgs import known_organization
from newsrecord._recognise.shapes import (
    caption_shape,
    ends_sentence,
    is_all_caps,
    is_person_name,
    is_title,
    reads_as_title,
)
from newsrecord._recognise.sources import RANKS, outlet_name, outlet_tail, site_suffix
from newsrecord._text import clean, join_lines, trim
from newsrecord.model import BlockKind, Credit

# What follows the author's name in a bio line: `Ada Lorne is a professor...`.
_BIO_VERBS = (" is ", " was ", " has ", " writes ", " covers ", " teaches ")

# Kinds of line that are never text: furniture, fields and credits of any sort.
_NOISE = frozenset({"date", "credit", "end", "furniture", "label", "field"})


class Piece(NamedTuple):
    """One block: its kind, span, the value it gives, the rule that decided it, its credits."""

    kind: BlockKind
    start: int
    end: int
    value: str
    rule: str
    byline: BylineParse | None = None
    credits: tuple[Credit, ...] = ()
    dateline: DatelineMatch | None = None
    outlet: tuple[int, str] | None = None  # a publisher candidate: rank, name
    unit: int = -1  # the unit it came from
    dates: tuple[DateFact, ...] = ()  # the dates its lines give


class Blocks(NamedTuple):
    """The decided blocks in text order, and what the decision found on the way."""

    pieces: tuple[Piece, ...]
    headline: str | None
    lead_size: int  # how many pieces precede the body
    list_page: bool  # teasers or a gallery: no article at all
    second_story: int | None  # where a second story starts, if one does


@attrs.define
class _Walk:
    """The decision under way; private to one call of `decide`."""

    text: str
    timeout: float
    page: bool
    pieces: list[Piece] = attrs.field(factory=list)
    headline: str | None = None
    dateline: bool = False
    authors: list[str] = attrs.field(factory=list)  # folded names of the bylines so far

    def add(self, piece: Piece) -> None:
        start, end = trim(self.text, piece.start, piece.end)
        if start < end:
            self.pieces.append(piece._replace(start=start, end=end))

    def unit(
        self,
        kind: BlockKind,
        unit: Unit,
        index: int,
        rule: str,
        *,
        byline: BylineParse | None = None,
        credits: tuple[Credit, ...] = (),
        dateline: DatelineMatch | None = None,
        outlet: tuple[int, str] | None = None,
    ) -> None:
        """A piece spanning the whole unit, with the dates its lines give."""
        dates: tuple[DateFact, ...] = ()
        for read in unit.reads:
            dates += read.facts.dates
        if outlet is None and kind in ("boilerplate", "credit"):
            outlet = unit.first.facts.outlet
        piece = Piece(
            kind, unit.start, unit.end, unit.value, rule, byline, credits, dateline, outlet,
            index, dates,
        )  # fmt: skip
        self.add(piece)


def decide(zoned: Zones, text: str, timeout: float) -> Blocks:
    """The blocks of the zoned units (see the module docstring)."""
    units = zoned.units
    walk = _Walk(text, timeout, zoned.convention.page)
    if walk.page and _is_list_page(units):
        for index, unit in enumerate(units):
            walk.unit("boilerplate", unit, index, "list-page")
        return Blocks(tuple(walk.pieces), None, 0, True, None)
    _lead(walk, units[: zoned.body], zoned.title_at, zoned.header_end)
    lead_size = len(walk.pieces)
    last = max((i for i, u in enumerate(units) if u.prose and i >= zoned.body), default=-1)
    last = max(last, zoned.body)
    end = _second_story(units, zoned.body, last) if walk.page else len(units)
    index = zoned.body
    while index < end:
        index = _body_unit(walk, units, index, zoned.body, last) + 1
    _trailing_outlet(walk)
    _drop_repeats(walk)
    second = None
    if end < len(units):
        second = units[end].start
        for index in range(end, len(units)):
            walk.unit("boilerplate", units[index], index, "second-story")
    return Blocks(tuple(walk.pieces), walk.headline, lead_size, False, second)


# -- the lead ------------------------------------------------------------------------


def headline_index(units: Sequence[Unit], header_line: int = -1) -> int:
    """
    The lead unit that is the headline, or -1.

    An export's headline field wins.  Otherwise the candidates are the lead's
    title-shaped lines (never a section label, a lone name, a link title over
    its age, a standfirst); the headline is the last of them above the first
    line that belongs to the story's stack (byline, date line, standfirst), or,
    with none above it, the last of them above the body.
    """
    for index, unit in enumerate(units):
        field = unit.first.facts.field
        if field is not None and field.meaning == "headline":
            return index if field.value else (index + 1 if index + 1 < len(units) else -1)
    candidates = [i for i in range(len(units)) if _title_candidate(units, i, header_line)]
    if not candidates:
        return -1
    # `Hollisford Ledger` over the title of an export: a publication's name is no headline
    # while another title stands in the lead.
    titles = [i for i in candidates if units[i].first.facts.bare_outlet is None]
    candidates = titles or candidates
    anchor = next((i for i, unit in enumerate(units) if _stack_line(unit)), len(units))
    above = [i for i in candidates if i < anchor]
    return above[-1] if above else candidates[-1]


def _title_candidate(units: Sequence[Unit], index: int, header_line: int) -> bool:
    unit = units[index]
    read = unit.first
    if len(unit.reads) != 1 or not read.title or read.kind not in ("title", "text"):
        return False
    if not reads_as_title(unit.value) or read.rule == "shape.dated":
        return False  # `Bank Robbery`, `News ID: 84289`: a label; `All News 09:35 April 21, 2021`
    if is_person_name(unit.value):
        return False  # `Justice Ada Mensah Lorne`: a caption, as a lone name is
    if unit.end <= header_line and caption_shape(unit.value):
        return False  # ` date 2021-05-06 Jane Doe in Vesk on Monday`: a photo's caption
    if _masthead(units, index) is not None:
        return False
    if unit.standfirst:
        return False
    following = units[index + 1].first if index + 1 < len(units) else None
    # `Ferry fares to rise` over `2 hours ago`: a link's title over its age is a teaser.
    return following is None or following.gap > 0 or following.rule != "page-age"


def _masthead(units: Sequence[Unit], index: int) -> str | None:
    """`The Vesk Times` over `October 21, 2023 Saturday`: a publication's name over the
    issue's date, as archive exports open; the outlet, or ``None``."""
    unit = units[index]
    following = units[index + 1].first if index + 1 < len(units) else None
    if following is None or following.kind != "date":
        return None
    outlet = unit.first.facts.bare_outlet
    if outlet is not None and known_organization(outlet):
        return outlet
    # An export (`Section:`, `Length:`, `Byline:` fields) opens with its publication's name.
    fields = sum(u.first.kind == "field" for u in units)
    if index == 0 and fields >= 2 and len(unit.value.split()) <= 5 and unit.first.title:
        return unit.value
    return None


def _stack_line(unit: Unit) -> bool:
    """A line of the story's own stack: its byline, its date, its standfirst."""
    kind = unit.first.kind
    return unit.standfirst or kind in ("byline", "date") or unit.first.rule in _NAMED_CREDITS


# Names without `By` that carry a role or a tail: a byline wherever it stands in the lead.
_NAMED_CREDITS = frozenset({"names.credits", "names.tail"})


def _lead(walk: _Walk, units: Sequence[Unit], title_at: int, header_end: int) -> None:
    """The units above the body: headline, bylines, credits, a dateline, fields, furniture."""
    headline_at = title_at if title_at >= 0 else headline_index(units, header_end)
    skip = -1
    for index, unit in enumerate(units):
        read = unit.first
        if index <= skip:
            continue
        if index == headline_at:
            _headline(walk, unit, index, "headline.title-line" if title_at >= 0 else "")
        elif read.facts.field is not None:
            skip = _field(walk, units, index, headline_at)
        elif read.rule == "byline.contributors":
            skip = _contributors(walk, units, index)
        elif read.facts.byline is not None and read.kind == "byline":
            _byline(walk, unit, index, read.facts.byline, read.rule)
        elif read.facts.names is not None and _trusted_names(units, index, headline_at, header_end):
            _byline(walk, unit, index, read.facts.names, read.rule)
        elif read.kind == "credit":
            _credit(walk, unit, index)
        elif read.kind == "dateline" and not walk.dateline and read.facts.dateline is not None:
            walk.dateline = True
            skip = _dateline(walk, units, index)
        elif headline_at < 0 and walk.headline is None and read.facts.crumb is not None:
            _crumb(walk, unit, index, read.facts.crumb)
        elif (masthead := _masthead(units, index)) is not None:
            walk.unit("boilerplate", unit, index, "masthead", outlet=(RANKS["masthead"], masthead))
        else:
            rule = "standfirst" if unit.standfirst else read.rule
            walk.unit("boilerplate", unit, index, rule)


def _dateline(walk: _Walk, units: Sequence[Unit], index: int) -> int:
    """A dateline alone, with the agency line under it when it has one (`BAKU, Oct. 17` /
    `Trend:`): one block, whose agency is the second line's.  Returns the last unit taken."""
    unit = units[index]
    following = units[index + 1] if index + 1 < len(units) else None
    found = following.first.facts.dateline if following is not None else None
    if following is None or found is None or following.first.rule != "dateline.agency-line":
        walk.unit("dateline", unit, index, unit.first.rule, dateline=unit.first.facts.dateline)
        return index
    rule = following.first.rule
    walk.add(
        Piece("dateline", unit.start, following.end, found.raw, rule, dateline=found, unit=index)
    )
    return index + 1


def _trusted_names(units: Sequence[Unit], index: int, headline_at: int, header_end: int) -> bool:
    """
    Names with no `By`: credits with a role or an agency anywhere above the text; a
    bare name (`Jane Doe`) only right under the headline or beside a date line,
    since a caption may be just a name.  On the crawl header line, one name and an
    agency without `By` or a role credit the page's picture (`Jane Doe, Kestrel`).
    """
    read = units[index].first
    if units[index].end <= header_end and _photographer(read.facts.names):
        return False
    if read.rule in _NAMED_CREDITS or read.rule == "names.place":
        return True
    if headline_at >= 0 and index == headline_at + 1:
        return True
    before = units[index - 1].first if index else None
    after = units[index + 1].first if index + 1 < len(units) else None
    return headline_at >= 0 and any(r is not None and r.kind == "date" for r in (before, after))


def _photographer(names: BylineParse | None) -> bool:
    """`Jane Doe, Kestrel`: one person and an agency, no role (`, Correspondent` writes)."""
    return (
        names is not None
        and bool(names.publisher)
        and len(names.authors) == 1
        and names.authors[0].role is None
    )


def _headline(walk: _Walk, unit: Unit, index: int, rule: str) -> None:
    field = unit.first.facts.field
    if field is not None and field.meaning == "headline" and field.value:
        # The label may be a timestamp (`23.04.2020 03:09 : <title>`): it keeps its date.
        dates = unit.first.facts.dates
        label = Piece(
            "boilerplate", unit.start, field.start, "", "field.label", unit=index, dates=dates
        )
        walk.add(label)
        walk.headline = field.value
        walk.add(
            Piece("headline", field.start, unit.end, field.value, "field.headline", unit=index)
        )
        return
    walk.headline = site_suffix(unit.value)[0]
    walk.unit("headline", unit, index, rule or "headline.stack")


def _field(walk: _Walk, units: Sequence[Unit], index: int, headline_at: int) -> int:
    """An export's labelled field; a code alone (`BY`, `SN`) takes the next line as its value.
    Returns the last unit index it consumed."""
    unit = units[index]
    read = unit.first
    field = read.facts.field
    assert field is not None
    following = units[index + 1] if index + 1 < len(units) else None
    if field.meaning == "byline":
        parsed = read.facts.byline
        if parsed is None and not field.value and following is not None:
            parsed = following.first.facts.names or following.first.facts.byline
            if parsed is not None:
                walk.unit("boilerplate", unit, index, read.rule)
                _byline(walk, following, index + 1, parsed, "field.byline")
                return index + 1
        if parsed is not None:
            _byline(walk, unit, index, parsed, read.rule)
            return index
    if field.meaning == "dateline" and field.value and not walk.dateline:
        walk.dateline = True
        found = DatelineMatch(len(field.value), field.value, field.value, None, None, None, None)
        walk.add(Piece("boilerplate", unit.start, field.start, "", "field.label", unit=index))
        walk.add(Piece("dateline", field.start, unit.end, field.value, read.rule, dateline=found))
        return index
    if field.meaning == "source" and not field.value and following is not None:
        walk.unit("boilerplate", unit, index, read.rule)
        name = outlet_name(following.value, labelled=True)
        outlet = None if name is None else (RANKS["source-label"], name)
        walk.unit("boilerplate", following, index + 1, "field.source", outlet=outlet)
        return index + 1
    walk.unit("boilerplate", unit, index, read.rule)
    return index


def _contributors(walk: _Walk, units: Sequence[Unit], index: int) -> int:
    """`Contributors` on a line, then one name a line: one byline of those names, carried
    by the label's block.  Returns the last unit index it took."""
    names: list[Unit] = []
    for follower in units[index + 1 : index + 9]:
        if follower.first.rule != "byline.contributor":
            break
        names.append(follower)
    label = units[index]
    if not names:
        walk.unit("boilerplate", label, index, "byline.contributors")
        return index
    authors = tuple(a for n in names for a in (n.first.facts.byline or _NO_CREDITS).authors)
    value = " ".join([label.value, *(n.value for n in names)])
    found = BylineParse(authors, None)
    walk.add(Piece("byline", label.start, label.end, value, "byline.contributors", found))
    for offset, follower in enumerate(names, 1):
        walk.unit("byline", follower, index + offset, "byline.contributor", byline=_NO_CREDITS)
    walk.authors.extend(a.name.casefold() for a in authors)
    return index + len(names)


_NO_CREDITS = BylineParse((), None)


def _byline(walk: _Walk, unit: Unit, index: int, found: BylineParse, rule: str) -> None:
    walk.authors.extend(author.name.casefold() for author in found.authors)
    walk.unit("byline", unit, index, rule, byline=found)


def _credit(walk: _Walk, unit: Unit, index: int) -> None:
    credits: tuple[Credit, ...] = ()
    for read in unit.reads:
        credits += read.facts.credits or ()
    walk.unit("credit", unit, index, unit.first.rule, credits=credits)


def _crumb(walk: _Walk, unit: Unit, index: int, crumb: tuple[int, str]) -> None:
    """`Home / News / Region / Bridge reopens after repairs`: the last crumb is the title."""
    at, title = crumb
    walk.headline = clean(title)
    walk.add(Piece("boilerplate", unit.start, at, "", "breadcrumb", unit=index))
    walk.add(Piece("headline", at, unit.end, walk.headline, "headline.breadcrumb", unit=index))


# -- whole-text decisions ---------------------------------------------------------------


def _is_list_page(units: Sequence[Unit]) -> bool:
    """Teasers or gallery slides: one short furniture line repeated between short blurbs."""
    counts: dict[str, int] = {}
    for unit in units:
        if unit.first.kind in _NOISE and len(unit.value) <= limits.LIST_LINE_CHARS:
            key = "".join(c for c in unit.value.casefold() if c.isalpha())
            counts[key] = counts.get(key, 0) + 1
    if not counts or max(counts.values()) < 3:
        return False
    return all(len(unit.value) < limits.TEASER_CHARS for unit in units if _body_like(unit))


def _second_story(units: Sequence[Unit], body: int, last: int) -> int:
    """Where a second story starts: a title followed by a byline, inside the body."""
    for index in range(body + 2, last):
        unit, after = units[index], units[index + 1]
        if not _body_like(unit) and is_title(unit.value) and after.first.kind == "byline":
            return index
    return len(units)


def _body_like(unit: Unit) -> bool:
    return unit.prose and unit.first.kind not in _NOISE and unit.first.kind != "byline"


# -- the body ------------------------------------------------------------------------


def _body_unit(walk: _Walk, units: Sequence[Unit], index: int, body: int, last: int) -> int:
    """Decide one unit from the body's first to the end (see the module docstring); returns
    the last unit index it decided (a Contributors list takes the names under it)."""
    unit = units[index]
    read = unit.first
    kind = read.kind
    noise = kind in _NOISE
    if unit.zone == "closed":
        walk.unit("boilerplate", unit, index, "closed")
    elif index > body and noise and unit.value.casefold() in LIST_LABELS:
        walk.unit("boilerplate", unit, index, "list-label")
    elif walk.headline is not None and _words(unit.value) == _words(walk.headline):
        walk.unit("boilerplate", unit, index, "headline.repeated")  # a title printed twice
    elif index == body and not noise and kind != "byline":
        _open_unit(walk, unit, index, first=True)
    elif read.rule == "byline.contributors":
        index = _contributors(walk, units, index)
    elif kind == "byline" and read.facts.byline is not None:
        _byline(walk, unit, index, read.facts.byline, read.rule)
    elif noise and read.facts.follow is not None:
        found = BylineParse((read.facts.follow,), None)
        walk.unit("byline", unit, index, "byline.follow", byline=found)
    elif kind == "credit":
        _credit(walk, unit, index)
    elif noise or (walk.page and index == last > body and _author_bio(walk, unit.value)):
        rule = read.rule if noise else "bio"
        walk.unit("boilerplate", unit, index, rule)
    elif walk.headline is None and _late_headline(unit, index, body, last):
        walk.headline = unit.value
        walk.unit("headline", unit, index, "headline.late")
    elif _body_like(unit) and (walk.headline is None or unit.value[:3].casefold() == "by "):
        _open_unit(walk, unit, index, first=False)
    elif _body_like(unit) or not walk.page or _is_paragraph_anyway(units, index, last):
        _paragraph(walk, unit, index)
    else:
        walk.unit("boilerplate", unit, index, "short-line")
    return index


def _words(value: str) -> tuple[str, ...]:
    """The words of ``value`` whatever their case and spacing, to find a text printed twice
    (a stop still counts: `Council votes.` under `Council votes` is a lead sentence)."""
    return tuple(value.casefold().split())


def _is_paragraph_anyway(units: Sequence[Unit], index: int, last: int) -> bool:
    """Units that are text though they do not read as sentences: bullets, tables, cut-offs."""
    unit, count = units[index], len(units)
    if unit.table or unit.bullet:
        return index < last or len(unit.value) >= 40
    if unit.value.endswith(":") and index + 1 < count and units[index + 1].bullet:
        return True  # `The budget also includes:` before a list
    if ends_sentence(unit.value) and len(unit.value.split()) >= 2:
        return True  # a short sentence is text (`Residents cheered.`); a subheading has no stop
    if index == count - 1 and index == last + 1:
        # The crawler cut the page mid-sentence: a long unfinished last unit.
        return len(unit.value) >= limits.SHORT_TEXT_CHARS and not is_all_caps(unit.value)
    return len(unit.value) >= 2 * limits.SHORT_TEXT_CHARS


def _author_bio(walk: _Walk, value: str) -> bool:
    """
    `Ada Lorne is a professor of planning at Lornby University.`: a short last
    unit that opens with the name of the page's author introduces the author.
    """
    if len(value) > limits.BIO_CHARS:
        return False
    folded = value.casefold()
    return any(
        folded.startswith(name) and folded[len(name) :].startswith(_BIO_VERBS)
        for name in walk.authors
    )


def _late_headline(unit: Unit, index: int, body: int, last: int) -> bool:
    """A title right after the lead paragraph, or in capitals after the body."""
    if not is_title(unit.value) or len(unit.reads) != 1:
        return False
    if index > last:
        return is_all_caps(unit.value)
    # `Shift of power`, `Did You Know?` after the lead are the body's subheadings.
    return index == body + 1 and index < last and len(unit.value.split()) > limits.SUBHEAD_WORDS


def _open_unit(walk: _Walk, unit: Unit, index: int, *, first: bool) -> None:
    """
    A body unit whose start may hold something else glued or prefixed to the text:
    a byline, a headline, and on the body's first unit an agency credit, a dateline
    or an export's text label.
    """
    read = unit.first
    facts = read.facts
    start = unit.start
    if facts.glued is not None:
        cut, found = facts.glued
        value = clean(walk.text[start:cut])
        walk.authors.extend(author.name.casefold() for author in found.authors)
        walk.add(Piece("byline", start, cut, value, "byline.glued", found, unit=index))
        start = cut
    if walk.headline is None and facts.glued_title is not None and facts.glued_title[0] > start:
        cut, title = facts.glued_title
        walk.headline = clean(title)
        walk.add(Piece("headline", start, cut, walk.headline, "headline.glued", unit=index))
        start = cut
    if first:
        start = _opening(walk, read, start, index)
    if start == unit.start:
        _paragraph(walk, unit, index)
        return
    start = _skip_space(walk.text, start)
    value = join_lines([walk.text[start : read.line.end], *(r.line.text for r in unit.reads[1:])])
    if value:
        _add_paragraph(walk, (start, unit.end), value, index)


def _opening(walk: _Walk, read: LineRead, start: int, index: int) -> int:
    """An agency credit (`(NPA) --`), a dateline or a `Full text:` label opening the body."""
    facts = read.facts
    if facts.opening is not None and start == read.start:
        end, agency = facts.opening
        raw = walk.text[start : start + end]
        walk.add(
            Piece(
                "credit",
                start,
                start + end,
                raw,
                "credit.agency-opening",
                outlet=(9, agency),
                unit=index,
            )
        )
        return start + end
    if facts.field is not None and facts.field.meaning == "body":
        walk.add(Piece("boilerplate", start, facts.field.start, "", "field.label", unit=index))
        return facts.field.start
    found = facts.dateline
    if walk.dateline or found is None or start != read.start:
        return start
    walk.dateline = True
    end = start + found.end
    walk.add(
        Piece(
            "dateline",
            start,
            start + len(found.raw),
            found.raw,
            "dateline.opening",
            dateline=found,
            unit=index,
        )
    )
    return end


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _paragraph(walk: _Walk, unit: Unit, index: int) -> None:
    if unit.table:
        value = unit.value
    elif unit.bullet:
        value = unit.value.lstrip()[1:].lstrip()
    else:
        value = unit.value
    if value:
        _add_paragraph(walk, (unit.start, unit.end), value, index)
    else:
        walk.unit("boilerplate", unit, index, "empty")


def _add_paragraph(walk: _Walk, span: tuple[int, int], value: str, index: int) -> None:
    """A paragraph, with a credit trailer glued to its last sentence split off as a credit."""
    start, end = span
    found = credit_tail(walk.text, start, end, walk.timeout) if value.endswith((")", "]")) else None
    if found is not None:
        at, credits = found
        tail = clean(walk.text[at:end])
        if value.endswith(tail) and tail != value:
            head = value[: -len(tail)].rstrip()
            walk.add(Piece("paragraph", start, at, head, "paragraph", unit=index))
            walk.add(Piece("credit", at, end, tail, "credit.glued", credits=credits, unit=index))
            return
    walk.add(Piece("paragraph", start, end, value, "paragraph", unit=index))


def _drop_repeats(walk: _Walk) -> None:
    """The lead printed as a teaser above the story's date or byline, then again as its
    first paragraph, is read once, as the body.  (Text repeated without a stack line
    between, as a video page's transcript repeats, stays as the text gives it.)"""
    stack_at = -1
    seen: dict[tuple[str, ...], int] = {}
    for at, piece in enumerate(walk.pieces):
        if piece.kind in ("byline", "dateline") or piece.rule.startswith("date."):
            stack_at = at
        if piece.kind != "paragraph" or len(piece.value) < limits.SHORT_TEXT_CHARS:
            continue
        key = _words(piece.value)
        before = seen.get(key, -1)
        if 0 <= before < stack_at:
            walk.pieces[before] = walk.pieces[before]._replace(
                kind="boilerplate", rule="paragraph.teaser"
            )
        seen[key] = at


def _trailing_outlet(walk: _Walk) -> None:
    """`...will be open to visitors. (Port Alder Tribune)`, `...the ministry said. - Bernama`:
    the outlet is no part of the text."""
    at = max((i for i, p in enumerate(walk.pieces) if p.kind == "paragraph"), default=-1)
    if at < 0:
        return
    piece = walk.pieces[at]
    found = outlet_tail(walk.text, piece.start, piece.end, walk.timeout)
    if found is None:
        return
    cut, outlet = found
    stop = cut
    while stop > piece.start and walk.text[stop - 1].isspace():
        stop -= 1
    bracket = _skip_space(walk.text, cut)  # the bracket, or the dash of `- Bernama`
    value = piece.value[: len(piece.value) - len(clean(walk.text[cut : piece.end]))].rstrip()
    walk.pieces[at] = piece._replace(end=stop, value=value)
    walk.pieces.insert(
        at + 1, Piece("boilerplate", bracket, piece.end, outlet, "outlet-tail", outlet=(6, outlet))
    )
