"""Browser tests: the seeded site served by a live Django server, driven by Debian's Chromium.

Run with `make test-browser` (needs `apt-get install chromium chromium-driver`). The normal test
run leaves these tests out (`-m "not browser"` in pyproject.toml's addopts).

The site is seeded once per session into the test database (`seed_content` plus English copies
of every page, so each page type can be checked in both languages) and served by a live server
started here rather than by pytest-django's `live_server` fixture: that fixture gives every test
a transactional database that is emptied afterwards, which would mean seeding the whole site
again for every test. The test modules carry `django_db` so that pytest-django creates the test
database; each test then only reads.

One Chromium serves the whole session. Every page type (PAGE_KINDS) in every language is
visited once per width (the `visit` fixture): that one visit checks the skip link, runs axe-core,
measures the width, takes the screenshot and records the requests, cookies and footer links, and
the tests in test_accessibility, test_keyboard, test_layout and test_privacy each read their
part of it. Each test is one page at one width, so a failure names the page, the width and
(for axe) the rule and its targets.
"""

import os
import shutil
from dataclasses import dataclass, field
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
ZOOM_200_PERCENT = 640  # a 1280 px window zoomed to 200 % lays out like a 640 px one
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LANGUAGES = ("da", "en")
WCAG_A_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}

# Every page type the site has, each checked in every language of LANGUAGES. A kind is a page
# model's name in lower case, a legal page's slug, or one of the views that are not pages.
PAGE_KINDS = (
    "homepage",
    "petalpage",
    "initiativepage",
    "standardpage",
    "tilgaengelighedserklaering",
    "privatlivspolitik",
    "localcouncilindexpage",
    "localcouncilpage",
    "fundingpoolindexpage",
    "fundingpoolpage",
    "fundingguidepage",
    "eventindexpage",
    "eventpage",
    "twintownindexpage",
    "twintownpage",
    "twintownprojectindexpage",
    "twintownprojectpage",
    "search",
    "search-no-hits",
    "404",
)
PAGES = [(language, kind) for language in LANGUAGES for kind in PAGE_KINDS]
PAGE_IDS = [f"{language}-{kind}" for language, kind in PAGES]
PAGES_AT_WIDTHS = [(language, kind, width) for language, kind in PAGES for width in WIDTHS]
PAGES_AT_WIDTHS_IDS = [f"{language}-{kind}-{width}" for language, kind, width in PAGES_AT_WIDTHS]

# Playwright's synchronous API runs an event loop in this thread; Django's ORM refuses to run
# next to one unless told it is safe. It is here: the tests touch the database only before the
# browser starts, and the live server answers from its own thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@dataclass(frozen=True)
class SitePage:
    """A page to check: `kind` names the page type (see PAGE_KINDS)."""

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
    pages every page's footer links to, the search page with results and without, and a
    missing page (404)."""
    from django.urls import reverse
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
        # The path on its own site: with a second Site (Frivilligbørsen), page.url is absolute.
        pages.append(SitePage(language, kind, page.get_url_parts()[2], page.title))
    with translation.override(language):
        search = reverse("search")
    pages.append(SitePage(language, "search", f"{search}?q=frivillige", "search"))
    pages.append(SitePage(language, "search-no-hits", f"{search}?q=zqxjvw", "search"))
    pages.append(SitePage(language, "404", f"/{language}/findes-ikke-{language}/", "404"))
    return pages


@dataclass
class Site:
    url: str
    pages: list[SitePage]

    def pages_in(self, language: str) -> list[SitePage]:
        return [page for page in self.pages if page.language == language]

    def page(self, language: str, kind: str) -> SitePage:
        for page in self.pages:
            if page.language == language and page.kind == kind:
                return page
        pytest.fail(f"the seeded site has no {kind} page in {language}")


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
    """open_page(path, width) -> a Playwright page showing path at that viewport width, in a
    fresh browser context (no cookies, no focus history).

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
NO_HORIZONTAL_SCROLL_JS = "document.documentElement.scrollWidth <= window.innerWidth"
# The elements that stick out to the right of the window, for a readable failure.
TOO_WIDE_JS = """
() => [...document.querySelectorAll("body *")]
    .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1
                  && el.getBoundingClientRect().width > 0)
    .slice(0, 5)
    .map(el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
               + (el.className && typeof el.className === "string"
                  ? "." + el.className.trim().split(/\\s+/).join(".") : "")
               + " (right edge " + Math.round(el.getBoundingClientRect().right) + " px)")
"""


@dataclass
class Visit:
    """What one visit of one page at one width found (see the `visit` fixture)."""

    page: SitePage
    width: int
    skip_link: str = ""  # what went wrong with the skip link, "" if nothing
    violations: list[dict] = field(default_factory=list)  # axe-core's violations
    too_wide: dict[int, str] = field(default_factory=dict)  # width -> what sticks out
    screenshot: Path | None = None
    requests: list[str] = field(default_factory=list)
    cookies: list[dict] = field(default_factory=list)
    footer_links: list[list[str]] = field(default_factory=list)
    cookie_banner: bool = False
    errors: list[str] = field(default_factory=list)

    def axe_report(self) -> str:
        """The violations, one rule a paragraph: rule, impact, help, then each target with
        axe's first reason."""
        lines = [f"{self.page.name} at {self.width} px ({self.page.path}):"]
        for violation in self.violations:
            lines.append(
                f"  {violation['id']} ({violation['impact']}): {violation['help']} "
                f"[{', '.join(t for t in violation['tags'] if t.startswith('wcag'))}]"
            )
            for node in violation["nodes"]:
                reason = (node.get("failureSummary") or "").splitlines()
                lines.append(f"    - {' '.join(node['target'])}")
                lines.append(f"      {node['html'][:160]}")
                if len(reason) > 1:
                    lines.append(f"      {reason[1].strip()}")
        return "\n".join(lines)


def _check_skip_link(page) -> str:
    """Tab once from a freshly loaded page: the skip link has focus, shows it, and Enter moves
    focus to <main>. Returns what went wrong, or ""."""
    page.keyboard.press("Tab")
    first = page.evaluate_handle("document.activeElement")
    if not page.evaluate("el => el.matches('a.skipnav')", first):
        return "the first tab stop is " + page.evaluate("el => el.outerHTML.slice(0, 120)", first)
    style = page.evaluate(FOCUS_STYLE_JS, first)
    if not (style["outline"] or style["shadow"]):
        return "the focused skip link shows no focus indicator"
    # DKFDS slides the skip link into view (a 0.2 s transition).
    try:
        page.wait_for_function("el => el.getBoundingClientRect().top >= 0", arg=first, timeout=2000)
    except Exception:  # noqa: BLE001 (Playwright's TimeoutError; reported as a failure)
        return "the focused skip link does not come into view"
    page.keyboard.press("Enter")
    if page.evaluate("document.activeElement.id") != "main":
        return "Enter on the skip link does not move focus to <main id='main'>"
    if page.evaluate("location.hash") != "#main":
        return "the skip link does not point at #main"
    return ""


@pytest.fixture(scope="session")
def visit(chromium, site, screenshots):
    """visit(language, kind, width_name) -> the Visit of that page at that width, made once per
    session and shared by every test that asks.

    One browser context per width serves all visits (static files come from its cache);
    cookies are read and cleared after every page, so each page answers for its own.
    """
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    contexts = {}
    visits: dict[tuple[str, str, str], Visit] = {}

    def _visit(language: str, kind: str, width_name: str) -> Visit:
        key = (language, kind, width_name)
        if key in visits:
            return visits[key]
        site_page = site.page(language, kind)
        width = WIDTHS[width_name]
        if width_name not in contexts:
            contexts[width_name] = chromium.new_context(viewport={"width": width, "height": 900})
        context = contexts[width_name]
        result = Visit(site_page, width)
        page = context.new_page()
        page.on("request", lambda request: result.requests.append(request.url))
        page.on("pageerror", lambda error: result.errors.append(str(error)))
        try:
            page.goto(site.url + site_page.path, wait_until="load")
            page.evaluate("document.fonts.ready")
            result.skip_link = _check_skip_link(page)
            result.violations = axe.run(page, options=WCAG_A_AA).response["violations"]
            if not page.evaluate(NO_HORIZONTAL_SCROLL_JS):
                result.too_wide[width] = ", ".join(page.evaluate(TOO_WIDE_JS))
            page.evaluate("window.scrollTo(0, 0)")
            result.screenshot = screenshots / f"{site_page.name}-{width}.png"
            page.screenshot(path=result.screenshot, full_page=True)
            result.footer_links = page.eval_on_selector_all(
                "footer a", "links => links.map(a => [a.textContent.trim(), a.pathname])"
            )
            result.cookie_banner = page.query_selector("[class*='cookie']") is not None
            result.cookies = context.cookies()
            context.clear_cookies()
            if width_name == "desktop":
                page.set_viewport_size({"width": ZOOM_200_PERCENT, "height": 900})
                if not page.evaluate(NO_HORIZONTAL_SCROLL_JS):
                    result.too_wide[ZOOM_200_PERCENT] = ", ".join(page.evaluate(TOO_WIDE_JS))
        finally:
            page.close()
        visits[key] = result
        return result

    yield _visit
    for context in contexts.values():
        context.close()
