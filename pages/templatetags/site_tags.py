"""Template tags for the whole site: navigation, footer organisations, cached fragments."""

import re

from django import template
from wagtail.models import Site

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
    from cooperative.models import Certification, Partner

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
