"""
The layout matrix: parsing every rendered layout gives the drawn article back.

The first half holds the parser to the matrix (per field, accuracy at least 0.98 and precision at
least 0.99 over a fixed-seed run); a failure lists the misses with their family, field and text.
The second half checks the generator itself, so that a miss can be trusted to be the parser's.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.layouts import compare, render, run, textops
from tests.layouts.model import Expected, Rendering

SEED = 0
# Ten documents of each variant: a few hundred in all, about a second of parsing.
COUNT = 10 * len(render.RENDERERS)
MIN_ACCURACY = 0.98
MIN_PRECISION = 0.99
SHOWN_MISSES = 5


@pytest.fixture(scope="module")
def tally() -> compare.Tally:
    """The tally of the fixed-seed run, computed once for the module."""
    return run.run(SEED, COUNT)


def _report(tally: compare.Tally, field: str, what: str, value: float | None) -> str:
    per_family = {
        family: run.figures(tally, family)[field if what == "accuracy" else f"{field}.precision"]
        for family in render.FAMILIES
    }
    misses = [m for m in tally.misses if m.field == field]
    shown = "\n\n".join(run.describe(m, 1200) for m in misses[:SHOWN_MISSES])
    families = ", ".join(f"{k}={v:.3f}" for k, v in per_family.items() if v is not None)
    return (
        f"{field} {what} {value} over {tally.docs} documents (seed {SEED}); by family: "
        f"{families}; {len(misses)} misses, the first {SHOWN_MISSES}:\n\n{shown}"
    )


def test_no_crash(tally: compare.Tally) -> None:
    """No rendered layout makes the parser raise."""
    assert not tally.crashes, tally.crashes[:3]


@pytest.mark.parametrize("field", compare.FIELDS)
def test_field_accuracy(tally: compare.Tally, field: str) -> None:
    """Each field is right on at least 98% of the rendered documents."""
    value = tally.score("all", field).accuracy
    assert value is not None
    assert value >= MIN_ACCURACY, _report(tally, field, "accuracy", value)


@pytest.mark.parametrize("field", [f for f in compare.FIELDS if f != "paragraphs"])
def test_field_precision(tally: compare.Tally, field: str) -> None:
    """Where the parser gives a field, it is right at least 99% of the time."""
    value = tally.score("all", field).precision
    assert value is None or value >= MIN_PRECISION, _report(tally, field, "precision", value)


# --- the generator ------------------------------------------------------------------------------

_UNMOJIBAKE = {broken: clean for clean, broken in textops.MOJIBAKE.items()}
_BLANKS: Final = re.compile(r"[\s\u00a0]+")
_LINE_END_HYPHEN: Final = re.compile(r"-\r?\n")


def plain(text: str) -> str:
    """What a reader sees: mojibake undone, invisible characters dropped, hyphens and line
    breaks ignored, case and white space normalized (as the comparison does)."""
    for broken, clean in _UNMOJIBAKE.items():
        text = text.replace(broken, clean)
    text = _LINE_END_HYPHEN.sub("-", text.replace(textops.ZWSP, ""))
    return _BLANKS.sub(" ", compare.norm_para(_BLANKS.sub(" ", text))).strip()


def occurs(value: str, text: str) -> bool:
    """`value` is in `text` once both are reduced by :func:`plain`."""
    return plain(value) in plain(text)


# The abbreviations RECORD.md expands: a publisher is credited by its name or by these forms.
CREDIT_FORMS = {
    "Associated Press": ("AP",),
    "Anadolu Agency": ("AA",),
    "TASS": ("ТАСС",),
    "Reuters": ("Reuter",),
}


def _credited(publisher: str, text: str) -> bool:
    """The publisher's name, its abbreviation, or its name run together (a web address)."""
    forms = (publisher, *CREDIT_FORMS.get(publisher, ()))
    if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text, re.IGNORECASE) for f in forms):
        return True
    return compare.outlet_key(publisher) in compare.SQUASH.sub("", text.casefold())


def _fields_in_text(doc: Rendering) -> None:
    exp, text = doc.expected, doc.text
    if exp.headline is not None:
        assert occurs(exp.headline, text), exp.headline
    for name in exp.authors:
        assert compare.norm(name) in compare.norm(text), name
    for paragraph in exp.paragraphs:
        for row in paragraph.split("\n"):
            assert occurs(row, text), row
    for place in (exp.dateline_location, exp.dateline_agency):
        assert place is None or occurs(place, text), place
    assert exp.publisher is None or _credited(exp.publisher, text), exp.publisher


@given(seed=st.integers(0, 10**6), index=st.integers(0, 10**4))
@pytest.mark.property
def test_expected_fields_occur_in_the_text(seed: int, index: int) -> None:
    """Every expected headline, author, paragraph, dateline part and publisher is in the text."""
    _fields_in_text(render.rendering(seed, index))


@pytest.mark.parametrize("label", list(render.RENDERERS))
def test_every_variant_keeps_its_fields_in_the_text(label: str) -> None:
    """For every variant in turn, the expected fields can be found in the rendered text."""
    index = list(render.RENDERERS).index(label)
    for cycle in range(5):
        _fields_in_text(render.rendering(SEED, index + cycle * len(render.RENDERERS)))


@given(seed=st.integers(0, 10**6), index=st.integers(0, 10**4))
@pytest.mark.property
def test_renderings_are_deterministic(seed: int, index: int) -> None:
    """The same seed and index always give the same text and expected fields."""
    assert render.rendering(seed, index) == render.rendering(seed, index)


def test_seeds_give_different_runs() -> None:
    """Two seeds give two different runs."""
    first = [d.text for d in render.renderings(1, 20)]
    assert first != [d.text for d in render.renderings(2, 20)]


def test_every_family_and_variant_is_drawn() -> None:
    """A run as long as the list of renderers draws each variant, so each family."""
    labels = {doc.label for doc in render.renderings(SEED, len(render.RENDERERS))}
    assert labels == set(render.RENDERERS)
    assert {label.split(".")[0] for label in labels} == set(render.FAMILIES)


@given(seed=st.integers(0, 10**6), index=st.integers(0, 10**4))
@pytest.mark.property
def test_expected_values_are_well_formed(seed: int, index: int) -> None:
    """Expected dates are ISO dates; names, headline and paragraphs are clean NFC strings."""
    exp = render.rendering(seed, index).expected
    if exp.date is not None:
        datetime.date.fromisoformat(exp.date)
    for value in (exp.headline, *exp.authors, *exp.paragraphs):
        assert value is None or (value == value.strip() and value)
        assert value is None or unicodedata.is_normalized("NFC", value)


# --- the comparison -----------------------------------------------------------------------------

PERFECT = Expected(
    headline="Harbour board lifts dredging ban",
    authors=("Oda Pellinen", "Kai Voss"),
    publisher="Associated Press",
    date="2021-03-04",
    dateline_location="PORT ALDER",
    dateline_agency="AP",
    paragraphs=("The board said the well-known survey found nothing.", "Net 12.4\nRevs 88.3"),
)


def test_a_matching_record_scores_every_field_right() -> None:
    """A record with the expected values, in other forms, is right on every field."""
    record = {
        "headline": "HARBOUR BOARD  LIFTS DREDGING BAN",
        "authors": [{"name": "ODA PELLINEN"}, {"name": "Kai Voss", "role": "Staff Writer"}],
        "publisher": "The Associated Press",
        "date": "2021-03-04",
        "dateline": {"location": "Port Alder", "agency": "AP", "raw": "PORT ALDER (AP) —"},
        "paragraphs": [
            "The board said the wellknown survey found nothing.",
            "Net 12.4",
            "Revs 88.3",
        ],
    }
    assert all(c.ok for c in compare.check(record, PERFECT))


@pytest.mark.parametrize(
    ("field", "record"),
    [
        pytest.param(
            "authors",
            {"authors": [{"name": "Kai Voss"}, {"name": "Oda Pellinen"}]},
            id="authors-order-kept",
        ),
        pytest.param("publisher", {"publisher": "AP Television"}, id="publisher-other-outlet"),
        pytest.param("date", {"date": "2021-04-03"}, id="date-day-month-swapped"),
        pytest.param(
            "paragraphs",
            {"paragraphs": ["The board said the well known survey"]},
            id="paragraph-cut-short",
        ),
    ],
)
def test_a_wrong_value_is_a_miss(field: str, record: dict[str, object]) -> None:
    """Leniency is on form only: a different value is a miss."""
    results = {c.field: c for c in compare.check(record, PERFECT)}
    assert not results[field].ok


def test_precision_counts_only_given_values() -> None:
    """Precision is the share right among documents where the parser gave a value."""
    tally = compare.Tally()
    nothing = Expected(None, (), None, None, None, None, ())
    tally.add("A.body", "", compare.check({"headline": "Menu"}, nothing))
    tally.add("A.body", "", compare.check({}, nothing))
    score = tally.score("all", "headline")
    assert (score.accuracy, score.precision) == (0.5, 0.0)
    assert tally.score("A", "publisher").precision is None


@pytest.mark.parametrize(
    ("got", "want"),
    [
        ("KYODO NEWS", "Kyodo"),
        ("Vesk Times", "The Vesk Times"),
        ("veskinfo.az", "VESKINFO.AZ"),
        ("lornbycourier.example", "Lornby Courier"),
        ("PR Newswire", "PRNewswire"),
    ],
)
def test_same_outlet_is_lenient_on_form(got: str, want: str) -> None:
    """Outlet names match across case, spaces, `The`, web endings and generic suffixes."""
    assert compare.same_outlet(got, want)
