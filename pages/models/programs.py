"""The social programs financed by the fair-trade premiums."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.images import prefetch_page_images
from core.mixins import ImageMixin, IntroMixin

from ..blocks import BODY_HELP_TEXT, BodyStoryBlock
from .base import BasePage


class SocialProgramIndexPage(BasePage):
    template = "pages/social_program_index_page.html"
    max_count = 1
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.SocialProgramPage"]

    content_panels = Page.content_panels + [*IntroMixin.intro_panels, *ImageMixin.image_panels]

    class Meta:
        verbose_name = _("social programs index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        programs = self.get_children().live().public().specific().defer_streamfields()
        context["programs"] = prefetch_page_images(programs)
        return context


class SocialProgramPage(BasePage):
    template = "pages/social_program_page.html"
    parent_page_types = ["pages.SocialProgramIndexPage"]
    subpage_types = []

    body = StreamField(
        BodyStoryBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT
    )

    content_panels = Page.content_panels + [
        *IntroMixin.intro_panels,
        *ImageMixin.image_panels,
        FieldPanel("body"),
        BasePage.figures_panel,
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("social program")
        verbose_name_plural = _("social programs")
