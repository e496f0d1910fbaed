from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views.generic import InspectView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContactSubmission


class YesNoInspectView(InspectView):
    """Shows a ticked box as "Yes"/"No" in the reader's language (Wagtail shows "False")."""

    def get_field_display_value(self, field_name, field):
        if isinstance(field, models.BooleanField):
            return gettext("Yes") if getattr(self.object, field_name) else gettext("No")
        return super().get_field_display_value(field_name, field)


class YesNoColumn(BooleanColumn):
    """Wagtail's tick or cross, titled "Yes"/"No" in the reader's language (Wagtail's own
    column titles its icons "True"/"False")."""

    cell_template_name = "contact/admin/boolean_cell.html"


def boolean_column(model, field_name):
    return YesNoColumn(field_name, label=model._meta.get_field(field_name).verbose_name)


class ContactSubmissionViewSet(SnippetViewSet):
    """Buyers' messages: listed newest first, filtered, read in full and exported as CSV.

    Nobody adds them by hand (no add permission for staff); staff tick "answered" and
    keep notes.
    """

    model = ContactSubmission
    icon = "mail"
    menu_label = _("Contact requests")
    menu_order = 220
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = YesNoInspectView
    list_display = [
        "created_at",
        "name",
        "organisation",
        "country",
        "request_type",
        "lot",
        boolean_column(ContactSubmission, "email_sent"),
        boolean_column(ContactSubmission, "handled"),
    ]
    list_filter = ["request_type", "handled", "language"]
    search_fields = ["name", "organisation", "email", "country", "message"]
    list_export = [
        "created_at",
        "name",
        "organisation",
        "email",
        "country",
        "request_type",
        "lot",
        "message",
        "language",
        "email_sent",
        "handled",
        "staff_notes",
    ]
    export_filename = "contact-requests"
    ordering = ["-created_at"]


register_snippet(ContactSubmissionViewSet)
