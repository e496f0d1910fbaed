"""Every page type renders in a small, constant number of SQL queries.

Measured with the page cache off (what a visitor costs when the page is not cached) at 10
stories and again at 200 stories with many programs, projects and figures: the counts must
not grow with the content.
"""

import datetime
import itertools

import pytest
from django.db import connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.text import slugify

import languages
from contact.models import ContactPage
from cooperative.models import Partner
from core.models import CustomImage
from pages import models as page_models
from pages.models import PageImpactFigure
from tests.factories import PAGE_MODELS, demo_page, home_page, make_figure

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

# Upper bounds per page type, with the navigation already cached (the usual case): the
# counts measured at 10 and at 200 stories (the same at both sizes) plus 2.
MEASURED = {
    page_models.HomePage: 4,
    page_models.HistoryPage: 10,
    page_models.CacaoQualityPage: 8,
    page_models.SocialProgramIndexPage: 12,
    page_models.SocialProgramPage: 9,
    page_models.ClimateProjectIndexPage: 13,
    page_models.ClimateProjectPage: 10,
    page_models.StoryIndexPage: 12,
    page_models.StoryPage: 9,
    ContactPage: 7,
    page_models.ImpactPage: 8,
    page_models.StandardPage: 7,
}
# Page types without a measurement of their own (the buyers' corner) get 16.
BUDGET = {model: 16 for model in PAGE_MODELS} | {
    model: count + 2 for model, count in MEASURED.items()
}
# The first render after a site change also builds the navigation it keeps (the home
# page's sections load each section's specific type; the buyers' section added one).
COLD_BUDGET = 34

counter = itertools.count()


@pytest.fixture
def page_cache_off():
    with override_settings(PAGE_CACHE_ENABLED=False):
        yield


def add_child(parent, model, **fields):
    number = next(counter)
    title_fr, title_es = f"Page de test {number}", f"Página de prueba {number}"
    page = model(
        title=title_fr,
        title_fr=title_fr,
        title_es=title_es,
        slug_fr=slugify(title_fr),
        slug_es=slugify(title_es),
        intro_fr="Introduction.",
        intro_es="Introducción.",
        image=CustomImage.objects.order_by("?").first(),
        **fields,
    )
    parent.add_child(instance=page)
    return page


def grow_content(stories, programs=0, projects=0, figures=0):
    story_index = page_models.StoryIndexPage.objects.get()
    existing = page_models.StoryPage.objects.count()
    for day in range(max(0, stories - existing)):
        add_child(
            story_index,
            page_models.StoryPage,
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=day),
        )
    program_index = page_models.SocialProgramIndexPage.objects.get()
    for _ in range(programs):
        add_child(program_index, page_models.SocialProgramPage)
    project_index = page_models.ClimateProjectIndexPage.objects.get()
    partners = list(Partner.objects.all())
    for _ in range(projects):
        project = add_child(project_index, page_models.ClimateProjectPage)
        project.partners.set(partners)
        project.save()
    home = home_page()
    new_figures = [make_figure(key=f"budget-figure-{next(counter)}") for _ in range(figures)]
    for figure in new_figures[:4]:
        PageImpactFigure.objects.create(page=home, figure=figure)


def query_counts(client):
    """{(model, language): (queries on a cold navigation cache, queries warm)}."""
    counts = {}
    for model in PAGE_MODELS:
        page = demo_page(model)
        for language in languages.codes():
            with translation.override(language):
                url = page.get_url()
            from serving.cache import new_generation

            new_generation()
            with CaptureQueriesContext(connection) as cold:
                assert client.get(url).status_code == 200
            with CaptureQueriesContext(connection) as warm:
                assert client.get(url).status_code == 200
            counts[(model, language)] = (len(cold), len(warm))
    return counts


def assert_within_budget(counts):
    for (model, language), (cold, warm) in counts.items():
        name = model.__name__
        assert warm <= BUDGET[model], f"{name} ({language}): {warm} queries"
        assert cold <= COLD_BUDGET, f"{name} ({language}), cold: {cold} queries"


@pytest.fixture(scope="module")
def grown_site(django_db_setup, django_db_blocker):
    """The content of this module's tests, built once: the query counts at 10 stories,
    then the site grown to 200 stories with many programs, projects and figures. Built in a
    transaction that stays open for the module's tests (each rolls back to it) and is
    rolled back after them."""
    from django.core.cache import cache
    from django.test import Client

    with django_db_blocker.unblock(), override_settings(PAGE_CACHE_ENABLED=False):
        with transaction.atomic():
            cache.clear()
            grow_content(stories=10)
            # What a process does once (content types, site root paths…) is not a page's
            # cost: render every page once before counting.
            query_counts(Client())
            small = query_counts(Client())
            grow_content(stories=200, programs=30, projects=30, figures=40)
            yield small
            transaction.set_rollback(True)


def test_query_counts_are_small_and_do_not_grow_with_content(client, grown_site):
    small = grown_site
    assert_within_budget(small)

    assert page_models.StoryPage.objects.count() >= 200
    large = query_counts(client)
    assert_within_budget(large)
    # Warm counts are exactly the same; cold ones may differ by what the small test cache
    # (LocMemCache, 300 entries) evicted, and stay within COLD_BUDGET.
    assert {key: warm for key, (_cold, warm) in large.items()} == {
        key: warm for key, (_cold, warm) in small.items()
    }


def test_home_page_stays_within_its_budget(client, grown_site, django_assert_max_num_queries):
    client.get("/fr/")
    with django_assert_max_num_queries(BUDGET[page_models.HomePage]):
        assert client.get("/fr/").status_code == 200
    client.get("/es/")
    with django_assert_max_num_queries(BUDGET[page_models.HomePage]):
        assert client.get("/es/").status_code == 200


def test_story_at_the_end_of_a_long_listing_stays_within_budget(
    client, grown_site, django_assert_max_num_queries
):
    story = page_models.StoryPage.objects.order_by("date").first()
    url = story.get_url()
    client.get(url)
    with django_assert_max_num_queries(BUDGET[page_models.StoryPage]):
        assert client.get(url).status_code == 200
    listing = page_models.StoryIndexPage.objects.get().get_url()
    client.get(listing + "?page=20")
    with django_assert_max_num_queries(BUDGET[page_models.StoryIndexPage]):
        assert client.get(listing + "?page=20").status_code == 200
