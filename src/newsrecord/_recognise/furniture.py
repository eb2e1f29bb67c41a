"""
Page furniture and trailers: what is text on the page but not the article.

`noise_kind` judges a unit by its words alone (a lexicon of phrases in
the languages of the crawl); the layout adds position and shape, since a
short line without sentence punctuation means different things at the top of
a page (a label), between paragraphs (a subheading) and at the end (a list of
related links).
"""

from __future__ import annotations

from typing import Final, Literal, NamedTuple

import regex

from newsrecord._lazy import LazyPattern, OpeningRules, lazy_compile
from newsrecord._lexicons.boilerplate import (
    BANNER_PHRASES,
    CAPTION_PHRASES,
    CREDIT_PATTERNS,
    CREDIT_PHRASES,
    IMAGE_CREDIT_WORDS,
    NOISE_PATTERNS,
    PROMO_PHRASES,
    SYNDICATION_PHRASES,
)
from newsrecord._lexicons.labels import (
    ABOUT_OPENERS,
    CONTACT_LABELS,
    LIST_LABELS,
    NAV_WORDS,
    SECTION_LABELS,
    UI_LINES,
)
from newsrecord._recognise.dates import (
    beside_date,
    find_dates,
    has_digit,
    labelled_dates,
    opens_with_label,
    page_age,
)
from newsrecord._recognise.orgs import known_organization, leading_agency
from newsrecord._recognise.shapes import is_person_name
from newsrecord._text import blind_folded

_FLAGS: Final = regex.VERBOSE | regex.V1 | regex.IGNORECASE

# Both lexicons in one pass, credits first as they are the more specific; a match names
# its rule (`credit_` before a credit's).
_LEXICON: Final = OpeningRules(
    [(f"credit_{name}", pattern) for name, pattern in CREDIT_PATTERNS] + list(NOISE_PATTERNS),
    _FLAGS,
    # The rules that may open with any letter, by what their matches hold: `... logo` at the
    # end (`\ logo`), `ap/mk` (a `/` between initials).
    keys={"logo": " logo", "credit_initials_slashed": "/"},
)


def _any_of(phrases: tuple[str, ...]) -> LazyPattern:
    """One pattern that finds any of ``phrases`` in a case-folded line: one scan in C, where
    a loop over the phrases tests each in turn."""
    return lazy_compile("|".join(regex.escape(phrase) for phrase in phrases), regex.V0)


_CREDIT_PHRASES: Final = _any_of(CREDIT_PHRASES)
_CAPTION_PHRASES: Final = _any_of(CAPTION_PHRASES)
_SYNDICATION_PHRASES: Final = _any_of(SYNDICATION_PHRASES)
_PROMO_PHRASES: Final = _any_of(PROMO_PHRASES)
_BANNER_PHRASES: Final = _any_of(BANNER_PHRASES)


def _keys_of(keys: tuple[str, ...], *lexicons: tuple[str, ...]) -> tuple[str, ...]:
    """``keys``, once every phrase of ``lexicons`` is known to hold one of them: then a line
    without a key holds no phrase (the cheap test before the phrase patterns)."""
    for phrase in (phrase for lexicon in lexicons for phrase in lexicon):
        if not any(key in phrase for key in keys):
            raise ValueError(f"no key of the phrase gate is in {phrase!r}")
    return keys


# The phrase patterns search the case-folded line for case-folded phrases, as `in` does.
_PHRASE_KEYS: Final = _keys_of(
    tuple(  # `_` for a space within a key
        key.replace("_", " ")
        for key in "contribut imag capti foto bildrechte picha feed appeared permission"
        " commons sign_up subscribe inbox".split()
    ),
    CREDIT_PHRASES,
    CAPTION_PHRASES,
    SYNDICATION_PHRASES,
    PROMO_PHRASES,
)

# Link-like lines: a URL, a domain or a handle, alone.
_LINK: Final = lazy_compile(
    r"""
    \A (?: https?:// | www\. | @\w                          # a URL or a handle
         | [\w.-]{1,60}+ \.(?:com|org|net|info|az|ru|tr|uk|in|io)\b )   # or a bare domain
    \S{0,300}+ \Z
    """,
    _FLAGS,
)
# A caption ends with its photo credit: `...at the finish line. Photo: Pekka Lund`.
_PHOTO_CREDIT_END: Final = lazy_compile(
    r"(?:\A|[.!?]\s++|\(\s*+)(?:photo|image|picture|foto|photograph)\s*+(?:by\s++|:\s*+)"
    r"\p{Lu}(?:[^.!?\n]|\.(?=\s*+\p{Lu})){0,60}+\)?+\.?+\s*+\Z",
    _FLAGS,
)
# `Top Articles in Politics`, `More Stories from Lornby`, `JN ACCESS RANKING`: a list's heading.
_LIST_OPENERS: Final = ("top", "more", "latest", "related", "popular", "recommended", "trending")
_LIST_HEADING: Final = lazy_compile(
    rf"""
    \A (?: (?: {" | ".join(_LIST_OPENERS)} ) \s
            (?: articles | stories | news | posts | videos | reads ) \b [\p{{L}}\s&]{{0,30}}+
          | [\p{{L}}\s]{{1,20}}? \s ranking )
    \s*+ :?+ \s*+ \Z
    """,
    _FLAGS,
)
# `0 33`, `12`: a share or comment count, a page number; years are a table's column heads.
_COUNTERS: Final = lazy_compile(
    r"\A (?! .* \b (?:19|20) \d\d \b ) \d{1,6}+ (?: \s \d{1,6}+ )?+ \Z", _FLAGS
)
# A caption closed by a file picture's credit: `.../KESTREL-FILE.`, `... (FILE PHOTO)`.
_FILE_CREDIT_END: Final = lazy_compile(
    r"(?: / \s*+ [\p{L}\p{N}.]{1,20}+ [-\s] file | \(? file \s photo \)? ) \.?+ \s*+ \Z",
    _FLAGS,
)
# A caption closed by its photographer and agency in capitals: `... on Monday. PEKKA LUND / AFP`.
_CAPS_CREDIT_END: Final = lazy_compile(
    r"""(?<= [.)] ) \s++ (?-i: \p{Lu}[\p{Lu}.'\-]{1,20}+ (?: \s \p{Lu}[\p{Lu}.'\-]{1,20}+ ){0,3}+ )
        \s?+ / \s?+ (?-i: \p{Lu}[\p{Lu}\p{N}.\-]{1,15}+ ) \s*+ \Z""",
    _FLAGS,
)
# An app promo anywhere in a short unit: `... Download the Kesk Herald App for daily updates.`
_APP_PROMO: Final = lazy_compile(
    r"""
    (?: \A | (?<= [.!?] \s ) )                                   # opening a sentence
    (?: download | get | install ) \s++ (?: the | our ) \s++      # `Download the`
    (?: [\w'’&.-]{1,30}+ \s++ ){0,4}?                             # `Kesk Herald`
    app s?+ \b                                                    # `App`
    """,
    _FLAGS,
)
# A caption closed by its picture credit: `... in the workshop. (Pekka Lund/Kesk Herald)`.
_BRACKETED_CREDIT_END: Final = lazy_compile(
    r"""
    (?<= [.!?\p{L}\p{N}"”’] ) \s*+        # after the caption's last word
    \( (?P<credit> [^()\n]{2,80}+ ) \)     # the credit in brackets
    \s*+ \Z
    """,
    _FLAGS,
)
# Every banner phrase holds one of these: a cheap first test.
_BANNER_KEYS: Final = (
    "subscri",
    "cookie",
    "privacy",
    "region",
    "mistake",
    "javascript",
    "browser",
    "limit",
    "country",
    "access",
)
_CRUMB_SEPARATORS: Final = (" / ", " » ", " › ", " > ", " | ")
# A share bar of more words is a sentence that happens to use UI words.
_MAX_UI_WORDS: Final = 12
# A line of UI phrases opens with a phrase's first word: a cheap first test.
_UI_FIRST_WORDS: Final = frozenset(line.split()[0] for line in UI_LINES if line.split())


NoiseKind = Literal["boilerplate", "credit"]


class Furniture(NamedTuple):
    """What a furniture line is: ``credit`` or ``boilerplate``, and the rule that says so."""

    kind: NoiseKind
    rule: str


def furniture(value: str, timeout: float, *, anywhere: bool = True) -> Furniture | None:
    """
    What ``value`` is when its words make it furniture or a credit, else ``None``;
    without ``anywhere``, only what its first words say (a line that goes on from the one
    above may open a credit, but holds no phrase of a caption or a banner).
    """
    folded = value.casefold()
    # `|Updated:`, `- Advertisement -`: a UI line between marks
    if folded in UI_LINES or folded.strip(" :|·•-–—") in UI_LINES:
        return Furniture("boilerplate", "ui-line")
    words = folded.replace("|", " ").replace("·", " ").split()
    if _ui_words(folded, words):
        return Furniture("boilerplate", "ui-phrases")
    if _nav_row(folded, words):
        return Furniture("boilerplate", "nav-row")
    if len(value) <= 12 and _COUNTERS.match(value, timeout=timeout):
        return Furniture("boilerplate", "counters")
    if len(value) <= 60 and (
        folded.strip(" :|·•-–—") in LIST_LABELS or _list_heading(value, folded, timeout)
    ):
        return Furniture("boilerplate", "list-label")
    name = _LEXICON.first(value, blind_folded(folded), timeout)
    if name is not None:
        if name.startswith("credit_"):
            return Furniture("credit", name.removeprefix("credit_").replace("_", "-"))
        return Furniture("boilerplate", name.replace("_", "-"))
    return _phrases(value, folded, timeout) if anywhere else None


def _list_heading(value: str, folded: str, timeout: float) -> bool:
    """`Top Articles in Politics`, `JN ACCESS RANKING` (``folded``: the value case-folded)."""
    blind = blind_folded(folded)
    if not blind.startswith(_LIST_OPENERS) and "ranking" not in blind:
        return False  # cheap gate: the heading opens with an opener or holds `ranking`
    return _LIST_HEADING.match(value, timeout=timeout) is not None


def noise_kind(value: str, timeout: float) -> NoiseKind | None:
    """``credit`` or ``boilerplate`` when the phrase says so, else ``None``."""
    found = furniture(value, timeout)
    if found is not None:
        return found.kind
    if len(value) <= 160 and has_digit(value) and _is_date_line(value, timeout):
        return "boilerplate"
    return None


def _phrases(value: str, folded: str, timeout: float) -> Furniture | None:
    """Phrases anywhere in a short line, and lines of a furniture shape."""
    short = len(value) <= 300
    closer = _press_closer(value, folded)
    if closer is not None:
        return Furniture("boilerplate", closer)
    keyed = any(key in folded for key in _PHRASE_KEYS)
    if keyed and short and _CREDIT_PHRASES.search(folded, timeout=timeout):
        return Furniture("credit", "contributed")
    if keyed and len(value) <= 200 and _CAPTION_PHRASES.search(folded, timeout=timeout):
        return Furniture("boilerplate", "caption-label")
    if keyed and short and _SYNDICATION_PHRASES.search(folded, timeout=timeout):
        return Furniture("boilerplate", "syndication")
    if short and "app" in folded and _APP_PROMO.search(value, timeout=timeout):
        return Furniture("boilerplate", "app-promo")
    if keyed and len(value) <= 200 and _PROMO_PHRASES.search(folded, timeout=timeout):
        return Furniture("boilerplate", "newsletter-promo")
    if len(value) <= 80 and _image_credit(value):
        return Furniture("boilerplate", "image-credit")
    if short and value.endswith(")") and _credited_caption(value, timeout):
        return Furniture("boilerplate", "credited-caption")
    if " " not in value and _LINK.match(value, timeout=timeout):
        return Furniture("boilerplate", "link")
    # `ago` ends every page age (`3 hours ago`); no letter but `a`, `g`, `o` folds to them.
    if len(value) <= 160 and "ago" in folded and has_digit(value) and page_age(value, timeout):
        return Furniture("boilerplate", "page-age")
    rule = _short_furniture(value, folded, timeout) if short else None
    return None if rule is None else Furniture("boilerplate", rule)


def _short_furniture(value: str, folded: str, timeout: float) -> str | None:
    """Banners, captions ending in a photo credit, breadcrumb trails: the rule, or ``None``."""
    if any(key in folded for key in _BANNER_KEYS) and _BANNER_PHRASES.search(
        folded, timeout=timeout
    ):
        return "banner"
    if _mentions_photo(folded) and _PHOTO_CREDIT_END.search(value, timeout=timeout):
        return "captioned-photo"
    if "file" in folded and _FILE_CREDIT_END.search(value, timeout=timeout):
        return "captioned-photo"  # `City Hall, seen from the square./CFM-FILE.`
    if "/" in value and _CAPS_CREDIT_END.search(value, timeout=timeout):
        return "captioned-photo"  # `The mayor at the opening. PEKKA LUND / KESTREL`
    if not any(mark in value for mark in "/»›>|"):
        return None
    if leading_agency(value) is not None:
        return None  # `Reuters | Vesk | Updated: ...`: a row of source fields, not a path
    return "breadcrumb" if sum(value.count(sep) for sep in _CRUMB_SEPARATORS) >= 2 else None


def _is_date_line(value: str, timeout: float) -> bool:
    """`Posted on 12 March 2021 at 14:05`, `12 January 2021`: a line that only dates the page."""
    if opens_with_label(value, timeout) and labelled_dates(value, timeout):
        return True
    found = find_dates(value, timeout, limit=1)
    if not found:
        return False
    rest = beside_date(value, found[0])
    # `Orrin Valley Post, 14 March 1994` is a masthead; `TOKYO, March 3 -` is a dateline.
    if not any(c.isalpha() for c in rest):
        return True
    return found[0].year is not None and known_organization(rest)


def _ui_words(folded: str, split: list[str]) -> bool:
    """
    `Share Tweet Email`, `Share on Facebook Share on Twitter Print`: a line that
    reads as UI phrases one after the other, each a whole line of ``UI_LINES``;
    ``split`` are its words, split at `|` and `·` too.
    """
    if len(folded.split(None, _MAX_UI_WORDS)) > _MAX_UI_WORDS:
        return False  # more words already, before `|` and `·` split any further
    if _first_word(split) not in _UI_FIRST_WORDS:
        return False  # the first phrase's first word, found before the list is built
    # `0 SHARES Share Tweet`, `Posted , updated`: counts and stray commas sit between phrases
    words = [w.strip(".:,") for w in split]
    words = [w for w in words if w and not w.isdigit()]
    if not 2 <= len(words) <= _MAX_UI_WORDS or words[0] not in _UI_FIRST_WORDS:
        return False
    # reached[i]: the first i words are whole UI phrases; phrases have up to four words.
    reached = [True] + [False] * len(words)
    for end in range(1, len(words) + 1):
        reached[end] = any(
            reached[start] and " ".join(words[start:end]) in UI_LINES
            for start in range(max(0, end - 4), end)
        )
    return reached[-1]


def _first_word(split: list[str]) -> str:
    """The first of ``split`` that `_ui_words` keeps (no count, no stray mark), or ``""``."""
    for word in split:
        word = word.strip(".:,")
        if word and not word.isdigit():
            return word
    return ""


def _nav_row(folded: str, split: list[str]) -> bool:
    """`News  Sport  Weather  Jobs`: three or more section names in a row, a site's menu;
    ``split`` are its words, split at `|` and `·` too."""
    if len(folded) > 120:
        return False
    # `Home Blog Page 1673`: and its number.  Each word is looked up before they are counted,
    # which stops at the first that is no section's name.
    if not all(w.isdigit() or w in _NAV_ROW_WORDS for w in split):
        return False
    return 3 <= sum(not w.isdigit() for w in split) <= 12


_NAV_ROW_WORDS: Final = SECTION_LABELS | UI_LINES | NAV_WORDS


def _picture_library(part: str) -> bool:
    """`Vesk Images`, `Lornby Photos`: an outlet's or agency's picture desk."""
    words = part.split()
    return 2 <= len(words) <= 4 and words[-1].casefold() in _PICTURE_WORDS


_PICTURE_WORDS: Final = frozenset(
    "images photos pictures photo foto fotos imagens imágenes".split()
)


def _image_credit(value: str) -> bool:
    """
    `Getty Images`, `AFP/Getty Images`, `Reuters/File Photo`, `(Ana Pell/Shutterstock)`:
    picture libraries, agencies and photographers joined by `/` or `via`, with at
    least one picture-credit word, and nothing else.
    """
    if value.endswith((".", "!", "?")):
        return False
    if "/" not in value and " via " not in value:
        # One part: no picture desk beside another name, only a credit's words alone.
        return value.strip(" ()[]").casefold() in IMAGE_CREDIT_WORDS
    parts = [p.strip(" ()[]") for p in value.replace(" via ", "/").split("/")]
    # A picture desk's name (`Vesk Images`) credits a picture beside a photographer's.
    libraries = any(_picture_library(p) for p in parts) and len(parts) > 1
    if not libraries and not any(p.casefold() in IMAGE_CREDIT_WORDS for p in parts):
        return False
    return all(
        p.casefold() in IMAGE_CREDIT_WORDS
        or _picture_library(p)
        or known_organization(p)
        or is_person_name(p)
        for p in parts
    )


def _credited_caption(value: str, timeout: float) -> bool:
    """
    A caption that ends in its picture credit: a library (`(Getty Images)`), a credit
    that says it is a photo's (`(Kesk Herald file photo)`), or a photographer and an
    outlet joined by `/` (`(Pekka Lund/Kesk Herald)`).
    """
    match = _BRACKETED_CREDIT_END.search(value, timeout=timeout)
    if match is None:
        return False
    credit = match["credit"].strip()
    if _image_credit(credit) or _mentions_photo(credit.casefold()):
        return True  # `(Getty Images)`, `(Kesk Herald file photo)`, `(Foto: Pekka Lund)`
    parts = [p.strip() for p in credit.split("/")]
    return len(parts) >= 2 and all(known_organization(p) or is_person_name(p) for p in parts)


def _mentions_photo(folded: str) -> bool:
    return any(word in folded for word in ("photo", "image", "picture", "foto"))


def _press_closer(value: str, folded: str) -> str | None:
    """`About Solvara`, `Über Solvara`, `Media contact:`: what closes a press release."""
    if folded.rstrip(" :") in CONTACT_LABELS:
        return "press-contact"
    if len(value) > 60 or value[-1:] in ".!?" or not 2 <= len(value.split()) <= 6:
        return None
    for opener in ABOUT_OPENERS:
        if folded.startswith(opener + " ") and _names_something(value[len(opener) + 1 :]):
            return "press-about"
        if folded.endswith(" " + opener) and value[:1].isupper():
            return "press-about"  # `Solvara Hakkında`
    return None


def _names_something(rest: str) -> bool:
    """`Solvara`, `la Fundación Alborada`, `the Ridgeway Trust`: a name, an article allowed."""
    first, _, after = rest.partition(" ")
    if first.casefold() in _ARTICLES:
        first = after
    return first[:1].isupper()


_ARTICLES: Final = frozenset("the la el los las le les lo il o a die der das".split())


def is_section_label(value: str) -> bool:
    """A section or category label such as ``World`` or ``Press Release``."""
    return value.casefold().rstrip(" :|") in SECTION_LABELS


# What separates the parts of a section path: `Politics | Europe`, `Sport › Rugby`.
_PATH_SEPARATORS: Final = regex.compile(r"\s[|›»>/·]\s", regex.V1)


def label_path(value: str) -> bool:
    """
    `Politics | Europe`, `Sport › Rugby`, `News › Education`: two or three short
    capitalised parts, the path of sections a page sits in (never a sentence).
    """
    if len(value) > 60:
        return False
    parts = _PATH_SEPARATORS.split(value)
    if not 2 <= len(parts) <= 3:
        return False
    return all(
        1 <= len(part.split()) <= 3 and part[:1].isupper() and part[-1:].isalnum()
        for part in (p.strip() for p in parts)
    )
