"""Django's LocaleMiddleware, without its redirect of real 404s outside the localised site.

With `i18n_patterns(prefix_default_language=True)` Django answers every 404 by trying the same
path with a language prefix, and Wagtail's catch-all page route makes that prefixed path always
look valid. So a missing API object (/api/v2/pages/999/), admin page or document became a 302 to
/da/api/v2/pages/999/ and an HTML 404 there. Paths that are served without a language prefix
(the API, the admin, documents, the sitemap) now keep their own 404; everything else (e.g. "/"
or /synlighed/) is still sent to its language as before.
"""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import is_valid_path


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and is_valid_path(
            request.path_info, getattr(request, "urlconf", None)
        ):
            return response
        return super().process_response(request, response)
