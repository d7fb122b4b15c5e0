"""Every page type fits a phone (375 px), a desktop (1280 px) and a desktop zoomed to 200 %
(640 px) without horizontal scrolling; the navigation works at each width; the print stylesheet
keeps the content and drops the navigation. Screenshots of every page type at both widths are
saved in screenshots/ (git-ignored) for people to look at."""

import re

import pytest

from tests.browser.conftest import (
    NO_HORIZONTAL_SCROLL_JS,
    PAGES_AT_WIDTHS,
    PAGES_AT_WIDTHS_IDS,
    WIDTHS,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize(("language", "kind", "width"), PAGES_AT_WIDTHS, ids=PAGES_AT_WIDTHS_IDS)
def test_fits_the_window_without_horizontal_scrolling(visit, language, kind, width):
    """At 375 px, at 1280 px and (after the desktop visit) at 640 px, i.e. 1280 px zoomed to
    200 %; the screenshot of the page at the width is saved for people to look at."""
    result = visit(language, kind, width)
    if result.too_wide:
        pytest.fail(
            "\n".join(
                f"{result.page.name} scrolls sideways at {w} px; too wide: {what}"
                for w, what in result.too_wide.items()
            ),
            pytrace=False,
        )
    assert result.screenshot is not None and result.screenshot.stat().st_size > 0
    assert not result.errors, f"JavaScript errors on {result.page.name}: {result.errors}"


def test_desktop_navigation_leads_to_each_section(site, open_page):
    """Every link of the header navigation (the tools' menu bar and the petals' band) is
    visible and leads to its page, whose link is then marked aria-current."""
    page = open_page(site.page("da", "homepage").path, WIDTHS["desktop"])
    assert not page.is_visible(".js-menu-open")
    selector = ".navigation-menu .site-nav a.nav-link, .petal-nav a.petal-nav__link"
    links = page.eval_on_selector_all(
        selector, "links => links.map(a => [a.textContent.trim(), a.getAttribute('href')])"
    )
    assert len(links) >= 10, links  # the tools, two more pages, five petals
    for title, href in links:
        exact = re.compile(f"^\\s*{re.escape(title)}\\s*$")
        link = page.locator(selector).filter(has_text=exact)
        assert link.count() == 1 and link.is_visible(), f"{title} is not visible in the header"
        if not href.startswith("/"):
            # The volunteers' meeting place is a Site of its own, on its own host name (its
            # pages are tested in test_meeting_place.py): an absolute link to its front page.
            assert href.startswith("http") and href.endswith("/da/"), href
            continue
        link.click()
        page.wait_for_load_state()
        assert page.inner_text("h1").strip() == title
        current = page.query_selector(f":is({selector})[aria-current='page']")
        assert current is not None and current.text_content().strip() == title


def test_mobile_navigation_opens_from_the_menu_button(site, open_page):
    page = open_page(site.page("da", "homepage").path, WIDTHS["mobile"])
    assert not page.is_visible(".navigation-menu .nav")
    assert page.is_visible(".js-menu-open")
    page.click(".js-menu-open")
    page.wait_for_selector(".mobile-drawer.is-visible")
    assert page.is_visible(".overlay.is-visible")
    link = page.query_selector(".navigation-menu-mobile a.nav-link:has-text('Om politikken')")
    link.click()
    page.wait_for_load_state()
    assert page.inner_text("h1").strip() == "Om politikken"
    assert not page.is_visible(".mobile-drawer")


def test_desktop_navigation_wraps_instead_of_hiding_links(site, open_page):
    """At 1000 px the header's links do not fit on one line: they wrap, every one stays
    visible, and there is no overflow ("Mere") menu; nothing scrolls sideways."""
    page = open_page(site.page("en", "homepage").path, 1000)
    assert page.locator(".more-option, .more-button").count() == 0
    links = page.query_selector_all(".navigation-menu .site-nav a, .petal-nav a")
    assert len(links) >= 8 and all(link.is_visible() for link in links)
    assert page.evaluate(NO_HORIZONTAL_SCROLL_JS)


def test_print_layout_keeps_the_content_and_drops_the_navigation(site, open_page, screenshots):
    page = open_page(site.page("da", "initiativepage").path, WIDTHS["desktop"])
    page.emulate_media(media="print")
    for hidden in (".navigation-menu", ".breadcrumbs", ".skipnav", "footer .footer-links"):
        assert not page.is_visible(hidden), hidden
    for shown in ("h1", ".facts", ".contact-box", ".last-updated"):
        assert page.is_visible(shown), shown
    page.pdf(path=screenshots / "da-initiativepage-print.pdf")
