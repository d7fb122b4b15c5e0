"""The header navigation in a real browser: at 1280 px every tool and every petal is visible in
the header (nothing folded into "Mere"), at 375 px all of them are in the menu drawer; axe-core
finds nothing with the drawer open, and every link is reached with the Tab key."""

import pytest

from tests.browser.conftest import WCAG_A_AA, WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# The header's navigation links that are visible, with whether each lies inside the window.
VISIBLE_LINKS_JS = """
selector => [...document.querySelectorAll(selector)]
    .filter(el => el.checkVisibility({visibilityProperty: true, opacityProperty: true}))
    .map(el => {
        const box = el.getBoundingClientRect();
        return {text: el.textContent.trim(), href: el.getAttribute("href"),
                inside: box.left >= 0 && box.right <= window.innerWidth + 1 && box.width > 0};
    })
"""


def _expected(language):
    """The tools' and the petals' link texts the header must show (as the server renders them)."""
    from wagtail.models import Locale

    from home.models import NavigationTool
    from initiatives.models import PetalPage

    locale = Locale.objects.get(language_code=language)
    tools = []
    for tool in NavigationTool.objects.select_related("page").order_by("sort_order"):
        page = tool.page.get_translation_or_none(locale)
        tools.append((page if page is not None and page.live else tool.page).title)
    petals = []
    for petal in PetalPage.objects.live().filter(locale__language_code="da").order_by("path"):
        translation = petal.get_translation_or_none(locale)
        petals.append(
            (translation if translation is not None and translation.live else petal).title
        )
    return tools, petals


@pytest.mark.parametrize("language", ["da", "en", "de"])
def test_at_1280_px_every_tool_and_petal_is_visible_in_the_header(site, open_page, language):
    tools, petals = _expected(language)
    page = open_page(f"/{language}/", WIDTHS["desktop"])
    links = page.evaluate(VISIBLE_LINKS_JS, ".site-nav a, .petal-nav a")
    shown = {link["text"] for link in links if link["inside"]}
    missing = [title for title in (*tools, *petals) if title not in shown]
    assert not missing, f"not visible at 1280 px: {missing}"
    assert page.locator(".more-option, .more-button").count() == 0


@pytest.mark.parametrize("language", ["da", "en"])
def test_at_375_px_the_menu_drawer_has_every_tool_and_petal_and_passes_axe(
    site, open_page, language
):
    from axe_playwright_python.sync_playwright import Axe

    tools, petals = _expected(language)
    page = open_page(f"/{language}/", WIDTHS["mobile"])
    # The wide-screen lists are hidden on a phone; the menu button opens the drawer.
    assert not page.locator(".petal-nav").is_visible()
    page.locator(".js-menu-open").click()
    page.wait_for_selector(".mobile-drawer.is-visible")
    # The drawer slides in from the side: wait until it is wholly inside the window.
    page.wait_for_function(
        "() => { const box = document.querySelector('.mobile-drawer').getBoundingClientRect();"
        " return box.left >= 0 && box.right <= window.innerWidth + 1; }"
    )
    links = page.evaluate(VISIBLE_LINKS_JS, ".navigation-menu-mobile a")
    shown = {link["text"] for link in links if link["inside"]}
    missing = [title for title in (*tools, *petals) if title not in shown]
    assert not missing, f"not in the drawer at 375 px: {missing}"
    violations = Axe().run(page, options=WCAG_A_AA).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]
    # Keyboard: the drawer's focus trap lets Tab reach every link in it.
    texts = set()
    for _ in range(len(tools) + len(petals) + 12):
        page.keyboard.press("Tab")
        texts.add(page.evaluate("document.activeElement.textContent.trim()"))
    missing = [title for title in (*tools, *petals) if title not in texts]
    assert not missing, f"not reached with Tab in the drawer: {missing}"


def test_at_1280_px_every_header_link_is_reached_with_tab(site, open_page):
    tools, petals = _expected("da")
    page = open_page("/da/", WIDTHS["desktop"])
    texts = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        texts.add(page.evaluate("document.activeElement.textContent.trim()"))
        if page.evaluate("document.activeElement.closest('main') !== null"):
            break
    missing = [title for title in (*tools, *petals) if title not in texts]
    assert not missing, f"not reached with Tab: {missing}"
