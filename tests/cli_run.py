"""The command line run in this process, as ``main(argv)``, with its own stdin, stdout, stderr."""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

from newsrecord.cli import main


@attrs.frozen
class Result:
    """What a run of the command line gave."""

    returncode: int
    stdout: str
    stderr: str


def invoke(*args: str | Path, stdin: bytes = b"") -> Result:
    """Run ``newsrecord ARGS`` in-process, ``stdin`` as standard input; capture both outputs."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.StringIO()
    feed = io.TextIOWrapper(io.BufferedReader(io.BytesIO(stdin)), encoding="utf-8")
    with contextlib.ExitStack() as stack:
        stack.enter_context(_swapped("stdin", feed))
        stack.enter_context(_swapped("stdout", out))
        stack.enter_context(_swapped("stderr", err))
        code = main([str(arg) for arg in args])
    out.flush()
    written = out.buffer.getvalue()
    return Result(code, written.decode("utf-8"), err.getvalue())


@contextlib.contextmanager
def _swapped(name: str, stream: object) -> Iterator[None]:
    previous = getattr(sys, name)
    setattr(sys, name, stream)
    try:
        yield
    finally:
        setattr(sys, name, previous)
