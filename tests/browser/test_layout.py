"""Every page type fits a phone (375 px), a desktop (1280 px) and a desktop zoomed to 200 %
(640 px) without horizontal scrolling; the navigation works at each width; the print stylesheet
keeps the content and drops the navigation. Screenshots of every page type at both widths are
saved in screenshots/ (git-ignored) for people to look at."""

import pytest

from tests.browser.conftest import LANGUAGES, WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

NO_HORIZONTAL_SCROLL_JS = "document.documentElement.scrollWidth <= window.innerWidth"
ZOOM_200_PERCENT = 640  # a 1280 px window zoomed to 200 % lays out like a 640 px one


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_horizontal_scrolling_and_screenshots(site, open_page, screenshots, language):
    too_wide = []
    for site_page in site.pages_in(language):
        for label, width in [*WIDTHS.items(), ("zoom200", ZOOM_200_PERCENT)]:
            page = open_page(site_page.path, width)
            page.evaluate("document.fonts.ready")
            if not page.evaluate(NO_HORIZONTAL_SCROLL_JS):
                scroll = page.evaluate("document.documentElement.scrollWidth")
                too_wide.append(f"{site_page.name} at {width} px: {scroll} px wide")
            if label in WIDTHS:
                page.screenshot(path=screenshots / f"{site_page.name}-{width}.png", full_page=True)
            page.context.close()
    assert not too_wide, "\n".join(too_wide)


def test_desktop_navigation_leads_to_each_section(site, open_page):
    page = open_page(site.page("da", "homepage").path, WIDTHS["desktop"])
    assert not page.is_visible(".js-menu-open")
    links = page.query_selector_all(".navigation-menu .mainmenu > li:not(.d-none) > a.nav-link")
    assert len(links) >= 6  # five petals and "Om politikken"
    titles = [link.inner_text().strip() for link in links]
    for title in titles:
        page.click(f".navigation-menu .mainmenu a.nav-link:has-text('{title}')")
        page.wait_for_load_state()
        assert page.inner_text("h1").strip() == title
        current = page.query_selector(".navigation-menu a[aria-current='page']")
        assert current is not None and current.inner_text().strip() == title


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


def test_desktop_menu_moves_what_does_not_fit_into_a_more_menu(site, open_page):
    """DKFDS folds main menu items that do not fit into "Mere"; at 1000 px the six sections do
    not fit, and the folded ones stay reachable. DKFDS writes "Mere" in Danish; the site gives
    the button the translated label from the template."""
    page = open_page(site.page("en", "homepage").path, 1000)
    more = page.query_selector(".navigation-menu .more-option:not(.d-none) .more-button")
    assert more is not None
    label = page.get_attribute(".navigation-menu .nav", "data-more-label")
    assert label and more.inner_text().strip() == label
    more.click()
    hidden_items = page.query_selector_all("#fds-more-menu a.nav-link")
    assert hidden_items and all(item.is_visible() for item in hidden_items)
    assert page.evaluate(NO_HORIZONTAL_SCROLL_JS)


def test_print_layout_keeps_the_content_and_drops_the_navigation(site, open_page, screenshots):
    page = open_page(site.page("da", "initiativepage").path, WIDTHS["desktop"])
    page.emulate_media(media="print")
    for hidden in (".navigation-menu", ".breadcrumbs", ".skipnav", "footer .footer-links"):
        assert not page.is_visible(hidden), hidden
    for shown in ("h1", ".facts", ".contact-box", ".last-updated"):
        assert page.is_visible(shown), shown
    page.pdf(path=screenshots / "da-initiativepage-print.pdf")
