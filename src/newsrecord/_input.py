"""
What `newsrecord.parse` checks before it reads a text: whether the input is text at all.

An input with no visible character gets ``empty-input``; one that is not text
(an executable, an image, a compressed file, a database) gets ``not-text``.
Both have error severity, and the record has no field at all: reading a PNG
header as a headline would invent one.  (The options are checked in
``_options``, which `newsrecord.Policy` uses too.)
"""

from __future__ import annotations

from typing import Final

import regex

from newsrecord._report import Report
from newsrecord._text import INVISIBLE, trim
from newsrecord.model import Article, Block

# The first bytes of formats that turn up where text was expected: a crawl
# folder with a stray image, a compressed dump piped without `zcat`.
_SIGNATURES: Final = (
    (b"\x7fELF", "an ELF executable"),
    (b"MZ\x90\x00", "a Windows executable"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"BZh91AY&SY", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"PAR1", "a Parquet file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Control characters other than the white space ones (tab, line and page
# breaks): text has almost none, binary data about one byte in ten or more.
_CONTROL: Final = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]", regex.V1)
_SAMPLE: Final = 8192
_CONTROL_SHARE: Final = 0.1

_BLANK: Final = regex.compile(rf"[\s{INVISIBLE}]*+", regex.V1)


def refused(raw: object, text: str, report: Report) -> Article | None:
    """
    The record of an input that is empty or not text, or ``None`` to parse it.

    ``raw`` is the caller's input and ``text`` its decoded string; the warning
    is recorded in ``report`` and comes first on the record.
    """
    if _BLANK.fullmatch(text):
        report.defect("empty-input", "the input has no visible character")
        return _record(report, _set_aside(text))
    reason = _not_text(raw, text)
    if reason is None:
        return None
    report.defect("not-text", f"the input is not text: {reason}")
    return _record(report, _set_aside(text))


def _set_aside(text: str) -> tuple[Block, ...]:
    """One boilerplate block over the input, so that every character stays in a block."""
    # Invisible characters (a soft hyphen, a zero-width space) are not white
    # space: the blocks still account for them, as they do in any record.
    start, end = trim(text, 0, len(text))
    return (Block("boilerplate", start, end),) if start < end else ()


def _not_text(raw: object, text: str) -> str | None:
    """Why the input is not text, or ``None`` when it is."""
    if isinstance(raw, (bytes, bytearray, memoryview)):
        head = bytes(raw[:16])
        for signature, kind in _SIGNATURES:
            if head.startswith(signature):
                return f"it starts like {kind}"
    sample = text[:_SAMPLE]
    controls = sum(1 for _ in _CONTROL.finditer(sample))
    if controls > _CONTROL_SHARE * len(sample):
        share = round(100 * controls / len(sample))
        return f"{share}% of its first {len(sample)} characters are control characters"
    return None


def _record(report: Report, blocks: tuple[Block, ...]) -> Article:
    """A record with no field: the input's own warning first, then any from decoding."""
    first = report.warnings[-1]
    others = tuple(w for w in report.sorted() if w is not first)
    return Article(warnings=(first, *others), blocks=blocks)
