"""
Labelled fields of archive exports and feeds: the label, case-folded, and what its value is.

Newspaper databases (Lexis, ProQuest, Factiva, GENIOS, NewsBank) and feed dumps
write one field a line before the text (`Section: LOCAL; Pg. B1`, `Length: 612
words`, `Título: ...`), some as a code alone on a line with the value on the
next (Factiva's `HD`, `BY`, `PD`).  Meanings:

* ``headline``: the value is the article's title;
* ``standfirst``: a subtitle or abstract, not the body;
* ``byline``: the value names the authors (prefixes such as `Author:` are read
  by the byline grammar first);
* ``source``: the value is the publication, the record's publisher;
* ``date``: the value is the publication date;
* ``dateline``: the value is the dateline's place;
* ``body``: the text starts here (`Body`, `Full text:`), on this line or the next;
* ``other``: furniture (section, page, length, language, document ids...).
"""

from __future__ import annotations

from typing import Final

_MEANINGS: Final[dict[str, str]] = {
    "headline": """
        title headline headlines titel título titre titolo başlık заголовок
        """,
    "standfirst": """
        subtitle untertitel subtítulo sous-titre sottotitolo abstract summary
        """,
    "byline": """
        byline author authors writer autor autore auteur yazar автор
        """,
    "source": """
        publication|publication title|publication name|newspaper|journal|feed|publisher
        |medio|periódico|quelle|zeitung|source title|journal title
        """,
    "date": """
        publication date|date published|pub date|datum|fecha|data|erscheinungsdatum
        |date de publication|tarih|дата
        """,
    "dateline": "dateline",
    "body": """
        body|full text|article text|fulltext|volltext|texto completo|texte intégral
        """,
    "other": """
        section|sections|ressort|sección|seccion|rubrique|rubrica|page|pages|pg|seite|página
        |pagina|length|words|word count|wörter|palabras|mots|language|language of publication
        |sprache|idioma|langue|document type|document-type|doctype|publication-type|publication type
        |type|document id|proquest document id|accession number|place of publication|country
        |publication year|edition|ausgabe|edición|link|url|load-date|load date|graphic|notes
        |subject|subjects|keywords|region|regions|industry|company|companies|classification
        |copyright|rights|dokumentnummer|number|issn|volume|issue|column|kolumne
        """,
}

FIELD_LABELS: Final[dict[str, str]] = {
    label.strip(): meaning
    for meaning, labels in _MEANINGS.items()
    for label in (labels.replace("\n", "|").split("|") if "|" in labels else labels.split())
    if label.strip()
}
"""Field label (case-folded, without the colon) -> what its value is."""

FIELD_CODES: Final[dict[str, str]] = {
    "HD": "headline",
    "BY": "byline",
    "PD": "date",
    "SN": "source",
    "LP": "body",
    "TD": "body",
    "WC": "other",
    "ET": "other",
    "SC": "other",
    "SE": "other",
    "ED": "other",
    "PG": "other",
    "LA": "other",
    "CY": "other",
    "AN": "other",
    "NS": "other",
    "RE": "other",
    "IPD": "other",
}
"""Factiva's two-letter codes, alone on a line in capitals, with the value on the next line."""
