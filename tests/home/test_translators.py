"""Partner translators translate into their own language, and nothing else.

A Swedish translator (the group "Oversættere, svensk") works through Wagtail's admin and
wagtail-localize's translation editor: allowed and refused actions are tested through those views.
"""

import importlib
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import GroupPagePermission, WorkflowState
from wagtail_localize.models import StringSegment, Translation

from home.translators import TRANSLATOR_GROUPS
from tests.home.factories import StandardPageFactory

migration = importlib.import_module("home.migrations.0002_translator_groups")


def test_the_migration_creates_a_group_per_language_with_admin_access(db):
    assert TRANSLATOR_GROUPS == migration.TRANSLATOR_GROUPS
    for name in ("Oversættere, svensk", "Oversættere, norsk", "Oversættere, finsk"):
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists()
    assert Group.objects.filter(name="Oversættere, tysk").exists()
    assert Group.objects.filter(name="Oversættere, engelsk").exists()


@pytest.fixture
def site(home_page, translate):
    swedish_home = translate(home_page, "sv", {home_page.title: "Medborgarskap Haderslev"})
    german_home = translate(home_page, "de", {home_page.title: "Bürgerengagement Hadersleben"})
    about = StandardPageFactory(parent=home_page, title="Om politikken", slug="om-politikken")
    swedish_about = translate(about, "sv", {"Om politikken": "Om policyn"})
    german_about = translate(about, "de", {"Om politikken": "Über die Leitlinien"})
    return {
        "da": about,
        "sv": swedish_about,
        "de": german_about,
        "sv_home": swedish_home,
        "de_home": german_home,
    }


def test_a_new_locale_tree_gives_its_translators_edit_rights_only(site):
    group = Group.objects.get(name="Oversættere, svensk")
    granted = GroupPagePermission.objects.filter(group=group)
    assert {(p.page_id, p.permission.codename) for p in granted} == {
        (site["sv_home"].id, "change_page"),
    }


@pytest.fixture
def swedish_translator(client, django_user_model, site):
    user = django_user_model.objects.create_user(username="varberg", password="x" * 16)
    user.groups.add(Group.objects.get(name="Oversættere, svensk"))
    client.force_login(user)
    return client


def _edit(page):
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def _translation(page, locale):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale, enabled=True
    )


def _refused(response):
    """Wagtail's admin answers a refused action with 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


# Allowed ------------------------------------------------------------------------------------------


def test_translator_opens_the_translation_editor_for_a_swedish_page(swedish_translator, site):
    response = swedish_translator.get(_edit(site["sv"]))
    assert response.status_code == 200
    # wagtail-localize's editor, not the plain page form.
    assert b"wagtail-localize" in response.content or b"localize" in response.content


def _translate_string(client, translation, segment, value):
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


def test_translator_translates_and_sends_for_review_a_moderator_approves(
    swedish_translator, site, locales, client, django_user_model
):
    """The Swedish page is updated through the workflow: the translator cannot publish."""
    translation = _translation(site["da"], locales["sv"])
    # The Danish page gained a sentence: the Swedish page's draft shows it in Danish.
    segments = {s.context.path: s for s in translation.source.stringsegment_set.all()}
    response = _translate_string(
        swedish_translator, translation, segments["title"], "Om kommunens policy"
    )
    assert response.status_code in (200, 201)

    # Publishing directly is the moderators' right, not the translator's.
    response = swedish_translator.post(_edit(site["sv"]), {"action": "publish"})
    assert _refused(response)
    site["sv"].refresh_from_db()
    assert site["sv"].title == "Om policyn"

    submit = reverse("translation_review_submit", args=[translation.id])
    response = swedish_translator.post(submit)
    assert response.status_code == 302
    state = WorkflowState.objects.active().for_instance(site["sv"]).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    site["sv"].refresh_from_db()
    assert site["sv"].title == "Om policyn"  # live content unchanged until approved
    assert site["sv"].has_unpublished_changes

    moderator = django_user_model.objects.create_user(username="mod", password="x" * 16)
    moderator.groups.add(Group.objects.get(name="Moderatorer"))
    client.force_login(moderator)
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[site["sv"].id, "approve", state.current_task_state.id],
    )
    response = client.post(approve, {"comment": ""})
    assert response.status_code in (200, 302)
    site["sv"].refresh_from_db()
    assert site["sv"].title == "Om kommunens policy"
    assert site["sv"].live and not site["sv"].has_unpublished_changes


def test_translator_uploads_a_po_file_for_their_language(swedish_translator, site, locales):
    translation = _translation(site["da"], locales["sv"])
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt == "title":
            entry.msgstr = "Policyn i korthet"
    upload = SimpleUploadedFile("sv.po", str(po).encode(), content_type="text/x-gettext")
    response = swedish_translator.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]), {"file": upload}
    )
    assert response.status_code == 302
    assert translation.source.stringsegment_set.get(context__path="title").string.translations.get(
        locale=locales["sv"]
    ).data == ("Policyn i korthet")


# Refused ------------------------------------------------------------------------------------------


def test_translator_cannot_edit_or_publish_the_danish_page(swedish_translator, site):
    assert _refused(swedish_translator.get(_edit(site["da"])))
    response = swedish_translator.post(
        _edit(site["da"]),
        {"title": "Ændret", "slug": "om-politikken", "action-publish": "action-publish"},
    )
    assert _refused(response)
    site["da"].refresh_from_db()
    assert site["da"].title == "Om politikken"


def test_translator_cannot_translate_into_another_language(swedish_translator, site, locales):
    assert _refused(swedish_translator.get(_edit(site["de"])))
    translation = _translation(site["da"], locales["de"])
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, title.id])
    response = swedish_translator.put(
        url, "value=Unsinn", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 403
    download = reverse("wagtail_localize:download_pofile", args=[translation.id])
    assert _refused(swedish_translator.get(download))


def test_translator_cannot_start_translations_or_add_pages(swedish_translator, site):
    submit = reverse("wagtail_localize:submit_page_translation", args=[site["da"].id])
    assert _refused(swedish_translator.get(submit))
    add = reverse("wagtailadmin_pages:add", args=["home", "standardpage", site["sv_home"].id])
    assert _refused(swedish_translator.get(add))


def test_translator_cannot_delete_or_unpublish_swedish_pages(swedish_translator, site):
    delete = reverse("wagtailadmin_pages:delete", args=[site["sv"].id])
    assert _refused(swedish_translator.post(delete))
    unpublish = reverse("wagtailadmin_pages:unpublish", args=[site["sv"].id])
    assert _refused(swedish_translator.post(unpublish))
    site["sv"].refresh_from_db()
    assert site["sv"].live
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    swedish_translator.post(f"{bulk}?id={site['sv'].id}")
    site["sv"].refresh_from_db()  # still there (Wagtail lists it as not permitted)
    assert site["sv"].live


def test_editors_may_still_delete_and_unpublish(admin_client, site):
    unpublish = reverse("wagtailadmin_pages:unpublish", args=[site["sv"].id])
    assert admin_client.post(unpublish).status_code == 302
    site["sv"].refresh_from_db()
    assert not site["sv"].live


def test_translator_cannot_edit_snippets_or_settings(swedish_translator, site):
    assert _refused(swedish_translator.get("/admin/snippets/home/contact/"))
    assert _refused(swedish_translator.get("/admin/settings/home/sitesettings/"))
