"""No stack trace or setting ever reaches a reader: friendly 404/500/503 pages in the reader's
language, and a 503 while the database is down."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Site

ROOT = Path(__file__).resolve().parents[2]


def test_not_found_page_is_in_the_readers_language(client, home_page):
    Locale.objects.create(language_code="en")
    danish = client.get("/da/findes-ikke/")
    english = client.get("/en/does-not-exist/")
    assert danish.status_code == english.status_code == 404
    assert '<html lang="da">' in danish.content.decode()
    assert "Siden findes ikke" in danish.content.decode()
    assert '<html lang="en">' in english.content.decode()


def test_an_unexpected_error_shows_the_friendly_500_page_without_details(
    client, home_page, monkeypatch, settings
):
    settings.DEBUG = False

    def explode(*args, **kwargs):
        raise RuntimeError("secret internals: SECRET_KEY=test-only-insecure-key")

    monkeypatch.setattr("initiatives.models.PetalPage.get_context", explode, raising=False)
    monkeypatch.setattr("home.models.HomePage.get_context", explode)
    client.raise_request_exception = False
    response = client.get("/de/")
    assert response.status_code == 500
    text = response.content.decode()
    with translation.override("de"):
        assert gettext("Der opstod en fejl") in text  # the reader's language (German here)
    assert '<html lang="de">' in text
    assert "secret internals" not in text and "Traceback" not in text
    assert "no-store" in response["Cache-Control"]


def test_database_errors_in_a_view_give_the_503_page(client, home_page, monkeypatch):
    def database_down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(Site, "find_for_request", database_down)
    response = client.get("/en/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    text = response.content.decode()
    assert '<html lang="en">' in text
    assert "connection refused" not in text


def test_database_errors_outside_views_give_the_503_page(client, home_page, monkeypatch):
    """E.g. loading an editor's session while the database is down."""

    def database_down(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("django.contrib.sessions.backends.db.SessionStore.load", database_down)
    client.raise_request_exception = False
    client.cookies["sessionid"] = "x" * 32
    response = client.get("/admin/")
    assert response.status_code == 503
    assert "Siden er midlertidigt utilgængelig" in response.content.decode()


SCRIPT = """
import django
# Production collects static files first (make serve); here the finders stand in for that.
import haderslev_site.settings.production as production
production.STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
django.setup()
from django.test import Client
client = Client()
for url in ("/da/", "/en/", "/healthz", "/api/v2/pages/"):
    response = client.get(url, secure=True, HTTP_HOST="medborgerskab.example")
    print(url, response.status_code, response.get("Content-Type"))
    print(response.content.decode()[:3000])
"""


@pytest.mark.parametrize("database_url", ["postgres://postgres@127.0.0.1:1/nothing"])
def test_with_the_database_unreachable_readers_get_a_503_in_their_language(database_url):
    """A real, unreachable PostgreSQL (a closed port) under the production settings."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "haderslev_site.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "medborgerskab.example",
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "CRITICAL",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    out = result.stdout
    assert result.returncode == 0, result.stderr[-3000:]
    assert "/da/ 503 text/html" in out
    assert "/en/ 503 text/html" in out
    assert '<html lang="en">' in out.split("/en/ 503")[1]
    assert "Siden er midlertidigt utilgængelig" in out.split("/en/ 503")[0]
    assert '/healthz 503 application/json\n{"status": "unavailable"' in out
    # The partner API answers in JSON, also when the database is down.
    assert '/api/v2/pages/ 503 application/json\n{"message": "Siden er midlertidigt' in out
    assert "Traceback" not in out and "127.0.0.1:1" not in out


def test_a_form_sent_without_its_csrf_token_gets_a_403_page_in_the_readers_language(
    home_page, settings
):
    """Django's own CSRF page is unstyled and says lang="en" whatever its language."""
    from django.test import Client

    Locale.objects.create(language_code="en")
    client = Client(enforce_csrf_checks=True)
    danish = client.post("/da/")
    english = client.post("/en/")
    assert danish.status_code == english.status_code == 403
    text = danish.content.decode()
    assert '<html lang="da">' in text
    assert "Formularen kunne ikke sendes" in text
    assert "CSRF" not in text and "Referer" not in text
    assert '<html lang="en">' in english.content.decode()
    assert "The form could not be sent" in english.content.decode()
    assert "no-store" in danish["Cache-Control"]


def test_a_forbidden_page_gets_the_403_page_in_the_readers_language(client, home_page, monkeypatch):
    from django.core.exceptions import PermissionDenied

    def forbidden(*args, **kwargs):
        raise PermissionDenied("internal reason")

    monkeypatch.setattr("home.models.HomePage.get_context", forbidden)
    response = client.get("/da/")
    assert response.status_code == 403
    text = response.content.decode()
    assert '<html lang="da">' in text
    assert "Adgang nægtet" in text and "Du har ikke adgang til denne side." in text
    assert "internal reason" not in text


def test_an_error_page_that_cannot_be_rendered_falls_back_to_a_bare_one(rf, monkeypatch, caplog):
    from haderslev_site import views

    def broken(*args, **kwargs):
        raise RuntimeError("template syntax error")

    monkeypatch.setattr(views.loader, "render_to_string", broken)
    response = views.csrf_failure(rf.post("/da/"), reason="CSRF cookie not set.")
    assert response.status_code == 403
    assert response.content.decode() == "<!DOCTYPE html><title>403</title><p>Adgang nægtet.</p>"
    assert "no-store" in response["Cache-Control"]
    assert "403 page could not be rendered" in caplog.text


def test_a_refused_forms_log_line_has_the_reason_but_not_the_referring_url(rf, caplog):
    from haderslev_site.views import csrf_failure

    reason = (
        "Referer checking failed - https://example.org/?q=Jens+Hansen does not match any "
        "trusted origins."
    )
    assert csrf_failure(rf.post("/da/"), reason=reason).status_code == 403
    assert "CSRF check failed: Referer checking failed" in caplog.text
    assert "Jens" not in caplog.text and "example.org" not in caplog.text
