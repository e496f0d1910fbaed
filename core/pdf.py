"""HTML to PDF with WeasyPrint, for the printable pages (cooperative profile, lot sheets)."""

from django.contrib.staticfiles import finders
from PIL import ImageFile


def html_to_pdf(html, stylesheet):
    """The PDF (bytes) of ``html`` styled by the static file ``stylesheet``, read from disk.

    The PDF fetches nothing: any URL in the HTML is refused (no network, no request back to
    the site). WeasyPrint turns on Pillow's ``LOAD_TRUNCATED_IMAGES`` for the whole process
    when it is imported; it is turned off again, or a truncated upload would pass the
    admin's image check (core.forms) once a PDF has been made.
    """
    from weasyprint import CSS, HTML

    ImageFile.LOAD_TRUNCATED_IMAGES = False
    css = CSS(filename=finders.find(stylesheet))
    return HTML(string=html, url_fetcher=_no_fetch).write_pdf(stylesheets=[css])


def _no_fetch(url, *args, **kwargs):
    raise ValueError(f"The PDF fetches nothing: {url}")
