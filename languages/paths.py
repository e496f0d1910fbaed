"""Where the same content lives in another language (translated slugs included)."""

from urllib.parse import urlsplit, urlunsplit

from django.http import Http404
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from wagtail.models import Site


def page_path(page, language):
    """The page's path (``/es/historia/``) in ``language``, or None if it has no URL."""
    with translation.override(language):
        if not page.url_path:  # a page not saved yet (admin preview of a new page)
            return None
        parts = page.get_url_parts()
    return parts[2] if parts else None


def route_page(request, path):
    """The live page at ``path`` (no language prefix) in the active language, or None.

    Like Wagtail's ``Page.route_for_request`` but without caching the answer on the
    request, so that it can be asked about several paths.
    """
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        return site.root_page.localized.specific.route(
            request, [component for component in path.split("/") if component]
        )[0]
    except Http404:
        return None


def translate_path(request, url, language):
    """``url`` (a local path, maybe with a query) as seen in ``language``, or None.

    A Wagtail page is found by routing the path in its own language, then asked for its
    URL in the other one (the slugs differ), with a routable page's sub-address kept after
    it; any other view goes through Django's
    ``translate_url`` (translated URL patterns, query string kept).
    """
    parts = urlsplit(url)
    source_language = translation.get_language_from_path(parts.path)
    if source_language is None:
        return None
    with translation.override(source_language):
        try:
            match = resolve(parts.path)
        except Resolver404:
            return None
        if match.url_name == "wagtail_serve":
            page = route_page(request, match.args[0] if match.args else "")
            if page is None:
                return None
            path = page_path(page, language)
            if not path:
                return None
            # A routable page's sub-address (a lot of the offer: ``lot/<code>/``) is kept.
            own_path = page_path(page, source_language) or ""
            if own_path and parts.path.startswith(own_path):
                path += parts.path[len(own_path) :]
            return urlunsplit(("", "", path, parts.query, ""))
    translated = translate_url(urlunsplit(("", "", parts.path, parts.query, "")), language)
    if translation.get_language_from_path(urlsplit(translated).path) != language:
        return None
    return translated
