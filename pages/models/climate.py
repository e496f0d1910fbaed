"""The climate and forest projects, with their partners and places on the map."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cooperative.models import Coordinates, Partner, Province, with_logos
from core.images import prefetch_page_images
from core.mixins import ImageMixin, IntroMixin

from ..blocks import BODY_HELP_TEXT, BodyStoryBlock
from ..maps import map_context
from .base import BasePage


class ClimateProjectIndexPage(BasePage):
    template = "pages/climate_project_index_page.html"
    max_count = 1
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ClimateProjectPage"]

    content_panels = Page.content_panels + [
        *IntroMixin.intro_panels,
        *ImageMixin.image_panels,
        BasePage.figures_panel,
    ]

    class Meta:
        verbose_name = _("climate projects index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = self.get_children().live().public().specific().defer_streamfields()
        context["projects"] = prefetch_page_images(projects)
        context["map"] = map_context(Province.objects.all(), context["projects"], request)
        context["partners"] = SimpleLazyObject(
            lambda: with_logos(
                Partner.objects.filter(
                    climateprojectpage__in=[project.pk for project in projects]
                ).distinct()
            )
        )
        return context


class ClimateProjectPage(Coordinates, BasePage):
    template = "pages/climate_project_page.html"
    parent_page_types = ["pages.ClimateProjectIndexPage"]
    subpage_types = []

    start_year = models.PositiveSmallIntegerField(
        _("start year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("e.g. 2008."),
    )
    carbon_standards = models.CharField(
        _("carbon standards"),
        max_length=120,
        blank=True,
        help_text=_("Standards the carbon credits are certified to, e.g. VCS, CCB."),
    )
    partners = ParentalManyToManyField(
        Partner,
        blank=True,
        verbose_name=_("partners"),
        help_text=_("Organisations that fund or run the project with the cooperative."),
    )
    provinces = ParentalManyToManyField(
        Province,
        blank=True,
        verbose_name=_("provinces"),
        help_text=_("Where the project takes place."),
    )
    body = StreamField(
        BodyStoryBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT
    )

    content_panels = Page.content_panels + [
        *IntroMixin.intro_panels,
        *ImageMixin.image_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("carbon_standards")]),
                FieldPanel("partners"),
                FieldPanel("provinces"),
                Coordinates.coordinates_panel,
            ],
            heading=_("Project facts"),
        ),
        FieldPanel("body"),
        BasePage.figures_panel,
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("climate project")
        verbose_name_plural = _("climate projects")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["provinces"] = list(self.provinces.all())
        # Lazy: only loaded when their cached fragment is rendered afresh.
        context["partners"] = SimpleLazyObject(lambda: with_logos(self.partners.all()))
        context["map"] = map_context(context["provinces"], [self], request)
        return context
