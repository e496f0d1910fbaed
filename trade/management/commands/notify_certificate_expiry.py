"""Email the editors when a certificate expires in 60 days and again in 14 days.

Run it once a day from cron (see README); each warning goes once per certificate and
threshold (``Certificate.notified_days``), so running it more often sends nothing twice.
A certificate renewed with a new end date gets its warnings again.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from trade.models import EXPIRY_WARNING_DAYS, Certificate


def editor_emails():
    """Active superusers and members of the Editors and Moderators groups, with an email."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(Q(is_superuser=True) | Q(groups__name__in=["Editors", "Moderators"]))
    return sorted(set(users.values_list("email", flat=True)))


class Command(BaseCommand):
    help = "Email editors about certificates expiring in 60 and 14 days (once per threshold)."

    def handle(self, *args, **options):
        today = timezone.localdate()
        recipients = editor_emails()
        sent = 0
        for certificate in Certificate.objects.valid(today).select_related("certification"):
            days_left = (certificate.valid_until - today).days
            due = [
                days
                for days in EXPIRY_WARNING_DAYS
                if days_left <= days and days not in certificate.notified_days
            ]
            if not due:
                continue
            if recipients:
                self.send(certificate, days_left, recipients)
                sent += 1
            # Every threshold passed is marked: one email, even when the first run comes late.
            certificate.notified_days = sorted(set(certificate.notified_days) | set(due))
            Certificate.objects.filter(pk=certificate.pk).update(
                notified_days=certificate.notified_days
            )
        self.stdout.write(f"{sent} certificate expiry warning(s) sent.")

    def send(self, certificate, days_left, recipients):
        with translation.override(settings.WAGTAILADMIN_DEFAULT_LANGUAGE):
            context = {
                "certificate": certificate,
                "days_left": days_left,
                "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("wagtailsnippets_trade_certificate:edit", args=[certificate.pk]),
            }
            subject = render_to_string("trade/certificate_expiry_email_subject.txt", context)
            body = render_to_string("trade/certificate_expiry_email.txt", context)
        send_mail(subject.strip(), body, None, recipients)
