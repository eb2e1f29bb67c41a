"""
The ``newsrecord`` command (also ``python -m newsrecord``).

Commands::

    newsrecord parse FILE... [--format json|jsonl] [--reference-date D] [--strict]
    newsrecord demo          parse the built-in example article
    newsrecord --version

``-`` reads standard input.  Exit status: 0 when every input was parsed, 1
when an input could not be read (or, with ``--strict``, raised), 2 for a
usage error.  One bad input never stops the others: each failure is reported
on standard error and the rest go on.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from newsrecord._example import example_text
from newsrecord._version import __version__
from newsrecord.errors import ParseError
from newsrecord.pipeline import parse

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsrecord",
        description="Turn wire-style news text into normalized, typed records (JSON).",
    )
    parser.add_argument("--version", action="version", version=f"newsrecord {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse_cmd = commands.add_parser("parse", help="parse text files (or - for stdin) to JSON")
    parse_cmd.add_argument("files", nargs="+", metavar="FILE", help="a text file, or - for stdin")
    parse_cmd.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: indented (an array for several files); jsonl: one record per line",
    )
    parse_cmd.add_argument(
        "--reference-date", type=_date, metavar="YYYY-MM-DD", help="date the texts belong to"
    )
    parse_cmd.add_argument(
        "--strict", action="store_true", help="fail an input whose record has an error warning"
    )

    demo = commands.add_parser("demo", help="parse the built-in example article")
    demo.add_argument("--text", action="store_true", help="print the example's text first")
    return parser


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def _run_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    records: list[dict[str, Any]] = []
    status = EXIT_OK
    for name in args.files:
        try:
            data = _read(name)
        except OSError as exc:
            print(f"newsrecord: cannot read {name!r}: {exc.strerror or exc}", file=err)
            status = EXIT_INPUT_FAILED
            continue
        try:
            record = parse(data, reference_date=args.reference_date, strict=args.strict)
        except ParseError as exc:
            print(f"newsrecord: {name}: {exc}", file=err)
            status = EXIT_INPUT_FAILED
            continue
        if args.format == "jsonl":
            out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        else:
            records.append(record.to_dict())
    if args.format == "json" and records:
        shown: object = records[0] if len(args.files) == 1 else records
        out.write(json.dumps(shown, ensure_ascii=False, indent=2) + "\n")
    return status


def _run_demo(args: argparse.Namespace, out: TextIO) -> int:
    text = example_text()
    if args.text:
        out.write("# The built-in example article (invented):\n\n")
        out.write(text.rstrip("\n") + "\n\n# Its record:\n\n")
    out.write(parse(text).to_json(indent=2) + "\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "parse":
        return _run_parse(args, sys.stdout, sys.stderr)
    return _run_demo(args, sys.stdout)
