"""One structured log line per request on stdout: request id, method, path, status and
duration; no addresses, users or query strings."""

import io
import json
import logging
import logging.config

import pytest
from django.conf import settings

from haderslev_site.log import JSONFormatter, RequestIdFilter


def _request_lines(caplog):
    return [r for r in caplog.records if r.name == "haderslev_site.request"]


def test_every_request_is_logged_with_its_id(client, home_page, caplog):
    caplog.set_level(logging.INFO, logger="haderslev_site.request")
    response = client.get("/da/?q=mit+navn+er+Jens", REMOTE_ADDR="203.0.113.9")
    (record,) = _request_lines(caplog)
    assert response["X-Request-ID"] == record.request_id
    line = json.loads(JSONFormatter().format(record))
    assert line["message"] == "request"
    assert line["method"] == "GET"
    assert line["path"] == "/da/"
    assert line["status"] == 200
    assert isinstance(line["duration_ms"], float)
    assert isinstance(line["cpu_ms"], float)
    assert line["queries"] > 0 and isinstance(line["db_ms"], float)
    assert line["request_id"] == response["X-Request-ID"]
    text = json.dumps(line)
    assert "203.0.113.9" not in text and "Jens" not in text


def test_a_load_balancers_request_id_is_kept_and_a_forged_one_is_not(client, db, caplog):
    assert client.get("/healthz", HTTP_X_REQUEST_ID="lb-1234abcd")["X-Request-ID"] == (
        "lb-1234abcd"
    )
    forged = client.get("/healthz", HTTP_X_REQUEST_ID="<script>alert(1)</script>")
    assert forged["X-Request-ID"] != "<script>alert(1)</script>"


def test_other_log_lines_during_a_request_carry_its_id(client, home_page, caplog):
    caplog.set_level(logging.INFO)
    caplog.handler.addFilter(RequestIdFilter())  # as the stdout handler in settings.LOGGING
    response = client.get("/da/")
    records = [r for r in caplog.records if r.name.startswith("haderslev_site")]
    assert records
    assert {r.request_id for r in records} == {response["X-Request-ID"]}


def test_formatter_writes_one_json_object_per_line_with_tracebacks():
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    line = JSONFormatter().format(record)
    assert "\n" not in line
    parsed = json.loads(line)
    assert parsed["level"] == "ERROR" and "ValueError: boom" in parsed["exc_info"]


@pytest.fixture
def stdout_log():
    """What the configured stdout handler (settings.LOGGING, with its filters and JSON
    formatter) writes, one JSON object a line."""
    handler = next(h for h in logging.getLogger().handlers if h.name == "stdout")
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]
    handler.setStream(previous)


def test_no_log_record_carries_a_query_string(rf, stdout_log):
    """django.request's records carry the request; a search for a CPR number must not reach
    the log through it, nor through a message or a traceback."""
    request = rf.get("/da/search/?q=010190-1234&page=2")
    try:
        raise ValueError("while serving /da/search/?q=010190-1234")
    except ValueError:
        logging.getLogger("django.request").error(
            "Internal Server Error: %s",
            request.get_full_path(),
            extra={"status_code": 500, "request": request},
            exc_info=True,
        )
    (line,) = stdout_log()
    text = json.dumps(line)
    assert "010190" not in text
    assert line["request"] == "GET /da/search/"
    assert line["message"] == "Internal Server Error: /da/search/"
    assert "ValueError: while serving /da/search/" in line["exc_info"]


def test_a_bad_host_header_is_one_short_line_without_a_traceback(client, db, stdout_log):
    client.raise_request_exception = False
    response = client.get("/da/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    lines = [line for line in stdout_log() if line["logger"].startswith("django")]
    assert len(lines) == 1
    (line,) = lines
    assert "exc_info" not in line
    assert line["logger"] == "django.security.DisallowedHost"
    assert len(line["message"]) <= 200
    assert "evil.example" in line["message"]


def test_gunicorn_logs_no_client_address_for_a_malformed_request(capsys):
    """gunicorn's own message for a malformed request names the client's address."""
    import runpy
    from pathlib import Path

    from gunicorn.config import Config
    from gunicorn.glogging import Logger

    config = Config()
    conf = Path(__file__).resolve().parents[2] / "site" / "gunicorn.conf.py"
    for name, value in runpy.run_path(str(conf)).items():
        if name in config.settings:
            config.set(name, value)
    log = Logger(config)
    try:
        log.warning("Invalid request from ip=203.0.113.9: Invalid HTTP request line: 'x'")
        log.warning("Invalid request from ip=2001:db8::7: Invalid HTTP Version")
        log.error("Error handling request GET /da/search/?q=jens@example.org")
    finally:
        logging.config.dictConfig(settings.LOGGING)
    text = capsys.readouterr().out
    assert "Invalid request from" in text
    assert "203.0.113.9" not in text
    assert "2001:db8::7" not in text
    assert "jens@example.org" not in text
