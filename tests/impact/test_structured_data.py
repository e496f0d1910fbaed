"""The impact page's JSON-LD: a schema.org Dataset with its downloads and an Observation
per figure, checked against the schema.org vocabulary listed here (types, their
properties including inherited ones, and the expected types of the properties used)."""

import json

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from impact.data import plain_number
from impact.models import ImpactFigure
from pages.models import ImpactPage
from tests.discovery.helpers import SITE_URL, local, parse

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# schema.org, version 29 (https://schema.org/<Name>): the properties of each type used by
# the site's JSON-LD, inherited ones included.
THING = {
    "name", "description", "url", "identifier", "sameAs", "image", "alternateName",
    "subjectOf", "mainEntityOfPage", "additionalType", "potentialAction",
}  # fmt: skip
CREATIVE_WORK = THING | {
    "about", "author", "creator", "dateModified", "datePublished", "headline", "inLanguage",
    "isAccessibleForFree", "keywords", "license", "publisher", "spatialCoverage",
    "temporalCoverage", "isBasedOn",
}  # fmt: skip
PLACE = THING | {"address", "containedInPlace", "geo"}
VOCABULARY = {
    "Thing": THING,
    "Organization": THING
    | {
        "legalName",
        "logo",
        "foundingDate",
        "areaServed",
        "address",
        "telephone",
        "email",
    },  # fmt: skip
    "Place": PLACE,
    "AdministrativeArea": PLACE,
    "Country": PLACE,
    "PostalAddress": THING
    | {"streetAddress", "addressRegion", "addressCountry", "addressLocality", "postalCode"},
    "BreadcrumbList": THING | {"itemListElement"},
    "ListItem": THING | {"position", "item"},
    "Dataset": CREATIVE_WORK | {"distribution", "variableMeasured", "includedInDataCatalog"},
    # DataDownload < MediaObject < CreativeWork
    "DataDownload": CREATIVE_WORK | {"contentUrl", "encodingFormat", "contentSize", "uploadDate"},
    # Observation < QuantitativeValue < StructuredValue < Intangible < Thing
    "Observation": THING
    | {
        "observationAbout",
        "observationDate",
        "observationPeriod",
        "measuredProperty",
        "variableMeasured",
        "marginOfError",
        "measurementMethod",
        "measurementTechnique",
        "value",
        "unitCode",
        "unitText",
        "minValue",
        "maxValue",
        "valueReference",
    },  # fmt: skip
    "Property": THING | {"domainIncludes", "rangeIncludes", "inverseOf"},
    # ImageObject < MediaObject < CreativeWork (the Organization's logo)
    "ImageObject": CREATIVE_WORK | {"contentUrl", "width", "height", "caption", "encodingFormat"},
}
# Expected types of the properties whose value is a node here.
RANGES = {
    ("Dataset", "distribution"): {"DataDownload"},
    ("Dataset", "spatialCoverage"): {"Place"},
    ("Observation", "measuredProperty"): {"Property"},
    ("Organization", "address"): {"PostalAddress"},
    ("Organization", "logo"): {"ImageObject"},
    ("Organization", "areaServed"): {"AdministrativeArea", "Place"},
    ("AdministrativeArea", "containedInPlace"): {"Country", "Place"},
    ("BreadcrumbList", "itemListElement"): {"ListItem"},
}


def check_node(node, nodes_by_id, path="@graph"):
    """Every type and property of ``node`` (and of the nodes inside it) is schema.org's."""
    node_type = node.get("@type")
    if node_type is None:  # a reference to a node described elsewhere in the graph
        assert set(node) == {"@id"}, path
        assert node["@id"] in nodes_by_id or node["@id"].startswith(SITE_URL), path
        return
    assert node_type in VOCABULARY, f"{path}: unknown type {node_type}"
    for name, value in node.items():
        if name.startswith("@"):
            continue
        assert name in VOCABULARY[node_type], f"{path}: {node_type} has no property {name}"
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                expected = RANGES.get((node_type, name))
                if expected and "@type" in item:
                    assert item["@type"] in expected, f"{path}.{name}: {item['@type']}"
                check_node(item, nodes_by_id, f"{path}.{name}")


def impact_page_graph(client, language):
    with translation.override(language):
        url = ImpactPage.objects.live().get().get_url()
    (script,) = parse(client.get(url)).json_ld()
    data = json.loads(script)
    assert data["@context"] == "https://schema.org"
    return data["@graph"]


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE_URL


@pytest.mark.parametrize("language", LANGUAGES)
def test_impact_page_json_ld_uses_only_schema_org_terms(client, language):
    graph = impact_page_graph(client, language)
    nodes_by_id = {node["@id"]: node for node in graph if "@id" in node}
    for node in graph:
        check_node(node, nodes_by_id)
    # Every node a property points to is in the graph, except the site's own addresses.
    assert any(node["@type"] == "Dataset" for node in graph)


@pytest.mark.parametrize("language", LANGUAGES)
def test_dataset_lists_its_downloads_and_every_figure(client, language):
    graph = impact_page_graph(client, language)
    (dataset,) = [node for node in graph if node["@type"] == "Dataset"]
    assert dataset["inLanguage"] == language
    assert dataset["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert 50 <= len(dataset["description"]) <= 5000  # what dataset search engines require
    formats = set()
    for download in dataset["distribution"]:
        assert download["@type"] == "DataDownload"
        response = client.get(local(download["contentUrl"]))
        assert response.status_code == 200
        assert response["Content-Type"].startswith(download["encodingFormat"])
        formats.add(download["encodingFormat"])
    assert formats == {"text/csv", "application/json"}

    observations = {node["url"]: node for node in graph if node["@type"] == "Observation"}
    figures = list(ImpactFigure.objects.live())
    assert len(observations) == len(figures)
    organization = next(node for node in graph if node["@type"] == "Organization")
    with translation.override(language):
        for figure in figures:
            observation = observations[SITE_URL + reverse("impact:figure", args=[figure.key])]
            assert observation["value"] == plain_number(figure.value)
            assert observation["unitText"] == figure.unit_label
            assert observation["observationDate"] == figure.as_of_iso
            assert observation["observationAbout"] == {"@id": organization["@id"]}
            assert observation["subjectOf"] == {"@id": dataset["@id"]}
            assert observation["measuredProperty"]["name"] == figure.label
            assert {"@id": observation["measuredProperty"]["@id"]} in dataset["variableMeasured"]
            assert client.get(local(observation["url"])).status_code == 200
