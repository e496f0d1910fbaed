"""Email notifications of contact requests, sent outside the request by a worker.

The contact page stores the message and queues its notification (``queue_notification``);
the visitor is answered at once, whatever the mail server does. ``manage.py
send_contact_notifications`` (run every minute from cron, like ``publish_scheduled``, or
with ``--every SECONDS`` as a service) sends what is due. A failed attempt is tried again
later, waiting twice as long each time (1, 2, 4 … minutes, at most 6 hours between two
attempts); after ``MAX_ATTEMPTS`` attempts, or at once when the server refuses the address
for good (an SMTP 5xx answer), the notification is marked failed. The admin's list of
contact requests shows each one's delivery state, and the dashboard warns staff while
notifications fail.

Two workers never send the same notification: each claims a notification by moving its
next attempt forward by ``CLAIM_SECONDS`` in one conditional UPDATE before sending it.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core.models import SiteSettings

from .submissions import ContactSubmission

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
FIRST_RETRY_SECONDS = 60
LONGEST_RETRY_SECONDS = 6 * 3600
# Longer than one attempt can take (EMAIL_TIMEOUT per SMTP step).
CLAIM_SECONDS = 300


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    RETRYING = "retrying", _("Failed, will be tried again")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed: answer from the admin")


class ContactNotification(models.Model):
    """The staff notification email of one contact request, and how its delivery went."""

    submission = models.OneToOneField(
        ContactSubmission,
        on_delete=models.CASCADE,
        related_name="notification",
        verbose_name=_("contact request"),
    )
    recipient = models.EmailField(_("sent to"), blank=True)
    state = models.CharField(
        _("notification"),
        max_length=10,
        choices=DeliveryState.choices,
        default=DeliveryState.PENDING,
        db_index=True,
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, db_index=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)

    # Never shown on a public page: saving one must not empty the page cache (serving/).
    page_cache_independent = True

    class Meta:
        verbose_name = _("contact notification")
        verbose_name_plural = _("contact notifications")

    def __str__(self):
        return f"{self.submission_id}: {self.get_state_display()}"


def notification_recipient(site):
    site_settings = SiteSettings.for_site(site)
    return site_settings.contact_notification_email or site_settings.email


def queue_notification(submission, site):
    """Queue the staff notification of ``submission`` (sent by the worker)."""
    recipient = notification_recipient(site) or ""
    notification = ContactNotification(
        submission=submission, recipient=recipient, next_attempt_at=timezone.now()
    )
    if not recipient:
        notification.state = DeliveryState.FAILED
        notification.next_attempt_at = None
        notification.last_error = "No notification address is set (Settings → Site settings)."
        logger.warning("Contact request %s stored; no notification address is set.", submission.pk)
    notification.save()
    return notification


def compose(notification):
    submission = notification.submission
    # The staff read the notification in the admin's language, whatever the buyer's.
    with translation.override(settings.WAGTAILADMIN_DEFAULT_LANGUAGE):
        admin_path = reverse(
            "wagtailsnippets_contact_contactsubmission:inspect", args=[submission.pk]
        )
        context = {
            "submission": submission,
            "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + admin_path,
        }
        subject = render_to_string("pages/contact_page_email_subject.txt", context).strip()
        body = render_to_string("pages/contact_page_email.txt", context)
    return EmailMessage(subject, body, to=[notification.recipient], reply_to=[submission.email])


def is_permanent(error):
    """The server refused the address for good (5xx for every recipient). Other failures
    (server down, timeout, wrong password) are tried again: staff may fix them."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _message in error.recipients.values()]
        return bool(codes) and all(500 <= code < 600 for code in codes)
    return False


def retry_delay(attempts):
    return min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), LONGEST_RETRY_SECONDS)


def _claim(notification, now):
    claimed = ContactNotification.objects.filter(
        pk=notification.pk, next_attempt_at=notification.next_attempt_at
    ).update(next_attempt_at=now + datetime.timedelta(seconds=CLAIM_SECONDS))
    return claimed == 1


def deliver(notification, now=None):
    """One attempt; returns the new state."""
    now = now or timezone.now()
    notification.attempts += 1
    try:
        compose(notification).send()
    except Exception as error:  # any backend failure: keep the message, try later
        notification.last_error = f"{error.__class__.__name__}: {error}"[:300]
        if is_permanent(error) or notification.attempts >= MAX_ATTEMPTS:
            notification.state = DeliveryState.FAILED
            notification.next_attempt_at = None
            logger.error(
                "Notification of contact request %s failed for good to %s: %s",
                notification.submission_id,
                notification.recipient,
                notification.last_error,
            )
        else:
            notification.state = DeliveryState.RETRYING
            delay = retry_delay(notification.attempts)
            notification.next_attempt_at = now + datetime.timedelta(seconds=delay)
            logger.warning(
                "Notification of contact request %s failed (attempt %d), retrying in %d s: %s",
                notification.submission_id,
                notification.attempts,
                delay,
                notification.last_error,
            )
    else:
        notification.state = DeliveryState.SENT
        notification.sent_at = now
        notification.next_attempt_at = None
        notification.last_error = ""
        ContactSubmission.objects.filter(pk=notification.submission_id).update(email_sent=True)
    notification.save()
    return notification.state


def due_notifications(now=None):
    now = now or timezone.now()
    return (
        ContactNotification.objects.filter(
            state__in=[DeliveryState.PENDING, DeliveryState.RETRYING], next_attempt_at__lte=now
        )
        .select_related("submission")
        .order_by("next_attempt_at", "pk")
    )


def send_due_notifications(limit=100, now=None):
    """Send what is due (at most ``limit``); returns {state: count}."""
    now = now or timezone.now()
    counts = {}
    for notification in due_notifications(now)[:limit]:
        if not _claim(notification, now):
            continue  # another worker has it
        state = deliver(notification, now)
        counts[state] = counts.get(state, 0) + 1
    return counts


def failing_notifications():
    """Notifications that failed for good and whose request is not answered yet."""
    return ContactNotification.objects.filter(state=DeliveryState.FAILED, submission__handled=False)
