"""The contact and sample-request page for buyers, and the messages it receives.

A message is stored first and notified by email second: an email failure (server down,
wrong password) is logged and marked on the message, never loses it. Spam is kept out
without third-party services: a honeypot field that people never see, and a limit of
``settings.CONTACT_RATE_LIMIT`` messages per IP address and hour (Django's cache).
"""

import logging

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import models
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from serving.client_ip import client_ip

from .blocks import BODY_HELP_TEXT, BodyStoryBlock
from .mixins import ImageMixin, IntroMixin
from .models import BasePage, SiteSettings

logger = logging.getLogger(__name__)

RATE_LIMIT_WINDOW = 3600  # seconds: CONTACT_RATE_LIMIT counts messages per hour


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


class ContactForm(forms.ModelForm):
    # Filled in by the "request a sample of this lot" button of a lot's page.
    lot_code = forms.CharField(
        label=_("Lot code"),
        required=False,
        max_length=40,
        help_text=_("Optional. The code of the lot you would like a sample of."),
    )
    # The honeypot: hidden from people (and screen readers) by the template, filled by bots.
    leave_empty = forms.CharField(label=_("Leave this field empty"), required=False)

    class Meta:
        model = ContactSubmission
        fields = ["name", "organisation", "email", "country", "request_type", "message"]
        labels = {
            "name": _("Your name"),
            "organisation": _("Company or organisation"),
            "email": _("Your email address"),
            "country": _("Country"),
            "request_type": _("What is your request about?"),
            "message": _("Your message"),
        }
        help_texts = {
            "organisation": _("Optional."),
            "email": _("We answer at this address, e.g. name@example.com."),
            "message": _(
                "For samples or prices, tell us the quantity, the quality you are looking for "
                "and the delivery port."
            ),
        }
        widgets = {
            "request_type": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 8}),
        }
        error_messages = {
            "name": {"required": _("Please enter your name.")},
            "email": {
                "required": _("Please enter your email address so that we can answer."),
                "invalid": _("Enter an email address like name@example.com."),
            },
            "country": {"required": _("Please tell us your country.")},
            "request_type": {
                "required": _("Please choose what your request is about."),
                "invalid_choice": _("Please choose one of the listed types of request."),
            },
            "message": {"required": _("Please write your message.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["request_type"].choices = RequestType.choices
        autocomplete = {
            "name": "name",
            "organisation": "organization",
            "email": "email",
            "country": "country-name",
            "leave_empty": "off",
        }
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value
        self.fields["leave_empty"].widget.attrs["tabindex"] = "-1"

    def clean_lot_code(self):
        code = self.cleaned_data["lot_code"].strip().upper()
        if not code:
            return ""
        lot_model = ContactSubmission._meta.get_field("lot").related_model
        self.lot = lot_model.objects.filter(live=True, code=code).first()
        if self.lot is None:
            raise forms.ValidationError(
                _("No lot on offer has this code. Check it, or leave the field empty.")
            )
        return code

    def save(self, commit=True):
        self.instance.lot = getattr(self, "lot", None)
        return super().save(commit)

    def full_clean(self):
        super().full_clean()
        # Screen readers read a field's error with the field (its help text stays too).
        for name in self.errors:
            if name in self.fields and not isinstance(self.fields[name].widget, forms.RadioSelect):
                ids = [f"{self[name].auto_id}_helptext"] if self.fields[name].help_text else []
                ids.append(f"{self[name].auto_id}_error")
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix("leave_empty"), "").strip())


def rate_limited(request):
    """True once this address has sent CONTACT_RATE_LIMIT messages in the last hour."""
    return cache.get(_rate_key(request), 0) >= settings.CONTACT_RATE_LIMIT


def count_message(request):
    key = _rate_key(request)
    cache.add(key, 0, RATE_LIMIT_WINDOW)
    try:
        cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, RATE_LIMIT_WINDOW)


def _rate_key(request):
    return f"contact-rate:{client_ip(request)}"


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
            "wagtailsnippets_pages_contactsubmission:inspect", args=[submission.pk]
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


class ContactPage(BasePage):
    """The contact page: the cooperative's details and the buyers' form."""

    template = "pages/contact_page.html"
    max_count = 1
    parent_page_types = ["pages.HomePage"]
    subpage_types = []

    form_intro = models.TextField(
        _("text above the form"),
        blank=True,
        max_length=600,
        help_text=_(
            "e.g. who answers and how soon. The form's labels are translated with the site."
        ),
    )
    thank_you_text = models.TextField(
        _("thank-you text"),
        max_length=600,
        help_text=_("Shown instead of the form once a message is sent."),
    )
    body = StreamField(
        BodyStoryBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT
    )

    content_panels = Page.content_panels + [
        *IntroMixin.intro_panels,
        *ImageMixin.image_panels,
        MultiFieldPanel(
            [FieldPanel("form_intro"), FieldPanel("thank_you_text")],
            heading=_("Contact form"),
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("contact page")

    @staticmethod
    def initial_from_link(request):
        """What a link may fill in: ``?request_type=samples&lot=<code>`` (a lot's page)."""
        initial = {}
        if request.GET.get("request_type") in RequestType.values:
            initial["request_type"] = request.GET["request_type"]
        if request.GET.get("lot"):
            initial["lot_code"] = request.GET["lot"][:40]
        return initial

    def serve(self, request, *args, **kwargs):
        status = 200
        form = ContactForm(initial=self.initial_from_link(request))
        if request.method == "POST":
            form = ContactForm(request.POST)
            if rate_limited(request):
                form.add_error(
                    None,
                    _(
                        "You have sent several messages in a short time. Please try again in "
                        "an hour, or write to us by email."
                    ),
                )
                status = 429
            elif form.is_spam:
                count_message(request)
                form.add_error(
                    None,
                    _(
                        "Your message was not sent: it looks like an automatic submission. "
                        "Please leave the last field empty."
                    ),
                )
                status = 400
            elif form.is_valid():
                count_message(request)
                submission = form.save(commit=False)
                submission.language = translation.get_language()
                submission.save()
                notify_staff(submission, request, notification_recipient(self.get_site()))
                # Post/redirect/get: reloading the thank-you page sends nothing again.
                return HttpResponseRedirect(self.get_url(request) + "?sent=1")
        context = self.get_context(request, *args, **kwargs)
        context["form"] = form
        context["sent"] = request.method == "GET" and request.GET.get("sent") == "1"
        return TemplateResponse(request, self.get_template(request), context, status=status)
