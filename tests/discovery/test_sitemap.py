"""/sitemap.xml and /robots.txt."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

import languages
from pages.models import HistoryPage, StoryPage

from .helpers import SITE_URL, demo_page, local

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE_URL


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("sm:url", NS):
        loc = url.findtext("sm:loc", namespaces=NS)
        assert loc not in entries, f"{loc} listed twice"
        entries[loc] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
            },
        }
    return entries


def expected_urls(pages):
    urls = set()
    for page in pages:
        for language in languages.codes():
            with translation.override(language):
                urls.add(SITE_URL + page.get_url())
    return urls


def test_sitemap_lists_every_live_page_in_both_languages_with_alternates(client):
    live_pages = list(Page.objects.live().public().filter(depth__gt=1))
    entries = sitemap_entries(client)
    assert len(entries) == len(languages.codes()) * len(live_pages)
    assert set(entries) == expected_urls(live_pages)
    for loc, entry in entries.items():
        assert entry["lastmod"], loc
        alternates = entry["alternates"]
        assert set(alternates) == {*languages.codes(), "x-default"}
        assert loc in [alternates[code] for code in languages.codes()]
        assert alternates["x-default"] == alternates[languages.default()]


def test_sitemap_uses_translated_slugs_and_real_pages(client):
    entries = sitemap_entries(client)
    history = entries[f"{SITE_URL}/es/historia/"]
    assert history["alternates"]["fr"] == f"{SITE_URL}/fr/histoire/"
    for loc in list(entries)[:6]:
        assert client.get(local(loc)).status_code == 200


def test_unpublished_and_private_pages_are_left_out(client):
    story = demo_page(StoryPage)
    story.unpublish()
    history = demo_page(HistoryPage)
    PageViewRestriction.objects.create(page=history, restriction_type="password", password="x")
    entries = sitemap_entries(client)
    assert f"{SITE_URL}/fr/histoire/" not in entries
    with translation.override("fr"):
        assert SITE_URL + Page.objects.get(pk=story.pk).get_url() not in entries
    public_pages = Page.objects.live().public().filter(depth__gt=1).count()
    assert len(entries) == len(languages.codes()) * public_pages


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert f"Sitemap: {SITE_URL}/sitemap.xml" in lines
    for path in ("/admin/", "/documents/", "/fr/recherche/", "/es/buscar/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines
