"""robots.txt, sitemap.xml, favicon.ico and the site search page."""

from functools import cache

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.http import http_date
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from wagtail.models import Page

import languages

from . import search as site_search
from . import sitemaps

RESULTS_PER_PAGE = 10
FAVICON = settings.BASE_DIR / "static" / "img" / "favicon.ico"
FAVICON_MAX_AGE = 7 * 24 * 3600


@cache
def _favicon_bytes():
    return FAVICON.read_bytes()


@require_safe
def favicon_ico(request):
    """/favicon.ico, which browsers and feed readers ask for whatever the page declares
    (16, 32 and 48 px, drawn from static/img/favicon.svg)."""
    response = HttpResponse(_favicon_bytes(), content_type="image/vnd.microsoft.icon")
    patch_cache_control(response, public=True, max_age=FAVICON_MAX_AGE)
    return response


@require_safe
def robots_txt(request):
    disallowed = ["/admin/", "/documents/", "/language/"]
    for code in languages.codes():
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
