"""axe-core finds no WCAG 2.0/2.1 level A or AA violation on any page type, in Danish and
English, on a phone and on a desktop, nor in the opened mobile menu and language switcher."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import (
    PAGES_AT_WIDTHS,
    PAGES_AT_WIDTHS_IDS,
    WCAG_A_AA,
    WIDTHS,
    SitePage,
    Visit,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize(("language", "kind", "width"), PAGES_AT_WIDTHS, ids=PAGES_AT_WIDTHS_IDS)
def test_no_wcag_a_or_aa_violations(visit, language, kind, width):
    result = visit(language, kind, width)
    if result.violations:
        pytest.fail(result.axe_report(), pytrace=False)


def _violations_in(page, name: str) -> str:
    page.wait_for_load_state("load")  # a click's navigation may still be under way
    violations = Axe().run(page, options=WCAG_A_AA).response["violations"]
    if not violations:
        return ""
    return Visit(SitePage("da", name, page.url, name), 0, violations=violations).axe_report()


def test_open_mobile_menu_has_no_violations(site, open_page):
    page = open_page(site.page("da", "petalpage").path, WIDTHS["mobile"])
    page.click(".js-menu-open")
    page.wait_for_selector(".mobile-drawer.is-visible")
    assert _violations_in(page, "open mobile menu") == ""


def test_open_language_switcher_has_no_violations(site, open_page):
    page = open_page(site.page("da", "homepage").path, WIDTHS["desktop"])
    page.click(".select-language-button")
    page.wait_for_selector("#header-language:not(.collapsed)")
    assert _violations_in(page, "open language switcher") == ""
