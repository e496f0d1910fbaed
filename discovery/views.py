"""robots.txt, sitemap.xml and the site search page."""

from django.conf import settings
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from wagtail.models import Page

import languages

from . import search as site_search
from .sitemaps import PageSitemap

RESULTS_PER_PAGE = 10


@require_safe
def robots_txt(request):
    disallowed = ["/admin/", "/documents/", "/language/"]
    for code in languages.codes():
        with translation.override(code):
            disallowed.append(reverse("search"))  # result pages are not content
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallowed), ""]
    lines.append(f"Sitemap: {settings.SITE_URL}{reverse('sitemap')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": PageSitemap(request)})


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
