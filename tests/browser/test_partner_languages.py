"""The partner languages in a real browser: the labelled flower never clips its text in any of
the six languages (1280 px: the SVG; 375 px: the text list), and axe-core finds no WCAG 2.1 A/AA
violation on the German, Swedish, Bokmål and Finnish home pages and a twin-town page in each."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import WCAG_A_AA, WIDTHS, SitePage, Visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ALL_LANGUAGES = ["da", "en", "de", "sv", "nb", "fi"]
PARTNER_LANGUAGES = ["de", "sv", "nb", "fi"]
# A twin-town page in each partner language: the town whose language it is.
TWIN_TOWN_PAGES = {
    "de": "/de/venskabsbyer/lutherstadt-wittenberg/",
    "sv": "/sv/venskabsbyer/varberg/",
    "nb": "/nb/venskabsbyer/sandefjord/",
    "fi": "/fi/venskabsbyer/uusikaupunki/",
}

# For every petal label and the centre: the corners of the text's bounding box (SVG user units)
# that lie outside its shape (the petal's rotated ellipse, the centre's circle). A rectangle is
# inside a convex shape when its four corners are.
LABELS_OUTSIDE_THEIR_SHAPES_JS = """
() => {
    const outside = [];
    const check = (name, text, cx, cy, rx, ry, angle) => {
        const box = text.getBBox();
        const rad = angle * Math.PI / 180;
        const corners = [[box.x, box.y], [box.x + box.width, box.y],
                         [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]];
        for (const [x, y] of corners) {
            const dx = x - cx, dy = y - cy;
            const u = dx * Math.cos(rad) + dy * Math.sin(rad);
            const v = -dx * Math.sin(rad) + dy * Math.cos(rad);
            const r = (u / rx) ** 2 + (v / ry) ** 2;
            if (r > 1.0001) {
                outside.push(name + ": corner (" + x.toFixed(1) + ", " + y.toFixed(1)
                             + ") at " + r.toFixed(2) + " of the shape's radius squared");
            }
        }
    };
    const links = [...document.querySelectorAll("svg.flower-diagram a.flower-link")];
    for (const link of links) {
        const shape = link.querySelector("ellipse");
        const angle = parseFloat(shape.getAttribute("transform").match(/rotate\\(([-\\d.]+)/)[1]);
        check(link.textContent.trim(), link.querySelector("text"),
              shape.cx.baseVal.value, shape.cy.baseVal.value,
              shape.rx.baseVal.value, shape.ry.baseVal.value, angle);
    }
    const circle = document.querySelector(".flower-centre circle");
    const centre = document.querySelector(".flower-centre text");
    check("centre " + centre.textContent.trim(), centre, circle.cx.baseVal.value,
          circle.cy.baseVal.value, circle.r.baseVal.value, circle.r.baseVal.value, 0);
    return {count: links.length, outside: outside};
}
"""

# On narrow screens: any flower list link or intro whose text is wider than its box.
LIST_TEXT_OVERFLOWING_JS = """
() => [...document.querySelectorAll(".flower-list a, .flower-list p, .flower-list span")]
    .filter(el => el.scrollWidth > el.clientWidth + 1
                  || el.getBoundingClientRect().right
                     > el.closest("li").getBoundingClientRect().right + 1)
    .map(el => el.textContent.trim())
"""


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_flower_labels_stay_inside_their_petals(site, open_page, language):
    page = open_page(f"/{language}/", WIDTHS["desktop"])
    page.evaluate("document.fonts.ready")
    assert page.is_visible("svg.flower-diagram")
    result = page.evaluate(LABELS_OUTSIDE_THEIR_SHAPES_JS)
    assert result["count"] == 5, f"/{language}/ shows {result['count']} petals"
    assert not result["outside"], f"/{language}/: " + "; ".join(result["outside"])


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_flower_list_text_fits_on_a_phone(site, open_page, language):
    page = open_page(f"/{language}/", WIDTHS["mobile"])
    page.evaluate("document.fonts.ready")
    assert not page.is_visible("svg.flower-diagram")
    assert page.locator(".flower-list a").count() == 5
    assert page.evaluate(LIST_TEXT_OVERFLOWING_JS) == []


def _axe_report(page, language, name) -> str:
    violations = Axe().run(page, options=WCAG_A_AA).response["violations"]
    if not violations:
        return ""
    return Visit(SitePage(language, name, page.url, name), 0, violations=violations).axe_report()


@pytest.mark.parametrize("width", ["mobile", "desktop"])
@pytest.mark.parametrize("language", PARTNER_LANGUAGES)
def test_partner_pages_have_no_wcag_violations(site, open_page, language, width):
    for name, path in (("homepage", f"/{language}/"), ("twintownpage", TWIN_TOWN_PAGES[language])):
        page = open_page(path, WIDTHS[width])
        page.evaluate("document.fonts.ready")
        assert page.evaluate("document.documentElement.lang") == language
        assert _axe_report(page, language, name) == ""
