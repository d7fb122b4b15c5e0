"""Fixtures for the production behaviour tests: the page cache switched on, a clean cache."""

import pytest
from django.core.cache import caches

from haderslev_site import cache as page_cache_module
from home.models import SiteSettings


def clear_memory_caches(settings):
    """Clear every cache but the rate limits' database table (a test's transaction holds it)."""
    for alias, config in settings.CACHES.items():
        if not config["BACKEND"].endswith("DatabaseCache"):
            caches[alias].clear()


@pytest.fixture
def page_cache(request, settings):
    """The page cache as in production (test settings switch it off for every other test).

    With a home page, its site settings row exists up front, as on a real site: the first
    render would otherwise create it, which (rightly) invalidates the cache once."""
    settings.PAGE_CACHE_ENABLED = True
    settings.CHROME_CACHE_ENABLED = True
    if "home_page" in request.fixturenames:
        SiteSettings.for_site(request.getfixturevalue("home_page").get_site())
    clear_memory_caches(settings)


@pytest.fixture
def chrome_cache(settings):
    """The site chrome cached per generation (home.chrome), as in production."""
    settings.CHROME_CACHE_ENABLED = True
    clear_memory_caches(settings)


@pytest.fixture(autouse=True)
def _empty_caches(settings):
    """Local-memory caches outlive a test; SQLite reuses ids after a rollback, so a rendition
    or page cached by an earlier test could otherwise answer for this one."""
    clear_memory_caches(settings)
    # ... and the page cache's memory of a recent outage belongs to the test that caused it.
    page_cache_module._state.update(unavailable_until=0.0, bump_pending=False)
