"""The page cache for anonymous readers, and how it is invalidated.

Every cached page records the site-wide *generation* it was rendered in: a random token stored
in the shared cache, read together with the page in one round trip (MGET on Redis). A page is
served only if its generation is the current one.
Whenever anything a reader can see changes (a page is published, unpublished, moved or deleted;
a snippet, setting, image, document, site or locale is saved or deleted; or any model of one of
the project's own apps changes), the token is replaced, and every cached page becomes
unreachable at once. That is deliberately coarse: a change to a footer setting or a petal title
touches every page, and a site of this size re-renders its pages in milliseconds; a stale
entry is simply overwritten by the next render of its URL. In exchange
there is no dependency tracking to get wrong, and it covers page types added later for free.

The token is replaced both at once and again when the surrounding transaction commits, so a
page rendered from not-yet-committed data during the publish cannot survive in the cache.

When a CDN purge is configured (WAGTAILFRONTENDCACHE), every live page is purged from the CDN
after the change commits, for the same reason.

This is the site's one cache-invalidation scheme: everything else cached from content (the
partner API's responses, the search's results and vocabulary, the site chrome) keys on the same
generation (`current_generation`), so one change empties all of it at once, in every process.

The generation a process sees is the shared token plus its own *release* (`release()`): app
servers running the same code share everything; after a deploy the new code starts from empty
entries of its own, while a publish still invalidates every release at once (they share the
token), so nodes of a rolling deploy never serve each other's markup or stale content.
"""

import hashlib
import logging
import time
import uuid
from functools import cache as memoize
from pathlib import Path
from urllib.parse import urlencode

from django.apps import apps as django_apps
from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_migrate, post_save

logger = logging.getLogger("haderslev_site.cache")

GENERATION_KEY = "page-generation"
NONCE_PLACEHOLDER = "__haderslev-csp-nonce-7f3c1a__"

# After the cache fails, this process leaves the page cache alone for a few seconds, so a
# missing Redis costs one failed attempt per interval rather than several per request.
RETRY_AFTER_FAILURE_SECONDS = 5.0
_state = {"unavailable_until": 0.0, "bump_pending": False}


def _cache_marked_unavailable():
    return time.monotonic() < _state["unavailable_until"]


def _mark_cache_unavailable():
    _state["unavailable_until"] = time.monotonic() + RETRY_AFTER_FAILURE_SECONDS


# --- Release ------------------------------------------------------------------------------------

# What a release consists of, for its fingerprint: the code, templates, translations and static
# files of the project (not its tests, documents, virtualenv or the media editors upload).
_RELEASE_SUFFIXES = {".py", ".html", ".txt", ".xml", ".po", ".js", ".css", ".svg", ".json"}
_RELEASE_SKIPPED = {
    ".git",
    ".venv",
    "node_modules",
    "media",
    "staticfiles",
    ".test-media",
    "tests",
    "docs",
    "tools",
    "screenshots",
    "__pycache__",
    ".cluster",
    ".pytest_cache",
    ".ruff_cache",
    "build",
}


@memoize
def release():
    """This process's release: settings.RELEASE, else a fingerprint of the project's files
    (computed once per process, a few milliseconds)."""
    if getattr(settings, "RELEASE", ""):
        return str(settings.RELEASE)[:40]
    digest = hashlib.sha256()
    base = Path(settings.BASE_DIR)
    for path in sorted(_release_files(base)):
        digest.update(str(path.relative_to(base)).encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:12]


def _release_files(directory):
    for entry in directory.iterdir():
        if entry.name in _RELEASE_SKIPPED or entry.name.endswith(".egg-info"):
            continue
        if entry.is_dir():
            yield from _release_files(entry)
        elif entry.suffix in _RELEASE_SUFFIXES:
            yield entry


def _versioned(token):
    return None if token is None else f"{token}.{release()}"


# --- Generation ---------------------------------------------------------------------------------


def _generation_cache():
    return caches[settings.PAGE_CACHE_GENERATION_ALIAS]


def current_generation():
    """The current generation token, or None when the cache cannot be reached (the page cache
    is then bypassed: better slower than stale)."""
    if _cache_marked_unavailable():
        return None
    if _state["bump_pending"] and not bump_generation("retry of a failed invalidation"):
        return None
    cache = _generation_cache()
    try:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            # First use, or evicted: start a new generation, which orphans anything older.
            cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
            generation = cache.get(GENERATION_KEY)
    except Exception:  # a cache outage must never become a reader's error
        logger.warning("page cache generation unavailable", exc_info=True)
        generation = None
    if generation is None:
        _mark_cache_unavailable()
    return _versioned(generation)


def bump_generation(reason=""):
    """Invalidate every cached page. Returns whether the new generation was stored; if not
    (the cache is down), this process retries before it next uses the page cache, so pages
    cached before the change cannot come back when the cache does."""
    cache = _generation_cache()
    try:
        stored = cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:
        logger.exception("page cache generation could not be replaced")
        stored = False
    # django-redis returns True, or None when it swallowed an error (IGNORE_EXCEPTIONS);
    # Django's own backends return None on success.
    if type(cache).__module__.startswith("django_redis"):
        ok = stored is True
    else:
        ok = stored is not False
    _state["bump_pending"] = not ok
    if ok:
        logger.debug("page cache invalidated: %s", reason)
    else:
        _mark_cache_unavailable()
        logger.error("page cache invalidation failed (%s); will retry", reason)
    return ok


def content_changed(reason):
    """Something readers can see changed: invalidate now and once more after commit."""
    bump_generation(reason)
    transaction.on_commit(lambda: bump_generation(f"{reason} (committed)"))
    schedule_cdn_purge()


# --- CDN purge ----------------------------------------------------------------------------------


def cdn_purge_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_all_pages_from_cdn():
    """Purge every live page from the CDN (pages list each other and share the navigation)."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page

    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().public().defer_streamfields())
    try:
        batch.purge()
    except Exception:
        logger.exception("CDN purge failed")
    else:
        logger.info("CDN purge requested", extra={"urls": len(batch.urls)})


def schedule_cdn_purge():
    if not cdn_purge_configured():
        return
    # One purge per transaction, however many objects it saves.
    pending = getattr(connection, "run_on_commit", [])
    if any(entry[1] is purge_all_pages_from_cdn for entry in pending):
        return
    transaction.on_commit(purge_all_pages_from_cdn)


# --- Which models affect what readers see -------------------------------------------------------


def _is_project_app(app_config):
    path = Path(app_config.path).resolve()
    base = Path(settings.BASE_DIR).resolve()
    return base in path.parents and "site-packages" not in path.parts


@memoize
def _model_affects_readers(model):
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage, AbstractRendition
    from wagtail.models import BaseViewRestriction, Locale, Page, Site

    if model._meta.label in settings.PAGE_CACHE_IGNORED_MODELS:
        return False
    if issubclass(model, AbstractRendition):
        return False  # created while rendering; never changes what a page shows
    if issubclass(
        model,
        (
            Page,
            Site,
            Locale,
            BaseViewRestriction,
            AbstractImage,
            AbstractDocument,
            BaseSiteSetting,
            BaseGenericSetting,
            SearchPromotion,  # editors' recommendations on the search page
        ),
    ):
        return True
    return _is_project_app(model._meta.app_config)


def affects_readers(model):
    if model._meta.apps is not django_apps:
        return False  # a historical model in a migration: post_migrate invalidates instead
    if _model_affects_readers(model):
        return True
    from wagtail.snippets.models import get_snippet_models

    return model in get_snippet_models()


def _on_model_change(sender, instance, **kwargs):
    if affects_readers(sender):
        content_changed(f"{sender._meta.label} {'deleted' if 'origin' in kwargs else 'saved'}")


def _on_publication(sender, instance, **kwargs):
    content_changed(f"{type(instance)._meta.label} publication changed")


def _on_migrate(sender, **kwargs):
    # A deploy runs `migrate`: new code and templates must not be hidden by pages cached by the
    # previous release. (Runs once per app; replacing the token is cheap.)
    bump_generation("migrate")


def connect_signals():
    from wagtail.signals import (
        page_published,
        page_unpublished,
        post_page_move,
        published,
        unpublished,
    )

    post_save.connect(_on_model_change, dispatch_uid="haderslev_site.cache.post_save")
    post_delete.connect(_on_model_change, dispatch_uid="haderslev_site.cache.post_delete")
    post_migrate.connect(_on_migrate, dispatch_uid="haderslev_site.cache.post_migrate")
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(_on_publication, dispatch_uid=f"haderslev_site.cache.{id(signal)}")


# --- Keys ---------------------------------------------------------------------------------------


def lookup(store, key):
    """(generation, entry) for a page key: one round trip when the generation lives in the same
    cache as the pages (Redis), two otherwise. generation is None if the cache is unreachable."""
    if _cache_marked_unavailable():
        return None, None
    if (
        settings.PAGE_CACHE_GENERATION_ALIAS == settings.PAGE_CACHE_ALIAS
        and not (_state["bump_pending"])
    ):
        try:
            values = store.get_many([GENERATION_KEY, key]) or {}
        except Exception:
            logger.warning("page cache unavailable", exc_info=True)
            values = {}
        generation = values.get(GENERATION_KEY)
        if generation is not None:
            return _versioned(generation), values.get(key)
        # No generation yet (first use, eviction) or the cache is down: current_generation
        # starts one, or marks the cache unavailable for a few seconds.
        return current_generation(), None
    generation = current_generation()
    if generation is None:
        return None, None
    try:
        return generation, store.get(key)
    except Exception:
        logger.warning("page cache read failed", exc_info=True)
        return generation, None


def is_tracking_parameter(name):
    return name.startswith("utm_") or name in settings.PAGE_CACHE_TRACKING_PARAMETERS


def tracking_parameters(request):
    """Whether the request carries campaign or click ids (utm_source, fbclid, ...). Its key
    leaves them out, so it is answered from the cache; what is rendered for it is not stored,
    since the page's own links (pagination, filters) pass the query string on."""
    return any(is_tracking_parameter(name) for name in request.GET)


def cache_key(request):
    """The key of a request's cached page, or None if the request is not cacheable by URL."""
    query = request.GET
    allowed = settings.PAGE_CACHE_QUERY_PARAMETERS
    if query:
        if len(request.META.get("QUERY_STRING", "")) > settings.PAGE_CACHE_MAX_QUERY_LENGTH:
            return None
        names = [name for name in query if not is_tracking_parameter(name)]
        if any(name not in allowed for name in names):
            return None
    else:
        names = []
    normalised = urlencode(sorted((k, v) for k in names for v in query.getlist(k)))
    url = f"{request.scheme}://{request.get_host()}{request.path}?{normalised}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"page:{digest}"
