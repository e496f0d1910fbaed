"""News and stories, listed newest first."""

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.dates import DatePrecision, format_partial_date, partial_iso
from core.images import prefetch_page_images
from core.mixins import ImageMixin, IntroMixin
from serving.cache import accept_query

from ..blocks import BODY_HELP_TEXT, BodyStoryBlock
from .base import BasePage

STORIES_PER_PAGE = 9


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
        paginator = Paginator(stories, STORIES_PER_PAGE)
        numbers = request.GET.getlist("page")
        if not numbers:
            page_of_stories = paginator.page(1)
        else:
            # Only the pages that exist, written as the listing's own links write them:
            # anything else is a 404, so junk never fills the page cache (serving/cache.py).
            number = numbers[0]
            canonical = number.isdigit() and number == str(int(number))
            if len(numbers) > 1 or not canonical or not 1 <= int(number) <= paginator.num_pages:
                raise Http404
            page_of_stories = paginator.page(int(number))
            accept_query(request)
        prefetch_page_images(page_of_stories.object_list)
        context["stories"] = page_of_stories
        return context


class StoryPage(BasePage):
    template = "pages/story_page.html"
    parent_page_types = ["pages.StoryIndexPage"]
    subpage_types = []

    date = models.DateField(
        _("date"),
        help_text=_(
            "When it happened; stories are listed newest first. If only the year or the month "
            "is known, pick any day in it and set the precision."
        ),
    )
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("How much of the date is known: the site shows only that (2012, July 2012…)."),
    )
    body = StreamField(
        BodyStoryBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")]),
        *IntroMixin.intro_panels,
        *ImageMixin.image_panels,
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body"), index.FilterField("date")]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @property
    def date_display(self):
        """The story's date in the active language, as precise as it is known."""
        return format_partial_date(self.date, self.date_precision)

    @property
    def date_iso(self):
        """``2012``, ``2012-07`` or ``2012-07-20``, for ``<time datetime>``."""
        return partial_iso(self.date, self.date_precision)

    @classmethod
    def latest(cls, count):
        stories = cls.objects.live().public().defer_streamfields().order_by("-date", "-pk")[:count]
        return prefetch_page_images(stories)
