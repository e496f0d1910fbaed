"""Abstract fields shared by page models; each mixin carries its own panels."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class IntroMixin(models.Model):
    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_(
            "Two or three sentences that open the page. Also used in listings and as the "
            "search engine description when none is set."
        ),
    )

    intro_panels = [FieldPanel("intro")]

    class Meta:
        abstract = True


class ImageMixin(models.Model):
    image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown at the top of the page and in listings. Give the image an alternative "
            "text in both languages in the image library."
        ),
    )

    image_panels = [FieldPanel("image")]

    class Meta:
        abstract = True
