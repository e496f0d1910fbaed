from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import InspectView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from serving.spreadsheets import SafeCsvExportMixin

from .models import ContactSubmission
from .notifications import failing_notifications


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


class ContactSubmissionIndexView(SafeCsvExportMixin, IndexView):
    """The list of messages; its CSV export never starts a formula (visitors wrote it)."""

    def get_base_queryset(self):
        # The delivery state column, without a query per row.
        return super().get_base_queryset().select_related("notification")


def delivery_state(submission):
    """The notification's delivery state (notifications.py), with its last error."""
    notification = getattr(submission, "notification", None)
    if notification is None:
        return _("Sent") if submission.email_sent else "—"
    state = notification.get_state_display()
    if notification.last_error and notification.state != "sent":
        return f"{state} ({notification.recipient or '—'}: {notification.last_error})"
    return state


class ContactSubmissionViewSet(SnippetViewSet):
    """Buyers' messages: listed newest first, filtered, read in full and exported as CSV.

    Nobody adds them by hand (no add permission for staff); staff tick "answered" and
    keep notes.
    """

    model = ContactSubmission
    index_view_class = ContactSubmissionIndexView
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
        Column("delivery", label=_("Notification"), accessor=delivery_state),
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
        "message",
        "language",
        "email_sent",
        "handled",
        "staff_notes",
    ]
    export_filename = "contact-requests"
    ordering = ["-created_at"]


register_snippet(ContactSubmissionViewSet)


class NotificationFailuresPanel(Component):
    """On the dashboard, while contact notifications fail for good: which address fails
    and why, so that someone answers those messages from the admin."""

    name = "contact_notification_failures"
    order = 50
    template_name = "contact/admin/notification_failures_panel.html"

    def __init__(self, failures):
        self.failures = failures

    def get_context_data(self, parent_context=None):
        return {
            "failures": self.failures[:5],
            "count": len(self.failures),
            "list_url": reverse("wagtailsnippets_contact_contactsubmission:list"),
        }


@hooks.register("construct_homepage_panels")
def add_notification_failures_panel(request, panels):
    if not request.user.has_perm("contact.view_contactsubmission"):
        return
    failures = list(failing_notifications().select_related("submission").order_by("-pk")[:50])
    if failures:
        panels.append(NotificationFailuresPanel(failures))
