"""The site chrome, cached per page-cache generation: what every page shows around its content.

Every page renders the same few things whatever its content: the request's Wagtail site and
locale, the main navigation, the breadcrumbs' ancestors, the language switcher's translations,
the footer's site settings and legal pages. Computed from the database they cost about ten SQL
queries per page. Here each is computed once and kept in the page cache's store
(`PAGE_CACHE_ALIAS`: Redis in production) under the current *generation* of the page cache
(haderslev_site.cache), so a render that misses the page cache still skips those queries.

Invalidation is the page cache's: the generation is replaced whenever a page is published,
unpublished, moved or deleted, a snippet, setting, image, document, site or locale changes, or
any model of the project's apps changes. An entry is stored under the generation read *before*
its data was read, so data from before a change can never be served under the generation that
follows it (the same argument as for cached pages).

Only anonymous readers' requests use the cache (no session cookie, not a preview), so editors
and previews always see the database; if the cache is unreachable everything is computed as
before. Within one request every value is computed or fetched once (a memo on the request), and
each process keeps a copy of what it has fetched for the current generation (_ProcessCopy).
"""

import contextvars
import hashlib
import logging
import pickle

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger("haderslev_site.cache")

_MISSING = object()
KEY_PREFIX = "chrome"

# The request being served (set by home.middleware.ChromeCacheMiddleware), for code that is not
# handed it.
current_request = contextvars.ContextVar("chrome_current_request", default=None)


def _store():
    return caches[settings.PAGE_CACHE_ALIAS]


def enabled_for(request) -> bool:
    """Whether this request may use cached chrome: an anonymous reader's, not a preview."""
    if request is None or not getattr(settings, "CHROME_CACHE_ENABLED", True):
        return False
    if getattr(request, "is_preview", False):
        return False
    cookies = getattr(request, "COOKIES", {})
    if settings.SESSION_COOKIE_NAME in cookies:
        return False
    path = getattr(request, "path_info", "") or ""
    return not path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATH_PREFIXES))


def generation(request):
    """The page cache generation this request renders in, read once per request (the page
    cache middleware's read is reused). None when the cache is unreachable."""
    value = getattr(request, "page_cache_generation", None)
    if value is not None:
        return value
    if not hasattr(request, "_chrome_generation"):
        from haderslev_site import cache as page_cache

        request._chrome_generation = page_cache.current_generation()
    return request._chrome_generation


def cached(request, name, parts, compute):
    """`compute()`, cached under the current generation for anonymous readers and memoised
    for the rest of the request for everyone. `parts` identify the value (site, language,
    page...); `compute` must return something picklable."""
    key = ":".join([KEY_PREFIX, name, *(str(part) for part in parts)])
    memo = getattr(request, "_chrome_memo", None) if request is not None else None
    if memo is not None and key in memo:
        return memo[key]
    current = generation(request) if enabled_for(request) else None
    value = _read(current, key)
    if value is _MISSING:
        value = compute()
        _write(current, key, value)
    if request is not None:
        if memo is None:
            memo = request._chrome_memo = {}
        memo[key] = value
    return value


class _ProcessCopy:
    """This process's copy of the entries it has read or written, for one generation only.

    An entry never changes within a generation (any change replaces the generation), so a
    worker that has fetched one need not fetch it again until the generation it reads at the
    start of a request is a different one; then the whole copy is dropped. That saves a round
    trip to Redis per entry (a dozen per page). Values are kept pickled, so each request gets
    its own objects, as from Redis. At most MAX_ENTRIES are kept; past that the copy starts
    again empty.
    """

    MAX_ENTRIES = 2000

    def __init__(self):
        self._generation = None
        self._entries = {}

    def entries(self, current):
        if current != self._generation:
            # Replaced as a whole, never mutated for another generation (thread-safe enough for
            # gthread workers: at worst a thread misses and fetches from Redis).
            self._entries = {}
            self._generation = current
        return self._entries

    def get(self, current, key):
        data = self.entries(current).get(key)
        return _MISSING if data is None else pickle.loads(data)  # noqa: S301 (our own bytes)

    def put(self, current, key, value):
        entries = self.entries(current)
        if len(entries) >= self.MAX_ENTRIES:
            entries = self._entries = {}
        try:
            entries[key] = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        except Exception:  # something unpicklable is simply not kept here
            logger.warning("chrome cache value not picklable: %s", key, exc_info=True)


_process_copy = _ProcessCopy()


def _read(current, key):
    """The value stored under `key` in generation `current`, or _MISSING (not stored, no
    generation, or the cache is unreachable). This process's copy first, then the store."""
    if current is None:
        return _MISSING
    value = _process_copy.get(current, key)
    if value is not _MISSING:
        return value
    try:
        value = _store().get(f"{key}:{current}", _MISSING)
    except Exception:  # a cache outage must never become a reader's error
        logger.warning("chrome cache read failed", exc_info=True)
        return _MISSING
    if value is not _MISSING:
        _process_copy.put(current, key, value)
    return value


def _write(current, key, value):
    if current is None:
        return
    _process_copy.put(current, key, value)
    try:
        _store().set(f"{key}:{current}", value, settings.PAGE_CACHE_TIMEOUT)
    except Exception:
        logger.warning("chrome cache write failed", exc_info=True)


def language():
    from django.utils.translation import get_language

    return get_language() or settings.LANGUAGE_CODE


# --- What is cached -------------------------------------------------------------------------------


def site_for_request(request):
    """Wagtail's public `Site.find_for_request`, cached by host name and port (Wagtail reads the
    sites table on every request), keyed on Django's public `request.get_host()` and
    `get_port()`.

    The cached Site is put on `request._wagtail_site`, the attribute Wagtail's
    `Site.find_for_request` documents as its per-request memo and reads first (routing, page
    URLs, settings): it saves the sites query on every rendered page, 1.2-1.4 ms on SQLite,
    1.7-2.5 ms CPU on PostgreSQL (`make bench-chrome`, docs/performance.md)."""
    from django.http.request import split_domain_port
    from wagtail.models import Site

    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    try:
        # get_host() checks ALLOWED_HOSTS, which CommonMiddleware has already done; a host it
        # refuses is left to Wagtail, which finds the default site for it.
        hostname = split_domain_port(request.get_host())[0]
        port = request.get_port()
    except Exception:
        return Site.find_for_request(request)
    site = cached(request, "site", [hostname, port], lambda: Site.find_for_request(request))
    request._wagtail_site = site
    return site


def active_locale(request):
    """The Locale of the active language."""
    from wagtail.models import Locale

    return cached(request, "locale", [language()], Locale.get_active)


def locale_home(request):
    """The site's home page in the active language (the root page itself if it is not
    translated into it), or None without a site."""
    from wagtail.models import Page

    site = site_for_request(request) if request is not None else None
    if site is None:
        return None

    def compute():
        root = Page.objects.get(pk=site.root_page_id)
        locale = active_locale(request)
        if root.locale_id == locale.id:
            return root
        translation = root.get_translation_or_none(locale)
        return translation if translation is not None and translation.live else root

    return cached(request, "home", [site.pk, language()], compute)


def menu_items(request, home):
    """The home page's live children shown in menus (non-specific pages, few fields)."""
    from wagtail.models import Page

    def compute():
        return list(
            Page.objects.child_of(home)
            .live()
            .in_menu()
            .order_by("path")
            .only("id", "title", "url_path", "path", "depth", "locale_id", "content_type_id")
        )

    return cached(request, "menu", [home.pk], compute)


def petals(locale_id) -> list:
    """The live petals (the flower's themes) in this language, in the policy's order, with the
    few fields that link to them, name them and match their translations, plus the intro the
    flower shows. The home page's flower, the filters and the petal labels of every listing
    show them; they change only when a petal is published, moved or renamed."""
    from django.apps import apps

    petal_model = apps.get_model("initiatives", "PetalPage")

    def compute():
        return list(
            petal_model.objects.live()
            .filter(locale_id=locale_id)
            .order_by("path")
            .only(
                *("id", "title", "intro", "slug", "url_path", "path", "depth"),
                *("translation_key", "locale_id"),
            )
        )

    return cached(current_request.get(), "petals", [locale_id], compute)


def ancestors(request, page):
    """The page's ancestors below the tree root (the home page first), for breadcrumbs."""

    def compute():
        return list(page.get_ancestors().filter(depth__gte=2))

    if not page.pk:
        return compute()
    return cached(request, "ancestors", [page.pk, page.path], compute)


def route(request, path):
    """What Wagtail's Page.route_for_request does, with the localised home page from the
    cache instead of a Locale query; the result is stored where Wagtail looks for it.

    A page's own URL is also remembered per generation as (page id, content type), so the next
    reader's request fetches just that page instead of walking the tree (two queries per URL
    segment). The page is then asked to route itself with no path left, as at the end of
    Wagtail's walk: it still has to be live, and a routable page still resolves its own index
    view. Paths that end inside a page's own routes (a routable page's sub-paths) and paths
    that lead nowhere are not remembered: Wagtail walks the tree for them every time."""
    from django.http import Http404

    # request._wagtail_route_for_request is the memo Wagtail's public Page.route_for_request
    # documents and reads first; filling it from a remembered route saves Wagtail's walk down
    # the tree: 3 queries and 1.3-1.8 ms on a petal, 5 and 2.6-4.5 ms on an initiative
    # (`make bench-chrome`, docs/performance.md).
    if hasattr(request, "_wagtail_route_for_request") or not enabled_for(request):
        return
    home = locale_home(request)
    if home is None:
        return  # no site: Wagtail decides
    components = [component for component in path.split("/") if component]
    url_path = home.url_path + "".join(f"{component}/" for component in components)
    digest = hashlib.sha1(url_path.encode(), usedforsecurity=False).hexdigest()
    key = ":".join([KEY_PREFIX, "route", str(home.pk), digest])

    current = generation(request)  # read before the tree, as in cached()
    entry = _read(current, key)
    if entry is not _MISSING:
        page = _page_for_route(entry, url_path)
        if page is not None:
            _remember_parent(request, page, home)
            try:
                request._wagtail_route_for_request = page.route(request, [])
            except Http404:
                request._wagtail_route_for_request = None
            return

    try:
        result = home.specific.route(request, components)
    except Http404:
        result = None
    request._wagtail_route_for_request = result
    if result is not None and result.page.url_path == url_path:
        page = result.page
        _write(current, key, (page.pk, page.content_type_id))


def _remember_parent(request, page, home):
    """Give a page found from a remembered route its parent, as Wagtail's walk down the tree
    does: `page._cached_parent_obj` is where treebeard's `get_parent()` looks first (Wagtail's
    own `Page.route` sets it the same way). The breadcrumbs' cached ancestors have the parent,
    so `get_parent()` (an initiative's petal) costs no query: 1 query, 0.6-1.2 ms on an
    initiative (`make bench-chrome`, docs/performance.md)."""
    if page.depth > home.depth:
        page._cached_parent_obj = ancestors(request, page)[-1]


def _page_for_route(entry, url_path):
    """The specific page a remembered route names, or None if it is not (or no longer) there."""
    from django.contrib.contenttypes.models import ContentType

    page_id, content_type_id = entry
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist:
        return None
    page = model.objects.filter(pk=page_id).first() if model is not None else None
    if page is None or page.url_path != url_path:
        return None
    return page


def view_restrictions(page, compute):
    """A page's view restrictions (Wagtail checks them before serving), cached for readers."""
    request = current_request.get()
    if not page.pk or not enabled_for(request):
        # Editors, the admin and code outside a request get Wagtail's queryset (the admin's
        # privacy view orders it, copy and alias actions filter it).
        return compute()
    return cached(request, "restrictions", [page.pk, page.path], lambda: list(compute()))


def site_setting(model, site, compute):
    """A site setting row (e.g. the footer's SiteSettings) for `site`: `compute()` is Wagtail's
    get-or-create. Cached for the request being served (see home.models.SiteSettings.for_site,
    which both `{% get_settings %}` and the `settings` context processor end in)."""
    request = current_request.get()
    if site is None or not enabled_for(request):
        return compute()
    return cached(request, "setting", [model._meta.label_lower, site.pk], compute)
