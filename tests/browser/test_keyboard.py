"""Everything in the header, the language switcher and the flower can be reached with the Tab key
and shows a visible focus; the skip link comes first and moves focus to the main content."""

import pytest

from tests.browser.conftest import FOCUS_STYLE_JS, PAGES_AT_WIDTHS, PAGES_AT_WIDTHS_IDS, WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

VISIBLE_INTERACTIVE_JS = """
selector => [...document.querySelectorAll(selector)]
    .filter(el => el.checkVisibility({visibilityProperty: true}))
    .map(el => el.outerHTML.slice(0, 120))
"""


def _tab(page):
    page.keyboard.press("Tab")
    return page.evaluate_handle("document.activeElement")


def _focus_style(page, element):
    return page.evaluate(FOCUS_STYLE_JS, element)


def _assert_visible_focus(page, element):
    style = _focus_style(page, element)
    assert style["outline"] or style["shadow"], f"no visible focus on {style['describe']}"
    assert element.is_visible(), f"focused element is not visible: {style['describe']}"


def _tab_through(page, until_selector: str, limit: int = 60) -> list[str]:
    """Tab from the top until an element matching until_selector has focus; return the
    outerHTML openings of every element focused on the way, each checked for visible focus."""
    seen = []
    for _ in range(limit):
        element = _tab(page)
        _assert_visible_focus(page, element)
        seen.append(page.evaluate("el => el.outerHTML.slice(0, 120)", element))
        if page.evaluate("(args) => args[0].matches(args[1])", [element, until_selector]):
            return seen
    raise AssertionError(f"{until_selector} not reached with Tab; focused: {seen}")


@pytest.mark.parametrize(("language", "kind", "width"), PAGES_AT_WIDTHS, ids=PAGES_AT_WIDTHS_IDS)
def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(visit, language, kind, width):
    result = visit(language, kind, width)
    if result.skip_link:
        pytest.fail(f"{result.page.name} at {result.width} px: {result.skip_link}", pytrace=False)


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_every_header_control_is_reachable_with_visible_focus(site, open_page, width):
    page = open_page(site.page("da", "petalpage").path, width)
    expected = page.evaluate(VISIBLE_INTERACTIVE_JS, "header a[href], header button")
    assert expected, "the header has no visible links or buttons"
    # Tab until focus leaves the header; every visible control is met on the way.
    focused = _tab_through(page, "main a[href], main button, main [tabindex]")
    missing = [html for html in expected if html not in focused]
    assert not missing, f"not reachable with Tab: {missing}"


def test_language_switcher_opens_from_the_keyboard_and_its_links_show_focus(site, open_page):
    page = open_page(site.page("da", "homepage").path, WIDTHS["desktop"])
    _tab_through(page, ".select-language-button")
    page.keyboard.press("Enter")
    assert page.get_attribute(".select-language-button", "aria-expanded") == "true"
    names = []
    for _ in page.query_selector_all("#header-language a"):
        element = _tab(page)
        _assert_visible_focus(page, element)
        names.append(page.evaluate("el => [el.lang, el.hreflang, el.textContent.trim()]", element))
    assert ["da", "da", "Dansk"] in names and ["en", "en", "English"] in names
    # Back to the English link with Shift+Tab; it leads to the English version of the page.
    for _ in range(len(names) - 1 - names.index(["en", "en", "English"])):
        page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.lang") == "en"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.url.endswith("/en/")


def test_flower_petals_are_links_reachable_with_visible_focus(site, open_page):
    page = open_page(site.page("da", "homepage").path, WIDTHS["desktop"])
    petals = page.query_selector_all("svg.flower-diagram a.flower-link")
    assert len(petals) == 5
    focused = _tab_through(page, "svg.flower-diagram a.flower-link")
    assert focused
    names = []
    for index in range(len(petals)):
        element = page.evaluate_handle("document.activeElement")
        assert page.evaluate("el => el.matches('svg a.flower-link')", element)
        _assert_visible_focus(page, element)
        # The petal's ring is drawn on the petal shape too.
        stroke = page.evaluate(
            "el => getComputedStyle(el.querySelector('ellipse')).strokeWidth", element
        )
        assert float(stroke.rstrip("px")) >= 6
        names.append(page.evaluate("el => el.getAttribute('aria-label')", element))
        if index < len(petals) - 1:
            _tab(page)
    assert names[0] == "Synlighed"
    # Each petal is announced by its title, with its intro as the description.
    for name in names:
        link = page.get_by_role("link", name=name, exact=True).and_(page.locator("svg a"))
        assert link.count() == 1, name
        described_by = link.get_attribute("aria-describedby")
        assert described_by and page.locator(f"#{described_by}").text_content().strip(), name
    # The SVG's links are the flower's only links at this width: the text list is not shown.
    assert not page.is_visible(".flower-list")
    # Enter follows the focused petal.
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("document.querySelector('h1').textContent.trim()") == names[-1]


def test_flower_is_a_text_list_on_a_phone(site, open_page):
    page = open_page(site.page("da", "homepage").path, WIDTHS["mobile"])
    assert not page.is_visible("svg.flower-diagram")
    links = page.query_selector_all(".flower-list a")
    assert len(links) == 5
    _tab_through(page, ".flower-list a")


def test_mobile_menu_opens_traps_focus_and_closes_with_escape(site, open_page):
    page = open_page(site.page("da", "initiativepage").path, WIDTHS["mobile"])
    assert not page.is_visible(".navigation-menu .nav")
    _tab_through(page, ".js-menu-open")
    assert page.get_attribute(".js-menu-open", "aria-haspopup") == "dialog"
    page.keyboard.press("Enter")
    page.wait_for_selector(".mobile-drawer.is-visible")
    assert page.evaluate("document.activeElement.matches('.js-menu-close')")
    links = page.evaluate(VISIBLE_INTERACTIVE_JS, ".mobile-drawer a[href], .mobile-drawer button")
    seen = set()
    for _ in range(len(links) + 2):
        element = _tab(page)
        _assert_visible_focus(page, element)
        assert page.evaluate("el => Boolean(el.closest('.mobile-drawer'))", element), (
            "focus left the open menu"
        )
        seen.add(page.evaluate("el => el.outerHTML.slice(0, 120)", element))
    assert set(links) <= seen
    page.keyboard.press("Escape")
    page.wait_for_selector(".mobile-drawer", state="hidden")
    assert page.evaluate("document.activeElement.matches('.js-menu-open')")
