"""Page models of the ACOPAGRO site, the snippets they use, and the image model.

One page tree serves both languages: every translatable field exists as ``*_fr`` and
``*_es`` (see translation.py). Templates read the plain field name and get the active
language, falling back to French; ``{% fallback_lang %}`` marks such text with lang="fr".
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page
from wagtail.search import index

from impact.models import ImpactFigure
from serving.cache import site_cached

from .blocks import BODY_HELP_TEXT, BodyStoryBlock
from .maps import map_context
from .mixins import ImageMixin, IntroMixin

STORIES_PER_PAGE = 9


# --- Images ----------------------------------------------------------------------------


class CustomImage(AbstractImage):
    """Wagtail's image with its description (the alt text) in both languages.

    A meaningful image needs its alternative text in French and Spanish (the admin form
    checks it, see pages/forms.py); a purely decorative one is marked as such and gets an
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
    ) + ("description_fr", "description_es", "is_decorative")

    @property
    def default_alt_text(self):
        if self.is_decorative:
            return ""
        return self.description or self.title


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def prefetch_page_images(pages):
    """Load the ``image`` of many (specific) pages in one query, renditions included."""
    pages = list(pages)
    image_ids = {page.image_id for page in pages if getattr(page, "image_id", None)}
    if image_ids:
        images = CustomImage.objects.filter(pk__in=image_ids).prefetch_renditions()
        by_id = {image.pk: image for image in images}
        for page in pages:
            if getattr(page, "image_id", None) in by_id:
                page.image = by_id[page.image_id]
    return pages


def with_logos(organisations):
    """Partners or certifications with their logos and renditions in two more queries."""
    return list(
        organisations.prefetch_related(
            models.Prefetch("logo", queryset=CustomImage.objects.prefetch_renditions())
        )
    )


# --- Snippets --------------------------------------------------------------------------


class Province(models.Model):
    """A province of San Martín where members farm (proper names, the same in fr and es)."""

    name = models.CharField(
        _("name"),
        max_length=80,
        unique=True,
        help_text=_("The province's name, written the same in French and Spanish."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Where to place the province on the map, e.g. -7.18."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("e.g. -76.73."),
    )

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])]

    class Meta:
        ordering = ["name"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self):
        return self.name


class Partner(index.Indexed, models.Model):
    name = models.CharField(
        _("name"),
        max_length=120,
        unique=True,
        help_text=_("The partner's own name, as it writes it."),
    )
    url = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The full address, starting with https://."),
    )
    logo = models.ForeignKey(
        CustomImage,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. A logo on a light background works best."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=500,
        help_text=_("What the partner does with the cooperative, in one or two sentences."),
    )

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("logo"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name


class Certification(index.Indexed, models.Model):
    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("The certification as buyers know it, e.g. Organic (EU), Fairtrade."),
    )
    year = models.PositiveSmallIntegerField(
        _("certified since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("The year the cooperative first obtained it, e.g. 2004."),
    )
    url = models.URLField(
        _("certifier's website"),
        blank=True,
        help_text=_("The full address, starting with https://."),
    )
    logo = models.ForeignKey(
        CustomImage,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. The certifier's seal."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=500,
        help_text=_("What the certification guarantees, in one or two sentences."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"),
        default=100,
        help_text=_("Smaller numbers are listed first."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("sort_order")]),
        FieldPanel("url"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name_fr"),
        index.SearchField("name_es"),
        index.AutocompleteField("name_fr"),
        index.AutocompleteField("name_es"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")

    def __str__(self):
        return self.name


# --- Site settings ---------------------------------------------------------------------

SOCIAL_HELP_TEXT = _(
    "The full address of the page, starting with https://. Leave empty to hide it."
)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The cooperative's contact details and defaults, edited under Settings in the admin.

    Templates read them as ``settings.pages.SiteSettings`` (context processor) so nothing
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


# --- Shared page parts -----------------------------------------------------------------


class PageImpactFigure(Orderable):
    """An impact figure chosen for a page (home band, program, project, quality page)."""

    page = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="impact_figure_links"
    )
    figure = models.ForeignKey(
        "impact.ImpactFigure", verbose_name=_("figure"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("figure")]

    class Meta(Orderable.Meta):
        verbose_name = _("impact figure")
        verbose_name_plural = _("impact figures")


class BasePage(IntroMixin, ImageMixin, Page):
    """Fields and behaviour every page of the site shares."""

    figures_panel = InlinePanel(
        "impact_figure_links",
        label=_("Impact figures"),
        max_num=8,
        help_text=_(
            "Figures shown on this page. Edit the numbers themselves under Impact figures."
        ),
    )

    search_fields = Page.search_fields + [index.SearchField("intro")]

    # The admin's preview shows the page in either language (one draft holds both).
    preview_modes = [("fr", _("French")), ("es", _("Spanish"))]

    class Meta:
        abstract = True

    def _first_filled(self, *field_names):
        """The first non-empty of ``field_names`` in the active language, else in French.

        modeltranslation would fall back field by field (a French SEO title before the
        Spanish title); a Spanish page should rather use its own title first.
        """
        for language in dict.fromkeys([translation.get_language(), settings.LANGUAGE_CODE]):
            for name in field_names:
                value = getattr(self, build_localized_fieldname(name, language), None)
                if value and value.strip():
                    return value.strip()
        return ""

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            # Render now: a lazy TemplateResponse would render after the override ends.
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
        response["Content-Language"] = language
        return response

    def route(self, request, path_components):
        """Find the child page by its slug in SQL, not by loading every child.

        wagtail-modeltranslation's route compares the active language's slug over all
        children in Python (../shared/STACK-NOTES.md, gotcha 9): with hundreds of stories
        each story view loaded them all. Here only children with that slug in some
        language are loaded; the comparison (with its French fallback) stays the same.
        """
        if not path_components:
            return super().route(request, path_components)
        child_slug, remaining = path_components[0], path_components[1:]
        any_language = Q()
        for code, _name in settings.LANGUAGES:
            any_language |= Q(**{build_localized_fieldname("slug", code): child_slug})
        for child in self.get_children().filter(any_language):
            if child.slug == child_slug:
                return child.specific.route(request, remaining)
        raise Http404

    @property
    def meta_title(self):
        """Title for search engines and shared links: SEO title, else the page title."""
        return self._first_filled("seo_title", "title") or self.title

    @property
    def meta_description(self):
        """Description for search engines: search description, else the introduction."""
        return self._first_filled("search_description", "intro")

    @cached_property
    def impact_figures(self):
        """The live figures chosen for this page, in the editor's order, in one query
        (a figure not yet published stays off the page until a moderator approves it)."""
        links = self.impact_figure_links.select_related("figure")
        return [link.figure for link in links if link.figure.live]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = (
            # Plain pages: breadcrumbs need titles and URLs only (one query, no specific()).
            list(self.get_ancestors().live().filter(depth__gt=1)) if self.depth > 2 else []
        )
        return context


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
        "pages.ContactPage",
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


class ClimateProjectPage(BasePage):
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
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Where to place the project on the map, e.g. -7.18."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("e.g. -76.73."),
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
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
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


class StoryIndexPage(BasePage):
    template = "pages/story_index_page.html"
    max_count = 1
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.StoryPage"]

    content_panels = Page.content_panels + [*IntroMixin.intro_panels, *ImageMixin.image_panels]

    class Meta:
        verbose_name = _("stories index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = (
            StoryPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-date", "-pk")
        )
        # get_page() turns a missing, malformed or too large ?page= into a valid page.
        page_of_stories = Paginator(stories, STORIES_PER_PAGE).get_page(request.GET.get("page"))
        prefetch_page_images(page_of_stories.object_list)
        context["stories"] = page_of_stories
        return context


class StoryPage(BasePage):
    template = "pages/story_page.html"
    parent_page_types = ["pages.StoryIndexPage"]
    subpage_types = []

    date = models.DateField(
        _("date"), help_text=_("The date shown on the story; stories are listed newest first.")
    )
    body = StreamField(
        BodyStoryBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        *IntroMixin.intro_panels,
        *ImageMixin.image_panels,
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body"), index.FilterField("date")]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @classmethod
    def latest(cls, count):
        stories = cls.objects.live().public().defer_streamfields().order_by("-date", "-pk")[:count]
        return prefetch_page_images(stories)


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


# The contact page and its messages, and the per-language edit tracking of the translation
# report, live in their own modules.
from .contact import ContactPage, ContactSubmission  # noqa: E402, F401
from .translation_status import LanguageEdit  # noqa: E402, F401
