"""The visitor's explicit language choice."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from . import codes
from .paths import translate_path


@never_cache
@require_safe
def switch_language(request, code):
    """Remember the visitor's language (cookie) and show ``next`` in that language.

    The cookie wins over Accept-Language wherever the URL has no language prefix
    (``/`` first of all). ``next`` must be a local URL; the page is looked up in its own
    language and its address in ``code`` returned (translated slugs), else the home page.
    """
    if code not in codes():
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
