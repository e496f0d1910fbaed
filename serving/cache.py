"""The page cache: anonymous GET responses of public pages, one entry per URL.

Every entry's key holds the site's *generation*, a token that changes whenever anything a
page may show changes (a page published, unpublished, moved or deleted; an impact figure,
partner, certification, province, image, site setting or view restriction saved or
deleted: see serving/signals.py). Changing it is one cache write; old entries are never
read again and expire on their own. That invalidates the whole site at once, which is
simple and, with a few hundred pages, cheap: each page is rendered again once, on its next
visit. The same generation keys the navigation that every page renders (menus, footer,
home sections), so that a page rendered afresh costs few queries, and the HTML fragments
that cost most to render (``{% sitecache %}`` in pages/templatetags/site_tags.py: header,
footer, cards, images, bodies).

The cache is Django's default cache: Redis when REDIS_URL is set, so every app server
shares it; a per-process memory cache otherwise.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.cache import patch_cache_control

GENERATION_KEY = "site-generation"
HEADER = "X-Page-Cache"


def page_cache_enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def page_cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, str(time.time_ns()), None)
        generation = cache.get(GENERATION_KEY)
    return generation


def new_generation():
    """Forget every cached page and navigation (of every server sharing the cache)."""
    cache.set(GENERATION_KEY, str(time.time_ns()), None)


def request_generation(request):
    """The generation, read once per request."""
    generation = getattr(request, "_site_generation", None)
    if generation is None:
        generation = current_generation()
        if request is not None:
            request._site_generation = generation
    return generation


def site_cached(request, name, build, timeout=None):
    """``build()``'s result, cached until the site changes, per language.

    For what every page shows (menus, footer, sections): it is built once per generation
    instead of on every page render. ``build`` must return something picklable.
    """
    memo = getattr(request, "_site_cached", None) if request is not None else None
    if memo is not None and name in memo:
        return memo[name]
    key = f"site:{request_generation(request)}:{translation.get_language()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout or page_cache_seconds())
    if request is not None:
        if memo is None:
            memo = request._site_cached = {}
        memo[name] = value
    return value


def fragments_enabled(request):
    """Whether cached fragments may be used for this request.

    Never for previews and draft views (``request.is_preview``): what they render is not
    live and must not be kept for visitors.
    """
    return (
        request is not None
        and getattr(settings, "FRAGMENT_CACHE_ENABLED", True)
        and not getattr(request, "is_preview", False)
    )


def fragment_key(request, name, vary_on=()):
    """The cache key of a rendered fragment: the site's generation (so any change makes
    every fragment stale at once, like the page cache), the language, the site, the name
    and the values it varies on."""
    from wagtail.models import Site

    site = Site.find_for_request(request)
    vary = hashlib.sha256("\x1f".join(str(value) for value in vary_on).encode()).hexdigest()[:24]
    return (
        f"fragment:{request_generation(request)}:{translation.get_language()}:"
        f"{site.pk if site else 0}:{name}:{vary}"
    )


def cached_fragment(request, name, vary_on, render):
    """``render()`` (HTML), kept until the site changes, per language, site and ``vary_on``.

    For what a page renders that costs and only changes with the content (cards and
    their images, menus, footer, StreamField bodies): a page rendered afresh reuses them.
    Renditions are generated on the first render and the fragment keeps their URLs.
    """
    if not fragments_enabled(request):
        return render()
    key = fragment_key(request, name, vary_on)
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, page_cache_seconds())
    return html


# --- The page cache middleware ------------------------------------------------------------


def _query_string_is_cacheable(request):
    allowed = set(getattr(settings, "PAGE_CACHE_QUERY_PARAMETERS", ["page"]))
    return set(request.GET.keys()) <= allowed


def may_be_served_from_cache(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(tuple(getattr(settings, "PAGE_CACHE_EXCLUDED_PATHS", ()))):
        return False
    cookies = request.COOKIES
    # A visitor with a session may be signed in, may have passed a page password, may
    # have messages waiting: always rendered afresh.
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return _query_string_is_cacheable(request)


def may_be_stored(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if not getattr(request, "_page_cacheable", False):  # set when a live page is served
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if response.cookies or response.has_header("Set-Cookie"):
        return False  # e.g. a CSRF token for a form: never share it
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def page_key(request, generation):
    query = "&".join(sorted(request.GET.urlencode().split("&"))) if request.GET else ""
    url = f"{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(url.encode()).hexdigest()[:32]
    return f"page:{generation}:{digest}"


class PageCacheMiddleware:
    """Serves anonymous GET/HEAD requests of public pages from the cache.

    Sits before the session, locale and authentication middleware: a hit costs two cache
    reads and no SQL. What is stored is decided on the way out (``may_be_stored``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not page_cache_enabled() or not may_be_served_from_cache(request):
            response = self.get_response(request)
            self._mark_private_if_personal(request, response)
            return response

        key = page_key(request, request_generation(request))
        cached = cache.get(key)
        if cached is not None:
            cached[HEADER] = "HIT"
            return cached

        response = self.get_response(request)
        if may_be_stored(request, response):
            self._add_shared_cache_headers(response)
            cache.set(key, response, page_cache_seconds())
            response[HEADER] = "MISS"
        else:
            self._mark_private_if_personal(request, response)
        return response

    @staticmethod
    def _add_shared_cache_headers(response):
        cdn_seconds = getattr(settings, "PAGE_CACHE_CDN_SECONDS", 0)
        if cdn_seconds and getattr(settings, "WAGTAILFRONTENDCACHE", None):
            # The CDN keeps the page (and is purged on change); browsers revalidate.
            patch_cache_control(response, public=True, max_age=0, s_maxage=cdn_seconds)

    @staticmethod
    def _mark_private_if_personal(request, response):
        if not getattr(request, "_page_cacheable", False):
            return
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or response.cookies:
            patch_cache_control(response, private=True)
            response[HEADER] = "BYPASS"
