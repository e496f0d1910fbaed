"""Creating and publishing a story costs the same whatever the number of stories.

Measured with a CDN configured (a recording backend that takes URLs only, so that the purge
list is built) and the commit callbacks run: SQL queries and page instances loaded, at two
numbers of stories.
"""

import itertools

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from pages.models import StoryIndexPage
from tests.counting import page_instances
from tests.factories import stories_in_bulk
from tests.pages.test_routing import new_story

pytestmark = pytest.mark.django_db

numbers = itertools.count()


@override_settings(
    WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.serving.test_cdn_purge.URLBackend"}}
)
def test_creating_and_publishing_a_story_do_not_grow_with_the_site(
    django_capture_on_commit_callbacks,
):
    # Once unmeasured: the first creation fills per-process caches (content types…).
    warm_up = new_story(f"Mesure {next(numbers)}")
    StoryIndexPage.objects.get().add_child(instance=warm_up)
    warm_up.save_revision().publish()
    costs = []
    for size in (15, 90):
        stories_in_bulk(size)
        story = new_story(f"Mesure {next(numbers)}")
        with CaptureQueriesContext(connection) as created:
            with django_capture_on_commit_callbacks(execute=True):
                StoryIndexPage.objects.get().add_child(instance=story)
        story.intro_fr = "Une introduction changée."
        with CaptureQueriesContext(connection) as published, page_instances() as loaded:
            with django_capture_on_commit_callbacks(execute=True):
                story.save_revision().publish()
        costs.append((len(created), len(published), loaded.total))
    assert costs[0] == costs[1]
    created_queries, published_queries, instances = costs[0]
    assert published_queries <= 110
    assert instances <= 25
