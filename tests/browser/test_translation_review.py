"""A translation goes live through review, in the browser: an editor has started an English
translation ("Translate this page": a draft), a translator translates it in wagtail-localize's
editor and sends it for review, a moderator approves it on the dashboard, and the English page
goes live. Until then, /en/ shows the not-translated notice that links to the Danish original.
axe-core checks the public pages on the way."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import WCAG_A_AA, WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "browser-test-password-1"
ENGLISH = {
    "Frivilligbørs": "Volunteer exchange",
    "Foreninger og frivillige mødes i Haderslev.": "Associations and volunteers meet in Haderslev.",
}


@pytest.fixture(scope="module")
def draft_translation(site, django_db_blocker):
    """A published Danish page with a started English translation (a draft), and the users.
    Committed (the live server reads it from its own connection)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import Locale
    from wagtail_localize.operations import translate_object

    from home.editorial import MODERATORS
    from home.models import HomePage, StandardPage

    with django_db_blocker.unblock():
        home = HomePage.objects.get(locale__language_code="da", depth=2)
        page = home.add_child(
            instance=StandardPage(
                title="Frivilligbørs", intro="Foreninger og frivillige mødes i Haderslev."
            )
        )
        page.save_revision().publish()
        english_locale = Locale.objects.get(language_code="en")
        translate_object(page, [english_locale])  # what "Translate this page" does
        english = page.get_translation(english_locale)
        users = {}
        for name, group in (("oversaetter", "Oversættere, engelsk"), ("godkender", MODERATORS)):
            user = get_user_model().objects.create_user(username=name, password=PASSWORD)
            user.groups.add(Group.objects.get(name=group))
            users[name] = user
        yield {"danish": page, "english": english}
        english.delete()
        page.delete()
        for user in users.values():
            user.delete()


def _log_in(page, base_url, username):
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/$"))


def _axe(page) -> list:
    return Axe().run(page, options=WCAG_A_AA).response["violations"]


def _expect_not_translated(open_page, path):
    page = open_page(path, WIDTHS["desktop"])
    heading = page.locator("h1").inner_text()
    assert heading == "This page is not translated"
    original = page.locator('main a[hreflang="da"]')
    assert original.inner_text() == "Frivilligbørs"
    assert original.get_attribute("href") == "/da/frivilligboers/"
    assert "Foreninger og frivillige" not in page.content()
    assert _axe(page) == []


def test_a_translator_translates_a_moderator_approves_and_the_english_page_goes_live(
    site, chromium, open_page, draft_translation
):
    english_path = "/en/frivilligboers/"
    _expect_not_translated(open_page, english_path)

    # The translator translates every segment in wagtail-localize's editor ...
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    _log_in(page, site.url, "oversaetter")
    page.goto(f"{site.url}/admin/pages/{draft_translation['english'].id}/edit/")
    segments = page.locator("section[id^='tab-']:not([hidden]) li.incomplete")
    segments.first.wait_for()
    while segments.count():
        segment = segments.first.element_handle()
        source = segment.query_selector("p").inner_text()
        segment.query_selector("button").click()
        segment.wait_for_selector("textarea").fill(ENGLISH[source])
        segment.query_selector_all("button")[-1].click()  # "Gem"
        page.wait_for_function("el => !el.classList.contains('incomplete')", arg=segment)
    # ... and sends it for review. Until a moderator approves, English readers get the notice.
    page.reload()
    submit = page.locator("[data-translation-review-submit]")
    assert submit.is_enabled()
    submit.click()
    page.wait_for_load_state("load")
    assert "sendt til godkendelse" in page.content()
    context.close()
    _expect_not_translated(open_page, english_path)

    # The moderator approves on the dashboard ("Afventer din godkendelse").
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    _log_in(page, site.url, "godkender")
    approve = page.locator(
        f"button[data-workflow-action-url*='/action/{draft_translation['english'].id}/approve/']"
    ).first
    page.locator(".w-dropdown", has=approve).locator(".w-dropdown__toggle").first.click()
    with page.expect_navigation():
        approve.click()  # "Godkend": approves and reloads the dashboard
    context.close()

    # The English page is live, in English, and passes axe.
    reader = open_page(english_path, WIDTHS["desktop"])
    assert reader.locator("h1").inner_text() == "Volunteer exchange"
    assert "Associations and volunteers meet in Haderslev." in reader.content()
    assert reader.locator("html").get_attribute("lang") == "en"
    assert _axe(reader) == []
