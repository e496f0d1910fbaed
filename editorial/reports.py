"""The translation status report (Reports → Translation status in the admin)."""

import datetime

from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from serving.spreadsheets import SafeCsvExportMixin

from .translation_status import translation_issues


class TranslationStatusReportView(SafeCsvExportMixin, ReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    paginate_by = 100
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda issue: issue.edit_url),
        Column("kind", label=_("Type")),
        # One column per language: the fields left empty in it.
        *(
            Column(f"missing_{code}", label=format_lazy(_("{language}: empty"), language=name))
            for code, name in settings.LANGUAGES
        ),
        Column("out_of_date_label", label=_("Older than another language")),
    ]
    list_export = [
        "title",
        "kind",
        *(f"missing_{code}" for code, _name in settings.LANGUAGES),
        "out_of_date_label",
        "edit_url",
    ]
    export_headings = {column.name: column.label for column in columns} | {
        "edit_url": _("Edit link"),
    }

    def get_queryset(self):
        return translation_issues()

    def get_filename(self):
        return f"translation-status-{datetime.date.today():%Y-%m-%d}"
