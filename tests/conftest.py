"""Fixtures shared by every app's tests: a Danish home page as the default site's root."""

import pytest
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
