"""After a change of the site's generation, one visitor re-renders a page while the others
get its previous copy for PAGE_CACHE_STALE_SECONDS (serving/cache.py)."""

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory, override_settings

from serving.cache import HEADER, current_generation, new_generation, page_key

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


def lock_for(url, generation):
    return f"page-lock:{generation}:{page_key(RequestFactory().get(url))}"


def test_while_one_visitor_renders_the_others_get_the_previous_copy(
    client, django_assert_num_queries
):
    first = client.get("/fr/")
    assert first[HEADER] == "MISS"
    new_generation()
    # Another visitor is rendering the page of the new generation (holds the lock).
    assert cache.add(lock_for("/fr/", current_generation()), 1, 10)
    with django_assert_num_queries(0):
        response = Client().get("/fr/")
    assert response[HEADER] == "STALE"
    assert response.content == first.content


def test_the_first_visitor_after_a_change_renders_and_stores_the_page(client):
    client.get("/fr/")
    new_generation()
    assert client.get("/fr/")[HEADER] == "MISS"  # took the lock, rendered
    assert client.get("/fr/")[HEADER] == "HIT"


@override_settings(PAGE_CACHE_STALE_SECONDS=0)
def test_no_stale_copy_once_the_grace_period_is_over(client):
    client.get("/fr/")
    new_generation()
    assert cache.add(lock_for("/fr/", current_generation()), 1, 10)
    assert client.get("/fr/")[HEADER] == "MISS"
