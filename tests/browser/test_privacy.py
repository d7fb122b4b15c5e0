"""Public pages make no request to any other host and set no cookies, so no cookie banner is
needed (and none is shown); every page's footer links the accessibility statement and the
privacy policy."""

import pytest

from tests.browser.conftest import PAGE_IDS, PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize(("language", "kind"), PAGES, ids=PAGE_IDS)
def test_no_third_party_requests_and_no_cookies(site, visit, language, kind):
    for width in ("mobile", "desktop"):
        result = visit(language, kind, width)
        others = [url for url in result.requests if not url.startswith(site.url)]
        assert not others, f"{result.page.name} asked other hosts: {others}"
        assert result.cookies == [], f"{result.page.name} set cookies: {result.cookies}"
        assert not result.cookie_banner, f"{result.page.name} shows a cookie banner"


@pytest.mark.parametrize(("language", "kind"), PAGES, ids=PAGE_IDS)
def test_footer_links_the_accessibility_statement_and_privacy_policy(site, visit, language, kind):
    result = visit(language, kind, "desktop")
    statement = site.page(language, "tilgaengelighedserklaering")
    privacy = site.page(language, "privatlivspolitik")
    assert [statement.title, statement.path] in result.footer_links, result.footer_links
    assert [privacy.title, privacy.path] in result.footer_links, result.footer_links


def test_the_statement_has_the_danish_name_the_law_asks_for(site):
    assert site.page("da", "tilgaengelighedserklaering").title == "Tilgængelighedserklæring"
