"""Only real pages enter the page cache: ?page= on the stories listing for pages that
exist, nothing else (serving/cache.py, StoryIndexPage.get_context)."""

import pytest
from django.test import override_settings

from pages import models as page_models
from serving.cache import HEADER
from tests.factories import demo_page, make_story

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


@pytest.fixture
def listing_url():
    """The stories listing, with more than one page of stories."""
    for number in range(page_models.STORIES_PER_PAGE + 1):
        make_story(title_fr=f"Histoire {number}", title_es=f"Historia {number}")
    return demo_page(page_models.StoryIndexPage).url


def test_existing_listing_pages_are_cached(client, listing_url):
    assert client.get(f"{listing_url}?page=1")[HEADER] == "MISS"
    assert client.get(f"{listing_url}?page=1")[HEADER] == "HIT"
    assert client.get(f"{listing_url}?page=2").status_code == 200


@pytest.mark.parametrize("junk", ["abc", "999", "0", "02", "-1", "1.0", "", "2&page=3"])
def test_junk_or_missing_listing_pages_are_404(client, listing_url, junk):
    response = client.get(f"{listing_url}?page={junk}")
    assert response.status_code == 404
    assert response.get(HEADER) is None


def test_page_on_a_page_without_pages_is_never_stored(client):
    history = demo_page(page_models.HistoryPage)
    for _ in range(2):
        response = client.get(f"{history.url}?page=7")
        assert response.status_code == 200
        assert response.get(HEADER) is None


@override_settings(PAGE_CACHE_MAX_VARIANTS=1)
def test_one_path_stores_at_most_the_capped_number_of_variants(client, listing_url):
    client.get(f"{listing_url}?page=1")
    assert client.get(f"{listing_url}?page=1")[HEADER] == "HIT"
    client.get(f"{listing_url}?page=2")
    assert client.get(f"{listing_url}?page=2").get(HEADER) != "HIT"
