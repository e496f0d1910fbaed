"""Error views: the 400, 403, 404, 500 and 503 pages in the visitor's language (from the URL
prefix).

The 500 and 503 pages must render when the database is down (the most common cause): they
use no context processor, no template tag and no model, only translated strings and static
files. The 400 (a bad Host header, a malformed request) and the CSRF failure page use the
same plain template: neither may rely on the request being sound.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseNotFound
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import get_language_from_path, gettext

# Seconds a visitor (or crawler) is asked to wait when the database is unreachable.
DATABASE_RETRY_AFTER = 30


def visitor_language(request):
    """The language of the URL prefix (/fr/…, /es/…); without one, the language the
    middleware chose for the request (cookie, then Accept-Language), else the default."""
    language = get_language_from_path(request.path_info)
    if language:
        return language
    chosen = getattr(request, "LANGUAGE_CODE", None)
    return chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def page_not_found(request, exception=None):
    language = visitor_language(request)
    with translation.override(language):
        request.LANGUAGE_CODE = language
        html = render_to_string("404.html", {"request_path": request.path}, request=request)
    return HttpResponseNotFound(html)


def _plain_error(request, status, texts):
    """The plain error page: ``texts()`` returns (title, heading, paragraphs), translated."""
    language = visitor_language(request)
    with translation.override(language):
        title, heading, paragraphs = texts()
        html = render_to_string(
            "error_plain.html",
            {
                "LANGUAGE_CODE": language,
                "home_url": f"/{language}/",
                "code": status,
                "title": title,
                "heading": heading,
                "paragraphs": paragraphs,
            },
        )
    response = HttpResponse(html, status=status)
    response["Content-Language"] = language
    return response


def bad_request(request, exception=None):
    return _plain_error(
        request,
        400,
        lambda: (
            gettext("Request not understood"),
            gettext("The site could not understand this request"),
            [
                gettext(
                    "The address may be incomplete or altered. Check it, or start again from "
                    "the home page."
                )
            ],
        ),
    )


def permission_denied(request, exception=None):
    return _plain_error(
        request,
        403,
        lambda: (
            gettext("Access refused"),
            gettext("You may not open this page"),
            [gettext("If you think you should, write to the cooperative from the contact page.")],
        ),
    )


def csrf_failure(request, reason=""):
    """A form sent without its security cookie (cookies blocked, a page kept open for a
    long time, another tab signed out): say what to do, keep it short."""
    return _plain_error(
        request,
        403,
        lambda: (
            gettext("Form not sent"),
            gettext("Your form could not be sent"),
            [
                gettext(
                    "Your browser did not send the security cookie that this form needs. "
                    "Allow cookies for this site, reload the page and send the form again."
                ),
                gettext(
                    "If the page was open for a long time, reload it first: what you typed may "
                    "need to be typed again. You can also write to us by email."
                ),
            ],
        ),
    )


def database_unavailable(request):
    response = _plain_error(
        request,
        503,
        lambda: (
            gettext("Temporarily unavailable"),
            gettext("The site is briefly unavailable"),
            [gettext("We are working on it. Please try again in a minute.")],
        ),
    )
    response["Retry-After"] = str(DATABASE_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    # Django calls this from inside its exception handler: the exception is at hand.
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        return database_unavailable(request)
    return _plain_error(
        request,
        500,
        lambda: (
            gettext("Temporary error"),
            gettext("Something went wrong on our side"),
            [
                gettext(
                    "The site could not show this page just now. Please try again in a few minutes."
                )
            ],
        ),
    )
