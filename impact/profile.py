"""The cooperative's one-page profile, from the live data: identity, provinces, members,
certifications, key figures with their sources and the contact details of the site
settings. Shown as a printable page and rendered to PDF with WeasyPrint (its own
stylesheet, read from the static files: nothing is fetched over the network).
"""

from django.conf import settings
from django.utils import timezone, translation

from core.pdf import html_to_pdf

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
    return html_to_pdf(html, STYLESHEET)
