"""`manage.py check_links` against a real HTTP server on 127.0.0.1 (never the internet): what
each address answered is recorded, broken ones reach the admin report with the services and
pages that use them."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from links.checker import check_url, urls_in
from links.models import LinkCheck, LinkError
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory

from .factories import ExternalServiceFactory


class Handler(BaseHTTPRequestHandler):
    def _answer(self, with_body):
        path = self.path
        if path == "/ok":
            self._send(200, with_body)
        elif path == "/missing":
            self._send(404, with_body)
        elif path == "/error":
            self._send(500, with_body)
        elif path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, with_body)
        elif path == "/get-only":
            self._send(405 if self.command == "HEAD" else 200, with_body)
        else:
            self._send(404, with_body)

    def _send(self, status, with_body):
        body = b"ok"
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_HEAD(self):  # noqa: N802 - http.server's naming
        self._answer(with_body=False)

    def do_GET(self):  # noqa: N802
        self._answer(with_body=True)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_each_kind_of_answer_is_recorded(server):
    assert check_url(f"{server}/ok").status_code == 200
    assert not check_url(f"{server}/ok").is_broken
    missing = check_url(f"{server}/missing")
    assert (missing.status_code, missing.is_broken) == (404, True)
    assert check_url(f"{server}/error").status_code == 500
    moved = check_url(f"{server}/moved")
    assert (moved.status_code, moved.final_url, moved.is_broken) == (200, f"{server}/ok", False)
    assert check_url(f"{server}/loop").error == LinkError.TOO_MANY_REDIRECTS
    slow = check_url(f"{server}/slow", timeout=0.3)
    assert (slow.error, slow.is_broken) == (LinkError.TIMEOUT, True)
    assert check_url(f"{server}/get-only").status_code == 200  # HEAD refused, GET answers
    assert check_url("http://127.0.0.1:1/").error == LinkError.CONNECTION


def test_addresses_are_found_in_rich_text_and_blocks():
    text = '[{"value": "<p><a href=\\"https://a.example.org/x?y=1\\">A</a> https://b.example.org/.</p>"}]'
    assert urls_in(text) == {"https://a.example.org/x?y=1", "https://b.example.org/"}


def test_command_records_services_and_page_links(home_page, server):
    good = ExternalServiceFactory(name="Virker", url=f"{server}/ok")
    broken = ExternalServiceFactory(name="Væk", url=f"{server}/missing")
    petal = PetalPageFactory(parent=home_page)
    page = InitiativePageFactory(
        parent=petal,
        title="Indsats med links",
        body=[("paragraph", f'<p><a href="{server}/error">Fejl</a></p>')],
    )
    page.action_links = [("service", good)]
    page.save_revision().publish()

    out = StringIO()
    call_command("check_links", timeout=1, workers=2, stdout=out)
    rows = {row.url: row for row in LinkCheck.objects.all()}
    assert set(rows) == {f"{server}/ok", f"{server}/missing", f"{server}/error"}
    assert not rows[f"{server}/ok"].is_broken
    assert rows[f"{server}/missing"].status_code == 404
    assert list(rows[f"{server}/missing"].services.all()) == [broken]
    assert list(rows[f"{server}/error"].pages.all()) == [page.page_ptr]
    assert "2 broken" in out.getvalue()

    # The address is corrected: the next run records it as working.
    broken.url = f"{server}/moved"
    broken.save()
    call_command("check_links", timeout=1, stdout=StringIO())
    assert not LinkCheck.objects.filter(url=f"{server}/missing").exists()
    assert not LinkCheck.objects.get(url=f"{server}/moved").is_broken


def test_editors_see_broken_links_with_where_they_are_used(
    client, home_page, server, django_user_model
):
    ExternalServiceFactory(name="Forsvundet tjeneste", url=f"{server}/missing")
    ExternalServiceFactory(name="Fin tjeneste", url=f"{server}/ok")
    call_command("check_links", timeout=1, stdout=StringIO())
    editor = django_user_model.objects.create_user(username="redaktoer", password="x" * 16)
    editor.groups.add(Group.objects.get(name="Redaktører"))
    client.force_login(editor)
    response = client.get("/admin/link-reports/broken/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"{server}/missing" in html
    assert "Forsvundet tjeneste" in html
    assert "Svarkode 404" in html
    assert f"{server}/ok" not in html
