from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from serving.spreadsheets import SafeCsvExportMixin

from .models import Certification, ContactSubmission, Partner, Province
from .notifications import failing_notifications
from .reports import TranslationStatusReportView


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    list_display = ["name", "url"]
    search_fields = ["name"]


class CertificationViewSet(SnippetViewSet):
    model = Certification
    icon = "tick-inverse"
    list_display = ["name", "year"]


class ProvinceViewSet(SnippetViewSet):
    model = Province
    icon = "site"
    list_display = ["name", "latitude", "longitude"]


class CooperativeViewSetGroup(SnippetViewSetGroup):
    items = (PartnerViewSet, CertificationViewSet, ProvinceViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Cooperative")
    menu_name = "cooperative"
    menu_order = 210


register_snippet(CooperativeViewSetGroup)


class ContactSubmissionIndexView(SafeCsvExportMixin, IndexView):
    """The list of messages; its CSV export never starts a formula (visitors wrote it)."""

    def get_base_queryset(self):
        # The delivery state column, without a query per row.
        return super().get_base_queryset().select_related("notification")


def delivery_state(submission):
    """The notification's delivery state (pages/notifications.py), with its last error."""
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
    list_display = [
        "created_at",
        "name",
        "organisation",
        "country",
        "request_type",
        Column("delivery", label=_("Notification"), accessor=delivery_state),
        "handled",
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


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    view = TranslationStatusReportView
    return [
        path("reports/translation-status/", view.as_view(), name="translation_status"),
        path(
            "reports/translation-status/results/",
            view.as_view(results_only=True),
            name="translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="globe",
        order=50,
    )


class NotificationFailuresPanel(Component):
    """On the dashboard, while contact notifications fail for good: which address fails
    and why, so that someone answers those messages from the admin."""

    name = "contact_notification_failures"
    order = 50
    template_name = "pages/admin/notification_failures_panel.html"

    def __init__(self, failures):
        self.failures = failures

    def get_context_data(self, parent_context=None):
        return {
            "failures": self.failures[:5],
            "count": len(self.failures),
            "list_url": reverse("wagtailsnippets_pages_contactsubmission:list"),
        }


@hooks.register("construct_homepage_panels")
def add_notification_failures_panel(request, panels):
    if not request.user.has_perm("pages.view_contactsubmission"):
        return
    failures = list(failing_notifications().select_related("submission").order_by("-pk")[:50])
    if failures:
        panels.append(NotificationFailuresPanel(failures))
