from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from core.images import prefetch_page_images

from .base import BasePage
from .stories import StoryPage


class HomePage(BasePage):
    template = "pages/home_page.html"
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.HistoryPage",
        "pages.CacaoQualityPage",
        "pages.SocialProgramIndexPage",
        "pages.ClimateProjectIndexPage",
        "pages.StoryIndexPage",
        "contact.ContactPage",
        "pages.ImpactPage",
        "pages.StandardPage",
        "trade.BuyersIndexPage",  # the buyers' corner (trade app)
    ]

    hero_call_to_action = models.CharField(
        _("hero button label"),
        max_length=60,
        blank=True,
        help_text=_("e.g. Discover our cacao. Leads to the first section in the menu."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("intro"), FieldPanel("image"), FieldPanel("hero_call_to_action")],
            heading=_("Hero"),
        ),
        BasePage.figures_panel,
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Loaded only when the template renders them: the page's content is a cached
        # fragment ({% sitecache %}) until the site changes. Page objects are not cached
        # themselves: their images' prefetched renditions would be kept as they were.
        context["sections"] = SimpleLazyObject(self.sections)
        context["latest_stories"] = SimpleLazyObject(lambda: StoryPage.latest(3))
        return context

    def sections(self):
        children = self.get_children().live().public().in_menu().specific().defer_streamfields()
        return prefetch_page_images(children)
