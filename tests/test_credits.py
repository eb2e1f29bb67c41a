"""The credit trailer grammar: roles and the persons they credit, at the end of wire copy."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsrecord._recognise.credits import parse_credits
from newsrecord.model import Credit


def _c(role: str, *names: str) -> Credit:
    return Credit(role, names)


CREDITS = [
    pytest.param(
        "(Reporting by Ada Brenn in Halvik; Additional reporting by Cole Hart and Ines Vale;"
        " Editing by Rolf Amsel)",
        (
            _c("reporting", "Ada Brenn"),
            _c("additional reporting", "Cole Hart", "Ines Vale"),
            _c("editing", "Rolf Amsel"),
        ),
        id="wire-trailer-in-parentheses",
    ),
    pytest.param(
        "Reporting by Ada Brenn; Writing by Cole Hart; Editing by Dina Moss and Emil Sand",
        (
            _c("reporting", "Ada Brenn"),
            _c("writing", "Cole Hart"),
            _c("editing", "Dina Moss", "Emil Sand"),
        ),
        id="reporting-writing-editing",
    ),
    pytest.param("Compiled by Ada Brenn", (_c("compiled", "Ada Brenn"),), id="compiled"),
    pytest.param("Research by Cole Hart", (_c("research", "Cole Hart"),), id="research"),
    pytest.param(
        "Additional reporting by Ada Brenn in Tarnby and Cole Hart in Olmen",
        (_c("additional reporting", "Ada Brenn", "Cole Hart"),),
        id="names-with-places",
    ),
    pytest.param(
        "Reporting contributed by Ines Vale",
        (_c("contributed reporting", "Ines Vale"),),
        id="reporting-contributed-by",
    ),
    pytest.param(
        "Contributed reporting by Ines Vale",
        (_c("contributed reporting", "Ines Vale"),),
        id="contributed-reporting-by",
    ),
    pytest.param("Graphics by Dina Moss", (_c("graphics", "Dina Moss"),), id="graphics"),
    pytest.param("Photos by Emil Sand", (_c("photos", "Emil Sand"),), id="photos"),
    pytest.param("Photo by: Emil Sand", (_c("photos", "Emil Sand"),), id="photo-by-colon"),
    pytest.param(
        "Editing by Ada Brenn, Cole Hart", (_c("editing", "Ada Brenn", "Cole Hart"),), id="comma"
    ),
    pytest.param(
        "Editing by Ada Brenn, Cole Hart, and Ines Vale",
        (_c("editing", "Ada Brenn", "Cole Hart", "Ines Vale"),),
        id="oxford-comma",
    ),
    pytest.param(
        "Reporting by Ada Brenn & Cole Hart",
        (_c("reporting", "Ada Brenn", "Cole Hart"),),
        id="ampersand",
    ),
    pytest.param("Edited by Rolf Amsel", (_c("editing", "Rolf Amsel"),), id="edited-by"),
    pytest.param(
        "Translated by Lena Okafor", (_c("translation", "Lena Okafor"),), id="translated-by"
    ),
    pytest.param(
        "Reporting by Ada Brenn in New Harrow; Editing by Cole Hart",
        (_c("reporting", "Ada Brenn"), _c("editing", "Cole Hart")),
        id="two-word-place",
    ),
    pytest.param(
        "Reporting by Ada Brenn in Sao Bento de Ribeira",
        (_c("reporting", "Ada Brenn"),),
        id="place-with-particles",
    ),
    pytest.param(
        "Reporting by Ada Brenn (Tarnby); Editing by Cole Hart",
        (_c("reporting", "Ada Brenn"), _c("editing", "Cole Hart")),
        id="place-in-parentheses",
    ),
    pytest.param(
        "REPORTING BY JEAN-PAUL O'BRIEN IN KESK; EDITING BY LUISA DE LAS VEGAS",
        (_c("reporting", "Jean-Paul O'Brien"), _c("editing", "Luisa de las Vegas")),
        id="all-caps",
    ),
    pytest.param(
        "Reporting by Ada Brenn and Reuters",
        (_c("reporting", "Ada Brenn"),),
        id="agency-dropped-from-names",
    ),
    pytest.param(
        "Reporting by Reuters; Editing by Cole Hart",
        (_c("editing", "Cole Hart"),),
        id="role-of-agency-only-dropped",
    ),
    pytest.param(
        "Reporting by Ada Brenn, editing by Cole Hart",
        (_c("reporting", "Ada Brenn"), _c("editing", "Cole Hart")),
        id="roles-after-comma",
    ),
    pytest.param(
        "Reporting by Ada Brenn. Editing by Cole Hart.",
        (_c("reporting", "Ada Brenn"), _c("editing", "Cole Hart")),
        id="roles-after-full-stop",
    ),
    pytest.param(
        "[Reporting by Ada Brenn; Editing by Cole Hart]",
        (_c("reporting", "Ada Brenn"), _c("editing", "Cole Hart")),
        id="square-brackets",
    ),
    pytest.param(
        "Reporting by Tomas Reyes, Jr.; Editing by Dr. Ines Vale",
        (_c("reporting", "Tomas Reyes Jr."), _c("editing", "Ines Vale")),
        id="suffix-kept-title-dropped",
    ),
    pytest.param("Editing by Rolf K.", (_c("editing", "Rolf K."),), id="initial-keeps-period"),
    pytest.param(
        "Reporting by Ada Brenn and Ada Brenn;",
        (_c("reporting", "Ada Brenn"),),
        id="duplicate-and-trailing-semicolon",
    ),
    pytest.param(
        "Associated Press writer Ada Brenn in Tarnby contributed to this report.",
        (_c("contributing", "Ada Brenn"),),
        id="ap-writer-contributed",
    ),
    pytest.param(
        "AP writers Ada Brenn and Cole Hart contributed.",
        (_c("contributing", "Ada Brenn", "Cole Hart"),),
        id="ap-writers-contributed",
    ),
    pytest.param(
        "Ines Vale contributed to this report.",
        (_c("contributing", "Ines Vale"),),
        id="person-contributed",
    ),
    pytest.param(
        "Halvik Press writer Tova Lind in Olmen contributed to this report.",
        (_c("contributing", "Tova Lind"),),
        id="outlet-writer-contributed",
    ),
    pytest.param(
        "Olmen Courier staff writer Emil Sand contributed to this story.",
        (_c("contributing", "Emil Sand"),),
        id="staff-writer-contributed",
    ),
    pytest.param(
        "Associated Press writers Ada Brenn in Olmen, Cole Hart in Tarnby and Ines Vale"
        " contributed to this report.",
        (_c("contributing", "Ada Brenn", "Cole Hart", "Ines Vale"),),
        id="three-writers-contributed",
    ),
    pytest.param(
        "Dina Moss contributed reporting from Halvik.",
        (_c("contributed reporting", "Dina Moss"),),
        id="contributed-reporting-from",
    ),
    pytest.param("Contributing: Ines Vale", (_c("contributing", "Ines Vale"),), id="contributing"),
    pytest.param(
        "Also contributing to this report were Ada Brenn and Cole Hart.",
        (_c("contributing", "Ada Brenn", "Cole Hart"),),
        id="also-contributing",
    ),
    pytest.param(
        "Compiled by Ada Brenn for the Halvik Post",
        (_c("compiled", "Ada Brenn"),),
        id="for-an-outlet",
    ),
    pytest.param(
        "Reporting by Ada Brenn for Olmen Radio; Editing by Rolf Amsel",
        (_c("reporting", "Ada Brenn"), _c("editing", "Rolf Amsel")),
        id="for-an-outlet-then-editing",
    ),
    pytest.param("(rb/tk)", (_c("initials", "rb", "tk"),), id="slashed-initials"),
    pytest.param("(RB/TK/MS)", (_c("initials", "RB", "TK", "MS"),), id="capital-initials"),
    pytest.param("-- K.M.", (_c("initials", "K.M."),), id="dashed-initials"),
    pytest.param("— K.M.", (_c("initials", "K.M."),), id="em-dashed-initials"),
]


@pytest.mark.parametrize(("value", "expected"), CREDITS)
def test_credits(value: str, expected: tuple[Credit, ...]) -> None:
    """Each documented trailer form yields its roles and the persons they credit, in order."""
    assert parse_credits(value, 1.0) == expected


NOBODY = [
    pytest.param("The Associated Press contributed to this report.", id="agency-contributed"),
    pytest.param("Reuters contributed to this story.", id="listed-agency"),
    pytest.param("Reporting by Reuters", id="agency-reporting"),
    pytest.param("Editing by Brenn", id="lone-surname"),
    pytest.param("Reporting by Olmen Courier staff", id="outlet-staff"),
]


@pytest.mark.parametrize("value", NOBODY)
def test_trailer_crediting_nobody(value: str) -> None:
    """A trailer that credits only an agency or outlet is a trailer with no credits: ``()``."""
    assert parse_credits(value, 1.0) == ()


NOT_CREDITS = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param("By Ada Brenn", id="byline"),
    pytest.param("Written by Ada Brenn", id="written-by-byline"),
    pytest.param("Reported by Ada Brenn", id="reported-by-byline"),
    pytest.param("By Ada Brenn; Editing by Cole Hart", id="byline-first"),
    pytest.param("Contributing writer Ada Brenn", id="contributing-writer-byline"),
    pytest.param("Ada Brenn", id="bare-name"),
    pytest.param("Reporting by the ministry showed that exports rose.", id="prose-reporting"),
    pytest.param("Research by Olmen University found that wages fell.", id="prose-research"),
    pytest.param("Photos by Ada Brenn and Cole Hart show the flooded square.", id="prose-photos"),
    pytest.param("Editing by hand is slow work.", id="prose-editing"),
    pytest.param(
        "Compiled by the Olmen Statistics Office and published by the Tarnby Herald, the index"
        " fell.",
        id="prose-compiled",
    ),
    pytest.param("Ada Brenn in Olmen; Editing by Cole Hart", id="first-part-no-role"),
    pytest.param("Reporting by", id="role-without-names"),
    pytest.param("Reporting by ;", id="role-with-separator-only"),
    pytest.param("Contributing:", id="contributing-without-names"),
    pytest.param("contributed to this report.", id="contributed-without-names"),
    pytest.param("Exports contributed.", id="bare-contributed-no-person"),
    pytest.param("The ministry contributed.", id="bare-contributed-lower-case"),
    pytest.param("Tourism contributed to this report's findings.", id="contributed-prose"),
    pytest.param("(AP/AFP)", id="agencies-not-initials"),
    pytest.param("(rb)", id="single-initials-group"),
    pytest.param("(Rb/tk)", id="mixed-case-initials"),
    pytest.param("Reporting by " + ", ".join(["Ada Brenn"] * 60), id="over-long"),
]


@pytest.mark.parametrize("value", NOT_CREDITS)
def test_not_a_credit(value: str) -> None:
    """Prose, bylines and fragments are no credit trailer: ``None``."""
    assert parse_credits(value, 1.0) is None


ADVERSARIAL = [
    "Reporting by " * 10_000,
    "(" * 100_000,
    "and " * 25_000,
    "Ada Brenn in " * 8_000,
    "Reporting by Ada Brenn, " * 4_000,
    " contributed" * 8_000,
    "Reporting by A; " * 6_000,
    "Ada Brenn " * 10_000 + "contributed",
    "-- " + "K." * 50_000,
    "(" + "ab/" * 30_000 + ")",
    "Contributing: " + "Ada, " * 20_000,
]


@pytest.mark.parametrize("length", [599, 100_000], ids=["under-the-cap", "full"])
@pytest.mark.parametrize("value", ADVERSARIAL)
def test_adversarial_input_finishes(value: str, length: int) -> None:
    """Adversarial input, just under the length cap or 100,000 characters long, finishes."""
    parse_credits(value[:length], 1.0)


@pytest.mark.property
@given(st.text(max_size=300))
def test_any_text_gives_credits_or_none(value: str) -> None:
    """Any text gives ``None`` or credits that each name at least one person."""
    found = parse_credits(value, 1.0)
    assert found is None or all(credit.role and credit.names for credit in found)
