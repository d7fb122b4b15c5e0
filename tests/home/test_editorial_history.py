"""Revisions, comparison, rollback, the audit log and previews work for every page type.

The site is built by `seed_content`, so every page type that any app seeds is covered, and a
page type nobody seeds makes the first test fail with its name."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page, PageLogEntry, get_page_models
from wagtail.test.utils.form_data import querydict_from_html

from home.editorial import MODERATORS
from tests.home.admin_forms import as_post_data, edit_form_data, stream_form_data


@pytest.fixture
def seeded(db):
    call_command("seed_content", stdout=StringIO())


@pytest.fixture
def moderator(seeded, django_user_model):
    user = django_user_model.objects.create_user(
        username="mona", email="mona@example.org", password="x", first_name="Mona"
    )
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


def one_page_per_type():
    pages = {}
    for page in Page.objects.filter(depth__gte=2).order_by("path").specific():
        pages.setdefault(type(page), page)
    return pages


def _stream_shape(page):
    """The block types of each StreamField, to check nothing is lost in a round trip."""
    return {
        field.name: [child.block_type for child in getattr(page, field.name)]
        for field in type(page)._meta.get_fields()
        if isinstance(field, StreamField)
    }


def test_every_page_type_has_a_seeded_page(seeded):
    page_types = {model for model in get_page_models() if model is not Page}
    missing = {model._meta.label for model in page_types - set(one_page_per_type())}
    assert not missing, f"page types without a seeded page to test: {sorted(missing)}"


def test_edit_history_compare_and_rollback_for_every_page_type(moderator, client):
    client.force_login(moderator)
    for model, page in one_page_per_type().items():
        label = model._meta.label
        original_title = page.title
        original_shape = _stream_shape(page)
        first = page.live_revision

        data = edit_form_data(client, page, title=f"{original_title} (ændret)")
        data["action-publish"] = "publish"
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.id]), as_post_data(data)
        )
        assert response.status_code == 302, (
            label,
            response.context and response.context["form"].errors,
        )
        page = Page.objects.get(id=page.id).specific
        assert page.title == f"{original_title} (ændret)", label
        assert _stream_shape(page) == original_shape, f"{label}: the body survives the round trip"
        second = page.live_revision

        compare = reverse(
            "wagtailadmin_pages:revisions_compare", args=[page.id, first.id, second.id]
        )
        response = client.get(compare)
        assert response.status_code == 200, label
        assert original_title in response.content.decode(), label

        history = client.get(reverse("wagtailadmin_pages:history", args=[page.id]))
        assert history.status_code == 200, label
        assert "Mona" in history.content.decode(), f"{label}: the log names who did it"
        assert PageLogEntry.objects.filter(page=page, action="wagtail.publish", user=moderator)

        # Rollback: the revert view shows the first revision in the edit form; publishing it
        # brings the old version back.
        revert = reverse("wagtailadmin_pages:revisions_revert", args=[page.id, first.id])
        response = client.get(revert)
        assert response.status_code == 200, label
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        old = first.as_object()
        for field in type(old)._meta.get_fields():
            if isinstance(field, StreamField):
                data.update(
                    stream_form_data(field.stream_block, getattr(old, field.name), field.name)
                )
        data["action-publish"] = "publish"
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.id]), as_post_data(data)
        )
        assert response.status_code == 302, label
        assert Page.objects.get(id=page.id).title == original_title, f"{label}: rolled back"


def test_preview_renders_every_page_type(moderator, client):
    client.force_login(moderator)
    for model, page in one_page_per_type().items():
        label = model._meta.label
        preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.id])
        data = edit_form_data(client, page, title=f"Forhåndsvisning af {page.title}")
        response = client.post(preview_url, as_post_data(data))
        assert response.status_code == 200, label
        assert response.json() == {"is_valid": True, "is_available": True}, label
        response = client.get(preview_url, {"mode": ""})
        assert response.status_code == 200, label
        assert f"Forhåndsvisning af {page.title}" in response.content.decode(), label
