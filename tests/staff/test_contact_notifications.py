"""Contact notifications go out from the worker, with retries and backoff; the admin shows
each request's delivery state and the dashboard shows an address that fails for good
(contact/notifications.py, manage.py send_contact_notifications)."""

import datetime
import smtplib

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from contact.models import ContactSubmission
from contact.notifications import (
    MAX_ATTEMPTS,
    ContactNotification,
    _claim,
    queue_notification,
    send_due_notifications,
)
from core.models import SiteSettings

pytestmark = pytest.mark.django_db

BACKENDS = "tests.staff.test_contact_notifications"


class ExplodingBackend:
    """Stands for a mail server that hangs: any use of it inside a request fails the test."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise AssertionError("email sent inside the request")


class DownBackend(ExplodingBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server down")


class RefusingBackend(ExplodingBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused(
            {"ventas@acopagro.invalid": (550, b"5.1.1 No such user")}
        )


@pytest.fixture
def site():
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    site_settings.contact_notification_email = "ventas@acopagro.invalid"
    site_settings.save()
    return site


def a_submission(name="Marie Dupont"):
    return ContactSubmission.objects.create(
        name=name,
        email="marie@example.org",
        country="Suisse",
        request_type="samples",
        message="2 kg d'échantillons.",
        language="fr",
    )


@override_settings(EMAIL_BACKEND=f"{BACKENDS}.ExplodingBackend")
def test_the_visitor_is_answered_without_touching_the_mail_server(client, site):
    response = client.post(
        "/fr/contact/",
        {
            "name": "Marie Dupont",
            "email": "marie@example.org",
            "country": "Suisse",
            "request_type": "samples",
            "message": "2 kg d'échantillons.",
            "leave_empty": "",
        },
    )
    assert response.status_code == 302
    notification = ContactSubmission.objects.get().notification
    assert notification.state == "pending"
    assert notification.recipient == "ventas@acopagro.invalid"


def test_failed_attempts_are_retried_later_and_later_then_marked_failed(site):
    notification = queue_notification(a_submission(), site)
    now = timezone.now()
    delays = []
    with override_settings(EMAIL_BACKEND=f"{BACKENDS}.DownBackend"):
        for _attempt in range(MAX_ATTEMPTS):
            assert send_due_notifications(now=now)
            notification.refresh_from_db()
            if notification.next_attempt_at:
                delays.append((notification.next_attempt_at - now).total_seconds())
                assert not send_due_notifications(now=now), "not due again at once"
                now = notification.next_attempt_at
    assert delays[:3] == [60, 120, 240]
    assert max(delays) <= 6 * 3600
    assert notification.state == "failed"
    assert notification.attempts == MAX_ATTEMPTS
    assert "SMTP server down" in notification.last_error


def test_a_retry_succeeds_once_the_mail_server_is_back(site):
    submission = a_submission()
    notification = queue_notification(submission, site)
    with override_settings(EMAIL_BACKEND=f"{BACKENDS}.DownBackend"):
        send_due_notifications()
    notification.refresh_from_db()
    later = notification.next_attempt_at + datetime.timedelta(seconds=1)
    send_due_notifications(now=later)
    notification.refresh_from_db()
    submission.refresh_from_db()
    assert notification.state == "sent" and submission.email_sent
    assert len(mail.outbox) == 1
    assert mail.outbox[0].reply_to == ["marie@example.org"]


@override_settings(EMAIL_BACKEND=f"{BACKENDS}.RefusingBackend")
def test_a_refused_address_fails_at_once_and_is_shown_to_staff(site, admin_client):
    notification = queue_notification(a_submission("Juan Pérez"), site)
    send_due_notifications()
    notification.refresh_from_db()
    assert notification.state == "failed" and notification.attempts == 1

    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "ventas@acopagro.invalid" in dashboard
    assert "Juan Pérez" in dashboard
    listing = admin_client.get(reverse("wagtailsnippets_contact_contactsubmission:list"))
    html = listing.content.decode()
    assert "No such user" in html


def test_without_an_address_the_failure_is_visible_at_once(site, admin_client):
    site_settings = SiteSettings.for_site(site)
    site_settings.contact_notification_email = ""
    site_settings.email = ""
    site_settings.save()
    notification = queue_notification(a_submission(), site)
    assert notification.state == "failed"
    assert "No notification address" in notification.last_error


def test_two_workers_never_send_the_same_notification(site):
    notification = queue_notification(a_submission(), site)
    now = timezone.now()
    assert _claim(notification, now) is True
    assert _claim(notification, now) is False  # the second worker read the same row


def test_the_command_sends_what_is_due(site):
    queue_notification(a_submission(), site)
    queue_notification(a_submission("Juan Pérez"), site)
    call_command("send_contact_notifications", verbosity=0)
    assert len(mail.outbox) == 2
    assert not ContactNotification.objects.exclude(state="sent").exists()


def test_the_list_shows_each_requests_delivery_state_without_a_query_per_row(site, admin_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("wagtailsnippets_contact_contactsubmission:list")

    def queries_for_the_list():
        admin_client.get(url)  # warm what is cached per process
        with CaptureQueriesContext(connection) as captured:
            html = admin_client.get(url).content.decode()
        return len(captured.captured_queries), html

    for number in range(2):
        queue_notification(a_submission(f"Buyer {number}"), site)
    few, _html = queries_for_the_list()
    for number in range(8):
        queue_notification(a_submission(f"Other buyer {number}"), site)
    many, html = queries_for_the_list()
    assert many == few
    assert "Other buyer 7" in html
