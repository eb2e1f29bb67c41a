"""
Turning the caller's input into the one string every span points into.

``bytes`` are decoded as UTF-16 when they start with a UTF-16 byte order mark,
else as UTF-8 (a UTF-8 BOM is dropped), else by the fallback: cp1252, with the
five bytes cp1252 leaves undefined read as latin-1.  cp1252 is what most
mis-labelled Western news text really is, and the latin-1 tail makes the
fallback total: it never fails, so a record always comes back.
"""

from __future__ import annotations

import codecs
from typing import Final

from newsrecord._report import Report


def _cp1252_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:  # 0x81 0x8D 0x8F 0x90 0x9D: keep latin-1's reading
            continue
    return table


# Maps latin-1 decoded C1 code points to what cp1252 means by those bytes.
_CP1252_OVER_LATIN1: Final = _cp1252_table()


def decode(data: bytes | bytearray | memoryview, report: Report) -> str:
    """Decode ``data`` by the documented rules; a fallback is recorded in ``report``."""
    raw = bytes(data)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not raw.startswith(
        codecs.BOM_UTF32_LE
    ):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
        else:
            report.defect("bytes-utf16", "decoded as UTF-16 (byte order mark found)")
            return text
    codec = _utf16_without_bom(raw)
    if codec is not None:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            report.defect("bytes-utf16", f"decoded as {codec.upper()} (no byte order mark)")
            return text
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.defect(
            "bytes-not-utf8",
            f"invalid UTF-8 at byte {exc.start}; decoded as cp1252 "
            "with latin-1 for undefined bytes",
        )
        return raw.decode("latin-1").translate(_CP1252_OVER_LATIN1)


def _utf16_without_bom(raw: bytes) -> str | None:
    """
    ``"utf-16-le"`` or ``"utf-16-be"`` when ``raw`` has the NUL bytes of UTF-16, else ``None``.

    Text in Latin, Greek or Cyrillic script written as UTF-16 has a NUL in one
    byte of every ASCII character (spaces, digits, punctuation at least) and
    in no byte of the other parity.  UTF-8 and the 8-bit codecs never put NULs
    in text, and binary data has them at both parities.
    """
    sample = raw[:_UTF16_SAMPLE]
    if len(raw) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    least = _UTF16_NUL_SHARE * len(sample) / 2
    if odd >= least and even == 0:
        return "utf-16-le"
    if even >= least and odd == 0:
        return "utf-16-be"
    return None


_UTF16_SAMPLE: Final = 4096
_UTF16_NUL_SHARE: Final = 0.15


def coerce(text: object, report: Report, encoding: str | None = None) -> str:
    """
    The input as ``str``; anything but ``str`` or bytes-like is a caller bug.

    With ``encoding``, bytes are decoded with that codec (a UTF-8 byte order
    mark dropped), invalid bytes as U+FFFD with a ``bytes-invalid`` warning.
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        if encoding is None:
            return decode(text, report)
        return _decode_as(bytes(text), encoding, report)
    raise TypeError(f"newsrecord.parse() takes str or bytes, not {type(text).__name__}")


def _decode_as(raw: bytes, encoding: str, report: Report) -> str:
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        report.defect(
            "bytes-invalid",
            f"invalid {encoding} at byte {exc.start}; invalid bytes replaced by U+FFFD",
        )
        return raw.decode(codec, errors="replace")
