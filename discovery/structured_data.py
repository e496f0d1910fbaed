"""JSON-LD (schema.org) for the cooperative, the breadcrumb trail and stories.

Rendered as one ``<script type="application/ld+json">`` data block: JSON is escaped the
way Django's ``json_script`` does it (``<``, ``>`` and ``&`` as ``\\u003C``…), so no text
an editor types can close the element; a data block is not executed, so a strict CSP has
nothing to allow.
"""

import json

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from .seo import logo_url

FOUNDING_YEAR = "1997"
LEGAL_NAME = "Cooperativa Agraria Cacaotera ACOPAGRO Ltda."
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def organization_id():
    return f"{settings.SITE_URL}/#organization"


def organization(site_settings, home_url):
    data = {
        "@type": "Organization",
        "@id": organization_id(),
        "name": "ACOPAGRO",
        "legalName": LEGAL_NAME,
        "url": home_url,
        "logo": logo_url(),
        "foundingDate": FOUNDING_YEAR,
        "description": gettext(
            "Organic and fair-trade cacao cooperative of more than 2,000 families in "
            "San Martín, Peru."
        ),
        "areaServed": {
            "@type": "AdministrativeArea",
            "name": "San Martín",
            "containedInPlace": {"@type": "Country", "name": gettext("Peru")},
        },
    }
    if site_settings is not None:
        address = ", ".join(
            line.strip() for line in (site_settings.address or "").splitlines() if line.strip()
        )
        if address:
            data["address"] = {
                "@type": "PostalAddress",
                "streetAddress": address,
                "addressRegion": "San Martín",
                "addressCountry": "PE",
            }
        if site_settings.phone:
            data["telephone"] = site_settings.phone
        if site_settings.email:
            data["email"] = site_settings.email
        same_as = [url for _name, url in site_settings.social_links]
        if same_as:
            data["sameAs"] = same_as
    return data


def breadcrumb_list(trail):
    """``trail``: (name, absolute URL) from the home page to the current page."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def article(page, canonical, language, description, image_card):
    data = {
        "@type": "Article",
        "headline": page.meta_title[:110],
        "inLanguage": language,
        "url": canonical,
        "mainEntityOfPage": canonical,
        "author": {"@id": organization_id()},
        "publisher": {"@id": organization_id()},
    }
    if description:
        data["description"] = description
    if getattr(page, "date_iso", None):
        data["datePublished"] = page.date_iso  # as precise as the story's date is known
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if image_card:
        data["image"] = [image_card["url"]]
    return data


def graph(*nodes):
    return {"@context": "https://schema.org", "@graph": [node for node in nodes if node]}


def json_ld_script(data):
    """A ``<script type="application/ld+json">`` element holding ``data``, safely escaped."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
