"""Template tags for the language switcher and for text shown in another language."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.http import urlencode
from wagtail.models import Page

from ..content import language_shown
from ..paths import translate_path

register = template.Library()


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

    ``page_url`` is the page in that language (translated slugs on a Wagtail page, with
    the ``subpage_path`` of a routable page's sub-address after it,
    translated URL patterns elsewhere, the home page when there is no equivalent, as on
    a 404). ``url`` goes through ``/language/<code>/?next=…``, which remembers the choice
    in a cookie before redirecting there. ``name`` is the language's name in its own
    language ("Español"), ``local_name`` in the page's language.
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
            if page_url and context.get("subpage_path"):  # a routable page's sub-address
                page_url += context["subpage_path"]
        elif request is not None and getattr(request, "resolver_match", None) is not None:
            if request.resolver_match.url_name != "wagtail_serve":  # wagtail_serve here: a 404
                page_url = translate_path(request, request.get_full_path(), code)
        page_url = page_url or f"/{code}/"
        with translation.override(code):
            own_name = str(name)
        links.append(
            {
                "code": code,
                "name": own_name,
                "local_name": str(name),
                "url": f"{reverse('switch_language', args=[code])}?{urlencode({'next': page_url})}",
                "page_url": page_url,
                "is_current": code == current,
            }
        )
    return links
