"""Uploads have size and type limits; documents are always downloaded with their real type,
never rendered or executed in the browser."""

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.forms import get_document_form
from wagtail.images.forms import get_image_form

from home.models import CustomDocument, CustomImage

HTML = b"<html><script>alert(document.cookie)</script></html>"


def _document(name, content):
    return wagtail_factories.DocumentFactory(file=ContentFile(content, name=name), title=name)


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("referat.pdf", b"%PDF-1.7\n...", "application/pdf"),
        ("oversigt.csv", b"navn;forening\n", "text/csv"),
        ("snydt.txt", HTML, "text/plain"),
    ],
)
def test_documents_download_as_attachments_with_their_real_type(
    client, db, name, content, content_type
):
    document = _document(name, content)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def _root_collection():
    from wagtail.models import Collection

    return Collection.get_first_root_node().pk


def test_a_real_pdf_is_accepted(db, admin_user):
    form = get_document_form(CustomDocument)(
        data={"title": "Referat", "collection": _root_collection()},
        files={"file": SimpleUploadedFile("referat.pdf", b"%PDF-1.7\n%...")},
        user=admin_user,
    )
    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("faktura.pdf", b"MZ\x90\x00 an executable", "Filen ligner ikke en rigtig .pdf-fil"),
        ("ansoegning.docx", HTML, "Filen ligner ikke en rigtig .docx-fil"),
        ("liste.csv", b"\x00\x01\x02binary", "Filen er ikke en tekstfil"),
        ("side.html", HTML, "html"),
        ("tegning.svg", b"<svg onload='alert(1)'/>", "svg"),
    ],
)
def test_disguised_or_dangerous_documents_are_refused_in_danish(
    db, admin_user, name, content, message
):
    form = get_document_form(CustomDocument)(
        data={"title": name, "collection": _root_collection()},
        files={"file": SimpleUploadedFile(name, content)},
        user=admin_user,
    )
    assert not form.is_valid()
    assert message in str(form.errors["file"])


def test_oversized_documents_are_refused(db, admin_user, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    form = get_document_form(CustomDocument)(
        data={"title": "Stor", "collection": _root_collection()},
        files={"file": SimpleUploadedFile("stor.pdf", b"%PDF-" + b"0" * 2048)},
        user=admin_user,
    )
    assert not form.is_valid()
    assert "file" in form.errors


def test_svg_images_are_refused_and_sizes_limited(db, admin_user, settings):
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 10 * 1024 * 1024
    form = get_image_form(CustomImage)(
        data={"title": "Tegning", "collection": _root_collection()},
        files={"file": SimpleUploadedFile("tegning.svg", b"<svg onload='alert(1)'/>")},
        user=admin_user,
    )
    assert not form.is_valid()
    assert "file" in form.errors


TRUNCATED_IMAGES = [
    ("kort.gif", b"GIF89a"),  # 6 bytes: the signature only
    ("kort.png", b"\x89PNG\r\n\x1a\n"),  # 8 bytes: the signature only
    ("kort.jpg", b"\xff\xd8\xff\xe0"),  # 4 bytes: a JPEG header
]
TRUNCATED_MESSAGE = "Billedet kan ikke læses"


@pytest.mark.parametrize(("name", "content"), TRUNCATED_IMAGES)
def test_a_truncated_image_is_a_danish_form_error_in_the_image_library(
    client, admin_user, name, content
):
    client.force_login(admin_user)
    client.raise_request_exception = False
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Kort",
            "description": "Et kort",
            "collection": _root_collection(),
            "file": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 200
    assert TRUNCATED_MESSAGE in response.content.decode()
    assert not CustomImage.objects.exists()


@pytest.mark.parametrize(("name", "content"), TRUNCATED_IMAGES)
def test_a_truncated_image_is_a_json_error_in_the_multiple_uploader(
    client, admin_user, name, content
):
    client.force_login(admin_user)
    client.raise_request_exception = False
    response = client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content)},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    answer = response.json()
    assert answer["success"] is False
    assert TRUNCATED_MESSAGE in answer["error_message"]
    assert not CustomImage.objects.exists()
