"""The messages buyers send through the contact page, stored whether or not the staff's
email went (a model of this app: ``contact.models`` imports it)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class RequestType(models.TextChoices):
    SAMPLES = "samples", _("Cacao samples")
    VOLUMES_PRICES = "volumes", _("Volumes and prices")
    PARTNERSHIP = "partnership", _("Partnership")
    PRESS = "press", _("Press")
    OTHER = "other", _("Something else")


class ContactSubmission(models.Model):
    """A message sent through the contact page (stored whether or not the email went)."""

    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    name = models.CharField(_("name"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    email = models.EmailField(_("email address"))
    country = models.CharField(_("country"), max_length=80)
    request_type = models.CharField(
        _("type of request"), max_length=20, choices=RequestType.choices
    )
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    email_sent = models.BooleanField(
        _("notification sent"),
        default=False,
        help_text=_("Unticked when the notification email could not be sent: answer from here."),
    )
    handled = models.BooleanField(
        _("answered"), default=False, help_text=_("Tick once someone has answered this message.")
    )
    lot = models.ForeignKey(
        "trade.Lot",
        verbose_name=_("lot"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sample_requests",
        help_text=_("The lot a sample request is about (from the lot's page)."),
    )
    staff_notes = models.TextField(
        _("internal notes"),
        blank=True,
        help_text=_("Who answers, what was sent (samples, price list…). Never shown on the site."),
    )

    panels = [FieldPanel("handled"), FieldPanel("staff_notes")]
    # Never shown on a public page: saving one must not empty the page cache (serving/).
    page_cache_independent = True

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact request")
        verbose_name_plural = _("contact requests")

    def __str__(self):
        organisation = f" ({self.organisation})" if self.organisation else ""
        return f"{self.name}{organisation} – {self.get_request_type_display()}"
