"""Canonical, hreflang, meta description and social cards on every page type."""

import re

import pytest
from django.utils import translation

import languages
from core.models import SiteSettings
from discovery.seo import SHARE_IMAGE_FILTER
from pages.models import HistoryPage, StoryPage
from tests.factories import home_page

from .helpers import SITE_URL, demo_page, every_page_type, local, parse

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE_URL


def page_url(page, language):
    with translation.override(language):
        return page.get_url()


@pytest.mark.parametrize(("name", "model"), every_page_type())
@pytest.mark.parametrize("language", languages.codes())
def test_canonical_and_hreflang_point_to_the_translated_pages(client, name, model, language):
    page = demo_page(model)
    head = parse(client.get(page_url(page, language)))
    alternates = head.alternates()
    assert set(alternates) == {*languages.codes(), "x-default"}
    for code in languages.codes():
        assert alternates[code] == SITE_URL + page_url(page, code)
    assert alternates["x-default"] == alternates[languages.default()]
    assert head.canonical() == [alternates[language]]
    for url in alternates.values():
        assert client.get(local(url)).status_code == 200, url


def test_translated_slugs_differ_in_the_alternates(client):
    head = parse(client.get("/fr/histoire/"))
    assert head.alternates()["es"] == f"{SITE_URL}/es/historia/"


def test_second_page_of_stories_is_its_own_canonical(client):
    from tests.factories import make_story

    for number in range(10):
        make_story(title_fr=f"Histoire {number}", title_es=f"Historia {number}")
    head = parse(client.get("/es/noticias/?page=2"))
    assert head.canonical() == [f"{SITE_URL}/es/noticias/?page=2"]
    assert head.alternates()["fr"] == f"{SITE_URL}/fr/actualites/?page=2"


def og_locales(client):
    """{language: the og:locale its home page declares}."""
    return {code: parse(client.get(f"/{code}/")).meta("og:locale")[0] for code in languages.codes()}


@pytest.mark.parametrize(("name", "model"), every_page_type())
@pytest.mark.parametrize("language", languages.codes())
def test_social_cards_in_the_page_language(client, name, model, language):
    page = demo_page(model)
    head = parse(client.get(page_url(page, language)))
    locales = og_locales(client)
    # A locale of the page's language (fr_FR, es_PE…), and one alternate per other language.
    assert re.fullmatch(rf"{language}_[A-Z]{{2}}", locales[language])
    assert head.meta("og:locale") == [locales[language]]
    assert sorted(head.meta("og:locale:alternate")) == sorted(
        locales[code] for code in languages.others(language)
    )
    with translation.override(language):
        assert head.meta("og:title") == [page.meta_title]
        assert head.meta("twitter:title") == [page.meta_title]
    assert head.meta("og:url") == head.canonical()
    assert head.meta("og:type") == ["article" if model is StoryPage else "website"]
    (image,) = head.meta("og:image")
    assert image.startswith(SITE_URL + "/") and image.endswith(".jpg")
    assert head.meta("og:image:width") == ["1200"] and head.meta("og:image:height") == ["630"]
    assert head.meta("twitter:card") == ["summary_large_image"]
    assert head.meta("twitter:image") == [image]
    (description,) = head.meta("description")
    assert description and head.meta("og:description") == [description]


def test_seo_title_and_description_per_language_with_fallbacks(client):
    page = demo_page(HistoryPage)
    page.seo_title_fr, page.seo_title_es = "Titre SEO", ""
    page.search_description_fr, page.search_description_es = "", ""
    page.intro_es = "Introducción propia."
    page.save_revision().publish()
    fr, es = parse(client.get("/fr/histoire/")), parse(client.get("/es/historia/"))
    assert fr.meta("og:title") == ["Titre SEO"]
    # No Spanish SEO title: the Spanish page title, not the French SEO title.
    assert es.meta("og:title") == [page.title_es]
    (description_fr,) = fr.meta("description")
    assert description_fr.startswith(" ".join(page.intro_fr.split())[:50])
    assert len(description_fr) <= 200
    assert es.meta("description") == ["Introducción propia."]


def test_page_without_image_shares_the_default_image(client):
    page = demo_page(HistoryPage)
    page.image = None
    page.save_revision().publish()
    default = SiteSettings.objects.get().default_share_image
    (image,) = parse(client.get("/fr/histoire/")).meta("og:image")
    assert image.endswith(default.get_rendition(SHARE_IMAGE_FILTER).url)


def test_page_image_is_preferred_for_sharing(client):
    page = demo_page(HistoryPage)
    assert page.image_id and page.image_id != SiteSettings.objects.get().default_share_image_id
    (image,) = parse(client.get("/fr/histoire/")).meta("og:image")
    assert image.endswith(page.image.get_rendition(SHARE_IMAGE_FILTER).url)


def test_feed_is_advertised_in_each_language(client):
    for path, feed in (("/fr/", "/fr/feed/"), ("/es/", "/es/feed/")):
        head = parse(client.get(path))
        feeds = [link for link in head.links if link.get("type") == "application/rss+xml"]
        assert [link["href"] for link in feeds] == [feed]
        assert all(link.get("rel") == "alternate" and link.get("title") for link in feeds)


def test_home_page_shares_its_spanish_seo_title(client):
    home = home_page()
    assert home.seo_title_es
    assert parse(client.get("/es/")).meta("og:title") == [home.seo_title_es]
