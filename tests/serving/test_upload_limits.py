"""Uploads through the admin: bombs, SVG and oversized files get a form error, not a 500."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from core.models import CustomImage

pytestmark = pytest.mark.django_db

ADD_IMAGE_URL = "/admin/images/add/"
ADD_DOCUMENT_URL = "/admin/documents/add/"


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def decompression_bomb_png(width=50_000, height=50_000):
    """A few hundred bytes that claim 2.5 billion pixels (a tiny start of the image data)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    data = zlib.compress(b"\x00" * (width + 1) * 4, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", data)
        + png_chunk(b"IEND", b"")
    )


def small_png(size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "green").save(buffer, "PNG")
    return buffer.getvalue()


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'
)


def upload_image(admin_client, name, content, content_type):
    return admin_client.post(
        ADD_IMAGE_URL,
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "description_fr": "Texte alternatif",
            "description_es": "Texto alternativo",
        },
    )


def form_errors(response):
    form = response.context["form"]
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


def error_codes(response):
    form = response.context["form"]
    return {error.code for errors in form.errors.as_data().values() for error in errors}


def test_a_normal_image_is_accepted(admin_client):
    before = CustomImage.objects.count()
    response = upload_image(admin_client, "field.png", small_png(), "image/png")
    assert response.status_code == 302, form_errors(response)
    assert CustomImage.objects.count() == before + 1


def test_decompression_bomb_is_refused_with_a_clear_message(admin_client):
    before = CustomImage.objects.count()
    response = upload_image(admin_client, "bomb.png", decompression_bomb_png(), "image/png")
    assert response.status_code == 200
    assert error_codes(response) == {"file_too_many_pixels"}
    assert "40000000" in form_errors(response)  # the limit, in the editor's language
    assert CustomImage.objects.count() == before


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=1000)
def test_image_over_the_pixel_limit_is_refused(admin_client):
    response = upload_image(admin_client, "big.png", small_png((50, 50)), "image/png")
    assert response.status_code == 200
    assert "2500" in form_errors(response).replace(" ", "").replace(",", "").replace(".", "")


@pytest.mark.parametrize("name", ["logo.svg", "logo.png"])
def test_svg_is_refused_even_under_another_name(admin_client, name):
    before = CustomImage.objects.count()
    response = upload_image(admin_client, name, SVG, "image/svg+xml")
    assert response.status_code == 200
    assert form_errors(response)
    assert CustomImage.objects.count() == before


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=100)
def test_image_over_the_size_limit_is_refused(admin_client):
    response = upload_image(admin_client, "field.png", small_png((200, 200)), "image/png")
    assert response.status_code == 200
    assert "100" in form_errors(response)


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_document_over_the_size_limit_is_refused(admin_client):
    from wagtail.documents import get_document_model

    before = get_document_model().objects.count()
    response = admin_client.post(
        ADD_DOCUMENT_URL,
        {
            "title": "Rapport",
            "file": SimpleUploadedFile("rapport.pdf", b"%PDF-1.4\n" + b"0" * 4096),
        },
    )
    assert response.status_code == 200
    assert form_errors(response)
    assert get_document_model().objects.count() == before


def test_html_document_is_refused(admin_client):
    from wagtail.documents import get_document_model

    response = admin_client.post(
        ADD_DOCUMENT_URL,
        {"title": "Page", "file": SimpleUploadedFile("page.html", b"<script>alert(1)</script>")},
    )
    assert response.status_code == 200
    assert form_errors(response)
    assert not get_document_model().objects.filter(title="Page").exists()


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(small_png((400, 300))[:300], id="truncated"),
        pytest.param(small_png()[:40] + b"\x00garbage" * 40, id="corrupt"),
    ],
)
def test_a_damaged_image_gets_a_form_error_in_the_editors_language(admin_client, content):
    before = CustomImage.objects.count()
    # The admin speaks Spanish to an editor who has not chosen a language (settings).
    response = upload_image(admin_client, "field.png", content, "image/png")
    assert response.status_code == 200
    assert error_codes(response) == {"file_damaged"}
    assert "está dañado o incompleto" in form_errors(response)
    assert CustomImage.objects.count() == before


def test_a_truncated_image_is_refused_after_a_pdf_was_made(admin_client):
    """WeasyPrint turns on Pillow's LOAD_TRUNCATED_IMAGES when imported; making a PDF
    (profile, lot sheet) must not let a truncated upload through afterwards."""
    from core.pdf import html_to_pdf

    assert html_to_pdf("<p>ACOPAGRO</p>", "impact/profile.css").startswith(b"%PDF")
    response = upload_image(admin_client, "field.png", small_png((400, 300))[:300], "image/png")
    assert response.status_code == 200
    assert error_codes(response) == {"file_damaged"}
