"""The partner languages' front door (German, Swedish, Bokmål, Finnish): the home page shows the
whole flower and the citizens' tools; each link leads to the page in the reader's language where
it exists, else to the English page, marked with hreflang, lang and a visible notice."""

import re

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from home.templatetags.frontend_tags import (
    CENTRE_TEXT_WIDTH,
    CHARACTER_WIDTH_EM,
    LABEL_FONT_SIZE,
    LABEL_LINE_CHARS,
    centre_label,
    label_font_size,
    wrap_label,
)
from initiatives.models import PetalPage
from initiatives.seeds.petals_partner_languages import TRANSLATIONS as PETAL_TRANSLATIONS

PARTNER_LANGUAGES = ["de", "sv", "nb", "fi"]
IN_ENGLISH = {
    "de": "(auf Englisch)",
    "sv": "(på engelska)",
    "nb": "(på engelsk)",
    "fi": "(englanniksi)",
}


@pytest.fixture
def site(seeded_site, db):
    """The seeded site, each test in its own savepoint."""


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def _danish_petals():
    return list(PetalPage.objects.filter(locale__language_code="da").live().order_by("path"))


@pytest.mark.parametrize("language", PARTNER_LANGUAGES)
def test_home_page_shows_the_five_petals_in_the_readers_language(site, client, language):
    soup = _soup(client, f"/{language}/")
    petals = _danish_petals()
    assert len(petals) == 5
    svg_links = soup.select("svg.flower-diagram a.flower-link")
    list_links = soup.select("ol.flower-list a")
    expected_titles = [PETAL_TRANSLATIONS[language][petal.title] for petal in petals]
    expected_urls = [f"/{language}/{petal.slug}/" for petal in petals]
    assert [link["href"] for link in svg_links] == expected_urls
    assert [link["aria-label"] for link in svg_links] == expected_titles
    assert [link["href"] for link in list_links] == expected_urls
    assert [link.get_text(strip=True) for link in list_links] == expected_titles
    # All in the reader's language: nothing marked as another language, no notice.
    assert not soup.select(".flower [hreflang], .flower [lang]")
    assert not soup.select(".home-flower .translation-notice")
    # The centre is there with its label (the home page's own, translated).
    assert soup.select_one(".flower-centre text").get_text(strip=True)


@pytest.mark.parametrize("language", PARTNER_LANGUAGES)
def test_home_page_links_the_citizens_tools_in_english_marked(site, client, language):
    soup = _soup(client, f"/{language}/")
    section = soup.select_one("section.citizen-tools")
    assert section is not None, "no citizens' tools"
    cards = section.select("a.card")
    # The funding pools, their guide, the calendar and the local councils.
    assert len(cards) == 4
    english_home = _soup(client, "/en/").select("section.citizen-tools a.card")
    assert [card["href"] for card in cards] == [card["href"] for card in english_home]
    for card in cards:
        assert card["href"].startswith("/en/")
        assert card["hreflang"] == "en"
        assert card.select_one(".card-heading")["lang"] == "en"
        assert card.select_one(".card-meta").get_text(strip=True) == IN_ENGLISH[language]
        assert client.get(card["href"]).status_code == 200
    assert section.select_one(".translation-notice").get_text(strip=True)


def test_a_petal_missing_in_the_readers_language_leads_to_english_marked(site, client):
    german = Locale.objects.get(language_code="de")
    synlighed = PetalPage.objects.get(locale=german, slug="synlighed")
    synlighed.unpublish()

    soup = _soup(client, "/de/")
    svg_links = soup.select("svg.flower-diagram a.flower-link")
    assert len(svg_links) == 5  # the whole flower still
    first = svg_links[0]
    assert first["href"] == "/en/synlighed/"
    assert first["hreflang"] == "en"
    assert first.select_one("text")["lang"] == "en"
    assert first.select_one("text").get_text(" ", strip=True) == "Visibility"
    assert "flower-language-1" in first["aria-describedby"].split()
    assert soup.select_one("#flower-language-1").get_text(strip=True) == "(auf Englisch)"
    list_link = soup.select("ol.flower-list a")[0]
    assert (list_link["href"], list_link["hreflang"], list_link["lang"]) == (
        "/en/synlighed/",
        "en",
        "en",
    )
    notice = soup.select_one(".home-flower .translation-notice").get_text(" ", strip=True)
    assert "Englisch" in notice
    # The other four stay German, unmarked.
    assert [link.get("hreflang") for link in svg_links[1:]] == [None] * 4
    assert all(link["href"].startswith("/de/") for link in svg_links[1:])


def test_danish_home_page_marks_nothing(site, client):
    soup = _soup(client, "/da/")
    assert len(soup.select("svg.flower-diagram a.flower-link")) == 5
    assert not soup.select(".flower [hreflang], .citizen-tools [hreflang]")
    assert not soup.select(".translation-notice")
    assert len(soup.select("section.citizen-tools a.card")) == 4


@pytest.mark.parametrize("language", PARTNER_LANGUAGES)
def test_partner_petal_page_lists_its_initiatives_in_english_marked(site, client, language):
    soup = _soup(client, f"/{language}/synlighed/")
    assert soup.h1.get_text(strip=True) == PETAL_TRANSLATIONS[language]["Synlighed"]
    cards = soup.select(".petal-initiatives a.card")
    danish = PetalPage.objects.get(locale__language_code="da", slug="synlighed")
    assert len(cards) == danish.get_children().live().count() > 0
    for card in cards:
        assert card["href"].startswith("/en/synlighed/")
        assert card["hreflang"] == "en"
        assert card.select_one(".card-heading")["lang"] == "en"
    assert soup.select_one(".petal-initiatives .translation-notice")


@pytest.mark.parametrize("language", PARTNER_LANGUAGES)
def test_footer_legal_pages_in_english_are_marked(site, client, language):
    footer = _soup(client, f"/{language}/").select_one("footer")
    links = footer.select(".footer-links a")
    assert len(links) == 2
    for link in links:
        assert link["href"].startswith("/en/")
        assert (link["lang"], link["hreflang"]) == ("en", "en")
        assert IN_ENGLISH[language] in link.parent.get_text()


# --- Labels that fit -----------------------------------------------------------------------


def test_petal_labels_shrink_for_long_words_only():
    assert label_font_size(wrap_label("Sundhed og bæredygtighed")) == LABEL_FONT_SIZE
    long_word = wrap_label("Yhtenäisyys ja saavutettavuus")
    assert max(len(line) for line in long_word) > LABEL_LINE_CHARS
    size = label_font_size(long_word)
    assert size < LABEL_FONT_SIZE
    # The longest line is no wider than a standard line at the standard size.
    assert size * max(len(line) for line in long_word) <= LABEL_FONT_SIZE * LABEL_LINE_CHARS


@pytest.mark.parametrize(
    "title", ["Medborgerskab", "Bürgerengagement", "Aktiivinen kansalaisuus", "Medborgarskap"]
)
def test_centre_label_fits_the_circle(title):
    label = centre_label(title)
    assert " ".join(label["lines"]) == title
    size = float(label["font_size"])
    longest = max(len(line) for line in label["lines"])
    assert longest * CHARACTER_WIDTH_EM * size <= CENTRE_TEXT_WIDTH + 0.5
    assert re.fullmatch(r"-?\d+\.\d\d", label["first_line_dy"])
