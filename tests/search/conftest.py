"""A small site to search: two petals with initiatives, a standard page, and an English tree.

The word "frivillige" is in three pages (two initiatives in two petals and a standard page), so
facets have something to count on every database.
"""

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from tests.home.factories import StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with no cached search results or vocabulary."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locale_en(db):
    locale, _created = Locale.objects.get_or_create(language_code="en")
    return locale


@pytest.fixture
def site_pages(home_page):
    visibility = PetalPageFactory(parent=home_page, title="Synlighed", slug="synlighed")
    health = PetalPageFactory(parent=home_page, title="Sundhed", slug="sundhed")
    pages = {
        "visibility": visibility,
        "health": health,
        "associations": InitiativePageFactory(
            parent=visibility,
            title="Foreningerne fortæller",
            slug="foreningerne-fortaeller",
            summary="De frivillige foreninger i Haderslev viser, hvad de kan.",
        ),
        "volunteering": InitiativePageFactory(
            parent=health,
            title="Sundhed og fællesskab",
            slug="sundhed-og-faellesskab",
            summary="Frivilligheden og de frivillige styrker sundheden i lokalsamfundet.",
        ),
        "exercise": InitiativePageFactory(
            parent=health,
            title="Motion i naturen",
            slug="motion-i-naturen",
            summary="Gåture og cykelture for alle aldre.",
        ),
        "about": StandardPageFactory(
            parent=home_page,
            title="Om politikken",
            slug="om-politikken",
            intro="Politikken bygger på samspillet med de frivillige kræfter.",
        ),
    }
    return pages


@pytest.fixture
def english_pages(home_page, locale_en):
    """The home page's English translation with one page below it."""
    home_en = home_page.copy_for_translation(locale_en)
    home_en.save_revision().publish()
    home_en.refresh_from_db()
    volunteers = StandardPageFactory(
        parent=home_en,
        title="Volunteers in Haderslev",
        slug="volunteers",
        intro="Volunteering makes the associations of Haderslev stronger.",
    )
    return {"home": home_en, "volunteers": volunteers}
