"""The page editor's Checks panel works and shows the LIX of the text being written, with the
Danish band and advice (home/readability.py, home/static/home/js/readability.js)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "browser-editor-password"  # noqa: S105


@pytest.fixture(scope="module")
def superuser(site, django_db_blocker):
    from django.contrib.auth import get_user_model

    with django_db_blocker.unblock():
        user, _created = get_user_model().objects.get_or_create(
            username="lix-editor", defaults={"is_superuser": True, "is_staff": True}
        )
        user.set_password(PASSWORD)
        user.save()
    return user


def test_checks_panel_shows_lix_band_and_advice(chromium, site, superuser, django_db_blocker):
    from initiatives.models import InitiativePage

    with django_db_blocker.unblock():
        page_id = InitiativePage.objects.filter(locale__language_code="da").first().pk

    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(site.url + "/admin/login/")
        page.fill("#id_username", superuser.username)
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(site.url + "/admin/")
        page.goto(f"{site.url}/admin/pages/{page_id}/edit/")
        page.click("[data-side-panel-toggle='checks']")

        score = page.locator("[data-content-readability-score]")
        page.wait_for_function(
            "() => document.querySelector('[data-content-readability-score]')"
            ".textContent.startsWith('LIX')",
            timeout=60_000,
        )
        text = score.inner_text()
        assert any(band in text for band in ("Meget let", "Let", "Middel", "Svær", "Meget svær"))
        advice = page.locator("[data-readability-advice]").inner_text()
        assert "Teksten er" in advice
    finally:
        context.close()
