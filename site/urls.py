from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from haderslev_site.healthz import healthz
from haderslev_site.robots import robots_txt
from haderslev_site.security import RateLimitedPasswordResetView
from home import views as home_views
from home.api import api_router
from home.sitemaps import LocalisedSitemap
from volunteering.api import PostListAPIView

urlpatterns = [
    # Wagtail's password reset form, with a rate limit (before the admin's own route).
    path(
        "admin/password_reset/",
        RateLimitedPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalisedSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # "/" goes to the reader's language (Accept-Language) if the site exists in it, else /da/.
    path("", home_views.root_redirect, name="root_redirect"),
    # Read-only partner API (pages, images, documents): see home/api.py and the README; the
    # meeting place's published posts (volunteering/api.py).
    path("api/v2/opslag/", PostListAPIView.as_view(), name="api_volunteer_posts"),
    path("api/v2/", api_router.urls),
    # Load balancers' probe. HealthCheckMiddleware answers it first (before host validation
    # and the HTTPS redirect); the route keeps it reachable without that middleware.
    path("healthz", healthz, name="healthz"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public URL carries its language: /da/..., /en/...
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    # Wagtail's page view, plus the "not translated" page for a page that does not exist in the
    # language asked for. Wagtail's own URLs (below) still name `wagtail_serve` for reversing
    # and serve its `_util/` views.
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", home_views.serve, name="localised_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Errors never show a stack trace: the friendly page in the reader's language (503 when the
# database is down).
handler403 = "haderslev_site.views.permission_denied"
handler404 = "haderslev_site.views.page_not_found"
handler500 = "haderslev_site.views.server_error"
