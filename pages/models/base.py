"""What every page of the site shares: the intro, the main image, chosen impact figures,
meta fields with their fallbacks, previews in each language."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.mixins import ImageMixin, IntroMixin


class PageImpactFigure(Orderable):
    """An impact figure chosen for a page (home band, program, project, quality page)."""

    page = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="impact_figure_links"
    )
    figure = models.ForeignKey(
        "impact.ImpactFigure", verbose_name=_("figure"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("figure")]

    class Meta(Orderable.Meta):
        verbose_name = _("impact figure")
        verbose_name_plural = _("impact figures")


class BasePage(IntroMixin, ImageMixin, Page):
    """Fields and behaviour every page of the site shares."""

    figures_panel = InlinePanel(
        "impact_figure_links",
        label=_("Impact figures"),
        max_num=8,
        help_text=_(
            "Figures shown on this page. Edit the numbers themselves under Impact figures."
        ),
    )

    search_fields = Page.search_fields + [index.SearchField("intro")]

    @property
    def preview_modes(self):
        """The admin previews the page in each language (one draft holds them all)."""
        return list(settings.LANGUAGES)

    class Meta:
        abstract = True

    def _first_filled(self, *field_names):
        """The first non-empty of ``field_names`` in the active language, else in French.

        modeltranslation would fall back field by field (a French SEO title before the
        Spanish title); a Spanish page should rather use its own title first.
        """
        for language in dict.fromkeys([translation.get_language(), settings.LANGUAGE_CODE]):
            for name in field_names:
                value = getattr(self, build_localized_fieldname(name, language), None)
                if value and value.strip():
                    return value.strip()
        return ""

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            # Render now: a lazy TemplateResponse would render after the override ends.
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
        response["Content-Language"] = language
        return response

    def route(self, request, path_components):
        """Find the child page by its slug in SQL, not by loading every child.

        wagtail-modeltranslation's route compares the active language's slug over all
        children in Python (../shared/STACK-NOTES.md, gotcha 9): with hundreds of stories
        each story view loaded them all. Here only children with that slug in some
        language are loaded; the comparison (with its French fallback) stays the same.
        """
        if not path_components:
            return super().route(request, path_components)
        child_slug, remaining = path_components[0], path_components[1:]
        any_language = Q()
        for code, _name in settings.LANGUAGES:
            any_language |= Q(**{build_localized_fieldname("slug", code): child_slug})
        for child in self.get_children().filter(any_language):
            if child.slug == child_slug:
                return child.specific.route(request, remaining)
        raise Http404

    @property
    def meta_title(self):
        """Title for search engines and shared links: SEO title, else the page title."""
        return self._first_filled("seo_title", "title") or self.title

    @property
    def meta_description(self):
        """Description for search engines: search description, else the introduction."""
        return self._first_filled("search_description", "intro")

    @cached_property
    def impact_figures(self):
        """The live figures chosen for this page, in the editor's order, in one query
        (a figure not yet published stays off the page until a moderator approves it)."""
        links = self.impact_figure_links.select_related("figure")
        return [link.figure for link in links if link.figure.live]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = (
            # Plain pages: breadcrumbs need titles and URLs only (one query, no specific()).
            list(self.get_ancestors().live().filter(depth__gt=1)) if self.depth > 2 else []
        )
        return context
