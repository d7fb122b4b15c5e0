"""Every response carries the security headers; the reader-facing CSP allows no inline code."""

import pytest
from wagtail.fields import StreamField

from tests.home.admin_forms import page_form_data
from tests.initiatives.factories import PetalPageFactory


def _directives(header):
    return {
        part.strip().split(" ", 1)[0]: part.strip().split(" ", 1)[1:]
        for part in header.split(";")
        if part.strip()
    }


@pytest.fixture
def public_responses(client, home_page):
    petal = PetalPageFactory(parent=home_page)
    return {
        "home": client.get("/da/"),
        "petal": client.get(petal.url),
        "404": client.get("/da/findes-ikke/"),
        "static css": client.get("/static/css/site.css"),
    }


def test_public_responses_carry_every_security_header(public_responses):
    for name, response in public_responses.items():
        assert response["X-Content-Type-Options"] == "nosniff", name
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", name
        assert response["X-Frame-Options"] == "DENY", name
        assert "camera=()" in response["Permissions-Policy"], name
        assert "geolocation=()" in response["Permissions-Policy"], name
        assert "Content-Security-Policy" in response, name


def test_public_csp_allows_no_inline_code_and_no_framing(public_responses):
    for name, response in public_responses.items():
        header = response["Content-Security-Policy"]
        assert "unsafe-inline" not in header, name
        assert "unsafe-eval" not in header, name
        directives = _directives(header)
        assert directives["default-src"] == ["'self'"]
        assert directives["script-src"] == ["'self'"]  # no nonce unless a template used one
        assert directives["object-src"] == ["'none'"]
        assert directives["frame-ancestors"] == ["'none'"]


def test_admin_gets_a_relaxed_policy_scoped_to_admin(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    directives = _directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in directives["script-src"][0]
    assert directives["frame-ancestors"] == ["'self'"]  # page previews are framed by the admin
    assert "unsafe-eval" not in response["Content-Security-Policy"]


def test_page_preview_may_be_framed_by_the_admin_only(client, admin_user, home_page):
    client.force_login(admin_user)
    petal = PetalPageFactory(parent=home_page)
    response = client.get(f"/admin/pages/{petal.pk}/edit/preview/")
    assert response.status_code == 200, response.status_code
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert _directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]


def test_session_and_password_settings(settings):
    assert settings.SESSION_COOKIE_AGE <= 8 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert settings.SESSION_COOKIE_HTTPONLY and settings.CSRF_COOKIE_HTTPONLY
    validators = {v["NAME"].rsplit(".", 1)[-1]: v for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert validators["MinimumLengthValidator"]["OPTIONS"]["min_length"] >= 12
    assert {"CommonPasswordValidator", "UserAttributeSimilarityValidator"} <= validators.keys()


def test_the_preview_panel_may_frame_the_rendered_preview(client, admin_user, home_page):
    """The Checks and Preview panels frame the preview the editor's form produced. Wagtail
    renders it through the whole middleware chain for the page's public URL, which must not give
    it the public policy (frame-ancestors 'none'): that blanked both panels."""
    client.force_login(admin_user)
    petal = PetalPageFactory(parent=home_page)
    preview_url = f"/admin/pages/{petal.pk}/edit/preview/"
    edit = client.get(f"/admin/pages/{petal.pk}/edit/")
    data = page_form_data(edit.content.decode())
    # StreamFields are drawn by the editor's script; an empty one sends a count of 0.
    for field in petal._meta.get_fields():
        if isinstance(field, StreamField):
            data.setdefault(f"{field.name}-count", "0")
    posted = client.post(preview_url, data)
    assert posted.json()["is_valid"], posted.content

    response = client.get(preview_url, {"in_preview_panel": "true"})

    assert response.status_code == 200
    assert petal.title in response.content.decode()
    directives = _directives(response["Content-Security-Policy"])
    assert directives["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
