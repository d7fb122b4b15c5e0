"""The editors' experience: a Danish admin, a Danish label and help text on every field, required
alternative text for images, and explorer listings in a sensible order."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse
from django.utils.functional import Promise
from PIL import Image as PILImage
from wagtail.admin.panels import get_edit_handler
from wagtail.images import get_image_model
from wagtail.models import Page, UploadedFile, get_page_models

from home.editorial import EDITORS
from home.models import Contact
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory

# Fields Wagtail defines on every page (title, slug, SEO title, go-live date, ...): they come
# with Wagtail's own Danish labels and help texts.
WAGTAIL_PAGE_FIELDS = {field.name for field in Page._meta.get_fields()}


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user(
        username="eva", email="eva@example.org", password="x"
    )
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


# --- Danish admin ------------------------------------------------------------------------------


def test_a_new_users_admin_is_danish_whatever_the_browser_asks_for(editor, client):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert '<html lang="da"' in html
    assert "Log ud" in html and "Log out" not in html
    assert editor.wagtail_userprofile.preferred_language == "da"


def test_a_user_may_still_choose_another_admin_language(editor, client):
    profile = editor.wagtail_userprofile
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '<html lang="en"' in html and "Log out" in html


# --- Labels and help texts ---------------------------------------------------------------------


def _field_panels(bound_panel):
    """Every bound field panel in an edit handler, including those in inline panels."""
    if getattr(bound_panel, "bound_field", None) is not None:
        yield bound_panel
    for child in getattr(bound_panel, "children", []) or []:
        yield from _field_panels(child)
    empty_child = getattr(bound_panel, "empty_child", None)
    if empty_child is not None:
        yield from _field_panels(empty_child)


def _bound_edit_handler(handler, instance, user):
    request = RequestFactory().get("/")
    request.user = user
    form = handler.get_form_class()(instance=instance, for_user=user)
    return handler.get_bound_panel(instance=instance, request=request, form=form)


def _unlabelled_fields(model, handler, user):
    problems = []
    for panel in _field_panels(_bound_edit_handler(handler, model(), user)):
        form_model = panel.form._meta.model
        name = panel.field_name
        if issubclass(form_model, Page) and name in WAGTAIL_PAGE_FIELDS:
            continue
        db_field = form_model._meta.get_field(name)
        where = f"{form_model._meta.label}.{name}"
        # An explicit `verbose_name=_("...")` is a lazy translation; Django's default (the
        # field's name) is a plain string.
        if not isinstance(db_field.verbose_name, Promise):
            problems.append(f"{where}: no translatable Danish verbose_name")
        if not isinstance(panel.heading, (str, Promise)) or not str(panel.heading).strip():
            problems.append(f"{where}: no label")
        if not isinstance(panel.help_text, Promise) or not str(panel.help_text).strip():
            problems.append(f"{where}: no translatable help text")
    return problems


def test_every_page_field_has_a_danish_label_and_help_text(db, admin_user):
    problems = []
    for model in get_page_models():
        if model is not Page:
            problems += _unlabelled_fields(model, model.get_edit_handler(), admin_user)
    assert not problems, "\n".join(problems)


def test_every_contact_field_has_a_danish_label_and_help_text(db, admin_user):
    assert not _unlabelled_fields(Contact, get_edit_handler(Contact), admin_user)


# --- Alternative text --------------------------------------------------------------------------


def _png(name="foto.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "green").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_an_image_without_alt_text_is_refused_with_a_danish_message(editor, client):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailimages:add"), {"title": "Frivillige", "file": _png(), "description": ""}
    )
    assert response.status_code == 200
    assert "Skriv en alternativ tekst" in response.content.decode()
    assert not get_image_model().objects.exists()

    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Frivillige", "file": _png(), "description": "Frivillige planter træer"},
    )
    assert response.status_code == 302
    assert get_image_model().objects.get().description == "Frivillige planter træer"


def test_the_multiple_uploader_holds_an_image_back_until_it_has_alt_text(editor, client):
    client.force_login(editor)
    response = client.post(reverse("wagtailimages:add_multiple"), {"files[]": _png()})
    assert response.json()["success"]
    assert not get_image_model().objects.exists(), "not an image yet: it needs alt text"
    upload = UploadedFile.objects.get()
    edit_url = reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload.id])
    prefix = f"uploaded-image-{upload.id}"
    response = client.post(edit_url, {f"{prefix}-title": "Frivillige", f"{prefix}-description": ""})
    assert not response.json()["success"]
    response = client.post(
        edit_url,
        {f"{prefix}-title": "Frivillige", f"{prefix}-description": "Frivillige ved Dyrehaven"},
    )
    assert response.json()["success"]
    assert get_image_model().objects.get().description == "Frivillige ved Dyrehaven"


# --- Explorer order ----------------------------------------------------------------------------


def _explorer_titles(client, parent, titles, **params):
    html = client.get(reverse("wagtailadmin_explore", args=[parent.id]), params).content.decode()
    positions = {title: html.index(title) for title in titles}
    return sorted(titles, key=positions.get)


def test_petals_and_initiatives_are_listed_in_the_policys_order(home_page, editor, client):
    petals = [PetalPageFactory(parent=home_page, title=f"Kronblad {n}") for n in "ABC"]
    initiatives = [InitiativePageFactory(parent=petals[0], title=f"Indsats {n}") for n in "ABC"]
    # The first of each was edited last: Wagtail's default order would put it first.
    petals[0].save_revision()
    initiatives[0].save_revision()
    client.force_login(editor)
    titles = [p.title for p in petals]
    assert _explorer_titles(client, home_page, titles) == titles
    titles = [p.title for p in initiatives]
    assert _explorer_titles(client, petals[0], titles) == titles


# Events and funding pools are listed by date: tests/initiatives/test_admin_ordering.py.
