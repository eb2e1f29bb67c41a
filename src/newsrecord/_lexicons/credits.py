"""
Words of the credit trailers that close wire copy.

``CREDIT_ROLES`` maps a role phrase as it stands before ``by`` (case-folded,
single spaces) to the role the record keeps: `Edited by` and `Editing by`
both credit ``editing``, `Photo by` and `Photos by` both credit ``photos``.
`By`, `Written by` and `Reported by` are absent on purpose: they open
bylines, and the names after them are authors, not credits.
"""

from __future__ import annotations

from typing import Final

# Role phrase before `by` -> the role as the record names it.
CREDIT_ROLES: Final[dict[str, str]] = {
    "reporting": "reporting",
    "additional reporting": "additional reporting",
    "further reporting": "additional reporting",
    "contributed reporting": "contributed reporting",
    "reporting contributed": "contributed reporting",
    "writing": "writing",
    "additional writing": "additional writing",
    "editing": "editing",
    "edited": "editing",
    "additional editing": "additional editing",
    "compiled": "compiled",
    "compiling": "compiled",
    "research": "research",
    "additional research": "additional research",
    "graphics": "graphics",
    "graphic": "graphics",
    "photos": "photos",
    "photo": "photos",
    "photographs": "photos",
    "photography": "photos",
    "video": "video",
    "illustration": "illustrations",
    "illustrations": "illustrations",
    "translation": "translation",
    "translated": "translation",
    "production": "production",
    "produced": "production",
    "fact-checking": "fact-checking",
}

# What a writer contributed to: `... contributed to this report`.
CONTRIBUTED_TO: Final[tuple[str, ...]] = ("report", "story", "article", "dispatch", "coverage")

# Lower-case words that may join the capitalised words of an outlet's name
# (`Office of the Mayor`, `Agencia de Noticias`); they are no evidence of one.
ORGANIZATION_CONNECTORS: Final[frozenset[str]] = frozenset(
    "the of for and de del la le du des di da".split()
)

# Lower-case words allowed between the capitalised words of a filing place
# (`in Rio de Janeiro`, `in Port of Spain`, `in Dar es Salaam`).
PLACE_PARTICLES: Final[tuple[str, ...]] = tuple(
    "de del della da do dos das di du des la las le les los el al es of the upon on am an der".split()
)

# What a story says before the agency it drew on (case-folded regex fragments, single spaces):
# `With inputs from PTI`, `Com informações da Associated Press`, `Con información de EFE`.
INPUTS_FROM: Final[tuple[str, ...]] = (
    r"(?:with )?+(?:agency |additional )?+inputs? from",
    r"com informações d(?:a|o|e|as|os)",
    r"con informaci[oó]n(?:es)? de(?:l| la)?+",
    r"(?<=\()avec",  # `(avec AFP)`: only in brackets, where no sentence opens with it
    r"mit material (?:von|der|des)",
    r"con informazioni (?:di|da|dell['’] ?)",
    r"dengan informasi dari",
)

# How a copyright line says the rights are kept, after the holder's name (case-folded).
RIGHTS_RESERVED: Final[tuple[str, ...]] = (
    "all rights reserved",
    "tous droits réservés",
    "todos los derechos reservados",
    "derechos reservados",
    "todos os direitos reservados",
    "alle rechte vorbehalten",
    "все права защищены",
    "tüm hakları saklıdır",
    "bütün hüquqlar qorunur",
    "riproduzione riservata",
    "tutti i diritti riservati",
    "hak cipta dilindungi undang-undang",
)
