"""
Deciding what each unit is: headline, byline, dateline, paragraph, credit or boilerplate.

The decision uses the unit's words (lexicons), its shape (length, case,
sentence punctuation) and its position relative to the *body*, which starts
at the first unit that reads like running text:

* before the body (the lead zone): bylines, a dateline on its own, labels and
  UI text; the headline is the last title-shaped unit right before the body
  (or before the byline that precedes it);
* in the body: paragraphs, except phrases the lexicons know as furniture or
  credits, bylines, and short lines without sentence punctuation (subheadings,
  promos): a title-shaped line right after the lead is the headline when none
  came before;
* after the last paragraph (the tail): everything short is furniture, a long
  unfinished unit is a paragraph cut off by the crawler, an ALL-CAPS title is
  the headline when none came before; on a page, a last unit that opens with
  the byline author's name (`Ada Lorne is a professor...`) is the author's bio.

An end mark (`ENDS`, `-30-`, `###`) closes the text wherever it stands, so a
press release's `About ...` block after it is furniture; a credit trailer in
brackets glued to a paragraph's last sentence (`...in May. (Reporting by Jane
Doe; Editing by John Roe)`) is split off as a credit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, NamedTuple

import attrs
import regex

from newsrecord._lexicons.bylines import CONTRIBUTOR_LABELS
from newsrecord._lexicons.credits import CREDIT_ROLES
from newsrecord._lexicons.labels import LIST_LABELS, SIGN_OFFS, UI_LINES
from newsrecord._recognise.names import normalize_name
from newsrecord._recognise.shapes import (
    GLUE,
    ends_sentence,
    has_sentence,
    is_all_caps,
    is_headline_shape,
    is_person_name,
)
from newsrecord._text import clean, join_lines, trim
from newsrecord._recognise.furniture import is_section_label, noise_kind
from newsrecord._recognise.bylines import BylineParse, follow_author, glued_byline, parse_byline
from newsrecord._recognise.credits import parse_credits
from newsrecord._recognise.datelines import DatelineMatch, match_agency_opening, match_dateline
from newsrecord.layout import BULLET, Unit
from newsrecord.model import Author, BlockKind, Credit

# An outlet or agency in brackets after the last sentence.
_OUTLET_END: Final = regex.compile(
    r"(?<=[.!?\"”’])[ \t]*+\((?P<outlet>\p{Lu}[\p{L}\p{N}.&' \-]{0,40}+)\)[ \t]*+\Z", regex.V1
)

# A credit trailer in brackets after the last sentence of a paragraph:
# `...will reopen in May. (Reporting by Jane Doe; Editing by John Roe)`.
_CREDIT_END: Final = regex.compile(
    r"""
    (?<= [.!?"”’] ) \s*+                               # after a sentence
    (?P<credit> [(\[] \s*+ \L<roles> \s++ by \b       # `(Reporting by`, `[Editing by`
       [^()\[\]]{1,400}+ [)\]] )                       # names and further roles, to the bracket
    \s*+ \Z
    """,
    regex.VERBOSE | regex.V1 | regex.IGNORECASE,
    roles=list(CREDIT_ROLES),
)

# What follows the author's name in a bio line: `Ada Lorne is a professor...`.
_BIO_VERBS: Final = (" is ", " was ", " has ", " writes ", " covers ", " teaches ")

# Below this many characters, a unit without sentence punctuation is a label,
# a title or a link, never running text.
_SHORT = 80


class Piece(NamedTuple):
    """One decided block: its kind, span and the value it contributes."""

    kind: BlockKind
    start: int
    end: int
    value: str


@attrs.define
class Decision:
    """What the layout decided; private to one parse."""

    pieces: list[Piece] = attrs.field(factory=list)
    headline: str | None = None
    second_story: int | None = None  # offset where a second story starts, if any
    list_page: bool = False  # teasers or a gallery: no article at all
    opening_agency: str | None = None  # `(NPA) --` opening the body with no place
    lead_size: int = 0  # how many pieces precede the body
    closed: bool = False  # an end mark or a list of links after the body: the rest is furniture
    trailing_outlet: str | None = None  # `...the ministry said. (SA)`
    bylines: list[tuple[str, BylineParse]] = attrs.field(factory=list)
    follow_authors: list[Author] = attrs.field(factory=list)
    credits: list[Credit] = attrs.field(factory=list)  # `Follow Jane Doe on Twitter`
    dateline: DatelineMatch | None = None


@attrs.define
class _Info:
    """A unit with what is known of it."""

    unit: Unit
    value: str
    noise: str | None
    byline: BylineParse | None
    loose_byline: BylineParse | None  # a byline without `By`, trusted only before the text
    credits: tuple[Credit, ...] | None  # a trailer's credits (`Editing by ...`)
    reads: bool  # the words read as running text (`_reads_as_text`)

    @property
    def body_like(self) -> bool:
        return self.reads and self.noise is None and self.byline is None


def _reads_as_text(value: str) -> bool:
    if len(value) >= _SHORT and has_sentence(value) and not is_all_caps(value):
        return True
    if len(value) >= 2 * _SHORT:
        return True
    return (
        len(value) >= 40
        and ends_sentence(value)
        and len(value.split()) >= 6
        and not is_all_caps(value)
    )


def decide(text: str, units: Sequence[Unit], timeout: float, *, web: bool) -> Decision:
    """
    Classify ``units`` (in text order) into blocks and field values.

    ``web`` says the text is a crawled page (it has the crawl header), so short
    lines in and after the body are page furniture; in plain wire copy and
    archives they are data lines (`Qtly div 10 cts vs 8 cts`) and stay text.
    """
    seen: dict[str, _Judgement] = {}
    infos = [_describe(text, unit, timeout, seen) for unit in units]
    _contributor_blocks(infos)
    decision = Decision()
    title_at = _wire_title_at(infos, timeout) if not web else -1
    body = _body_start(infos, title_at, timeout, web=web)
    last = max((i for i, info in enumerate(infos) if info.body_like), default=body)
    if web and _is_list_page(infos):
        decision.list_page = True
        for info in infos:
            _add(decision, "boilerplate", info.unit, info.value)
        return decision
    _lead(text, infos[:body], title_at, decision, timeout)
    decision.lead_size = len(decision.pieces)
    end = _second_story(infos, body, last) if web else len(infos)
    for index in range(body, end):
        _body_unit(text, infos, index, (body, max(last, body)), decision, timeout, web=web)
    _trailing_outlet(text, decision, timeout)
    if end < len(infos):
        decision.second_story = infos[end].unit.start
        for info in infos[end:]:
            _add(decision, "boilerplate", info.unit, info.value)
    return decision


def _contributor_blocks(infos: Sequence[_Info]) -> None:
    """`Contributors` on a line, then one name per line: one byline of those names."""
    for index, info in enumerate(infos):
        if info.value.casefold().rstrip(" :") not in CONTRIBUTOR_LABELS:
            continue
        names = []
        for follower in infos[index + 1 : index + 9]:
            if not is_person_name(follower.value) or len(follower.value.split()) > 4:
                break
            names.append(follower)
        if not names:
            continue
        authors = tuple(Author(name=normalize_name(n.value)) for n in names)
        info.byline = BylineParse(authors, None)
        info.value = " ".join([info.value, *(n.value for n in names)])
        for follower in names:
            follower.byline, follower.noise = BylineParse((), None), None


def _trailing_outlet(text: str, decision: Decision, timeout: float) -> None:
    """`...will be open to visitors. (Port Alder Tribune)`: the outlet is no part of the text."""
    at = max((i for i, p in enumerate(decision.pieces) if p.kind == "paragraph"), default=-1)
    if at < 0:
        return
    piece = decision.pieces[at]
    match = _OUTLET_END.search(text, piece.start, piece.end, timeout=timeout)
    if match is None or match.start() == piece.start:
        return
    cut = match.start() + len(match.group()) - len(match.group().lstrip())
    stop = match.start()
    while stop > piece.start and text[stop - 1].isspace():
        stop -= 1
    value = piece.value[: len(piece.value) - len(clean(text[match.start() : piece.end]))].rstrip()
    decision.pieces[at] = Piece("paragraph", piece.start, stop, value)
    decision.pieces.insert(at + 1, Piece("boilerplate", cut, piece.end, match["outlet"]))
    decision.trailing_outlet = match["outlet"].strip()


def _is_list_page(infos: Sequence[_Info]) -> bool:
    """Teasers or gallery slides: one short furniture line repeated between short blurbs."""
    counts: dict[str, int] = {}
    for info in infos:
        if info.noise is not None and len(info.value) <= 40:
            key = "".join(c for c in info.value.casefold() if c.isalpha())
            counts[key] = counts.get(key, 0) + 1
    if not counts or max(counts.values()) < 3:
        return False
    return all(len(info.value) < 300 for info in infos if info.body_like)


def _second_story(infos: Sequence[_Info], body: int, last: int) -> int:
    """Where a second story starts: a title followed by a byline, inside the body."""
    for index in range(body + 2, last):
        info, after = infos[index], infos[index + 1]
        if not info.body_like and _is_title(info.value) and after.byline is not None:
            return index
    return len(infos)


def _wire_title_at(infos: Sequence[_Info], timeout: float) -> int:
    """Where plain wire copy has its title line: its first unit that is not furniture,
    when more units follow; -1 when it has none."""
    first = next((i for i, info in enumerate(infos) if info.noise is None), len(infos))
    return first if first + 1 < len(infos) and _wire_title(infos[first], timeout) else -1


def _body_start(infos: Sequence[_Info], title_at: int, timeout: float, *, web: bool) -> int:
    """The first unit of the story's text (see the module docstring)."""
    if not web and len(infos) > 1:
        # Wire copy has no page furniture: after a masthead or date line, its title line,
        # bylines and a lone dateline, the first unit of any length is the body.
        start = (
            title_at + 1
            if title_at >= 0
            else next((i for i, info in enumerate(infos) if info.noise is None), len(infos))
        )
        return next(
            (i for i in range(start, len(infos)) if _may_open_body(infos, i, timeout)), len(infos)
        )
    for index, info in enumerate(infos):
        if info.body_like or (index < 4 and _opens_with_dateline(info, timeout)):
            return index
        if (
            index
            and _alone_dateline(infos[index - 1], timeout)
            and _may_open_body(infos, index, timeout)
        ):
            return index
        if _short_lead(infos, index):
            return index
    if not web:
        return 0
    # No running text: the first sentence that is not furniture, if any, starts the body.
    return next(
        (
            i
            for i, info in enumerate(infos)
            if _may_open_body(infos, i, timeout) and ends_sentence(info.value)
        ),
        len(infos),
    )


def _may_open_body(infos: Sequence[_Info], index: int, timeout: float) -> bool:
    info = infos[index]
    return (
        info.noise is None
        and info.byline is None
        and info.loose_byline is None
        and _alone_dateline(info, timeout) is None
    )


def _short_lead(infos: Sequence[_Info], index: int) -> bool:
    """A short first sentence right before running text: `The council met on Tuesday.`"""
    info = infos[index]
    return (
        index + 1 < len(infos)
        and infos[index + 1].body_like
        and info.noise is None
        and info.byline is None
        and ends_sentence(info.value)
        and len(info.value.split()) >= 4
        and not is_all_caps(info.value)
        and not _question_title(info.value)
    )


def _question_title(value: str) -> bool:
    """`Can Ostby afford a new rail line?`: one question in a title's shape is a title."""
    return (
        value.endswith("?")
        and not has_sentence(value[:-1])
        and len(value.split()) <= 15
        and _is_title(value)
    )


class _Judgement(NamedTuple):
    byline: BylineParse | None
    loose: BylineParse | None
    noise: str | None
    credits: tuple[Credit, ...] | None
    reads: bool


def _describe(text: str, unit: Unit, timeout: float, seen: dict[str, _Judgement]) -> _Info:
    """What a unit's words say; a value seen before in this text is judged once (`seen`)."""
    raw = text[unit.start : unit.end]
    value = clean(raw) if len(unit.lines) == 1 else join_lines(ln.text for ln in unit.lines)
    known = seen.get(value)
    if known is None:
        known = seen[value] = _judge(value, timeout)
    return _Info(unit, value, known.noise, known.byline, known.loose, known.credits, known.reads)


def _judge(value: str, timeout: float) -> _Judgement:
    """(byline, byline without `By`, furniture kind, credits) of one unit's text."""
    byline = parse_byline(value, timeout, loose=False) if len(value) <= 200 else None
    if byline is not None and glued_byline(value, timeout) is not None:
        byline = None  # `By Jane DoeThe council met...`: text, opened by a byline
    loose = parse_byline(value, timeout) if byline is None and len(value) <= 160 else None
    noise = None if byline is not None else noise_kind(value, timeout)
    if not value:  # nothing but control or invisible characters
        noise = "boilerplate"
    credits = _credits(value, noise, timeout)
    if credits is not None:
        noise = "credit"
    return _Judgement(byline, loose, noise, credits, _reads_as_text(value))


def _credits(value: str, noise: str | None, timeout: float) -> tuple[Credit, ...] | None:
    """The credits of a trailer line; only lines that could be one are read."""
    if noise not in (None, "credit") or len(value) > 300:
        return None
    folded = value[:120].casefold()
    if noise is None and "by" not in folded and "contribut" not in folded:
        return None
    return parse_credits(value, timeout)


def _wire_title(info: _Info, timeout: float) -> bool:
    """Plain wire copy opens with its title line, whatever its punctuation."""
    value = info.value
    return (
        len(info.unit.lines) == 1
        and len(value) <= 160
        and len(value.split()) <= 25
        and info.byline is None
        and info.noise is None
        and value[:3].casefold() != "by "
        and not _opens_with_dateline(info, timeout)
        and _alone_dateline(info, timeout) is None
        and info.loose_byline is None
        and not value[:1].islower()
        and not _lead_sentence(value)
    )


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


def _lead(
    text: str, infos: Sequence[_Info], title_at: int, decision: Decision, timeout: float
) -> None:
    """The units before the body: bylines, a dateline, labels and furniture, the headline."""
    headline_at = title_at if title_at >= 0 else _headline_index(infos, timeout)
    for index, info in enumerate(infos):
        unit = info.unit
        if index == headline_at:
            decision.headline = info.value
            _add(decision, "headline", unit, info.value)
        elif (credited := info.byline or info.loose_byline) is not None:
            decision.bylines.append((info.value, credited))
            _add(decision, "byline", unit, info.value)
        elif info.noise == "credit":
            _add_credit(decision, info)
        elif decision.dateline is None and (found := _alone_dateline(info, timeout)):
            decision.dateline = found
            _add(decision, "dateline", unit, info.value)
        elif (
            headline_at < 0 and decision.headline is None and _crumb_headline(text, info, decision)
        ):
            continue
        else:
            _add(decision, "boilerplate", unit, info.value)


def _crumb_headline(text: str, info: _Info, decision: Decision) -> bool:
    """`Home / News / Region / Bridge reopens after repairs`: the last crumb is the title."""
    unit = info.unit
    if len(unit.lines) != 1 or info.noise != "boilerplate":
        return False
    raw = text[unit.start : unit.end]
    cut = max(raw.rfind(sep) for sep in (" / ", " » ", " › ", " > "))
    title = raw[cut + 3 :].strip() if cut > 0 else ""
    if raw.count(raw[cut : cut + 3]) < 2 or len(title.split()) < 4 or not _is_title(title):
        return False
    decision.headline = clean(title)
    _add_span(decision, text, "boilerplate", unit.start, unit.start + cut + 2, raw[: cut + 2])
    _add_span(decision, text, "headline", unit.start + cut + 3, unit.end, title)
    return True


def _headline_index(infos: Sequence[_Info], timeout: float) -> int:
    """The lead unit that is the headline: the last title-shaped one before the body."""
    for index in range(len(infos) - 1, -1, -1):
        info = infos[index]
        if info.byline is not None or info.loose_byline is not None or info.noise is not None:
            continue
        if (
            _is_title(info.value)
            and _alone_dateline(info, timeout) is None
            and not _teaser(info, timeout)
        ):
            return index
    return -1


def _teaser(info: _Info, timeout: float) -> bool:
    """`Ferry fares to rise` over `2 hours ago`: a link's title over its furniture line."""
    lines = info.unit.lines
    return len(lines) > 1 and noise_kind(clean(lines[-1].text), timeout) is not None


def _is_title(value: str) -> bool:
    return (
        is_headline_shape(value)
        and value[:3].casefold() != "by "
        and not is_section_label(value)
        and not (len(value.split()) <= 3 and is_person_name(value))
    )


def _opens_with_dateline(info: _Info, timeout: float) -> bool:
    if info.noise is not None or info.byline is not None:
        return False
    found = match_dateline(info.value, timeout)
    # `ECONOMIC SPOTLIGHT - POLISH SANCTIONS` is a title whose kicker looks like a place.
    return found is not None and found.end < len(info.value) and not _mostly_caps(info.value)


def _mostly_caps(value: str) -> bool:
    """Nine in ten letters are capitals (`U.S. DEFICIT WITH NICs`)."""
    letters = [c for c in value if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) * 10 >= len(letters) * 9


def _alone_dateline(info: _Info, timeout: float) -> DatelineMatch | None:
    if info.noise is not None or info.byline is not None:
        return None
    found = match_dateline(info.value, timeout)
    return found if found is not None and found.end >= len(info.value) else None


def _body_unit(
    text: str,
    infos: Sequence[_Info],
    index: int,
    bounds: tuple[int, int],
    decision: Decision,
    timeout: float,
    *,
    web: bool,
) -> None:
    """Decide one unit from the body's first to the end; ``bounds`` = (first, last) body unit."""
    body, last = bounds
    info = infos[index]
    unit = info.unit
    if decision.closed:
        _add(decision, "boilerplate", unit, info.value)
    elif index > body and info.noise is not None and info.value.casefold() in LIST_LABELS:
        # A list label closes the text after its last paragraph; an end mark (`ENDS`,
        # `-30-`) closes it wherever it stands: a press release's `About ...` follows it.
        folded = info.value.casefold()
        decision.closed = index > last or folded not in UI_LINES or folded in SIGN_OFFS
        _add(decision, "boilerplate", unit, info.value)
    elif index == body and info.noise is None and info.byline is None:
        _open_unit(text, info, decision, timeout, first=True)
    elif info.byline is not None:
        decision.bylines.append((info.value, info.byline))
        _add(decision, "byline", unit, info.value)
    elif info.noise is not None and (author := follow_author(info.value, timeout)) is not None:
        decision.follow_authors.append(author)
        _add(decision, "byline", unit, info.value)
    elif info.noise == "credit":
        _add_credit(decision, info)
    elif info.noise is not None or (
        web and index == last > body and _author_bio(info.value, decision)
    ):
        _add(decision, "boilerplate", unit, info.value)
    elif decision.headline is None and _late_headline(info, index, body, last):
        decision.headline = info.value
        _add(decision, "headline", unit, info.value)
    elif info.body_like and (decision.headline is None or info.value[:3].casefold() == "by "):
        _open_unit(text, info, decision, timeout, first=False)
    elif info.body_like or not web or _is_paragraph_anyway(infos, index, last):
        _paragraph(text, info, decision, timeout)
    else:
        _add(decision, "boilerplate", unit, info.value)


def _is_paragraph_anyway(infos: Sequence[_Info], index: int, last: int) -> bool:
    """Units that are text though they do not read as sentences: bullets, tables, cut-offs."""
    info, count = infos[index], len(infos)
    if info.unit.table or _is_bullet(info):
        return index < last or len(info.value) >= 40
    if info.value.endswith(":") and index + 1 < count and _is_bullet(infos[index + 1]):
        return True  # `The budget also includes:` before a list
    if ends_sentence(info.value) and len(info.value.split()) >= 4:
        return True
    if index == count - 1 and index == last + 1:
        # The crawler cut the page mid-sentence: a long unfinished last unit.
        return len(info.value) >= _SHORT and not is_all_caps(info.value)
    return len(info.value) >= 2 * _SHORT


def _author_bio(value: str, decision: Decision) -> bool:
    """
    `Ada Lorne is a professor of planning at Lornby University.`: a short last
    unit that opens with the name of the page's author introduces the author.
    """
    if len(value) > 300:
        return False
    folded = value.casefold()
    for _, found in decision.bylines:
        for author in found.authors:
            name = author.name.casefold()
            if folded.startswith(name) and folded[len(name) :].startswith(_BIO_VERBS):
                return True
    return False


def _is_bullet(info: _Info) -> bool:
    return BULLET.match(info.unit.lines[0].text) is not None


def _late_headline(info: _Info, index: int, body: int, last: int) -> bool:
    """A title right after the lead paragraph, or in capitals after the body."""
    if not _is_title(info.value):
        return False
    return (index == body + 1 and index < last) or (index > last and is_all_caps(info.value))


def _open_unit(text: str, info: _Info, decision: Decision, timeout: float, *, first: bool) -> None:
    """
    A body unit whose start may hold something else glued or prefixed to the text:
    a byline (`By Jane DoeThe council...`), a headline (`Roof to be replacedThe work...`),
    and on the body's first unit an agency credit (`(NPA) --`) or a dateline.
    """
    unit = info.unit
    start = unit.start
    line_end = unit.lines[0].end
    glued = (
        glued_byline(text[start:line_end], timeout) if info.value[:3].casefold() == "by " else None
    )
    if glued is not None:
        cut, found = glued
        decision.bylines.append((clean(text[start : start + cut]), found))
        _add_span(decision, text, "byline", start, start + cut, text[start : start + cut])
        start += cut
    if decision.headline is None:
        start = _glued_headline(text, start, line_end, decision)
    if first:
        start = _opening_credit(text, start, line_end, decision, timeout)
    if start == unit.start:
        _paragraph(text, info, decision, timeout)
        return
    value = join_lines([text[start:line_end], *(ln.text for ln in unit.lines[1:])])
    if value:
        _add_paragraph(text, decision, (start, unit.end), value, timeout)


def _opening_credit(
    text: str, start: int, line_end: int, decision: Decision, timeout: float
) -> int:
    """A dateline, or an agency credit with no place (`(NPA) -- ...`), opening the body."""
    found = match_agency_opening(text[start:line_end], timeout)
    if found is not None:
        end, agency = found
        decision.opening_agency = agency
        _add_span(decision, text, "credit", start, start + end, text[start : start + end])
        return _skip_space(text, start + end)
    if decision.dateline is not None:
        return start
    dateline = match_dateline(text[start:line_end], timeout)
    if dateline is None or dateline.end >= line_end - start:
        return start
    decision.dateline = dateline
    _add_span(decision, text, "dateline", start, start + len(dateline.raw), dateline.raw)
    return _skip_space(text, start + dateline.end)


def _glued_headline(text: str, start: int, line_end: int, decision: Decision) -> int:
    """Split `Station roof to be replacedThe work will...`: the title, then the body."""
    head = text[start : min(line_end, start + 200)]
    match = GLUE.search(head)
    if match is None:
        return start
    title = head[: match.start()]
    if not _is_title(title) or len(title.split()) < 4:
        return start
    decision.headline = clean(title)
    _add_span(decision, text, "headline", start, start + len(title), title)
    return start + match.start()


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _paragraph(text: str, info: _Info, decision: Decision, timeout: float) -> None:
    unit = info.unit
    if unit.table:
        value = "\n".join(row for row in (clean(ln.text) for ln in unit.lines) if row)
    elif BULLET.match(unit.lines[0].text):
        value = BULLET.sub("", info.value, count=1)
    else:
        value = info.value
    if value:
        _add_paragraph(text, decision, (unit.start, unit.end), value, timeout)
    else:
        _add(decision, "boilerplate", unit, value)


def _add_paragraph(
    text: str, decision: Decision, span: tuple[int, int], value: str, timeout: float
) -> None:
    """A paragraph, with a credit trailer glued to its last sentence split off as a credit."""
    start, end = span
    found = None
    if value.endswith((")", "]")) and "by" in value[-420:].casefold():
        found = _CREDIT_END.search(text, start, end, timeout=timeout)
    tail = "" if found is None else clean(found["credit"])
    credits = None if found is None else parse_credits(tail, timeout)
    if found is None or credits is None or not value.endswith(tail) or tail == value:
        _add_span(decision, text, "paragraph", start, end, value)
        return
    _add_span(decision, text, "paragraph", start, found.start(), value[: -len(tail)].rstrip())
    decision.credits.extend(credits)
    _add_span(decision, text, "credit", found.start("credit"), end, tail)


def _add_credit(decision: Decision, info: _Info) -> None:
    decision.credits.extend(info.credits or ())
    _add(decision, "credit", info.unit, info.value)


def _add(decision: Decision, kind: BlockKind, unit: Unit, value: str) -> None:
    decision.pieces.append(Piece(kind, unit.start, unit.end, value))


def _add_span(
    decision: Decision, text: str, kind: BlockKind, start: int, end: int, value: str
) -> None:
    """A block for ``[start, end)`` trimmed to visible text, so every span starts and ends on it."""
    start, end = trim(text, start, end)
    if start < end:
        decision.pieces.append(Piece(kind, start, end, value))
