"""What one change asks the CDN to purge (serving/cdn.py), with recording backends.

A backend that can purge everything is called once per commit; any other gets the URLs the
change touches (every language's URL of the page and its ancestors, the feeds and the
sitemap), in batches within its limit, and as many of them with 50 more stories.
"""

import pytest
from django.conf import settings
from django.db import transaction
from django.test import override_settings
from django.utils import translation
from wagtail.contrib.frontend_cache.backends import BaseBackend

from pages import models as page_models
from tests.factories import demo_page, home_page, make_figure, stories_in_bulk

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]

CALLS = []


class URLBackend(BaseBackend):
    """Like an HTTP PURGE proxy: URLs only, at most 4 per call."""

    purge_batch_size = 4

    def __init__(self, params):
        super().__init__(params)

    def purge(self, url):
        CALLS.append(("urls", [url]))

    def purge_batch(self, urls):
        assert len(urls) <= self.purge_batch_size
        CALLS.append(("urls", list(urls)))


class EverythingBackend(URLBackend):
    def purge_all(self):
        CALLS.append(("all", []))


class BrokenBackend(URLBackend):
    def purge_batch(self, urls):
        raise ConnectionError("CDN down")


def backend(name):
    return override_settings(
        WAGTAILFRONTENDCACHE={"test": {"BACKEND": f"tests.serving.test_cdn_purge.{name}"}}
    )


@pytest.fixture(autouse=True)
def _calls():
    CALLS.clear()
    yield
    CALLS.clear()


def purged_urls():
    return [url for kind, urls in CALLS if kind == "urls" for url in urls]


def every_language_url(page):
    urls = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls.add(page.get_full_url())
    return urls


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


@backend("EverythingBackend")
def test_a_cdn_that_can_purge_everything_is_called_once_per_publish(
    django_capture_on_commit_callbacks,
):
    publish(demo_page(page_models.StoryPage), django_capture_on_commit_callbacks)
    assert CALLS == [("all", [])]


@backend("URLBackend")
def test_a_publish_purges_the_story_its_listings_and_feeds_in_every_language(
    django_capture_on_commit_callbacks,
):
    story = demo_page(page_models.StoryPage)
    publish(story, django_capture_on_commit_callbacks)
    urls = purged_urls()
    assert len(urls) == len(set(urls)), "a URL purged twice"
    expected = (
        every_language_url(story)
        | every_language_url(story.get_parent())
        | every_language_url(home_page())
    )
    assert expected <= set(urls)
    for code, _name in settings.LANGUAGES:
        assert any(url.endswith(f"/{code}/feed/") for url in urls)
    assert any(url.endswith("/sitemap.xml") for url in urls)
    other_story = page_models.StoryPage.objects.live().exclude(pk=story.pk).first()
    assert not every_language_url(other_story) & set(urls)
    assert len(CALLS) > 1  # batches of at most 4 (asserted by the backend)


@backend("URLBackend")
def test_the_purge_of_a_publish_does_not_grow_with_the_site(django_capture_on_commit_callbacks):
    story = demo_page(page_models.StoryPage)
    publish(story, django_capture_on_commit_callbacks)
    before = len(purged_urls())
    CALLS.clear()
    stories_in_bulk(page_models.StoryPage.objects.count() + 50)
    publish(story, django_capture_on_commit_callbacks)
    assert len(purged_urls()) == before


@backend("URLBackend")
def test_a_change_shown_everywhere_purges_every_page(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_figure(key="purge-test")
    urls = set(purged_urls())
    for page in page_models.StoryPage.objects.live()[:3]:
        assert every_language_url(page) <= urls


@backend("URLBackend")
def test_nothing_is_purged_when_the_transaction_is_rolled_back(django_capture_on_commit_callbacks):
    story = demo_page(page_models.StoryPage)
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                story.save_revision().publish()
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
    assert CALLS == []


@backend("BrokenBackend")
def test_a_cdn_outage_does_not_break_publishing(django_capture_on_commit_callbacks, caplog):
    story = demo_page(page_models.StoryPage)
    publish(story, django_capture_on_commit_callbacks)
    story.refresh_from_db()
    assert story.live and not story.has_unpublished_changes
    assert "Frontend cache purge failed" in caplog.text
