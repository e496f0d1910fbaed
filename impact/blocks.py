from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class ImpactFiguresBlock(blocks.StructBlock):
    """A band of impact figures chosen from the shared snippets."""

    heading = blocks.CharBlock(
        label=_("Heading"), required=False, max_length=120,
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
