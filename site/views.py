"""Error views that never show a reader a stack trace or a setting, in the reader's language."""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
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


def error_response(request, status, template_name, fallback, context=None):
    """The error page in the reader's language, never cached; a bare fallback if even that
    fails (the error may be in the templates or the translations)."""
    try:
        with translation.override(_language(request)):
            body = loader.render_to_string(template_name, context)
    except Exception:
        logger.exception("%s page could not be rendered", status)
        body = f"<!DOCTYPE html><title>{status}</title><p>{fallback}</p>"
    response = HttpResponse(body, status=status)
    add_never_cache_headers(response)
    return response


def database_unavailable(request):
    """503 while the database is down: static page, no database access, retry hint."""
    response = error_response(request, 503, "503.html", "Siden er midlertidigt utilgængelig.")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request, template_name="500.html"):
    """handler500: the friendly 500 page in the reader's language, or the 503 page when the
    error is that the database cannot be reached (e.g. while loading a session)."""
    exception = sys.exc_info()[1]
    if is_database_unavailable(exception):
        return database_unavailable(request)
    return error_response(request, 500, template_name, "Der opstod en fejl.")


def permission_denied(request, exception=None):
    """handler403: the 403 page in the reader's language, without the exception's text."""
    return error_response(request, 403, "403.html", "Adgang nægtet.", {"csrf": False})


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent without its token (an old page, cookies blocked), said in
    the reader's language instead of Django's technical page. The reason is logged, without the
    Referer or Origin that Django appends to some reasons (a URL may hold a search)."""
    logger.warning("CSRF check failed: %s", reason.split(" - ", 1)[0])
    return error_response(request, 403, "403.html", "Adgang nægtet.", {"csrf": True})
