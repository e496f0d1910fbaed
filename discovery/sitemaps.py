"""/sitemap.xml: every live public page, once per language, with its alternates.

Django's sitemap framework writes the ``xhtml:link`` alternates; the addresses are built
on ``settings.SITE_URL`` and x-default is the French address (Django's own x-default
would be an unprefixed URL, which is a redirect, not a page).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from languages import codes as language_codes


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    languages = language_codes()

    def __init__(self, request):
        self.request = request

    def items(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return []
        pages = (
            Page.objects.live()
            .public()
            .descendant_of(site.root_page, inclusive=True)
            .order_by("path")
        )
        # Base Page objects are enough: titles, slugs and url paths are all translated
        # columns of wagtailcore_page, so the whole sitemap costs a handful of queries.
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
