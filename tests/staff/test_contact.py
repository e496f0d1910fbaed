"""The buyers' contact form: valid messages are stored, emailed (by the worker,
contact/notifications.py) and exported; invalid and spam ones are refused with clear messages
in the visitor's language."""

import csv
import io

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

import languages
from contact.models import ContactPage, ContactSubmission
from contact.notifications import send_due_notifications
from contact.submissions import RequestType
from core.models import SiteSettings

pytestmark = pytest.mark.django_db

URLS = {"fr": "/fr/contact/", "es": "/es/contacto/"}
VALID = {
    "name": "Marie Dupont",
    "organisation": "Chocolaterie du Lac",
    "email": "marie@example.org",
    "country": "Suisse",
    "request_type": "samples",
    "message": "Nous aimerions recevoir 2 kg d'échantillons de cacao fin d'arôme.",
    "leave_empty": "",
}


@pytest.fixture(autouse=True)
def notification_address():
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_notification_email = "ventas@acopagro.invalid"
    site_settings.save()


class FailingEmailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server down")


@pytest.mark.parametrize("language", languages.codes())
def test_contact_page_shows_the_form_in_each_language(client, language):
    with translation.override(language):
        url = ContactPage.objects.get().get_url()
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html
    assert 'name="request_type"' in html and 'name="leave_empty"' in html
    with translation.override(language):
        assert str(RequestType.SAMPLES.label) in html


def test_a_valid_message_is_stored_emailed_and_thanked(client):
    response = client.post(URLS["es"], VALID, REMOTE_ADDR="203.0.113.1")
    assert response.status_code == 302
    assert response["Location"] == "/es/contacto/?sent=1"

    submission = ContactSubmission.objects.get()
    assert submission.name == "Marie Dupont" and submission.language == "es"
    assert submission.request_type == "samples" and not submission.email_sent
    assert not mail.outbox, "the visitor never waits for the mail server"

    send_due_notifications()
    submission.refresh_from_db()
    assert submission.email_sent
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["ventas@acopagro.invalid"]
    assert email.reply_to == ["marie@example.org"]
    assert "Marie Dupont" in email.subject and "Muestras de cacao" in email.subject
    assert "2 kg d'échantillons" in email.body

    thanks = client.get(response["Location"]).content.decode()
    assert "Gracias, su mensaje llegó a la cooperativa." in thanks
    assert 'name="message"' not in thanks


def test_without_a_notification_address_the_public_email_is_used(client):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_notification_email = ""
    site_settings.email = "info@acopagro.invalid"
    site_settings.save()
    client.post(URLS["fr"], VALID)
    send_due_notifications()
    assert mail.outbox[0].to == ["info@acopagro.invalid"]


@override_settings(EMAIL_BACKEND="tests.staff.test_contact.FailingEmailBackend")
def test_an_email_failure_never_loses_the_message(client):
    response = client.post(URLS["fr"], VALID)
    assert response.status_code == 302
    send_due_notifications()
    submission = ContactSubmission.objects.get()
    assert submission.message == VALID["message"]
    assert not submission.email_sent
    assert submission.notification.state == "retrying"


@pytest.mark.parametrize(
    ("language", "changes", "field", "message"),
    [
        ("fr", {"email": "pas-une-adresse"}, "email", "Saisissez une adresse e-mail comme"),
        ("es", {"email": "no-es-correo"}, "email", "Indique un correo electrónico válido, como"),
        ("fr", {"name": ""}, "name", "Veuillez indiquer votre nom."),
        ("es", {"message": ""}, "message", "Escriba su mensaje."),
        ("es", {"request_type": "bribe"}, "request_type", "Elija uno de los tipos de solicitud"),
    ],
)
def test_invalid_input_is_refused_with_a_clear_message_and_kept(
    client, language, changes, field, message
):
    response = client.post(URLS[language], {**VALID, **changes})
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'<html lang="{language}"' in html
    # What was typed is still there.
    assert 'value="Chocolaterie du Lac"' in html
    if field != "message":
        assert "2 kg d&#x27;échantillons" in html
    assert 'aria-invalid="true"' in html
    assert not ContactSubmission.objects.exists() and not mail.outbox


def test_the_honeypot_refuses_spam(client):
    response = client.post(URLS["fr"], {**VALID, "leave_empty": "http://spam.example"})
    assert response.status_code == 400
    assert "ressemble à un envoi automatique" in response.content.decode()
    assert not ContactSubmission.objects.exists() and not mail.outbox


@override_settings(CONTACT_RATE_LIMIT=2)
def test_one_address_cannot_send_more_than_the_rate_limit(client):
    for _attempt in range(2):
        assert client.post(URLS["es"], VALID, REMOTE_ADDR="198.51.100.7").status_code == 302
    refused = client.post(URLS["es"], VALID, REMOTE_ADDR="198.51.100.7")
    assert refused.status_code == 429
    assert "Ha enviado varios mensajes en poco tiempo" in refused.content.decode()
    assert 'value="Marie Dupont"' in refused.content.decode()
    assert ContactSubmission.objects.count() == 2
    # Another visitor is not affected.
    assert client.post(URLS["es"], VALID, REMOTE_ADDR="198.51.100.8").status_code == 302


def test_staff_read_and_export_the_messages_as_csv(client, editor):
    client.post(URLS["fr"], VALID)
    client.post(
        URLS["es"],
        {
            **VALID,
            "name": "Juan Pérez",
            "request_type": "volumes",
            "message": "Precios para 10 toneladas, por favor.",
        },
    )
    client.force_login(editor)
    listing = client.get(reverse("wagtailsnippets_contact_contactsubmission:list"))
    assert listing.status_code == 200
    assert "Juan Pérez" in listing.content.decode()

    export = client.get(
        reverse("wagtailsnippets_contact_contactsubmission:list"), {"export": "csv"}
    )
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    assert "attachment" in export["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 3
    assert {"Juan Pérez", "Marie Dupont"} <= {value for row in rows[1:] for value in row}
    assert any("Precios para 10 toneladas" in value for value in rows[1] + rows[2])


def test_staff_cannot_add_a_message_by_hand(client, editor):
    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_contact_contactsubmission:add"))
    assert response.status_code in (302, 403)


def test_anonymous_visitors_cannot_read_the_messages(client):
    response = client.get(reverse("wagtailsnippets_contact_contactsubmission:list"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_contact_page_is_in_the_menu_in_both_languages(client):
    assert 'href="/fr/contact/"' in client.get("/fr/").content.decode()
    assert 'href="/es/contacto/"' in client.get("/es/").content.decode()


def test_a_message_does_not_empty_the_page_cache(client):
    from serving.cache import current_generation

    before = current_generation()
    client.post(URLS["fr"], VALID)
    assert ContactSubmission.objects.exists()
    assert current_generation() == before
