"""
The command line's arguments, and the checks that refuse a command that would quietly do nothing.

argparse catches malformed values (a date that is no date, an unknown
format).  `refusal` catches what argparse cannot see: a switch that has no
effect on these inputs (``--text-field`` with no JSON Lines input), a folder
where nothing matches, an output name that contradicts ``--format``.  Each
is a usage error (exit status 2) with a one-line reason, before anything is
read or written.
"""

from __future__ import annotations

import argparse
import codecs
import datetime
import os
from typing import Final

from newsrecord._version import __version__

EXIT_OK: Final = 0
EXIT_INPUT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130  # 128 + SIGINT, as shells report Ctrl-C
EXIT_TERMINATED: Final = 143  # 128 + SIGTERM

FORMATS: Final = ("json", "jsonl", "csv", "ninjs", "schemaorg", "parquet")
INPUTS: Final = ("auto", "text", "jsonl", "warc")

# The format an output name announces, after any compression suffix.
SUFFIX_FORMATS: Final = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
}

_FORMAT_HELP: Final = (
    "json: indented, one object for one file, else an array (the default, unless -o "
    "names a .jsonl, .csv or .parquet file); jsonl: one record per line; csv: flat "
    "columns with a header; ninjs: IPTC ninjs 2.2, one document per line; schemaorg: "
    "schema.org NewsArticle JSON-LD, one document per line; parquet: typed columns "
    "(needs -o and the parquet extra)"
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


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None


def _fields(value: str) -> list[str]:
    names = [name.strip() for name in value.split(",") if name.strip()]
    if not names:
        raise argparse.ArgumentTypeError(f"no field names in {value!r}")
    return names


def parser() -> argparse.ArgumentParser:
    """The ``newsrecord`` argument parser with its three commands."""
    main = argparse.ArgumentParser(
        prog="newsrecord",
        description="Turn wire-style news text into normalized, typed records.",
    )
    main.add_argument("--version", action="version", version=f"newsrecord {__version__}")
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
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
    show.add_argument(
        "--rules", action="store_true", help="add a column naming the rule behind each block"
    )
    _add_reference_date(show)
    demo = commands.add_parser("demo", help="parse the built-in example article")
    demo.add_argument("--text", action="store_true", help="print the example's text first")
    return main


def _add_reference_date(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--reference-date", type=_date, metavar="YYYY-MM-DD", help="date the texts belong to"
    )


def _add_parse(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument(
        "files",
        nargs="*",
        metavar="PATH",
        help="a file, a directory (recursive) or - for stdin (the default)",
    )
    _add_input_options(cmd)
    _add_output_options(cmd)
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
    cmd.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log what is read and written (-vv: more)",
    )


def _add_input_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument(
        "--input",
        choices=INPUTS,
        default="auto",
        help="what the inputs hold (auto: by name: .jsonl/.ndjson are JSON Lines, "
        ".wet/.warc are WARC, anything else one text per file)",
    )
    cmd.add_argument(
        "--jsonl", action="store_const", const="jsonl", dest="input", help="same as --input jsonl"
    )
    for option, what in (
        ("--text-field", "the text's key"),
        ("--id-field", "the identifier's key"),
    ):
        cmd.add_argument(option, metavar="NAME", help=f"JSON Lines: {what}")
    cmd.add_argument(
        "--reference-date-field",
        metavar="NAME",
        help="JSON Lines: the key of each text's reference date (YYYY-MM-DD)",
    )
    cmd.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="file names to take from directories (repeatable; default *.txt and *.txt.gz ..., "
        "or *.jsonl ... with --jsonl)",
    )
    cmd.add_argument(
        "--encoding",
        type=_encoding,
        metavar="NAME",
        help="the codec of text files and WET records, e.g. cp1252 (default: UTF-8, UTF-16 "
        "or the cp1252 fallback with a warning)",
    )


def _add_output_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--format", choices=FORMATS, help=_FORMAT_HELP)
    cmd.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here instead of stdout; .gz, .bz2, .xz and .zst (zstd extra) compress",
    )
    cmd.add_argument(
        "--with-source",
        action="store_true",
        help="start every record with a source key naming its input (as grep -H)",
    )
    cmd.add_argument(
        "--fields", type=_fields, metavar="A,B,...", help="the record keys to write (csv: columns)"
    )
    cmd.add_argument("--no-blocks", action="store_true", help="leave out the blocks key")
    cmd.add_argument("--errors", metavar="FILE", help="write failures to FILE as JSON Lines")
