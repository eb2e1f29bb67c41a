"""
Which inputs ``newsrecord parse`` reads, of which kind, and the mistakes it refuses before reading.

The reading itself is `newsrecord.files.read_texts`, the same iterator the
Python API offers.  Here the command line is checked against the inputs: a
folder where the patterns match nothing, a switch that no input uses
(``--text-field`` without JSON Lines, ``--glob`` without a folder), an
output name that contradicts ``--format``, a missing optional package.  Each
is refused with a one-line reason (a usage error), so that a mistake never
runs to an empty or junk result with exit status 0.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from collections.abc import Iterator
from importlib.util import find_spec

import attrs

from newsrecord import _compress
from newsrecord.arrow import COLUMNS as ARROW_COLUMNS
from newsrecord.cli.options import SUFFIX_FORMATS
from newsrecord.exports import ROW_COLUMNS
from newsrecord.files import PATTERNS, STDIN, Kind, expand, kind_of
from newsrecord.model import Article

RECORD_KEYS = tuple(Article().to_dict())
"""The keys of ``Article.to_dict()``, which ``--fields`` chooses from (``csv``: the row columns)."""


class UsageError(Exception):
    """A command line that would do nothing useful; the message is the one-line reason."""


@attrs.frozen(kw_only=True)
class Plan:
    """The checked command line: what to read and what to write."""

    paths: list[str]
    patterns: tuple[str, ...]
    kinds: frozenset[Kind]
    fmt: str
    single: bool
    with_source: bool


def plan(args: argparse.Namespace) -> Plan:
    """Check ``args`` against the inputs; raises `UsageError` with the reason."""
    paths: list[str] = args.files or [STDIN]
    folders = [p for p in paths if p != STDIN and os.path.isdir(p)]
    patterns = tuple(args.glob) if args.glob else _default_patterns(args.input)
    if args.glob and not folders:
        raise UsageError("--glob applies to directories, and no PATH is one")
    for folder in folders:
        _check_matches(folder, patterns)
    kinds = _kinds(paths, folders, patterns, args.input)
    fmt = _format(args.format, args.output)
    _check_switches(args, kinds, fmt)
    _check_extras(kinds, fmt, args.output)
    single = len(paths) == 1 and not folders and "text" in kinds and len(kinds) == 1
    return Plan(
        paths=paths,
        patterns=patterns,
        kinds=kinds,
        fmt=fmt,
        single=single,
        with_source=args.with_source or (not single and kinds == {"text"}),
    )


def _default_patterns(given: str) -> tuple[str, ...]:
    return PATTERNS["text" if given == "auto" else given]  # type: ignore[index]


def _check_matches(folder: str, patterns: tuple[str, ...]) -> None:
    """Refuse a folder where no file matches, naming what it holds instead."""
    if next(expand([folder], patterns), None) is not None:
        return
    held = Counter(_suffix(name) for name in _names(folder))
    wanted = ", ".join(patterns[:3]) + (", ..." if len(patterns) > 3 else "")
    if not held:
        raise UsageError(f"no file under {folder} matches {wanted}: it holds no file")
    common = ", ".join(f"{count} *{suffix}" for suffix, count in held.most_common(3))
    hint = _hint(held)
    raise UsageError(f"no file under {folder} matches {wanted}; it holds {common}{hint}")


def _names(folder: str) -> Iterator[str]:
    for _, _, files in os.walk(folder):
        yield from (name for name in files if not name.startswith("."))


def _suffix(name: str) -> str:
    stem = _compress.strip(name)
    dot = stem.rfind(".")
    return (stem[dot:] if dot > 0 else "") + name[len(stem) :]


def _hint(held: Counter[str]) -> str:
    kinds = {kind_of("x" + suffix) for suffix in held}
    if "jsonl" in kinds:
        return " (add --jsonl, or --glob)"
    if "warc" in kinds:
        return " (add --input warc, or --glob)"
    return " (use --glob)"


def _kinds(
    paths: list[str], folders: list[str], patterns: tuple[str, ...], given: str
) -> frozenset[Kind]:
    if given != "auto":
        return frozenset({given})  # type: ignore[arg-type]
    found: set[Kind] = {kind_of(p) if p != STDIN else "text" for p in paths if p not in folders}
    if folders:
        found |= {kind_of(p.replace("*", "x")) for p in patterns}
    return frozenset(found)


def _format(given: str | None, output: str | None) -> str:
    """``--format``, else the one the output's name announces, else ``json``."""
    named = None
    if output is not None:
        stem = _compress.strip(output).lower()
        named = next((f for s, f in SUFFIX_FORMATS.items() if stem.endswith(s)), None)
    if given is not None and named is not None and given != named:
        raise UsageError(f"-o {output} names a {named} file, but --format is {given}")
    return given or named or "json"


def _check_switches(args: argparse.Namespace, kinds: frozenset[Kind], fmt: str) -> None:
    """Refuse a switch that would have no effect on these inputs and this format."""
    if "jsonl" not in kinds:
        for option in ("text_field", "id_field", "reference_date_field"):
            if getattr(args, option) is not None:
                flag = "--" + option.replace("_", "-")
                raise UsageError(
                    f"{flag} applies to JSON Lines input, and no input is JSON Lines (add --jsonl)"
                )
    if args.encoding is not None and kinds == {"jsonl"}:
        raise UsageError("--encoding applies to text files and WET records; JSON Lines is UTF-8")
    if fmt in ("ninjs", "schemaorg"):
        for option, on in (
            ("--with-source", args.with_source),
            ("--fields", args.fields),
            ("--no-blocks", args.no_blocks),
        ):
            if on:
                raise UsageError(
                    f"{option} does nothing with --format {fmt}, whose documents are fixed"
                )
    if fmt == "csv" and args.no_blocks:
        raise UsageError("--no-blocks does nothing with --format csv, which has no blocks column")
    if args.fields:
        known = ROW_COLUMNS if fmt == "csv" else ARROW_COLUMNS if fmt == "parquet" else RECORD_KEYS
        unknown = [name for name in args.fields if name not in known]
        if unknown:
            raise UsageError(
                f"--fields: no {fmt} field {', '.join(unknown)}; the fields are {', '.join(known)}"
            )
    if fmt == "parquet" and args.output is None:
        raise UsageError("--format parquet needs -o FILE (Parquet is a file format, not a stream)")
    if fmt == "parquet" and _compress.suffix(args.output) is not None:
        raise UsageError("a Parquet file compresses itself: drop the compression suffix of -o")


def _check_extras(kinds: frozenset[Kind], fmt: str, output: str | None) -> None:
    """Refuse before any work when an optional package the run needs is missing."""
    needs = []
    if "warc" in kinds and find_spec("fastwarc") is None:
        needs.append(("WARC and WET input", "warc"))
    if fmt == "parquet" and find_spec("pyarrow") is None:
        needs.append(("--format parquet", "parquet"))
    if output is not None and _compress.suffix(output) == ".zst" and find_spec("zstandard") is None:
        needs.append((".zst output", "zstd"))
    for what, extra in needs:
        raise UsageError(f"{what} needs the {extra} extra: pip install 'newsrecord[{extra}]'")
