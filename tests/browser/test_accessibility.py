"""axe-core finds no WCAG 2.0/2.1 level A or AA violation on any page type, in Danish and
English, on a phone and on a desktop, nor in the opened mobile menu and language switcher."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import LANGUAGES, WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WCAG_A_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
axe = Axe()


def _violations(page) -> str:
    results = axe.run(page, options=WCAG_A_AA)
    return results.generate_report() if results.violations_count else ""


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_no_wcag_a_or_aa_violations(site, open_page, language, width):
    pages = site.pages_in(language)
    assert len(pages) >= 7, pages  # home, petal, initiative, standard page, 2 legal, 404
    reports = {}
    for site_page in pages:
        page = open_page(site_page.path, width)
        report = _violations(page)
        if report:
            reports[site_page.name] = report
        page.context.close()
    assert not reports, "\n\n".join(f"== {name} ==\n{report}" for name, report in reports.items())


def test_open_mobile_menu_has_no_violations(site, open_page):
    page = open_page(site.page("da", "petalpage").path, WIDTHS["mobile"])
    page.click(".js-menu-open")
    page.wait_for_selector(".mobile-drawer.is-visible")
    assert _violations(page) == ""


def test_open_language_switcher_has_no_violations(site, open_page):
    page = open_page(site.page("da", "homepage").path, WIDTHS["desktop"])
    page.click(".select-language-button")
    page.wait_for_selector("#header-language:not(.collapsed)")
    assert _violations(page) == ""
