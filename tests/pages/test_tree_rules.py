"""Editors can add each page type only where it belongs."""

import pytest
from wagtail.models import Page

from contact.models import ContactPage
from pages import models as m
from tests.factories import demo_page
from trade.models import BuyersIndexPage

pytestmark = pytest.mark.django_db

ALLOWED = {
    m.HomePage: {
        m.HistoryPage,
        m.CacaoQualityPage,
        m.SocialProgramIndexPage,
        m.ClimateProjectIndexPage,
        m.StoryIndexPage,
        ContactPage,
        m.ImpactPage,
        m.StandardPage,
        BuyersIndexPage,
    },
    m.HistoryPage: set(),
    m.ImpactPage: set(),
    m.CacaoQualityPage: set(),
    m.SocialProgramIndexPage: {m.SocialProgramPage},
    m.SocialProgramPage: set(),
    m.ClimateProjectIndexPage: {m.ClimateProjectPage},
    m.ClimateProjectPage: set(),
    m.StoryIndexPage: {m.StoryPage},
    m.StoryPage: set(),
    m.StandardPage: {m.StandardPage},
    ContactPage: set(),
}


@pytest.mark.parametrize("parent_model", list(ALLOWED), ids=lambda model: model.__name__)
def test_each_page_type_accepts_only_its_children(parent_model):
    assert set(parent_model.allowed_subpage_models()) == ALLOWED[parent_model]


def test_singletons_cannot_be_added_twice():
    home = demo_page(m.HomePage)
    for model in (
        m.HistoryPage,
        m.CacaoQualityPage,
        m.SocialProgramIndexPage,
        m.ClimateProjectIndexPage,
        m.StoryIndexPage,
        ContactPage,
        m.ImpactPage,
    ):
        assert model.objects.exists()
        assert not model.can_create_at(home), f"a second {model.__name__} could be added"
    assert not m.HomePage.can_create_at(Page.get_first_root_node())


def test_children_can_be_added_under_their_index_only():
    home = demo_page(m.HomePage)
    stories = demo_page(m.StoryIndexPage)
    programs = demo_page(m.SocialProgramIndexPage)
    assert m.StoryPage.can_create_at(stories)
    assert not m.StoryPage.can_create_at(home)
    assert not m.StoryPage.can_create_at(programs)
    assert m.SocialProgramPage.can_create_at(programs)
    assert not m.ClimateProjectPage.can_create_at(programs)
    assert m.StandardPage.can_create_at(home)
    assert m.StandardPage.can_create_at(demo_page(m.StandardPage))
    assert not m.StandardPage.can_create_at(stories)
