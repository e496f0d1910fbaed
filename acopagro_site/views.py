"""Error views: the 404 and 500 pages in the visitor's language (from the URL prefix).

The 500 page must render when the database is down (a common cause of a 500): it uses
no context processor, no template tag and no model, only translated strings and static
files.
"""

from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import get_language_from_path


def visitor_language(request):
    """The language of the URL prefix (/fr/…, /es/…); without one, the language the
    middleware chose for the request (cookie, then Accept-Language), else the default."""
    return (
        get_language_from_path(request.path_info)
        or getattr(request, "LANGUAGE_CODE", None)
        or settings.LANGUAGE_CODE
    )


def page_not_found(request, exception=None):
    language = visitor_language(request)
    with translation.override(language):
        request.LANGUAGE_CODE = language
        html = render_to_string("404.html", {"request_path": request.path}, request=request)
    return HttpResponseNotFound(html)


def server_error(request):
    language = visitor_language(request)
    with translation.override(language):
        # No request: no context processors, so nothing here can touch the database.
        html = render_to_string(
            "500.html", {"LANGUAGE_CODE": language, "home_url": f"/{language}/"}
        )
    return HttpResponseServerError(html)
