"""Error views that never show a reader a stack trace or a setting, in the reader's language."""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseForbidden, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger("haderslev_site")

RETRY_AFTER_SECONDS = 30


def is_database_unavailable(exception):
    return isinstance(exception, OperationalError | InterfaceError)


def _language(request):
    """The reader's language from the URL (/en/...), without touching the database."""
    language = translation.get_language_from_path(request.path_info) if request else None
    return language or settings.LANGUAGE_CODE


def _render(template_name, request, context=None):
    with translation.override(_language(request)):
        return loader.render_to_string(template_name, context)


def database_unavailable(request):
    """503 while the database is down: static page, no database access, retry hint."""
    try:
        body = _render("503.html", request)
    except Exception:
        logger.exception("503 page could not be rendered")
        body = "<!DOCTYPE html><title>503</title><p>Siden er midlertidigt utilgængelig.</p>"
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def server_error(request, template_name="500.html"):
    """handler500: the friendly 500 page in the reader's language, or the 503 page when the
    error is that the database cannot be reached (e.g. while loading a session)."""
    exception = sys.exc_info()[1]
    if is_database_unavailable(exception):
        return database_unavailable(request)
    try:
        body = _render(template_name, request)
    except Exception:
        logger.exception("500 page could not be rendered")
        body = "<!DOCTYPE html><title>500</title><p>Der opstod en fejl.</p>"
    response = HttpResponseServerError(body)
    add_never_cache_headers(response)
    return response


def _forbidden(request, csrf):
    try:
        body = _render("403.html", request, {"csrf": csrf})
    except Exception:
        logger.exception("403 page could not be rendered")
        body = "<!DOCTYPE html><title>403</title><p>Adgang nægtet.</p>"
    response = HttpResponseForbidden(body)
    add_never_cache_headers(response)
    return response


def permission_denied(request, exception=None):
    """handler403: the 403 page in the reader's language, without the exception's text."""
    return _forbidden(request, csrf=False)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent without its token (an old page, cookies blocked), said in
    the reader's language instead of Django's technical page. The reason is logged only."""
    logger.warning("CSRF check failed: %s", reason)
    return _forbidden(request, csrf=True)
