from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Certification, ContactSubmission, Partner, Province
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
    list_display = [
        "created_at",
        "name",
        "organisation",
        "country",
        "request_type",
        "lot",
        "email_sent",
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
