"""The workflow "Redaktionel godkendelse": an editor's change goes live only after a moderator
approves it. Every transition goes through the admin's own views, as real users."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, TaskState, Workflow, WorkflowState

from home.editorial import MODERATORS, WORKFLOW
from tests.home.admin_forms import post_edit
from tests.home.editorial_world import build_world


@pytest.fixture
def world(home_page, django_user_model):
    return build_world(home_page, django_user_model)


def _submit(client, world, page, title):
    client.force_login(world.users["redaktoer"])
    response = post_edit(client, page, action="submit", title=title)
    assert response.status_code == 302
    return WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )


def _act(client, user, page, task_state, action, comment=""):
    client.force_login(user)
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.id, action, task_state.id]),
        {"comment": comment},
    )


def test_the_workflow_covers_every_locale_tree(world):
    workflow = Workflow.objects.get(name=WORKFLOW)
    assert workflow.active
    assert [task.specific.groups.get().name for task in workflow.tasks.all()] == [MODERATORS]
    for page in (world.home, world.council, world.home_sv, world.town_sv, world.project_en):
        assert page.get_workflow() == workflow, page


def test_submitting_starts_moderation_and_mails_the_moderators(world, client):
    mail.outbox.clear()
    state = _submit(client, world, world.about, "Om politikken (ny)")

    assert state.requested_by == world.users["redaktoer"]
    assert state.current_task_state.task.name == "Godkendelse af moderator"
    page = Page.objects.get(id=world.about.id)
    assert page.title == "Om politikken", "nothing goes live before approval"
    assert page.get_latest_revision_as_object().title == "Om politikken (ny)"

    moderator = world.users["moderator"]
    sent_to_moderator = [m for m in mail.outbox if m.to == [moderator.email]]
    assert len(sent_to_moderator) == 1
    message = sent_to_moderator[0]
    assert "Om politikken (ny)" in message.subject
    assert message.from_email.endswith("<noreply@localhost>")
    # In the moderator's admin language, Danish.
    assert "godkend" in message.subject.lower()
    edit_url = "http://testserver" + reverse("wagtailadmin_pages:edit", args=[page.id])
    assert edit_url in message.body
    # Nobody else in the world is a moderator.
    assert {address for m in mail.outbox for address in m.to} == {moderator.email}


def test_the_moderator_sees_it_on_the_dashboard(world, client):
    _submit(client, world, world.about, "Om politikken (ny)")
    client.force_login(world.users["moderator"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Om politikken (ny)" in dashboard
    client.force_login(world.users["lokalraad"])
    assert "Om politikken (ny)" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_approving_publishes_the_change_and_tells_the_editor(world, client):
    state = _submit(client, world, world.about, "Om politikken (ny)")
    submitted_revision = state.current_task_state.revision
    mail.outbox.clear()

    response = _act(
        client, world.users["moderator"], world.about, state.current_task_state, "approve", "Fint"
    )

    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    page = Page.objects.get(id=world.about.id)
    assert page.live and page.title == "Om politikken (ny)"
    assert page.live_revision == submitted_revision
    assert [m.to for m in mail.outbox] == [[world.users["redaktoer"].email]]
    assert client.get(page.url).status_code == 200


def test_rejecting_keeps_the_live_page_and_asks_for_changes(world, client):
    state = _submit(client, world, world.about, "Om politikken (forkert)")
    task_state = state.current_task_state
    mail.outbox.clear()

    _act(client, world.users["moderator"], world.about, task_state, "reject", "Ret titlen")

    state.refresh_from_db()
    task_state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Ret titlen"
    assert Page.objects.get(id=world.about.id).title == "Om politikken"
    assert [m.to for m in mail.outbox] == [[world.users["redaktoer"].email]]
    assert "Ret titlen" in mail.outbox[0].body


def test_editors_and_local_editors_cannot_approve(world, client):
    state = _submit(client, world, world.about, "Om politikken (ny)")
    for name in ("redaktoer", "lokalraad"):
        _act(client, world.users[name], world.about, state.current_task_state, "approve")
        state.refresh_from_db()
        assert state.status == WorkflowState.STATUS_IN_PROGRESS, name
    assert Page.objects.get(id=world.about.id).title == "Om politikken"


def test_a_local_council_editor_submits_too(world, client):
    client.force_login(world.users["lokalraad"])
    post_edit(client, world.council, action="submit", title="Arnum Lokalråd (ny)")
    state = WorkflowState.objects.get(object_id=str(world.council.pk))
    _act(client, world.users["moderator"], world.council, state.current_task_state, "approve")
    assert Page.objects.get(id=world.council.id).title == "Arnum Lokalråd (ny)"


def test_resubmitting_after_changes_goes_back_to_the_moderators(world, client):
    state = _submit(client, world, world.about, "Om politikken (forkert)")
    _act(client, world.users["moderator"], world.about, state.current_task_state, "reject")
    client.force_login(world.users["redaktoer"])
    post_edit(client, world.about, action="submit", title="Om politikken (rettet)")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    _act(client, world.users["moderator"], world.about, state.current_task_state, "approve")
    assert Page.objects.get(id=world.about.id).title == "Om politikken (rettet)"
