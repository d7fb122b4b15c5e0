"""Error views that never show a reader a stack trace or a setting, in the reader's language."""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views import defaults

logger = logging.getLogger("haderslev_site")

RETRY_AFTER_SECONDS = 30
API_PATH_PREFIX = "/api/"


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


def is_api_request(request):
    return request is not None and request.path_info.startswith(API_PATH_PREFIX)


def api_error_response(request, status, message):
    """The partner API's errors are JSON, whatever failed: {"message": "..."} in the reader's
    language (the API's default is Danish), never cached."""
    with translation.override(_language(request)):
        response = JsonResponse({"message": str(message)}, status=status)
    add_never_cache_headers(response)
    return response


def database_unavailable(request):
    """503 while the database is down: static page, no database access, retry hint."""
    if is_api_request(request):
        response = api_error_response(request, 503, _("Siden er midlertidigt utilgængelig"))
    else:
        response = error_response(request, 503, "503.html", "Siden er midlertidigt utilgængelig.")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request, template_name="500.html"):
    """handler500: the friendly 500 page in the reader's language, or the 503 page when the
    error is that the database cannot be reached (e.g. while loading a session)."""
    exception = sys.exc_info()[1]
    if is_database_unavailable(exception):
        return database_unavailable(request)
    if is_api_request(request):
        return api_error_response(request, 500, _("Der opstod en fejl"))
    return error_response(request, 500, template_name, "Der opstod en fejl.")


def page_not_found(request, exception=None):
    """handler404: JSON under /api/, else Django's own view (the 404.html template)."""
    if is_api_request(request):
        return api_error_response(
            request, 404, _("Findes ikke, eller er ikke offentligt tilgængeligt.")
        )
    return defaults.page_not_found(request, exception)


def permission_denied(request, exception=None):
    """handler403: the 403 page in the reader's language, without the exception's text."""
    return error_response(request, 403, "403.html", "Adgang nægtet.", {"csrf": False})


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent without its token (an old page, cookies blocked), said in
    the reader's language instead of Django's technical page. The reason is logged, without the
    Referer or Origin that Django appends to some reasons (a URL may hold a search)."""
    logger.warning("CSRF check failed: %s", reason.split(" - ", 1)[0])
    return error_response(request, 403, "403.html", "Adgang nægtet.", {"csrf": True})
