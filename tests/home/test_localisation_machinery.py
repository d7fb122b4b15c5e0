"""Seeded translations go through wagtail-localize's own objects, like an editor's translation."""

import pytest
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.localisation import (
    TranslationCatalogue,
    as_segment_html,
    collect_translations,
    normalise,
    sync_object_translation,
    target_languages,
)
from home.models import HomePage, StandardPage
from tests.home.factories import ContactFactory, StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory

# --- The catalogue: Danish segments as the seed code writes them ----------------------------------


def test_plain_text_and_escaped_segments_match():
    # wagtail-localize stores plain-text fields HTML-escaped; the catalogue is written plainly.
    assert normalise("Børn & unge") == normalise("Børn &amp; unge")
    catalogue = TranslationCatalogue({"en": {"Børn & unge": "Children & young people"}})
    assert catalogue.lookup("en", "Børn &amp; unge") == "Children &amp; young people"


def test_rich_text_link_ids_and_wrappers_match():
    # Rich text segments keep inline tags, with link attributes replaced by ids.
    catalogue = TranslationCatalogue(
        {"en": {'<p>Læs <a href="https://example.org">mere</a>.</p>': 'Read <a href="x">more</a>.'}}
    )
    assert catalogue.lookup("en", 'Læs <a id="a1">mere</a>.') == 'Read <a id="a1">more</a>.'


def test_missing_language_or_segment_gives_none():
    catalogue = TranslationCatalogue({"en": {"Synlighed": "Visibility"}})
    assert catalogue.lookup("en", "Ukendt") is None
    assert catalogue.lookup("sv", "Synlighed") is None


def test_plain_text_with_angle_brackets_is_escaped():
    assert as_segment_html("a < b") == "a &lt; b"


def test_every_app_seed_module_contributes_translations():
    translations = collect_translations()
    assert translations["en"]["Synlighed"] == "Visibility"  # initiatives.seed
    assert translations["en"]["Om politikken"] == "About the policy"  # home.seed
    assert set(translations) >= {"en", "de", "sv", "nb", "fi"}


# --- Which pages go into which languages ----------------------------------------------------------


def test_home_page_goes_into_english_and_the_partner_languages(home_page, locales):
    assert target_languages(home_page) == ["en", "de", "sv", "nb", "fi"]


def test_petals_go_into_english_and_the_partner_languages(home_page, locales):
    petal = PetalPageFactory(parent=home_page)
    assert target_languages(petal) == ["en", "de", "sv", "nb", "fi"]


def test_other_pages_go_into_english(home_page, locales):
    assert target_languages(StandardPageFactory(parent=home_page)) == ["en"]


def test_snippets_are_offered_to_every_language(home_page, locales):
    # Only the languages the catalogue translates every text field into are then used (the
    # twin-town section's contacts are translated into the partner languages).
    assert target_languages(ContactFactory()) == ["en", "de", "sv", "nb", "fi"]


def test_a_page_naming_its_own_language_also_goes_into_it(home_page, locales, monkeypatch):
    # Twin-town pages name their town's language (Varberg: Swedish).
    page = StandardPageFactory(parent=home_page)
    monkeypatch.setattr(StandardPage, "language_code", "sv", raising=False)
    assert target_languages(page) == ["en", "sv"]
    monkeypatch.setattr(StandardPage, "language_code", "fr", raising=False)  # Braine: no locale
    assert target_languages(page) == ["en"]


# --- Creating a translation ---------------------------------------------------------------------


@pytest.fixture
def about(home_page, translate):
    translate(home_page, "en", {home_page.title: "Active Citizenship Haderslev"})
    return StandardPageFactory(
        parent=home_page,
        title="Om politikken",
        slug="om-politikken",
        intro="Politikken er det lokale bud.",
        body=[
            ("heading", {"text": "Formålet med politikken", "level": "h2"}),
            ("paragraph", "<p>Der er brug for alle.</p><ul><li>Første punkt</li></ul>"),
        ],
    )


def test_translation_is_made_of_wagtail_localize_objects(about, locales):
    catalogue = TranslationCatalogue(
        {
            "en": {
                "Om politikken": "About the policy",
                "Politikken er det lokale bud.": "The policy is the local answer.",
                "Formålet med politikken": "The purpose of the policy",
                "Der er brug for alle.": "Everyone is needed.",
                "Første punkt": "First point",
            }
        }
    )
    assert sync_object_translation(about, locales["en"], catalogue) == "created"

    source = TranslationSource.objects.get_for_instance(about)
    translation = Translation.objects.get(source=source, target_locale=locales["en"])
    assert translation.enabled  # synchronised, like an editor's "Translate this page"
    assert translation.get_progress() == (5, 5)
    assert StringTranslation.objects.filter(locale=locales["en"]).count() >= 5

    english = about.get_translation(locales["en"]).specific
    assert english.live
    assert english.title == "About the policy"
    assert english.slug == "om-politikken"  # synchronised: same path in every language
    assert english.url == "/en/om-politikken/"
    assert english.body[0].value["text"] == "The purpose of the policy"
    assert english.body[0].value["level"] == "h2"  # not language: synchronised
    assert "<p>Everyone is needed.</p><ul><li>First point</li></ul>" in english.body[1].value.source


def test_untranslated_segments_fall_back_to_danish(about, locales):
    catalogue = TranslationCatalogue({"en": {"Om politikken": "About the policy"}})
    sync_object_translation(about, locales["en"], catalogue)
    english = about.get_translation(locales["en"]).specific
    assert english.title == "About the policy"
    assert english.intro == "Politikken er det lokale bud."
    translation = Translation.objects.get(
        target_locale=locales["en"], source__object_id=about.translation_key
    )
    assert translation.get_progress() == (5, 1)


def test_a_page_whose_title_is_not_in_the_catalogue_is_left_to_editors(about, locales):
    catalogue = TranslationCatalogue({"en": {"Politikken er det lokale bud.": "The local answer."}})
    assert sync_object_translation(about, locales["en"], catalogue) == "skipped"
    assert about.get_translation_or_none(locales["en"]) is None


def test_a_snippet_is_translated_only_when_every_text_field_is(home_page, locales):
    contact = ContactFactory(role="Frivillighedskonsulent", organisation="Haderslev Kommune")
    partial = TranslationCatalogue({"en": {"Frivillighedskonsulent": "Volunteer coordinator"}})
    assert sync_object_translation(contact, locales["en"], partial) == "skipped"
    full = TranslationCatalogue(
        {
            "en": {
                "Frivillighedskonsulent": "Volunteer coordinator",
                "Haderslev Kommune": "Haderslev Municipality",
            }
        }
    )
    assert sync_object_translation(contact, locales["en"], full) == "created"
    english = contact.get_translation(locales["en"])
    assert (english.role, english.organisation) == (
        "Volunteer coordinator",
        "Haderslev Municipality",
    )
    # Facts are synchronised, not translated.
    assert (english.name, english.email, english.may_publish) == (
        contact.name,
        contact.email,
        contact.may_publish,
    )


def test_rerun_is_unchanged_and_keeps_a_translators_edit(about, locales):
    catalogue = TranslationCatalogue({"en": {"Om politikken": "About the policy"}})
    sync_object_translation(about, locales["en"], catalogue)
    english = about.get_translation(locales["en"]).specific
    revisions = english.revisions.count()

    # A translator improves the title in wagtail-localize.
    StringTranslation.objects.filter(locale=locales["en"], context__path="title").update(
        data="About this policy"
    )
    assert sync_object_translation(about, locales["en"], catalogue) == "unchanged"
    assert english.revisions.count() == revisions

    # New catalogue entries are added; the translator's title is kept.
    more = TranslationCatalogue(
        {"en": {"Om politikken": "About the policy", "Første punkt": "First point"}}
    )
    assert sync_object_translation(about, locales["en"], more) == "updated"
    english.refresh_from_db()
    assert english.title == "About this policy"
    assert "First point" in english.body[1].value.source


def test_a_translation_an_editor_took_over_is_left_alone(about, locales):
    catalogue = TranslationCatalogue({"en": {"Om politikken": "About the policy"}})
    sync_object_translation(about, locales["en"], catalogue)
    Translation.objects.filter(target_locale=locales["en"]).update(enabled=False)
    more = TranslationCatalogue({"en": {"Om politikken": "About", "Første punkt": "First point"}})
    assert sync_object_translation(about, locales["en"], more) == "skipped"


def test_untranslated_parents_become_aliases_until_translated(home_page, locales, translate):
    translate(home_page, "en")
    petal = PetalPageFactory(parent=home_page, title="Synlighed", slug="synlighed")
    initiative = InitiativePageFactory(parent=petal, title="Lokale råd", slug="lokale-raad")

    translate(initiative, "en", {"Lokale råd": "Local councils"})
    english_petal = petal.get_translation(locales["en"])
    assert english_petal.alias_of_id == petal.id  # wagtail-localize's stand-in for the parent

    translate(petal, "en", {"Synlighed": "Visibility"})
    english_petal.refresh_from_db()
    assert english_petal.alias_of_id is None
    assert english_petal.title == "Visibility"


def test_home_page_translation_is_a_new_locale_tree(home_page, locales, translate):
    swedish = translate(home_page, "sv", {home_page.title: "Medborgarskap Haderslev"})
    assert isinstance(swedish, HomePage)
    assert swedish.get_parent().id == Page.get_first_root_node().id
    assert swedish.url == "/sv/"


def test_machine_translation_is_off():
    from wagtail_localize.machine_translators import get_machine_translator

    assert get_machine_translator() is None
