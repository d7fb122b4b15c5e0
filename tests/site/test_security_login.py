"""Editors' logins: throttled and locked out after repeated failures (django-axes, through
Wagtail's own login view), and a second factor (wagtail-2fa, TOTP) before the admin opens."""

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "en-lang-og-sikker-adgangskode"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        username="redaktoer", email="redaktoer@example.org", password=PASSWORD
    )


@pytest.fixture
def axes(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


def _login(client, password):
    return client.post(
        "/admin/login/", {"username": "redaktoer", "password": password, "next": "/admin/"}
    )


def test_a_correct_login_through_wagtail_works_with_axes(client, editor, axes):
    response = _login(client, PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_repeated_failures_lock_the_account_out_with_a_danish_page(client, editor, axes):
    for _ in range(2):
        assert _login(client, "forkert").status_code == 200  # the form again, with an error
    locked = _login(client, "forkert")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "For mange forsøg på at logge ind" in text
    assert "Prøv igen om 60 minutter" in text
    # While locked out, even the right password is refused.
    assert _login(client, PASSWORD).status_code == 429
    assert client.get("/admin/").status_code == 302  # still not logged in


def test_lockout_does_not_write_personal_data_to_the_logs(client, editor, axes, caplog):
    for _ in range(3):
        _login(client, "forkert")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "AXES" in logged
    assert "redaktoer" not in logged
    assert "127.0.0.1" not in logged


@pytest.fixture
def two_factor(settings):
    settings.WAGTAIL_2FA_REQUIRED = True


def _token(device):
    return TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()


def test_editor_without_a_device_must_set_one_up_first(client, editor, two_factor):
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/devices/new")


def test_editor_sets_up_an_authenticator_and_gets_in(client, editor, two_factor):
    client.force_login(editor)
    assert client.get("/admin/2fa/devices/new").status_code == 200
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    response = client.post(
        "/admin/2fa/devices/new",
        {"name": "Telefon", "otp_token": str(_token(device)).zfill(6), "password": PASSWORD},
    )
    assert response.status_code == 302, response.context["form"].errors
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert client.get("/admin/pages/").status_code == 200


def test_editor_with_a_device_must_enter_a_code_after_the_password(client, editor, two_factor):
    device = TOTPDevice.objects.create(user=editor, name="Telefon", confirmed=True)
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/auth")

    wrong = client.post("/admin/2fa/auth", {"otp_token": "000000"})
    assert wrong.status_code == 200  # the form again
    assert client.get("/admin/pages/").status_code == 302  # still not in
    # django-otp throttles the device after a wrong code (1 s, then doubling); wait it out.
    device.refresh_from_db()
    device.throttle_reset()
    right = client.post("/admin/2fa/auth", {"otp_token": str(_token(device)).zfill(6)})
    assert right.wsgi_request.resolver_match.func.view_class.__module__ == (
        "haderslev_site.two_factor"
    )
    assert right.status_code == 302, right.context["form"].errors
    assert client.get("/admin/pages/").status_code == 200


def test_the_code_is_checked_against_the_editors_own_devices_only(
    client, editor, two_factor, django_user_model
):
    other = django_user_model.objects.create_user(username="anden", password=PASSWORD)
    others_device = TOTPDevice.objects.create(user=other, name="Andens", confirmed=True)
    TOTPDevice.objects.create(user=editor, name="Telefon", confirmed=True)
    client.force_login(editor)
    response = client.post("/admin/2fa/auth", {"otp_token": str(_token(others_device)).zfill(6)})
    assert response.status_code == 200
    assert client.get("/admin/pages/").status_code == 302


def test_an_editor_with_two_authenticators_can_use_either(client, editor, two_factor):
    TOTPDevice.objects.create(user=editor, name="Telefon", confirmed=True)
    tablet = TOTPDevice.objects.create(user=editor, name="Tablet", confirmed=True)
    client.force_login(editor)
    response = client.post("/admin/2fa/auth", {"otp_token": str(_token(tablet)).zfill(6)})
    assert response.status_code == 302
    assert client.get("/admin/pages/").status_code == 200


def test_a_wrong_code_throttles_every_authenticator_of_the_editor(client, editor, two_factor):
    """Two real devices: a miss counts against both, so the second device's correct code is
    refused while django-otp throttles it (no way round the throttle by switching devices)."""
    phone = TOTPDevice.objects.create(user=editor, name="Telefon", confirmed=True)
    tablet = TOTPDevice.objects.create(user=editor, name="Tablet", confirmed=True)
    client.force_login(editor)
    assert client.post("/admin/2fa/auth", {"otp_token": "000000"}).status_code == 200
    for device in (phone, tablet):
        device.refresh_from_db()
        assert device.throttling_failure_count == 1
        assert not device.verify_is_allowed()[0]
    refused = client.post("/admin/2fa/auth", {"otp_token": str(_token(tablet)).zfill(6)})
    assert refused.status_code == 200
    assert client.get("/admin/pages/").status_code == 302  # still not in
    # Once django-otp's delay is over, the tablet's code works and clears its throttle.
    tablet.refresh_from_db()
    tablet.throttle_reset()
    right = client.post("/admin/2fa/auth", {"otp_token": str(_token(tablet)).zfill(6)})
    assert right.status_code == 302
    tablet.refresh_from_db()
    assert tablet.throttling_failure_count == 0


def test_a_code_with_an_external_next_lands_in_the_admin(client, editor, two_factor):
    """wagtail-2fa ignores an unsafe `next` and falls back to LOGIN_REDIRECT_URL."""
    device = TOTPDevice.objects.create(user=editor, name="Telefon", confirmed=True)
    client.force_login(editor)
    response = client.post(
        "/admin/2fa/auth",
        {"otp_token": str(_token(device)).zfill(6), "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_password_reset_requests_are_rate_limited(client, editor, settings):
    settings.PASSWORD_RESET_RATE_LIMIT = "2/h"
    for _ in range(2):
        response = client.post("/admin/password_reset/", {"email": "redaktoer@example.org"})
        assert response.status_code == 302
    limited = client.post("/admin/password_reset/", {"email": "redaktoer@example.org"})
    assert limited.status_code == 429
    assert "Du har sendt mange formularer" in limited.content.decode()
    # Counted per client address: another client is not affected.
    other = client.post(
        "/admin/password_reset/", {"email": "x@example.org"}, REMOTE_ADDR="192.0.2.44"
    )
    assert other.status_code == 302


def test_two_factor_is_required_by_default_in_production(settings):
    import os
    import subprocess
    import sys

    result = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            "import django, os; os.environ['DJANGO_SETTINGS_MODULE']="
            "'haderslev_site.settings.production'; django.setup(); "
            "from django.conf import settings; print(settings.WAGTAIL_2FA_REQUIRED)",
        ],
        env={**os.environ, "SECRET_KEY": "x" * 50, "LOG_LEVEL": "WARNING"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "True"
