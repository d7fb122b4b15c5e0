"""/robots.txt: what crawlers may read, and where the sitemap of every language is.

The public pages are all crawlable (search results pages say noindex themselves, so they stay
crawlable for that to be seen). The admin and the partner API are not for search engines.
No database access: crawlers ask for it often, and it must answer while the database is down.
"""

from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

DISALLOWED = ["/admin/", "/api/"]


@require_safe
@cache_control(public=True, max_age=24 * 3600)
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED)]
    lines += ["", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
