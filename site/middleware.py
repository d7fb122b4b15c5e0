"""Project middleware: request log, health check, security headers, database-down page, page
cache and read-replica routing. The order they run in is set in settings.base.MIDDLEWARE."""

import logging
import re
import time
import uuid
from contextlib import ExitStack

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import connections
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, set_response_etag

from . import cache as page_cache
from .db_router import content_changes, replica_health, replica_used, use_replica
from .healthz import healthz
from .log import request_id_var
from .views import database_unavailable, is_database_unavailable

request_logger = logging.getLogger("haderslev_site.request")
logger = logging.getLogger("haderslev_site")

_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class _QueryTimer:
    """Counts the SQL queries of a request and the time spent waiting for them."""

    def __init__(self):
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.count += 1
            self.seconds += time.perf_counter() - started


class RequestLogMiddleware:
    """Gives every request an id (X-Request-ID, kept from a load balancer if it sent a sane one)
    and logs one structured line per request: id, method, path, status, duration, the thread's
    CPU time, the number of SQL queries and the time spent in them, and the page cache outcome.
    No IP address, user, user agent or query string is logged."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = incoming if _REQUEST_ID_RE.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = request_id_var.set(request_id)
        timer = _QueryTimer()
        started, cpu_started = time.perf_counter(), time.thread_time()
        try:
            with ExitStack() as stack:
                for connection in connections.all():
                    stack.enter_context(connection.execute_wrapper(timer))
                response = self.get_response(request)
            response["X-Request-ID"] = request_id
            request_logger.info(
                "request",
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "cpu_ms": round((time.thread_time() - cpu_started) * 1000, 1),
                    "queries": timer.count,
                    "db_ms": round(timer.seconds * 1000, 1),
                    "cache": getattr(request, "page_cache", None),
                },
            )
            return response
        finally:
            request_id_var.reset(token)


class HeadRequestMiddleware:
    """Sends a HEAD request a GET's status and headers (Content-Length included) without its
    body. Django leaves this to the server; gunicorn drops the body too, but logs a warning for
    every HEAD request, which uptime monitors and link checkers send all day."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method != "HEAD":
            return response
        if response.streaming:
            response.streaming_content = ()  # the file stays open until the server closes it
        else:
            if not response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
            response.content = b""
        return response


class HealthCheckMiddleware:
    """Answers /healthz before host validation and the HTTPS redirect, so a load balancer can
    probe each app server by address over plain HTTP."""

    path = "/healthz"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.rstrip("/") == self.path:
            return healthz(request)
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with one addition: the Wagtail admin (and only the admin) gets the
    relaxations in settings.CSP_ADMIN_OVERRIDES, because Wagtail 7's admin still needs inline
    styles and scripts and frames its own previews."""

    def process_response(self, request, response):
        # A page preview is rendered by Wagtail through the whole middleware chain for a request
        # to the page's public URL, which gives the response the public policy (no framing);
        # the admin's own request decides the preview's policy, so the panel can frame it.
        if request.path_info.startswith(settings.CSP_ADMIN_PATH_PREFIX):
            for header in ("Content-Security-Policy", "Content-Security-Policy-Report-Only"):
                if header in response:
                    del response[header]
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.CSP_ADMIN_PATH_PREFIX):
            # A nonce in the header would make browsers ignore 'unsafe-inline'.
            parts.nonce = None
            parts.replace = {**(parts.replace or {}), **settings.CSP_ADMIN_OVERRIDES}
        return parts


class DatabaseUnavailableMiddleware:
    """While the database is down, readers get a friendly 503 page in their language instead of
    an error. (Failures outside views are caught by haderslev_site.views.server_error.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_database_unavailable(exception):
            logger.error("database unavailable", exc_info=exception)
            return database_unavailable(request)
        return None


def _has_no_store(response):
    cache_control = response.get("Cache-Control", "").lower()
    return any(word in cache_control for word in ("private", "no-store", "no-cache"))


class PageCacheMiddleware:
    """Serves public pages to anonymous readers from the cache (see haderslev_site.cache).

    A request is looked up only when it is a GET/HEAD of a public path, carries no session or
    messages cookie and no Authorization header, and its query parameters (if any) are among
    PAGE_CACHE_QUERY_PARAMETERS or are tracking parameters (utm_*, fbclid, ...), which the key
    leaves out; a page rendered for a request with tracking parameters is not stored.
    A response is stored only when it is a 200 that sets no cookie
    (so nothing with a CSRF token or a message), is not marked private/no-store, and varies on
    nothing the key does not cover. Editors, previews and the admin never see cached pages.

    Cache-Control: cached pages are `public` with max-age/s-maxage from settings; the admin,
    logged-in users and cookie-setting responses are `private, no-store`.
    """

    VARY_ALLOWED = {"cookie", "accept-encoding"}

    def __init__(self, get_response):
        self.get_response = get_response

    # -- request side --

    def _request_is_cacheable(self, request):
        if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
            return False
        if request.path_info.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATH_PREFIXES)):
            return False
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return False
        return "HTTP_AUTHORIZATION" not in request.META

    def __call__(self, request):
        if not self._request_is_cacheable(request):
            request.page_cache = "bypass"
            return self._mark_private_if_needed(request, self.get_response(request))

        try:
            key = page_cache.cache_key(request)
        except DisallowedHost:
            key = None  # let the view raise it properly
        store = self._store()
        generation, entry = page_cache.lookup(store, key) if key else (None, None)
        # The site chrome cache (home.chrome) renders in the same generation.
        request.page_cache_generation = generation
        if generation is None:
            request.page_cache = "bypass"
            return self._mark_private_if_needed(request, self.get_response(request))
        if entry is not None and entry.get("generation") == generation:
            request.page_cache = "hit"
            return self._response_from_entry(request, entry)

        request.page_cache = "miss"
        response = self.get_response(request)
        if self._response_is_cacheable(request, response):
            self._make_public(response)
            entry = self._entry_from_response(request, response, generation)
            if (
                entry is not None
                and request.method == "GET"
                and not page_cache.tracking_parameters(request)
            ):
                # A page read from the replica may lag the primary by a little: it is kept
                # briefly, so a reader never sees it for long (see db_router).
                timeout = (
                    settings.REPLICA_PAGE_CACHE_SECONDS
                    if getattr(request, "read_from_replica", False)
                    else settings.PAGE_CACHE_TIMEOUT
                )
                try:
                    store.set(key, entry, timeout)
                except Exception:
                    logger.warning("page cache write failed", exc_info=True)
        else:
            self._mark_private_if_needed(request, response)
        return response

    @staticmethod
    def _store():
        return page_cache.caches[settings.PAGE_CACHE_ALIAS]

    # -- response side --

    def _response_is_cacheable(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if _has_no_store(response):
            return False
        user = getattr(request, "user", None)
        if user is not None and getattr(user, "is_authenticated", False):
            return False
        vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
        return vary <= self.VARY_ALLOWED

    @staticmethod
    def _make_public(response):
        patch_cache_control(
            response,
            public=True,
            max_age=settings.CACHE_BROWSER_MAX_AGE,
            s_maxage=settings.CACHE_CDN_MAX_AGE,
        )
        if not response.has_header("ETag"):
            set_response_etag(response)

    @staticmethod
    def _mark_private_if_needed(request, response):
        user = getattr(request, "user", None)
        if (
            request.path_info.startswith(settings.CSP_ADMIN_PATH_PREFIX)
            or response.cookies
            or (user is not None and getattr(user, "is_authenticated", False))
        ):
            patch_cache_control(response, private=True, no_store=True)
        return response

    @staticmethod
    def _entry_from_response(request, response, generation):
        content = response.content
        nonce = getattr(request, "_csp_nonce", None)
        if nonce:
            placeholder = page_cache.NONCE_PLACEHOLDER.encode()
            if placeholder in content:
                return None
            content = content.replace(nonce.encode(), placeholder)
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in ("set-cookie", "x-request-id", "content-security-policy")
        ]
        return {
            "generation": generation,
            "status": response.status_code,
            "headers": headers,
            "content": content,
            "nonce": bool(nonce),
        }

    @staticmethod
    def _response_from_entry(request, entry):
        content = entry["content"]
        if entry["nonce"]:
            # A fresh nonce for every reader; the CSP middleware puts it in the header.
            nonce = str(request.csp_nonce)
            content = content.replace(page_cache.NONCE_PLACEHOLDER.encode(), nonce.encode())
        response = HttpResponse(content, status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response["Content-Length"] = str(len(content))
        return response


class ReadReplicaMiddleware:
    """Lets an anonymous reader's GET/HEAD read from the replica (see db_router)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        safe = (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path_info.startswith(settings.CSP_ADMIN_PATH_PREFIX)
        )
        if safe:
            generation = getattr(request, "page_cache_generation", None)
            safe = (
                not content_changes.recent(generation)
                and replica_health.usable()
                and replica_health.connects()
            )
        token = use_replica.set(safe)
        used = replica_used.set(False)
        try:
            response = self.get_response(request)
            request.read_from_replica = replica_used.get()
            return response
        finally:
            use_replica.reset(token)
            replica_used.reset(used)
