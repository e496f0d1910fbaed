"""/sitemap.xml: a sitemap index; its sections list every live public page in each language.

The protocol caps one file at 50,000 URLs and 50 MB, and every language's address of a page
is one URL. The pages are cut, in tree order, into sections of at most
``SITEMAP_URLS_PER_SECTION`` URLs (10,000 by default: with three languages and their
alternates a section stays near 5 MB), each read from the database with its own slice, so
one section costs the same whatever the size of the site. Django's sitemap framework writes
the ``xhtml:link`` alternates; the addresses are built on ``settings.SITE_URL`` and
x-default is the default language's address (Django's own x-default would be an unprefixed
URL, which is a redirect, not a page).

The index and each section are kept in the cache until the site changes (the page cache's
generation, serving/cache.py), like the pages themselves.
"""

import math
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Page, Site

from languages import codes as language_codes
from serving.cache import site_cached

# The protocol's own caps, per file.
PROTOCOL_MAX_URLS = 50_000
PROTOCOL_MAX_BYTES = 50 * 1024 * 1024


def urls_per_section():
    return min(getattr(settings, "SITEMAP_URLS_PER_SECTION", 10_000), PROTOCOL_MAX_URLS)


def pages_per_section():
    """Pages in one section: each of them is one URL per language."""
    return max(1, urls_per_section() // len(language_codes()))


def live_pages(site):
    return (
        Page.objects.live().public().descendant_of(site.root_page, inclusive=True).order_by("path")
    )


def section_count(site):
    return max(1, math.ceil(live_pages(site).count() / pages_per_section()))


class PageSitemap(Sitemap):
    """One section of the sitemap: a slice of the live pages, in every language."""

    i18n = True
    alternates = True
    languages = language_codes()

    def __init__(self, request, site, section=1):
        self.request = request
        self.site = site
        self.section = section
        self.limit = pages_per_section() * len(self.languages)  # one paginator page

    def items(self):
        size = pages_per_section()
        start = (self.section - 1) * size
        # Base Page objects are enough: titles, slugs and url paths are all translated
        # columns of wagtailcore_page, so a section costs a handful of queries.
        pages = live_pages(self.site)[start : start + size]
        return [page for page in pages if page.get_url_parts(self.request) is not None]

    def location(self, page):
        return page.get_url_parts(self.request)[2]

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        parts = urlsplit(settings.SITE_URL)
        return parts.netloc + parts.path.rstrip("/")

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            by_language = {alt["lang_code"]: alt["location"] for alt in url["alternates"]}
            if settings.LANGUAGE_CODE in by_language:
                url["alternates"].append(
                    {"lang_code": "x-default", "location": by_language[settings.LANGUAGE_CODE]}
                )
        return urls


def _cached(request, name, build):
    # Per host: each site has its own sitemap (and the lookup of the site costs a query).
    return site_cached(request, f"sitemap:{request.get_host()}:{name}", build)


def index_document(request):
    """The sitemap index (bytes), or None when the request's host has no site."""

    def build():
        site = Site.find_for_request(request)
        if site is None:
            return None
        sections = [
            {"location": f"{settings.SITE_URL}{reverse('sitemap_section', args=[number])}"}
            for number in range(1, section_count(site) + 1)
        ]
        return render_to_string("sitemap_index.xml", {"sitemaps": sections}).encode()

    return _cached(request, "index", build)


def section_document(request, section):
    """(bytes, latest lastmod) of one section, or None when there is no such section."""

    def build():
        site = Site.find_for_request(request)
        if site is None or section < 1 or section > section_count(site):
            return None  # not cached: any number may be asked, keys must not pile up
        sitemap = PageSitemap(request, site, section)
        urls = sitemap.get_urls()
        content = render_to_string("sitemap.xml", {"urlset": urls}).encode()
        return content, getattr(sitemap, "latest_lastmod", None)

    return _cached(request, f"section-{section}", build)
