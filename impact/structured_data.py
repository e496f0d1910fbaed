"""schema.org JSON-LD of the impact figures: a ``Dataset`` with its downloads
(``distribution``: ``DataDownload``) and each figure as an ``Observation`` of the
cooperative (value, unit, date, measured property), in the active language.

discovery/structured_data.py renders the nodes into the page's one JSON-LD block
(``ImpactPage.structured_data_nodes``).
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext

from . import data

DOWNLOAD_FORMATS = [
    ("data_csv", "text/csv"),
    ("data_json", "application/json"),
    ("history_csv", "text/csv"),
    ("history_json", "application/json"),
]


def _absolute(path):
    return f"{settings.SITE_URL}{path}"


def observation(figure, organization_id, dataset_id):
    figure_url = _absolute(reverse("impact:figure", args=[figure.key]))
    node = {
        "@type": "Observation",
        "@id": f"{figure_url}#observation",
        "name": figure.label,
        "url": figure_url,
        "observationAbout": {"@id": organization_id},
        "measuredProperty": {
            "@type": "Property",
            "@id": f"{figure_url}#property",
            "name": figure.label,
        },
        "value": data.plain_number(figure.value),
        "unitText": figure.unit_label,
        "observationDate": figure.as_of_iso,
        "subjectOf": {"@id": dataset_id},
    }
    code = data.unit_code(figure.unit)
    if code:
        node["unitCode"] = code
    if figure.is_minimum:
        # The published figure is a lower bound ("more than 2,000").
        node["minValue"] = node["value"]
    if figure.description:
        node["description"] = figure.description
    return node


def dataset_nodes(figures, *, page_url, language, licence_code, organization_id):
    """The Dataset node and one Observation node per figure."""
    dataset_id = f"{page_url}#dataset"
    _code, _name, licence_url = data.licence(licence_code)
    modified = max((data.last_modified(figure) for figure in figures), default=None)
    titles = {
        "data_csv": gettext("All figures (CSV)"),
        "data_json": gettext("All figures (JSON)"),
        "history_csv": gettext("History of the published values (CSV)"),
        "history_json": gettext("History of the published values (JSON)"),
    }
    dataset = {
        "@type": "Dataset",
        "@id": dataset_id,
        "name": gettext("ACOPAGRO impact figures"),
        "description": gettext(
            "The figures the cooperative publishes about its members, cacao, social "
            "programmes, forests and climate, each with its source and the date it is "
            "true as of."
        ),
        "url": page_url,
        "inLanguage": language,
        "license": licence_url,
        "isAccessibleForFree": True,
        "creator": {"@id": organization_id},
        "publisher": {"@id": organization_id},
        "spatialCoverage": {"@type": "Place", "name": f"San Martín, {gettext('Peru')}"},
        "variableMeasured": [
            {"@id": f"{_absolute(reverse('impact:figure', args=[figure.key]))}#property"}
            for figure in figures
        ],
        "distribution": [
            {
                "@type": "DataDownload",
                "name": titles[name],
                "encodingFormat": encoding,
                "contentUrl": _absolute(reverse(f"impact:{name}")),
                "inLanguage": language,
            }
            for name, encoding in DOWNLOAD_FORMATS
        ],
    }
    if modified is not None:
        dataset["dateModified"] = modified.isoformat()
    return [dataset, *(observation(figure, organization_id, dataset_id) for figure in figures)]
