"""
Shapes of text that several parsers judge: sentences, headlines, personal names.

These look at form only (length, case, punctuation); what a phrase *means*
is for the lexicons.
"""

from __future__ import annotations

from typing import Final

import regex

from newsrecord._lexicons.bylines import NAME_PARTICLES, NOT_NAME_WORDS
from newsrecord._lexicons.labels import CAPTION_PREPOSITIONS, SECTION_LABELS

TITLE_MIN_WORDS: Final = 3
"""A title has three words at least: `Azerbaijan News`, `Bank Robbery` or `Article` above a
story is a site's name or a label."""

# One word of a personal name: `Jane`, `O'Neill`, `Jean-Luc`, `J.`, `McDonald`, `DOE`.
_NAME_WORD: Final = regex.compile(
    r"""
    \A (?:
        (?:\p{Lu}\.){1,3}+                                           # initials: `J.`, `J.D.`
      | [\p{Lo}\p{M}]{2,30}+                                        # a caseless script
      | (?: \p{Ll}{1,2}+ ['’] )?+                                    # `d'`, `O'`-like prefix
        \p{Lu} [\p{L}\p{M}'’]{0,30}+ (?: -\p{L} [\p{L}\p{M}'’]{0,30}+ ){0,2}+  # `Chan-o-cha`
    ) \Z
    """,
    regex.VERBOSE | regex.V1,
)

# Title-case function words: `Today In History` is no name.
_NOT_IN_NAMES: Final = frozenset(
    "in of the to for and at on with from by a an is are as into over after new says".split()
)

_SENTENCE_END: Final = regex.compile(r"[.!?…][\"'”’»)\]]{0,3}+\Z", regex.V1)
_ANY_SENTENCE_END: Final = regex.compile(r"[.!?…][\"'”’»)\]]{0,3}+(?:\s|\Z)", regex.V1)
_ABBREVIATION_END: Final = regex.compile(r"(?:\A|\s)(?:\p{Lu}\.){2,4}+\Z", regex.V1)
_HEADLINE_BAD_ENDS: Final = tuple(".,;:–—-|/")  # a title ends in none of these

# A lower-case letter glued to a capitalised word that goes on as a sentence:
# `...to be replacedThe work will`; the capital starts the body.
GLUE: Final = regex.compile(r"(?<=\p{Ll}[\p{Ll}.!?\"”’])(?=\p{Lu}\p{Ll}{0,20}+\s)", regex.V1)


def is_name_word(word: str) -> bool:
    """Whether ``word`` can be one word of a personal name."""
    return _NAME_WORD.match(word) is not None


def is_person_name(value: str) -> bool:
    """Whether ``value`` has the shape of a personal name: 2 to 5 capitalised words."""
    words = value.split()
    if not 2 <= len(words) <= 5 or words[0].islower():
        return False  # `di WhatsApp Anda`: a name opens with a capital, not a particle
    capitalised = initials = 0
    for word in words:
        if word.casefold() in _NOT_IN_NAMES or word.casefold() in NOT_NAME_WORDS:
            return False
        if word.casefold() in NAME_PARTICLES:
            continue
        if not is_name_word(word):
            return False
        capitalised += 1
        initials += word.endswith(".")
    # `J. R.` alone is initials, not a name: a name has a word besides its initials.
    return capitalised >= 2 and initials < capitalised


def ends_sentence(value: str) -> bool:
    """Whether ``value`` ends like a sentence (a quotation closing one included)."""
    # A match is a stop and up to three closing marks: it starts in the last four characters.
    return _SENTENCE_END.search(value, max(0, len(value) - 4)) is not None


def has_sentence(value: str) -> bool:
    """Whether ``value`` holds at least one sentence end anywhere."""
    return _ANY_SENTENCE_END.search(value) is not None


def is_headline_shape(value: str) -> bool:
    """
    Whether ``value`` could be a title: 2 to 25 words, no closing period, starting
    with a capital, a digit or a quote, and not just a personal name.
    """
    words = value.split()
    if not 2 <= len(words) <= 25 or len(value) > 180:
        return False
    if (
        value.endswith(_HEADLINE_BAD_ENDS) and _ABBREVIATION_END.search(value) is None
    ) or value.endswith("..."):
        return False
    first = value[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«<([¿¡"):
        return False
    if len(words) <= 3 and is_person_name(value):
        return False
    return any(c.isalpha() for c in value)


def is_all_caps(value: str) -> bool:
    """Whether every cased letter of ``value`` is a capital (and there are some)."""
    return value.isupper() and sum(c.isalpha() for c in value) >= 4


# Below this many characters, a line without sentence punctuation is a label, a
# title or a link, never running text.
_SHORT: Final = 80


def reads_as_text(value: str) -> bool:
    """
    Whether ``value`` reads as running text: a long unit with a sentence in it,
    a very long one, or one closed sentence of six words or more (not in capitals).
    """
    if len(value) >= _SHORT and has_sentence(value) and not is_all_caps(value):
        return True
    if len(value) >= 2 * _SHORT:
        return True
    return (
        len(value) >= 40
        and ends_sentence(value)
        and len(value.split()) >= 6
        and not is_all_caps(value)
    )


def is_title(value: str) -> bool:
    """A headline's shape that no byline, section label or lone name has."""
    return (
        is_headline_shape(value)
        and value[:3].casefold() != "by "
        and value.casefold().rstrip(" :|") not in SECTION_LABELS
        and not (len(value.split()) <= 3 and is_person_name(value))
    )


def glued_title(raw: str) -> tuple[int, str] | None:
    """
    `Station roof to be replacedThe work will...`: a title glued to the text's first
    word; where the text starts in ``raw``, and the title.
    """
    head = raw[:200]
    match = GLUE.search(head)
    if match is None:
        return None
    title = head[: match.start()]
    if not is_title(title) or len(title.split()) < 4:
        return None
    return match.start(), title


# `VESKA GETS GLOBAL ACCOLADES AGAIN: The city's...`: a title in capitals, then a colon
# and the text.  Bounded; possessive, since nothing after the colon can give back.
_CAPS_KICKER: Final = regex.compile(
    r"\A (?P<title> \p{Lu}[\p{Lu}\p{N}'’\-]{0,24}+ (?: [ ] [\p{Lu}\p{N}'’\-]{1,25}+ ){3,15}+ )"
    r" : [ ]++ (?= [\p{Lu}\"“‘] )",
    regex.V1 | regex.VERBOSE,
)


def caps_title(raw: str) -> tuple[int, str] | None:
    """
    `VESKA GETS GLOBAL ACCOLADES AGAIN: The city's efforts...`: a title of four words or
    more in capitals glued to the text by a colon (a place in capitals before a colon, a
    dateline's, has three at most); where the text starts in ``raw``, and the title.
    """
    match = _CAPS_KICKER.match(raw[:300])
    if match is None or not reads_as_text(raw[match.end() :]):
        return None
    return match.end(), match["title"]


def caption_shape(value: str) -> bool:
    """
    `Priya Torvik in Brisk Hollow on Monday`, `Jane Doe at the opening`: a person's name,
    then where or when, and no verb: how a caption names who is pictured.
    """
    words = value.rstrip(".").split()
    if any(w.isupper() and len(w) > 1 for w in words[:2]):
        return False  # `JAPAN IN TALKS ON ...`: a title in capitals
    for size in (2, 3, 4):
        if size < len(words) and words[size].casefold() in CAPTION_PREPOSITIONS:
            return is_person_name(" ".join(words[:size])) and not any(
                w.casefold() in _VERB_HINTS for w in words[size:]
            )
    return False


# Words that make a line after a name a sentence or a headline, not a caption.
_VERB_HINTS: Final = frozenset(
    "is are was were will has have had says said to wins won named dies died".split()
)


def reads_as_title(value: str, *, archive: bool = False) -> bool:
    """
    Whether a line reads as a title: words enough (`Azerbaijan News`,
    `Article`, `12` are a site's name, a label, a page number), no label with a short name
    or number (`Tag Archives: Harbour`, `News ID: 84289`), no file name, no sentence closed
    inside it or ending it (`Sanitisation crews at work. Jane Doe / The Courier`).  Archives
    (hard-wrapped text: ``archive``) write titles in capitals with any punctuation
    (`ENERGY/U.S. REFINING`, `WHAT IT IS ...`), and title case may end in an abbreviation
    or a colon (`Dog Said To Be in Mass.`).
    """
    words = value.split()
    caps = is_all_caps(value)
    if len(words) < (2 if archive else TITLE_MIN_WORDS) and not (caps and archive):
        return False  # an archive's title may be short: `Council news`, `COCOA`
    if _FIELD_LIKE.match(value) or _FILE_NAME.search(value):
        return False
    numbers = sum(any(c.isdigit() for c in w) for w in words)
    if numbers >= 3 and 5 * numbers >= 2 * len(words):
        return False  # `ANL 28.23 Decreased By -0.27 (-0.95%)`: a ticker, a score table
    if caps:
        return True
    bare = value.rstrip("\"'”’»)] ")
    if _SENTENCE_INSIDE.search(bare):
        return False
    if bare[-1:] not in ".:;,…" or _ABBREVIATION_END.search(bare):
        return True  # `... for cyclists in the U.S.`
    long = [w for w in words if len(w) > 3]
    titled = sum(w[:1].isupper() for w in long) * 3 >= 2 * len(long)
    last = words[-1].rstrip(".:")
    return titled and (bare.endswith(":") or (last[:1].isupper() and len(last) <= 6))


# `Tag Archives: Harbour`, `Editor: Jane Doe`, `News ID: 84289`: a label, then a name or a
# number of one or two words (`Official: Talks Unlikely` is a title).
_FIELD_LIKE: Final = regex.compile(
    r"""\A [^:\n]{1,30}+ \s?+ : \s*+
    (?: [\p{Lu}\p{N}] \S*+ (?: \s++ [\p{Lu}\p{N}] \S*+ )?+ )?+ \s*+ \Z""",
    regex.V1 | regex.X,
)
# A sentence closed inside a line: a word of two small letters or more, its stop, and a
# capital (`...at work. Jane Doe`); `U.S. Judge` and `N. E. Kenya` close none.
_SENTENCE_INSIDE: Final = regex.compile(r"\p{Ll}{2}[.!?]\s++[\p{Lu}\p{Lo}]", regex.V1)
_FILE_NAME: Final = regex.compile(r"\.(?:jpe?g|png|gif|webp|mp4|pdf)\Z", regex.V1 | regex.I)
