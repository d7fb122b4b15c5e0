"""`seed_content` translates the seeded site through wagtail-localize: English for every page and
snippet, the home page in the partner languages, and a second run changes nothing.

The site is seeded once for this module (`seeded_site` in tests/conftest.py).
"""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import (
    GroupPagePermission,
    Locale,
    Page,
    PageLogEntry,
    Revision,
    Site,
)
from wagtail_localize.models import (
    String,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

import home.seed
import initiatives.seed
from home.localisation import normalise, seeded_pages, target_languages
from home.models import Contact, HomePage

PARTNER_LANGUAGES = ["de", "sv", "nb", "fi"]


@pytest.fixture
def seeded(seeded_site, db):
    return Site.objects.get(is_default_site=True).root_page.specific


def _pages(language):
    """The municipal site's pages in `language` (the meeting place is a Site of its own)."""
    home = HomePage.objects.filter(locale__language_code=language).first()
    if home is None:
        return Page.objects.none()
    return Page.objects.descendant_of(home, inclusive=True)


def test_every_seeded_page_and_snippet_exists_in_english(seeded):
    english = Locale.objects.get(language_code="en")
    for page in seeded_pages():
        translation = page.get_translation_or_none(english)
        assert translation is not None and translation.live, page.url
        assert translation.alias_of_id is None
    for contact in Contact.objects.filter(locale__language_code="da"):
        assert contact.has_translation(english)
    assert _pages("en").count() == _pages("da").count()


def test_partner_languages_hold_the_home_page_and_what_names_their_language(seeded):
    for language in PARTNER_LANGUAGES:
        expected = {
            page.translation_key for page in seeded_pages() if language in target_languages(page)
        }
        actual = set(_pages(language).values_list("translation_key", flat=True))
        assert actual == expected, language
        assert seeded.translation_key in actual
        assert not _pages(language).filter(alias_of__isnull=False).exists()


def _missing(translation):
    return [
        segment.string.data
        for segment in translation.source.stringsegment_set.annotate_translation(
            translation.target_locale
        ).select_related("string")
        if not segment.translation
    ]


def test_english_covers_every_seeded_segment(seeded):
    """The content contract: every app supplies English for everything it seeds."""
    translations = Translation.objects.filter(target_locale__language_code="en")
    # Every seeded Danish page, and every Danish contact, has an English translation.
    translated_keys = set(translations.values_list("source__object_id", flat=True))
    assert set(_pages("da").values_list("translation_key", flat=True)) <= translated_keys
    contacts = Contact.objects.filter(locale__language_code="da")
    assert set(contacts.values_list("translation_key", flat=True)) <= translated_keys
    missing = {str(t.source.object_repr): _missing(t) for t in translations}
    assert {key: value for key, value in missing.items() if value} == {}


def test_the_home_page_is_fully_translated_into_the_partner_languages(seeded):
    for language in PARTNER_LANGUAGES:
        translation = Translation.objects.get(
            source__object_id=seeded.translation_key, target_locale__language_code=language
        )
        total, translated = translation.get_progress()
        assert total == translated > 5, language


@pytest.mark.parametrize("module", [home.seed, initiatives.seed])
def test_every_catalogue_entry_matches_a_seeded_segment(seeded, module):
    """A typo in a Danish key would silently leave a segment untranslated."""
    segments = {normalise(data) for data in String.objects.values_list("data", flat=True)}
    document_titles = {
        normalise(title) for title in get_document_model().objects.values_list("title", flat=True)
    }
    for language, mapping in module.TRANSLATIONS.items():
        # Document titles are catalogued for the documents' own translation, not page segments.
        unused = [
            source
            for source in mapping
            if normalise(source) not in segments and normalise(source) not in document_titles
        ]
        assert unused == [], language


def test_seeded_translations_are_wagtail_localize_translations(seeded):
    english_home = seeded.get_translation(Locale.objects.get(language_code="en"))
    assert english_home.title == "Active Citizenship Haderslev"
    source = TranslationSource.objects.get_for_instance(seeded)
    assert source.translations.filter(enabled=True).count() == 5
    assert TranslationLog.objects.filter(source=source).count() == 5


def test_partner_translators_may_work_in_their_language_tree(seeded):
    for language, group in [("sv", "svensk"), ("nb", "norsk"), ("fi", "finsk"), ("de", "tysk")]:
        # The language's roots: the municipal home page and the volunteers' meeting place.
        roots = Page.objects.filter(depth=2, locale__language_code=language)
        granted = GroupPagePermission.objects.filter(group__name=f"Oversættere, {group}")
        # Edit and send for review; publishing is the moderators' (home/translation_review.py).
        assert set(granted.values_list("page_id", "permission__codename")) == {
            (root.id, "change_page") for root in roots
        }


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            Revision,
            PageLogEntry,
            Contact,
            TranslationSource,
            Translation,
            TranslationLog,
            String,
            StringTranslation,
            GroupPagePermission,
        )
    }


def test_a_second_seed_run_changes_nothing(seeded):
    before = _counts()
    revisions = dict(Page.objects.values_list("id", "latest_revision_id"))
    sources = dict(TranslationSource.objects.values_list("id", "last_updated_at"))
    out = StringIO()
    call_command("seed_content", stdout=out)
    assert "0 created" in out.getvalue()
    assert _counts() == before
    assert dict(Page.objects.values_list("id", "latest_revision_id")) == revisions
    assert dict(TranslationSource.objects.values_list("id", "last_updated_at")) == sources


@pytest.mark.parametrize("language", ["da", "en", "de", "sv", "nb", "fi"])
def test_every_seeded_page_renders_in_its_language(seeded, client, language):
    for page in _pages(language).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{language}">' in html, page.url
        hreflangs = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)">', html))
        assert hreflangs[language] == page.full_url
        assert "x-default" in hreflangs


def test_english_pages_read_in_english(seeded, client):
    html = client.get("/en/synlighed/").content.decode()
    assert "<h1>Visibility</h1>" in html
    assert "How do we become proud of our municipality?" in html
    assert "Where do we want to go?" in html  # UI string
    initiative = client.get("/en/synlighed/lokale-raad/").content.decode()
    assert "Example: Contact person for volunteers and associations" in initiative
    assert "Haderslev Municipality" in initiative


def test_swedish_home_page_reads_in_swedish(seeded, client):
    html = client.get("/sv/").content.decode()
    assert "<h1>Medborgarskap Haderslev</h1>" in html
    assert "Kommunfullmäktige, december 2011" in html


def test_coverage_report_lists_pages_and_translated_share_per_language(seeded):
    out = StringIO()
    call_command("translation_coverage", "-v", "2", stdout=out)
    lines = out.getvalue().splitlines()
    # Every page of the language, the volunteers' meeting place (a Site of its own) included.
    for language in ("da", "en"):
        count = Page.objects.filter(depth__gte=2, locale__language_code=language).count()
        assert f"  {language}: {count} (0)" in lines
    english = next(line for line in lines if line.startswith("  en:") and "segments" in line)
    assert "(100 %)" in english
