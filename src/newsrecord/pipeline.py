"""
``parse()``: the steps in order, from the caller's input to an `Article`.

1. coerce the input to one string (bytes decoded, too-long input cut);
2. read it (`newsrecord._read`: lines, then zones, then fields);
3. account for every visible character in a block; in strict mode, raise.

The reading runs under `_guard`, so an unexpected error becomes an
``internal-error`` warning and a plainer record (blank-line paragraphs), never
a crash in the caller's batch job.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import contextmanager

import attrs

from newsrecord._decode import coerce
from newsrecord._input import refused
from newsrecord._mojibake import find as find_mojibake
from newsrecord._read import read
from newsrecord._read.fields import cover
from newsrecord._read.lines import cut_lines
from newsrecord._report import Report
from newsrecord._text import find_control, find_surrogate, join_lines, trim
from newsrecord.errors import DEFAULT, ParseError, Policy
from newsrecord.model import Article, Block


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
    with _guard(report):
        fields = read(text, policy, report)
        return Article(
            headline=fields.headline,
            byline=fields.byline,
            authors=fields.authors,
            publisher=fields.publisher,
            date=fields.date,
            date_source=fields.date_source,
            published=fields.published,
            dateline=fields.dateline,
            credits=fields.credits,
            paragraphs=fields.paragraphs,
            warnings=report.sorted(),
            blocks=cover(source, fields.blocks),
        )
    return _fallback(source, text, report)


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
def _guard(report: Report) -> Iterator[None]:
    """Turn a failure inside the reading path into a warning (the caller then falls back)."""
    try:
        yield
    except TimeoutError as exc:
        report.defect("regex-timeout", f"a pattern ran out of time: {exc}")
    except Exception as exc:  # the contract: user text never raises
        report.defect("internal-error", f"{type(exc).__name__}: {exc}")


def _fallback(source: str, text: str, report: Report) -> Article:
    """Blank-line paragraphs and nothing else: the record of last resort."""
    blocks: list[Block] = []
    paragraphs: list[str] = []
    run: list[str] = []
    start = end = 0
    for line in [*cut_lines(text), None]:
        if line is not None and line.text.strip():
            if not run:
                start = line.start
            run.append(line.text)
            end = line.end
            continue
        if run:
            value = join_lines(run)
            span = trim(text, start, end)
            if value and span[0] < span[1]:
                paragraphs.append(value)
                blocks.append(Block("paragraph", span[0], span[1], "fallback"))
            run = []
    return Article(paragraphs=paragraphs, warnings=report.sorted(), blocks=cover(source, blocks))
