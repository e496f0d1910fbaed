"""JSON-LD: Organization everywhere, BreadcrumbList on inner pages, Article on stories."""

import json

import pytest
from django.utils import translation

import languages
from core.models import SiteSettings
from pages.models import HomePage, StoryPage

from .helpers import SITE_URL, demo_page, every_page_type, local, parse

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE_URL


def graph(response):
    (script,) = parse(response).json_ld()
    data = json.loads(script)
    assert data["@context"] == "https://schema.org"
    return {node["@type"]: node for node in data["@graph"]}


@pytest.mark.parametrize(("name", "model"), every_page_type())
@pytest.mark.parametrize("language", languages.codes())
def test_every_page_type_has_valid_json_ld_in_its_language(client, name, model, language):
    page = demo_page(model)
    with translation.override(language):
        url = page.get_url()
    nodes = graph(client.get(url))

    organization = nodes["Organization"]
    assert organization["name"] == "ACOPAGRO"
    assert organization["foundingDate"] == "1997"
    assert organization["areaServed"]["name"] == "San Martín"
    assert organization["url"] == f"{SITE_URL}/{language}/"
    assert organization["legalName"] == "Cooperativa Agraria Cacaotera ACOPAGRO Ltda."
    assert organization["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Juanjuí",
        "addressRegion": "San Martín",
        "addressCountry": "PE",
    }

    if model is HomePage:
        assert "BreadcrumbList" not in nodes
    else:
        items = nodes["BreadcrumbList"]["itemListElement"]
        assert [item["position"] for item in items] == list(range(1, len(items) + 1))
        assert items[0]["item"] == f"{SITE_URL}/{language}/"
        assert items[-1]["item"] == SITE_URL + url
        with translation.override(language):
            assert items[-1]["name"] == page.title
        for item in items:
            assert client.get(local(item["item"])).status_code == 200

    if model is StoryPage:
        article = nodes["Article"]
        assert article["inLanguage"] == language
        assert article["datePublished"] == page.date_iso
        assert article["url"] == SITE_URL + url
        assert article["image"][0].startswith(SITE_URL)
        with translation.override(language):
            assert article["headline"] == page.meta_title
    else:
        assert "Article" not in nodes


def test_contact_details_and_social_links_come_from_site_settings(client):
    site_settings = SiteSettings.objects.get()
    site_settings.phone = "+51 42 545 000"
    site_settings.email = "contacto@acopagro.example"
    site_settings.facebook_url = "https://www.facebook.com/acopagro"
    site_settings.youtube_url = "https://www.youtube.com/@acopagro"
    site_settings.save()
    organization = graph(client.get("/es/"))["Organization"]
    assert organization["telephone"] == "+51 42 545 000"
    assert organization["email"] == "contacto@acopagro.example"
    assert organization["sameAs"] == [
        "https://www.facebook.com/acopagro",
        "https://www.youtube.com/@acopagro",
    ]


def test_editor_text_cannot_break_out_of_the_json_ld_script(client):
    story = demo_page(StoryPage)
    hostile = 'Cacao </script><script>alert("x")</script> & <!-- "quotes"'
    story.title_fr = story.seo_title_fr = hostile
    story.save_revision().publish()
    response = client.get("/fr/actualites/" + story.slug_fr + "/")
    html = response.content.decode()
    assert "<script>alert" not in html
    assert graph(response)["Article"]["headline"] == hostile
    (script,) = parse(response).json_ld()
    assert "<" not in script and ">" not in script


def test_the_organization_logo_is_an_image_of_at_least_112_pixels(client):
    """Search engines take a logo of 112 × 112 px or more: the declared size is the file's."""
    from django.contrib.staticfiles import finders
    from PIL import Image

    organization = graph(client.get(demo_page(HomePage).get_url()))["Organization"]
    logo = organization["logo"]
    assert logo["@type"] == "ImageObject"
    assert logo["url"].startswith(SITE_URL + "/static/") and logo["url"].endswith(".png")
    path = finders.find(logo["url"].removeprefix(SITE_URL + "/static/"))
    with Image.open(path) as image:
        assert image.size == (logo["width"], logo["height"])
    assert min(logo["width"], logo["height"]) >= 112
