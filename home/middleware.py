"""Django's LocaleMiddleware, without its redirect of real 404s outside the localised site.

With `i18n_patterns(prefix_default_language=True)` Django answers every 404 by trying the same
path with a language prefix, and Wagtail's catch-all page route makes that prefixed path always
look valid. So a missing API object (/api/v2/pages/999/), admin page or document became a 302 to
/da/api/v2/pages/999/ and an HTML 404 there. Paths under a URL prefix that is served without a
language (the API, the admin, documents, the sitemap) now keep their own 404; everything else
(e.g. "/" or /synlighed/) is still sent to its language as before.
"""

import logging
import re
from functools import lru_cache

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import LocalePrefixPattern, get_resolver

logger = logging.getLogger("haderslev_site")


@lru_cache
def unlocalised_prefixes(urlconf=None) -> tuple[str, ...]:
    """The literal beginnings of the URL patterns outside `i18n_patterns`, e.g. "admin/"."""
    prefixes = []
    for url_pattern in get_resolver(urlconf).url_patterns:
        if isinstance(url_pattern.pattern, LocalePrefixPattern):
            continue
        literal = re.match(r"\^?([\w\-./]*)", str(url_pattern.pattern)).group(1)
        if literal:
            prefixes.append("/" + literal)
    return tuple(prefixes)


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(
            unlocalised_prefixes(getattr(request, "urlconf", None))
        ):
            return response
        return super().process_response(request, response)


class ChromeCacheMiddleware:
    """Makes the request available to home.chrome (for code that is not handed the request,
    e.g. a page's view restrictions), and finds the request's Wagtail site through the chrome
    cache, so Wagtail's routing and page URLs, which look at request._wagtail_site first, do not
    read the sites table on every reader's request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from home import chrome

        token = chrome.current_request.set(request)
        try:
            if chrome.enabled_for(request):
                try:
                    chrome.site_for_request(request)
                except Exception:
                    # E.g. the database is down: Wagtail's own lookup in the view raises it
                    # again, where the friendly 503 page is given.
                    logger.debug("site lookup failed in ChromeCacheMiddleware", exc_info=True)
            return self.get_response(request)
        finally:
            chrome.current_request.reset(token)
