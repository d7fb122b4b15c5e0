"""Sign-up for the municipality's own events, through the real event pages and views: places and
the waiting list, promotion when someone cancels, the signed cancel link, double submits, bad
input, the outbox with the mail server down, the admin's CSV export and the retention job."""

import datetime
import re
import secrets
import time
from io import StringIO

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.utils import timezone

from initiatives import registrations
from initiatives.models import EventRegistration, RegistrationStatus
from tests.initiatives.factories import EventPageFactory
from tests.site.query_budget import assert_constant_queries

CONFIRMED, WAITING, CANCELLED = (
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITING,
    RegistrationStatus.CANCELLED,
)


def stamp(seconds_ago=30):
    return signing.dumps(
        {"t": time.time() - seconds_ago, "k": secrets.token_urlsafe(8)},
        salt="haderslev_site.public_forms.shown-at",
    )


def sign_up(client, event, name="Karen Hansen", email="karen@example.test", **extra):
    data = {"name": name, "email": email, "website": "", "shown_at": stamp(), **extra}
    return client.post(event.url + "tilmelding/", data)


def cancel_link(message):
    return re.search(r"http://\S+/afmelding/\?t=\S+", message.body).group(0)


@pytest.fixture
def event(event_index):
    return EventPageFactory(
        parent=event_index,
        title="Fælles Forum",
        registration_enabled=True,
        registration_capacity=3,
        registration_max_guests=1,
    )


# --- Places, waiting list, promotion ------------------------------------------------------------


def test_sign_up_confirms_and_mails_a_cancel_link(client, event):
    response = sign_up(client, event)

    assert response.status_code == 302
    registration = EventRegistration.objects.get()
    assert (registration.name, registration.email, registration.status) == (
        "Karen Hansen",
        "karen@example.test",
        CONFIRMED,
    )
    receipt = client.get(response["Location"]).content.decode()
    assert "Tak for din tilmelding" in receipt
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["karen@example.test"]
    assert mail.outbox[0].subject == "Du er tilmeldt: Fælles Forum"
    assert "/afmelding/" in mail.outbox[0].body


def test_guests_take_places_and_the_next_goes_on_the_waiting_list(client, event):
    sign_up(client, event, "Anna", "anna@example.test", guests="1")  # 2 of 3 places
    sign_up(client, event, "Bo", "bo@example.test", guests="1")  # does not fit: waits
    response = sign_up(client, event, "Cai", "cai@example.test")  # fits, but Bo waits first

    statuses = dict(EventRegistration.objects.values_list("name", "status"))
    assert statuses == {"Anna": CONFIRMED, "Bo": WAITING, "Cai": WAITING}
    assert "Du er på venteliste" in client.get(response["Location"]).content.decode()
    assert mail.outbox[-1].subject == "Du er på venteliste: Fælles Forum"
    form = client.get(event.url + "tilmelding/").content.decode()
    assert "Alle pladser er optaget" in form


def test_a_cancellation_promotes_the_waiting_list_in_order_and_tells_them(client, event):
    sign_up(client, event, "Anna", "anna@example.test", guests="1")  # 2 of 3
    sign_up(client, event, "Bo", "bo@example.test", guests="1")  # waits
    sign_up(client, event, "Cai", "cai@example.test")  # waits behind Bo
    link = cancel_link(mail.outbox[0])
    mail.outbox.clear()

    response = client.post(link)

    assert response.status_code == 200
    assert "Du er meldt fra" in response.content.decode()
    anna = EventRegistration.objects.get(status=CANCELLED)
    assert (anna.name, anna.email) == ("", "")  # personal data gone at once
    statuses = dict(
        EventRegistration.objects.exclude(status=CANCELLED).values_list("name", "status")
    )
    assert statuses == {"Bo": CONFIRMED, "Cai": CONFIRMED}  # 3 places free: both fit
    assert [m.to for m in mail.outbox] == [["bo@example.test"], ["cai@example.test"]]
    assert mail.outbox[0].subject == "Du har fået en plads: Fælles Forum"


def test_nobody_overtakes_the_first_in_line(client, event):
    sign_up(client, event, "Anna", "anna@example.test", guests="1")  # 2 of 3
    sign_up(client, event, "Dan", "dan@example.test")  # 3 of 3
    sign_up(client, event, "Bo", "bo@example.test", guests="1")  # waits, needs 2
    sign_up(client, event, "Cai", "cai@example.test")  # waits, needs 1
    client.post(cancel_link(mail.outbox[1]))  # Dan frees 1 place: Bo does not fit

    statuses = dict(
        EventRegistration.objects.exclude(status=CANCELLED).values_list("name", "status")
    )
    assert statuses == {"Anna": CONFIRMED, "Bo": WAITING, "Cai": WAITING}


def test_no_capacity_means_everyone_is_confirmed(client, event_index):
    open_event = EventPageFactory(parent=event_index, registration_enabled=True)
    for n in range(5):
        sign_up(client, open_event, f"P{n}", f"p{n}@example.test")
    assert set(EventRegistration.objects.values_list("status", flat=True)) == {CONFIRMED}


def test_publishing_more_places_promotes_the_waiting_list(event):
    registrations.register(event, name="A", email="a@example.test", guests=1)
    registrations.register(event, name="B", email="b@example.test", guests=1)
    event.registration_capacity = 4

    event.save_revision().publish()

    assert EventRegistration.objects.get(name="B").status == CONFIRMED
    assert mail.outbox[-1].subject.startswith("Du har fået en plads")
    assert mail.outbox[-1].to == ["b@example.test"]


# --- Cancel links -------------------------------------------------------------------------------


def test_cancel_link_asks_before_it_cancels(client, event):
    sign_up(client, event)
    link = cancel_link(mail.outbox[0])

    page = client.get(link)

    assert page.status_code == 200
    assert "Vil du melde dig fra?" in page.content.decode()
    assert EventRegistration.objects.get().status == CONFIRMED  # a mail scanner's GET is harmless


def test_a_reused_cancel_link_says_it_is_done_already(client, event):
    sign_up(client, event)
    link = cancel_link(mail.outbox[0])
    client.post(link)

    again = client.post(link)

    assert again.status_code == 200
    assert "Du er allerede meldt fra" in again.content.decode()
    assert EventRegistration.objects.get().status == CANCELLED


def test_a_tampered_cancel_link_is_refused(client, event, event_index):
    sign_up(client, event)
    registration = EventRegistration.objects.get()
    forged = signing.dumps({"r": registration.pk, "e": event.pk}, salt="other-salt")
    other_event = EventPageFactory(parent=event_index, registration_enabled=True)
    for url in (
        f"{event.url}afmelding/?t={forged}",
        f"{event.url}afmelding/?t=nonsense",
        f"{event.url}afmelding/",
        cancel_link(mail.outbox[0]).replace("?t=", "?t=x"),
        # A genuine link of one event does not work on another.
        f"{other_event.url}afmelding/?t={registrations.cancel_token(registration)}",
    ):
        response = client.post(url)
        assert response.status_code == 400, url
        assert "Linket virker ikke" in response.content.decode()
    assert EventRegistration.objects.get().status == CONFIRMED


def test_a_cancel_link_expires_when_the_event_is_over(client, event):
    sign_up(client, event)
    link = cancel_link(mail.outbox[0])
    event.start = timezone.now() - datetime.timedelta(hours=5)
    event.end = timezone.now() - datetime.timedelta(hours=2)
    event.save_revision().publish()

    response = client.post(link)

    assert response.status_code == 410
    assert "Linket er udløbet" in response.content.decode()
    assert EventRegistration.objects.get().status == CONFIRMED


# --- Double submits and bad input ---------------------------------------------------------------


def test_the_same_address_twice_is_one_registration_with_a_clear_message(client, event):
    sign_up(client, event, email="Karen@Example.test")
    response = sign_up(client, event, name="Karen igen", email=" karen@example.test ")

    assert EventRegistration.objects.count() == 1
    assert "Du er allerede tilmeldt" in client.get(response["Location"]).content.decode()
    assert len(mail.outbox) == 1


def test_after_cancelling_the_same_address_can_sign_up_again(client, event):
    sign_up(client, event)
    client.post(cancel_link(mail.outbox[0]))
    sign_up(client, event)
    assert EventRegistration.objects.filter(status=CONFIRMED).count() == 1


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"name": "", "email": ""},
        {"name": "Karen", "email": "ikke-en-adresse"},
        {"name": "K" * 5000, "email": "karen@example.test"},
        {"name": "Karen", "email": "karen@example.test", "guests": "7"},
        {"name": "Karen", "email": "karen@example.test", "guests": "-1"},
        {"name": "Karen", "email": "karen@example.test", "guests": "x"},
        {"name": "Karen\x00", "email": "karen@example.test"},
    ],
)
def test_bad_input_shows_the_form_with_its_errors_and_stores_nothing(client, event, data):
    response = client.post(event.url + "tilmelding/", {"shown_at": stamp(), **data})

    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="alert alert-error error-summary"' in html
    assert 'aria-invalid="true"' in html
    assert EventRegistration.objects.count() == 0


def test_a_form_sent_too_fast_keeps_the_input_and_says_why(client, event):
    response = client.post(
        event.url + "tilmelding/",
        {"name": "Karen", "email": "karen@example.test", "shown_at": stamp(0)},
    )
    html = response.content.decode()
    assert "Formularen blev sendt meget hurtigt" in html
    assert 'value="Karen"' in html
    assert EventRegistration.objects.count() == 0


def test_a_robot_filling_the_honeypot_gets_a_receipt_and_nothing_is_stored(client, event):
    response = sign_up(client, event, website="http://spam.test")
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    assert EventRegistration.objects.count() == 0
    assert mail.outbox == []


def test_the_rate_limit_holds_the_input(client, event, settings):
    settings.EVENT_REGISTRATION_RATE = "2/h"
    sign_up(client, event, "A", "a@example.test")
    sign_up(client, event, "B", "b@example.test")
    response = sign_up(client, event, "C", "c@example.test")
    assert response.status_code == 200
    assert "Du har sendt mange formularer" in response.content.decode()
    assert 'value="C"' in response.content.decode()


def test_the_rate_limit_holds_with_redis_down_counting_in_the_database(
    client, event, settings, redis_down
):
    from django.db import connection

    settings.EVENT_REGISTRATION_RATE = "2/h"
    assert redis_down.get("anything", "nothing") == "nothing"  # Redis is unreachable
    assert sign_up(client, event, "A", "a@example.test").status_code == 302
    assert sign_up(client, event, "B", "b@example.test").status_code == 302

    response = sign_up(client, event, "C", "c@example.test")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Du har sendt mange formularer på kort tid. Vent lidt, og prøv igen." in html
    assert 'value="C"' in html
    assert EventRegistration.objects.count() == 2
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM rate_limit_counters")
        assert cursor.fetchone()[0] >= 1  # the client's counter, kept in the database


def test_closed_and_disabled_sign_up(client, event_index, event):
    closed = EventPageFactory(
        parent=event_index,
        registration_enabled=True,
        signup_deadline=timezone.localdate() - datetime.timedelta(days=1),
    )
    response = sign_up(client, closed)
    assert response.status_code == 200
    assert "Tilmeldingen er lukket." in response.content.decode()
    assert EventRegistration.objects.count() == 0
    assert client.get(EventPageFactory(parent=event_index).url + "tilmelding/").status_code == 404
    assert client.put(event.url + "tilmelding/").status_code == 405
    # The event page links to the form only while sign-up is open.
    assert f'href="{event.url}tilmelding/"' in client.get(event.url).content.decode()
    assert "tilmelding/" not in client.get(closed.url).content.decode()


def test_the_event_page_itself_sets_no_cookie_so_it_can_be_cached(client, event):
    response = client.get(event.url)
    assert not response.cookies
    assert client.get(event.url + "tilmelding/").cookies  # the form page's CSRF cookie


def test_a_translated_event_shares_the_places_of_the_danish_one(client, event):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    index_en = event.get_parent().get_parent().copy_for_translation(english)
    index_en.save_revision().publish()
    event.get_parent().copy_for_translation(english).save_revision().publish()
    event_en = event.copy_for_translation(english)
    event_en.save_revision().publish()

    response = sign_up(client, event_en, email="anne@example.test")

    assert response.status_code == 302
    registration = EventRegistration.objects.get()
    assert registration.event_id == event.pk
    assert registration.language == "en"
    assert mail.outbox[0].subject == "You are registered: Fælles Forum"
    assert "/en/" in cancel_link(mail.outbox[0])


# --- The outbox with the mail server down -------------------------------------------------------


def test_the_registration_is_kept_and_the_mail_queued_when_the_mail_server_is_down(
    client, event, settings
):
    from mailer.models import Message

    from tests.site.test_outbox import free_port

    settings.EMAIL_BACKEND = "mailer.backend.DbBackend"
    settings.MAILER_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()  # nothing listens there
    settings.EMAIL_TIMEOUT = 5

    response = sign_up(client, event)
    call_command("outbox")  # connection refused

    assert response.status_code == 302
    assert EventRegistration.objects.get().status == CONFIRMED
    queued = Message.objects.get()
    assert queued.email.to == ["karen@example.test"]
    assert Message.objects.deferred().count() == 1  # kept for the next round


# --- Admin: participants list and CSV export ----------------------------------------------------


def test_participants_csv_export_for_one_event(client, event, event_index, django_user_model):
    other = EventPageFactory(parent=event_index, registration_enabled=True)
    registrations.register(event, name="Anna Æbelø", email="anna@example.test", organisation="FCH")
    registrations.register(other, name="Bo", email="bo@example.test")
    admin = django_user_model.objects.create_superuser("admin", "a@example.test", "kodeord-123")
    client.force_login(admin)

    listing = client.get("/admin/event_registrations/", {"event": event.pk})
    export = client.get("/admin/event_registrations/", {"event": event.pk, "export": "csv"})

    assert listing.status_code == 200
    assert "Anna Æbelø" in listing.content.decode() and "Bo" not in re.findall(
        r"<td[^>]*>\s*<a[^>]*>([^<]+)</a>", listing.content.decode()
    )
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    rows = b"".join(export.streaming_content).decode("utf-8-sig").splitlines()
    assert len(rows) == 2
    assert "Anna Æbelø" in rows[1]
    assert "anna@example.test" in rows[1] and "FCH" in rows[1]
    # The event's page in the admin links to its participants.
    edit = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert f"/admin/event_registrations/?event={event.pk}" in edit


# --- Retention ----------------------------------------------------------------------------------


def test_personal_data_is_blanked_thirty_days_after_the_event(event_index, settings):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 30
    now = timezone.now()
    old = EventPageFactory(
        parent=event_index,
        start=now - datetime.timedelta(days=32),
        end=now - datetime.timedelta(days=31),
    )
    recent = EventPageFactory(
        parent=event_index,
        start=now - datetime.timedelta(days=3),
        end=now - datetime.timedelta(days=2),
    )
    for page in (old, recent):
        EventRegistration.objects.create(
            event=page, name="Karen", email="karen@example.test", status=CONFIRMED, language="da"
        )
    out = StringIO()

    call_command("purge_personal_data", stdout=out)

    assert "1 registrations were anonymised" in out.getvalue()
    blanked = EventRegistration.objects.get(event=old)
    assert (blanked.name, blanked.email, blanked.status) == ("", "", CONFIRMED)
    assert blanked.anonymised_at is not None
    assert EventRegistration.objects.get(event=recent).email == "karen@example.test"
    call_command("purge_personal_data", stdout=out)  # a second run finds nothing new
    assert out.getvalue().splitlines()[-1].startswith("0 registrations")


# --- Query budgets ------------------------------------------------------------------------------


@pytest.fixture
def chrome_cache(settings):
    from tests.site.conftest import clear_memory_caches

    settings.CHROME_CACHE_ENABLED = True
    clear_memory_caches(settings)


@pytest.mark.parametrize("path", ["", "tilmelding/"])
@pytest.mark.usefixtures("chrome_cache")
def test_sign_up_pages_need_the_same_queries_however_many_have_signed_up(
    client, event, path, django_assert_max_num_queries
):
    """The event page with sign-up open, and the form with its count of free places."""
    event.registration_capacity = 500
    event.save_revision().publish()

    def grow():
        for n in range(40):
            registrations.register(event, name=f"P{n}", email=f"p{n}@example.test", guests=1)

    budget = {"": (23, 8), "tilmelding/": (20, 10)}[path]
    assert_constant_queries(
        client,
        event.url + path,
        grow=grow,
        budget=budget[0],
        warm_budget=budget[1],
        django_assert_max_num_queries=django_assert_max_num_queries,
    )
