"""Anonymous readers get public pages from the cache; every change a reader could see
invalidates it; editors, the admin and anything personal are never cached."""

import pytest
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.models import Locale

from haderslev_site import cache as page_cache
from haderslev_site.middleware import ContentSecurityPolicyMiddleware, PageCacheMiddleware
from home.models import SiteSettings
from tests.home.factories import ContactFactory, StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory

pytestmark = pytest.mark.usefixtures("page_cache")


def _get(client, url, **extra):
    response = client.get(url, **extra)
    return response, response.wsgi_request.page_cache


def test_second_anonymous_request_is_served_from_the_cache_without_queries(
    client, home_page, django_assert_num_queries
):
    first, state = _get(client, "/da/")
    assert (first.status_code, state) == (200, "miss")
    with django_assert_num_queries(0):
        second, state = _get(client, "/da/")
    assert state == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


def test_cached_pages_are_public_for_a_cdn_and_revalidated_by_browsers(client, home_page):
    response, _ = _get(client, "/da/")
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "public" in cache_control
    assert "max-age=0" in cache_control
    assert any(part.startswith("s-maxage=") for part in cache_control)
    # A browser's conditional request is answered with 304 from the cache.
    again = client.get("/da/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_head_request_is_answered_from_the_cache(client, home_page):
    client.get("/da/")
    response, state = client.head("/da/"), None
    state = response.wsgi_request.page_cache
    assert (response.status_code, state) == (200, "hit")


def test_publishing_a_page_invalidates_it(client, home_page):
    petal = PetalPageFactory(parent=home_page, title="Gammel titel")
    _get(client, petal.url)
    petal.title = "Ny titel"
    petal.save_revision().publish()
    response, state = _get(client, petal.url)
    assert state == "miss"
    assert "Ny titel" in response.content.decode()


def test_publishing_a_page_invalidates_the_pages_that_list_it(client, home_page):
    petal = PetalPageFactory(parent=home_page)
    initiative = InitiativePageFactory(parent=petal, title="Dialogmøde")
    assert "Dialogmøde" in _get(client, petal.url)[0].content.decode()

    initiative.title = "Årligt dialogmøde"
    initiative.save_revision().publish()
    assert "Årligt dialogmøde" in _get(client, petal.url)[0].content.decode()

    initiative.unpublish()
    assert "dialogmøde" not in _get(client, petal.url)[0].content.decode()


def test_moving_and_deleting_pages_invalidate(client, home_page):
    first = PetalPageFactory(parent=home_page, title="Første tema")
    second = PetalPageFactory(parent=home_page, title="Andet tema")
    initiative = InitiativePageFactory(parent=first, title="Flyttes")
    assert "Flyttes" in _get(client, first.url)[0].content.decode()

    initiative.move(second, pos="last-child")
    assert "Flyttes" not in _get(client, first.url)[0].content.decode()
    assert "Flyttes" in _get(client, second.url)[0].content.decode()

    second.refresh_from_db()
    initiative.refresh_from_db()
    initiative.delete()
    assert "Flyttes" not in _get(client, second.url)[0].content.decode()


def test_publishing_a_translation_invalidates(client, home_page):
    english = Locale.objects.create(language_code="en")
    petal = PetalPageFactory(parent=home_page, title="Tema")
    _get(client, "/da/")
    translated_home = home_page.copy_for_translation(english)
    translated_home.title = "Active citizenship"
    translated_home.save_revision().publish()
    translated_petal = petal.copy_for_translation(english)
    translated_petal.title = "Theme"
    translated_petal.save_revision().publish()
    _, state = _get(client, "/da/")
    assert state == "miss"
    assert "Theme" in _get(client, "/en/")[0].content.decode()


def test_saving_a_snippet_or_a_setting_invalidates(client, home_page, locale_da):
    _get(client, "/da/")
    ContactFactory(name="Ny kontakt")
    assert _get(client, "/da/")[1] == "miss"

    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.street_address = "Eksempel: Torvet 1"
    site_settings.save()
    response, state = _get(client, "/da/")
    assert state == "miss"
    assert "Eksempel: Torvet 1" in response.content.decode()


def test_new_page_types_and_models_of_project_apps_invalidate():
    from home.models import Contact, CustomRendition, StandardPage

    assert page_cache.affects_readers(StandardPage)
    assert page_cache.affects_readers(Contact)
    # Renditions are created while rendering; they must not wipe the cache.
    assert not page_cache.affects_readers(CustomRendition)
    from django.contrib.sessions.models import Session

    assert not page_cache.affects_readers(Session)


def test_logged_in_editors_never_get_or_fill_the_cache(client, home_page, admin_user):
    anonymous_html = _get(client, "/da/")[0].content
    client.force_login(admin_user)
    response, state = _get(client, "/da/")
    assert state == "bypass"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response.content != anonymous_html  # the editor sees the Wagtail user bar
    client.logout()
    # What the editor saw was not stored for readers.
    assert b"wagtail-userbar" not in _get(client, "/da/")[0].content


def test_admin_and_previews_are_private_and_never_cached(client, home_page, admin_user):
    client.force_login(admin_user)
    petal = PetalPageFactory(parent=home_page)
    for url in ("/admin/", f"/admin/pages/{petal.pk}/edit/"):
        response, state = _get(client, url)
        assert response.status_code == 200
        assert state == "bypass"
        assert "no-store" in response["Cache-Control"]


def test_unknown_query_parameters_bypass_and_known_ones_are_keyed(client, home_page):
    assert _get(client, "/da/?ukendt=1")[1] == "bypass"
    assert _get(client, "/da/?page=2")[1] == "miss"
    assert _get(client, "/da/?page=2")[1] == "hit"
    assert _get(client, "/da/?page=3")[1] == "miss"
    assert _get(client, "/da/?page=2&ukendt=x")[1] == "bypass"


def test_the_sites_own_filters_are_keyed(client, home_page):
    """The filters of the pools, events, councils, the funding guide and the search select
    content: each combination is a page of its own in the cache."""
    for query in ("tema=12&ansoeger=forening", "omraade=3", "side=2", "hvem=forening", "kind=x"):
        assert _get(client, f"/da/?{query}")[1] == "miss", query
        assert _get(client, f"/da/?{query}")[1] == "hit", query
    assert _get(client, "/da/?tema=13&ansoeger=forening")[1] == "miss"


def test_tracking_parameters_are_served_the_cached_page_but_never_fill_the_cache(client, home_page):
    """A link shared in a newsletter or on social media carries utm_*, fbclid or gclid: those
    say nothing about the content, so the reader gets the page cached for the same URL without
    them. A page rendered for such a link is not stored: its pagination links would pass the
    tracking code on to every later reader."""
    assert _get(client, "/da/?utm_source=nyhedsbrev&utm_medium=email")[1] == "miss"
    assert _get(client, "/da/")[1] == "miss"  # the tracked request did not fill the cache
    assert _get(client, "/da/?fbclid=IwAR0abc")[1] == "hit"
    assert _get(client, "/da/?gclid=xyz&utm_campaign=frist")[1] == "hit"
    assert _get(client, "/da/?page=2&utm_source=x")[1] == "miss"
    assert _get(client, "/da/?page=2")[1] == "miss"
    assert _get(client, "/da/?page=2&utm_source=y")[1] == "hit"


def test_not_found_pages_are_not_cached(client, home_page):
    assert _get(client, "/da/findes-ikke/")[0].status_code == 404
    assert _get(client, "/da/findes-ikke/")[1] == "miss"


def test_requests_with_a_session_cookie_bypass_the_cache(client, home_page):
    client.get("/da/")
    client.cookies["sessionid"] = "anything"
    assert _get(client, "/da/")[1] == "bypass"


def _chain(view):
    """CSP middleware around the page cache around `view`, as in settings.MIDDLEWARE."""
    return ContentSecurityPolicyMiddleware(PageCacheMiddleware(view))


def test_responses_that_set_a_cookie_are_not_cached(home_page):
    calls = []

    def view(request):
        calls.append(1)
        response = HttpResponse("<p>med formular</p>")
        response.set_cookie("csrftoken", "abc")
        return response

    handler = _chain(view)
    for _ in range(2):
        response = handler(RequestFactory().get("/da/formular/"))
    assert len(calls) == 2
    assert "no-store" in response["Cache-Control"]


def test_a_cached_page_gets_a_fresh_csp_nonce_on_every_hit(home_page):
    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">1</script>')

    handler = _chain(view)
    nonces = []
    for _ in range(3):
        request = RequestFactory().get("/da/med-script/")
        response = handler(request)
        nonce = request._csp_nonce
        assert f'nonce="{nonce}"'.encode() in response.content
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
        nonces.append(nonce)
    assert request.page_cache == "hit"
    assert len(set(nonces)) == 3


def test_redis_unreachable_is_logged_and_the_site_keeps_serving(
    client, home_page, settings, caplog
):
    closed_port = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.1,
            "SOCKET_TIMEOUT": 0.1,
        },
    }
    settings.CACHES = {"default": closed_port, "renditions": closed_port, "pagecache": closed_port}
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    settings.DJANGO_REDIS_LOGGER = "haderslev_site.cache"
    settings.PAGE_CACHE_GENERATION_ALIAS = "pagecache"
    for _ in range(2):
        response, state = _get(client, "/da/")
        assert response.status_code == 200
        assert state == "bypass"
    assert any("Connection" in record.getMessage() or record.exc_info for record in caplog.records)
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "unavailable"},
    }


def test_an_invalidation_lost_in_a_redis_outage_is_retried_before_serving(
    client, home_page, settings
):
    """Pages cached before a change must not come back with Redis: the failed invalidation is
    retried before this process uses the cache again."""
    _get(client, "/da/")
    local = settings.CACHES
    settings.CACHES = {
        **local,
        "pagecache": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.1},
        },
    }
    assert page_cache.bump_generation("test") is False
    assert page_cache._state["bump_pending"]
    # Redis is back (with the old pages in it), and the retry interval has passed.
    settings.CACHES = local
    page_cache._state["unavailable_until"] = 0.0
    _, state = _get(client, "/da/")
    assert state == "miss"
    assert not page_cache._state["bump_pending"]


def test_after_a_cache_failure_the_cache_is_left_alone_for_a_few_seconds(
    client, home_page, settings, django_assert_max_num_queries
):
    page_cache._state["unavailable_until"] = float("inf")
    _get(client, "/da/")
    assert _get(client, "/da/")[1] == "bypass"


def _redis_available():
    import redis

    try:
        return redis.Redis.from_url("redis://127.0.0.1:6379/8", socket_timeout=0.2).ping()
    except Exception:
        return False


@pytest.mark.skipif(not _redis_available(), reason="no Redis at 127.0.0.1:6379")
def test_pages_are_cached_in_redis_when_redis_url_is_set(client, home_page, settings):
    import uuid

    redis_cache = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/8",
        "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True},
    }
    settings.CACHES = {**settings.CACHES, "pagecache": redis_cache}
    settings.PAGE_CACHE_GENERATION_ALIAS = "pagecache"
    try:
        assert _get(client, "/da/")[1] == "miss"
        assert _get(client, "/da/")[1] == "hit"
        StandardPageFactory(parent=home_page, title="Om politikken")
        response, state = _get(client, "/da/")
        assert state == "miss"
        assert "Om politikken" in response.content.decode()
    finally:
        caches["pagecache"].delete_pattern("*")


def test_one_invalidation_empties_pages_api_responses_and_search_results(
    client, home_page, page_cache
):
    """Every cache derived from content keys on the page cache's generation: a recommendation
    added by an editor (a model outside the page tree) refreshes the cached search page."""
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    from haderslev_site.cache import current_generation
    from home import api as partner_api
    from search import cache as search_cache

    home_page.save_revision().publish()
    target = StandardPageFactory(parent=home_page, title="Frivilligcenter", slug="center")
    target.save_revision().publish()
    url = "/da/search/?q=tilskud"
    assert _get(client, url)[1] == "miss"
    assert _get(client, url)[1] == "hit"
    versions = (search_cache.content_version(), partner_api.content_version())
    SearchPromotion.objects.create(query=Query.get("tilskud"), page=target, sort_order=0)
    response, state = _get(client, url)
    assert state == "miss"
    assert "Frivilligcenter" in response.content.decode()
    assert search_cache.content_version() not in versions
    assert partner_api.content_version() not in versions
    assert search_cache.content_version() == current_generation()
