"""
Characters whose UTF-8 bytes are often read back as cp1252 or latin-1.

The repair table maps each character's mojibake (its UTF-8 bytes decoded the
wrong way, e.g. ``’`` -> ``â€™``, ``é`` -> ``Ã©``) back to the character.  The
characters are listed here; the wrong readings are derived from them, so the
table cannot drift from the codecs.
"""

from __future__ import annotations

from typing import Final

# Typography first: quotes, dashes, ellipsis, bullets, spaces, symbols.
PUNCTUATION: Final = "‘’‚“”„–—…•·′″€£¥©®™°±×÷§¶«»‹›\u00a0"

# Letters of the languages the crawl carries most (Western and Central European, Turkish,
# Azerbaijani, Vietnamese-free), upper and lower case.
LETTERS: Final = (
    "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿß"
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞŸ"
    "ăąćčďđęěğıľłńňőœřśşšţťůűźżžə"
    "ĂĄĆČĎĐĘĚĞİĽŁŃŇŐŒŘŚŞŠŢŤŮŰŹŻŽƏ"
)

# Cyrillic read as cp1252 is common in Russian-language crawl text.
CYRILLIC: Final = "".join(chr(c) for c in range(0x0410, 0x0450)) + "Ёё"
