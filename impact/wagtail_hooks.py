from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ImpactFigure


class ImpactFigureViewSet(SnippetViewSet):
    model = ImpactFigure
    icon = "table"
    menu_label = _("Impact figures")
    menu_order = 200
    add_to_admin_menu = True
    list_display = [
        "label",
        Column("formatted", label=_("Figure as shown")),
        "category",
        "as_of",
        "updated_at",
    ]
    list_filter = ["category"]
    search_fields = ["key", "label_fr", "label_es"]
    ordering = ["category", "sort_order"]


register_snippet(ImpactFigureViewSet)
