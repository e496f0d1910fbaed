"""Routing and slug checks that find siblings in SQL, with wagtail-modeltranslation's rules.

wagtail-modeltranslation replaces ``route`` on every translated page model when it starts
(``patch_wagtailadmin._new_route``) and adds ``_validate_slugs`` to their ``clean``. Both
compare slugs in Python over every child or sibling of a page: each story view loaded
every story, and each save or publish of a story loaded every other story
(../shared/STACK-NOTES.md, items 9, 18 and 19). The functions here give the same answers
from one query that returns at most the matching rows:

- a page's slug "in a language" is modeltranslation's value of ``slug`` with that language
  active: the first non-empty ``slug_<code>`` in the order ``resolution_order()`` gives
  (the language, its fallbacks, the default fallbacks, French first here), else empty;
- ``route`` picks, among the children in tree order, the first whose slug in the active
  language is the requested one (the add-on's loop, in SQL);
- ``slug_errors`` refuses a slug that a sibling has in any configured language, with the
  add-on's message on the ``slug_<code>`` field of each such language.

``install()`` (run from ``PagesConfig.ready``, after the add-on has patched the models)
puts them in place on every page model, whatever ``route`` the model had by then.
"""

from django.db.models import CharField, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models
from wagtail.url_routing import RouteResult
from wagtail_modeltranslation import patch_wagtailadmin

# The add-on's own check, kept to compare answers with (tests).
ADDON_VALIDATE_SLUGS = patch_wagtailadmin._validate_slugs
# The add-on's own message, so that the admin shows the same (translated) error.
SLUG_IN_USE = _("This slug is already in use")


def slug_languages(language):
    """The languages whose ``slug_<code>`` column decides a page's slug in ``language``,
    in the order modeltranslation's descriptor reads them."""
    descriptor = Page.__dict__.get("slug")
    fallbacks = getattr(descriptor, "fallback_languages", None)
    return [
        code
        for code in resolution_order(language, fallbacks)
        if code in mt_settings.AVAILABLE_LANGUAGES
    ]


def slug_expression(language):
    """SQL for the page's slug as modeltranslation reads it with ``language`` active."""
    columns = [
        NullIf(build_localized_fieldname("slug", code), Value(""))
        for code in slug_languages(language)
    ]
    return Coalesce(*columns, Value(""), output_field=CharField())


def slug_in(page, language):
    """``page.slug`` with ``language`` active, read from the instance (no query)."""
    for code in slug_languages(language):
        value = getattr(page, build_localized_fieldname("slug", code), None)
        if value:
            return value
    return ""


def child_with_slug(parent, slug, language=None):
    """The first child of ``parent`` (tree order) whose slug in ``language`` is ``slug``."""
    language = language or get_language()
    return (
        parent.get_children()
        .alias(slug_in_language=slug_expression(language))
        .filter(slug_in_language=slug)
        .order_by("path")
        .first()
    )


def route(self, request, path_components):
    """Page.route for translated slugs, finding the child in SQL (see the module's doc)."""
    if isinstance(self, RoutablePageMixin) and self.live:
        # As the add-on does: a routable page first tries its own sub-routes.
        try:
            path = "/"
            if path_components:
                path += "/".join(path_components) + "/"
            view, args, kwargs = self.resolve_subpage(path)
            return RouteResult(self, args=(view, args, kwargs))
        except Http404:
            pass

    if path_components:
        child_slug, remaining = path_components[0], path_components[1:]
        child = child_with_slug(self, child_slug)
        if child is None:
            raise Http404
        return child.specific.route(request, remaining)

    if self.live:
        return RouteResult(self)
    raise Http404


def slug_errors(page):
    """{``slug_<code>``: message} for each language in which a sibling has ``page``'s slug.

    One query, reading only the siblings that clash, and only their slugs.
    """
    parent = page.get_parent()
    if parent is None:  # the tree's root may have any slug
        return {}
    languages = list(mt_settings.AVAILABLE_LANGUAGES)
    wanted = {code: slug_in(page, code) for code in languages}
    clash = Q()
    for code in languages:
        clash |= Q(**{f"slug_in_{code}": wanted[code]})
    siblings = Page.objects.child_of(parent)
    if page.pk:
        siblings = siblings.exclude(pk=page.pk)
    siblings = siblings.alias(
        **{f"slug_in_{code}": slug_expression(code) for code in languages}
    ).filter(clash)
    taken = siblings.annotate(
        **{f"taken_{code}": slug_expression(code) for code in languages}
    ).values_list(*(f"taken_{code}" for code in languages))
    errors = {}
    for row in taken:
        for code, sibling_slug in zip(languages, row, strict=True):
            if sibling_slug == wanted[code]:
                errors[build_localized_fieldname("slug", code)] = SLUG_IN_USE
    return errors


def install():
    """Route and check slugs in SQL on every page model (call once, after the add-on)."""
    # The add-on's clean() looks ``_validate_slugs`` up in its module when it runs.
    patch_wagtailadmin._validate_slugs = slug_errors
    for model in [Page, *get_page_models()]:
        model.route = route
