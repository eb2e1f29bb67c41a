"""
The ``newsrecord`` command (also ``python -m newsrecord``).

Commands::

    newsrecord parse [PATH...] [--jsonl] [--format F] [--workers N] [options]
    newsrecord show FILE        the text with each line's block kind in a gutter
    newsrecord demo             parse the built-in example article
    newsrecord --version

A PATH is a file, a directory (searched recursively) or ``-`` for standard
input, which is also the default.  Exit status: 0 when every input was parsed
and written, 1 when at least one was not (unreadable, not JSON, or failing
``--strict``), 2 for a usage error.  One bad input never stops the batch: each
failure is reported on standard error and the rest go on.
"""

from __future__ import annotations

import argparse
import datetime
import io
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

from newsrecord._example import example_text
from newsrecord._version import __version__

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2

_FORMAT_HELP = (
    "json: indented, one object for one file, else an array (default); "
    "jsonl: one record per line; csv: flat columns with a header; "
    "ninjs: IPTC ninjs 2.2, one document per line; "
    "schemaorg: schema.org NewsArticle JSON-LD, one document per line"
)


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _workers(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        count = -1
    if count < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return count or os.cpu_count() or 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsrecord",
        description="Turn wire-style news text into normalized, typed records.",
    )
    parser.add_argument("--version", action="version", version=f"newsrecord {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_parse(commands.add_parser("parse", help="parse files, directories or stdin"))
    show = commands.add_parser("show", help="show how a text was read, line by line")
    show.add_argument("file", metavar="FILE", help="a text file, or - for stdin")
    show.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the block kinds (auto: when standard output is a terminal and "
        "NO_COLOR is unset)",
    )
    _add_reference_date(show)
    demo = commands.add_parser("demo", help="parse the built-in example article")
    demo.add_argument("--text", action="store_true", help="print the example's text first")
    return parser


def _add_reference_date(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--reference-date", type=_date, metavar="YYYY-MM-DD", help="date the texts belong to"
    )


def _add_parse(cmd: argparse.ArgumentParser) -> None:
    from newsrecord._cli_outputs import FORMATS

    cmd.add_argument(
        "files",
        nargs="*",
        metavar="PATH",
        help="a file, a directory (recursive) or - for stdin (the default)",
    )
    cmd.add_argument("--format", choices=FORMATS, default="json", help=_FORMAT_HELP)
    cmd.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    cmd.add_argument(
        "--jsonl", action="store_true", help="inputs are JSON Lines, one object per text"
    )
    cmd.add_argument(
        "--text-field", default="text", metavar="NAME", help="with --jsonl: the text's key"
    )
    cmd.add_argument(
        "--id-field", default="id", metavar="NAME", help="with --jsonl: the identifier's key"
    )
    cmd.add_argument(
        "--glob",
        metavar="PATTERN",
        help="file names to take from directories (default *.txt, or *.jsonl with --jsonl)",
    )
    cmd.add_argument(
        "--workers", type=_workers, default=1, metavar="N", help="processes (0: one per core)"
    )
    _add_reference_date(cmd)
    cmd.add_argument(
        "--strict", action="store_true", help="fail an input whose record has an error warning"
    )
    cmd.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="progress bar on stderr (default: when stderr is a terminal and tqdm is installed)",
    )
    cmd.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")


def _run_demo(args: argparse.Namespace, out: TextIO) -> int:
    from newsrecord.pipeline import parse

    text = example_text()
    if args.text:
        out.write("# The built-in example article (invented):\n\n")
        out.write(text.rstrip("\n") + "\n\n# Its record:\n\n")
    out.write(parse(text).to_json(indent=2) + "\n")
    return EXIT_OK


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "parse":
        from newsrecord._cli_batch import run_parse

        return run_parse(args, out, err)
    if args.command == "show":
        from newsrecord._cli_batch import run_show

        return run_show(args, out, err)
    return _run_demo(args, out)


@contextmanager
def _utf8_stdout(path: str | None) -> Iterator[TextIO]:
    """UTF-8 output whatever the locale; lone surrogates as ``\\udXXX`` escapes."""
    if path is not None:
        with open(path, "w", encoding="utf-8", errors="backslashreplace", newline="") as file:
            yield file
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(
        sys.stdout.buffer, encoding="utf-8", errors="backslashreplace", newline=""
    )
    try:
        yield stream
        stream.flush()
    finally:
        stream.detach()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    output: Any = getattr(args, "output", None)
    try:
        with _utf8_stdout(output) as out:
            return _run(args, out, sys.stderr)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other filters do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_INPUT_FAILED
    except OSError as exc:
        print(f"newsrecord: cannot write {output!r}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT_FAILED
