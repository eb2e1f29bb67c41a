"""
Compressed files by name: ``.gz``, ``.bz2`` and ``.xz`` from the standard library, ``.zst``
through the optional ``zstandard`` package (the ``zstd`` extra).

Reading also recognises a compressed stream by its first bytes, so that
``zcat``-less standard input is decompressed rather than parsed as text.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from typing import Any, BinaryIO, Final

SUFFIXES: Final = (".gz", ".bz2", ".xz", ".zst")
"""The compression suffixes read and written by name."""

_MAGIC: Final = (
    (b"\x1f\x8b", ".gz"),
    (b"BZh", ".bz2"),
    (b"\xfd7zXZ\x00", ".xz"),
    (b"\x28\xb5\x2f\xfd", ".zst"),
)


class MissingExtraError(ImportError):
    """An optional dependency is not installed; the message says which extra brings it."""


def suffix(name: str) -> str | None:
    """The compression suffix ``name`` ends in, or ``None``."""
    lowered = name.lower()
    return next((s for s in SUFFIXES if lowered.endswith(s)), None)


def strip(name: str) -> str:
    """``name`` without its compression suffix."""
    found = suffix(name)
    return name[: -len(found)] if found else name


def sniff(head: bytes) -> str | None:
    """The compression suffix whose magic bytes start ``head``, or ``None``."""
    return next((s for magic, s in _MAGIC if head.startswith(magic)), None)


def open_read(path: str) -> BinaryIO:
    """The file's bytes, decompressed when its name ends in a compression suffix."""
    kind = suffix(path)
    if kind == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if kind == ".bz2":
        return bz2.open(path, "rb")  # type: ignore[return-value]
    if kind == ".xz":
        return lzma.open(path, "rb")  # type: ignore[return-value]
    if kind == ".zst":
        module = _zstandard()
        return module.ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True)  # type: ignore[no-any-return]
    return open(path, "rb")


def wrap_read(raw: BinaryIO, kind: str | None) -> BinaryIO:
    """``raw`` (standard input) decompressed as ``kind`` (a suffix), or as it is for ``None``."""
    if kind is None:
        return raw
    if kind == ".gz":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if kind == ".bz2":
        return bz2.BZ2File(raw, "rb")  # type: ignore[return-value]
    if kind == ".xz":
        return lzma.LZMAFile(raw, "rb")  # type: ignore[return-value]
    return _zstandard().ZstdDecompressor().stream_reader(raw, closefd=True)  # type: ignore[no-any-return]


def open_write(path: str) -> io.BufferedIOBase:
    """A binary stream writing ``path``, compressed by its suffix; ``flush`` reaches the disk."""
    kind = suffix(path)
    if kind == ".zst":
        module = _zstandard()  # before the file is created: a missing extra leaves nothing behind
        raw = open(path, "wb")  # noqa: SIM115
        return module.ZstdCompressor().stream_writer(raw, closefd=True)  # type: ignore[no-any-return]
    if kind == ".gz":
        return _Gzip(path)
    if kind == ".bz2":
        return bz2.BZ2File(path, "wb")
    if kind == ".xz":
        return lzma.LZMAFile(path, "wb")
    return open(path, "wb")


class _Gzip(gzip.GzipFile):
    """
    gzip with no name and no time in its header: the same records give the same bytes.

    ``GzipFile(path)`` would write the file's name and the current time into
    the header, so two runs (one worker or two, ``a.gz`` or ``b.gz``) differed.
    """

    def __init__(self, path: str) -> None:
        self._raw = open(path, "wb")  # noqa: SIM115  (closed in close)
        super().__init__(filename="", mode="wb", fileobj=self._raw, mtime=0)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


def _zstandard() -> Any:
    try:
        import zstandard
    except ImportError:
        raise MissingExtraError(
            "reading or writing .zst needs the zstandard package: pip install 'newsrecord[zstd]'"
        ) from None
    return zstandard
