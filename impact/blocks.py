from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class ImpactFiguresBlock(blocks.StructBlock):
    """A band of impact figures chosen from the shared snippets."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Optional, e.g. Our forests in figures."),
    )
    figures = blocks.ListBlock(
        SnippetChooserBlock("impact.ImpactFigure"),
        label=_("Figures"),
        min_num=1,
        max_num=8,
    )

    class Meta:
        icon = "table"
        label = _("Impact figures")
        template = "components/blocks/impact_figures_block.html"

    def get_context(self, value, parent_context=None):
        """``figures``: the chosen figures that are live, so a figure still in draft (or
        deleted since) is left out of the page rather than shown before its approval."""
        context = super().get_context(value, parent_context=parent_context)
        context["figures"] = [
            figure for figure in value["figures"] if figure is not None and figure.live
        ]
        return context
