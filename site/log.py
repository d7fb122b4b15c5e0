"""Structured logging: one JSON object per line, carrying the id of the request being served.

Log lines hold no personal data: no IP addresses, user names, user agents or query strings.
`PrivacyFilter` (on the stdout handler, so on every record whatever logger wrote it) removes
query strings from messages, tracebacks and the `request` that django.request attaches; with
`addresses=True` (gunicorn's error log) it also removes IP addresses. `ShortLineFilter` turns
a record into one short line without a traceback (a bad Host header, sent by scanners all day).
"""

import json
import logging
import re
from contextvars import ContextVar
from datetime import UTC, datetime

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)

# Attributes every LogRecord has; anything else passed in `extra=` is emitted as a field.
_STANDARD_ATTRS = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__.keys()) | {
    "message",
    "asctime",
    "request_id",
}


class RequestIdFilter(logging.Filter):
    """Adds the current request's id (or None outside a request) to every record."""

    def filter(self, record):
        record.request_id = request_id_var.get()
        return True


# A path followed by its query string: "/da/search/?q=..." keeps "/da/search/".
_QUERY_STRING = re.compile(r"(/[^\s\"'<>?]*)\?[^\s\"'<>]*")
_IPV4 = r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"
_IPV6 = r"(?<![\w:])(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}(?![\w:])"
_ADDRESS = re.compile(f"{_IPV4}|{_IPV6}")


def without_query_strings(text: str) -> str:
    return _QUERY_STRING.sub(r"\1", text)


def without_addresses(text: str) -> str:
    return _ADDRESS.sub("[address]", text)


class PrivacyFilter(logging.Filter):
    def __init__(self, addresses=False):
        super().__init__()
        self.addresses = addresses

    def _clean(self, text):
        text = without_query_strings(text)
        return without_addresses(text) if self.addresses else text

    def filter(self, record):
        message = record.getMessage()
        cleaned = self._clean(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        request = getattr(record, "request", None)
        if request is not None and not isinstance(request, str):
            # django.request's HttpRequest: its method and path, never the query string.
            record.request = f"{getattr(request, 'method', '')} {getattr(request, 'path', '')}"
        if record.exc_info and not record.exc_text:
            record.exc_text = self._clean(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        return True


class ShortLineFilter(logging.Filter):
    """One line of at most `length` characters, a warning, no traceback."""

    def __init__(self, length=200):
        super().__init__()
        self.length = length

    def filter(self, record):
        record.msg, record.args = record.getMessage().splitlines()[0][: self.length], ()
        record.exc_info = record.exc_text = record.stack_info = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class JSONFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "ts": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None) or request_id_var.get()
        if request_id:
            entry["request_id"] = request_id
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                entry[key] = value
        if record.exc_text:
            entry["exc_info"] = record.exc_text
        elif record.exc_info:
            entry["exc_info"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)
