"""The record classes: frozen, slotted, hashable values whose collections are tuples."""

from __future__ import annotations

import datetime
import pickle

import attrs
import pytest
from attrs import AttrsInstance
from hypothesis import given

from newsrecord import Article, Author, Block, Credit, Dateline, ParseWarning, Policy
from tests.strategies import articles

SAMPLES = [
    pytest.param(Author(name="Anouk Lindqvist", role="Staff Writer"), "name", id="author"),
    pytest.param(
        Dateline(raw="VESKA (Kestrelpost) —", location="VESKA"), "location", id="dateline"
    ),
    pytest.param(Credit("editing", ("Radek Strand",)), "role", id="credit"),
    pytest.param(Block("paragraph", 0, 10), "start", id="block"),
    pytest.param(ParseWarning(code="control-characters", message="removed"), "code", id="warning"),
    pytest.param(Article(headline="Ferry schedule changes"), "headline", id="article"),
    pytest.param(Policy(), "strict", id="policy"),
]


@pytest.mark.parametrize(("value", "field"), SAMPLES)
def test_records_are_frozen(value: AttrsInstance, field: str) -> None:
    """Assigning to a field of any record class raises FrozenInstanceError."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, field, None)


@pytest.mark.parametrize(("value", "field"), SAMPLES)
def test_records_are_slotted(value: AttrsInstance, field: str) -> None:
    """Record classes use slots: no per-instance ``__dict__``."""
    assert "__slots__" in type(value).__dict__
    assert not hasattr(value, "__dict__")
    assert field in attrs.fields_dict(type(value))


@pytest.mark.parametrize(("value", "field"), SAMPLES)
def test_records_are_hashable_and_equal_to_copies(value: AttrsInstance, field: str) -> None:
    """Equal records hash equally, so records can be set members and dict keys."""
    copy = pickle.loads(pickle.dumps(value))
    assert copy is not value
    assert copy == value
    assert hash(copy) == hash(value)
    assert len({value, copy}) == 1


def test_article_collections_become_tuples() -> None:
    """Lists given for an Article's collections are stored as tuples."""
    article = Article(
        authors=[Author(name="Ines Okafor")],
        paragraphs=["One.", "Two."],
        credits=[Credit("reporting", ["Mirko Brannagh", "Zélie Delacroix"])],
        warnings=[ParseWarning(code="control-characters", message="removed", severity="info")],
        blocks=[Block("paragraph", 0, 4), Block("paragraph", 6, 10)],
    )
    assert article.authors == (Author(name="Ines Okafor"),)
    assert article.paragraphs == ("One.", "Two.")
    assert article.credits == (Credit("reporting", ("Mirko Brannagh", "Zélie Delacroix")),)
    assert isinstance(article.credits[0].names, tuple)
    assert isinstance(article.warnings, tuple)
    assert article.blocks == (Block("paragraph", 0, 4), Block("paragraph", 6, 10))
    hash(article)


def test_empty_article_has_nulls_and_empty_tuples() -> None:
    """An Article built with no arguments has None fields and empty tuples."""
    article = Article()
    assert article.headline is None
    assert article.date is None
    assert article.published is None
    assert article.dateline is None
    assert article.authors == ()
    assert article.paragraphs == ()
    assert article.blocks == ()
    assert article.body == ""


def test_body_joins_paragraphs_with_blank_lines() -> None:
    """``Article.body`` is the paragraphs joined by one blank line."""
    assert Article(paragraphs=("One.", "Two.")).body == "One.\n\nTwo."


@given(articles())
def test_generated_records_are_hashable(article: Article) -> None:
    """Any record hashes, and equal records hash alike."""
    assert hash(article) == hash(attrs.evolve(article))


@given(articles())
def test_records_pickle_round_trip(article: Article) -> None:
    """A record unpickles equal to itself."""
    assert pickle.loads(pickle.dumps(article)) == article


def test_zone_aware_and_naive_published_differ() -> None:
    """A naive and a zone-aware ``published`` of the same wall time are different records."""
    naive = datetime.datetime(2021, 1, 14, 9, 30)
    aware = naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=4)))
    assert Article(published=naive) != Article(published=aware)
