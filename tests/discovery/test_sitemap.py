"""/sitemap.xml (an index of sections) and /robots.txt."""

import math
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

import languages
from pages.models import HistoryPage, StoryPage
from serving.cache import new_generation
from tests.factories import stories_in_bulk

from .helpers import SITE_URL, demo_page, local

pytestmark = pytest.mark.django_db

CODES = [code for code, _name in settings.LANGUAGES]

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE_URL


def section_locations(client):
    """The sections the index at /sitemap.xml lists."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    return [sitemap.findtext("sm:loc", namespaces=NS) for sitemap in root.findall("sm:sitemap", NS)]


def section_entries(client, location):
    response = client.get(local(location))
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


def sitemap_entries(client):
    entries = {}
    for location in section_locations(client):
        section = section_entries(client, location)
        assert not set(section) & set(entries), "a URL listed in two sections"
        entries.update(section)
    return entries


def expected_urls(pages):
    urls = set()
    for page in pages:
        for language in languages.codes():
            with translation.override(language):
                urls.add(SITE_URL + page.get_url())
    return urls


def test_sitemap_lists_every_live_page_in_every_language_with_alternates(client):
    live_pages = list(Page.objects.live().public().filter(depth__gt=1))
    entries = sitemap_entries(client)
    assert len(entries) == len(languages.codes()) * len(live_pages)
    assert set(entries) == expected_urls(live_pages)
    for loc, entry in entries.items():
        assert entry["lastmod"], loc
        alternates = entry["alternates"]
        assert set(alternates) == {*CODES, "x-default"}
        assert loc in [alternates[code] for code in CODES]
        assert alternates["x-default"] == alternates[settings.LANGUAGE_CODE]


def test_the_index_splits_the_pages_into_sections_within_the_cap(client, settings):
    """Every language's URL counts towards a section's cap; each page with its alternates
    lies whole in one section; the sections together list every URL once."""
    settings.SITEMAP_URLS_PER_SECTION = 7 * len(CODES) + 1  # 7 pages per section
    stories_in_bulk(40)
    live_pages = list(Page.objects.live().public().filter(depth__gt=1))
    locations = section_locations(client)
    assert len(locations) == math.ceil(len(live_pages) / 7)
    assert locations == [
        f"{SITE_URL}/sitemap-{number}.xml" for number in range(1, 1 + len(locations))
    ]
    entries = {}
    for location in locations:
        section = section_entries(client, location)
        assert len(section) <= settings.SITEMAP_URLS_PER_SECTION
        for entry in section.values():
            assert set(entry["alternates"].values()) - {None} <= set(section)
        entries.update(section)
    assert set(entries) == expected_urls(live_pages)
    assert client.get(f"/sitemap-{len(locations) + 1}.xml").status_code == 404
    assert client.get("/sitemap-0.xml").status_code == 404


def test_a_section_costs_the_same_whatever_the_size_of_the_site(client, settings):
    settings.SITEMAP_URLS_PER_SECTION = 10 * len(CODES)
    counts = []
    for size in (20, 120):
        stories_in_bulk(size)
        new_generation()  # the bulk rows sent no signal: forget the cached sitemap
        client.get("/sitemap-1.xml")  # fills the caches every request shares (site root paths)
        new_generation()
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/sitemap-2.xml")
        assert response.status_code == 200
        assert response.content.count(b"<url>") == 10 * len(CODES)
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_index_and_sections_are_cached_until_the_site_changes(client):
    first = section_locations(client)[0]
    section_entries(client, first)
    with CaptureQueriesContext(connection) as queries:
        section_locations(client)
        cached = section_entries(client, first)
    assert len(queries) == 0
    story = demo_page(StoryPage)
    with translation.override(settings.LANGUAGE_CODE):
        story_url = SITE_URL + story.get_url()
    assert story_url in sitemap_entries(client)
    story.unpublish()  # a new site generation
    assert story_url not in sitemap_entries(client)
    assert story_url in cached


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
