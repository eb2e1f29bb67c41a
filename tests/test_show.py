"""The renderer behind ``newsrecord show``: summary, gutter of block kinds, colour, escapes."""

from __future__ import annotations

import datetime

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsrecord
from newsrecord import Article, Block, ParseWarning
from newsrecord.show import (
    KIND_COLORS,
    MAX_KINDS_WIDTH,
    body_lines,
    line_kinds,
    render,
    summary_lines,
)
from tests.strategies import articles, wire_texts

CRAWL = (
    " date 2021-01-14 By Lornby Courier\n\n"
    "By Anouk Lindqvist\n\n"
    "The harbour council voted on Tuesday to keep the old ferry running.\n\n"
    "Share this article\n"
)
WIRE = (
    "Ferry fares rise in Kestra\n\n"
    "KESTRA, Norland, Jan. 12 (Trend) - Ferry operators raised fares by\n"
    "12 percent on Monday, port officials said.\n\n"
    "The new timetable starts in March.\n"
)
CREDITED = (
    "Tidewatch dock strike ends\n\n"
    "EASTMERE (Vellumwire) - Dock workers returned to work on Friday.\n\n"
    "The union said talks with the port would continue.\n\n"
    "(Reporting by Radek Varga-Holm; Editing by Sunniva Brannagh)\n\n"
    "© 2022 Vellumwire. All rights reserved.\n"
)
CRLF = (
    "Harbour lights return\r\n\r\nBy ZÉLIE OKAFOR\r\n\r\n"
    "The lights on the old quay were switched on again on Saturday.\r\rResidents cheered."
)
INVALID_HEADER = " date 2021-02-30 By Kestrelpost\n\nThe bridge reopened on Monday."
BLANKS = "Quiet week in Port Alder\n   \n\t\nNothing happened in Port Alder this week.\n"
CONTROLS = "Bell\x07 rings \x1b[31mred\n\nThe end.\x7f"

HP, PARA1, PARA2 = ("headline",), ("¶1",), ("¶2",)

LINE_KINDS = [
    pytest.param(
        CRAWL,
        [("header", "byline"), (), ("byline",), (), PARA1, (), ("boilerplate",)],
        id="crawl-header-and-byline-on-one-line",
    ),
    pytest.param(
        WIRE, [HP, (), ("dateline", "¶1"), PARA1, (), PARA2], id="wire-dateline-and-wrapped-lead"
    ),
    pytest.param(
        CREDITED,
        [HP, (), ("dateline", "¶1"), (), PARA2, (), ("credit",), (), ("boilerplate",)],
        id="credit-and-copyright",
    ),
    pytest.param(CRLF, [HP, (), ("byline",), (), PARA1, (), PARA2], id="crlf-and-lone-cr"),
    pytest.param(INVALID_HEADER, [("header", "byline"), (), PARA1], id="invalid-header-date"),
    pytest.param(BLANKS, [HP, (), (), PARA1], id="white-space-lines-are-blank"),
    pytest.param(" date 2023-05-02", [("header",)], id="header-only"),
    pytest.param("", [], id="empty"),
    pytest.param("\n", [()], id="one-empty-line"),
]

TEXTS = [CRAWL, WIRE, CREDITED, CRLF, INVALID_HEADER, BLANKS, CONTROLS, "", "\n"]

# An SGR sequence, as the renderer writes them.
SGR = regex.compile(r"\x1b\[[0-9;]*m")


def input_lines(text: str) -> list[str]:
    """The lines of ``text`` as `newsrecord.parse` splits them: at CRLF, CR or LF only."""
    flat = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = flat.split("\n")
    return lines[:-1] if flat.endswith("\n") or not flat else lines


def shown_text(line: str) -> str:
    """The text part of a body line, after the gutter's ``|``."""
    return line.split(" | ", 1)[1] if " | " in line else ""


@pytest.mark.parametrize(("text", "expected"), LINE_KINDS)
def test_line_kinds(text: str, expected: list[tuple[str, ...]]) -> None:
    """Each line is labelled with the kinds of the blocks on it, paragraphs as ¶N."""
    kinds = line_kinds(text, newsrecord.parse(text))
    assert kinds == list(enumerate(expected, 1))


@pytest.mark.parametrize(("text", "expected"), LINE_KINDS)
def test_gutter_shows_line_kinds(text: str, expected: list[tuple[str, ...]]) -> None:
    """The body's gutter names the same kinds as `line_kinds`, joined by ``+``."""
    lines = body_lines(text, newsrecord.parse(text))
    gutters = [(line.split(" |", 1)[0][4:].split() or [""])[0] for line in lines]
    assert gutters == ["+".join(kinds) for kinds in expected]


@pytest.mark.parametrize("text", [CRAWL, WIRE, CREDITED, CRLF, INVALID_HEADER])
def test_every_input_line_appears_in_order(text: str) -> None:
    """The body holds each input line once, in order, after its gutter."""
    lines = body_lines(text, newsrecord.parse(text))
    assert [shown_text(line) for line in lines] == input_lines(text)


@pytest.mark.parametrize("text", TEXTS)
def test_render_is_summary_blank_line_body(text: str) -> None:
    """`render` is the summary, one blank line and the body, each line ending in a newline."""
    article = newsrecord.parse(text)
    expected = [*summary_lines(text, article), "", *body_lines(text, article)]
    assert render(text, article) == "".join(line + "\n" for line in expected)


@pytest.mark.parametrize("text", TEXTS)
def test_plain_output_has_no_escape_character(text: str) -> None:
    """Without colour the output holds no ESC at all, even when the text does."""
    assert "\x1b" not in render(text, newsrecord.parse(text))


@pytest.mark.parametrize("text", [t for t in TEXTS if t.strip()])
def test_colour_output_adds_only_sgr_codes(text: str) -> None:
    """With colour the output has SGR codes, and without them it is the plain output."""
    article = newsrecord.parse(text)
    coloured = render(text, article, color=True)
    assert SGR.search(coloured)
    assert SGR.sub("", coloured) == render(text, article)


@pytest.mark.parametrize(
    ("kind", "piece"),
    [
        pytest.param("dateline", "EASTMERE (Vellumwire) -", id="dateline"),
        pytest.param("headline", "Tidewatch dock strike ends", id="headline"),
        pytest.param(
            "credit", "(Reporting by Radek Varga-Holm; Editing by Sunniva Brannagh)", id="credit"
        ),
        pytest.param("boilerplate", "© 2022 Vellumwire. All rights reserved.", id="boilerplate"),
    ],
)
def test_colour_marks_each_span_by_kind(kind: str, piece: str) -> None:
    """Each block's part of a line is wrapped in its kind's colour."""
    coloured = render(CREDITED, newsrecord.parse(CREDITED), color=True)
    assert f"| \x1b[{KIND_COLORS[kind]}m{piece}\x1b[0m" in coloured


def test_colour_leaves_the_paragraph_after_a_dateline_plain() -> None:
    """On a dateline+¶1 line the dateline is coloured and the paragraph is not."""
    coloured = render(CREDITED, newsrecord.parse(CREDITED), color=True)
    dateline = f"\x1b[{KIND_COLORS['dateline']}mEASTMERE (Vellumwire) -\x1b[0m"
    assert f"{dateline} Dock workers returned to work on Friday.\n" in coloured


ESCAPES = [
    pytest.param("\x07", "\\x07", id="bell"),
    pytest.param("\x1b", "\\x1b", id="escape"),
    pytest.param("\x00", "\\x00", id="nul"),
    pytest.param("\x7f", "\\x7f", id="delete"),
    pytest.param("\x9b", "\\x9b", id="c1-csi"),
    pytest.param("\x0c", "\\x0c", id="form-feed"),
    pytest.param("\x85", "\\x85", id="next-line"),
    pytest.param("\u2028", "\\u2028", id="line-separator"),
    pytest.param("\u202e", "\\u202e", id="right-to-left-override"),
    pytest.param("\u2066", "\\u2066", id="left-to-right-isolate"),
    pytest.param("\ud800", "\\ud800", id="lone-surrogate"),
]


@pytest.mark.parametrize(("char", "shown"), ESCAPES)
@pytest.mark.parametrize("color", [False, True], ids=["plain", "colour"])
def test_unsafe_characters_are_escaped(char: str, shown: str, color: bool) -> None:
    """Control, separator, bidi and surrogate characters appear as visible escapes only."""
    text = f"The quay{char} reopened.\n\nBoats came back."
    output = render(text, newsrecord.parse(text), color=color)
    assert char not in SGR.sub("", output)
    assert shown in output
    output.encode("utf-8")  # no lone surrogate reaches the terminal


def test_escape_is_highlighted_inside_a_coloured_block() -> None:
    """With colour an escape is in reverse video, which ends without ending the block's colour."""
    text = "Bell\x07 rings twice\n\nThe end."
    coloured = render(text, newsrecord.parse(text), color=True)
    assert f"\x1b[{KIND_COLORS['headline']}mBell\x1b[7m\\x07\x1b[27m rings twice\x1b[0m" in coloured


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        pytest.param("The union\tsaid so.", "The union       said so.", id="mid-line"),
        pytest.param("\tIndented.", "        Indented.", id="leading"),
        pytest.param("Rows\x07\tcols", "Rows\\x07        cols", id="after-an-escape"),
    ],
)
def test_tabs_expand_to_the_next_stop(line: str, shown: str) -> None:
    """A tab becomes spaces up to the next multiple of eight columns of what is shown."""
    assert shown_text(body_lines(line, newsrecord.parse(line))[0]) == shown


def test_empty_text() -> None:
    """An empty text renders the summary of an empty record, its one warning, and no body lines."""
    assert render("", newsrecord.parse("")) == (
        "headline    (none)\n"
        "byline      (none)\n"
        "authors     (none)\n"
        "publisher   (none)\n"
        "date        (none)\n"
        "published   (none)\n"
        "dateline    (none)\n"
        "paragraphs  0\n"
        "credits     (none)\n"
        "warnings    1 (1 error, 0 info)\n"
        "  ! [error] empty-input: the input has no visible character\n"
        "\n"
    )


def test_render_credited_story() -> None:
    """The whole plain output of a credited wire story, summary and body."""
    assert render(CREDITED, newsrecord.parse(CREDITED)) == (
        "headline    Tidewatch dock strike ends\n"
        "byline      (none)\n"
        "authors     (none)\n"
        "publisher   Vellumwire\n"
        "date        (none)\n"
        "published   (none)\n"
        "dateline    location EASTMERE | agency Vellumwire | date (none) | "
        'raw "EASTMERE (Vellumwire) -"\n'
        "paragraphs  2\n"
        "credits     reporting: Radek Varga-Holm; editing: Sunniva Brannagh\n"
        "warnings    0\n"
        "\n"
        "1   headline    | Tidewatch dock strike ends\n"
        "2               |\n"
        "3   dateline+¶1 | EASTMERE (Vellumwire) - Dock workers returned to work on Friday.\n"
        "4               |\n"
        "5   ¶2          | The union said talks with the port would continue.\n"
        "6               |\n"
        "7   credit      | (Reporting by Radek Varga-Holm; Editing by Sunniva Brannagh)\n"
        "8               |\n"
        "9   boilerplate | © 2022 Vellumwire. All rights reserved.\n"
    )


def test_summary_of_a_crawl_page() -> None:
    """Byline, authors, publisher and the date with its source, one line each."""
    assert summary_lines(CRAWL, newsrecord.parse(CRAWL))[:7] == [
        "headline    (none)",
        "byline      By Anouk Lindqvist",
        "authors     Anouk Lindqvist",
        "publisher   Lornby Courier",
        "date        2021-01-14 (from header)",
        "published   (none)",
        "dateline    (none)",
    ]


def test_summary_of_a_full_record() -> None:
    """Author role and email, the published time and a dated dateline are all shown."""
    article = Article(
        authors=[
            newsrecord.Author(name="Ines Strand", role="Staff Writer", email="ines@example.org"),
            newsrecord.Author(name="Mirko Ferreira"),
        ],
        date=datetime.date(2022, 3, 4),
        date_source="dateline",
        published=datetime.datetime(2022, 3, 4, 9, 30),
        dateline=newsrecord.Dateline(
            raw="VESKA, March 4 -", location="VESKA", date=datetime.date(2022, 3, 4)
        ),
    )
    lines = summary_lines("", article)
    assert lines[2] == "authors     Ines Strand (Staff Writer) <ines@example.org>; Mirko Ferreira"
    assert lines[4] == "date        2022-03-04 (from dateline)"
    assert lines[5] == "published   2022-03-04T09:30:00"
    assert lines[6] == (
        'dateline    location VESKA | agency (none) | date 2022-03-04 | raw "VESKA, March 4 -"'
    )


@pytest.mark.parametrize(
    ("width", "columns"),
    [
        pytest.param(60, 60, id="cut-at-60"),
        pytest.param(None, 100, id="default-100"),
        pytest.param(10, 40, id="at-least-40"),
    ],
)
def test_summary_values_are_cut_to_the_width(width: int | None, columns: int) -> None:
    """A long value ends in ``…`` so that its line fits ``width`` columns (40 at least)."""
    headline = "Harbour " * 20
    line = summary_lines("", Article(headline=headline), width=width)[0]
    assert line == "headline    " + headline[: columns - 13] + "…"
    assert len(line) == columns


def test_wide_characters_count_two_columns() -> None:
    """East Asian wide characters take two cells, so a cut value still fits the width."""
    line = summary_lines("", Article(headline="東京" * 40), width=40)[0]
    assert line == "headline    " + "東京" * 6 + "東…"


def test_combining_marks_take_no_column() -> None:
    """A decomposed accent adds no width, so it stays with its letter at the cut."""
    line = summary_lines("", Article(headline="e\u0301" * 60), width=40)[0]
    assert line == "headline    " + "e\u0301" * 27 + "…"


def test_body_lines_are_never_cut() -> None:
    """A body line longer than the width is shown whole: the text must be readable in full."""
    text = "The quay " * 30
    assert shown_text(render(text, newsrecord.parse(text), width=40).splitlines()[-1]) == text


WHERE = [
    pytest.param(None, None, "  ! [error] internal-error: boom", id="no-span"),
    pytest.param(4, 5, "  ! [error] internal-error 1:5: boom", id="one-character"),
    pytest.param(4, None, "  ! [error] internal-error 1:5: boom", id="no-end"),
    pytest.param(4, 4, "  ! [error] internal-error 1:5: boom", id="empty-span"),
    pytest.param(0, 9, "  ! [error] internal-error 1:1-9: boom", id="one-line"),
    pytest.param(6, 14, "  ! [error] internal-error 1:7-2:5: boom", id="two-lines"),
    pytest.param(16, 16, "  ! [error] internal-error 2:8: boom", id="at-the-end"),
    pytest.param(500, 900, "  ! [error] internal-error 2:8: boom", id="past-the-end"),
]


@pytest.mark.parametrize(("start", "end", "expected"), WHERE)
def test_warning_lines(start: int | None, end: int | None, expected: str) -> None:
    """A warning shows severity, code, line:column of its first and last character, message."""
    text = "Quay lit\nat dusk"
    warning = ParseWarning(code="internal-error", message="boom", start=start, end=end)
    assert summary_lines(text, Article(warnings=[warning]))[-1] == expected


def test_severity_comes_from_the_code() -> None:
    """A known code's documented severity wins over the one a record carries."""
    warning = ParseWarning(code="date-year-missing", message="no year", severity="error")
    lines = summary_lines("", Article(warnings=[warning]))
    assert lines[-2:] == [
        "warnings    1 (0 error, 1 info)",
        "  ! [info] date-year-missing: no year",
    ]


def test_unknown_code_keeps_its_own_severity() -> None:
    """A code the package does not know (a newer record) shows the record's severity."""
    warning = ParseWarning(code="from-the-future", message="hm", severity="info")
    assert summary_lines("", Article(warnings=[warning]))[-1] == "  ! [info] from-the-future: hm"


@pytest.mark.parametrize(
    ("text", "start", "end", "marked"),
    [
        pytest.param("A\nB\nC", 2, 3, [2], id="one-line"),
        pytest.param("A\nB\nC", 0, 5, [1, 2, 3], id="every-line"),
        pytest.param("A\nB\nC", None, None, [], id="no-span"),
        pytest.param("A\nB\n", 4, 4, [2], id="at-the-end"),
    ],
)
def test_warned_lines_are_marked(
    text: str, start: int | None, end: int | None, marked: list[int]
) -> None:
    """The gutter has ``!`` on exactly the lines a warning's span touches."""
    warning = ParseWarning(code="internal-error", message="boom", start=start, end=end)
    lines = body_lines(text, Article(warnings=[warning]))
    assert [n for n, line in enumerate(lines, 1) if line.split(" ")[1] == "!"] == marked


def test_input_truncated_marks_the_lines_left_out() -> None:
    """The span of an ``input-truncated`` warning marks each line past the cut."""
    text = "Quay lit\n\nat dusk.\n\nBoats came back.\n"
    article = newsrecord.parse(text, policy=newsrecord.Policy(max_chars=12))
    marks = [line.split(" ")[1] == "!" for line in body_lines(text, article)]
    assert marks == [False, False, True, True, True]


def test_bytes_are_decoded_as_parse_decodes_them() -> None:
    """Bytes in the cp1252 fallback render as the string the record's spans index."""
    data = "Café opens in Veska\n\nThe café opened on Monday.".encode("cp1252")
    article = newsrecord.parse(data)
    output = render(data, article)
    assert "1   headline    | Café opens in Veska\n" in output
    assert "  ! [error] bytes-not-utf8: invalid UTF-8 at byte 3;" in output


def test_non_text_is_a_type_error() -> None:
    """Anything but str or bytes is a caller bug, as in `newsrecord.parse`."""
    with pytest.raises(TypeError, match="takes str or bytes, not int"):
        render(12, Article())  # type: ignore[arg-type]


def test_spans_outside_the_text_are_clipped() -> None:
    """A record that does not fit the text (another file's) renders without error."""
    article = Article(
        blocks=[Block("paragraph", 3, 400), Block("headline", 0, 5), Block("credit", 90, 99)],
        paragraphs=["x"],
    )
    assert line_kinds("Quay\nlit", article) == [(1, ("headline", "¶1")), (2, ("¶1",))]
    assert body_lines("Quay\nlit", article)[0].endswith("| Quay")


def test_a_block_across_a_blank_line_labels_it() -> None:
    """A blank line inside a block (a page's tail after a second story) shows that block."""
    article = Article(blocks=[Block("boilerplate", 0, 9)])
    assert line_kinds("Quay\n\nlit", article) == [
        (1, ("boilerplate",)),
        (2, ("boilerplate",)),
        (3, ("boilerplate",)),
    ]


def test_adjacent_blocks_of_one_kind_are_named_once() -> None:
    """Two boilerplate blocks on one line give one ``boilerplate`` label."""
    article = Article(blocks=[Block("boilerplate", 0, 4), Block("boilerplate", 5, 8)])
    assert line_kinds("Quay lit", article) == [(1, ("boilerplate",))]


def test_many_blocks_on_a_line_keep_the_gutter_narrow() -> None:
    """An odd line with many blocks is cut with ``…`` so the gutter keeps its width."""
    text = "a b c d e f g h i j"
    article = Article(
        blocks=[Block("paragraph", i, i + 1) for i in range(0, len(text), 2)],
        paragraphs=["x"] * 10,
    )
    line = body_lines(text, article, color=True)[0]
    gutter = SGR.sub("", line).split(" | ")[0]
    assert gutter == "1   ¶1+¶2+¶3+¶4+¶5+¶6+¶7+…  "
    assert len(gutter) == 4 + MAX_KINDS_WIDTH


def test_unknown_kind_is_shown_as_written_and_cut() -> None:
    """A block kind the renderer does not know (a newer record) is shown, uncoloured."""
    article = Article(blocks=[Block("sidebar-" * 5, 0, 4)])  # type: ignore[arg-type]
    line = body_lines("Quay", article, color=True)[0]
    assert line == f"\x1b[2m1\x1b[0m   {('sidebar-' * 5)[:MAX_KINDS_WIDTH]} | Quay"


@pytest.mark.property
@given(wire_texts())
def test_render_never_raises_and_keeps_every_line(text: str) -> None:
    """On any news-like text: one body line per input line, no ESC in plain output."""
    article = newsrecord.parse(text)
    plain = render(text, article)
    summary = summary_lines(text, article)
    assert plain.count("\n") == len(summary) + 1 + len(input_lines(text))
    assert "\x1b" not in plain
    assert SGR.sub("", render(text, article, color=True)) == plain


@pytest.mark.property
@given(wire_texts())
def test_paragraph_labels_match_the_record(text: str) -> None:
    """The ¶N labels are exactly ¶1 to ¶n for a record of n paragraphs."""
    article = newsrecord.parse(text)
    labels = {label for _, kinds in line_kinds(text, article) for label in kinds}
    paragraphs = {label for label in labels if label.startswith("¶")}
    assert paragraphs == {f"¶{n}" for n in range(1, len(article.paragraphs) + 1)}


@pytest.mark.property
@given(st.text(), articles(), st.none() | st.integers(-5, 300), st.booleans())
def test_render_never_raises_on_any_record(
    text: str, article: Article, width: int | None, color: bool
) -> None:
    """Any text beside any record, mismatched spans included, renders and encodes as UTF-8."""
    output = render(text, article, color=color, width=width)
    assert len(body_lines(text, article)) == len(input_lines(text))
    output.encode("utf-8")


def test_rules_column_names_the_rule_behind_each_block() -> None:
    """With ``rules=True`` each line names the `Block.rule` of its blocks after the kinds."""
    lines = body_lines(CREDITED, newsrecord.parse(CREDITED), rules=True)
    assert lines[0].startswith("1   headline    headline.title-line        | Tidewatch")
    assert lines[2].startswith("3   dateline+¶1 dateline.opening+paragraph | EASTMERE")
    assert lines[8].startswith("9   boilerplate copyright                  | ©")


def test_rules_column_is_left_out_by_default_and_for_rule_less_records() -> None:
    """The default view, and a record whose blocks carry no rule, have no rules column."""
    article = newsrecord.parse(CREDITED)
    bare = attrs.evolve(
        article, blocks=tuple(attrs.evolve(block, rule=None) for block in article.blocks)
    )
    assert body_lines(CREDITED, bare, rules=True) == body_lines(CREDITED, article)
    assert "title-line" not in render(CREDITED, article)
