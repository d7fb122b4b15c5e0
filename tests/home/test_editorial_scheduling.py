"""Scheduled publishing: a go-live date holds a change back and an expiry date takes a page down,
both carried out by `manage.py publish_scheduled` (run every few minutes in production).

The dates are set through the admin's edit form; the test then moves them into the past (rather
than waiting) and runs the command, as the timer in production would."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Revision, WorkflowState

from tests.home.admin_forms import post_edit
from tests.home.editorial_world import build_world
from tests.home.factories import StandardPageFactory


@pytest.fixture
def world(home_page, django_user_model):
    return build_world(home_page, django_user_model)


def _admin_datetime(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def publish_scheduled():
    call_command("publish_scheduled", stdout=StringIO())


def make_due(revisions):
    """Move scheduled revisions' go-live date a minute into the past, as time passing would."""
    past = timezone.now() - datetime.timedelta(minutes=1)
    for revision in revisions:
        revision.content["go_live_at"] = past.isoformat()
        revision.approved_go_live_at = past
        revision.save(update_fields=["content", "approved_go_live_at"])


def test_a_new_page_goes_live_at_its_go_live_date(world, client):
    page = StandardPageFactory(parent=world.home, title="Fælles Forum 2026", live=False)
    page.save_revision()
    go_live = timezone.now() + datetime.timedelta(days=2)
    client.force_login(world.users["moderator"])

    post_edit(client, page, action="publish", go_live_at=_admin_datetime(go_live))

    page = Page.objects.get(id=page.id)
    assert not page.live
    revision = Revision.page_revisions.get(
        object_id=str(page.id), approved_go_live_at__isnull=False
    )
    publish_scheduled()
    assert not Page.objects.get(id=page.id).live, "not before its date"
    assert client.get(f"/da/{page.slug}/").status_code == 404

    make_due([revision])
    publish_scheduled()

    page = Page.objects.get(id=page.id)
    assert page.live and page.live_revision_id == revision.id
    assert client.get(f"/da/{page.slug}/").status_code == 200


def test_a_scheduled_change_to_a_live_page_waits_for_its_date(world, client):
    client.force_login(world.users["moderator"])
    go_live = timezone.now() + datetime.timedelta(hours=3)
    post_edit(
        client,
        world.about,
        action="publish",
        title="Om politikken 2026",
        go_live_at=_admin_datetime(go_live),
    )
    assert Page.objects.get(id=world.about.id).title == "Om politikken", "the old version stays"

    make_due(
        Revision.page_revisions.filter(
            object_id=str(world.about.id), approved_go_live_at__isnull=False
        )
    )
    publish_scheduled()

    assert Page.objects.get(id=world.about.id).title == "Om politikken 2026"


def test_a_page_is_taken_down_at_its_expiry_date(world, client):
    client.force_login(world.users["moderator"])
    expire = timezone.now() + datetime.timedelta(days=30)
    post_edit(client, world.council, action="publish", expire_at=_admin_datetime(expire))
    page = Page.objects.get(id=world.council.id)
    assert page.live and page.expire_at is not None
    publish_scheduled()
    assert Page.objects.get(id=page.id).live, "not before its date"

    Page.objects.filter(id=page.id).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    publish_scheduled()

    page = Page.objects.get(id=page.id)
    assert not page.live and page.expired
    assert client.get(page.url or "/da/lokalraad/arnum-lokalraad/").status_code == 404


def test_an_editors_scheduled_change_needs_approval_then_waits_for_its_date(world, client):
    """Dates do not bypass moderation: an editor's scheduled change is a submission; once a
    moderator approves it, it is scheduled, not published."""
    client.force_login(world.users["redaktoer"])
    go_live = timezone.now() + datetime.timedelta(days=1)
    post_edit(
        client,
        world.about,
        action="submit",
        title="Om politikken (planlagt)",
        go_live_at=_admin_datetime(go_live),
    )
    assert not Revision.page_revisions.filter(approved_go_live_at__isnull=False).exists()
    state = WorkflowState.objects.get(object_id=str(world.about.id))

    client.force_login(world.users["moderator"])
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[world.about.id, "approve", state.current_task_state.id],
        ),
        {"comment": ""},
    )
    scheduled = Revision.page_revisions.get(
        object_id=str(world.about.id), approved_go_live_at__isnull=False
    )
    assert Page.objects.get(id=world.about.id).title == "Om politikken"

    make_due([scheduled])
    publish_scheduled()
    assert Page.objects.get(id=world.about.id).title == "Om politikken (planlagt)"
