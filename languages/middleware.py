"""Language negotiation for a site whose every public URL starts with a language prefix
(/fr/, /es/…), and the admin's own language.

Django's LocaleMiddleware already picks the language from the URL prefix, then the
language cookie (the visitor's explicit choice, set by ``views.switch_language``), then
``Accept-Language``, then the default (French). What this subclass changes:

* a browser that asks only for languages the site lacks (``de, ja``) gets
  ``settings.LANGUAGE_FOR_OTHER_VISITORS`` (English) rather than the default; one that
  asks for no language at all gets the default;
* ``/`` redirects straight away, without rendering a 404 first;
* an unprefixed path (``/histoire/``, ``/de/``, ``/xx/foo/``) is redirected only when the
  prefixed URL really exists. Django checks only that the URL *resolves*, and Wagtail's
  catch-all pattern resolves everything, so ``/de/`` would become ``/fr/de/`` and then a
  404; here it stays a plain 404, rendered in the visitor's language.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import Resolver404, get_script_prefix, resolve, reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import trans_real
from wagtail.users.models import UserProfile

from . import codes as language_codes
from . import default as default_language
from . import for_other_visitors
from .paths import route_page


def _redirect(url):
    response = HttpResponseRedirect(url)
    # The target depends on the cookie and on Accept-Language: caches must know.
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def visitor_language(request):
    """The language for a request without a language prefix: the cookie, else the first
    configured language the browser asks for (``en-GB`` → ``en``), else English for a
    browser that asks only for others, else the default."""
    language = translation.get_language_from_request(request)
    if language != default_language():
        return language
    if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) in language_codes():
        return language  # the visitor chose the default language
    asked = [
        code
        for code, _quality in trans_real.parse_accept_lang_header(
            request.META.get("HTTP_ACCEPT_LANGUAGE", "")
        )
        if code != "*"
    ]
    if not asked:
        return language
    for code in asked:
        try:
            translation.get_supported_language_variant(code)
        except LookupError:
            continue
        return language  # the default language is the first one asked for that we have
    return for_other_visitors()


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_request(self, request):
        super().process_request(request)
        if not translation.get_language_from_path(request.path_info):
            language = visitor_language(request)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        if request.path_info == "/":
            query = request.META.get("QUERY_STRING", "")
            return _redirect(
                f"{get_script_prefix()}{translation.get_language()}/"
                + (f"?{query}" if query else "")
            )
        return None

    def process_response(self, request, response):
        language = translation.get_language()
        if response.status_code == 404 and not translation.get_language_from_path(
            request.path_info
        ):
            target = f"/{language}{request.path_info}"
            if _exists(request, target):
                url = request.get_full_path().replace(
                    get_script_prefix(), f"{get_script_prefix()}{language}/", 1
                )
                return _redirect(url)
            # Not a page in any form: keep the 404, never guess (no /fr/de/… detour).
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
            response.headers.setdefault("Content-Language", language)
            return response
        return super().process_response(request, response)


def _exists(request, path):
    """Whether ``path`` (with its language prefix) is a real view or a live page."""
    try:
        match = resolve(path)
    except Resolver404:
        return False
    if match.url_name != "wagtail_serve":
        return True
    return route_page(request, match.args[0] if match.args else "") is not None


class AdminLanguageMiddleware:
    """The admin speaks ``WAGTAILADMIN_DEFAULT_LANGUAGE`` (Spanish) unless the user chose
    otherwise.

    The cooperative's staff work in Spanish. Wagtail uses each user's preferred language
    (Account → Preferences); for a user who has not chosen one, and on the login page,
    this makes the admin's default language win over the browser's and over the public
    site's default (French).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(reverse("wagtailadmin_home")) and not self._has_preference(
            request.user
        ):
            translation.activate(settings.WAGTAILADMIN_DEFAULT_LANGUAGE)
            request.LANGUAGE_CODE = settings.WAGTAILADMIN_DEFAULT_LANGUAGE
        return self.get_response(request)

    @staticmethod
    def _has_preference(user):
        if not user.is_authenticated:
            return False
        return bool(UserProfile.get_for_user(user).preferred_language)
