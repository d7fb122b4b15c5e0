"""Translations follow the Danish source, and external translators can work in PO files."""

import polib
import pytest
from wagtail.models import Page, Workflow, WorkflowState
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


@pytest.fixture
def moderation_workflow(db):
    """The workflow the migration puts on the tree's root (home/migrations/0003)."""
    workflow = Page.get_first_root_node().get_workflow()
    assert isinstance(workflow, Workflow)
    return workflow


def _english(page, locales):
    return page.get_translation(locales["en"]).specific


def test_publishing_the_danish_page_drafts_its_english_translation_without_publishing(
    initiative, locales, client
):
    english = _english(initiative, locales)
    live_revision = english.live_revision_id
    # An editor changes a synchronised fact and adds a paragraph, then publishes.
    initiative.status = InitiativeStatus.IN_PROGRESS
    initiative.body.append(("paragraph", "<p>Rådene mødes fire gange om året.</p>"))
    initiative.save_revision().publish()

    # The English page readers see is untouched: no Danish paragraph, the old status ...
    english = _english(initiative, locales)
    assert english.live and english.live_revision_id == live_revision
    assert english.status == InitiativeStatus.PLANNED
    assert [block.value.source for block in english.body] == ["<p>As part of Fælles Forum.</p>"]
    html = client.get(english.url).content.decode()
    assert "Rådene mødes" not in html
    # ... and it is marked out of date: a draft holds the update for the translators.
    assert english.has_unpublished_changes
    draft = english.get_latest_revision_as_object()
    assert draft.status == InitiativeStatus.IN_PROGRESS  # synchronised field follows
    assert draft.title == "Local councils"  # translations are kept
    paragraphs = [block.value.source for block in draft.body]
    assert paragraphs == [
        "<p>As part of Fælles Forum.</p>",
        "<p>Rådene mødes fire gange om året.</p>",  # in Danish until translated
    ]
    # The new segment reaches the translators, as an untranslated string in wagtail-localize.
    translation = Translation.objects.get(
        source__object_id=initiative.translation_key, target_locale=locales["en"]
    )
    assert translation.get_progress() == (4, 3)


def test_a_review_in_progress_is_cancelled_when_the_danish_page_adds_text(
    initiative, locales, moderation_workflow
):
    english = _english(initiative, locales)
    english.save_revision()
    state = moderation_workflow.start(english, None)
    initiative.body.append(("paragraph", "<p>Rådene mødes fire gange om året.</p>"))
    initiative.save_revision().publish()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_CANCELLED


def test_a_review_in_progress_continues_when_only_facts_change(
    initiative, locales, moderation_workflow
):
    english = _english(initiative, locales)
    english.save_revision()
    state = moderation_workflow.start(english, None)
    initiative.status = InitiativeStatus.DONE
    initiative.save_revision().publish()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    # Approving publishes the (complete) update.
    state.current_task_state.task.specific.on_action(state.current_task_state, None, "approve")
    english = _english(initiative, locales)
    assert english.status == InitiativeStatus.DONE
    assert not english.has_unpublished_changes


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
