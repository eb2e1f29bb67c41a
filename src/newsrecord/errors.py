"""
Warnings, the parse policy and the strict-mode error.

A lenient parse never raises on ``str`` or ``bytes`` input: every problem it
works around becomes a `ParseWarning` on the record.  Each warning code
has a fixed severity (see `WARNING_CODES`); ``strict=True`` turns a record
that carries a warning of severity ``"error"`` into a `ParseError`.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

import attrs

from newsrecord._options import encoding_name, reference_day

if TYPE_CHECKING:
    from newsrecord.model import Article

Severity: TypeAlias = Literal["error", "info"]
"""``"error"``: the input was malformed or ambiguous and a field may be wrong
(strict mode raises); ``"info"``: something was repaired and the result is
believed right (strict mode does not raise)."""

WARNING_CODES: Final[Mapping[str, tuple[Severity, str]]] = {
    "bytes-not-utf8": (
        "error",
        "bytes input is not valid UTF-8; decoded as cp1252 (undefined bytes as latin-1)",
    ),
    "bytes-utf16": (
        "info",
        "bytes input is UTF-16 (a byte order mark, or the NUL bytes of UTF-16 without one); "
        "decoded as UTF-16",
    ),
    "bytes-invalid": (
        "error",
        "bytes input is not valid in the encoding given (Policy.encoding); "
        "the invalid bytes became U+FFFD",
    ),
    "empty-input": ("error", "the input has no visible character; the record is empty"),
    "not-text": (
        "error",
        "the input is not text (an image, an executable, compressed or binary data); "
        "the record has no field",
    ),
    "surrogates-replaced": (
        "error",
        "lone surrogate code points were replaced by U+FFFD in values",
    ),
    "control-characters": ("info", "control characters were removed from values"),
    "mojibake-repaired": ("info", "text decoded with the wrong codec (e.g. â€™) was repaired"),
    "header-date-invalid": ("error", "the crawl header's date token is not a real calendar date"),
    "not-an-article": (
        "info",
        "the page is a list of teasers or captions; no headline or paragraphs are returned",
    ),
    "multiple-stories": (
        "info",
        "the text holds more than one story; the record is the first, the rest is boilerplate",
    ),
    "date-ambiguous": (
        "error",
        "a numeric date reads both day first and month first, and nothing settles which; "
        "no date is taken from it",
    ),
    "date-year-missing": (
        "info",
        "a date without a year, and neither a header date nor reference_date to take one from",
    ),
    "regex-timeout": ("error", "a pattern ran out of time; the field it was looking for is empty"),
    "input-truncated": (
        "error",
        "the input is longer than the policy's size cap; the rest was not parsed",
    ),
    "internal-error": (
        "error",
        "an unexpected error inside the parser; the affected field is empty",
    ),
}
"""Every warning code the parser can emit: code -> (severity, what it means).

Codes are part of the public contract: adding one is a minor change, renaming
or removing one is a breaking change.
"""


@attrs.frozen(kw_only=True)
class ParseWarning:
    """
    A problem the parser worked around, with the span of input it concerns.

    ``start`` and ``end`` are offsets into the parsed string (after bytes
    decoding), or ``None`` when the warning concerns the input as a whole.
    """

    code: str
    message: str
    start: int | None = None
    end: int | None = None
    severity: Severity = "error"


@attrs.frozen(kw_only=True)
class Policy:
    """
    How to parse: every option of `newsrecord.parse` in one frozen value.

    Attributes:
        reference_date: the date the text is known to belong to; used to infer
            a year or a day/month order, never returned as the date by itself.
            A `datetime.datetime` (or pandas ``Timestamp``) gives its date and an
            ISO ``YYYY-MM-DD`` string is read; anything else raises `TypeError`.
        strict: raise `ParseError` when the record has an error warning.
        regex_timeout: seconds any one pattern may run before it is abandoned.
        max_chars: inputs longer than this are cut (``input-truncated``).
        encoding: the codec of ``bytes`` input, such as ``"cp1252"``; ``None``
            (the default) detects UTF-8 and UTF-16 and falls back to cp1252
            with a ``bytes-not-utf8`` warning.  Bytes that are invalid in the
            codec given become U+FFFD, with a ``bytes-invalid`` warning.

    .. versionchanged:: 0.1
       *reference_date* takes datetimes and ISO strings; *encoding* added.
    """

    reference_date: datetime.date | None = attrs.field(default=None, converter=reference_day)
    strict: bool = False
    regex_timeout: float = 1.0
    max_chars: int = 20_000_000
    encoding: str | None = attrs.field(default=None, converter=encoding_name)


DEFAULT: Final = Policy()
STRICT: Final = attrs.evolve(DEFAULT, strict=True)


class ParseError(ValueError):
    """
    Raised by a strict parse when the record carries a warning of error severity.

    Attributes:
        warnings: every warning of the parse, in order of position.
        article: the record the lenient parse would have returned.
        text: the parsed string (for showing the offending line).
        id: which input failed, when the error comes out of a batch:
            the id of an ``(id, text)`` pair given to `newsrecord.parse_many`,
            the position of a plain text in its input, or the id of a text read
            by `newsrecord.parse_files`; ``None`` from `newsrecord.parse`.

    It pickles, so it crosses process boundaries (worker pools, Dask, Spark).
    """

    def __init__(
        self,
        warnings: tuple[ParseWarning, ...],
        article: Article,
        text: str,
        id: Any = None,
    ) -> None:
        self.warnings = warnings
        self.article = article
        self.text = text
        self.id = id
        super().__init__(self._describe())

    def __reduce__(self) -> tuple[type[ParseError], tuple[Any, ...]]:
        # The default pickles ``self.args`` (the message) and calls ``__init__``
        # with it, which fails: a worker's error would break the pool.
        return type(self), (self.warnings, self.article, self.text, self.id)

    def _describe(self) -> str:
        first = next(w for w in self.warnings if w.severity == "error")
        lines = [f"{first.code}: {first.message}"]
        if first.start is not None and first.end is not None:
            lines.extend(_caret(self.text, first.start, first.end))
        others = sum(w.severity == "error" for w in self.warnings) - 1
        if others:
            lines.append(f"(and {others} more error warning{'s' if others > 1 else ''})")
        return "\n".join(lines)


# One character for one, so the caret stays aligned: a tab becomes a space, and
# control characters and lone surrogates (which no terminal or UTF-8 log can
# take) become U+FFFD, so that the message itself can always be printed.
_PRINTABLE: Final = {
    **dict.fromkeys([*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0xD800, 0xE000)], "\ufffd"),
    ord("\t"): " ",
}


def _caret(text: str, start: int, end: int) -> list[str]:
    """The source line holding ``start`` with ``~~~^`` under the span, as `packaging` does."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    ends = [at for at in (text.find("\n", start), text.find("\r", start)) if at >= 0]
    line_end = min(ends, default=len(text))
    shown = text[line_start:line_end][:200].translate(_PRINTABLE)
    col = min(start - line_start, len(shown))
    width = max(1, min(end, line_end) - start)
    width = min(width, max(1, len(shown) - col))
    return ["    " + shown, "    " + " " * col + "~" * (width - 1) + "^"]
