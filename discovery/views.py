"""robots.txt, sitemap.xml, the remembered language choice, and the site search page."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import http_date, url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Page

from . import search as site_search
from . import sitemaps
from .languages import LANGUAGE_CODES, translate_path

RESULTS_PER_PAGE = 10


@require_safe
def robots_txt(request):
    disallowed = ["/admin/", "/documents/", "/language/"]
    for code in LANGUAGE_CODES:
        with translation.override(code):
            disallowed.append(reverse("search"))  # result pages are not content
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallowed), ""]
    lines.append(f"Sitemap: {settings.SITE_URL}{reverse('sitemap')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


SITEMAP_CONTENT_TYPE = "application/xml; charset=utf-8"


@require_safe
def sitemap(request):
    """The sitemap index: one entry per section (discovery/sitemaps.py)."""
    content = sitemaps.index_document(request)
    if content is None:
        raise Http404
    return HttpResponse(content, content_type=SITEMAP_CONTENT_TYPE)


@require_safe
def sitemap_section(request, section):
    document = sitemaps.section_document(request, section)
    if document is None:
        raise Http404
    content, lastmod = document
    response = HttpResponse(content, content_type=SITEMAP_CONTENT_TYPE)
    if lastmod:
        response["Last-Modified"] = http_date(lastmod.timestamp())
    return response


@never_cache
@require_safe
def switch_language(request, code):
    """Remember the visitor's language (cookie) and show ``next`` in that language.

    The cookie wins over Accept-Language wherever the URL has no language prefix
    (``/`` first of all). ``next`` must be a local URL; the page is looked up in its own
    language and its address in ``code`` returned (translated slugs), else the home page.
    """
    if code not in LANGUAGE_CODES:
        raise Http404
    next_url = request.GET.get("next", "")
    target = None
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        parts = urlsplit(next_url)
        local = parts.path + (f"?{parts.query}" if parts.query else "")
        target = translate_path(request, local, code)
    response = HttpResponseRedirect(target or f"/{code}/")
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


@require_safe
def search(request):
    language = translation.get_language()
    query, was_shortened = site_search.clean_query(request.GET.get("q", ""))
    terms = site_search.query_terms(query)
    message = ""
    results = None
    if not query:
        message = gettext("Type one or more words to search the site.")
    elif not terms:
        message = gettext("Your search has no words we can look for. Try other words.")
    else:
        entries = site_search.search_entries(terms, language)
        results = Paginator(entries, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        pages = Page.objects.filter(pk__in=[entry.page_id for entry in results]).specific()
        pages = pages.defer_streamfields()
        by_id = {page.pk: page for page in pages}
        results.object_list = [by_id[entry.page_id] for entry in results if entry.page_id in by_id]
        if not results.paginator.count:
            message = gettext("No page matches your search. Check the spelling or try other words.")
    if was_shortened:
        message = " ".join(
            filter(
                None,
                [
                    gettext("Your search was shortened to its first %(count)s characters.")
                    % {"count": site_search.MAX_QUERY_LENGTH},
                    message,
                ],
            )
        )
    return TemplateResponse(
        request,
        "search/search_results.html",
        {
            "search_query": query,
            "results": results,
            "message": message,
            "meta_title": gettext("Search"),
            "robots": "noindex, follow",
        },
    )
