"""Fixtures shared by every app's tests: a Danish home page as the default site's root."""

import functools
from io import StringIO

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Page, Site

from tests.home.factories import HomePageFactory


@pytest.fixture
def locale_da(db):
    locale, _created = Locale.objects.get_or_create(language_code="da")
    return locale


@pytest.fixture
def home_page(locale_da):
    """The site's Danish home page, replacing Wagtail's default welcome page as site root."""
    root = Page.get_first_root_node()
    root.get_children().filter(slug="home").delete()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Test"},
    )
    return home


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the site's default language (Danish). The test client's requests
    activate the reader's language in the test's thread and Django leaves it active afterwards,
    so without this a test would see the language of whatever request ran before it."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture(scope="module")
def seeded_site(django_db_setup, django_db_blocker):
    """The whole seeded site (`seed_content`), built once per test module, since seeding with
    translations is slow. It lives in a transaction rolled back after the module; each test runs
    in its own savepoint on top of it (request `db` too), so tests stay independent."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_content", stdout=StringIO())
        yield
        transaction.set_rollback(True)


# Nothing listens on port 1: a connection is refused at once, as when Redis is down.
UNREACHABLE_REDIS_URL = "redis://127.0.0.1:1/0"


@functools.cache
def _production_caches(redis_url):
    from tests.site.test_production_settings import _production_settings

    return _production_settings(["CACHES", "PAGE_CACHE_GENERATION_ALIAS"], REDIS_URL=redis_url)


@pytest.fixture
def redis_down(settings):
    """The production settings' caches with REDIS_URL set and Redis down: the shared cache is
    the production backend pointed at a closed port, and the rate limits keep the database table
    production gives them. Yields the default cache (the unreachable Redis)."""
    from django.core.cache import caches

    from haderslev_site import cache as page_cache_module
    from haderslev_site import redis_cache

    production = _production_caches(UNREACHABLE_REDIS_URL)
    redis_cache._breakers.clear()
    settings.REDIS_URL = UNREACHABLE_REDIS_URL
    settings.CACHES = production["CACHES"]
    settings.PAGE_CACHE_GENERATION_ALIAS = production["PAGE_CACHE_GENERATION_ALIAS"]
    yield caches["default"]
    redis_cache._breakers.clear()
    # The page cache's memory of the outage (an invalidation to retry) belongs to this test.
    page_cache_module._state.update(unavailable_until=0.0, bump_pending=False)
