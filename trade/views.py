"""The EUDR data room: what a buyer reaches with the access link staff sent.

Every answer without a usable token for that lot is a 404 (unknown, expired, revoked,
or a lot the link does not cover): nothing tells a visitor whether a token exists.
Every download is logged. Answers are never cached and never indexed; the token stays
out of the Referer of outgoing links.
"""

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from serving.client_ip import client_ip

from .models import BuyerAccess, DownloadLog, Plot
from .plots import lot_feature_collection
from .sheet import sheet_context, sheet_pdf

PRIVATE_HEADERS = {
    "Cache-Control": "private, no-store",
    "X-Robots-Tag": "noindex, nofollow",
    "Referrer-Policy": "no-referrer",
}


def _private(response):
    for header, value in PRIVATE_HEADERS.items():
        response[header] = value
    return response


def _access_or_404(token):
    access = BuyerAccess.find(token)
    if access is None:
        raise Http404
    return access


def _lot_or_404(access, code):
    lot = (
        access.lots.live()
        .filter(code=code)
        .select_related("product", "province")
        .prefetch_related("certifications")
        .first()
    )
    if lot is None:
        raise Http404
    return lot


def _log(request, access, lot, kind):
    DownloadLog.objects.create(
        access=access,
        lot=lot,
        kind=kind,
        ip_address=client_ip(request) or None,
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
    )


def data_room(request, token):
    access = _access_or_404(token)
    lots = access.lots.live().with_plot_counts().select_related("product").order_by("code")
    response = TemplateResponse(
        request, "trade/data_room.html", {"access": access, "lots": lots, "token": token}
    )
    return _private(response)


def lot_geojson(request, token, code):
    access = _access_or_404(token)
    lot = _lot_or_404(access, code)
    plots = Plot.objects.filter(lots=lot).order_by("reference")
    _log(request, access, lot, DownloadLog.Kind.GEOJSON)
    response = HttpResponse(
        lot_feature_collection(lot, plots), content_type="application/geo+json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{lot.code}-plots.geojson"'
    return _private(response)


def lot_sheet(request, token, code):
    access = _access_or_404(token)
    lot = _lot_or_404(access, code)
    _log(request, access, lot, DownloadLog.Kind.SHEET_HTML)
    context = sheet_context(lot, request)
    context["token"] = token
    return _private(TemplateResponse(request, "trade/lot_sheet.html", context))


def lot_sheet_pdf(request, token, code):
    access = _access_or_404(token)
    lot = _lot_or_404(access, code)
    _log(request, access, lot, DownloadLog.Kind.SHEET_PDF)
    response = HttpResponse(sheet_pdf(lot, request), content_type="application/pdf")
    filename = _("%(code)s-information-sheet.pdf") % {"code": lot.code}
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return _private(response)
