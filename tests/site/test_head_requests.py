"""HEAD requests (uptime monitors, link checkers) get a GET's status and headers and no body.

Django leaves dropping the body to the server: runserver and the test client do, gunicorn drops
it too but logs a warning for every HEAD request. The site sends none, so nothing is dropped."""

from contextlib import contextmanager

from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.http import FileResponse, HttpResponse

from haderslev_site.middleware import HeadRequestMiddleware


@contextmanager
def _wsgi_in_a_test_transaction():
    """As Django's test client: a request must not close the test's database connection."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _call(handler, environ):
    status = {}

    def start_response(code, headers):
        status["code"], status["headers"] = code, dict(headers)

    result = handler(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        result.close()
    return status["code"], status["headers"], body


def test_a_head_request_for_a_page_has_a_gets_headers_and_no_body(rf, home_page):
    with _wsgi_in_a_test_transaction() as handler:
        get_status, get_headers, get_body = _call(handler, rf.get("/da/").environ)
        status, headers, body = _call(handler, rf.head("/da/").environ)
    assert get_status == status == "200 OK"
    assert get_body.startswith(b"<!DOCTYPE html>")
    assert body == b""
    assert headers["Content-Length"] == get_headers["Content-Length"] == str(len(get_body))
    assert headers["Content-Type"] == "text/html; charset=utf-8"


def test_a_get_keeps_its_body(rf):
    response = HeadRequestMiddleware(lambda request: HttpResponse("<p>Hej</p>"))(rf.get("/da/"))
    assert response.content == b"<p>Hej</p>"


def test_a_streamed_head_response_is_closed_without_reading_it(rf, tmp_path, db):
    path = tmp_path / "bilag.pdf"
    path.write_bytes(b"%PDF-1.4 " * 1000)
    handle = path.open("rb")
    response = HeadRequestMiddleware(lambda request: FileResponse(handle))(rf.head("/bilag.pdf"))
    assert b"".join(response.streaming_content) == b""
    assert response["Content-Length"] == "9000"
    response.close()  # as the server does after sending the headers (request_finished)
    assert handle.closed
