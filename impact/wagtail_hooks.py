from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from languages.fields import localized_names

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
        StatusTagColumn(
            "moderation_status",
            label=_("Status"),
            sort_key="live",
            primary=lambda figure: figure.live,
        ),
        "updated_at",
    ]
    list_filter = ["category"]
    search_fields = ["key", *localized_names("label")]
    ordering = ["category", "sort_order"]

    def get_queryset(self, request):
        # The status column asks each row whether it is in moderation: one query for all.
        return ImpactFigure.objects.prefetch_workflow_states()


register_snippet(ImpactFigureViewSet)
