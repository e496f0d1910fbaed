import re

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Revision, Site

import languages
from cooperative.models import Certification, Partner, Province
from core.models import CustomImage
from impact.models import ImpactFigure
from pages import models as m
from tests.factories import PAGE_MODELS, all_page_models, demo_page

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("pk", "title_fr", "title_es", "url_path_fr", "url_path_es")
        ),
        "revisions": Revision.objects.count(),
        "figures": sorted(ImpactFigure.objects.values_list("key", "value", "updated_at")),
        "images": CustomImage.objects.count(),
        "partners": Partner.objects.count(),
        "certifications": Certification.objects.count(),
        "provinces": Province.objects.count(),
        "sites": list(Site.objects.values_list("root_page_id", flat=True)),
    }


def test_the_demo_content_has_a_page_of_every_model():
    assert set(PAGE_MODELS) == set(all_page_models())
    for model in PAGE_MODELS:
        assert demo_page(model) is not None, f"the demo content has no {model.__name__}"


def test_loading_the_demo_content_twice_changes_nothing():
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before


def test_if_empty_leaves_an_edited_site_alone():
    story = m.StoryPage.objects.live().first()
    story.delete()
    call_command("load_demo_content", "--if-empty", verbosity=0)
    assert not m.StoryPage.objects.filter(pk=story.pk).exists()


@pytest.mark.parametrize("language", languages.codes())
def test_demo_site_is_complete_in_every_language(language):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, m.HomePage)
    for page in Page.objects.filter(depth__gt=1).specific():
        for field in ("title", "slug", "intro"):
            assert getattr(page, f"{field}_{language}"), (page, field)
        if hasattr(page, "body") and not page.__class__.__name__.endswith("IndexPage"):
            assert len(getattr(page, f"body_{language}")), page
    assert m.SocialProgramPage.objects.count() >= 7
    assert m.ClimateProjectPage.objects.count() >= 4
    assert m.StoryPage.objects.count() >= 3
    for image in CustomImage.objects.all():
        assert getattr(image, f"description_{language}"), image


FRENCH_BREAKS = re.compile(r"\d \d{3}(?!\d)|[^\s>] [:;!?»]|« ")


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_french_pages_never_break_a_number_or_a_colon_onto_the_next_line(client, model):
    """French typography: "2 000" and "Source :" hold together with no-break spaces (a
    plain space let "2" end one line and "000 familles" start the next)."""
    with translation.override("fr"):
        url = demo_page(model).get_url()
    html = client.get(url).content.decode()
    text = re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", html, flags=re.S)
    assert FRENCH_BREAKS.findall(text) == [], url
