import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Revision, Site

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


LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def test_demo_site_is_complete_in_every_language():
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, m.HomePage)
    for page in Page.objects.filter(depth__gt=1).specific():
        for code in LANGUAGE_CODES:
            assert getattr(page, f"title_{code}"), (page, code)
            assert getattr(page, f"slug_{code}"), (page, code)
            assert getattr(page, f"intro_{code}"), (page, code)
            if hasattr(page, "body_fr") and not page.__class__.__name__.endswith("IndexPage"):
                assert len(getattr(page, f"body_{code}")), (page, code)
    assert m.SocialProgramPage.objects.count() >= 7
    assert m.ClimateProjectPage.objects.count() >= 4
    assert m.StoryPage.objects.count() >= 3
    for image in CustomImage.objects.all():
        for code in LANGUAGE_CODES:
            assert getattr(image, f"description_{code}"), (image, code)


def test_each_illustration_is_used_once():
    """The 13 illustrations each appear in one place only (page image, milestone or body
    image block; the share image of the site settings aside)."""
    uses = []
    for page in Page.objects.filter(depth__gt=1).specific():
        if page.image_id:
            uses.append(page.image_id)
        for block in getattr(page, "body_fr", None) or []:
            if block.block_type == "image":
                uses.append(block.value["image"].pk)
    uses += list(m.HistoryMilestone.objects.exclude(image=None).values_list("image", flat=True))
    assert CustomImage.objects.count() == 13
    assert sorted(uses) == sorted(set(uses))


def test_no_story_quotes_anyone_and_dates_keep_their_precision():
    """No source gives a quote or the day of these events (facts.md)."""
    for story in m.StoryPage.objects.all():
        for code in LANGUAGE_CODES:
            kinds = [block.block_type for block in getattr(story, f"body_{code}")]
            assert "quote" not in kinds, story
    assert set(m.StoryPage.objects.values_list("date_precision", flat=True)) <= {"year", "month"}


def test_figures_are_as_of_a_year_with_their_source():
    for figure in ImpactFigure.objects.all():
        assert figure.as_of_precision == "year", figure
        assert figure.as_of.year == 2025, figure
        assert "(2025)" in figure.source_fr, figure


def test_no_invented_coordinates():
    assert not Province.objects.exclude(latitude=None).exists()
    assert not m.ClimateProjectPage.objects.exclude(latitude=None).exists()


FRENCH_BREAKS = re.compile(r"\d \d{3}(?!\d)|[^\s>] [:;!?»]|« ")


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_french_pages_never_break_a_number_or_a_colon_onto_the_next_line(client, model):
    """French typography: "2 000" and "Source :" hold together with no-break spaces (a
    plain space let "2" end one line and "000 familles" start the next)."""
    with translation.override("fr"):
        url = demo_page(model).get_url()
    html = client.get(url).content.decode()
    # Code offered to copy (the embed snippets) is HTML and CSS, not French text.
    text = re.sub(r"<(script|style|textarea|code|pre)\b.*?</\1>|<[^>]+>", " ", html, flags=re.S)
    assert FRENCH_BREAKS.findall(text) == [], url
