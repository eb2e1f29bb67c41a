"""Short lines that label a page rather than say something: sections, categories, UI text."""

from __future__ import annotations

from typing import Final

# Capitalised openers that a dateline pattern would otherwise take for a place.
NOT_PLACES: Final[frozenset[str]] = frozenset(
    """
    the a an it this that he she they we i in on at for by from with
    """.split()
)

# Words that open a label, never a place: `BREAKING NEWS:`, `EDITOR'S NOTE:`, `Published Jan 12`.
LABEL_OPENERS: Final[frozenset[str]] = frozenset(
    """
    update updated breaking exclusive note editor's editors watch video videos photo photos
    live analysis opinion comment interview factbox explainer correction corrected advisory
    urgent flash bulletin alert summary preview review highlights update1 update2 refile
    also read related featured sponsored advertisement source sources editorial fact just
    more latest top trending published posted first last date dated modified released issued
    warning caution notice reminder attention important clarification podcast audio gallery
    listen
    """.split()
)

# Whole lines (case-folded, white space collapsed) that are page furniture.
UI_LINES: Final[frozenset[str]] = frozenset(
    line.strip()
    for line in """
    menu
    left menu
    main menu
    open menu
    close menu
    close
    ×
    x
    ✕
    advertisement
    advertisements
    sponsored
    sponsored content
    skip to main content
    skip to content
    skip navigation
    toggle navigation
    toggle menu
    navigation
    main navigation
    open navigation
    close navigation
    menu search
    search
    back to top
    scroll to top
    a a a
    share
    tweet
    save
    pin
    copy
    link
    share this
    share this article
    share this story
    share on facebook
    share on twitter
    copy link
    link copied
    print
    print this page
    print this article
    print article
    email
    email this
    share via email
    share by email
    share on whatsapp
    share on linkedin
    share on telegram
    save article
    gift article
    copy url
    text size
    font size
    a+
    a-
    e-mail
    facebook
    twitter
    whatsapp
    telegram
    linkedin
    pinterest
    reddit
    comments
    comment
    read more
    read more:
    load more
    load more stories
    see all
    see more
    show more
    more stories
    more news
    related
    related news
    related stories
    related articles
    latest
    latest news
    latest stories
    most read
    most popular
    trending
    trending now
    recommended
    don't miss
    dont miss
    also read
    read also
    see also
    watch
    watch now
    listen
    listen to this article
    listen to article
    play
    pause
    next
    previous
    next article
    previous article
    back to top
    home
    news
    search
    subscribe
    sign in
    log in
    login
    sign up
    register
    newsletter
    tags
    topics
    photo
    photos
    gallery
    video
    videos
    transcript
    partager
    lire la suite
    lire aussi
    articles similaires
    sur le même sujet
    imprimer
    weiterlesen
    lesen sie auch
    ähnliche artikel
    mehr zum thema
    leer más
    noticias relacionadas
    te puede interesar
    читать далее
    читайте также
    похожие новости
    другие новости
    devamını oku
    ilgili haberler
    benzer haberler
    ətraflı
    digər xəbərlər
    oxşar xəbərlər
    leggi anche
    articoli correlati
    leia também
    notícias relacionadas
    teilen
    drucken
    compartir
    imprimir
    condividi
    поделиться
    paylaş
    reklam
    anzeige
    werbung
    publicidad
    publicité
    accept all
    reject all
    accept cookies
    manage choices
    manage preferences
    cookie settings
    please turn on javascript
    connect with us
    gestione cookie
    gestión de cookies
    cookie-einstellungen
    full article
    read the full article
    read full article
    still want to read the full version? full article
    l'intégralité de l'article ici
    l’intégralité de l’article ici
    available in other languages
    just in
    youtube
    instagram
    tiktok
    english
    arabic
    français
    español
    deutsch
    русский
    türkçe
    follow us
    follow us on
    go to contents
    go to navigation
    go to top
    shares
    posted
    updated
    accueil
    envoyer à un ami
    version imprimable
    version imprimer
    javascript is disabled
    please enable javascript
    story continues
    story continues below
    story continues below advertisement
    article continues below
    article continues below advertisement
    continue reading
    continue reading below
    continue reading the main story
    story still developing
    this story is developing
    developing story
    more to follow
    more to follow...
    more to come
    ends
    end
    -30-
    ###
    -0-
    reuter
    reuters
    (more)
    more
    ---
    ___
    ***
    """.strip().splitlines()
)

# Section and category labels that open a page (case-folded).
SECTION_LABELS: Final[frozenset[str]] = frozenset(
    line.strip()
    for line in """
    general
    world
    world news
    local
    local news
    regional
    national
    politics
    business
    economy
    finance
    markets
    sport
    sports
    culture
    arts
    entertainment
    lifestyle
    health
    science
    technology
    tech
    opinion
    opinions
    editorial
    columns
    analysis
    features
    feature
    press release
    press releases
    breaking news
    top stories
    society
    education
    environment
    travel
    weather
    crime
    region
    regions
    europe
    africa
    asia
    americas
    middle east
    for immediate release
    immediate release
    news release
    media release
    media advisory
    pressemitteilung
    pressemeldung
    nota de prensa
    comunicado de prensa
    comunicado
    communiqué de presse
    communiqué
    comunicato stampa
    comunicado à imprensa
    nota à imprensa
    basın bülteni
    basın açıklaması
    пресс-релиз
    lokales
    lokal
    politik
    wirtschaft
    kultur
    panorama
    gesellschaft
    société
    économie
    monde
    international
    sociedad
    sociedade
    economía
    economia
    política
    politica
    cultura
    deportes
    esportes
    mundo
    internacional
    nacional
    cronaca
    esteri
    spettacoli
    gündem
    ekonomi
    dünya
    siyaset
    spor
    kültür
    yaşam
    cəmiyyət
    iqtisadiyyat
    siyasət
    idman
    политика
    экономика
    общество
    в мире
    спорт
    культура
    происшествия
    """.strip().splitlines()
)

# Words that follow a pictured person's name in a caption (`Jane Doe in Vesk on Monday`).
CAPTION_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    "in at on during outside inside near beside with after before".split()
)

# Single words of a site's menu besides section names (`News  Sport  Weather  Jobs`).
NAV_WORDS: Final[frozenset[str]] = frozenset(
    """
    home news jobs contact about login subscribe search menu video videos podcasts photos
    events weather traffic obituaries classifieds games puzzles shop newsletters more blog
    page
    """.split()
)

# Words that open the `About <Company>` section of a press release, and the labels of
# its contact block: both come after the release's text, and close it.
ABOUT_OPENERS: Final[tuple[str, ...]] = (
    "about", "über", "sobre", "à propos de", "a propos de", "a proposito di", "acerca de",
    "о компании", "hakkında",
)  # fmt: skip
CONTACT_LABELS: Final[frozenset[str]] = frozenset(
    line.strip()
    for line in """
    media contact
    media contacts
    media enquiries
    media inquiries
    press contact
    press contacts
    press enquiries
    press inquiries
    contact
    contacts
    for more information
    for further information
    notes to editors
    notes for editors
    note to editors
    pressekontakt
    kontakt
    contacto de prensa
    contacto
    contact presse
    contacts presse
    contatto stampa
    contatti
    contato de imprensa
    contato
    basın iletişim
    iletişim
    контакты
    """.strip().splitlines()
)

# Labels that open a list of links after the article: what follows them is furniture too.
LIST_LABELS: Final[frozenset[str]] = frozenset(
    line.strip()
    for line in """
    related
    related news
    related stories
    related articles
    related content
    latest
    latest news
    latest stories
    don't miss
    dont miss
    also read
    read also
    read more
    see also
    more stories
    more news
    more from
    recommended
    recommended for you
    you may also like
    you might also like
    most read
    most popular
    trending
    trending now
    top stories
    articles similaires
    sur le même sujet
    ähnliche artikel
    mehr zum thema
    noticias relacionadas
    te puede interesar
    похожие новости
    другие новости
    ilgili haberler
    benzer haberler
    digər xəbərlər
    oxşar xəbərlər
    articoli correlati
    notícias relacionadas
    top articles
    top news
    popular
    popular news
    popular stories
    editor's picks
    editors' picks
    baca juga
    berita terkait
    artikel terkait
    artikel pilihan
    berita pilihan
    berita populer
    berita terkini
    terkait
    terkini
    terpopuler
    lainnya
    más leídas
    lo más leído
    lo más visto
    te recomendamos
    più letti
    i più letti
    meistgelesen
    meistgelesene artikel
    самое читаемое
    самое популярное
    en çok okunanlar
    son dakika
    ən çox oxunanlar
    mais lidas
    leia mais
    tin liên quan
    tin mới
    habari zaidi
    habari zinazohusiana
    ###
    -30-
    ends
    end
    -0-
    """.strip().splitlines()
)

# End marks of wire copy (case-folded), on a line of their own.
SIGN_OFFS: Final[frozenset[str]] = frozenset(
    "reuter reuters ends -30- ### -0- (more) more (end) end enditem endall".split()
)

# Words a sentence never ends on: a line that ends with one goes on in the next line.
CONTINUING_WORDS: Final[frozenset[str]] = frozenset(
    """
    a an the of to in on at by for with from and or but nor as than that which who whose
    its their his her our your my this these those into onto upon over under about
    """.split()
)
