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

When the generation changes, a page's previous copy is not thrown away: for
``PAGE_CACHE_STALE_SECONDS`` the first visitor re-renders the page while the others get the
previous copy (stale-while-revalidate, one lock per page and generation in the cache), so a
publish costs one render per page instead of one per concurrent visitor.

A cached page keeps its plain, gzip and Brotli bodies (serving/compression.py): a hit picks
the one the client accepts and compresses nothing; it carries an ETag and answers 304 to a
matching ``If-None-Match``. Only URLs that name a real page are stored: a query string other
than ``?page=`` is never stored, ``?page=`` only when the page's view accepted it (the
stories listing, for pages that exist), and at most ``PAGE_CACHE_MAX_VARIANTS`` query
variants per path and generation.

The cache is Django's default cache: Redis when REDIS_URL is set, so every app server
shares it; a per-process memory cache otherwise.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from . import compression

GENERATION_KEY = "site-generation"
HEADER = "X-Page-Cache"


def page_cache_enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def page_cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def current_generation():
    """The site's generation; None when the cache is unavailable (then nothing is cached:
    serving/redis_cache.py turns a Redis failure into a miss)."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, str(time.time_ns()), None)
        generation = cache.get(GENERATION_KEY)
    return generation


def generation_age(generation):
    """Seconds since ``generation`` began (it is the time it was made, in nanoseconds)."""
    try:
        return (time.time_ns() - int(generation)) / 1e9
    except (TypeError, ValueError):
        return float("inf")


def new_generation():
    """Forget every cached page and navigation (of every server sharing the cache)."""
    cache.set(GENERATION_KEY, str(time.time_ns()), None)


def request_generation(request):
    """The generation, read once per request."""
    if request is not None and hasattr(request, "_site_generation"):
        return request._site_generation
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
    generation = request_generation(request)
    if generation is None:  # the cache is unavailable
        return build()
    key = f"site:{generation}:{translation.get_language()}:{name}"
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
        and request_generation(request) is not None
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

QUERY_ACCEPTED_ATTRIBUTE = "_page_query_accepted"


def accept_query(request):
    """Called by a view whose query string names a real variant of the page (an existing
    ``?page=`` of a listing): only then may that URL be stored."""
    setattr(request, QUERY_ACCEPTED_ATTRIBUTE, True)


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
    if request.GET and not getattr(request, QUERY_ACCEPTED_ATTRIBUTE, False):
        return False  # ?page= on a page without pages, or a page that does not exist
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if response.cookies or response.has_header("Set-Cookie"):
        return False  # e.g. a CSRF token for a form: never share it
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def page_key(request):
    """One entry per URL (host, path, sorted query); the entry records its generation."""
    query = "&".join(sorted(request.GET.urlencode().split("&"))) if request.GET else ""
    url = f"{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(url.encode()).hexdigest()[:32]
    return f"page:{digest}"


def _variants_key(request, generation):
    digest = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()[:32]
    return f"page-variants:{generation}:{digest}"


def _within_variant_cap(request, generation):
    """At most PAGE_CACHE_MAX_VARIANTS stored query variants per path and generation."""
    if not request.GET:
        return True
    key = _variants_key(request, generation)
    cache.add(key, 0, page_cache_seconds())
    try:
        count = cache.incr(key)
    except ValueError:
        return False
    return count <= getattr(settings, "PAGE_CACHE_MAX_VARIANTS", 50)


def stale_seconds():
    return getattr(settings, "PAGE_CACHE_STALE_SECONDS", 10)


# Headers that describe one body, set again for the body that is sent.
_BODY_HEADERS = {"content-length", "content-encoding", "etag"}


def make_entry(response, generation):
    """What the cache keeps of a response: its headers and its plain and compressed bodies."""
    body = response.content
    bodies = {None: body}
    if compression.is_compressible(response) and len(body) >= compression.MIN_COMPRESSED_SIZE:
        for encoding in compression.ENCODINGS:
            bodies[encoding] = compression.compress(body, encoding, stored=True)
    headers = [(k, v) for k, v in response.items() if k.lower() not in _BODY_HEADERS]
    return {
        "generation": generation,
        "status": response.status_code,
        "headers": headers,
        "bodies": bodies,
        "etag": compression.body_etag(body),
    }


def response_from_entry(request, entry, state):
    encoding = compression.accepted_encoding(request) if len(entry["bodies"]) > 1 else None
    if encoding not in entry["bodies"]:
        encoding = None
    body = entry["bodies"][encoding]
    response = HttpResponse(body, status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response["ETag"] = compression.etag_header(entry["etag"], encoding)
    if len(entry["bodies"]) > 1:
        patch_vary_headers(response, ["Accept-Encoding"])
    if encoding:
        response["Content-Encoding"] = encoding
    response["Content-Length"] = str(len(body))
    response[HEADER] = state
    answer = compression.not_modified(request, response, entry["etag"])
    if answer is not None:
        answer[HEADER] = state
        return answer
    return response


class PageCacheMiddleware:
    """Serves anonymous GET/HEAD requests of public pages from the cache.

    Sits before the session, locale and authentication middleware: a hit costs two cache
    reads and no SQL. What is stored is decided on the way out (``may_be_stored``).
    Responses that are not stored are compressed (when allowed) and answer conditional
    requests on the way out (serving/compression.py).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not page_cache_enabled() or not may_be_served_from_cache(request):
            return self._uncached(request)
        generation = request_generation(request)
        if generation is None:  # the cache is unavailable: render, keep nothing
            return self._uncached(request)

        key = page_key(request)
        entry = cache.get(key)
        if entry is not None:
            if entry["generation"] == generation:
                return response_from_entry(request, entry, "HIT")
            # The site changed since this copy was made: one visitor renders the page
            # again, the others get this copy meanwhile (for a few seconds at most).
            recent_change = generation_age(generation) < stale_seconds()
            lock = f"page-lock:{generation}:{key}"
            if recent_change and not cache.add(lock, 1, stale_seconds()):
                return response_from_entry(request, entry, "STALE")

        response = self.get_response(request)
        if may_be_stored(request, response) and _within_variant_cap(request, generation):
            self._add_shared_cache_headers(response)
            entry = make_entry(response, generation)
            cache.set(key, entry, page_cache_seconds())
            return response_from_entry(request, entry, "MISS")
        if entry is not None:
            cache.delete(key)  # the page is gone or changed nature: no stale copy of it
        self._mark_private_if_personal(request, response)
        return compression.finish(request, response)

    def _uncached(self, request):
        response = self.get_response(request)
        self._mark_private_if_personal(request, response)
        return compression.finish(request, response)

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
