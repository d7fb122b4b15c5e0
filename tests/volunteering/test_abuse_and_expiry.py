"""Never a 500, nothing leaked: odd input, bad links, reports, expiry and the deletion of
personal data, through the real views and the daily command."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from volunteering import services
from volunteering.models import MeetingPlaceSettings, Post, PostStatus

from .conftest import shown_at
from .factories import PostFactory

pytestmark = pytest.mark.django_db

ODD = ["", "x" * 20000, "<script>alert(1)</script>", "\x00\x01", "💥" * 500, "../../etc", "%00"]


def test_odd_input_and_bad_links_never_give_an_error(reader, meeting_place, area, category):
    post = PostFactory()
    for value in ODD:
        form = reader.get("/da/nyt-opslag/")
        data = {
            "kind": value,
            "title": value,
            "text": value,
            "area": value,
            "categories": [value],
            "starts_on": value,
            "ends_on": value,
            "language": value,
            "poster_name": value,
            "poster_email": value,
            "shown_at": shown_at(form),
        }
        response = reader.post("/da/nyt-opslag/", data)
        assert response.status_code == 200, value  # the form again, with its errors
        assert "Der er problemer med formularen" in response.content.decode()
        for url in (
            f"/da/?q={value[:300]}&kind={value[:50]}&omraade={value[:50]}&kategori=x&page={value[:20]}",
            f"/da/opslag/{post.pk}/skriv/",
            f"/da/opslag/{post.pk}/anmeld/",
        ):
            assert reader.get(url).status_code == 200
        assert reader.post(f"/da/opslag/{post.pk}/skriv/", {"message": value}).status_code == 200
    for path in (
        "/da/bekraeft/x/",
        "/da/bekraeft/" + "A" * 400 + "/",
        f"/da/bekraeft/{services.confirmation_token(post)}x/",
        "/da/mit-opslag/999/x/",
        f"/da/mit-opslag/{post.pk}/wrong-key/",
        f"/da/mit-opslag/{post.pk}/wrong-key/ret/",
        "/da/opslag/99999/",
    ):
        assert reader.get(path).status_code in (200, 404), path
    assert not Post.objects.exclude(pk=post.pk).exists()  # nothing half-saved


def test_refused_input_keeps_what_was_typed_and_strips_html(reader, meeting_place, area):
    form = reader.get("/da/nyt-opslag/")
    text = "Se http://a.example http://b.example http://c.example"
    response = reader.post(
        "/da/nyt-opslag/",
        {
            "kind": "offer",
            "title": "<b>Hjælp</b> til haven",
            "text": text,
            "language": "da",
            "poster_name": "Karen",
            "poster_email": "k@example.test",
            "shown_at": shown_at(form),
        },
    )
    body = response.content.decode()
    assert "højst indeholde 2 links" in body
    # What was typed comes back as typed (escaped), to be corrected; nothing is stored.
    assert "&lt;b&gt;Hjælp&lt;/b&gt; til haven" in body and "http://c.example" in body
    assert not Post.objects.exists()
    assert 'aria-describedby="id_text_helptext id_text_error"' in body
    form = reader.get("/da/nyt-opslag/")
    reader.post(
        "/da/nyt-opslag/",
        {
            "kind": "offer",
            "title": "<b>Hjælp</b> til haven",
            "text": "<i>Tekst</i>",
            "language": "da",
            "poster_name": "Karen",
            "poster_email": "k@example.test",
            "shown_at": shown_at(form),
        },
    )
    post = Post.objects.get()
    assert (post.title, post.text) == ("Hjælp til haven", "Tekst")


def test_a_robot_filling_the_honeypot_stores_nothing(reader, meeting_place):
    form = reader.get("/da/nyt-opslag/")
    response = reader.post(
        "/da/nyt-opslag/",
        {
            "kind": "offer",
            "title": "Billige ure",
            "text": "Køb",
            "language": "da",
            "poster_name": "x",
            "poster_email": "x@example.test",
            "website": "http://spam",
            "shown_at": shown_at(form),
        },
    )
    assert response.status_code == 302
    assert not Post.objects.exists()


def test_rate_limit_per_email_holds_in_the_database(reader, meeting_place, settings):
    settings.VOLUNTEERING_POST_RATE = "2/h"
    for number in range(3):
        form = reader.get("/da/nyt-opslag/")
        response = reader.post(
            "/da/nyt-opslag/",
            {
                "kind": "offer",
                "title": f"Opslag {number}",
                "text": "Tekst",
                "language": "da",
                "poster_name": "Karen",
                "poster_email": "same@example.test",
                "shown_at": shown_at(form),
            },
            REMOTE_ADDR=f"10.0.0.{number}",
        )
    assert response.status_code == 200
    assert "Du har sendt mange formularer" in response.content.decode()
    assert Post.objects.count() == 2


def test_enough_reports_hide_a_post_until_a_moderator_looks(reader, meeting_place, mailoutbox):
    settings_row = MeetingPlaceSettings.load()
    settings_row.flags_to_hide = 2
    settings_row.save()
    post = PostFactory()
    for _ in range(2):
        form = reader.get(f"/da/opslag/{post.pk}/anmeld/")
        reader.post(
            f"/da/opslag/{post.pk}/anmeld/", {"reason": "Reklame", "shown_at": shown_at(form)}
        )
    post.refresh_from_db()
    assert post.status == PostStatus.HIDDEN and post.hidden_by_flags
    assert reader.get(f"/da/opslag/{post.pk}/").status_code == 404


def test_expiry_reminder_and_deletion_of_personal_data(mailoutbox, meeting_place):
    now = timezone.now()
    due = PostFactory(expires_at=now - datetime.timedelta(minutes=1))
    soon = PostFactory(expires_at=now + datetime.timedelta(days=3))
    later = PostFactory(expires_at=now + datetime.timedelta(days=30))
    old = PostFactory(status=PostStatus.WITHDRAWN, ended_at=now - datetime.timedelta(days=31))
    recent = PostFactory(status=PostStatus.REJECTED, ended_at=now - datetime.timedelta(days=2))

    call_command("meeting_place_daily", stdout=StringIO())

    due.refresh_from_db()
    assert due.status == PostStatus.EXPIRED and due.ended_at
    assert [m.to for m in mailoutbox] == [[soon.poster_email]]
    assert "/mit-opslag/" in mailoutbox[0].body
    assert not Post.objects.filter(pk=old.pk).exists()
    assert Post.objects.filter(pk__in=[recent.pk, later.pk, soon.pk]).count() == 3
    call_command("meeting_place_daily", stdout=StringIO())
    assert len(mailoutbox) == 1  # a reminder is sent once


def test_no_personal_data_in_pages_feeds_or_api(reader, meeting_place, client):
    post = PostFactory(kind="activity", starts_on=timezone.localdate())
    for path in (
        "/da/",
        f"/da/opslag/{post.pk}/",
        "/da/feed/rss/",
        "/da/feed/atom/",
        "/da/kalender/",
    ):
        body = reader.get(path).content.decode()
        assert post.title in body, path
        assert post.poster_email not in body and post.poster_name not in body, path
    detail = reader.get(f"/da/opslag/{post.pk}/").content.decode()
    assert '"@type": "Event"' in detail
    assert 'lang="da"' in detail


def test_partner_api_lists_published_posts_without_personal_data(client, meeting_place):
    public = PostFactory(title="Hjælper gerne med haven")
    hidden = PostFactory(status=PostStatus.PENDING, title="Venter")
    response = client.get("/api/v2/opslag/")
    assert response.status_code == 200
    body = response.content.decode()
    assert public.title in body and hidden.title not in body
    assert public.poster_email not in body and public.poster_name not in body
    assert "manage_key" not in body and public.manage_key not in body


def test_site_search_finds_public_posts_in_the_readers_language(client, meeting_place):
    danish = PostFactory(title="Hjælp til havearbejde i Vojens", language="da")
    PostFactory(title="Gartenarbeit havearbejde", language="de")
    PostFactory(title="Havearbejde venter", status=PostStatus.PENDING)
    body = client.get("/da/search/?q=havearbejde").content.decode()
    assert danish.title in body
    assert "Gartenarbeit" not in body and "Havearbejde venter" not in body
    assert danish.poster_email not in body
    assert f"/da/opslag/{danish.pk}/" in body


def test_a_double_submit_stores_the_post_once(reader, meeting_place, mailoutbox):
    for _ in range(2):
        form = reader.get("/da/nyt-opslag/")
        response = reader.post(
            "/da/nyt-opslag/",
            {
                "kind": "request",
                "title": "Søger hjælp til flytning",
                "text": "Vi skal flytte foreningens lager.",
                "language": "da",
                "poster_name": "Karen",
                "poster_email": "twice@example.test",
                "shown_at": shown_at(form),
            },
        )
        assert response.status_code == 302
    assert Post.objects.count() == 1
    assert len(mailoutbox) == 1


def test_the_same_shown_form_sent_again_is_stored_once(reader, meeting_place, mailoutbox):
    """A person who sends the form again after a server went away before answering (the same
    form, so the same idempotency key) gets one post, even when they corrected a typo."""
    form = reader.get("/da/nyt-opslag/")
    data = {
        "kind": "offer",
        "title": "Jeg kan hjælpe med regnskab",
        "text": "Erfaren bogholder tilbyder hjælp til foreningers regnskab.",
        "language": "da",
        "poster_name": "Ole",
        "poster_email": "ole@example.test",
        "shown_at": shown_at(form),
    }
    assert reader.post("/da/nyt-opslag/", data).status_code == 302
    data["text"] += " Gerne i Vojens."
    assert reader.post("/da/nyt-opslag/", data).status_code == 302
    assert Post.objects.count() == 1
    assert len(mailoutbox) == 1
