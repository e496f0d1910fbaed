"""The translation status report (Reports → Translation status in the admin)."""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from .translation_status import translation_issues


class TranslationStatusReportView(ReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    paginate_by = 100
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda issue: issue.edit_url),
        Column("kind", label=_("Type")),
        Column("missing_es", label=_("Empty in Spanish")),
        Column("missing_fr", label=_("Empty in French")),
        Column("out_of_date_label", label=_("Older than the other language")),
    ]
    list_export = ["title", "kind", "missing_es", "missing_fr", "out_of_date_label", "edit_url"]
    export_headings = {column.name: column.label for column in columns} | {
        "edit_url": _("Edit link"),
    }

    def get_queryset(self):
        return translation_issues()

    def get_filename(self):
        return f"translation-status-{datetime.date.today():%Y-%m-%d}"
