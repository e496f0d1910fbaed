"""Annual reports and certificates: uploaded as Wagtail documents by staff, linked from a
page body, served with safe headers."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model

from core.models import CustomImage
from tests.factories import make_story

pytestmark = pytest.mark.django_db
Document = get_document_model()


def make_document(title, filename, content):
    document = Document(title=title)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def test_a_page_links_to_a_document_in_each_language(client):
    report_fr = make_document("Rapport annuel 2025", "rapport-2025.pdf", b"%PDF-1.4 rapport")
    report_es = make_document("Informe anual 2025", "informe-2025.pdf", b"%PDF-1.4 informe")
    story = make_story(title_fr="Rapport publié", title_es="Informe publicado")
    story.body_fr = [
        ("paragraph", f'<p><a linktype="document" id="{report_fr.pk}">Rapport</a></p>')
    ]
    story.body_es = [
        ("paragraph", f'<p><a linktype="document" id="{report_es.pk}">Informe</a></p>')
    ]
    story.save_revision().publish()

    assert (
        f'href="{report_fr.url}"' in client.get("/fr/actualites/rapport-publie/").content.decode()
    )
    assert (
        f'href="{report_es.url}"' in client.get("/es/noticias/informe-publicado/").content.decode()
    )


def test_a_pdf_opens_in_the_browser_with_safe_headers(client):
    report = make_document("Rapport annuel 2025", "rapport-2025.pdf", b"%PDF-1.4 rapport")
    response = client.get(report.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert not response.get("Content-Disposition", "").startswith("attachment")


@pytest.mark.parametrize("filename", ["certificats.csv", "notes.txt", "rapport.docx"])
def test_other_documents_are_downloaded_not_displayed(client, filename):
    document = make_document("Pièce jointe", filename, b"<script>alert(1)</script>")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def upload(client, title, filename, content, content_type):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "file": SimpleUploadedFile(filename, content, content_type),
            "collection": CustomImage.objects.first().collection_id,
            "tags": "",
        },
    )


def test_an_editor_uploads_a_certificate(client, editor):
    client.force_login(editor)
    response = upload(
        client,
        "Certificat biologique 2025",
        "certificat.pdf",
        b"%PDF-1.4 certificat",
        "application/pdf",
    )
    assert response.status_code == 302
    assert Document.objects.filter(title="Certificat biologique 2025").exists()
