"""The contact and sample-request page for buyers, and the messages it receives.

A message is stored and its staff notification queued; a worker emails it
(notifications.py), so a slow or failing mail server never delays the visitor nor loses
the message. Spam is kept out
without third-party services: a honeypot field that people never see, and a limit of
``settings.CONTACT_RATE_LIMIT`` messages per address and hour (limits.py).
"""

from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.mixins import ImageMixin, IntroMixin
from pages.blocks import BODY_HELP_TEXT, BodyStoryBlock
from pages.models import BasePage

from .forms import ContactForm
from .limits import count_message, rate_limited
from .notifications import ContactNotification, queue_notification
from .submissions import ContactSubmission, RequestType

__all__ = ["ContactNotification", "ContactPage", "ContactSubmission", "RequestType"]


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

    def serve(self, request, *args, **kwargs):
        status = 200
        form = ContactForm()
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
                # Emailed by the worker (notifications.py): the visitor never waits for the
                # mail server.
                queue_notification(submission, self.get_site())
                # Post/redirect/get: reloading the thank-you page sends nothing again.
                return HttpResponseRedirect(self.get_url(request) + "?sent=1")
        context = self.get_context(request, *args, **kwargs)
        context["form"] = form
        context["sent"] = request.method == "GET" and request.GET.get("sent") == "1"
        return TemplateResponse(request, self.get_template(request), context, status=status)
