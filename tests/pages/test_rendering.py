"""Every page type renders in French and in Spanish, in the right language."""

import datetime
import re

import pytest
from django.utils import translation
from django.utils.html import escape
from django.utils.http import urlencode
from wagtail.rich_text import RichText

import languages
from core.models import SiteSettings
from pages import models as page_models
from tests.factories import PAGE_MODELS, demo_page, make_story

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def html_lang(response):
    match = re.search(r'<html lang="([a-z-]+)"', response.content.decode())
    return match and match.group(1)


@pytest.mark.parametrize("language", languages.codes())
def test_each_language_has_its_own_slugs(client, minimal_site, language):
    history = minimal_site.history
    own_slug = getattr(history, f"slug_{language}")
    assert url_in(history, language) == f"/{language}/{own_slug}/"
    assert client.get(f"/{language}/{own_slug}/").status_code == 200
    # A slug of another language does not leak into this one.
    for other in languages.others(language):
        assert client.get(f"/{language}/{getattr(history, f'slug_{other}')}/").status_code == 404


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda m: m.__name__)
def test_switcher_links_to_the_same_page_in_the_other_languages(client, model):
    page = demo_page(model)
    for language in languages.codes():
        html = client.get(url_in(page, language)).content.decode()
        for other in languages.others(language):
            expected = url_in(page, other)
            # The link goes through /language/<code>/ (which remembers the choice) to the page.
            switch = f"/language/{other}/?{urlencode({'next': expected})}"
            assert f'href="{escape(switch)}" hreflang="{other}"' in html
            response = client.get(switch)
            assert response.status_code == 302 and response["Location"] == expected
            assert client.get(expected).status_code == 200


OTHER_LANGUAGES = languages.others(languages.default())


def with_bodies(page, *codes):
    for code in codes:
        setattr(page, f"body_{code}", [("paragraph", RichText(f"<p>Body ({code})</p>"))])
    page.save()
    return page


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_empty_field_shows_the_default_language_text_marked_with_its_language(
    client, minimal_site, language
):
    default = languages.default()
    program = with_bodies(minimal_site.program, default)
    setattr(program, f"intro_{language}", "")
    program.save()

    html = client.get(url_in(program, language)).content.decode()

    assert f'<html lang="{language}">' in html
    intro = getattr(program, f"intro_{default}")
    assert f'<p class="page-header__intro" lang="{default}">{intro}' in html
    assert f'<div class="body" lang="{default}">' in html
    assert f"Body ({default})" in html


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_text_in_the_page_language_is_not_marked_as_fallback(client, minimal_site, language):
    program = with_bodies(minimal_site.program, *languages.codes())
    html = client.get(url_in(program, language)).content.decode()
    assert f'<p class="page-header__intro">{getattr(program, f"intro_{language}")}' in html
    assert f"Body ({language})" in html
    assert 'class="body" lang=' not in html


@pytest.mark.parametrize("query", ["abc", "-1", "0", "99999", "1e9", "%00", "１"])
def test_story_listing_answers_odd_page_numbers_with_a_404_not_a_500(client, query):
    """Only the listing's own page numbers exist (junk never fills the page cache)."""
    index = demo_page(page_models.StoryIndexPage)
    response = client.get(url_in(index, languages.default()), {"page": query})
    assert response.status_code == 404
    assert client.get(url_in(index, languages.default()), {"page": "1"}).status_code == 200


def test_story_listing_is_newest_first_and_paginated(client):

    index = demo_page(page_models.StoryIndexPage)
    for number in range(12):
        make_story(
            f"Nouvelle {number}", f"Noticia {number}", date=datetime.date(2030, 1, number + 1)
        )
    html = client.get(url_in(index, "es")).content.decode()
    assert html.index("Noticia 11") < html.index("Noticia 10")
    assert "Noticia 2" not in html  # the 10th newest and older are on page 2
    html2 = client.get(url_in(index, "es"), {"page": 2}).content.decode()
    assert "Noticia 2" in html2
    assert 'rel="prev"' in html2


def test_home_page_shows_latest_stories_and_sections(client):

    make_story("Récolte exceptionnelle", "Cosecha excepcional", date=datetime.date(2031, 5, 1))
    html = client.get("/es/").content.decode()
    assert "Cosecha excepcional" in html
    history = demo_page(page_models.HistoryPage)
    assert f'href="{url_in(history, "es")}"' in html


def test_footer_reads_the_site_settings_in_each_language(client):
    from wagtail.models import Site

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert "Pérou" in client.get("/fr/").content.decode()
    assert "Perú" in client.get("/es/").content.decode()

    site_settings.phone = "+51 42 545 000"
    site_settings.address_es = ""
    site_settings.save()

    html = client.get("/es/").content.decode()
    assert 'href="tel:+5142545000"' in html
    assert '<address lang="fr">' in html  # the French address stands in, marked as French


def test_truncated_intros_keep_their_no_break_spaces():
    from pages.templatetags.site_tags import truncate_words

    intro = "Plus de 2\u00a0000 familles plantent des arbres"
    assert truncate_words(intro, 4) == "Plus de 2\u00a0000 familles…"
    assert truncate_words(intro, 40) == intro
