"""The search page's other states (no hits, rejected input, a chosen filter), the 403, 500 and 503
pages and the search field's suggestions: no WCAG 2.0/2.1 A or AA violation (axe-core) in Danish
and English on a phone and a desktop, and the suggestions work with the keyboard."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import LANGUAGES, WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WCAG_A_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
axe = Axe()

SEARCHES = {
    "no-hits": "?q=xylofonorkester",
    "bad-input": "?q=frivillige&kind=findes-ikke&page=abc",
    "filtered": "?q=frivillige&kind=initiatives.initiativepage",
    "empty": "",
}


def _violations(page) -> str:
    page.wait_for_load_state("load")  # a click's navigation may still be under way
    results = axe.run(page, options=WCAG_A_AA)
    return results.generate_report() if results.violations_count else ""


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("language", LANGUAGES)
def test_search_states_have_no_violations(site, open_page, language, width):
    reports = {}
    for name, query in SEARCHES.items():
        page = open_page(f"/{language}/search/{query}", width)
        report = _violations(page)
        if report:
            reports[name] = report
        page.context.close()
    assert not reports, "\n\n".join(f"== {name} ==\n{report}" for name, report in reports.items())


@pytest.mark.parametrize("template", ["403.html", "500.html", "503.html"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_error_pages_have_no_violations(site, open_page, language, template):
    """The pages are rendered as the error views render them: no request, no database."""
    from django.template import loader
    from django.utils import translation

    with translation.override(language):
        html = loader.render_to_string(template)
    assert f'<html lang="{language}">' in html
    for width in WIDTHS.values():
        page = open_page(f"/{language}/search/", width)  # same origin, so the styles load
        page.set_content(html)
        page.wait_for_load_state("load")
        loaded = page.evaluate("[...document.styleSheets].filter(s => s.cssRules.length).length")
        assert loaded == 2  # the DKFDS theme and the site's stylesheet
        assert _violations(page) == ""
        page.context.close()


@pytest.mark.parametrize("field", ["#search-page-q", "#site-search-q"])
def test_suggestions_open_with_typing_and_are_chosen_with_the_keyboard(site, open_page, field):
    page = open_page("/da/search/?q=x", WIDTHS["desktop"])
    page.fill(field, "")
    page.type(field, "frivil", delay=30)
    page.wait_for_selector(".search-suggestions:not([hidden]) [role=option]")
    assert page.get_attribute(field, "aria-expanded") == "true"
    page.keyboard.press("ArrowDown")
    active = page.get_attribute(field, "aria-activedescendant")
    assert active and page.get_attribute(f"#{active}", "aria-selected") == "true"
    assert _violations(page) == ""
    with page.expect_navigation():
        page.keyboard.press("Enter")  # opens the chosen page, not the search
    assert "/search/" not in page.url
