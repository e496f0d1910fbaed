"""RSS 2.0 feed of the latest stories, one per language (/fr/feed/, /es/feed/)."""

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.translation import gettext

from languages.paths import page_path
from pages.models import StoryIndexPage, StoryPage

from .seo import absolute

FEED_LENGTH = 20


class StoryFeed(Feed):
    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.language = translation.get_language()  # an attribute only, for Django
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return gettext("ACOPAGRO news")

    def description(self):
        return gettext("Stories from the ACOPAGRO cacao cooperative, San Martín, Peru.")

    def link(self):
        index = StoryIndexPage.objects.live().public().first()
        path = page_path(index, translation.get_language()) if index else None
        return absolute(path or f"/{translation.get_language()}/")

    def feed_url(self):
        return absolute(self.request.path)

    def items(self):
        return list(
            StoryPage.objects.live()
            .public()
            .defer_streamfields()
            .order_by("-date", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, story):
        return story.title

    def item_description(self, story):
        return story.meta_description

    def item_link(self, story):
        return absolute(page_path(story, translation.get_language()))

    def item_guid(self, story):
        return self.item_link(story)

    def item_pubdate(self, story):
        # When the story appeared on the site: RSS needs a full date and time, which the
        # event's own date (often a month or a year) may not give.
        return story.first_published_at or story.last_published_at

    def item_updateddate(self, story):
        return story.last_published_at
