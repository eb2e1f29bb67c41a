"""
The work behind ``newsrecord parse`` and ``newsrecord show``.

Inputs are read lazily and parsed by `newsrecord.parse_many`, in worker
processes when asked; each record meets its input's pass-through fields again
here, in input order.  The parse itself is always lenient: ``--strict`` is
applied to the finished record, which gives the same verdict as a strict parse
(it raises exactly when the lenient record has an error warning) while a
failing record never ends the batch.
"""

from __future__ import annotations

import argparse
import os
from collections import deque
from collections.abc import Iterator
from typing import Any, TextIO

import attrs

from newsrecord._cli_inputs import STDIN, Failure, Item, Source, expand, read
from newsrecord._cli_outputs import writer
from newsrecord._decode import coerce
from newsrecord._report import Report
from newsrecord.batch import parse_many
from newsrecord.cli import EXIT_INPUT_FAILED, EXIT_OK
from newsrecord.errors import ParseError
from newsrecord.model import Article


@attrs.define
class _Tally:
    written: int = 0
    failed: int = 0
    with_warnings: int = 0

    def summary(self) -> str:
        records = f"{self.written} record{'' if self.written == 1 else 's'} written"
        failed = f"{self.failed} input{'' if self.failed == 1 else 's'} failed"
        return f"newsrecord: {records}, {failed}, {self.with_warnings} with warnings"


def run_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Parse every input of ``args`` and write its record; returns the exit status."""
    paths: list[str] = args.files or [STDIN]
    single = len(paths) == 1 and not args.jsonl and not os.path.isdir(paths[0])
    source = Source(
        jsonl=args.jsonl,
        text_field=args.text_field,
        id_field=args.id_field,
        pattern=args.glob or ("*.jsonl" if args.jsonl else "*.txt"),
        tag_source=not single and not args.jsonl,
    )
    tally = _Tally()
    sink = writer(args.format, out, single=single and args.format == "json")
    progress = _progress(args, err)
    items = read(expand(paths, source.pattern), source)
    for item, article in _parsed(items, args, tally, err):
        failure = _strict_failure(item, article) if args.strict else None
        if failure is not None:
            _report(err, item.label, failure)
            tally.failed += 1
        else:
            sink.write(article, item)
            tally.written += 1
            tally.with_warnings += bool(article.warnings)
        if progress is not None:
            progress.update()
    sink.close()
    if progress is not None:
        progress.close()
    if not args.quiet and (tally.failed or tally.written + tally.failed > 1):
        print(tally.summary(), file=err)
    return EXIT_INPUT_FAILED if tally.failed else EXIT_OK


def _parsed(
    items: Iterator[Item | Failure], args: argparse.Namespace, tally: _Tally, err: TextIO
) -> Iterator[tuple[Item, Article]]:
    """Each good item with its record, in order; failures are reported on the way."""
    # parse_many reads a bounded window ahead, so this queue stays small.
    pending: deque[Item] = deque()

    def texts() -> Iterator[str | bytes]:
        for item in items:
            if isinstance(item, Failure):
                _report(err, item.label, item.message)
                tally.failed += 1
                continue
            pending.append(item)
            yield item.text

    for article in parse_many(texts(), workers=args.workers, reference_date=args.reference_date):
        yield pending.popleft(), article


def _strict_failure(item: Item, article: Article) -> str | None:
    """What a strict parse would have raised for this record, or None."""
    if not any(w.severity == "error" for w in article.warnings):
        return None
    text = coerce(item.text, Report())  # the same string the spans index
    return str(ParseError(article.warnings, article, text))


def _report(err: TextIO, label: str, message: str) -> None:
    print(f"newsrecord: {label}: {message}", file=err)


def _progress(args: argparse.Namespace, err: TextIO) -> Any:
    """A tqdm bar on ``err``, or None when unwanted or tqdm is not installed."""
    wanted = args.progress if args.progress is not None else _is_terminal(err)
    if not wanted or args.quiet:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(file=err, unit=" docs", desc="newsrecord", dynamic_ncols=True, mininterval=0.5)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def run_show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print one text with the block kind of each line in a gutter."""
    from newsrecord.pipeline import parse
    from newsrecord.show import render

    item = next(read([args.file], Source()))
    if isinstance(item, Failure):
        _report(err, item.label, item.message)
        return EXIT_INPUT_FAILED
    article = parse(item.text, reference_date=args.reference_date)
    color = args.color == "always" or (
        args.color == "auto" and _is_terminal(out) and "NO_COLOR" not in os.environ
    )
    shown = render(item.text, article, color=color)  # bytes are decoded as parse decodes them
    out.write(shown if shown.endswith("\n") else shown + "\n")
    return EXIT_OK
