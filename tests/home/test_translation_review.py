"""Translations are reviewed before they go live; no Danish text is published as a translation.

Through the admin views editors, translators and moderators use: wagtail-localize's "Translate
this page", its translation editor, "Sync translated pages", Wagtail's bulk publish, and the
review bar's "Send til godkendelse" (home/translation_review.py). Real page types throughout.
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from home.editorial import EDITORS, MODERATORS
from tests.home.factories import StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory


@pytest.fixture
def site(home_page, translate):
    translate(home_page, "en", {home_page.title: "Active Citizenship Haderslev"})
    petal = PetalPageFactory(parent=home_page, title="Synlighed", slug="synlighed")
    translate(petal, "en", {"Synlighed": "Visibility"})
    page = InitiativePageFactory(
        parent=petal,
        title="Frivilligbørs",
        slug="frivilligboers",
        summary="Foreninger og frivillige mødes.",
    )
    page.save_revision().publish()
    return {"home": home_page, "petal": petal, "page": page}


def _user(django_user_model, name, group):
    user = django_user_model.objects.create_user(username=name, password="x" * 16)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(django_user_model):
    return _user(django_user_model, "redaktoer", EDITORS)


@pytest.fixture
def moderator(django_user_model):
    return _user(django_user_model, "moderator", MODERATORS)


@pytest.fixture
def translator(django_user_model, site):
    return _user(django_user_model, "translator", "Oversættere, engelsk")


def _start_english_translation(client, page, locales):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.id])
    response = client.post(url, {"locales": [locales["en"].id]})
    assert response.status_code == 302, response.content.decode()[:1000]
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locales["en"]
    )
    return translation, page.get_translation(locales["en"]).specific


def _translate(client, translation, texts):
    """Type `texts` (segment path -> text) into the translation editor's fields."""
    for segment in StringSegment.objects.filter(
        source=translation.source, context__path__in=texts
    ).select_related("context"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
        value = texts[segment.context.path]
        response = client.put(
            url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201), response.content


ENGLISH = {"title": "Volunteer exchange", "summary": "Associations and volunteers meet."}


def test_translate_this_page_creates_a_draft_and_english_readers_get_the_danish_original(
    client, site, locales, editor
):
    client.force_login(editor)
    translation, english = _start_english_translation(client, site["page"], locales)
    assert not english.live
    assert english.title == "Frivilligbørs"  # Danish text, in a draft only

    client.logout()
    response = client.get("/en/synlighed/frivilligboers/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>This page is not translated</h1>" in html
    assert '<a href="/da/synlighed/frivilligboers/" lang="da" hreflang="da">Frivilligbørs</a>' in (
        html
    )
    assert "Foreninger og frivillige" not in html


def test_the_translator_sends_for_review_and_a_moderator_approves(
    client, site, locales, editor, translator, moderator
):
    client.force_login(editor)
    translation, english = _start_english_translation(client, site["page"], locales)

    client.force_login(translator)
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[english.id]))
    assert editor_page.status_code == 200
    assert "Send til godkendelse" in editor_page.content.decode()
    submit = reverse("translation_review_submit", args=[translation.id])

    # Half translated: refused, and nothing starts.
    _translate(client, translation, {"title": ENGLISH["title"]})
    response = client.post(submit, follow=True)
    assert "1 tekststykke er ikke oversat endnu." in response.content.decode()
    assert not WorkflowState.objects.active().for_instance(english).exists()

    _translate(client, translation, ENGLISH)
    response = client.post(submit)
    assert response.status_code == 302
    state = WorkflowState.objects.active().for_instance(english).get()
    english.refresh_from_db()
    assert not english.live
    assert client.get("/en/synlighed/frivilligboers/").status_code == 404

    client.force_login(moderator)
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[english.id, "approve", state.current_task_state.id],
    )
    assert client.post(approve, {"comment": ""}).status_code in (200, 302)
    english.refresh_from_db()
    assert english.live and english.title == "Volunteer exchange"
    client.logout()
    html = client.get(english.url).content.decode()
    assert "Associations and volunteers meet." in html


def test_translators_cannot_publish_and_moderators_cannot_publish_untranslated_text(
    client, site, locales, editor, translator, moderator, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    translation, english = _start_english_translation(client, site["page"], locales)
    edit = reverse("wagtailadmin_pages:edit", args=[english.id])

    client.force_login(translator)
    response = client.post(edit, {"action": "publish"})
    assert response.status_code in (302, 403)
    english.refresh_from_db()
    assert not english.live

    client.force_login(moderator)
    response = client.post(edit, {"action": "publish"}, follow=True)
    assert "ikke oversat endnu" in response.content.decode()
    english.refresh_from_db()
    assert not english.live

    # Bulk publish from the explorer: refused too.
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(f"{bulk}?id={english.id}")
    assert response.status_code in (302, 403)  # Wagtail turns the refusal into a message
    english.refresh_from_db()
    assert not english.live

    # Completely translated, the moderator may publish directly, as for a Danish page.
    client.force_login(translator)
    _translate(client, translation, ENGLISH)
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        client.post(edit, {"action": "publish"})
    english.refresh_from_db()
    assert english.live and english.title == "Volunteer exchange"


def test_sync_translated_pages_cannot_publish_immediately(client, site, locales, moderator):
    client.force_login(moderator)
    translation, english = _start_english_translation(client, site["page"], locales)
    source = TranslationSource.objects.get_for_instance(site["page"])
    url = reverse("wagtail_localize:update_translations", args=[source.id])
    form = client.get(url).content.decode()
    assert 'name="publish_translations"' not in form or 'type="hidden"' in form
    response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    english.refresh_from_db()
    assert not english.live


def test_sync_translated_pages_drafts_a_live_translation(
    client, site, locales, moderator, django_capture_on_commit_callbacks
):
    """A published translation gets the Danish page's new text in a draft; readers keep the
    published English page."""
    client.force_login(moderator)
    translation, english = _start_english_translation(client, site["page"], locales)
    _translate(client, translation, ENGLISH)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[english.id]), {"action": "publish"})
    english.refresh_from_db()
    assert english.live

    site["page"].summary = "Foreninger, frivillige og borgere mødes."
    site["page"].save_revision()  # a draft: the source is refreshed by "Sync" from the database
    site["page"].save()
    source = TranslationSource.objects.get_for_instance(site["page"])
    url = reverse("wagtail_localize:update_translations", args=[source.id])
    assert client.post(url, {}).status_code == 302
    english.refresh_from_db()
    assert english.summary == ENGLISH["summary"]  # what readers see
    assert english.has_unpublished_changes
    draft = english.get_latest_revision_as_object()
    assert draft.summary == "Foreninger, frivillige og borgere mødes."  # for the translators


def test_the_translation_workflow_covers_every_locale_tree(site, locales, translate):
    english_home = site["home"].get_translation(locales["en"])
    assert english_home.get_workflow() == site["home"].get_workflow()
    assert english_home.get_workflow() is not None
    assert Page.get_first_root_node().get_workflow().name == "Redaktionel godkendelse"


def test_seeding_publishes_only_translations_without_danish_text(site, locales):
    from home.localisation import TranslationCatalogue, sync_object_translation

    other = StandardPageFactory(
        parent=site["home"], title="Om politikken", intro="Politikken kort."
    )
    other.save_revision().publish()
    partial = TranslationCatalogue({"en": {"Om politikken": "About the policy"}})
    assert sync_object_translation(other, locales["en"], partial) == "created"
    english = other.get_translation(locales["en"])
    assert not english.live  # the intro would be Danish: a draft for the translators

    full = TranslationCatalogue(
        {"en": {"Om politikken": "About the policy", "Politikken kort.": "The policy in brief."}}
    )
    assert sync_object_translation(other, locales["en"], full) == "updated"
    english.refresh_from_db()
    assert english.live and english.title == "About the policy"
