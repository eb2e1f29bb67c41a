#!/usr/bin/env python3
"""
Coverage-guided fuzzing of `newsrecord.parse` with atheris (libFuzzer for Python).

Each input is parsed twice: as the raw ``bytes`` (exercising the decoder) and as
a ``str`` that `atheris.FuzzedDataProvider` makes of the same bytes (ASCII,
UTF-16 or UTF-32 code points, lone surrogates included).  Every record must keep
the tolerant-parsing contract; a violation raises `ContractError` (an
``AssertionError``), which atheris reports as a crash and saves as ``crash-<sha1>``.

Checked on every input (the id in brackets starts the error message):

* ``parse`` returns an `Article` and raises nothing (any exception is a crash);
* no ``internal-error`` warning [internal-error] (the message carries the
  traceback of the swallowed exception); no ``regex-timeout`` [regex-timeout];
  every code is in `newsrecord.WARNING_CODES` with its severity [warning-code]
  and every span is inside the text [warning-span];
* the blocks are in bounds, ordered, disjoint and trimmed [block-span] and cover
  every non-white-space character of the parsed string exactly once [block-cover];
* one ``paragraph`` block per paragraph [paragraph-count]; paragraphs are
  trimmed and non-empty [paragraph-trim];
* ``Article.from_dict(a.to_dict()) == a`` [round-trip-dict] and
  ``Article.from_json(a.to_json()) == a`` [round-trip-json].

Checked on a deterministic subset (one input in ``NEWSRECORD_FUZZ_SLOW_EVERY``,
default 50, picked by a CRC of the input, so that a saved crash reproduces alone):

* ``to_dict()`` validates against `newsrecord.json_schema` with format checks [schema];
* parsing again gives an equal record [deterministic];
* ``strict=True`` raises `newsrecord.ParseError` exactly when the lenient record
  has an error warning, with that record, and otherwise returns it [strict].

With ``NEWSRECORD_FUZZ_FINDINGS=DIR`` set, the first input that fails in a given
way (same check id, or same exception type and innermost newsrecord frame) is
written to DIR and raised; later inputs that fail the same way pass silently,
so a long ``-fork`` run reports each distinct bug once instead of stopping at,
or drowning in, the first one.  Without it, every failure is raised.

Usage (see fuzz/README.md)::

    python fuzz/fuzz_parse.py /tmp/nr-corpus fuzz/corpus -dict=fuzz/news.dict -runs=2000
    python fuzz/fuzz_parse.py crash-0123abcd...      # reproduce one input
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import shlex
import sys
import traceback
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import atheris

try:
    from jsonschema import Draft202012Validator
except ImportError:  # a setup problem, not a finding
    sys.exit(
        "fuzz_parse.py needs jsonschema to check records against json_schema(): "
        "pip install -e '.[test,fuzz]'"
    )

# Only the package is instrumented (not regex or the standard library), and the
# modules it imports on first use are imported here so that they are instrumented too.
with atheris.instrument_imports(include=["newsrecord"]):
    import newsrecord
    import newsrecord._serialize
    import newsrecord.pipeline
    from newsrecord import WARNING_CODES, Article, ParseError

_SLOW_EVERY = max(1, int(os.environ.get("NEWSRECORD_FUZZ_SLOW_EVERY", "50")))
_FINDINGS = os.environ.get("NEWSRECORD_FUZZ_FINDINGS")
_VALIDATOR = Draft202012Validator(
    newsrecord.json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
)


class ContractError(AssertionError):
    """A broken promise of `newsrecord.parse`; ``check`` names which one."""

    def __init__(self, check: str, detail: str, *, signature: str | None = None) -> None:
        super().__init__(f"[{check}] {detail}")
        self.check = check
        self.signature = signature or check


# ---------------------------------------------------------------------------
# The string a record's spans point into

# cp1252 over latin-1: how `parse` documents its fallback for bytes that are not
# UTF-8 (the five bytes cp1252 leaves undefined keep their latin-1 reading).
# Written out here rather than imported, so the harness checks the documented
# rule instead of repeating the implementation.
_CP1252: dict[int, str] = {}
for _byte in range(0x80, 0xA0):
    with contextlib.suppress(UnicodeDecodeError):
        _CP1252[_byte] = bytes([_byte]).decode("cp1252")

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_LE_BOM = b"\xff\xfe\x00\x00"


def _nul_parity(data: bytes) -> str | None:
    """
    UTF-16 without a byte order mark, as docs/warnings.md (``bytes-utf16``) describes it.

    An even number of bytes; in the first 4,096, NULs at one parity only, and
    at least 15% of that parity's bytes.
    """
    head = data[:4096]
    if len(data) % 2 == 1 or len(head) < 4:
        return None
    nuls = [head[parity::2].count(0) for parity in (0, 1)]
    for parity, codec in ((1, "utf-16-le"), (0, "utf-16-be")):
        if nuls[1 - parity] == 0 and nuls[parity] >= 0.15 * len(head) / 2:
            return codec
    return None


def decoded(data: bytes) -> str:
    """The string a record's spans point into, by the decoding rules `parse` documents."""
    if data.startswith(_UTF16_BOMS) and not data.startswith(_UTF32_LE_BOM):
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("utf-16")
    codec = _nul_parity(data)
    if codec is not None:
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode(codec)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1").translate(_CP1252)


# ---------------------------------------------------------------------------
# The checks


def _show(article: Article) -> str:
    return f"\n  warnings: {article.warnings!r}\n  blocks: {article.blocks!r}"


@contextlib.contextmanager
def _unguarded() -> Iterator[None]:
    """Let exceptions out of the pipeline's last-resort guard, to see where they come from."""

    @contextlib.contextmanager
    def passthrough(*_args: object) -> Iterator[None]:
        yield

    saved = newsrecord.pipeline._guard
    newsrecord.pipeline._guard = passthrough  # type: ignore[assignment]
    try:
        yield
    finally:
        newsrecord.pipeline._guard = saved


def _where(exc: BaseException) -> str:
    """The innermost newsrecord frame of an exception's traceback, as ``module.py-line``."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "newsrecord" in f.filename]
    return f"{Path(frames[-1].filename).name}-{frames[-1].lineno}" if frames else "harness"


def _internal_error(data: str | bytes, warning: object) -> ContractError:
    """An ``internal-error`` finding, with the swallowed exception's traceback (parsed again)."""
    signature: str | None = None
    try:
        with _unguarded():
            newsrecord.parse(data)
    except Exception as exc:
        shown = "".join(traceback.format_exception(exc))
        signature = f"internal-error-{type(exc).__name__}-{_where(exc)}"
    else:
        shown = "(parsing again without the guard raised nothing)\n"
    return ContractError(
        "internal-error",
        f"{warning!r}\n--- the swallowed exception ---\n{shown}",
        signature=signature,
    )


def check_warnings(data: str | bytes, text: str, article: Article) -> None:
    """No internal error or regex time-out; known codes and severities; spans in bounds."""
    for warning in article.warnings:
        if warning.code == "internal-error":
            raise _internal_error(data, warning)
        if warning.code == "regex-timeout":
            raise ContractError("regex-timeout", f"{warning!r} on {len(text)} characters")
        if WARNING_CODES.get(warning.code, ("?",))[0] != warning.severity:
            raise ContractError("warning-code", f"unknown code or wrong severity: {warning!r}")
        if (warning.start is None) != (warning.end is None) or (
            warning.start is not None
            and warning.end is not None
            and not 0 <= warning.start <= warning.end <= len(text)
        ):
            raise ContractError("warning-span", f"{warning!r} in a text of {len(text)} characters")


def check_blocks(text: str, article: Article) -> None:
    """Blocks are ordered, disjoint, trimmed spans covering each visible character once."""
    previous_end = 0
    for block in article.blocks:
        if not (
            previous_end <= block.start < block.end <= len(text)
            and not text[block.start].isspace()
            and not text[block.end - 1].isspace()
        ):
            raise ContractError(
                "block-span",
                f"{block} is out of bounds, overlaps its predecessor (which ends at "
                f"{previous_end}) or is untrimmed; text has {len(text)} characters{_show(article)}",
            )
        gap = text[previous_end : block.start]
        if gap.strip():
            raise ContractError(
                "block-cover",
                f"visible characters {gap.strip()[:40]!r} before {block} are in no block"
                f"{_show(article)}",
            )
        previous_end = block.end
    tail = text[previous_end:]
    if tail.strip():
        raise ContractError(
            "block-cover",
            f"visible characters {tail.strip()[:40]!r} after offset {previous_end} are in no "
            f"block{_show(article)}",
        )


def check_paragraphs(article: Article) -> None:
    """One paragraph block per paragraph; each paragraph trimmed and non-empty."""
    blocks = sum(block.kind == "paragraph" for block in article.blocks)
    if blocks != len(article.paragraphs):
        raise ContractError(
            "paragraph-count",
            f"{blocks} paragraph blocks for {len(article.paragraphs)} paragraphs"
            f"\n  paragraphs: {article.paragraphs!r}{_show(article)}",
        )
    for paragraph in article.paragraphs:
        if not paragraph or paragraph != paragraph.strip():
            raise ContractError(
                "paragraph-trim",
                f"empty or untrimmed paragraph {paragraph[:60]!r}"
                f"\n  paragraphs: {article.paragraphs!r}{_show(article)}",
            )


def check_round_trip(article: Article) -> dict[str, Any]:
    """``from_dict(to_dict())`` and ``from_json(to_json())`` give the record back."""
    as_dict = article.to_dict()
    again = Article.from_dict(as_dict)
    if again != article:
        raise ContractError("round-trip-dict", f"\n  parsed: {article!r}\n  rebuilt: {again!r}")
    again = Article.from_json(article.to_json())
    if again != article:
        raise ContractError("round-trip-json", f"\n  parsed: {article!r}\n  rebuilt: {again!r}")
    return as_dict


def check_slow(data: str | bytes, article: Article, as_dict: dict[str, Any]) -> None:
    """Schema validation, determinism, and strict mode agreeing with the lenient record."""
    errors = sorted(_VALIDATOR.iter_errors(as_dict), key=lambda e: list(e.absolute_path))
    if errors:
        raise ContractError(
            "schema",
            "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]),
        )
    if newsrecord.parse(data) != article:
        raise ContractError("deterministic", "parsing twice gave different records")
    has_error = any(w.severity == "error" for w in article.warnings)
    try:
        strict = newsrecord.parse(data, strict=True)
    except ParseError as exc:
        str(exc)  # the caret message must render for any input
        if not has_error or exc.article != article or exc.warnings != article.warnings:
            raise ContractError(
                "strict", f"ParseError disagrees with the lenient record: {exc}"
            ) from exc
    else:
        if has_error or strict != article:
            raise ContractError("strict", "strict parse did not raise, or differs from lenient")


def check(data: str | bytes, text: str, *, slow: bool) -> None:
    """Parse ``data`` (whose parsed string is ``text``) and check the whole contract."""
    article = newsrecord.parse(data)
    if not isinstance(article, Article):
        raise ContractError("article", f"parse returned {type(article).__name__}")
    check_warnings(data, text, article)
    check_blocks(text, article)
    check_paragraphs(article)
    as_dict = check_round_trip(article)
    if slow:
        check_slow(data, article, as_dict)


# ---------------------------------------------------------------------------
# De-duplication of findings in long runs


def _signature(exc: BaseException) -> str:
    """What makes two failures the same bug: the check, or where the exception came from."""
    if isinstance(exc, ContractError):
        return exc.signature
    return f"{type(exc).__name__}-{_where(exc)}"


def _seen_before(exc: BaseException, data: bytes) -> bool:
    """Whether this kind of failure is already in the findings folder (else record it)."""
    if not _FINDINGS:
        return False
    folder = Path(_FINDINGS)
    folder.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", _signature(exc))
    path = folder / f"{name}.txt"
    if path.exists():
        return True
    shown = "".join(traceback.format_exception(exc))
    path.write_text(
        f"signature: {name}\ninput ({len(data)} bytes): {data!r}\n"
        f"base64: {base64.b64encode(data).decode()}\n\n{shown}",
        encoding="utf-8",
    )
    return False


# ---------------------------------------------------------------------------
# The fuzz target


def TestOneInput(data: bytes) -> None:  # noqa: N802 - the name atheris looks for
    """One fuzz input: the raw bytes, then a unicode string drawn from them."""
    slow = zlib.crc32(data) % _SLOW_EVERY == 0
    try:
        check(data, decoded(data), slow=slow)
        text = atheris.FuzzedDataProvider(data).ConsumeUnicode(len(data))
        check(text, text, slow=slow)
    except Exception as exc:
        if not _seen_before(exc, data):
            raise


def main() -> None:
    """Run libFuzzer on `TestOneInput` with the command line's options."""
    # libFuzzer runs itself again through the shell for -fork, -jobs and
    # -minimize_crash, from argv[0]: name this interpreter as well as the script,
    # so that the children run in the same environment, activated or not.
    argv0 = f"{shlex.quote(sys.executable)} {shlex.quote(os.path.abspath(sys.argv[0]))}"
    atheris.Setup([argv0, *sys.argv[1:]], TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
