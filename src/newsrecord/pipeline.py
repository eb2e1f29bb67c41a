"""
``parse()``: the steps in order, from the caller's input to an `Article`.

1. coerce the input to one string (bytes decoded, too-long input cut);
2. cut it into lines, read the crawl header if there is one;
3. cut the rest into segments and decide what each one is (layout);
4. read the fields off the classified segments and build the record;
5. account for every visible character in a block; in strict mode, raise.

Each step that reads user text runs under `_guard`, so an unexpected
error becomes an ``internal-error`` warning and a plainer record, never a
crash in the caller's batch job.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import contextmanager

import attrs

from newsrecord._decode import coerce
from newsrecord._input import refused
from newsrecord._mojibake import find as find_mojibake
from newsrecord._orgs import known_organization
from newsrecord._report import Report
from newsrecord._text import find_control, find_surrogate, first_line, join_lines, trim
from newsrecord.dateline import DatelineMatch
from newsrecord.dates import calendar_date, infer_year, month_number
from newsrecord.dating import choose as choose_date
from newsrecord.dating import dateline_anchor, with_dateline
from newsrecord.errors import DEFAULT, ParseError, Policy
from newsrecord.header import Header, parse_header
from newsrecord.layout import rest_of_line, units
from newsrecord.model import Article, Author, Block, BlockKind, Credit, Dateline, DateSource
from newsrecord.publisher import bare_outlet, ranked_credit
from newsrecord.publisher import best as best_publisher
from newsrecord.structure import Decision, decide


@attrs.define
class _Draft:
    """The record under construction; private to one call."""

    headline: str | None = None
    byline: str | None = None
    authors: list[Author] = attrs.field(factory=list)
    publisher: str | None = None
    date: datetime.date | None = None
    date_source: DateSource | None = None
    published: datetime.datetime | None = None
    dateline: Dateline | None = None
    paragraphs: list[str] = attrs.field(factory=list)
    credits: list[Credit] = attrs.field(factory=list)
    blocks: list[Block] = attrs.field(factory=list)

    def add(self, kind: BlockKind, start: int, end: int) -> None:
        self.blocks.append(Block(kind, start, end))


def parse(
    text: str | bytes,
    *,
    reference_date: datetime.date | str | None = None,
    strict: bool = False,
    policy: Policy = DEFAULT,
) -> Article:
    """
    Parse one news text into an `newsrecord.Article`.

    Args:
        text: the article as ``str``, or ``bytes`` (UTF-8, UTF-16 with a byte
            order mark, or the cp1252 fallback with a ``bytes-not-utf8`` warning).
        reference_date: the date the text is known to belong to (from a file
            name or a feed); used to infer years, never returned by itself.
            A `datetime.date`, a `datetime.datetime` (its date) or an ISO
            ``YYYY-MM-DD`` string.
        strict: raise `newsrecord.ParseError` instead of returning a
            record that has a warning of error severity.
        policy: further options (timeouts, size cap); ``reference_date`` and
            ``strict`` given here override the policy's.

    Returns:
        The record.  It covers every visible character of the input with
        exactly one block.

    Raises:
        TypeError: ``text`` is neither ``str`` nor bytes-like, or
            ``reference_date`` is none of the types above.
        ParseError: ``strict`` is set and the record has an error warning.

    Examples:
        >>> article = parse(" date 2021-01-14 By Lornby Courier\\n\\nBy Jane Doe\\n\\nIt rained.")
        >>> article.publisher, [a.name for a in article.authors], article.paragraphs
        ('Lornby Courier', ['Jane Doe'], ('It rained.',))
    """
    if reference_date is not None or strict:
        policy = attrs.evolve(
            policy,
            reference_date=policy.reference_date if reference_date is None else reference_date,
            strict=strict or policy.strict,
        )
    report = Report()
    source = coerce(text, report, policy.encoding)
    article = refused(text, source, report) or _build(source, policy, report)
    if policy.strict and report.has_errors():
        raise ParseError(article.warnings, article, source)
    return article


def _build(source: str, policy: Policy, report: Report) -> Article:
    if len(source) > policy.max_chars:
        report.defect(
            "input-truncated",
            f"input of {len(source)} characters cut to {policy.max_chars}",
            policy.max_chars,
            len(source),
        )
    text = source[: policy.max_chars]
    _check_characters(text, report)
    draft = _Draft()
    with _guard(report, draft, text):
        _read(text, policy, draft, report)
    blocks = _cover(source, draft.blocks)
    return Article(
        headline=draft.headline,
        byline=draft.byline,
        authors=tuple(draft.authors),
        publisher=draft.publisher,
        date=draft.date,
        date_source=draft.date_source,
        published=draft.published,
        dateline=draft.dateline,
        credits=tuple(draft.credits),
        paragraphs=tuple(draft.paragraphs),
        warnings=report.sorted(),
        blocks=blocks,
    )


def _check_characters(text: str, report: Report) -> None:
    """Warn once for each kind of character that values cannot keep as they are."""
    if not text.isascii():
        at = find_surrogate(text)
        if at >= 0:
            report.defect("surrogates-replaced", "lone surrogates replaced by U+FFFD", at, at + 1)
    span = find_mojibake(text)
    if span is not None:
        report.defect("mojibake-repaired", "text read with the wrong codec was repaired", *span)
    at = find_control(text)
    if at >= 0:
        report.defect("control-characters", "control characters removed from values", at, at + 1)


@contextmanager
def _guard(report: Report, draft: _Draft, text: str) -> Iterator[None]:
    """Turn a failure inside a step into a warning and a plain record of paragraphs."""
    try:
        yield
    except TimeoutError as exc:
        report.defect("regex-timeout", f"a pattern ran out of time: {exc}")
        _fallback(text, draft)
    except Exception as exc:  # the contract: user text never raises
        report.defect("internal-error", f"{type(exc).__name__}: {exc}")
        _fallback(text, draft)


def _fallback(text: str, draft: _Draft) -> None:
    """Blank-line paragraphs and nothing else: the record of last resort."""
    draft.headline = draft.byline = draft.publisher = None
    draft.authors.clear()
    draft.credits.clear()
    draft.paragraphs.clear()
    draft.blocks.clear()
    draft.dateline = None
    for unit in units(text):
        draft.add("paragraph", unit.start, unit.end)
        draft.paragraphs.append(join_lines(line.text for line in unit.lines))


def _read(text: str, policy: Policy, draft: _Draft, report: Report) -> None:
    first = first_line(text)
    header = parse_header(first.text, policy.regex_timeout)
    found = units(text, first.end if header else 0)
    if header is not None:
        _read_header(text, header, draft)
        if not header.valid:
            report.defect(
                "header-date-invalid",
                f"header date {text[header.date_start : header.end]!r} is no calendar date",
                header.date_start,
                header.end,
            )
        rest = rest_of_line(text, first, header.end)
        if rest is not None:
            found.insert(0, rest)
    decision = decide(text, found, policy.regex_timeout, web=header is not None)
    for piece in decision.pieces:
        draft.add(piece.kind, piece.start, piece.end)
        if piece.kind == "paragraph":
            draft.paragraphs.append(piece.value)
    draft.headline = decision.headline
    draft.credits.extend(decision.credits)
    if decision.list_page:
        report.defect("not-an-article", "a list of teasers or gallery captions, not one article")
    if decision.second_story is not None:
        report.defect(
            "multiple-stories",
            "a second story starts here; it is left out of the record",
            decision.second_story,
            decision.second_story + 1,
        )
    _read_bylines(decision, draft)
    draft.publisher = best_publisher(_publisher_credits(decision, policy.regex_timeout))
    found_dateline = decision.dateline
    dating = choose_date(
        header,
        decision.pieces,
        decision.lead_size,
        policy.reference_date,
        report,
        policy.regex_timeout,
        agency=(found_dateline and found_dateline.agency) or draft.publisher,
    )
    if found_dateline is not None:
        span = next(((p.start, p.end) for p in decision.pieces if p.kind == "dateline"), None)
        anchor = dateline_anchor(header, dating, policy.reference_date)
        _read_dateline(found_dateline, anchor, draft, report, span)
    dateline_date = None if draft.dateline is None else draft.dateline.date
    draft.date, draft.date_source, draft.published = with_dateline(dating, dateline_date)


def _read_header(text: str, header: Header, draft: _Draft) -> None:
    start, end = trim(text, 0, header.end)
    draft.add("header", start, end)


def _read_bylines(decision: Decision, draft: _Draft) -> None:
    """A person byline wins the `byline` field; an organization-only one is kept otherwise."""
    for raw, found in decision.bylines:
        if found.authors and not draft.authors:
            draft.byline = raw
            draft.authors.extend(found.authors)
    if not draft.authors and decision.follow_authors:
        draft.authors.append(decision.follow_authors[0])
        draft.byline = draft.byline or decision.follow_authors[0].name
    if draft.byline is None and decision.bylines:
        draft.byline = decision.bylines[0][0]


def _bare_outlet(value: str, *, in_lead: bool) -> Iterator[tuple[int, str]]:
    """A name alone: an outlet as the last line (6), an agency before the text (9)."""
    outlet = bare_outlet(value)
    if outlet is not None and not in_lead:
        yield 6, outlet
    elif outlet is not None and (known_organization(outlet) or _agency_shaped(outlet)):
        yield 9, outlet


def _agency_shaped(name: str) -> bool:
    """`NORPA`, `KBWT`: one word in capitals, as agencies and stations write themselves."""
    return name.isupper() and name.isalpha() and 2 <= len(name) <= 10


def _publisher_credits(decision: Decision, timeout: float) -> Iterator[tuple[int, str]]:
    """Every place the text credits an outlet, ranked (see `newsrecord.publisher`)."""
    for _, found in decision.bylines:
        if found.publisher is not None:
            yield (8 if found.authors else 0), found.publisher
    visible = [p for p in decision.pieces if p.kind != "header"]
    for index, piece in enumerate(visible):
        if piece.kind in ("boilerplate", "credit"):
            ranked = ranked_credit(piece.value, timeout)
            if ranked is not None:
                yield ranked
            elif index == len(visible) - 1 or index < decision.lead_size:
                yield from _bare_outlet(piece.value, in_lead=index < decision.lead_size)
    if decision.trailing_outlet is not None:
        yield 6, decision.trailing_outlet
    if decision.opening_agency is not None:
        yield 9, decision.opening_agency
    if decision.dateline is not None and decision.dateline.agency is not None:
        yield 11, decision.dateline.agency


def _read_dateline(
    found: DatelineMatch,
    anchor: tuple[datetime.date, bool] | None,
    draft: _Draft,
    report: Report,
    span: tuple[int, int] | None,
) -> None:
    date = None
    month = None if found.month is None else month_number(found.month)
    if month is not None and found.day is not None:
        if found.year is not None:
            date = calendar_date(found.year, month, found.day)
        elif anchor is not None:
            date = infer_year(month, found.day, anchor=anchor[0], anchor_is_publication=anchor[1])
        else:
            start, end = span or (None, None)
            report.defect(
                "date-year-missing", "the dateline's date has no year to take", start, end
            )
    draft.dateline = Dateline(
        raw=found.raw, location=found.location, agency=found.agency, date=date
    )


def _cover(text: str, blocks: list[Block]) -> tuple[Block, ...]:
    """The blocks in order, with any visible character they missed as a boilerplate block."""
    ordered = sorted(blocks, key=lambda b: b.start)
    out: list[Block] = []
    pos = 0
    for block in ordered:
        out.extend(_gap_blocks(text, pos, block.start))
        out.append(block)
        pos = block.end
    out.extend(_gap_blocks(text, pos, len(text)))
    return tuple(out)


def _gap_blocks(text: str, start: int, end: int) -> list[Block]:
    """A boilerplate block for whatever is visible in ``[start, end)`` (normally nothing)."""
    start, end = trim(text, start, end)
    return [Block("boilerplate", start, end)] if start < end else []
