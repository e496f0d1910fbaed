"""Template tags for the whole site: language switcher, fallbacks, navigation, cached fragments."""

import re

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.text import capfirst
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from discovery.languages import translate_path
from serving.cache import cached_fragment, site_cached

register = template.Library()

ASCII_SPACES = re.compile(r"[ \t\r\n]+")


@register.filter
def truncate_words(value, count):
    """``truncatewords`` that keeps no-break spaces: Django's splits on every Unicode space
    and joins with plain ones, so a French "2\u00a0000" or "pari\u00a0:" in an intro could
    break across lines once truncated."""
    words = ASCII_SPACES.split(str(value).strip())
    if len(words) <= int(count):
        return value
    return " ".join(words[: int(count)]) + "…"


def _is_empty(value):
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return len(value) == 0
    except TypeError:
        return False


def language_shown(obj, field_name, language=None):
    """The language whose text ``obj.<field_name>`` actually shows in ``language``.

    modeltranslation falls back to French when the Spanish field is empty; this tells the
    template so that it can mark the fallback text with ``lang="fr"``.
    """
    language = language or translation.get_language()
    try:
        translator.get_options_for_model(type(obj))
    except NotRegistered:
        return language
    if not _is_empty(getattr(obj, build_localized_fieldname(field_name, language), None)):
        return language
    for code, _name in settings.LANGUAGES:
        if not _is_empty(getattr(obj, build_localized_fieldname(field_name, code), None)):
            return code
    return language


@register.simple_tag
def fallback_lang(obj, field_name):
    """`` lang="fr"`` when the field shows another language's text, else nothing.

    Usage: ``<p{% fallback_lang page "intro" %}>{{ page.intro }}</p>``
    """
    shown = language_shown(obj, field_name)
    if shown != translation.get_language():
        return format_html(' lang="{}"', shown)
    return ""


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per site language to the page shown, in that language.

    ``page_url`` is the page in that language (translated slugs on a Wagtail page,
    translated URL patterns elsewhere, the home page when there is no equivalent, as on
    a 404). ``url`` goes through ``/language/<code>/?next=…``, which remembers the choice
    in a cookie before redirecting there (discovery app).
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        page_url = None
        if isinstance(page, Page):
            with translation.override(code):
                page_url = page.get_url(request=request)
        elif request is not None and getattr(request, "resolver_match", None) is not None:
            if request.resolver_match.url_name != "wagtail_serve":  # wagtail_serve here: a 404
                page_url = translate_path(request, request.get_full_path(), code)
        page_url = page_url or f"/{code}/"
        links.append(
            {
                "code": code,
                "name": translation.gettext(name),
                # The language named in itself ("Español"), for a visitor who reads only it.
                "name_local": capfirst(translation.get_language_info(code)["name_local"]),
                "url": f"{reverse('switch_language', args=[code])}?{urlencode({'next': page_url})}",
                "page_url": page_url,
                "is_current": code == current,
            }
        )
    return links


def _site_root(context):
    request = context.get("request")
    if request is None:
        return None
    cached = getattr(request, "_acopagro_site_root", None)
    if cached is None:
        site = Site.find_for_request(request)
        if site is None:
            return None
        # Kept with the site's navigation until the site changes (serving/cache.py).
        cached = site_cached(request, f"site-root-{site.pk}", lambda: site.root_page.specific)
        request._acopagro_site_root = cached
    return cached


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the current site (cached on the request)."""
    return _site_root(context)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The sections shown in the header menu, with the current one marked."""
    request = context.get("request")
    root = _site_root(context)
    if root is None:
        return []
    cached = site_cached(
        request,
        f"main-menu-{root.pk}",
        lambda: list(root.get_children().live().public().in_menu()),
    )
    current = context.get("page")
    items = []
    for section in cached:
        is_active = bool(current) and (
            current.pk == section.pk or current.path.startswith(section.path)
        )
        items.append(
            {
                "page": section,
                "is_active": is_active,
                "is_current": bool(current) and current.pk == section.pk,
            }
        )
    return items


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Standard pages under the home page that are not in the main menu (legal notice…)."""
    root = _site_root(context)
    if root is None:
        return []
    return site_cached(
        context.get("request"),
        f"footer-pages-{root.pk}",
        lambda: list(root.get_children().live().public().filter(show_in_menus=False)),
    )


@register.simple_tag(takes_context=True)
def footer_organisations(context):
    """The certifications and partners shown in every page's footer:
    ``{"certifications": [...], "partners": [...]}``, kept until the site changes."""
    from pages.models import Certification, Partner

    return site_cached(
        context.get("request"),
        "footer-organisations",
        lambda: {
            "certifications": list(Certification.objects.all()),
            "partners": list(Partner.objects.all()),
        },
    )


class SiteCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context):
        name = self.name.resolve(context)
        vary_on = [value.resolve(context) for value in self.vary_on]
        return cached_fragment(
            context.get("request"), name, vary_on, lambda: self.nodelist.render(context)
        )


@register.tag
def sitecache(parser, token):
    """Keep the rendered HTML until the site changes (serving/cache.py), per language.

    ``{% sitecache "card" card_page.pk %}…{% endsitecache %}``: the name, then every value
    the HTML depends on besides the language, the site and published content (which are
    always in the key). Nothing inside may depend on the visitor (no CSRF token, no
    form, no query string): that stays outside. Variables set inside are not seen after
    it. Previews never use it.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% sitecache %} needs a name")
    nodelist = parser.parse(("endsitecache",))
    parser.delete_first_token()
    return SiteCacheNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )
