"""RSS feeds of the stories, one per language."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from pages.models import StoryPage

from .helpers import SITE_URL, local

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE_URL


@pytest.mark.parametrize(
    ("language", "index_path"), [("fr", "/fr/actualites/"), ("es", "/es/noticias/")]
)
def test_feed_parses_and_lists_the_stories_in_its_language(client, language, index_path):
    response = client.get(f"/{language}/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == language
    assert channel.findtext("link") == SITE_URL + index_path
    stories = list(StoryPage.objects.live().public().order_by("-date", "-pk"))
    items = channel.findall("item")
    assert len(items) == len(stories) > 0
    for item, story in zip(items, stories, strict=True):
        with translation.override(language):
            assert item.findtext("title") == story.title
            assert item.findtext("link") == SITE_URL + story.get_url()
        assert item.findtext("pubDate")
        assert client.get(local(item.findtext("link"))).status_code == 200


def test_feed_text_is_escaped_xml(client):
    story = StoryPage.objects.live().order_by("-date").first()
    story.title_es = "Cacao & <chocolate>"
    story.save_revision().publish()
    channel = ET.fromstring(client.get("/es/feed/").content).find("channel")
    assert "Cacao & <chocolate>" in [item.findtext("title") for item in channel.findall("item")]
