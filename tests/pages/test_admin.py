"""The admin add and edit views of every page type and snippet work for a superuser,
with both language fields present."""

import pytest
from django.urls import reverse
from django.utils import translation

import languages
from cooperative.models import Certification, Partner, Province
from core.models import CustomImage
from impact.models import ImpactFigure
from pages import models as m
from tests.factories import PAGE_MODELS, demo_page

pytestmark = pytest.mark.django_db


def assert_both_languages(html, *fields):
    """Each field is in the form once per configured language."""
    for field in fields:
        for language in languages.codes():
            name = f"{field}_{language}"
            # Plain inputs carry name=…; StreamFields are built by JavaScript from fieldName.
            assert f'name="{name}"' in html or f'"fieldName": "{name}"' in html, f"{name} missing"


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_page_edit_view_shows_both_languages(admin_client, model):
    page = demo_page(model)
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert_both_languages(html, "title", "slug", "seo_title", "search_description", "intro")
    if hasattr(model, "body"):
        assert_both_languages(html, "body")


@pytest.mark.parametrize(
    "model",
    [model for model in PAGE_MODELS if model is not m.HomePage],
    ids=lambda model: model.__name__,
)
def test_page_add_view_shows_both_languages(admin_client, model):
    if model.max_count == 1:
        # A singleton that exists cannot be added again: remove it (rolled back after the test).
        model.objects.all().delete()
    parent_model = next(
        parent for parent in PAGE_MODELS if model in parent.allowed_subpage_models()
    )
    parent = demo_page(parent_model)
    url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    response = admin_client.get(url)
    assert response.status_code == 200
    assert_both_languages(response.content.decode(), "title", "slug", "intro")


def test_history_milestones_are_edited_in_both_languages(admin_client):
    page = demo_page(m.HistoryPage)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'name="milestones-0-title_fr"' in html
    assert 'name="milestones-0-title_es"' in html
    assert 'name="milestones-0-text_es"' in html


SNIPPETS = [
    (ImpactFigure, ("label", "description", "source")),
    (Partner, ("description",)),
    (Certification, ("name", "description")),
]


@pytest.mark.parametrize(
    ("model", "fields"), SNIPPETS, ids=lambda value: getattr(value, "__name__", "")
)
def test_snippet_add_and_edit_views_show_both_languages(admin_client, model, fields):
    opts = model._meta
    add = admin_client.get(reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:add"))
    assert add.status_code == 200
    assert_both_languages(add.content.decode(), *fields)
    instance = model.objects.first()
    edit = admin_client.get(
        reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[instance.pk])
    )
    assert edit.status_code == 200
    assert_both_languages(edit.content.decode(), *fields)


def test_province_snippet_edit_view_renders(admin_client):
    province = Province.objects.first()
    response = admin_client.get(
        reverse("wagtailsnippets_cooperative_province:edit", args=[province.pk])
    )
    assert response.status_code == 200
    assert 'name="latitude"' in response.content.decode()


def test_image_edit_form_asks_for_alt_text_in_both_languages(admin_client):
    image = CustomImage.objects.first()
    response = admin_client.get(reverse("wagtailimages:edit", args=[image.pk]))
    assert response.status_code == 200
    assert_both_languages(response.content.decode(), "description")


def test_site_settings_edit_view_shows_both_languages(admin_client):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    response = admin_client.get(
        reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    )
    assert response.status_code == 200
    assert_both_languages(response.content.decode(), "address", "footer_text")


def test_editor_publishes_a_story_in_every_language_from_the_admin(admin_client, client):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    stories = demo_page(m.StoryIndexPage)
    url = reverse("wagtailadmin_pages:add", args=["pages", "storypage", stories.pk])
    fields = {
        "date": "2026-10-01",
        "date_precision": "day",
        "impact_figure_links": inline_formset([]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    for code in languages.codes():
        fields |= {
            f"title_{code}": f"Harvest {code}",
            f"slug_{code}": f"harvest-{code}",
            f"intro_{code}": f"The harvest begins ({code}).",
            f"body_{code}": streamfield([("paragraph", rich_text(f"<p>Body in {code}.</p>"))]),
        }
    response = admin_client.post(url, nested_form_data(fields))
    assert response.status_code == 302, (
        response.context["form"].errors if response.context else response
    )

    story = m.StoryPage.objects.get(
        **{f"slug_{languages.default()}": f"harvest-{languages.default()}"}
    )
    assert story.live
    for code in languages.codes():
        with translation.override(code):
            story_url, listing_url = story.get_url(), stories.get_url()
        assert story_url.endswith(f"/harvest-{code}/")
        html = client.get(story_url).content.decode()
        assert f"Body in {code}." in html
        assert f"Harvest {code}" in client.get(listing_url).content.decode()
