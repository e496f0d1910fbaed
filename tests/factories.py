"""Plain helpers that build pages and figures for tests (one place, used everywhere)."""

import datetime
from decimal import Decimal

from django.utils.text import slugify
from wagtail.models import Page, get_page_models

from contact.models import ContactPage
from impact.models import ImpactFigure
from pages import models as page_models


def demo_page(model):
    """The demo content's (first) live page of this type."""
    return model.objects.live().order_by("path").first()


def home_page():
    return page_models.HomePage.objects.get()


def make_figure(key="test-figure", value="1234567", unit="trees", is_minimum=False, **fields):
    figure = ImpactFigure(
        key=key,
        value=Decimal(value),
        unit=unit,
        is_minimum=is_minimum,
        category=fields.pop("category", ImpactFigure.Category.FOREST),
        as_of=fields.pop("as_of", datetime.date(2025, 6, 30)),
        label_fr=fields.pop("label_fr", "arbres de test"),
        label_es=fields.pop("label_es", "árboles de prueba"),
        source_fr=fields.pop("source_fr", "Source de test"),
        source_es=fields.pop("source_es", "Fuente de prueba"),
        **fields,
    )
    figure.full_clean()
    figure.save()
    return figure


def figure_form_data(figure, action=None, **changes):
    """The admin form of ``figure`` as it is posted, with ``changes``; ``action`` is
    ``publish``, ``submit`` or None (save a draft)."""
    data = {
        "key": figure.key,
        "value": str(figure.value),
        "unit": figure.unit,
        "category": figure.category,
        "sort_order": figure.sort_order,
        "label_fr": figure.label_fr,
        "label_es": figure.label_es,
        "description_fr": figure.description_fr or "",
        "description_es": figure.description_es or "",
        "source_fr": figure.source_fr,
        "source_es": figure.source_es,
        "source_url": figure.source_url,
        "as_of": figure.as_of.isoformat(),
        "as_of_precision": figure.as_of_precision,
    }
    if figure.is_minimum:
        data["is_minimum"] = "on"
    data.update(changes)
    if action:
        data[f"action-{action}"] = action
    return {key: value for key, value in data.items() if value is not None}


def make_story(
    title_fr="Une histoire de test", title_es="Una historia de prueba", date=None, **fields
):
    index = page_models.StoryIndexPage.objects.get()
    story = page_models.StoryPage(
        title=title_fr,
        title_fr=title_fr,
        title_es=title_es,
        slug_fr=slugify(title_fr),
        slug_es=slugify(title_es),
        date=date or datetime.date(2026, 1, 15),
        intro_fr=fields.pop("intro_fr", "Introduction en français."),
        intro_es=fields.pop("intro_es", "Introducción en español."),
        **fields,
    )
    index.add_child(instance=story)
    return story


# Which parent each page type is created under in the tests (see test_tree_rules).
PAGE_MODELS = [
    page_models.HomePage,
    page_models.HistoryPage,
    page_models.CacaoQualityPage,
    page_models.SocialProgramIndexPage,
    page_models.SocialProgramPage,
    page_models.ClimateProjectIndexPage,
    page_models.ClimateProjectPage,
    page_models.StoryIndexPage,
    page_models.StoryPage,
    ContactPage,
    page_models.ImpactPage,
    page_models.StandardPage,
]


def all_page_models():
    """Every concrete page model of the project (so a new one cannot be forgotten)."""
    return [model for model in get_page_models() if model is not Page]
