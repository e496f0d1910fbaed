from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContactSubmission


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
        "message",
        "language",
        "email_sent",
        "handled",
        "staff_notes",
    ]
    export_filename = "contact-requests"
    ordering = ["-created_at"]


register_snippet(ContactSubmissionViewSet)
