"""Public pages make no request to any other host and set no cookies, so no cookie banner is
needed (and none is shown)."""

import pytest

from tests.browser.conftest import LANGUAGES, WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_third_party_requests_and_no_cookies(site, open_page, language):
    for site_page in site.pages_in(language):
        page = open_page(site_page.path, WIDTHS["desktop"])
        page.evaluate("document.fonts.ready")
        others = [url for url in page.requests if not url.startswith(site.url)]
        assert not others, f"{site_page.name} asked other hosts: {others}"
        assert page.context.cookies() == [], f"{site_page.name} set cookies"
        banner = page.query_selector("[class*='cookie']")
        assert banner is None, f"{site_page.name} shows a cookie banner"
        page.context.close()


def test_footer_links_the_accessibility_statement_and_privacy_policy_on_every_page(site, open_page):
    for language in LANGUAGES:
        statement = site.page(language, "tilgaengelighedserklaering")
        privacy = site.page(language, "privatlivspolitik")
        for site_page in site.pages_in(language):
            page = open_page(site_page.path, WIDTHS["desktop"])
            links = page.eval_on_selector_all(
                "footer a", "links => links.map(a => [a.textContent.trim(), a.pathname])"
            )
            assert [statement.title, statement.path] in links, site_page.name
            assert [privacy.title, privacy.path] in links, site_page.name
            page.context.close()
    # In Danish the statement is linked under the name the law asks for.
    assert site.page("da", "tilgaengelighedserklaering").title == "Tilgængelighedserklæring"
