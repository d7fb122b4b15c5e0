"""Translations follow the Danish source, and external translators can work in PO files."""

import polib
import pytest
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from initiatives.models import InitiativeStatus
from tests.home.factories import ContactFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory


@pytest.fixture
def initiative(home_page, translate):
    translate(home_page, "en")
    petal = PetalPageFactory(parent=home_page, title="Synlighed")
    translate(petal, "en", {"Synlighed": "Visibility"})
    page = InitiativePageFactory(
        parent=petal,
        title="Lokale råd",
        summary="Der oprettes lokale råd.",
        status=InitiativeStatus.PLANNED,
        body=[("paragraph", "<p>Som en del af Fælles Forum.</p>")],
    )
    translate(
        page,
        "en",
        {
            "Lokale råd": "Local councils",
            "Der oprettes lokale råd.": "Local councils are set up.",
            "Som en del af Fælles Forum.": "As part of Fælles Forum.",
        },
    )
    return page


def _english(page, locales):
    return page.get_translation(locales["en"]).specific


def test_publishing_the_danish_page_resyncs_its_english_translation(initiative, locales):
    # An editor changes a synchronised fact and adds a paragraph, then publishes.
    initiative.status = InitiativeStatus.IN_PROGRESS
    initiative.body.append(("paragraph", "<p>Rådene mødes fire gange om året.</p>"))
    initiative.save_revision().publish()

    english = _english(initiative, locales)
    assert english.live
    assert english.status == InitiativeStatus.IN_PROGRESS  # synchronised field follows
    assert english.title == "Local councils"  # translations are kept
    paragraphs = [block.value.source for block in english.body]
    assert paragraphs[0] == "<p>As part of Fælles Forum.</p>"
    # The new segment reaches the English page (in Danish until translated) ...
    assert paragraphs[1] == "<p>Rådene mødes fire gange om året.</p>"
    # ... and the translators, as an untranslated string in wagtail-localize.
    translation = Translation.objects.get(
        source__object_id=initiative.translation_key, target_locale=locales["en"]
    )
    assert translation.get_progress() == (4, 3)


def test_a_draft_of_the_danish_page_does_not_resync(initiative, locales):
    initiative.status = InitiativeStatus.DONE
    initiative.save_revision()  # saved, not published
    assert _english(initiative, locales).status == InitiativeStatus.PLANNED


def test_a_translation_switched_to_manual_is_not_resynced(initiative, locales):
    Translation.objects.filter(target_locale=locales["en"]).update(enabled=False)
    initiative.status = InitiativeStatus.DONE
    initiative.save_revision().publish()
    assert _english(initiative, locales).status == InitiativeStatus.PLANNED


def test_editing_a_danish_contact_in_the_admin_resyncs_its_translation(
    admin_client, home_page, locales, translate
):
    contact = ContactFactory(role="Konsulent", organisation="Haderslev Kommune", phone="11 11")
    english = translate(
        contact, "en", {"Konsulent": "Consultant", "Haderslev Kommune": "Haderslev Municipality"}
    )
    url = f"/admin/snippets/home/contact/edit/{contact.pk}/"
    response = admin_client.post(
        url,
        {
            "name": contact.name,
            "role": "Konsulent",
            "organisation": "Haderslev Kommune",
            "email": contact.email,
            "phone": "22 22 22 22",
            "may_publish": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    english.refresh_from_db()
    assert english.phone == "22 22 22 22"
    assert english.role == "Consultant"


def test_po_export_import_round_trip_changes_the_translated_text(initiative, locales):
    translation = Translation.objects.get(
        source__object_id=initiative.translation_key, target_locale=locales["en"]
    )
    po = translation.export_po()
    # Only language goes to translators: no status, slug, contact or URLs.
    contexts = {entry.msgctxt for entry in po}
    assert "title" in contexts and "summary" in contexts
    assert not contexts & {"status", "slug", "contact"}
    by_context = {entry.msgctxt: entry for entry in po}
    assert by_context["title"].msgid == "Lokale råd"
    assert by_context["title"].msgstr == "Local councils"

    # The external translator edits the file ...
    by_context["title"].msgstr = "Local community councils"
    exported = polib.pofile(str(po))

    # ... and it comes back.
    warnings = translation.import_po(exported)
    assert warnings == []
    translation.save_target(publish=False)
    english = _english(initiative, locales)
    english.get_latest_revision().publish()
    english.refresh_from_db()
    assert english.title == "Local community councils"
    assert StringTranslation.objects.get(
        locale=locales["en"], context__path="title", translation_of__data="Lokale råd"
    ).data == ("Local community councils")


def test_source_export_has_blank_translations_for_a_new_language(initiative):
    po = TranslationSource.objects.get_for_instance(initiative).export_po()
    assert {entry.msgid for entry in po} >= {"Lokale råd", "Der oprettes lokale råd."}
    assert all(entry.msgstr == "" for entry in po)
