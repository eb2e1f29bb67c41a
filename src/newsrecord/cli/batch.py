"""
``newsrecord parse``: read the inputs, parse them (in workers when asked), write the records.

Reading and parsing are `newsrecord.files.read_texts` and
`newsrecord.files.parse_texts`, the iterators the Python API offers; each
record meets its text's pass-through fields again here, in input order.
Failures (an unreadable input, a bad JSON line, with ``--strict`` a record
with an error warning) are reported on standard error or into ``--errors
FILE`` and the batch goes on.  Ctrl-C and SIGTERM stop it cleanly: the output
is closed as a valid document holding every record parsed so far, and the
summary says where it stopped.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType
from typing import Any, TextIO

import attrs

from newsrecord._compress import MissingExtraError
from newsrecord.cli.inputs import Plan, UsageError, plan
from newsrecord.cli.options import (
    EXIT_INPUT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
)
from newsrecord.cli.outputs import ParquetWriter, Shape, Writer, is_terminal, text_output, writer
from newsrecord.errors import ParseError, Policy
from newsrecord.files import InputError, Text, expand, parse_texts, read_texts
from newsrecord.model import Article

_log = logging.getLogger("newsrecord.cli")


class _TerminatedError(Exception):
    """SIGTERM arrived: stop as for Ctrl-C."""


@attrs.define
class _Tally:
    written: int = 0
    failed: int = 0
    with_errors: int = 0
    with_info: int = 0

    def count(self, article: Article) -> None:
        self.written += 1
        severities = {w.severity for w in article.warnings}
        if "error" in severities:
            self.with_errors += 1
        elif severities:
            self.with_info += 1

    def summary(self, errors_file: str | None) -> str:
        records = f"{self.written} record{'' if self.written == 1 else 's'} written"
        failed = f"{self.failed} input{'' if self.failed == 1 else 's'} failed"
        if errors_file is not None and self.failed:
            failed += f" (see {errors_file})"
        return (
            f"{records}, {failed}, {self.with_errors} with error warnings, "
            f"{self.with_info} with info warnings only"
        )


def run_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Parse every input of ``args`` and write its record; returns the exit status."""
    try:
        checked = plan(args)
    except UsageError as refusal:
        print(f"newsrecord parse: error: {refusal}", file=err)
        return EXIT_USAGE
    policy = Policy(reference_date=args.reference_date, strict=args.strict, encoding=args.encoding)
    try:
        return _run(args, checked, policy, err)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other filters do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_INPUT_FAILED
    except (OSError, MissingExtraError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"newsrecord: cannot write {args.output!r}: {reason}", file=err)
        return EXIT_INPUT_FAILED


def _run(args: argparse.Namespace, checked: Plan, policy: Policy, err: TextIO) -> int:
    paths = checked.paths
    total = None
    if _wants_progress(args, err) and checked.kinds == {"text"}:
        paths = list(expand(paths, checked.patterns))  # a total, for the bar's ETA
        total = len(paths)
    texts = read_texts(
        paths,
        kind="auto" if args.input == "auto" else args.input,
        glob=checked.patterns,
        text_field=args.text_field or "text",
        id_field=args.id_field or "id",
        reference_date_field=args.reference_date_field,
    )
    _log.info("reading %s as %s", ", ".join(checked.paths), " and ".join(sorted(checked.kinds)))
    _log.info("writing %s to %s", checked.fmt, args.output or "standard output")
    stream = parse_texts(texts, workers=args.workers, policy=policy)
    shape = Shape(with_source=checked.with_source, fields=args.fields, no_blocks=args.no_blocks)
    tally = _Tally()
    with _sink(args, checked, shape) as sink, _failures(args.errors, err) as report:
        progress = _progress(args, err, total) if _wants_progress(args, err) else None
        stopped = _drain(stream, sink, report, tally, progress, args.id_field or "id")
    if not args.quiet and (stopped or tally.failed or tally.written + tally.failed > 1):
        where = f"stopped by {stopped}: " if stopped else ""
        print(f"newsrecord: {where}{tally.summary(args.errors)}", file=err)
    if stopped:
        return EXIT_TERMINATED if stopped == "SIGTERM" else EXIT_INTERRUPTED
    return EXIT_INPUT_FAILED if tally.failed else EXIT_OK


def _drain(
    stream: Iterator[tuple[Text, Article | ParseError] | InputError],
    sink: Writer,
    report: Any,
    tally: _Tally,
    progress: Any,
    id_field: str,
) -> str | None:
    """Write or report every entry; returns the signal's name when one stopped the run."""
    with _stop_on_sigterm():
        try:
            for entry in stream:
                if isinstance(entry, InputError):
                    report(entry.where, entry.id, str(entry.message), None)
                    tally.failed += 1
                else:
                    text, result = entry
                    if isinstance(result, ParseError):
                        report(_label(text, id_field), text.id, str(result), result.warnings)
                        tally.failed += 1
                    else:
                        sink.write(result, text)
                        tally.count(result)
                        _log.debug("parsed %s: %d warnings", text.where, len(result.warnings))
                if progress is not None:
                    progress.update()
        except KeyboardInterrupt:
            return "Ctrl-C"
        except _TerminatedError:
            return "SIGTERM"
        finally:
            stream.close()  # type: ignore[attr-defined]  # a generator: stops the workers
            if progress is not None:
                progress.close()
    return None


def _label(text: Text, id_field: str) -> str:
    if text.id is None:
        return text.where
    if "warc_record_id" in text.fields:
        return f"{text.where} ({text.id})"
    return f"{text.where} ({id_field}={text.id})"


@contextlib.contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    """SIGTERM raises `_TerminatedError` in the main thread, as SIGINT raises KeyboardInterrupt."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise _TerminatedError

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _sink(args: argparse.Namespace, checked: Plan, shape: Shape) -> Iterator[Writer]:
    """The writer of ``checked.fmt``, closed (the document ended) however the run ends."""
    if checked.fmt == "parquet":
        sink: Writer = ParquetWriter(args.output, shape)
        try:
            yield sink
        finally:
            sink.close()
        return
    with text_output(args.output) as out:
        sink = writer(checked.fmt, out, shape, single=checked.single and checked.fmt == "json")
        try:
            yield sink
        finally:
            sink.close()


@contextlib.contextmanager
def _failures(path: str | None, err: TextIO) -> Iterator[Any]:
    """A function reporting one failure: on ``err``, or as a JSON line into ``path``."""
    if path is None:

        def to_stderr(where: str, ident: str | None, message: str, warnings: Any) -> None:
            print(f"newsrecord: {where}: {message}", file=err)

        yield to_stderr
        return
    with open(path, "w", encoding="utf-8", errors="backslashreplace") as file:

        def to_file(where: str, ident: str | None, message: str, warnings: Any) -> None:
            entry = {
                "where": where,
                "id": ident,
                "error": "input" if warnings is None else "strict",
                "message": message,
                "warnings": None if warnings is None else [_warning(w) for w in warnings],
            }
            file.write(json.dumps(entry, ensure_ascii=False) + "\n")
            file.flush()

        yield to_file


def _warning(warning: Any) -> dict[str, Any]:
    return {"code": warning.code, "severity": warning.severity, "message": warning.message}


def _wants_progress(args: argparse.Namespace, err: TextIO) -> bool:
    wanted = args.progress if args.progress is not None else is_terminal(err)
    return bool(wanted) and not args.quiet


def _progress(args: argparse.Namespace, err: TextIO, total: int | None) -> Any:
    """A tqdm bar on ``err`` (with a total and an ETA for files), or None without tqdm."""
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(
        file=err,
        total=total,
        unit=" docs",
        desc="newsrecord",
        dynamic_ncols=True,
        mininterval=0.5,
    )
