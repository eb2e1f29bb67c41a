"""
Properties every parse must have, whatever the input: no exception, the same
answer twice, blocks that account for every visible character exactly once,
paragraphs that are clean strings, and strict mode raising exactly when the
lenient record carries an error.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsrecord
from newsrecord import Article, ParseError
from newsrecord._text import clean
from tests.strategies import wire_texts

pytestmark = pytest.mark.property

CORPORA_ROOT = Path(__file__).parents[2] / "shared" / "corpora"
CORPORA = ("aquaint-duc", "bbc", "crawl-synthetic", "reuters21578")

# Any input a caller may pass: news-like text, arbitrary text, arbitrary bytes.
inputs = wire_texts() | st.text() | st.binary()


def decoded(data: str | bytes) -> str:
    """The string the record's spans point into, by the documented decoding rules."""
    if isinstance(data, str):
        return data
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(
        codecs.BOM_UTF32_LE
    ):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    without_bom = _utf16_by_nuls(data)
    if without_bom is not None:
        return without_bom
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return "".join(
            bytes([b]).decode("cp1252", errors="replace").replace("\ufffd", chr(b)) for b in data
        )


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 with no byte order mark, told by NULs at one parity only (docs/warnings.md)."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    low, high = sample[1::2].count(0), sample[0::2].count(0)  # NULs at odd, at even offsets
    codec = "utf-16-le" if high == 0 and low >= 0.15 * len(sample) / 2 else None
    if low == 0 and high >= 0.15 * len(sample) / 2:
        codec = "utf-16-be"
    try:
        return None if codec is None else data.decode(codec)
    except UnicodeDecodeError:
        return None


def assert_blocks_cover(text: str, article: Article) -> None:
    """Blocks are ordered, disjoint, trimmed spans holding every visible character once."""
    covered = [0] * len(text)
    previous_end = 0
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(text), block
        assert block.start >= previous_end, f"{block} overlaps or precedes its predecessor"
        assert not text[block.start].isspace(), f"{block} starts with white space"
        assert not text[block.end - 1].isspace(), f"{block} ends with white space"
        previous_end = block.end
        for i in range(block.start, block.end):
            covered[i] += 1
    missed = [i for i, ch in enumerate(text) if not ch.isspace() and covered[i] != 1]
    assert not missed, f"visible characters outside any block at {missed[:10]}"


@given(inputs)
def test_parse_never_raises(data: str | bytes) -> None:
    """A lenient parse of any str or bytes returns an Article."""
    assert isinstance(newsrecord.parse(data), Article)


@given(inputs)
def test_parse_is_deterministic(data: str | bytes) -> None:
    """Parsing the same input twice gives equal records."""
    assert newsrecord.parse(data) == newsrecord.parse(data)


@given(inputs)
def test_blocks_cover_every_visible_character_once(data: str | bytes) -> None:
    """Blocks are sorted, disjoint, in bounds, trimmed, and cover each visible character once."""
    assert_blocks_cover(decoded(data), newsrecord.parse(data))


@given(inputs)
def test_one_paragraph_block_per_paragraph(data: str | bytes) -> None:
    """The record has exactly as many ``paragraph`` blocks as paragraphs."""
    article = newsrecord.parse(data)
    kinds = [block.kind for block in article.blocks]
    assert kinds.count("paragraph") == len(article.paragraphs)


@given(inputs)
def test_paragraphs_are_trimmed_and_non_empty(data: str | bytes) -> None:
    """Every paragraph is a non-empty string with no white space at either end."""
    for paragraph in newsrecord.parse(data).paragraphs:
        assert paragraph
        assert paragraph == paragraph.strip()


def _letters(value: str) -> str:
    """The letters and digits of a value, so that spacing, hyphens and markers do not count."""
    return "".join(c for c in unicodedata.normalize("NFC", value) if c.isalnum())


@given(inputs)
def test_paragraphs_come_only_from_their_own_blocks(data: str | bytes) -> None:
    """A paragraph's text lies inside its own paragraph block: never in boilerplate or credits."""
    article = newsrecord.parse(data)
    text = decoded(data)
    spans = [b for b in article.blocks if b.kind == "paragraph"]
    for paragraph, block in zip(article.paragraphs, spans, strict=True):
        assert _letters(paragraph) in _letters(clean(text[block.start : block.end]))


@given(inputs)
def test_strict_raises_exactly_when_lenient_has_an_error(data: str | bytes) -> None:
    """``strict=True`` raises ParseError iff the lenient record has an error-severity warning."""
    lenient = newsrecord.parse(data)
    if any(w.severity == "error" for w in lenient.warnings):
        with pytest.raises(ParseError) as raised:
            newsrecord.parse(data, strict=True)
        assert raised.value.article == lenient
        assert raised.value.warnings == lenient.warnings
    else:
        assert newsrecord.parse(data, strict=True) == lenient


@pytest.mark.parametrize("corpus", CORPORA)
def test_corpus_texts_are_covered_without_internal_errors(corpus: str) -> None:
    """Every corpus text parses with full block coverage and no internal error."""
    folder = CORPORA_ROOT / corpus
    if not folder.is_dir():
        pytest.skip(f"evaluation corpus {folder} not found (it is not part of the repository)")
    paths = sorted(folder.glob("*.txt"))
    assert paths, f"no .txt files in {folder}"
    for path in paths:
        text = path.read_text(encoding="utf-8")
        article = newsrecord.parse(text)
        assert_blocks_cover(text, article)
        codes = [w.code for w in article.warnings]
        assert "internal-error" not in codes, f"{path.name}: {article.warnings}"
