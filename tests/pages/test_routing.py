"""Routing and slug checks find siblings in SQL (pages/routing.py), with the add-on's rules.

wagtail-modeltranslation replaces ``route`` on every page model at start-up and checks slug
uniqueness by loading every sibling; the site puts SQL lookups in their place. These tests
check what is really installed at run time, that the answers are the add-on's (compared
with its own functions on the same pages), and that what a story view or a slug check
loads does not grow with the number of stories (page instances counted, not only queries).
"""

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.test import RequestFactory, override_settings
from django.utils import translation
from django.utils.text import slugify
from wagtail.models import Page, get_page_models
from wagtail_modeltranslation import patch_wagtailadmin

from pages import routing
from pages.models import StoryIndexPage, StoryPage
from pages.routing import SLUG_IN_USE
from tests.counting import page_instances
from tests.factories import stories_in_bulk

pytestmark = pytest.mark.django_db

CODES = [code for code, _name in settings.LANGUAGES]
OTHER_CODES = [code for code in CODES if code != settings.LANGUAGE_CODE]


def new_story(name, **slugs):
    """A story with ``slug_<code>`` from ``slugs`` (None: left empty) or derived from name."""
    fields = {}
    for code in CODES:
        fields[f"title_{code}"] = f"{name} {code}"
        fields[f"slug_{code}"] = slugs.get(code, slugify(f"{name} {code}"))
    return StoryPage(title=fields[f"title_{CODES[0]}"], date="2026-02-01", **fields)


def add_story(name, **slugs):
    story = new_story(name, **slugs)
    StoryIndexPage.objects.get().add_child(instance=story)
    return story


def test_every_page_model_routes_and_checks_slugs_in_sql():
    """What runs is what counts: the add-on patches every model when it starts."""
    for model in [Page, *get_page_models()]:
        assert model.route is routing.route, model
    assert patch_wagtailadmin._validate_slugs is routing.slug_errors
    # The add-on's clean() looks the check up by name: it must still do so.
    assert "_validate_slugs" in StoryPage.clean.__code__.co_names


@pytest.mark.parametrize("code", CODES)
def test_a_story_is_found_by_its_slug_in_each_language(client, code):
    story = add_story("Routage")
    with translation.override(code):
        url = story.get_url()
    assert url.startswith(f"/{code}/")
    assert url.rstrip("/").endswith(getattr(story, f"slug_{code}"))
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["page"].pk == story.pk


@pytest.mark.parametrize("code", OTHER_CODES)
def test_an_empty_slug_falls_back_to_the_default_languages_slug(client, code):
    story = add_story("Repli", **{code: None})
    with translation.override(code):
        url = story.get_url()
    assert url.endswith(f"/{getattr(story, f'slug_{settings.LANGUAGE_CODE}')}/")
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["page"].pk == story.pk


def test_routing_gives_the_add_ons_answers():
    """Same child as the add-on's own route on tricky cases: fallbacks, a slug that is one
    sibling's Spanish slug and another's French one (the first in tree order wins), an
    unknown slug, a page that is not live."""
    first = add_story("Premier")
    second = add_story("Second", **{code: first.slug_fr for code in OTHER_CODES})
    fallback = add_story("Sans slug", **{code: None for code in OTHER_CODES})
    draft = add_story("Brouillon")
    draft.unpublish()
    index = StoryIndexPage.objects.get()
    request = RequestFactory().get("/")
    candidates = set()
    for story in (first, second, fallback, draft):
        story.refresh_from_db()
        candidates.update(getattr(story, f"slug_{code}") for code in CODES)
    candidates = sorted(slug for slug in candidates if slug) + ["nothing-here"]
    for code in CODES:
        with translation.override(code):
            for slug in candidates:
                assert _routed(patch_wagtailadmin._new_route, index, request, slug) == _routed(
                    routing.route, index, request, slug
                ), (code, slug)
    with translation.override(settings.LANGUAGE_CODE):
        assert _routed(routing.route, index, request, first.slug_fr) == first.pk
    for code in OTHER_CODES:
        with translation.override(code):
            assert _routed(routing.route, index, request, first.slug_fr) == second.pk
            assert _routed(routing.route, index, request, fallback.slug_fr) == fallback.pk
            assert _routed(routing.route, index, request, draft.slug_fr) == "Http404"


def _routed(route, parent, request, slug):
    try:
        return route(parent, request, [slug])[0].pk
    except Exception as error:  # Http404
        return type(error).__name__


@override_settings(PAGE_CACHE_ENABLED=False)
def test_a_story_view_loads_the_same_pages_whatever_the_number_of_stories(client):
    loaded = []
    for size in (15, 80):
        stories_in_bulk(size)
        story = StoryPage.objects.child_of(StoryIndexPage.objects.get()).order_by("-path")[0]
        for code in CODES:
            with translation.override(code):
                url = story.get_url()
            assert client.get(url).status_code == 200  # warms fragments and renditions
            with page_instances() as counted:
                response = client.get(url)
            assert response.status_code == 200
            loaded.append((counted.total, counted.by_model.get(StoryPage, 0)))
            assert counted.by_model.get(StoryPage, 0) <= 2, counted.by_model
    half = len(loaded) // 2
    assert loaded[:half] == loaded[half:]


# --- Slug uniqueness ------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_a_slug_taken_by_a_sibling_in_one_language_is_refused(code):
    taken = add_story("Existante")
    duplicate = new_story("Nouvelle", **{code: getattr(taken, f"slug_{code}")})
    with pytest.raises(ValidationError) as refused:
        StoryIndexPage.objects.get().add_child(instance=duplicate)
    assert set(refused.value.message_dict) >= {f"slug_{code}"}
    assert str(SLUG_IN_USE) in refused.value.message_dict[f"slug_{code}"]
    others = {f"slug_{other}" for other in CODES if other != code}
    assert not others & set(refused.value.message_dict)


@pytest.mark.parametrize("code", OTHER_CODES)
def test_an_empty_slug_clashes_through_its_fallback(code):
    """With no slug in ``code`` the story's slug there is its French one: a sibling's
    ``code`` slug equal to it is a clash in ``code``, as the add-on decides."""
    taken = add_story("Occupée")
    duplicate = add_story("Autre", **{code: None})
    duplicate.refresh_from_db()
    setattr(duplicate, f"slug_{settings.LANGUAGE_CODE}", getattr(taken, f"slug_{code}"))
    errors = as_text(routing.slug_errors(duplicate))
    assert errors == as_text(routing.ADDON_VALIDATE_SLUGS(duplicate))
    assert f"slug_{code}" in errors


def as_text(errors):
    return {key: str(message) for key, message in errors.items()}


def test_the_slug_check_gives_the_add_ons_answers():
    first = add_story("Un")
    add_story("Deux", **{code: first.slug_fr for code in OTHER_CODES})
    cases = [
        new_story("Trois"),
        new_story("Quatre", **{CODES[0]: first.slug_fr}),
        *(new_story("Cinq", **{code: first.slug_fr}) for code in OTHER_CODES),
        *(new_story("Six", **{code: None}) for code in OTHER_CODES),
    ]
    index = StoryIndexPage.objects.get()
    for page in cases:
        # Placed under the index as add_child does before it saves.
        page.depth, page.path = index.depth + 1, index.path + "ZZZZ"
        assert as_text(routing.slug_errors(page)) == as_text(routing.ADDON_VALIDATE_SLUGS(page))
    first.refresh_from_db()
    assert routing.slug_errors(first) == {}


def test_checking_a_slug_loads_the_same_pages_whatever_the_number_of_stories():
    loaded = []
    for size in (15, 80):
        stories_in_bulk(size)
        story = StoryPage.objects.child_of(StoryIndexPage.objects.get()).order_by("-path")[0]
        with page_instances() as counted:
            story.full_clean()
        loaded.append(counted.total)
    assert loaded[0] == loaded[1]
    assert loaded[0] <= 3
