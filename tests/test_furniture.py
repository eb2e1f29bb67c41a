"""Page furniture and trailers recognised by their words, in the languages of the crawl."""

from __future__ import annotations

import pytest

from newsrecord._lexicons.boilerplate import BANNER_PHRASES
from newsrecord._recognise.furniture import _BANNER_KEYS, is_section_label, noise_kind

FURNITURE = [
    "Source: Valley Post",
    "Read the original article on The Kesk Herald.",
    "ALSO READ: Rural clinics to get mobile X-ray units",
    "FEATURED: Ten walks along the coast",
    "News video: Lifeguards train for the summer season",
    "Watch: 2:14",
    "Listen 3 min",
    "Photo: Pekka Lund",
    "File photo: Workers at the rail yard. (Photo: Ilse Brandt)",
    "Swimmers enter the water at the start of the race. Photo: Pekka Lund",
    "© 2020 Harbour Gazette. All rights reserved.",
    "Copyright 2019 Meridian Press. All rights reserved.",
    "Tous droits réservés © 2021 Le Courrier du Nord",
    "Все права защищены",
    "Follow Aurelio Benn on Twitter",
    "Home / News / Region / Bridge inspection",
    "Home » Sport » Winter sports",
    "2 hours ago | Business",
    "General News of Saturday, 1 May 2021",
    "Published by The Kavar Times",
    "window.dataLayer = window.dataLayer || [];",
    "Story still developing",
    "More to follow...",
    "+ ↺ − 16 px",
    "Share",
    "WhatsApp",
    "Left Menu",
    "Advertisement",
    "Skip to main content",
    "Please turn on JavaScript",
    "We value your privacy",
    "Photo 3 of 8",
    "Lire aussi : Le maire répond aux critiques",
    "Читайте также: новости региона",
    "Devamını oku",
    "###",
    "-30-",
    "ENDS",
    "Reuter",
    "(NEWSBRIDGE- Vesk Herald)",
    "https://www.example.com/news/2021/bridge",
    "@tarnholddaily",
    # Share bars of several UI phrases, font widgets.
    "Share on Facebook Share on Twitter Email Print",
    "Share this article Copy link",
    "Text size A- A+",
    # Image credits: picture libraries, agencies and photographers joined by `/`.
    "Getty Images",
    "Getty Images/iStockphoto",
    "AFP/Getty Images",
    "Reuters/File Photo",
    "Pekka Lund/Shutterstock",
    "(Handout via Kesk Herald)",
    "Image caption The boat was raised from the harbour in March",
    # Syndication notes and promos.
    "The post Bridge reopens after repairs appeared first on Kavar Times.",
    "This article originally appeared on Kesk Herald.",
    "Originally published at kavartimes.example",
    "Republished with permission of the Harbour Gazette.",
    "Distributed by Meridian Content Agency, LLC.",
    "(Only the headline of this report may have been reworked by Kavar Times staff; the rest of"
    " the content is auto-generated from a syndicated feed.)",
    "Disclaimer: The views expressed are the author's own.",
    "Catch all the regional news on Kavar Times. Download the Kavar Times App for updates.",
    "Get the morning briefing in your inbox. Sign up here.",
    "Story continues below",
    "Continue reading",
    # Captions closed by their picture credit in brackets.
    "Dagny Holm in the museum workshop. (Pekka Lund/Kesk Herald)",
    "Rowers cross the finish line at Lornby on Sunday (Getty Images)",
    "Dagny Holm (Kesk Herald file photo)",
    "The mayor at the market. (FILE PHOTO)",
    "The old town hall, seen from the square./KESTREL-FILE.",
    # Captions by their own marks: where people stand, a picture agency's number.
    "(left) The mayor and (right) her deputy at the opening of the bridge in Lornby.",
    "(L-R) Dagny Holm, Pekka Lund and Ilse Brandt at the finish line.",
    "epa08300462 Workers clean the market square in Lornby on Sunday.",
    # UI rows with counts, language switchers, pagination, blocked-page banners.
    "0 SHARES Share Tweet",
    "0 33",
    "Posted , updated",
    "|Updated:",
    "- Advertisement -",
    "Connect with us",
    "Go to Contents Go to Navigation",
    "Accueil Envoyer à un ami Version imprimable Partager",
    "English",
    "Home Blog Page 1673",
    "Published in Economics",
    "Sorry, your country is not allowed to access this content.",
    "Your web browser is no longer supported. To improve your experience update it here",
    "Media caption The ferry returns to Lornby harbour",
    # The headings of related-story lists, in the languages of the crawl.
    "Top Articles in Politics",
    "More Stories from Lornby",
    "VESK HERALD ACCESS RANKING",
    "Baca Juga:",
    "Berita Terkait",
    "Más leídas",
    "Самое читаемое",
    "The mayor and her deputyDireito de imagemKESTREL PRESS",
    "The mayor (left) with her deputy at the town hall. PEKKA LUND / AFP",
    "Gestione cookie",
    "Still want to read the full version? Full article",
]


@pytest.mark.parametrize("value", FURNITURE)
def test_furniture_is_boilerplate(value: str) -> None:
    """Known page furniture is `boilerplate` whatever its position."""
    assert noise_kind(value, 1.0) == "boilerplate"


CREDITS = [
    "(Reporting by Mira Koss; Editing by Paul Anner)",
    "Reporting by Mira Koss in Vesk; Additional reporting by Tom Ash",
    "Meridian Press writer Danilo Sart in Kavar contributed to this report.",
    "(gh/lk)",
    "-- O.H.",
]


@pytest.mark.parametrize("value", CREDITS)
def test_trailers_are_credits(value: str) -> None:
    """Reporting and editing trailers and editors' initials are `credit`."""
    assert noise_kind(value, 1.0) == "credit"


TEXT = [
    "The council approved the budget on Monday.",
    "Source of the leak remains unknown, officials said.",
    "Sources close to the ministry said the plan would change.",
    "Copyrighted songs were played at the festival, the organisers said.",
    "Share prices rose 3 percent in early trading.",
    "Home owners in Lornby will pay more tax from April.",
    "The photo exhibition opens on Friday at the town hall.",
    "Getty Images bought the archive of the Lornby photographer in 2019.",
    "Food parcels were distributed by volunteers from the church hall on Saturday.",
    "The council wants residents to download the new parking app before the summer.",
    "This report was commissioned by the ministry and published in March.",
    "First published in 1922, the Gazette is the oldest paper in the valley.",
    "The ferry timetable changes on Monday (see the list below).",
    "The mayor thanked the two clubs (Lornby Rowing Club and Kesk Sailing Club).",
    "The file was closed on Monday, the court said.",
    "Published in the journal Harbour Studies, the survey counted 300 boats.",
    "English teachers in Lornby will strike on Monday.",
]


@pytest.mark.parametrize("value", TEXT)
def test_running_text_is_not_furniture(value: str) -> None:
    """Sentences that merely start with a furniture word stay text."""
    assert noise_kind(value, 1.0) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("World", True), ("Press Release", True), ("Opinion:", True), ("World leaders meet", False)],
)
def test_section_labels(value: str, expected: bool) -> None:
    """One- or two-word section labels are recognised; titles are not."""
    assert is_section_label(value) is expected


def test_every_banner_phrase_passes_the_cheap_first_test() -> None:
    """A banner phrase without one of the keys would never be looked for (`_BANNER_KEYS`)."""
    missed = [p for p in BANNER_PHRASES if not any(key in p.casefold() for key in _BANNER_KEYS)]
    assert missed == []
