"""The site's own image model and its settings: what every other app builds on."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from languages.fields import localized_names
from serving.cache import site_cached


class CustomImage(AbstractImage):
    """Wagtail's image with its description (the alt text) in every language.

    A meaningful image needs its alternative text in every language (the admin form
    checks it, see core/forms.py); a purely decorative one is marked as such and gets an
    empty ``alt``.
    """

    is_decorative = models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_(
            "Tick only if the image adds no information (an ornament or texture): it then "
            "needs no alternative text and screen readers skip it."
        ),
    )

    admin_form_fields = tuple(
        field for field in Image.admin_form_fields if field != "description"
    ) + (*localized_names("description"), "is_decorative")

    class Meta:
        # Wagtail's own names: without them the admin says "custom images".
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self):
        if self.is_decorative:
            return ""
        return self.description or self.title


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


# --- Site settings ---------------------------------------------------------------------

SOCIAL_HELP_TEXT = _(
    "The full address of the page, starting with https://. Leave empty to hide it."
)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The cooperative's contact details and defaults, edited under Settings in the admin.

    Templates read them as ``settings.core.SiteSettings`` (context processor) so nothing
    about the cooperative is hard-coded in a template.
    """

    address = models.TextField(
        _("postal address"),
        blank=True,
        max_length=400,
        help_text=_("Shown in the footer and on the contact page, one line per line."),
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("e.g. +51 42 000 000")
    )
    email = models.EmailField(
        _("public email address"),
        blank=True,
        help_text=_("Shown in the footer and on the contact page, e.g. info@example.org."),
    )
    contact_notification_email = models.EmailField(
        _("address notified of contact requests"),
        blank=True,
        help_text=_(
            "Each message sent through the contact page is emailed here (and kept under "
            "Contact requests). Leave empty to use the public email address."
        ),
    )
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences about the cooperative, shown in the footer."),
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True, help_text=SOCIAL_HELP_TEXT)
    instagram_url = models.URLField(_("Instagram account"), blank=True, help_text=SOCIAL_HELP_TEXT)
    youtube_url = models.URLField(_("YouTube channel"), blank=True, help_text=SOCIAL_HELP_TEXT)
    linkedin_url = models.URLField(_("LinkedIn page"), blank=True, help_text=SOCIAL_HELP_TEXT)
    default_share_image = models.ForeignKey(
        CustomImage,
        verbose_name=_("default share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Used when a shared page has no image of its own (1200 × 630 works best)."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("contact_notification_email"),
            ],
            heading=_("Contact details"),
        ),
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("linkedin_url"),
            ],
            heading=_("Social networks"),
        ),
        FieldPanel("default_share_image"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """The settings of the request's site, kept until the site changes (serving/cache.py)."""
        parent = super().for_request
        return site_cached(request, "site-settings", lambda: parent(request))

    @property
    def social_links(self):
        """(network name, URL) for each network that has a URL."""
        networks = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(name, url) for name, url in networks if url]
