"""The pages that present the cooperative: its history, its cacao, its impact figures, and
plain pages (about, legal notice)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cooperative.models import Certification, Province, with_logos
from core.images import prefetch_page_images
from core.mixins import ImageMixin, IntroMixin
from core.models import CustomImage
from impact.models import ImpactFigure

from ..blocks import BODY_HELP_TEXT, BodyStoryBlock
from ..maps import map_context
from .base import BasePage


class HistoryPage(BasePage):
    template = "pages/history_page.html"
    max_count = 1
    parent_page_types = ["pages.HomePage"]
    subpage_types = []

    body = StreamField(
        BodyStoryBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT
    )

    content_panels = Page.content_panels + [
        *IntroMixin.intro_panels,
        *ImageMixin.image_panels,
        InlinePanel("milestones", label=_("Timeline milestones"), min_num=1),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("history page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        milestones = self.milestones.all()
        context["milestones"] = prefetch_page_images(milestones)
        return context


class HistoryMilestone(Orderable):
    page = ParentalKey(HistoryPage, on_delete=models.CASCADE, related_name="milestones")
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("Milestones are shown in the order of this list; give each its year."),
    )
    title = models.CharField(
        _("title"),
        max_length=120,
        help_text=_("A few words, e.g. The first organic harvest."),
    )
    text = models.TextField(
        _("text"),
        max_length=800,
        help_text=_("What happened that year, in a few sentences."),
    )
    image = models.ForeignKey(
        CustomImage,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional."),
    )

    panels = [FieldPanel("year"), FieldPanel("title"), FieldPanel("text"), FieldPanel("image")]

    class Meta(Orderable.Meta):
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")


class CacaoQualityPage(BasePage):
    template = "pages/cacao_quality_page.html"
    max_count = 1
    parent_page_types = ["pages.HomePage"]
    subpage_types = []

    body = StreamField(
        BodyStoryBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT
    )
    certifications = ParentalManyToManyField(
        Certification,
        blank=True,
        verbose_name=_("certifications"),
        help_text=_("The certifications listed on this page (edit them under Cooperative)."),
    )
    provinces = ParentalManyToManyField(
        Province,
        blank=True,
        verbose_name=_("provinces of origin"),
        help_text=_("Where the cacao described here is grown."),
    )

    content_panels = Page.content_panels + [
        *IntroMixin.intro_panels,
        *ImageMixin.image_panels,
        FieldPanel("body"),
        BasePage.figures_panel,
        FieldPanel("certifications"),
        FieldPanel("provinces"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("cacao quality page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: only loaded when their cached fragment is rendered afresh.
        context["certifications"] = SimpleLazyObject(lambda: with_logos(self.certifications.all()))
        context["map"] = map_context(provinces=self.provinces.all())
        return context


class ImpactPage(BasePage):
    """Every impact figure of the cooperative, grouped by category, with its source."""

    template = "pages/impact_page.html"
    max_count = 1
    parent_page_types = ["pages.HomePage"]
    subpage_types = []

    content_panels = Page.content_panels + [*IntroMixin.intro_panels, *ImageMixin.image_panels]

    class Meta:
        verbose_name = _("impact page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["figure_groups"] = ImpactFigure.grouped_by_category()
        return context


class StandardPage(BasePage):
    template = "pages/standard_page.html"
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    body = StreamField(
        BodyStoryBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT
    )

    content_panels = Page.content_panels + [
        *IntroMixin.intro_panels,
        *ImageMixin.image_panels,
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
