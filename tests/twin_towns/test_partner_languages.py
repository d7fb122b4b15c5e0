"""The twin-town section is complete in every partner language (German, Swedish, Bokmål,
Finnish): the index, every town, the project index and every project exist and are live, the
contacts appear with their roles in that language, and no Danish text is left unmarked."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from home.models import Contact
from twin_towns.models import (
    TwinTownIndexPage,
    TwinTownPage,
    TwinTownProjectIndexPage,
    TwinTownProjectPage,
)
from twin_towns.seed import TRANSLATIONS

PARTNER_LANGUAGES = ["de", "sv", "nb", "fi"]
SECTION = (TwinTownIndexPage, TwinTownPage, TwinTownProjectIndexPage, TwinTownProjectPage)


@pytest.fixture
def site(seeded_site, db):
    """The seeded site, each test in its own savepoint."""


def _danish_section():
    return list(
        Page.objects.type(*SECTION).filter(locale__language_code="da").live().order_by("path")
    )


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize("language", PARTNER_LANGUAGES)
def test_every_page_of_the_section_exists_in_the_language(site, client, language):
    danish = _danish_section()
    assert len(danish) == 1 + 5 + 1 + 3  # index, five towns, project index, three projects
    for page in danish:
        translation = page.get_translations().filter(locale__language_code=language).first()
        assert translation is not None and translation.live, (language, page.title)
        assert translation.alias_of_id is None
        assert translation.title == TRANSLATIONS[language][page.title], page.title
        soup = _soup(client, translation.url)
        assert soup.html["lang"] == language
        assert soup.h1.get_text(strip=True) == translation.title


@pytest.mark.parametrize("language", PARTNER_LANGUAGES)
def test_lists_link_the_pages_in_the_language(site, client, language):
    index = TwinTownIndexPage.objects.get(locale__language_code=language)
    town = TwinTownPage.objects.get(locale__language_code=language, slug="varberg")
    projects = TwinTownProjectIndexPage.objects.get(locale__language_code=language)
    for page in (index, town, projects):
        soup = _soup(client, page.url)
        main = soup.select_one("main")
        # Links marked with another language (a town's page in its own language) aside.
        links = [a["href"] for a in main.select("a[href^='/']:not([hreflang])")]
        assert links, page.url
        section_links = [href for href in links if "/venskabsbyer/" in href]
        assert section_links and all(href.startswith(f"/{language}/") for href in section_links), (
            page.url,
            section_links,
        )
        # No Danish page linked, and nothing marked as Danish in the content.
        assert not main.select('[lang="da"]:not(.contact-card__name strong)'), page.url


@pytest.mark.parametrize("language", PARTNER_LANGUAGES)
def test_contacts_appear_with_their_roles_in_the_language(site, client, language):
    project = TwinTownProjectPage.objects.get(
        locale__language_code=language, slug="nordisk-ungdomsuge"
    )
    soup = _soup(client, project.url)
    roles = [p.get_text(strip=True) for p in soup.select(".contact-card__role")]
    assert len(roles) == 4  # Haderslev, Varberg, Sandefjord, Uusikaupunki
    role = TRANSLATIONS[language]["Eksempel: Kontaktperson for venskabsbysamarbejdet"]
    assert all(text.startswith(role) for text in roles), roles
    assert not soup.select('.contact-card__role[lang="da"]')
    # Names are not translated (synchronised); written in Danish, so marked as Danish.
    names = soup.select(".contact-card__name strong")
    assert names and all(name["lang"] == "da" for name in names)


@pytest.mark.parametrize("language", PARTNER_LANGUAGES)
def test_every_contact_of_the_section_is_translated(site, language):
    contacts = set()
    for page in (
        Page.objects.type(TwinTownPage, TwinTownProjectPage)
        .filter(locale__language_code="da")
        .specific()
    ):
        contacts.update(link.contact for link in page.contact_links.all())
    assert contacts
    for contact in contacts:
        translated = Contact.objects.filter(
            translation_key=contact.translation_key, locale__language_code=language
        ).first()
        assert translated is not None, (language, contact.name)
        assert translated.role == TRANSLATIONS[language][contact.role]
