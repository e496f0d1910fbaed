"""A sample request from a lot's page: the contact form comes filled in, and the stored
request links to the lot."""

import pytest
from django.core import mail
from django.utils import translation

from contact.models import ContactPage, ContactSubmission, RequestType

from .factories import make_lot

pytestmark = pytest.mark.django_db


def contact_url(**query):
    from urllib.parse import urlencode

    return ContactPage.objects.live().get().url + ("?" + urlencode(query) if query else "")


def form_data(**changes):
    data = {
        "name": "Ana Buyer",
        "organisation": "Chocolate Co",
        "email": "ana@example.com",
        "country": "Belgium",
        "request_type": RequestType.SAMPLES,
        "message": "1 kg, please.",
        "leave_empty": "",
    }
    data.update(changes)
    return data


def test_link_fills_in_the_request_type_and_the_lot_code(client):
    html = client.get(contact_url(request_type="samples", lot="FORM-001")).content.decode()
    assert 'value="samples" ' in html and "checked" in html.split('value="samples"')[1][:40]
    assert 'value="FORM-001"' in html


def test_unknown_request_type_in_the_link_is_ignored(client):
    response = client.get(contact_url(request_type="<script>"))
    assert response.status_code == 200
    assert "checked" not in response.content.decode()


def test_sent_sample_request_is_stored_with_its_lot(client):
    from wagtail.models import Site

    from core.models import SiteSettings

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_notification_email = "sales@example.org"
    site_settings.save()
    lot = make_lot(code="FORM-002")
    response = client.post(contact_url(), form_data(lot_code="form-002"))
    assert response.status_code == 302
    submission = ContactSubmission.objects.get(email="ana@example.com")
    assert submission.lot == lot
    # The staff's email goes out from the notification worker (contact/notifications.py).
    from contact.notifications import send_due_notifications

    send_due_notifications()
    assert "FORM-002" in mail.outbox[-1].body


def test_unknown_lot_code_is_a_clear_error_and_nothing_is_stored(client):
    make_lot(code="DRAFT-009", publish=False)
    for code in ("NOPE-404", "DRAFT-009"):
        with translation.override("es"):
            response = client.post(contact_url(), form_data(lot_code=code))
        assert response.status_code == 200
        assert "lot_code" in response.context["form"].errors
    assert not ContactSubmission.objects.filter(email="ana@example.com").exists()


def test_a_message_without_lot_code_still_works(client):
    assert client.post(contact_url(), form_data(request_type="press")).status_code == 302
    assert ContactSubmission.objects.get(email="ana@example.com").lot is None
