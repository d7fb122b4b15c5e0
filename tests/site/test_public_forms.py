"""The protection every form sent by the public shares (haderslev_site.public_forms): a honeypot,
a minimum fill-in time, and rate limits counted in the database, so they hold without Redis."""

import time

import pytest
from django import forms
from django.core import signing
from django.test import RequestFactory

from haderslev_site.public_forms import SpamProtectedForm, first_submission, rate_limited


class SignUpForm(SpamProtectedForm):
    name = forms.CharField()


def shown_seconds_ago(seconds, key="k1"):
    return signing.dumps(
        {"t": time.time() - seconds, "k": key}, salt="haderslev_site.public_forms.shown-at"
    )


def test_an_unbound_form_carries_a_signed_stamp():
    form = SignUpForm()
    assert signing.loads(form["shown_at"].value(), salt="haderslev_site.public_forms.shown-at")


def test_a_person_who_took_their_time_gets_through():
    form = SignUpForm(data={"name": "Karen", "website": "", "shown_at": shown_seconds_ago(20)})
    assert form.is_valid()
    assert not form.is_robot


def test_a_form_sent_too_fast_is_refused_with_a_message_and_keeps_the_input():
    submitted_stamp = shown_seconds_ago(0.5)
    form = SignUpForm(data={"name": "Karen", "website": "", "shown_at": submitted_stamp})
    assert not form.is_valid()
    assert form.has_error("__all__", code="too_fast")
    assert form["name"].value() == "Karen"
    # The form comes back with a fresh stamp: sending it again later succeeds.
    assert form["shown_at"].value() != submitted_stamp


@pytest.mark.parametrize(
    "stamp",
    ["", "forged", signing.dumps({"t": 0, "k": "x"}, salt="other"), signing.dumps(0, salt="x")],
    ids=["missing", "forged", "other salt", "old format"],
)
def test_a_missing_or_forged_stamp_is_refused(stamp):
    form = SignUpForm(data={"name": "Karen", "website": "", "shown_at": stamp})
    assert not form.is_valid()
    assert form.has_error("__all__", code="too_fast")


def test_a_filled_honeypot_marks_a_robot():
    form = SignUpForm(
        data={"name": "Bot", "website": "http://spam.test", "shown_at": shown_seconds_ago(20)}
    )
    assert form.is_valid()
    assert form.is_robot


def counter_rows():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM rate_limit_counters")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_rate_limits_count_per_address_and_per_email_with_redis_down(redis_down):
    # The shared cache is the production one, and Redis is really unreachable: it keeps nothing.
    assert type(redis_down).__name__ == "CircuitBreakerRedisCache"
    redis_down.set("probe", 1)
    assert redis_down.get("probe") is None
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.10")

    results = [rate_limited(request, "signup", "3/h", email="a@example.test") for _ in range(4)]
    assert results == [False, False, False, True]
    # The counters are rows of the database table: one per address and one per e-mail.
    assert counter_rows() == 2

    # Another address with the same e-mail is still limited by the e-mail ...
    other = RequestFactory().post("/", REMOTE_ADDR="192.0.2.11")
    assert rate_limited(other, "signup", "3/h", email="A@example.test ")
    # ... and the same address with another e-mail by the address; other scopes count apart.
    assert rate_limited(request, "signup", "3/h", email="b@example.test")
    assert not rate_limited(request, "proposal", "3/h", email="b@example.test")


@pytest.mark.django_db
def test_rate_limit_counters_hold_no_personal_data():
    from django.db import connection

    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.10")
    rate_limited(request, "signup", "3/h", email="karen@example.test")
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key, value FROM rate_limit_counters")
        rows = cursor.fetchall()
    assert rows
    dump = repr(rows)
    assert "karen" not in dump
    assert "192.0.2.10" not in dump


@pytest.mark.django_db(transaction=True)
def test_the_same_form_sent_twice_is_stored_once():
    from django.db import transaction

    stamp = shown_seconds_ago(20, key="one-shown-form")
    outcomes = []
    for _ in range(2):  # e.g. sent again after the server went away before answering
        form = SignUpForm(data={"name": "Karen", "website": "", "shown_at": stamp})
        assert form.is_valid()
        with transaction.atomic():
            outcomes.append(first_submission(form, "signup"))
    assert outcomes == [True, False]

    # Another shown form, or the same key in another form, is a new submission.
    other = SignUpForm(data={"name": "Karen", "website": "", "shown_at": shown_seconds_ago(20)})
    assert other.is_valid()
    with transaction.atomic():
        assert first_submission(other, "signup")
    with transaction.atomic():
        assert first_submission(form, "proposal")


@pytest.mark.django_db(transaction=True)
def test_a_submission_rolled_back_can_be_sent_again():
    from django.db import transaction

    form = SignUpForm(data={"name": "Karen", "website": "", "shown_at": shown_seconds_ago(20)})
    assert form.is_valid()
    with pytest.raises(RuntimeError), transaction.atomic():
        assert first_submission(form, "signup")
        raise RuntimeError("the node died before the submission was stored")
    with transaction.atomic():
        assert first_submission(form, "signup")
