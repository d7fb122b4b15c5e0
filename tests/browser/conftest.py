"""Browser tests: the seeded site served by a live Django server, driven by Debian's Chromium.

Run with `make test-browser` (needs `apt-get install chromium chromium-driver`). The normal test
run leaves these tests out (`-m "not browser"` in pyproject.toml's addopts).

The site is seeded once per session into the test database (`seed_content` plus English copies
of every page, so each page type can be checked in both languages) and served by a live server
started here rather than by pytest-django's `live_server` fixture: that fixture gives every test
a transactional database that is emptied afterwards, which would mean seeding the whole site
again for every test. The test modules carry `django_db` so that pytest-django creates the test
database; each test then only reads.
"""

import os
import shutil
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTHS = {"mobile": 375, "desktop": 1280}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LANGUAGES = ("da", "en")

# Playwright's synchronous API runs an event loop in this thread; Django's ORM refuses to run
# next to one unless told it is safe. It is here: the tests touch the database only before the
# browser starts, and the live server answers from its own thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@dataclass(frozen=True)
class SitePage:
    """A page to check: `kind` names the page type (the model, or "404", "search")."""

    language: str
    kind: str
    path: str
    title: str

    @property
    def name(self) -> str:
        return f"{self.language}-{self.kind}"


def _translate_site_to_english():
    """English copies of every Danish page, published, with English titles where the seed
    modules provide them. Stand-in content until the localisation app seeds real translations
    (skipped when English pages exist already)."""
    from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
    from wagtail.models import Locale, Page

    from home import seed as home_seed
    from home.models import HomePage

    english = Locale.objects.get(language_code="en")
    if Page.objects.filter(locale=english, depth__gte=2).exists():
        return
    home = HomePage.objects.get(locale__language_code="da", depth=2)
    CopyPageForTranslationAction(home, english, include_subtree=True).execute(
        skip_permission_checks=True
    )
    strings = home_seed.TRANSLATIONS.get("en", {})
    for page in Page.objects.filter(locale=english, depth__gte=2).specific().order_by("path"):
        page.title = strings.get(page.title, page.title)
        if getattr(page, "intro", None):
            page.intro = strings.get(page.intro, page.intro)
        page.save_revision().publish()


def _representative_pages(language: str) -> list[SitePage]:
    """One live page of every page type in this language (the first in the tree), the two
    pages every page's footer links to, a missing page (404) and the search page if the search
    app is installed. Page types added by other apps are picked up from their seed content."""
    from django.urls import Resolver404, resolve
    from django.utils import translation
    from wagtail.models import Page

    from home.templatetags.frontend_tags import LEGAL_PAGE_SLUGS

    pages: list[SitePage] = []
    seen: set[str] = set()
    live = (
        Page.objects.live()
        .filter(locale__language_code=language, depth__gte=2)
        .select_related("content_type")
        .order_by("path")
    )
    for page in live:
        kind = page.content_type.model
        if page.slug in LEGAL_PAGE_SLUGS:
            kind = page.slug
        elif kind in seen:
            continue
        seen.add(kind)
        pages.append(SitePage(language, kind, page.url, page.title))
    pages.append(SitePage(language, "404", f"/{language}/findes-ikke-{language}/", "404"))
    with translation.override(language):
        try:
            match = resolve(f"/{language}/search/")
        except Resolver404:
            match = None
    if match is not None and match.url_name != "wagtail_serve":
        pages.append(SitePage(language, "search", f"/{language}/search/?q=frivillige", "search"))
    return pages


@dataclass
class Site:
    url: str
    pages: list[SitePage]

    def pages_in(self, language: str) -> list[SitePage]:
        return [page for page in self.pages if page.language == language]

    def page(self, language: str, kind: str) -> SitePage:
        return next(p for p in self.pages if p.language == language and p.kind == kind)


@pytest.fixture(scope="session")
def site(django_db_setup, django_db_blocker):
    """The seeded site on a live server, and the pages to check."""
    from django.core.management import call_command
    from django.db import connection
    from pytest_django.live_server_helper import LiveServer

    # pytest-django creates the test database only for tests that ask for one (the browser
    # modules carry the django_db mark for that). Never seed the developer's own database.
    name = str(connection.settings_dict["NAME"])
    if not (connection.is_in_memory_db() or name.startswith("test_")):
        pytest.fail(f"refusing to seed {name}: not a test database")
    with django_db_blocker.unblock():
        call_command("seed_content", stdout=StringIO())
        _translate_site_to_english()
        pages = [page for language in LANGUAGES for page in _representative_pages(language)]
        server = LiveServer("127.0.0.1")
        server._live_server_modified_settings.enable()
        try:
            yield Site(url=server.url, pages=pages)
        finally:
            server._live_server_modified_settings.disable()
            server.stop()


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install it with "
            "`apt-get install chromium chromium-driver` (or set CHROMIUM_PATH)."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium, site):
    """open_page(path, width) -> a Playwright page showing path at that viewport width.

    Every request the page makes is recorded in page.requests (for the third-party check);
    JavaScript errors fail the test.
    """
    contexts = []
    errors: list[str] = []

    def _open(path: str, width: int = WIDTHS["desktop"], height: int = 900):
        context = chromium.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.requests = []
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("pageerror", lambda error: errors.append(f"{path}: {error}"))
        page.goto(site.url + path, wait_until="load")
        return page

    yield _open
    for context in contexts:
        context.close()
    assert not errors, "JavaScript errors:\n" + "\n".join(errors)


@pytest.fixture(scope="session")
def screenshots():
    """The git-ignored folder for screenshots, emptied at the start of a run."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS


# JavaScript run in the page: does the focused element show a focus indicator?
FOCUS_STYLE_JS = """
element => {
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow && style.boxShadow !== "none";
    return {outline: outline, shadow: Boolean(shadow),
            describe: element.tagName.toLowerCase() + " " + (element.getAttribute("class") || "")
                      + " " + (element.textContent || "").trim().slice(0, 40)};
}
"""
