"""The site chrome cached per page-cache generation (home.chrome): readers see every change at
once; editors and previews always read the database; a cache outage changes nothing.

The page cache is off here (as in `make bench`'s cold runs), so every request renders and only
the chrome cache is between the reader and the database.
"""

import pytest
from django.test import RequestFactory
from wagtail.models import Page, PageViewRestriction

from haderslev_site import cache as page_cache
from home import chrome
from home.models import SiteSettings
from tests.home.factories import StandardPageFactory
from tests.initiatives.factories import (
    FundingPoolIndexPageFactory,
    InitiativePageFactory,
    PetalPageFactory,
)

pytestmark = pytest.mark.usefixtures("chrome_cache")


def _html(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response.content.decode()


def _menu(html):
    """The desktop header navigation's markup: the tools' menu bar and the petals' band."""
    start = html.index('class="nav site-nav"')
    return html[start : html.index('class="mobile-drawer"', start)]


def _footer(html):
    return html[html.index("<footer") :]


def _breadcrumbs(html):
    start = html.index('class="breadcrumbs')
    return html[start : html.index("</nav>", start)]


def test_the_chrome_is_cached_for_readers_and_never_for_editors(client, home_page, admin_user):
    """A change made behind Django's back (no signal, so no new generation) shows that readers
    get the cached navigation, and that a logged-in editor never does."""
    petal = PetalPageFactory(parent=home_page, title="Synlighed", show_in_menus=True)
    SiteSettings.for_site(home_page.get_site())  # as on a real site (creating it invalidates)
    assert "Synlighed" in _menu(_html(client, "/da/"))
    Page.objects.filter(pk=petal.pk).update(title="Andet navn")
    assert "Synlighed" in _menu(_html(client, "/da/"))  # cached
    client.force_login(admin_user)
    assert "Andet navn" in _menu(_html(client, "/da/"))


@pytest.fixture
def release(settings):
    """Set the release as a deploy does (RELEASE); this process's fingerprint is memoised."""

    def deploy(name):
        settings.RELEASE = name
        page_cache.release.cache_clear()

    yield deploy
    page_cache.release.cache_clear()


def test_another_release_never_reads_what_this_one_cached(client, home_page, release):
    """A deploy changes the code but not the shared generation: entries written by the old code
    (markup, values of an older shape) are not read by the new one, while a publish still
    invalidates both (they share the generation's token)."""
    release("a")
    petal = PetalPageFactory(parent=home_page, title="Synlighed", show_in_menus=True)
    SiteSettings.for_site(home_page.get_site())
    assert "Synlighed" in _menu(_html(client, "/da/"))
    Page.objects.filter(pk=petal.pk).update(title="Andet navn")
    assert "Synlighed" in _menu(_html(client, "/da/"))  # cached for release a
    release("b")
    assert "Andet navn" in _menu(_html(client, "/da/"))
    generation = page_cache.current_generation()
    assert generation.endswith(".b")
    page_cache.bump_generation("publish")
    release("a")
    assert page_cache.current_generation().split(".")[0] != generation.split(".")[0]
    assert "Andet navn" in _menu(_html(client, "/da/"))


def test_the_release_fingerprint_is_stable_and_follows_the_code(settings, tmp_path):
    settings.RELEASE = ""
    page_cache.release.cache_clear()
    try:
        first = page_cache.release()
        page_cache.release.cache_clear()
        assert page_cache.release() == first
        settings.BASE_DIR = tmp_path
        (tmp_path / "views.py").write_text("x = 1\n")
        page_cache.release.cache_clear()
        before = page_cache.release()
        (tmp_path / "views.py").write_text("x = 2\n")
        page_cache.release.cache_clear()
        after = page_cache.release()
        assert after != before
        (tmp_path / "tests").mkdir()
        (tmp_path / "tests" / "test_views.py").write_text("y = 1\n")
        page_cache.release.cache_clear()
        assert page_cache.release() == after  # tests are not part of a release
    finally:
        page_cache.release.cache_clear()


def test_previews_and_admin_requests_never_use_the_cache(home_page):
    request = RequestFactory().get("/da/")
    assert chrome.enabled_for(request)
    request.is_preview = True
    assert not chrome.enabled_for(request)
    assert not chrome.enabled_for(RequestFactory().get("/admin/pages/"))
    with_session = RequestFactory().get("/da/")
    with_session.COOKIES["sessionid"] = "x"
    assert not chrome.enabled_for(with_session)


def test_publishing_unpublishing_and_renaming_update_the_navigation(client, home_page):
    first = PetalPageFactory(parent=home_page, title="Synlighed", show_in_menus=True)
    assert "Synlighed" in _menu(_html(client, "/da/"))

    PetalPageFactory(parent=home_page, title="Bosætning", show_in_menus=True)
    assert "Bosætning" in _menu(_html(client, "/da/"))

    first.title = "Synlighed og fællesskab"
    first.save_revision().publish()
    assert "Synlighed og fællesskab" in _menu(_html(client, first.url))

    first.unpublish()
    assert "Synlighed" not in _menu(_html(client, "/da/"))


def test_moving_a_page_updates_its_breadcrumbs(client, home_page):
    old_parent = PetalPageFactory(parent=home_page, title="Gammelt tema")
    new_parent = PetalPageFactory(parent=home_page, title="Nyt tema")
    page = InitiativePageFactory(parent=old_parent, title="Indsatsen")
    assert "Gammelt tema" in _breadcrumbs(_html(client, page.url))

    page.move(new_parent, pos="last-child")
    page.refresh_from_db()
    crumbs = _breadcrumbs(_html(client, page.url))
    assert "Nyt tema" in crumbs
    assert "Gammelt tema" not in crumbs


def test_deleting_a_page_removes_it_from_the_chrome(client, home_page):
    petal = PetalPageFactory(parent=home_page, title="Forsvinder", show_in_menus=True)
    assert "Forsvinder" in _menu(_html(client, "/da/"))
    petal.delete()
    assert "Forsvinder" not in _menu(_html(client, "/da/"))


def test_saving_the_site_settings_updates_every_footer(client, home_page):
    settings_row = SiteSettings.for_site(home_page.get_site())
    settings_row.organisation_name = "Haderslev Kommune"
    settings_row.save()
    assert "Haderslev Kommune" in _footer(_html(client, "/da/"))
    settings_row.organisation_name = "Haderslev Byråd"
    settings_row.save()
    assert "Haderslev Byråd" in _footer(_html(client, "/da/"))


def test_unpublishing_a_legal_page_removes_it_from_the_footer(client, home_page):
    privacy = StandardPageFactory(
        parent=home_page, title="Privatlivspolitik", slug="privatlivspolitik"
    )
    assert "Privatlivspolitik" in _footer(_html(client, "/da/"))
    privacy.unpublish()
    assert "Privatlivspolitik" not in _footer(_html(client, "/da/"))


def test_a_new_translation_appears_in_the_language_switcher(client, home_page):
    from wagtail.models import Locale

    petal = PetalPageFactory(parent=home_page, title="Synlighed")
    assert 'hreflang="en"' not in _html(client, petal.url)
    english = Locale.objects.create(language_code="en")
    home_page.copy_for_translation(english).save_revision().publish()
    petal.copy_for_translation(english).save_revision().publish()
    assert 'hreflang="en"' in _html(client, petal.url)


def test_a_new_view_restriction_applies_at_once(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Intern", intro="Kun for medarbejdere")
    assert "Kun for medarbejdere" in _html(client, page.url)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmeligt"
    )
    html = _html(client, page.url)  # Wagtail's password form instead of the page
    assert "Kun for medarbejdere" not in html
    assert 'name="password"' in html


def test_data_read_before_a_change_is_not_served_after_it(client, home_page):
    """An entry is stored under the generation read before its data: a render that read the
    old navigation while a publish replaced the generation stores it where nobody looks."""
    petal = PetalPageFactory(parent=home_page, title="Før", show_in_menus=True)
    request = RequestFactory().get("/da/")
    generation = chrome.generation(request)  # a render starts ...
    petal.title = "Efter"
    petal.save_revision().publish()  # ... a publish happens meanwhile ...
    assert page_cache.current_generation() != generation
    stale = [Page.objects.get(pk=home_page.pk)]
    assert chrome.cached(request, "menu", [home_page.pk], lambda: stale) == stale
    # ... and what it stored is never served after the publish.
    assert "Efter" in _menu(_html(client, "/da/"))


def test_an_unreachable_cache_means_computing_everything(client, home_page, monkeypatch):
    PetalPageFactory(parent=home_page, title="Synlighed", show_in_menus=True)
    monkeypatch.setattr(page_cache, "current_generation", lambda: None)
    assert "Synlighed" in _menu(_html(client, "/da/"))
    request = RequestFactory().get("/da/")
    calls = []
    chrome.cached(request, "x", [], lambda: calls.append(1))
    chrome.cached(RequestFactory().get("/da/"), "x", [], lambda: calls.append(1))
    assert len(calls) == 2  # nothing stored without a generation


def test_editors_and_the_admin_get_wagtails_view_restriction_queryset(home_page, admin_user):
    page = StandardPageFactory(parent=home_page, title="Intern")
    token = chrome.current_request.set(RequestFactory().get("/admin/pages/"))
    try:
        assert page.get_view_restrictions().order_by("-page__depth").count() == 0
    finally:
        chrome.current_request.reset(token)
    token = chrome.current_request.set(RequestFactory().get(page.url))
    try:
        assert list(page.get_view_restrictions()) == []  # a reader's: cached as a list
    finally:
        chrome.current_request.reset(token)


# --- Routing: a page's own URL is remembered per generation --------------------------------------


def _status(client, url):
    return client.get(url).status_code


def test_a_renamed_page_routes_at_its_new_address_at_once(client, home_page):
    petal = PetalPageFactory(parent=home_page, title="Tema", slug="tema")
    page = InitiativePageFactory(parent=petal, title="Indsatsen", slug="gammel")
    old_url = page.url
    assert _status(client, old_url) == 200
    assert _status(client, old_url) == 200  # the remembered route

    page.slug = "ny"
    page.save_revision().publish()
    page.refresh_from_db()
    assert _status(client, old_url) == 404
    assert "Indsatsen" in _html(client, page.url)
    assert "Indsatsen" in _html(client, page.url)


def test_a_moved_page_routes_at_its_new_address_at_once(client, home_page):
    old_parent = PetalPageFactory(parent=home_page, title="Gammelt tema")
    new_parent = PetalPageFactory(parent=home_page, title="Nyt tema")
    page = InitiativePageFactory(parent=old_parent, title="Indsatsen")
    old_url = page.url
    _html(client, old_url)
    _html(client, old_url)

    page.move(new_parent, pos="last-child")
    page.refresh_from_db()
    response = client.get(old_url)  # Wagtail's automatic redirect
    assert (response.status_code, response["Location"]) == (301, page.url)
    # The parent on the page (the tag link to its theme) is the new one, twice.
    assert f'href="{new_parent.url}"' in _html(client, page.url)
    assert f'href="{new_parent.url}"' in _html(client, page.url)


def test_an_unpublished_page_is_not_found_at_once(client, home_page):
    petal = PetalPageFactory(parent=home_page, title="Tema")
    page = InitiativePageFactory(parent=petal, title="Indsatsen")
    _html(client, page.url)
    _html(client, page.url)
    page.unpublish()
    assert _status(client, page.url) == 404


def test_a_remembered_route_still_checks_that_the_page_is_live(client, home_page):
    """Changed behind Django's back (no signal, so no new generation): the remembered route
    names the page, which still has to be live, as at the end of Wagtail's walk."""
    petal = PetalPageFactory(parent=home_page, title="Tema")
    page = InitiativePageFactory(parent=petal, title="Indsatsen")
    _html(client, page.url)
    Page.objects.filter(pk=page.pk).update(live=False)
    assert _status(client, page.url) == 404


def test_a_remembered_route_saves_the_walk_down_the_tree(
    client, home_page, django_assert_max_num_queries
):
    petal = PetalPageFactory(parent=home_page, title="Tema")
    page = InitiativePageFactory(parent=petal, title="Indsatsen")

    def lookups_by_slug():
        with django_assert_max_num_queries(100) as captured:
            _html(client, page.url)
        return [query for query in captured.captured_queries if '"slug" =' in query["sql"]]

    _html(client, page.url)  # creates the site's settings row (a new generation)
    page_cache.bump_generation("test")
    assert lookups_by_slug()  # Wagtail walks the tree once per generation ...
    assert lookups_by_slug() == []  # ... and then goes straight to the page


def test_routable_pages_keep_their_sub_routes(client, home_page):
    pool_index = FundingPoolIndexPageFactory(parent=home_page)
    for _ in range(2):
        assert "Puljemidler" in _html(client, pool_index.url)  # its own index route
        response = client.get(pool_index.url + "kalender/")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")
        assert _status(client, pool_index.url + "findes-ikke/") == 404


def test_a_remembered_route_still_checks_view_restrictions(client, home_page):
    petal = PetalPageFactory(parent=home_page, title="Tema")
    page = InitiativePageFactory(parent=petal, title="Indsatsen", summary="Kun for medarbejdere")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmeligt"
    )
    for _ in range(2):
        html = _html(client, page.url)
        assert "Kun for medarbejdere" not in html
        assert 'name="password"' in html


def test_a_translation_routes_in_its_own_language(client, home_page):
    from wagtail.models import Locale

    english = Locale.objects.create(language_code="en")
    petal = PetalPageFactory(parent=home_page, title="Synlighed", slug="synlighed")
    home_page.copy_for_translation(english).save_revision().publish()
    translation = petal.copy_for_translation(english)
    translation.title = "Visibility"
    translation.save_revision().publish()
    for _ in range(2):
        assert "<title>Synlighed" in _html(client, petal.url)
        assert "<title>Visibility" in _html(client, translation.url)


# --- The navigation's and footer's markup, rendered once per generation -------------------------


def _mobile_menu(html):
    start = html.index('class="navigation-menu-mobile"')
    return html[start : html.index("</nav>", start)]


def _marked(menu):
    """The menu items' marks, as (title, aria-current) pairs."""
    import re

    return re.findall(
        r'class="[^"]*(?:nav-link|petal-nav__link)[^"]*"'
        r'(?: aria-current="(\w+)")?>(?:<span>)?([^<]+)',
        menu,
    )


def test_each_page_marks_its_own_menu_item_with_the_cached_markup(client, home_page):
    first = PetalPageFactory(parent=home_page, title="Synlighed", show_in_menus=True)
    PetalPageFactory(parent=home_page, title="Bosætning", show_in_menus=True)
    initiative = InitiativePageFactory(parent=first, title="Indsatsen")
    expected = {
        "/da/": ([("", "Synlighed"), ("", "Bosætning")], ("page", "Forside")),
        first.url: ([("page", "Synlighed"), ("", "Bosætning")], ("", "Forside")),
        initiative.url: ([("true", "Synlighed"), ("", "Bosætning")], ("", "Forside")),
        "/da/findes-ikke/": ([("", "Synlighed"), ("", "Bosætning")], ("", "Forside")),
    }
    for _ in range(2):  # computed, then from the chrome cache
        for url, (desktop, home) in expected.items():
            response = client.get(url)
            html = response.content.decode()
            assert _marked(_menu(html)) == desktop, url
            mobile = _marked(_mobile_menu(html))
            assert mobile == [home, *desktop], url


def test_the_navigation_markup_is_cached_until_a_menu_page_is_published(
    client, home_page, admin_user
):
    petal = PetalPageFactory(parent=home_page, title="Synlighed", show_in_menus=True)
    initiative = InitiativePageFactory(parent=petal, title="Indsatsen")
    SiteSettings.for_site(home_page.get_site())  # as on a real site (creating it invalidates)
    _html(client, initiative.url)
    # Behind Django's back (no signal, so no new generation): readers keep the cached markup ...
    Page.objects.filter(pk=petal.pk).update(title="Andet navn")
    html = _html(client, initiative.url)
    assert "Synlighed" in _menu(html)
    assert "Synlighed" in _mobile_menu(html)
    # ... editors never get it ...
    client.force_login(admin_user)
    assert "Andet navn" in _menu(_html(client, initiative.url))
    client.logout()
    # ... and a publish shows the new title to every reader at once.
    petal.refresh_from_db()
    petal.title = "Synlighed og fællesskab"
    petal.save_revision().publish()
    html = _html(client, initiative.url)
    assert "Synlighed og fællesskab" in _menu(html)
    assert "Synlighed og fællesskab" in _mobile_menu(html)


def test_the_footer_markup_is_cached_per_language(client, home_page):
    from wagtail.models import Locale

    settings_row = SiteSettings.for_site(home_page.get_site())
    settings_row.organisation_name = "Haderslev Kommune"
    settings_row.save()
    english = Locale.objects.create(language_code="en")
    home_page.copy_for_translation(english).save_revision().publish()
    for _ in range(2):
        assert ">Kontakt<" in _footer(_html(client, "/da/"))
        english_footer = _footer(_html(client, "/en/"))
        assert ">Kontakt<" not in english_footer
        assert "Haderslev Kommune" in english_footer
    SiteSettings.objects.filter(pk=settings_row.pk).update(organisation_name="Andet")
    assert "Haderslev Kommune" in _footer(_html(client, "/da/"))  # cached until a change


def test_the_chrome_markup_holds_no_nonce_or_csrf_token(client, home_page):
    from django.conf import settings
    from django.core.cache import caches

    PetalPageFactory(parent=home_page, title="Synlighed", show_in_menus=True)
    _html(client, "/da/")
    html = _html(client, "/da/")
    generation = page_cache.current_generation()
    site = home_page.get_site()
    store = caches[settings.PAGE_CACHE_ALIAS]
    for name, parts in [
        ("main-navigation", ["home"]),
        ("mobile-navigation", ["home"]),
        ("footer", []),
    ]:
        key = ":".join(["chrome", f"html-{name}", "da", str(site.pk), *parts, generation])
        markup = store.get(key)
        assert markup and markup in html, name
        assert "nonce" not in markup and "csrf" not in markup


def test_each_process_keeps_a_copy_of_what_it_read_for_the_current_generation(
    home_page, monkeypatch
):
    """A worker fetches an entry from the shared store once per generation (a round trip to
    Redis saved per entry and page); a new generation drops the whole copy."""
    store = chrome._store()
    fetched = []
    real_get = store.get
    monkeypatch.setattr(store, "get", lambda key, *a: fetched.append(key) or real_get(key, *a))

    def new_request():
        return RequestFactory().get("/da/")

    chrome.cached(new_request(), "x", [], lambda: ["computed"])  # computed and stored
    monkeypatch.setattr(chrome, "_process_copy", chrome._ProcessCopy())  # another worker
    fetched.clear()
    assert chrome.cached(new_request(), "x", [], lambda: ["again"]) == ["computed"]
    assert chrome.cached(new_request(), "x", [], lambda: ["again"]) == ["computed"]
    assert len([key for key in fetched if key.startswith("chrome:x")]) == 1

    page_cache.bump_generation("test")
    assert chrome.cached(new_request(), "x", [], lambda: ["new"]) == ["new"]


def test_every_request_gets_its_own_copy_of_a_cached_value(home_page):
    """Values are kept pickled, so a request changing what it got cannot change the next's."""
    first = chrome.cached(RequestFactory().get("/da/"), "x", [], lambda: {"items": [1]})
    first["items"].append(2)
    assert chrome.cached(RequestFactory().get("/da/"), "x", [], lambda: {}) == {"items": [1]}


# --- The Site and the route, found through Wagtail's public API --------------------------------


def test_the_chrome_finds_each_hosts_site_as_wagtail_does(
    home_page, settings, django_assert_num_queries
):
    """The chrome keys the Site on the request's public `get_host()` and `get_port()` and
    computes it with Wagtail's public `Site.find_for_request`; with a second site, each host
    gets its own Site, the same one Wagtail finds, from the cache on the next request."""
    from wagtail.models import Site

    settings.ALLOWED_HOSTS = ["localhost", "frivilligboers.localhost", "testserver"]
    second_root = StandardPageFactory(parent=Page.get_first_root_node(), title="Børsen")
    second = Site.objects.create(
        hostname="frivilligboers.localhost", port=80, root_page=second_root, site_name="Børsen"
    )
    for host, expected in (("localhost", home_page.get_site()), (second.hostname, second)):

        def new_request(host=host):
            return RequestFactory().get("/da/", HTTP_HOST=host)

        request = new_request()
        found = chrome.site_for_request(request)
        assert found == expected == Site.find_for_request(new_request())
        assert request._wagtail_site is found  # where Wagtail's own lookup looks first
        with django_assert_num_queries(0):
            assert chrome.site_for_request(new_request()) == expected


def test_a_host_django_refuses_is_left_to_wagtail(home_page, settings):
    """`get_host()` refuses a host outside ALLOWED_HOSTS (CommonMiddleware answers such a
    request with a 400 before the chrome sees it); called directly, the chrome hands it to
    Wagtail, which finds the default site, and caches nothing under it."""
    settings.ALLOWED_HOSTS = ["localhost"]
    request = RequestFactory().get("/da/", HTTP_HOST="elsewhere.example")
    assert chrome.site_for_request(request) == home_page.get_site()
    assert not any(key.startswith("chrome:site:") for key in getattr(request, "_chrome_memo", {}))


def test_a_remembered_route_gives_the_page_its_parent(home_page, django_assert_num_queries):
    """A page found from a remembered route gets its parent from the cached breadcrumbs, as
    Wagtail's walk down the tree gives it: `get_parent()` (an initiative's petal) is free."""
    petal = PetalPageFactory(parent=home_page, title="Tema")
    page = InitiativePageFactory(parent=petal, title="Indsatsen")
    path = page.url.removeprefix("/da")
    for _ in range(2):  # the first request remembers the route, the second uses it
        request = RequestFactory().get(page.url)
        chrome.site_for_request(request)
        chrome.route(request, path)
    found = request._wagtail_route_for_request.page
    assert found.pk == page.pk
    with django_assert_num_queries(0):
        assert found.get_parent().pk == petal.pk
