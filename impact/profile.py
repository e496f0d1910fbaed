"""The cooperative's one-page profile, from the live data: identity, provinces, members,
certifications, key figures with their sources and the contact details of the site
settings. Shown as a printable page and rendered to PDF with WeasyPrint (its own
stylesheet, read from the static files: nothing is fetched over the network).
"""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils import timezone, translation

from . import data

# The profile's key figures: at most this many, in the impact page's order, so that it
# stays one page with any number of figures (the downloads have all of them).
MAX_PROFILE_FIGURES = 12
MEMBERS_KEY = "member-families"
STYLESHEET = "impact/profile.css"


def profile_context(request):
    from cooperative.models import Certification, Province
    from core.models import SiteSettings
    from discovery.structured_data import FOUNDING_YEAR, LEGAL_NAME

    figures = data.live_figures()
    members = next((figure for figure in figures if figure.key == MEMBERS_KEY), None)
    return {
        "legal_name": LEGAL_NAME,
        "founding_year": FOUNDING_YEAR,
        "provinces": list(Province.objects.all()),
        "certifications": list(Certification.objects.all()),
        "members": members,
        "key_figures": [figure for figure in figures if figure is not members][
            :MAX_PROFILE_FIGURES
        ],
        "figure_count": len(figures),
        "site_settings": SiteSettings.for_request(request),
        "generated_on": timezone.localdate(),
        "site_url": f"{settings.SITE_URL}/{translation.get_language()}/",
    }


def render_pdf(html):
    """The PDF of the profile's HTML (bytes)."""
    from weasyprint import CSS, HTML

    stylesheet = CSS(filename=finders.find(STYLESHEET))
    return HTML(string=html, url_fetcher=_no_fetch).write_pdf(stylesheets=[stylesheet])


def _no_fetch(url, *args, **kwargs):
    """The PDF needs no file from elsewhere: any fetch is refused (no network access)."""
    raise ValueError(f"The profile PDF fetches nothing: {url}")
