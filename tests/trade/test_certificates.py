"""The certificate register: only valid certificates are public; editors are warned 60
and 14 days before one expires (once per threshold), on the dashboard and by email."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from trade.models import Certificate

from .factories import buyers_index, make_certificate, make_certification, make_product

pytestmark = pytest.mark.django_db


def days(number):
    return timezone.localdate() + datetime.timedelta(days=number)


def test_public_pages_show_valid_certificates_only(client):
    certification = make_certification("Organic test")
    valid = make_certificate(certification, certificate_id="VALID-1")
    make_certificate(certification, certificate_id="EXPIRED-1", valid_until=days(-1))
    make_certificate(
        certification, certificate_id="FUTURE-1", valid_from=days(5), valid_until=days(400)
    )
    product = make_product(certifications=[certification])
    for url in (buyers_index().url, product.url):
        html = client.get(url).content.decode()
        assert valid.certificate_id in html
        assert "EXPIRED-1" not in html and "FUTURE-1" not in html


def test_a_certificate_disappears_the_day_after_it_expires(client):
    certificate = make_certificate(valid_until=days(0))
    assert certificate in Certificate.objects.valid()
    assert certificate not in Certificate.objects.valid(today=days(1))


def test_end_before_start_is_refused():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        make_certificate(valid_from=days(10), valid_until=days(5))


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")


def test_expiry_emails_go_at_60_and_14_days_once_each(editor):
    certificate = make_certificate(valid_until=days(59), certificate_id="FLO-1")
    make_certificate(valid_until=days(200))  # far away: nothing
    call_command("notify_certificate_expiry", stdout=None)
    assert len(mail.outbox) == 1
    assert "FLO-1" in mail.outbox[0].body and mail.outbox[0].to == ["chief@example.org"]
    call_command("notify_certificate_expiry")
    assert len(mail.outbox) == 1  # the 60-day warning went already
    Certificate.objects.filter(pk=certificate.pk).update(valid_until=days(13))
    call_command("notify_certificate_expiry")
    assert len(mail.outbox) == 2
    call_command("notify_certificate_expiry")
    assert len(mail.outbox) == 2


def test_a_renewed_certificate_is_warned_again(editor):
    certificate = make_certificate(valid_until=days(10))
    call_command("notify_certificate_expiry")
    certificate.refresh_from_db()
    assert certificate.notified_days == [14, 60]  # one email for both thresholds passed
    assert len(mail.outbox) == 1
    certificate.valid_until = days(30)
    certificate.save()
    assert certificate.notified_days == []


def test_dashboard_lists_certificates_expiring_soon(admin_client):
    make_certificate(certificate_id="SOON-1", valid_until=days(20))
    make_certificate(certificate_id="LATER-1", valid_until=days(90))
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "SOON-1" in html and "LATER-1" not in html
