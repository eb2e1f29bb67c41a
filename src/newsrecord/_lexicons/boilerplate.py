"""
Patterns of page furniture and trailers, in the languages of the crawl.

Each entry is a rule's name and a regex fragment matched (case-insensitively) at
the start of a line's cleaned text; the name is what a block reports as the rule
that decided it.  ``NOISE_PATTERNS`` make a line ``boilerplate``;
``CREDIT_PATTERNS`` make it a ``credit``.  The lexicon says what the phrase is;
the layout decides by position and shape whether a line is furniture at all.
"""

from __future__ import annotations

from typing import Final

from newsrecord._lexicons.credits import RIGHTS_RESERVED

NOISE_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    ("source_label", r"(?:source|sources|kaynak|quelle|fuente|fonte|источник|mənbə|kaynakça)\s*+:"),
    ("read_original", r"read\ the\ (?:original|full)\ (?:article|story)"),
    (
        "related_links",
        r"(?:also\ read|read\ also|read\ more|see\ also|related|more\ on\ this|more\ from|recommended"
        r"|lire\ aussi|à\ lire\ aussi|lire\ la\ suite|leer\ más|lea\ también|lee\ también|weiterlesen"
        r"|lesen\ sie\ auch|mehr\ zum\ thema|читайте\ также|читать\ далее|ayrıca\ okuyun|devamını\ oku"
        r"|bunu\ da\ oxuyun|ətraflı|leggi\ anche|leia\ também|veja\ também)\s*+[:|»›>-]",
    ),
    ("promo_label", r"(?:featured|sponsored|promoted|advertisement|ad)\s*+:"),
    ("video_promo", r"news\ video\s*+:"),
    ("media_label_time", r"(?:watch|listen|video|audio)\s*+:\s*+\d"),
    ("media_label", r"(?:watch|video)\s*+:"),
    (
        "photo_label",
        r"(?:file\ )?(?:photo|photos|photograph|photographs|image|images|picture|pictures|foto|fotos|credit|caption)(?:\ by)?\s*+:",
    ),
    # `(left) The mayor and ...`, `(L-R) ...`: where a picture's people stand, as captions say.
    ("caption_marker", r"\((?:left|right|l-r|r-l|from\ left|centre|center|inset)\)"),
    # `epa08300462 Workers ...`: a picture agency's photo number opens its caption.
    ("photo_number", r"(?:epa|afp|ap|efe|ansa|anp|dpa|xinhua)\d{6,12}+\b"),
    # `Image captionThe minister...`, `Media caption`, `Image copyright Kestrel`: the labels
    # a broadcaster's page puts before a picture's caption and credit.
    ("image_caption", r"(?:image|media|photo|video)\ (?:caption|copyright|source)"),
    # `Published in Economics`, `Filed under World`: the section a post is filed in.
    ("filed_under", r"(?:published|posted|filed)\ (?:in|under)\ [^\n.!?]{1,40}+\Z"),
    (
        "caption_label",
        r"(?:pictured|above|below|top|inset|main\ (?:picture|image|photo)|in\ the\ picture)\s*+:",
    ),
    (
        "photo_credit",
        r"(?:file\ photo|photo\ by|photographs\ by|photo\ credit|image\ credit|images\ by)\b",
    ),
    (
        "copyright",
        r"(?:©|\(c\)\ |copyright\b|todos\ los\ derechos|bütün\ hüquqlar|"
        + "|".join(phrase.replace(" ", r"\ ") for phrase in RIGHTS_RESERVED)
        + ")",
    ),
    ("article_note", r"this\ (?:article|story|material)\ (?:was|is|has\ been|may\ not)\b"),
    (
        "originally_published_note",
        r"this\ (?:article|story|report|piece|post)\ (?:was\ )?+(?:originally|first)\ "
        r"(?:appeared|published|posted|ran)\b",
    ),
    # Syndication lines: where else the text ran, and on what terms.
    (
        "originally_published",
        r"originally\ (?:appeared|published|posted)\ (?:on|in|at|by)\ [^\n]{1,120}+$",
    ),
    (
        "reprint_permission",
        r"(?:re)?+(?:published|printed|posted)\ (?:here\ )?+(?:with|by)\ (?:the\ )?+"
        r"(?:kind\ )?+permission\b",
    ),
    ("appeared_first", r"the\ post\ [^\n]{1,200}?\ appeared\ first\ on\b"),
    ("distributed_by", r"distributed\ by\ [^.\n]{1,80}+\.?+\s*+$"),
    ("disclaimer", r"disclaimer\s*+:"),
    ("media_caption", r"(?:image|photo|video|media)\ (?:caption|source|copyright)\b"),
    (
        "follow_us",
        r"(?:follow|like)\ (?:us|\p{Lu}\S*+(?:\ (?!on\ )\p{Lu}\S*+){0,3}+)\ on\ (?:twitter|x|facebook|instagram|telegram|linkedin)",
    ),
    ("click_here", r"(?:click|tap)\ here\b"),
    (
        "subscribe",
        r"(?:subscribe|sign\ up|already\ a\ subscriber|cancel\ anytime|log\ in\ to|register\ to)\b",
    ),
    ("tags", r"(?:tags|topics|keywords|categories|category|filed\ under)\s*+:"),
    ("breadcrumb", r"(?:home|start|main)\s*+[/»›>|]"),
    ("page_age", r"\d{1,3}+\ (?:min|mins|minutes?|hours?|hrs?|days?|weeks?)\ ago\b"),
    (
        "category_date",
        r"(?:general|business|sports?|entertainment|political|regional|health)\ news\ of\b",
    ),
    ("published_by", r"published\ by\b"),
    ("date_label", r"(?:published|updated|last\ updated|posted|modified|date)\s*+:"),
    (
        "markup",
        r"(?:window\.|var\ |function\s*+\(|document\.|googletag|datalayer|\{\s*+\""
        r"|</?+(?:div|script|img|iframe|span|p|a|br|style|noscript|link|meta|ins|figure|title"
        r"|h[1-6]|section|article|header|footer|nav|ul|li|table)\b"
        r"|!\[[^\]\n]{0,200}+\]\()",  # a markdown image: `![caption](https://...)`
    ),
    (
        "developing",
        r"(?:story\ still\ developing|this\ is\ a\ developing\ story|more\ to\ follow|more\ to\ come)",
    ),
    (
        "end_mark",
        r"(?:ends|end|-30-|\#\#\#|-0-|\(end\)|end\ of\ document)"
        r"\s*+(?:\p{Ll}{2,4}+(?:[./]\p{Ll}{2,4}+){0,3}+)?+\s*+$",
    ),
    ("ui_glyphs", r"\+\ ↺"),
    ("logo", r"[^\n]{1,60}?\ logo\s*+$"),
    ("standards", r"our\ standards\s*+:"),
    ("end_item", r"(?:enditem|end\ item|endall)\b"),
    ("agency_slug", r"(?-i:(?:PTI|IANS|ANI|UNI)(?:\ [A-Z]{2,4}+){1,5}+)\s*+$"),
    ("reading_time", r"(?:listen|read|watch)\s*+[(:]?\s*+\d{1,3}+\s*+(?:min|mins|minutes|sec)\b"),
    (
        "reading_time_label",
        r"(?:reading\ time|read\ time|lesezeit|lesedauer|tiempo\ de\ lectura|temps\ de\ lecture"
        r"|tempo\ di\ lettura|tempo\ de\ leitura|okuma\ süresi|время\ чтения|oxuma\ müddəti)"
        r"\s*+:?+\s*+(?:ca\.\s*+|около\s*+)?+\d{1,3}+",
    ),
    (
        "reading_time_after",
        r"\d{1,3}+\s*+(?:min|mins|minutes?|minuten|minutos|minuti|dk|dakika|мин|минут[аы]?)\.?+\s++"
        r"(?:read|reading|de\ lectura|de\ lecture|di\ lettura|de\ leitura|lesezeit|okuma|чтения)\b",
    ),
    ("listen_bar", r"listen\ to\ (?:this|the)\ (?:story|article|episode)\b"),
    (
        "document_count",
        r"(?:document|dokument|documento)\ \d{1,6}+\ (?:of|von|de|di)\ \d{1,6}+\s*+$",
    ),
    ("aggregator", r"\([\p{Lu}\d]{2,20}+\s*+[-–]\s*+[^()\n]{1,40}+\)\s*+$"),
    ("gallery_count", r"(?:photo|image|picture|slide)\ \d{1,3}+\ (?:of|/)\ \d{1,3}+"),
    ("next_item", r"next\ (?:gallery|slide|story|article)\s*+:"),
    ("reuters_signoff", r"reuters?+\b[.\s]{0,6}+(?:\^m)?+\s*+$"),
)

CREDIT_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    (
        "credit_roles",
        r"\(?(?:additional\ )?(?:reporting|writing|editing|compiled|research|contributed\ reporting|reporting\ contributed)\ by\b",
    ),
    ("initials_bracketed", r"\(\p{Ll}{1,4}+(?:/\p{Ll}{1,4}+){1,3}+\)\s*+$"),
    ("initials_slashed", r"\p{Ll}{2,4}+(?:/\p{Ll}{2,4}+){1,3}+\s*+$"),
    ("initials_dash", r"--?\ ?(?:\p{Lu}\.){1,3}+\s*+$"),
)

# Phrases that make a short unit a credit wherever they stand in it (case-folded).
CREDIT_PHRASES: Final[tuple[str, ...]] = (
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
)

# Phrases of syndication notes, wherever they stand in a short unit
# (`(... the rest of the content is auto-generated from a syndicated feed.)`).
SYNDICATION_PHRASES: Final[tuple[str, ...]] = (
    "syndicated feed",
    "wire agency feed",
    "appeared first on",
    "republished with permission",
    "reprinted with permission",
    "under a creative commons licen",
)

# Phrases of newsletter and subscription promos, wherever they stand in a short unit
# (`Get the morning briefing in your inbox. Sign up here.`).
PROMO_PHRASES: Final[tuple[str, ...]] = (
    "sign up here",
    "sign up for our",
    "sign up to our",
    "subscribe here",
    "subscribe to our newsletter",
    "subscribe to our daily",
    "subscribe to our weekly",
    "in your inbox",
    "to your inbox",
)

# Words of image credits (case-folded): a line of nothing but these and agencies,
# joined by `/` or `via`, credits a picture (`AFP/Getty Images`, `Reuters/File Photo`).
IMAGE_CREDIT_WORDS: Final[frozenset[str]] = frozenset(
    line.strip()
    for line in """
    getty images
    getty
    istock
    istockphoto
    shutterstock
    alamy
    alamy stock photo
    dreamstime
    depositphotos
    unsplash
    pexels
    pixabay
    wikimedia commons
    file photo
    file image
    file picture
    file
    handout
    handout photo
    pool
    pool photo
    supplied
    courtesy
    stock image
    stock photo
    representational image
    representative image
    """.strip().splitlines()
)

# Phrases of paywall, consent and region banners, wherever they stand in a short unit.
BANNER_PHRASES: Final[tuple[str, ...]] = (
    "reached your limit of free",
    "subscribe to keep reading",
    "subscribe to continue reading",
    "why subscribe?",
    "use cookies and similar technologies",
    "we use cookies",
    "we value your privacy",
    "not available in your region",
    "seeing this message by mistake",
    "please enable javascript",
    "please turn on javascript",
    "you need to enable javascript",
    "requires javascript",
    "your browser does not support",
    "already a subscriber",
    "browser is no longer supported",
    "update your browser",
    "not allowed to access this content",
    "not available in your country",
)

# The labels a broadcaster's page glues to a picture's caption or credit, anywhere in the
# line (`...and the presidentImage copyrightKESTREL`), case-folded.
CAPTION_PHRASES: Final[tuple[str, ...]] = (
    "image copyright",
    "image caption",
    "media caption",
    "direito de imagem",
    "legenda da foto",
    "derechos de autor de la imagen",
    "pie de foto",
    "copyright de la imagen",
    "bildrechte",
    "droits d'image",
    "légende image",
    "hak atas foto",
    "hakimiliki ya picha",
    "fotoğraf altı",
)
