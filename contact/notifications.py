"""The staff's email about a new contact request."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.models import SiteSettings

from .submissions import ContactSubmission

logger = logging.getLogger(__name__)


def notification_recipient(site):
    site_settings = SiteSettings.for_site(site)
    return site_settings.contact_notification_email or site_settings.email


def notify_staff(submission, request, recipient):
    """Email the staff about ``submission``; True when it went. Never raises."""
    if not recipient:
        logger.warning("Contact request %s stored; no notification address is set.", submission.pk)
        return False
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
    message = EmailMessage(subject, body, to=[recipient], reply_to=[submission.email])
    try:
        message.send()
    except Exception:  # any backend failure: the message is stored, say so in the log
        logger.exception("Contact request %s stored; its notification email failed.", submission.pk)
        return False
    ContactSubmission.objects.filter(pk=submission.pk).update(email_sent=True)
    submission.email_sent = True
    return True
