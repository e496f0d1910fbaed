"""Admin views of the buyers' corner: the plot import, revoking an access link, and the
dashboard panel of certificates that expire soon."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.components import Component

from . import plots as plot_io
from .models import EXPIRY_WARNING_DAYS, BuyerAccess, Certificate, Lot, Plot


class PlotImportForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "A GeoJSON FeatureCollection (.geojson, .json) or a CSV (.csv) with the columns "
            "reference, latitude, longitude, area_ha (optional: producer_country, "
            "production_place). WGS84 coordinates with at least 6 decimals."
        ),
    )
    lots = forms.ModelMultipleChoiceField(
        label=_("Link the plots to these lots"),
        queryset=Lot.objects.order_by("code"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    keep_producer_names = forms.BooleanField(
        label=_("Keep producer names"),
        required=False,
        help_text=_(
            "Off by default: names in the file are dropped. Tick only when the producers "
            "have agreed that importers receive their names."
        ),
    )


def _can_import(user):
    return user.has_perm("trade.add_plot")


@require_admin_access
def import_plots(request):
    if not _can_import(request.user):
        messages.error(request, _("You may not import plots."))
        return redirect("wagtailadmin_home")
    errors = []
    form = PlotImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        result = plot_io.parse_upload(
            form.cleaned_data["file"], form.cleaned_data["keep_producer_names"]
        )
        if not result.errors:
            plot_io.check_references(result, Plot)
        if result.errors:
            errors = result.errors
        else:
            created = plot_io.save_plots(
                result, Plot, lots=list(form.cleaned_data["lots"]), user=request.user
            )
            messages.success(request, _("%(count)s plots imported.") % {"count": len(created)})
            return redirect("wagtailsnippets_trade_plot:list")
    return TemplateResponse(
        request,
        "trade/admin/import_plots.html",
        {"form": form, "errors": errors, "page_title": _("Import plots")},
        status=400 if errors else 200,
    )


@require_admin_access
def revoke_access(request, pk):
    access = get_object_or_404(BuyerAccess, pk=pk)
    if not request.user.has_perm("trade.change_buyeraccess"):
        messages.error(request, _("You may not revoke access links."))
        return redirect("wagtailadmin_home")
    if request.method == "POST":
        access.revoke()
        messages.success(
            request, _("The link of %(buyer)s no longer works.") % {"buyer": access.buyer}
        )
        return redirect("wagtailsnippets_trade_buyeraccess:list")
    return TemplateResponse(
        request,
        "trade/admin/revoke_access.html",
        {"access": access, "page_title": _("Revoke an access link")},
    )


class CertificateExpiryPanel(Component):
    """Dashboard: certificates that expire within the first warning period."""

    name = "certificate_expiry"
    template_name = "trade/admin/certificate_expiry_panel.html"
    order = 110

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["certificates"] = list(
            Certificate.objects.expiring_within(max(EXPIRY_WARNING_DAYS)).select_related(
                "certification"
            )
        )
        context["days"] = max(EXPIRY_WARNING_DAYS)
        return context
