"""Purging the CDN (``WAGTAILFRONTENDCACHE``) after a change, in few and bounded calls.

What a transaction changed is collected while it runs (serving/signals.py) and purged
once, when it commits:

- a backend that can forget everything in one call (a ``purge_all`` method: the Cloudflare
  backend below, Cloudflare's "purge everything") is asked that, once per commit, whatever
  changed: one API call however large the site is;
- any other backend (an HTTP ``PURGE`` proxy such as Varnish or nginx) gets only the URLs
  the change touches: every language's URL of each changed page and of its ancestors (the
  listings and the home page show it), the story feed and the sitemap index in every
  language; a change that is not a page (a figure, a partner, the site settings…) or a page
  of the navigation (depth ≤ 3: home and its sections, in every page's menu) touches every
  live page. URLs go out in batches of ``PURGE_BATCH_SIZE`` (the backend's own
  ``purge_batch_size`` when it has one: Cloudflare takes 30 files per call).

Pages the CDN keeps that a purge did not name (e.g. the header menu of a story page after
a section's title changed through a non-navigation path) are at most
``PAGE_CACHE_CDN_SECONDS`` old: that is their ``s-maxage``.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.backends import CloudflareBackend as WagtailCloudflareBackend
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Page

logger = logging.getLogger(__name__)

PURGE_BATCH_SIZE = 100
# Home (depth 2) and its sections (depth 3) are in every page's navigation.
NAVIGATION_DEPTH = 3


class CloudflareBackend(WagtailCloudflareBackend):
    """Wagtail's Cloudflare backend, able to purge the whole zone in one call."""

    purge_batch_size = WagtailCloudflareBackend.CHUNK_SIZE

    def purge_all(self):
        import requests

        headers = {"Content-Type": "application/json"}
        if self.cloudflare_token:
            headers["Authorization"] = f"Bearer {self.cloudflare_token}"
        else:
            headers["X-Auth-Email"] = self.cloudflare_email
            headers["X-Auth-Key"] = self.cloudflare_api_key
        response = requests.post(
            self.cloudflare_purge_endpoint_url,
            json={"purge_everything": True},
            headers=headers,
            timeout=30,
        )
        response.raise_for_status()


# --- Purging ------------------------------------------------------------------------------


def purge(pages=(), everything=False):
    """Purge what ``pages`` touch (or everything) from every configured backend."""
    pages = list(pages)
    if any((page.depth or 0) <= NAVIGATION_DEPTH for page in pages):
        everything = True
    urls = None
    try:
        backends = get_backends()
    except Exception:  # a misconfigured CDN must not break publishing either
        logger.exception("Frontend cache backends could not be loaded")
        return
    for name, backend in backends.items():
        try:
            if callable(getattr(backend, "purge_all", None)):
                backend.purge_all()
                continue
            if urls is None:
                urls = sorted(every_live_page_url() if everything else touched_urls(pages))
            handled = [url for url in urls if backend.invalidates_hostname(urlsplit(url).netloc)]
            size = getattr(backend, "purge_batch_size", PURGE_BATCH_SIZE)
            for start in range(0, len(handled), size):
                backend.purge_batch(handled[start : start + size])
        except Exception:  # a CDN outage must not break publishing
            logger.exception("Frontend cache purge failed (backend %s)", name)


def _full_urls(pages):
    urls = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for page in pages:
                url = page.get_full_url()
                if url:
                    urls.add(url)
    return urls


def _site_urls():
    """The story feed in each language and the sitemap index."""
    urls = {f"{settings.SITE_URL}{reverse('sitemap')}"}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                urls.add(f"{settings.SITE_URL}{reverse('story_feed')}")
            except NoReverseMatch:
                pass
    return urls


def touched_urls(pages):
    """Every language's URL of ``pages`` and of their ancestors, and the site-wide lists."""
    steplen = Page.steplen
    paths = set()
    for page in pages:
        if page.path:
            paths.update(page.path[:end] for end in range(steplen * 2, len(page.path), steplen))
    ancestors = list(Page.objects.filter(path__in=paths)) if paths else []
    return _full_urls([*pages, *ancestors]) | _site_urls()


def every_live_page_url():
    return _full_urls(Page.objects.live().filter(depth__gt=1)) | _site_urls()
