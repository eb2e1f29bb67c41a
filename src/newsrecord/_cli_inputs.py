"""
What ``newsrecord parse`` reads: files, directories (recursively), standard
input, each either one text or JSON Lines of objects holding a text.

Everything here streams: a directory is walked lazily and a JSON Lines file is
read line by line, so a batch of any size runs in constant memory.  A bad
input becomes a `Failure`, never an exception, so one bad record cannot stop
the batch.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterable, Iterator
from fnmatch import fnmatch
from typing import Any, BinaryIO

import attrs

STDIN = "-"


@attrs.frozen
class Item:
    """One text to parse, with where it came from and the fields to pass through."""

    text: str | bytes
    label: str
    meta: dict[str, Any] = attrs.field(factory=dict, eq=False)
    ident: str | None = None  # the `--id-field` value: ninjs `uri`, schema.org `identifier`


@attrs.frozen
class Failure:
    """An input that gave no text; ``label`` names it in the report."""

    label: str
    message: str


@attrs.frozen
class Source:
    """How to read the inputs: the options of ``parse`` that concern input."""

    jsonl: bool = False
    text_field: str = "text"
    id_field: str = "id"
    pattern: str = "*.txt"
    tag_source: bool = False


def expand(paths: Iterable[str], pattern: str) -> Iterator[str]:
    """Each path as given, and each file under a directory matching ``pattern``, sorted."""
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            yield from _walk(path, pattern)
        else:
            yield path


def _walk(top: str, pattern: str) -> Iterator[str]:
    """Matching files in path order; symbolic links to directories are not followed."""
    try:
        with os.scandir(top) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        yield top  # reading it fails again and reports why: nothing is skipped silently
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path, pattern)
        elif fnmatch(entry.name, pattern):
            yield entry.path


def read(paths: Iterable[str], source: Source) -> Iterator[Item | Failure]:
    """Every item of every input path, in order; unreadable inputs become failures."""
    for path in paths:
        if source.jsonl:
            yield from _read_jsonl(path, source)
        else:
            yield _read_text(path, source)


def _read_text(path: str, source: Source) -> Item | Failure:
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read()
        else:
            with _open(path) as stream:
                data = stream.read()
    except (OSError, EOFError) as exc:
        return Failure(_name(path), f"cannot read: {_reason(exc)}")
    meta = {"source": path} if source.tag_source else {}
    return Item(data, path, meta)


def _read_jsonl(path: str, source: Source) -> Iterator[Item | Failure]:
    try:
        stream = sys.stdin.buffer if path == STDIN else _open(path)
    except OSError as exc:
        yield Failure(_name(path), f"cannot read: {_reason(exc)}")
        return
    try:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield _item(line, f"{_name(path)}:{number}", source)
    except (OSError, EOFError) as exc:
        yield Failure(_name(path), f"cannot read: {_reason(exc)}")
    finally:
        if path != STDIN:
            stream.close()


def _item(line: bytes, where: str, source: Source) -> Item | Failure:
    """One JSON Lines object: its text field to parse, its other fields passed through."""
    try:
        value = json.loads(line)
    except ValueError as exc:
        return Failure(where, f"not JSON: {exc}")
    if not isinstance(value, dict):
        return Failure(where, f"not a JSON object but {type(value).__name__}")
    ident = _identifier(value.get(source.id_field))
    if ident is not None:
        where = f"{where} ({source.id_field}={ident})"
    if source.text_field not in value:
        return Failure(where, f"text field {source.text_field!r} is missing")
    text = value.pop(source.text_field)
    if not isinstance(text, str):
        kind = "null" if text is None else type(text).__name__
        return Failure(where, f"text field {source.text_field!r} is {kind}, not a string")
    return Item(text, where, value, ident)


def _identifier(value: object) -> str | None:
    """An identifier written as a string or an integer (not a boolean), as text."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value) or None


def _open(path: str) -> BinaryIO:
    """A binary stream of the file, decompressed when its name ends in ``.gz``."""
    if path.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _name(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
