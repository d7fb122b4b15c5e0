"""The citizens' questions of "From reading to doing", each answered from the home page in at
most three clicks in a real browser, with no WCAG 2.0/2.1 A or AA violation (axe-core) on any
page or form state on the way, on a phone (375 px) and a desktop (1280 px).

A click is a click on a link or a button (pressing Enter in the search field counts as one);
typing a place name or a search word is not a click. The external service itself is never
opened: the test stops at the link that leaves the site, which must say that it does.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WCAG_A_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
MAX_CLICKS = 3
axe = Axe()


class Journey:
    """A reader's way from the home page: counts clicks and checks every page with axe."""

    def __init__(self, page):
        self.page = page
        self.clicks = 0
        self.reports = []
        self.check()

    def check(self):
        self.page.wait_for_load_state("load")
        results = axe.run(self.page, options=WCAG_A_AA)
        if results.violations_count:
            self.reports.append(f"{self.page.url}\n{results.generate_report()}")

    def click(self, locator):
        locator.first.scroll_into_view_if_needed()
        locator.first.click()
        self.page.wait_for_load_state("load")
        self.clicks += 1
        self.check()

    def search(self, words):
        field = self.page.locator("#site-search-q")
        if not field.is_visible():  # the header's search is folded away on a phone
            self.click(self.page.locator("[aria-controls] >> text=/Søg/").first)
        field.fill(words)
        field.press("Enter")
        self.page.wait_for_load_state("load")
        self.clicks += 1
        self.check()

    def finish(self):
        assert self.clicks <= MAX_CLICKS, f"{self.clicks} clicks"
        assert not self.reports, "\n\n".join(self.reports)


def _assert_leaves_site(page, name, href_start):
    link = page.get_by_role("link", name=f"Gå til {name}")
    assert link.count() >= 1, f"no link to {name} on {page.url}"
    assert link.first.get_attribute("href").startswith(href_start)
    assert link.first.get_attribute("rel") == "noopener"
    # "(åbner et andet websted)" is part of the link's accessible name and visible.
    assert "åbner et andet websted" in link.first.inner_text()
    assert link.first.is_visible()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_which_pool_and_how_to_apply(site, open_page, width):
    journey = Journey(open_page("/da/", width))
    journey.click(journey.page.locator("main a[href='/da/puljemidler/']"))
    journey.click(journey.page.locator("main a[href='/da/puljemidler/paragraf-18-midler/']"))
    page = journey.page
    assert "Frist" in page.locator("dl.facts").inner_text()
    _assert_leaves_site(page, "Conventus", "https://conventus.dk/")
    journey.finish()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_my_local_council_by_village(site, open_page, width):
    journey = Journey(open_page("/da/", width))
    journey.click(journey.page.locator("main a[href='/da/lokalraad/']"))
    page = journey.page
    page.get_by_label("By eller landsby").fill("hojrup")
    journey.click(page.get_by_role("button", name="Find lokalråd"))
    journey.click(page.locator(".place-lookup__list a", has_text="Arnum/Højrup"))
    assert page.locator("h1").inner_text() == "Arnum/Højrup"
    journey.finish()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize(
    ("typed", "shown"),
    [("", ".error-summary"), ("Atlantis", ".place-lookup__result"), ("!!!", ".error-summary")],
    ids=["empty", "no-match", "no-letters"],
)
def test_council_lookup_states_have_no_violations(site, open_page, width, typed, shown):
    page = open_page("/da/lokalraad/", width)
    page.get_by_label("By eller landsby").fill(typed)
    page.get_by_role("button", name="Find lokalråd").click()
    page.wait_for_load_state("load")
    assert page.locator(shown).is_visible()
    results = axe.run(page, options=WCAG_A_AA)
    assert not results.violations_count, results.generate_report()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_report_a_pothole(site, open_page, width):
    journey = Journey(open_page("/da/", width))
    journey.search("vejhul")
    journey.click(journey.page.locator(".search-result__title a").first)
    page = journey.page
    assert page.locator("h1").inner_text() == "Fælles opsyn med veje, parker og anlæg"
    _assert_leaves_site(page, "Giv et praj", "https://")
    assert page.locator(".action-link-unconfirmed").is_visible()  # FACTS.md: address not found
    journey.finish()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_become_or_find_a_volunteer(site, open_page, width):
    journey = Journey(open_page("/da/", width))
    journey.search("bliv frivillig")
    journey.click(journey.page.locator(".search-result__title a").first)
    page = journey.page
    _assert_leaves_site(page, "FrivilligCenter Haderslev", "https://frivilligcenter.dk/")
    _assert_leaves_site(page, "Frivilligjob.dk", "https://frivilligjob.dk/")
    journey.finish()
