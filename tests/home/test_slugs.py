"""ASCII slugs with Danish transliteration for new pages and their translations (home/slugs.py),
with the real page types, the admin's own form and wagtail-localize's "Translate this page"."""

import json

import pytest
from django.urls import reverse
from wagtail_localize.operations import translate_object

from home.models import StandardPage
from home.slugs import DanishSlugInput, danish_slugify
from tests.home.admin_forms import as_post_data, edit_form_data
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory

CASES = [
    ("Frivilligbørs", "frivilligboers"),
    ("Æreshertug på Året", "aereshertug-paa-aaret"),
    ("Café", "cafe"),
    ("Bosætning og levesteder", "bosaetning-og-levesteder"),
]


@pytest.mark.parametrize(("title", "slug"), CASES)
def test_danish_transliteration(title, slug):
    assert danish_slugify(title) == slug


@pytest.mark.parametrize(("title", "slug"), CASES)
def test_a_page_made_in_code_gets_an_ascii_slug(home_page, title, slug):
    page = home_page.add_child(instance=StandardPage(title=title))
    assert page.slug == slug


def test_a_unicode_slug_is_transliterated(home_page):
    petal = PetalPageFactory(parent=home_page, title="Synlighed", slug="synlighed")
    page = InitiativePageFactory(parent=petal, title="Frivilligbørs", slug="frivilligbørs")
    assert page.slug == "frivilligboers"
    assert page.url == "/da/synlighed/frivilligboers/"


def test_the_admin_form_saves_an_ascii_slug(admin_client, home_page):
    page = home_page.add_child(instance=StandardPage(title="Midlertidig"))
    data = edit_form_data(admin_client, page, title="Æreshertug på Året", slug="æreshertug-på-året")
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.id]), as_post_data(data)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().slug == "aereshertug-paa-aaret"


def test_the_admin_slug_field_transliterates_as_the_editor_types(admin_client, home_page):
    """The same rule in the browser: Wagtail's slug controller runs the Danish formatters
    before its own ASCII downcoding (which alone would make ø an o)."""
    html = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.id])
    ).content.decode()
    # WAGTAIL_ALLOW_UNICODE_SLUGS = False: Django leaves a false attribute out, and the
    # controller's default is ASCII.
    assert "data-w-slug-allow-unicode-value" not in html
    assert "data-w-slug-formatters-value=" in html
    formatters = json.loads(DanishSlugInput().attrs["data-w-slug-formatters-value"])
    assert [["ø", "gu"], "oe"] in formatters and [["Å", "gu"], "aa"] in formatters


def test_a_translation_keeps_the_ascii_slug(home_page, locales, translate):
    translate(home_page, "en")
    petal = PetalPageFactory(parent=home_page, title="Synlighed", slug="synlighed")
    translate(petal, "en", {"Synlighed": "Visibility"})
    page = InitiativePageFactory(parent=petal, title="Frivilligbørs", slug="")
    page.save_revision().publish()
    translate_object(page, [locales["en"]])
    english = page.get_translation(locales["en"])
    assert page.slug == english.slug == "frivilligboers"
