"""Public views of the impact figures: open data downloads, a page per figure with its
history, embeddable counters and the cooperative's one-page profile (HTML and PDF).

Each response is built once per site generation and language (serving/cache.py): an
edit, publication or deletion of a figure, a setting or a snippet starts a new generation,
so a download or an embed shows a republished figure at its next request. The language is
the one of the URL prefix (``i18n_patterns``); an unknown prefix never reaches these views.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response
from django.utils.translation import gettext
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from serving.cache import page_cache_enabled, page_cache_seconds, request_generation
from serving.security import content_security_policy

from . import charts, data
from .models import ImpactFigure

# At most this many figures in one embedded set (?keys=a,b,c).
MAX_EMBED_KEYS = 6
EMBED_THEMES = ("auto", "light", "dark")
KEY_PATTERN = re.compile(r"^[-a-zA-Z0-9_]{1,60}$")


# --- Helpers ------------------------------------------------------------------------------


def _cached(request, name, build, cacheable=True):
    """``build()`` (bytes or str), kept until the site changes, per language and ``name``."""
    if not cacheable or not page_cache_enabled():
        return build()
    key = f"impact:{request_generation(request)}:{translation.get_language()}:{name}"
    body = cache.get(key)
    if body is None:
        body = build()
        cache.set(key, body, page_cache_seconds())
    return body


def _respond(request, body, content_type, *, cors=False):
    """A 200 with an ETag of its body (a 304 when the client has it already)."""
    if isinstance(body, str):
        body = body.encode()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = HttpResponse(body, content_type=content_type)
    response["ETag"] = etag
    response["Content-Language"] = translation.get_language()
    if cors:
        response["Access-Control-Allow-Origin"] = "*"
    return response


def _bad_request(message):
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def _absolute(path):
    return f"{settings.SITE_URL}{path}"


def _site_settings(request):
    from core.models import SiteSettings

    return SiteSettings.for_request(request)


def _licence_code(request):
    site_settings = _site_settings(request)
    return getattr(site_settings, "data_licence", data.DEFAULT_LICENCE)


def licence_for(request):
    """(SPDX identifier, name, URL) of the licence the site settings chose for the data."""
    return data.licence(_licence_code(request))


def impact_page():
    """(title, URL) of the impact page in the active language; the home page if none."""
    from django.apps import apps

    page = apps.get_model("pages", "ImpactPage").objects.live().first()
    url = page.get_url() if page is not None else None
    if not url:
        return gettext("Home"), f"/{translation.get_language()}/"
    return page.title, url


def download_urls():
    """The URLs of every download in the active language (relative)."""
    return {
        name: reverse(f"impact:{name}")
        for name in (
            "data_csv",
            "data_json",
            "data_csvw",
            "history_csv",
            "history_json",
            "history_csvw",
            "profile",
            "profile_pdf",
        )
    }


def _dataset_info(request, figures):
    urls = {"page": _absolute(impact_page()[1])}
    return data.dataset_info(translation.get_language(), _licence_code(request), urls, figures)


# --- Downloads ----------------------------------------------------------------------------


CONTENT_TYPES = {"csv": "text/csv; charset=utf-8; header=present", "json": "application/json"}


def _download(request, table, file_format):
    """A table of ``data.TABLES`` as CSV or JSON, in the language of the URL."""

    def build():
        figures = data.live_figures()
        records = data.table_records(table, figures)
        if file_format == "csv":
            return data.to_csv(records, data.TABLES[table])
        return data.to_json(_dataset_info(request, figures), table, records)

    body = _cached(request, f"{table}.{file_format}", build)
    return _respond(request, body, CONTENT_TYPES[file_format], cors=True)


@require_safe
def figures_csv(request):
    return _download(request, "figures", "csv")


@require_safe
def figures_json(request):
    return _download(request, "figures", "json")


@require_safe
def history_csv(request):
    return _download(request, "history", "csv")


@require_safe
def history_json(request):
    return _download(request, "history", "json")


def _csvw(request, name, url_name, columns, title):
    def build():
        metadata = data.csvw_metadata(
            _absolute(reverse(url_name)),
            translation.get_language(),
            _licence_code(request),
            columns,
            title,
        )
        return data.to_json(metadata, "@id", _absolute(request.path))

    body = _cached(request, name, build)
    return _respond(request, body, "application/csvm+json", cors=True)


@require_safe
def figures_csvw(request):
    return _csvw(
        request,
        "figures.csvw",
        "impact:data_csv",
        data.FIGURE_COLUMNS,
        gettext("ACOPAGRO impact figures"),
    )


@require_safe
def history_csvw(request):
    return _csvw(
        request,
        "history.csvw",
        "impact:history_csv",
        data.HISTORY_COLUMNS,
        gettext("ACOPAGRO impact figures: history of the published values"),
    )


# --- A figure's page ----------------------------------------------------------------------


def _live_figure(key):
    figure = ImpactFigure.objects.live().filter(key=key).first()
    if figure is None:
        raise Http404(gettext("No published figure has this key."))
    return figure


@require_safe
def figure_page(request, key):
    def build():
        figure = _live_figure(key)
        history = data.histories([figure])[figure.pk]
        context = {
            "figure": figure,
            "history": history,
            "chart": charts.history_chart(figure, history),
            "impact_page": impact_page(),
            "embed_url": _absolute(reverse("impact:embed", args=[figure.key])),
            "downloads": download_urls(),
            "licence": licence_for(request),
            "meta_title": f"{figure.formatted} {figure.label}",
            "meta_description": figure.description or figure.formatted,
        }
        return render_to_string("impact/figure_page.html", context, request=request)

    # A page rendered for a signed-in editor carries the Wagtail user bar: never shared.
    # (Downloads and embeds never read the user, so they send no "Vary: Cookie".)
    body = _cached(request, f"figure:{key}", build, cacheable=not request.user.is_authenticated)
    return _respond(request, body, "text/html; charset=utf-8")


# --- Embeds -------------------------------------------------------------------------------


def _embed_theme(request):
    theme = request.GET.get("theme", "auto")
    if theme not in EMBED_THEMES:
        return None
    return theme


def _embed_response(request, name, figures_for, theme):
    def build():
        figures = figures_for()
        context = {
            "figures": figures,
            "entries": [
                (figure, _absolute(reverse("impact:figure", args=[figure.key])))
                for figure in figures
            ],
            "theme": theme,
        }
        return render_to_string("impact/embed.html", context)

    body = _cached(request, f"{name}:{theme}", build)
    response = _respond(request, body, "text/html; charset=utf-8")
    # Other sites may frame this page, and no other (serving/security.py).
    response["Content-Security-Policy"] = content_security_policy(request.path, embed=True)
    return response


def _theme_error():
    return _bad_request(
        gettext("The theme must be one of: %(themes)s.") % {"themes": ", ".join(EMBED_THEMES)}
    )


@require_safe
@xframe_options_exempt
def embed(request, key):
    theme = _embed_theme(request)
    if theme is None:
        return _theme_error()
    return _embed_response(request, f"embed:{key}", lambda: [_live_figure(key)], theme)


@require_safe
@xframe_options_exempt
def embed_set(request):
    theme = _embed_theme(request)
    if theme is None:
        return _theme_error()
    raw = request.GET.get("keys", "")
    keys = list(dict.fromkeys(part.strip() for part in raw.split(",") if part.strip()))
    if not keys:
        return _bad_request(gettext("Give the figures to show: ?keys=key-one,key-two."))
    if len(keys) > MAX_EMBED_KEYS:
        return _bad_request(
            gettext("An embed shows at most %(count)s figures.") % {"count": MAX_EMBED_KEYS}
        )
    if not all(KEY_PATTERN.match(key) for key in keys):
        return _bad_request(
            gettext("A figure key has only letters, digits and hyphens, e.g. trees-planted.")
        )

    def figures_for():
        by_key = {figure.key: figure for figure in ImpactFigure.objects.live().filter(key__in=keys)}
        missing = [key for key in keys if key not in by_key]
        if missing:
            raise Http404(
                gettext("No published figure has the key %(keys)s.") % {"keys": ", ".join(missing)}
            )
        return [by_key[key] for key in keys]

    return _embed_response(request, "embed-set:" + ",".join(keys), figures_for, theme)


# --- The cooperative's profile ------------------------------------------------------------


def _profile_html(request, for_pdf):
    from . import profile as cooperative_profile

    context = cooperative_profile.profile_context(request)
    context["downloads"] = download_urls()
    context["for_pdf"] = for_pdf
    context["meta_title"] = gettext("Cooperative profile")
    return render_to_string("impact/profile.html", context, request=request)


@require_safe
def profile(request):
    # The generation date is printed on the profile: the day is part of the cache key.
    today = timezone.localdate().isoformat()
    body = _cached(request, f"profile:{today}", lambda: _profile_html(request, for_pdf=False))
    return _respond(request, body, "text/html; charset=utf-8")


@require_safe
def profile_pdf(request):
    from . import profile as cooperative_profile

    today = timezone.localdate().isoformat()
    body = _cached(
        request,
        f"profile.pdf:{today}",
        lambda: cooperative_profile.render_pdf(_profile_html(request, for_pdf=True)),
    )
    response = _respond(request, body, "application/pdf")
    filename = gettext("acopagro-profile") + f"-{translation.get_language()}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
