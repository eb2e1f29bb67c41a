"""
Texts from files: folders of text files, JSON Lines, and WARC/WET files, parsed in order.

`parse_files` is the one-call form: give it paths and it yields ``(id, Article)``
for every text they hold, in order, in worker processes when asked.  It is
what ``newsrecord parse`` runs, built from two steps you can also call:
`read_texts`, which yields each text as a `Text` (the text, its id, where it
was read, its reference date and the fields to pass through), and
`parse_texts`, which parses a stream of them.

Everything streams: a folder is walked lazily and a JSON Lines or WET file is
read record by record, so a batch of any size runs in constant memory.  An
input that cannot be read becomes an `InputError` in the stream, never an
exception that ends the batch.

Kinds of input, by name (after a ``.gz``, ``.bz2``, ``.xz`` or ``.zst``
suffix, which is decompressed):

* ``jsonl``: ``.jsonl``, ``.ndjson``: one JSON object per line, its
  *text_field* holding the text, its *id_field* the id, its other fields
  passed through;
* ``warc``: ``.wet``, ``.warc``: the ``conversion`` records of a WET or WARC
  file (the ``warc`` extra), the id from ``WARC-Target-URI``, the reference
  date from ``WARC-Date``;
* ``text``: anything else: one file, one text.
"""

from __future__ import annotations

import datetime
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from fnmatch import fnmatch
from typing import Any, BinaryIO, Final, Literal, TypeAlias

import attrs

from newsrecord import _compress, _warc
from newsrecord._options import reference_day
from newsrecord.batch import run_jobs
from newsrecord.errors import DEFAULT, ParseError, Policy
from newsrecord.model import Article

Kind: TypeAlias = Literal["text", "jsonl", "warc"]
"""What one input file holds: one text, JSON Lines of texts, or WARC/WET records."""

STDIN: Final = "-"
"""The path that names standard input."""

PATTERNS: Final[Mapping[Kind, tuple[str, ...]]] = {
    "text": ("*.txt", "*.txt.gz", "*.txt.bz2", "*.txt.xz", "*.txt.zst"),
    "jsonl": (
        "*.jsonl",
        "*.ndjson",
        *(f"*.{e}{s}" for e in ("jsonl", "ndjson") for s in _compress.SUFFIXES),
    ),
    "warc": (
        "*.wet",
        "*.warc",
        *(f"*.{e}{s}" for e in ("wet", "warc") for s in _compress.SUFFIXES),
    ),
}
"""The file names taken from a folder, by kind, when no *glob* is given."""

_SUFFIX_KINDS: Final[Mapping[str, Kind]] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".wet": "warc",
    ".warc": "warc",
}

_log = logging.getLogger(__name__)


@attrs.frozen(kw_only=True)
class Text:
    """
    One text read from an input, before parsing.

    Attributes:
        text: the text, as ``bytes`` from a file or WARC record (so that
            `newsrecord.parse` decodes it by its rules) or ``str`` from JSON.
        where: where it was read, for messages: a path, ``path:line`` for a
            line of JSON Lines, ``path#n`` for the n-th record of a WET file.
        id: its identifier, when the input gives one: the *id_field* of a JSON
            Lines object (a string or an integer, as text), the
            ``WARC-Target-URI`` of a WET record; else ``None``.
        reference_date: the date it belongs to, when the input says (a
            *reference_date_field*, ``WARC-Date``); else ``None``.
        fields: what travels with the record: a JSON object's other fields, a
            WET record's ``id``, ``warc_date`` and ``warc_record_id``.
    """

    text: str | bytes
    where: str
    id: str | None = None
    reference_date: datetime.date | None = None
    fields: Mapping[str, Any] = attrs.field(factory=dict, eq=False, hash=False)


class InputError(ValueError):
    """
    An input that gave no text: a file that cannot be read, a line that is not a JSON object.

    Attributes:
        where: the path, or ``path:line``, as in `Text.where`.
        message: why, in one line.
        id: the identifier, when the input gave one before it failed.

    It pickles, so it crosses process boundaries.
    """

    def __init__(self, where: str, message: str, id: str | None = None) -> None:
        self.where = where
        self.message = message
        self.id = id
        super().__init__(f"{where}: {message}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, str | None]]:
        return type(self), (self.where, self.message, self.id)


def kind_of(name: str) -> Kind:
    """The kind of input a file name announces: by its suffix, after any compression suffix."""
    stem = _compress.strip(name).lower()
    return next((k for s, k in _SUFFIX_KINDS.items() if stem.endswith(s)), "text")


def expand(paths: Iterable[str], patterns: Sequence[str]) -> Iterator[str]:
    """Each path as given, and each file under a folder whose name matches a pattern, sorted."""
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            yield from _walk(path, patterns)
        else:
            yield path


def _walk(top: str, patterns: Sequence[str]) -> Iterator[str]:
    """Matching files in path order; hidden names skipped, links to folders not followed."""
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
            yield from _walk(entry.path, patterns)
        elif any(fnmatch(entry.name, pattern) for pattern in patterns):
            yield entry.path


@attrs.frozen(kw_only=True)
class _Options:
    kind: Kind | Literal["auto"]
    text_field: str
    id_field: str
    reference_date_field: str | None


def read_texts(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    kind: Kind | Literal["auto"] = "auto",
    glob: str | Sequence[str] | None = None,
    text_field: str = "text",
    id_field: str = "id",
    reference_date_field: str | None = None,
) -> Iterator[Text | InputError]:
    """
    Every text the inputs hold, in order; an input that gives none becomes an `InputError`.

    Args:
        paths: files, folders (searched recursively, in path order, hidden
            names skipped) and ``"-"`` for standard input.
        kind: ``"auto"`` reads each file by its name (see the module
            docstring); ``"text"``, ``"jsonl"`` or ``"warc"`` reads every input so.
        glob: the file names to take from folders (default: `PATTERNS` of the
            *kind*, text files for ``"auto"``).
        text_field: the key of a JSON object's text.
        id_field: the key of a JSON object's identifier.
        reference_date_field: the key of a JSON object's reference date
            (``YYYY-MM-DD``); a line whose value is none is an `InputError`.

    .. versionadded:: 0.1
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    patterns = _patterns(kind, glob)
    options = _Options(
        kind=kind,
        text_field=text_field,
        id_field=id_field,
        reference_date_field=reference_date_field,
    )
    for path in expand((os.fspath(p) for p in paths), patterns):
        yield from _read_path(path, options)


def _patterns(kind: Kind | Literal["auto"], glob: str | Sequence[str] | None) -> tuple[str, ...]:
    if glob is not None:
        return (glob,) if isinstance(glob, str) else tuple(glob)
    return PATTERNS["text" if kind == "auto" else kind]


def _read_path(path: str, options: _Options) -> Iterator[Text | InputError]:
    kind = options.kind if options.kind != "auto" else kind_of(path) if path != STDIN else "text"
    _log.debug("reading %s as %s", _name(path), kind)
    try:
        stream = _open(path)
    except (OSError, _compress.MissingExtraError) as exc:
        yield InputError(_name(path), f"cannot read: {_reason(exc)}")
        return
    try:
        if kind == "jsonl":
            yield from _read_jsonl(stream, path, options)
        elif kind == "warc":
            yield from _read_warc(stream, path)
        else:
            yield Text(text=stream.read(), where=_name(path))
    except (OSError, EOFError, _compress.MissingExtraError) as exc:
        yield InputError(_name(path), f"cannot read: {_reason(exc)}")
    finally:
        if path != STDIN:
            stream.close()


def _open(path: str) -> BinaryIO:
    """The input's bytes; standard input is decompressed when its first bytes say so."""
    if path != STDIN:
        return _compress.open_read(path)
    raw = sys.stdin.buffer
    head = raw.peek(8)[:8] if hasattr(raw, "peek") else b""
    return _compress.wrap_read(raw, _compress.sniff(head))


def _read_jsonl(stream: BinaryIO, path: str, options: _Options) -> Iterator[Text | InputError]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield _json_text(line, f"{_name(path)}:{number}", options)


def _json_text(line: bytes, where: str, options: _Options) -> Text | InputError:
    """One JSON Lines object: its text field to parse, its other fields passed through."""
    try:
        value = json.loads(line)
    except ValueError as exc:
        return InputError(where, f"not JSON: {exc}")
    if not isinstance(value, dict):
        return InputError(where, f"not a JSON object but {type(value).__name__}")
    ident = identifier(value.get(options.id_field))
    label = where if ident is None else f"{where} ({options.id_field}={ident})"
    field = options.text_field
    if field not in value:
        return InputError(label, f"text field {field!r} is missing", ident)
    text = value.pop(field)
    if not isinstance(text, str):
        kind = "null" if text is None else type(text).__name__
        return InputError(label, f"text field {field!r} is {kind}, not a string", ident)
    day = _field_day(value, options.reference_date_field)
    if isinstance(day, str):
        return InputError(label, day, ident)
    return Text(text=text, where=where, id=ident, reference_date=day, fields=value)


def _field_day(value: dict[str, Any], field: str | None) -> datetime.date | str | None:
    """The object's reference date, ``None`` when it has none, or why its value is no date."""
    given = None if field is None else value.get(field)
    if given is None:
        return None
    try:
        if isinstance(given, str):
            return reference_day(given)
    except TypeError:
        pass
    return f"reference date field {field!r} is not a YYYY-MM-DD date: {given!r}"


def identifier(value: object) -> str | None:
    """An identifier written as a string or an integer (not a boolean), as text."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value) or None


def _read_warc(stream: BinaryIO, path: str) -> Iterator[Text | InputError]:
    count = 0
    for count, record in enumerate(_warc.conversions(stream), start=1):
        fields = {"id": record.uri, "warc_date": record.date, "warc_record_id": record.record_id}
        yield Text(
            text=record.payload,
            where=f"{_name(path)}#{count}",
            id=record.uri,
            reference_date=_warc.crawl_day(record.date),
            fields=fields,
        )
    if count == 0:
        yield InputError(_name(path), "no conversion records: not a WET file, or an empty one")


def _name(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def parse_texts(
    texts: Iterable[Text | InputError],
    *,
    workers: int = 1,
    chunksize: int = 64,
    policy: Policy = DEFAULT,
) -> Iterator[tuple[Text, Article | ParseError] | InputError]:
    """
    Parse each `Text` under ``policy``, its own reference date first; errors pass through.

    Yields ``(text, record)`` in input order, ``(text, ParseError)`` for a
    strict failure (its ``id`` is the text's id, else where it was read), and
    each `InputError` where it stood.

    .. versionadded:: 0.1
    """
    if workers < 1 or chunksize < 1:
        raise ValueError(f"workers and chunksize must be at least 1, not {workers}, {chunksize}")
    waiting: list[Text | InputError] = []  # errors and texts read, not yet answered

    def jobs() -> Iterator[tuple[str | bytes, datetime.date | None]]:
        for item in texts:
            waiting.append(item)
            if isinstance(item, Text):
                yield item.text, item.reference_date

    position = 0
    for outcome in run_jobs(jobs(), policy, workers, chunksize):
        while isinstance(waiting[position], InputError):
            yield waiting[position]  # type: ignore[misc]
            position += 1
        text = waiting[position]
        assert isinstance(text, Text)
        position += 1
        if position > 1024:  # drop what was given out, now and then
            del waiting[:position]
            position = 0
        yield text, _outcome(text, outcome)
    yield from waiting[position:]  # type: ignore[misc]  # errors after the last text


def _outcome(text: Text, outcome: object) -> Article | ParseError:
    if isinstance(outcome, TypeError):  # pragma: no cover  (files give str or bytes)
        raise outcome
    if isinstance(outcome, ParseError):
        outcome.id = text.id if text.id is not None else text.where
    assert isinstance(outcome, (Article, ParseError))
    return outcome


def parse_files(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    kind: Kind | Literal["auto"] = "auto",
    glob: str | Sequence[str] | None = None,
    text_field: str = "text",
    id_field: str = "id",
    reference_date_field: str | None = None,
    workers: int = 1,
    chunksize: int = 64,
    reference_date: datetime.date | str | None = None,
    strict: bool = False,
    policy: Policy = DEFAULT,
    on_error: Callable[[InputError | ParseError], None] | None = None,
) -> Iterator[tuple[str, Article]]:
    """
    Parse every text in ``paths``, yielding ``(id, Article)`` in input order.

    The id is the text's identifier when the input gives one (a JSON object's
    *id_field*, a WET record's ``WARC-Target-URI``), else where it was read
    (the file's path, ``path:line``).  The reading options are those of
    `read_texts`; *workers*, *chunksize*, *reference_date*, *strict* and
    *policy* those of `newsrecord.parse_many`.

    Args:
        on_error: called with each input that gives no record: an `InputError`
            (unreadable, not JSON...) or, with *strict*, a `newsrecord.ParseError`
            (its ``id`` names the text); the iteration goes on.  ``None`` (the
            default) raises the first one instead.

    Examples:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "rain.txt").write_text("Rain in Vesk\\n\\nIt rained all day.")
        >>> [(pathlib.Path(i).name, a.headline) for i, a in parse_files(folder)]
        [('rain.txt', 'Rain in Vesk')]

    .. versionadded:: 0.1
    """
    policy = attrs.evolve(
        policy,
        reference_date=policy.reference_date if reference_date is None else reference_date,
        strict=strict or policy.strict,
    )
    texts = read_texts(
        paths,
        kind=kind,
        glob=glob,
        text_field=text_field,
        id_field=id_field,
        reference_date_field=reference_date_field,
    )
    for entry in parse_texts(texts, workers=workers, chunksize=chunksize, policy=policy):
        failure = entry if isinstance(entry, InputError) else entry[1]
        if isinstance(failure, Article):
            text = entry[0]  # type: ignore[index]
            yield (text.id if text.id is not None else text.where), failure
        elif on_error is None:
            raise failure
        else:
            on_error(failure)
