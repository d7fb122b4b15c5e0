"""One structured log line per request on stdout: request id, method, path, status and
duration; no addresses, users or query strings."""

import json
import logging

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
