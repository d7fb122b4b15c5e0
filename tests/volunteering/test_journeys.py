"""The meeting place's journeys end to end through the real views, the real models and the one
outbox (django-mailer's queue, delivered by `manage.py outbox` to a real SMTP server that first
refuses, then accepts)."""

import re

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from mailer.models import Message
from wagtail.models import ModelLogEntry

from tests.site.test_outbox import RefusingThenAccepting, free_port
from volunteering.models import Post, PostStatus

from .conftest import shown_at

pytestmark = pytest.mark.django_db

POSTER = "karen.poster@example.test"
READER = "ole.reader@example.test"


@pytest.fixture
def smtp(settings):
    """The production wiring: every e-mail is stored in the outbox; the outbox delivers over SMTP
    to a server on this machine that refuses until told otherwise."""
    handler = RefusingThenAccepting()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "mailer.backend.DbBackend"
    settings.MAILER_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_TIMEOUT = 5
    yield handler
    controller.stop()


def post_data(response, **overrides):
    data = {
        "kind": "offer",
        "title": "Kører gerne til lægen i Vojens",
        "text": "Jeg har bil og tid og kører gerne naboer til lægen.",
        "area": "omkring-vojens",
        "categories": ["transport"],
        "starts_on": "",
        "ends_on": "",
        "association": "",
        "language": "da",
        "poster_name": "Karen Jensen",
        "poster_email": POSTER,
        "website": "",
        "shown_at": shown_at(response),
    }
    data.update(overrides)
    return data


def delivered_to(handler, address):
    return [e for e in handler.received if address in e.rcpt_tos]


def first_link(envelope, pattern):
    text = envelope.content.decode()
    match = re.search(pattern, text)
    assert match, text
    return match.group(0)


def test_post_confirm_moderate_answer_withdraw(
    reader, meeting_place, area, category, moderator, smtp, client, django_user_model
):
    # 1. A reader writes a post without an account: stored at once, unconfirmed.
    form = reader.get("/da/nyt-opslag/")
    assert form.status_code == 200
    assert form["Cache-Control"].count("no-store")
    response = reader.post("/da/nyt-opslag/", post_data(form))
    assert response.status_code == 302
    post = Post.objects.get()
    assert post.status == PostStatus.UNCONFIRMED
    assert list(post.categories.values_list("slug", flat=True)) == ["transport"]

    # The mail server is down (refuses): nothing is lost, the confirmation waits in the outbox.
    call_command("outbox")
    assert Message.objects.deferred().count() == 1
    assert smtp.received == []
    smtp.refusing = False
    call_command("outbox")
    (confirmation,) = delivered_to(smtp, POSTER)
    confirm_url = first_link(confirmation, r"http://[^\s]+/bekraeft/[^\s]+/")
    assert "/mit-opslag/" in confirmation.content.decode()  # the manage link, in every e-mail

    # 2. The link moves it to the moderators, who are told.
    path = confirm_url.split("frivilligboers.localhost", 1)[1]
    response = reader.get(path)
    assert response.status_code == 200
    assert "Tak, dit opslag er bekræftet" in response.content.decode()
    post.refresh_from_db()
    assert post.status == PostStatus.PENDING
    # A reused link says so, and changes nothing.
    assert "allerede bekræftet" in reader.get(path).content.decode()
    call_command("outbox")
    (notice,) = delivered_to(smtp, "moderator@example.test")
    assert f"/admin/volunteering_post/moderate/{post.pk}/" in notice.content.decode()
    assert reader.get(f"/da/opslag/{post.pk}/").status_code == 404  # not public yet

    # 3. A volunteer moderator approves it in the admin; it is public, and the poster is told.
    client.force_login(moderator)
    moderate_url = f"/admin/volunteering_post/moderate/{post.pk}/"
    assert client.get(moderate_url).status_code == 200
    assert client.post(moderate_url, {"action": "approve"}).status_code == 302
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED
    assert ModelLogEntry.objects.filter(
        object_id=str(post.pk), action="volunteering.approve", user=moderator
    ).exists()
    listing = reader.get("/da/").content.decode()
    assert "Kører gerne til lægen i Vojens" in listing
    page = reader.get(f"/da/opslag/{post.pk}/").content.decode()
    assert POSTER not in page and POSTER not in listing
    call_command("outbox")
    assert len(delivered_to(smtp, POSTER)) == 2

    # 4. Someone answers: relayed to the poster, Reply-To the sender; the poster's address is
    # never shown to them.
    form = reader.get(f"/da/opslag/{post.pk}/skriv/")
    response = reader.post(
        f"/da/opslag/{post.pk}/skriv/",
        {
            "name": "Ole",
            "email": READER,
            "message": "Kan du køre mig på tirsdag?",
            "website": "",
            "shown_at": shown_at(form),
        },
    )
    assert response.status_code == 200
    assert "Din besked er sendt videre" in response.content.decode()
    assert POSTER not in response.content.decode()
    smtp.refusing = True
    call_command("outbox")  # the relay, too, waits while the server refuses
    assert Message.objects.deferred().count() == 1
    smtp.refusing = False
    call_command("outbox")
    relay = delivered_to(smtp, POSTER)[-1]
    text = relay.content.decode()
    assert f"Reply-To: {READER}" in text
    assert "Kan du køre mig på tirsdag?" in text
    manage_url = first_link(relay, r"http://[^\s]+/mit-opslag/[^\s]+/")

    # 5. The poster withdraws it through the private link: gone from the list.
    manage_path = manage_url.split("frivilligboers.localhost", 1)[1]
    response = reader.post(manage_path, {"action": "withdraw"})
    assert response.status_code == 200
    post.refresh_from_db()
    assert post.status == PostStatus.WITHDRAWN and post.ended_at
    assert "Kører gerne til lægen i Vojens" not in reader.get("/da/").content.decode()

    # ...and deletes everything.
    reader.post(manage_path, {"action": "delete", "confirm_delete": "yes"})
    assert not Post.objects.exists()
    assert reader.get(manage_path).status_code == 404


def test_moderator_rejects_with_a_reason_the_poster_gets(
    reader, meeting_place, area, category, moderator, client, mailoutbox
):
    form = reader.get("/da/nyt-opslag/")
    reader.post("/da/nyt-opslag/", post_data(form))
    post = Post.objects.get()
    Post.objects.filter(pk=post.pk).update(status=PostStatus.PENDING)
    client.force_login(moderator)
    url = f"/admin/volunteering_post/moderate/{post.pk}/"
    response = client.post(url, {"action": "reject", "reason": "Opslaget er reklame."})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.status == PostStatus.REJECTED
    assert "Opslaget er reklame." in mailoutbox[-1].body
    assert mailoutbox[-1].to == [POSTER]
    assert ModelLogEntry.objects.filter(action="volunteering.reject").exists()
