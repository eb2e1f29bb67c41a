"""
Hypothesis strategies shared by the test modules.

Two families:

* :func:`articles` builds whole :class:`newsrecord.Article` records directly,
  for the model, serialisation and schema tests;
* :func:`wire_texts` builds news-like input texts out of fragments (crawl
  header lines, bylines, datelines, paragraphs, boilerplate) and then damages
  them the way transport does (CRLF or CR line ends, tabs, non-breaking and
  zero-width spaces, a BOM, control characters), for the parser invariants.

Every name, place and outlet below is invented.
"""

from __future__ import annotations

import datetime
from typing import get_args

from hypothesis import strategies as st

from newsrecord import WARNING_CODES, Article, Author, Block, Credit, Dateline, ParseWarning
from newsrecord.model import BlockKind, DateSource

BLOCK_KINDS: tuple[BlockKind, ...] = get_args(BlockKind)
DATE_SOURCES: tuple[DateSource, ...] = get_args(DateSource)

FIRST_NAMES = (
    "Anouk",
    "Radek",
    "Sunniva",
    "Ilkka",
    "Temperance",
    "Oyelaran",
    "Mirko",
    "Zélie",
    "Bartholomew",
    "Ines",
)
LAST_NAMES = (
    "Lindqvist",
    "Varga-Holm",
    "Brannagh",
    "O'Dwyer",
    "Nakashima",
    "Ferreira",
    "Quillfeather",
    "Delacroix",
    "Okafor",
    "Strand",
)
OUTLETS = ("Kestrelpost", "Vellumwire", "Harborline", "Tidewatch", "Northfield Courier")
PLACES = ("HARLOW", "Port Alder", "VESKA", "Lornby, Norland", "EASTMERE, Calder")
WORDS = (
    "the",
    "council",
    "said",
    "on",
    "Tuesday",
    "that",
    "harbour",
    "bridge",
    "budget",
    "residents",
    "would",
    "vote",
    "new",
    "ferry",
    "schedule",
    "after",
    "months",
    "of",
    "talks",
    "with",
    "mayor",
    "Odile",
    "Fenwick",
    "in",
    "Lornby",
    "37-",
    "billion",
    "well-known",
    "“quoted”",
    "—",
    "café",
    "naïve",
    "Ærøskøbing",
    "Москва",
    "東京",
)
BOILERPLATE = (
    "Share this article",
    "© 2022 Harborline. All rights reserved.",
    "Read more:",
    "ALSO READ",
    "-30-",
    "###",
    "Source: Vellumwire",
    "+ ↺ − 16 px",
)
INVISIBLE_NOISE = ("\t", "\u00a0", "\u200b", "\u200d", "\u2060", "  ")
CONTROL_NOISE = ("\x00", "\x07", "\x1b", "\x7f")

# Text without lone surrogates: what a decoded document or a JSON file can hold.
_utf8_text = st.text(st.characters(codec="utf-8"), max_size=40)
_nonempty_text = st.text(st.characters(codec="utf-8"), min_size=1, max_size=40)
# Arbitrary visible text for inside a wire text; control characters come in only
# inside sentences (`sentences`), never as a line of their own.
_wild_line = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cc"]), min_size=1, max_size=40
)

# Fixed UTC offsets from -23:59 to +23:59, as a text's "+05:30" gives.
fixed_offsets = st.integers(min_value=-1439, max_value=1439).map(
    lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
)


def warnings() -> st.SearchStrategy[ParseWarning]:
    """A warning with a known code and that code's severity, with or without a span."""

    @st.composite
    def build(draw: st.DrawFn) -> ParseWarning:
        code = draw(st.sampled_from(sorted(WARNING_CODES)))
        span = draw(
            st.none()
            | st.tuples(st.integers(0, 10_000), st.integers(0, 1_000)).map(
                lambda pair: (pair[0], pair[0] + pair[1])
            )
        )
        return ParseWarning(
            code=code,
            message=draw(_utf8_text),
            start=None if span is None else span[0],
            end=None if span is None else span[1],
            severity=WARNING_CODES[code][0],
        )

    return build()


def articles() -> st.SearchStrategy[Article]:
    """Whole records with every field drawn, dates and zone-aware datetimes included."""
    names = st.lists(_nonempty_text, max_size=3)
    authors = st.builds(
        Author,
        name=_nonempty_text,
        role=st.none() | _utf8_text,
        email=st.none() | st.emails(),
    )
    datelines = st.builds(
        Dateline,
        raw=_utf8_text,
        location=st.none() | _utf8_text,
        agency=st.none() | _utf8_text,
        date=st.none() | st.dates(),
    )
    credits = st.builds(Credit, _utf8_text, names)
    blocks = st.builds(
        Block,
        st.sampled_from(BLOCK_KINDS),
        st.integers(0, 100_000),
        st.integers(0, 100_000),
    )
    published = st.none() | st.datetimes() | st.datetimes(timezones=fixed_offsets)
    return st.builds(
        Article,
        headline=st.none() | _utf8_text,
        byline=st.none() | _utf8_text,
        authors=st.lists(authors, max_size=3),
        publisher=st.none() | _utf8_text,
        date=st.none() | st.dates(),
        published=published,
        date_source=st.none() | st.sampled_from(DATE_SOURCES),
        dateline=st.none() | datelines,
        paragraphs=st.lists(_nonempty_text, max_size=4),
        credits=st.lists(credits, max_size=2),
        warnings=st.lists(warnings(), max_size=3),
        blocks=st.lists(blocks, max_size=4),
    )


# ---------------------------------------------------------------------------
# Wire-like texts


person_names = st.builds(
    lambda first, last, caps: f"{first} {last}".upper() if caps else f"{first} {last}",
    st.sampled_from(FIRST_NAMES),
    st.sampled_from(LAST_NAMES),
    st.booleans(),
)

iso_dates = st.dates(min_value=datetime.date(1980, 1, 1), max_value=datetime.date(2030, 12, 31))


@st.composite
def header_lines(draw: st.DrawFn) -> str:
    """A crawl header line (` date 2021-01-14`, ` date 2021-01`, ` date 2021-02-30`) and more."""
    day = draw(iso_dates)
    token = draw(
        st.sampled_from([day.isoformat(), day.isoformat()[:7]])
        # a token that is no calendar date: `2021-02-30`, `2021-13-01`
        | st.builds(
            "{}-{:02d}-{:02d}".format,
            st.integers(1980, 2030),
            st.integers(0, 19),
            st.integers(0, 39),
        )
    )
    rest = draw(
        st.just("")
        | st.builds(lambda outlet: f"By {outlet}", st.sampled_from(OUTLETS))
        | st.sampled_from(BOILERPLATE)
        | paragraphs()
    )
    return f" date {token} {rest}".rstrip(" ") if rest else f" date {token}"


bylines = st.builds(lambda name: f"By {name}", person_names) | st.builds(
    lambda outlet: f"By {outlet}", st.sampled_from(OUTLETS)
)

dateline_openers = st.builds(
    lambda place, day, agency, sep: f"{place}, {day:%b} {day.day} ({agency}) {sep} ",
    st.sampled_from(PLACES),
    iso_dates,
    st.sampled_from(OUTLETS),
    st.sampled_from(["-", "--", "—", ":"]),
) | st.builds(lambda place: f"{place} — ", st.sampled_from(PLACES))


def sentences() -> st.SearchStrategy[str]:
    """A sentence of invented words, sometimes with arbitrary letters or a control character."""
    words = st.lists(st.sampled_from(WORDS), min_size=2, max_size=14)
    wild = st.text(st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S"]), max_size=8)
    return st.builds(
        lambda head, ws, extra, noise: f"{head} {' '.join(ws)}{noise}{extra}.",
        st.sampled_from(["The", "Officials", "A", "Residents", "«Nous", "Ms."]),
        words,
        wild,
        st.sampled_from(["", "", "", *CONTROL_NOISE]),
    )


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """One to three sentences, hard-wrapped onto several lines or not."""
    parts = draw(st.lists(sentences(), min_size=1, max_size=3))
    joiner = draw(st.sampled_from([" ", "\n", " \n", "-\n"]))
    return joiner.join(parts)


fragments = st.one_of(
    paragraphs(),
    paragraphs(),
    bylines,
    st.builds(lambda opener, para: opener + para, dateline_openers, paragraphs()),
    st.sampled_from(BOILERPLATE),
    _wild_line,
)

blank_runs = st.builds(
    lambda n, filler: (filler + "\n") * n,
    st.integers(1, 6),
    st.sampled_from(["", " ", "\t", "\u00a0", "\u200b"]),
)


@st.composite
def wire_texts(draw: st.DrawFn) -> str:
    """A news-like text: optional crawl header, fragments, blank-line runs, transport damage."""
    pieces: list[str] = []
    if draw(st.booleans()):
        pieces.append(draw(header_lines()))
    pieces.extend(draw(st.lists(fragments, min_size=0, max_size=8)))
    text = ""
    for i, piece in enumerate(pieces):
        text += piece if i == 0 else draw(blank_runs) + piece
    if draw(st.booleans()):
        text += "\n"
    # Invisible or white-space noise anywhere; it never makes a blank line visible.
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(INVISIBLE_NOISE)) + text[at:]
    newline = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    text = text.replace("\n", newline)
    if draw(st.booleans()):
        text = "\ufeff" + text
    return text
