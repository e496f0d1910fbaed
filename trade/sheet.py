"""The lot information sheet, as a web page and as a PDF (WeasyPrint)."""

from django.template.loader import render_to_string
from django.utils import timezone

from core.pdf import html_to_pdf

from .models import Certificate, Plot, eudr_figures

REGULATION = "(EU) 2023/1115"
AMENDMENT = "(EU) 2025/2650"


def sheet_context(lot, request=None):
    plots = Plot.objects.filter(lots=lot)
    certifications = list(lot.certifications.all())
    return {
        "lot": lot,
        "plot_count": plots.count(),
        "points": plots.filter(geometry__type="Point").count(),
        "hectares": sum((plot.area_ha or 0) for plot in plots.only("area_ha")),
        "certifications": certifications,
        "certificates": Certificate.objects.valid()
        .filter(certification__in=certifications)
        .select_related("certification"),
        "regulation": REGULATION,
        "amendment": AMENDMENT,
        "generated_at": timezone.now(),
        "figures": eudr_figures(),
    }


def sheet_pdf(lot, request):
    """The sheet as PDF bytes; its stylesheet is read from disk (no HTTP request)."""
    html = render_to_string("trade/lot_sheet_print.html", sheet_context(lot, request), request)
    return html_to_pdf(html, "trade/sheet-print.css")
