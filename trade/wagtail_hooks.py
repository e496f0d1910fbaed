"""The buyers' corner in the admin: lots (moderated), plots and their import, buyers'
access links (the link shown once), the download log, certificates and their expiry panel."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import BuyerAccess, Certificate, DownloadLog, Lot, Plot


class LotViewSet(SnippetViewSet):
    model = Lot
    icon = "tag"
    list_display = [
        "code",
        "product",
        "status",
        "harvest_end",
        StatusTagColumn(
            "moderation_status",
            label=_("Publication"),
            sort_key="live",
            primary=lambda lot: lot.live,
        ),
    ]
    list_filter = ["status", "is_sample"]
    search_fields = ["code"]

    def get_queryset(self, request):
        return Lot.objects.select_related("product").prefetch_workflow_states()


class PlotViewSet(SnippetViewSet):
    model = Plot
    icon = "site"
    list_display = [
        "reference",
        Column("geometry_type", label=_("Geometry")),
        "area_ha",
        "imported_at",
    ]
    list_filter = ["is_sample", "lots"]
    search_fields = ["reference", "production_place"]


class RevokeColumn(Column):
    """A link to revoke an access that still works."""

    def get_value(self, instance):
        if instance.revoked_at:
            return ""
        return format_html(
            '<a href="{}">{}</a>', reverse("trade_revoke_access", args=[instance.pk]), _("Revoke")
        )


class BuyerAccessViewSet(SnippetViewSet):
    model = BuyerAccess
    icon = "key"
    copy_view_enabled = False
    list_display = [
        "buyer",
        "expires_on",
        Column("state", label=_("State")),
        "created_at",
        RevokeColumn("revoke", label=_("Revoke")),
    ]
    search_fields = ["buyer", "email"]


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """The download log is written by the data room only: staff see and export it."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete", "lock", "unlock"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(DownloadLog, ReadOnlyPermissionPolicy(DownloadLog))


class DownloadLogViewSet(SnippetViewSet):
    model = DownloadLog
    icon = "download"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["downloaded_at", "access", "lot", "kind", "ip_address"]
    list_filter = ["kind", "lot"]
    list_export = ["downloaded_at", "access", "lot", "kind", "ip_address", "user_agent"]
    export_filename = "data-room-downloads"

    def get_queryset(self, request):
        return DownloadLog.objects.select_related("access", "lot")


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "doc-full"
    list_display = ["certification", "certificate_id", "holder", "valid_until"]
    list_filter = ["certification"]

    def get_queryset(self, request):
        return Certificate.objects.select_related("certification")


class BuyersCornerViewSetGroup(SnippetViewSetGroup):
    items = (LotViewSet, PlotViewSet, BuyerAccessViewSet, DownloadLogViewSet, CertificateViewSet)
    menu_icon = "tag"
    menu_label = _("Buyers' corner")
    menu_name = "buyers-corner"
    menu_order = 215


register_snippet(BuyersCornerViewSetGroup)


@hooks.register("after_create_snippet")
def show_new_access_link(request, instance):
    """The raw token exists only now: show the link once (only its hash is stored)."""
    if isinstance(instance, BuyerAccess) and getattr(instance, "new_token", None):
        link = request.build_absolute_uri(instance.data_room_path(instance.new_token))
        messages.warning(
            request,
            _("Send this link to %(buyer)s now; it is shown only once: %(link)s")
            % {"buyer": instance.buyer, "link": link},
        )


@hooks.register("register_admin_urls")
def register_trade_admin_urls():
    return [
        path("trade/plots/import/", admin_views.import_plots, name="trade_import_plots"),
        path(
            "trade/access/<int:pk>/revoke/", admin_views.revoke_access, name="trade_revoke_access"
        ),
    ]


@hooks.register("construct_homepage_panels")
def add_certificate_expiry_panel(request, panels):
    panels.append(admin_views.CertificateExpiryPanel())


@hooks.register("register_admin_menu_item")
def register_plot_import_menu_item():
    from wagtail.admin.menu import MenuItem

    return MenuItem(_("Import plots"), reverse("trade_import_plots"), icon_name="upload", order=216)
