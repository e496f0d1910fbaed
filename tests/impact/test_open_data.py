"""The impact figures as open data: CSV, JSON and CSVW downloads in every language, their
licence, CORS and cache, and the bad requests they refuse."""

import csv
import io
import json

import pytest
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from core.models import SiteSettings
from impact.data import FIGURE_COLUMNS, HISTORY_COLUMNS
from impact.models import ImpactFigure
from tests.factories import make_figure
from tests.impact.helpers import add_figures, count_queries

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SITE_URL = "https://www.acopagro.example"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE_URL


def url(name, language, *args):
    with translation.override(language):
        return reverse(f"impact:{name}", args=args)


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


def test_download_addresses_are_translated():
    assert url("data_csv", "fr") == "/fr/impact/donnees.csv"
    assert url("data_json", "es") == "/es/impacto/datos.json"
    assert url("figure", "fr", "trees-planted") == "/fr/impact/chiffres/trees-planted/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_figures_csv_parses_with_texts_in_its_language(client, language):
    make_figure(
        key="csv-figure", value="1234567", is_minimum=True, source_url="https://x.example/r"
    )
    response = client.get(url("data_csv", language))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Access-Control-Allow-Origin"] == "*"
    rows = csv_rows(response)
    assert list(rows[0]) == [name for name, _title, _type in FIGURE_COLUMNS]
    assert len(rows) == ImpactFigure.objects.live().count()
    row = next(row for row in rows if row["key"] == "csv-figure")
    figure = ImpactFigure.objects.get(key="csv-figure")
    with translation.override(language):
        assert row["label"] == figure.label
        assert row["unit"] == figure.unit_label
        assert row["source"] == figure.source
    assert row["value"] == "1234567"
    assert row["more_than"] == "true"
    assert row["category_code"] == "forest"
    assert row["as_of"] == "2025"
    assert row["as_of_precision"] == "year"
    assert row["source_url"] == "https://x.example/r"
    assert row["last_modified"].startswith("20")


def test_spanish_csv_has_spanish_labels(client):
    make_figure(key="spanish-figure")
    rows = {row["key"]: row for row in csv_rows(client.get(url("data_csv", "es")))}
    assert rows["spanish-figure"]["label"] == "árboles de prueba"
    assert rows["spanish-figure"]["unit"] == "árboles"
    assert rows["spanish-figure"]["source"] == "Fuente de prueba"


@pytest.mark.parametrize("language", LANGUAGES)
def test_figures_json_parses_with_numbers_and_licence(client, language):
    make_figure(key="json-figure", value="1.50", unit="hectares")
    response = client.get(url("data_json", language))
    assert response["Access-Control-Allow-Origin"] == "*"
    document = json.loads(response.content)
    assert document["language"] == language
    assert document["license"] == {
        "id": "CC-BY-4.0",
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    record = next(item for item in document["figures"] if item["key"] == "json-figure")
    assert record["value"] == 1.5
    assert record["more_than"] is False
    assert record["unit_code"] == "HAR"
    keys = [item["key"] for item in document["figures"]]
    assert set(keys) == set(ImpactFigure.objects.live().values_list("key", flat=True))


def test_the_licence_is_the_one_chosen_in_the_settings(client):
    before = json.loads(client.get(url("data_json", "fr")).content)
    assert before["license"]["id"] == "CC-BY-4.0"
    site_settings = SiteSettings.objects.get()
    site_settings.data_licence = "CC0-1.0"
    site_settings.save()
    after = json.loads(client.get(url("data_json", "fr")).content)
    assert after["license"]["id"] == "CC0-1.0"
    assert after["license"]["url"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    page = client.get("/fr/impact/").content.decode()
    assert 'href="https://creativecommons.org/publicdomain/zero/1.0/" rel="license"' in page


def test_draft_figures_are_not_published(client):
    figure = make_figure(key="draft-figure")
    ImpactFigure.objects.filter(pk=figure.pk).update(live=False)
    assert "draft-figure" not in client.get(url("data_csv", "fr")).content.decode()
    assert "draft-figure" not in client.get(url("data_json", "fr")).content.decode()


@pytest.mark.parametrize("formula", ['=HYPERLINK("http://evil")', "+1+2", "-2+3", "@SUM(A1)"])
def test_csv_cells_cannot_run_as_formulas(client, formula):
    make_figure(key="formula-figure", source_fr=formula, label_fr=formula)
    rows = {row["key"]: row for row in csv_rows(client.get(url("data_csv", "fr")))}
    assert rows["formula-figure"]["source"] == "'" + formula
    assert rows["formula-figure"]["label"] == "'" + formula
    # The JSON has the text as it is: a JSON reader runs nothing.
    document = json.loads(client.get(url("data_json", "fr")).content)
    record = next(item for item in document["figures"] if item["key"] == "formula-figure")
    assert record["source"] == formula


def test_downloads_are_cached_until_a_figure_changes(client, django_assert_num_queries):
    figure = make_figure(key="cached-figure", value="100")
    first = client.get(url("data_json", "fr"))
    with django_assert_num_queries(0):
        again = client.get(url("data_json", "fr"))
    assert again.content == first.content
    figure.value = 250
    figure.save()
    record = next(
        item
        for item in json.loads(client.get(url("data_json", "fr")).content)["figures"]
        if item["key"] == "cached-figure"
    )
    assert record["value"] == 250


def test_downloads_answer_a_conditional_request_with_304(client):
    response = client.get(url("data_csv", "fr"))
    again = client.get(url("data_csv", "fr"), HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("metadata", "data_file", "columns"),
    [("data_csvw", "data_csv", FIGURE_COLUMNS), ("history_csvw", "history_csv", HISTORY_COLUMNS)],
)
def test_csvw_metadata_describes_the_csv_columns(client, language, metadata, data_file, columns):
    response = client.get(url(metadata, language))
    assert response["Content-Type"] == "application/csvm+json"
    described = json.loads(response.content)
    assert described["@context"][0] == "http://www.w3.org/ns/csvw"
    assert described["@context"][1] == {"@language": language}
    assert described["url"] == SITE_URL + url(data_file, language)
    assert described["dc:license"]["@id"].startswith("https://creativecommons.org/")
    header = next(csv.reader(io.StringIO(client.get(url(data_file, language)).content.decode())))
    schema_columns = described["tableSchema"]["columns"]
    assert [column["name"] for column in schema_columns] == header
    with translation.override(language):
        assert [column["titles"] for column in schema_columns] == [
            str(title) for _name, title, _type in columns
        ]
    # CSVW datatypes are XML Schema names; each column's values fit its datatype.
    rows = csv_rows(client.get(url(data_file, language)))
    for column in schema_columns:
        for row in rows:
            value = row[column["name"]]
            if column["datatype"] == "decimal":
                float(value)
            elif column["datatype"] == "boolean":
                assert value in ("true", "false")
            if column["required"]:
                assert value != ""


@pytest.mark.parametrize(
    "path",
    [
        "/de/impact/data.csv",
        "/xx/impacto/datos.json",
        "/fr/impact/chiffres/no-such-figure/",
        "/fr/impact/integrer/no-such-figure/",
    ],
)
def test_unknown_languages_and_keys_are_404s(client, path):
    assert client.get(path).status_code == 404


def test_a_figure_in_draft_has_no_public_page(client):
    figure = make_figure(key="hidden-figure")
    ImpactFigure.objects.filter(pk=figure.pk).update(live=False)
    assert client.get(url("figure", "fr", "hidden-figure")).status_code == 404
    assert client.get(url("embed", "fr", "hidden-figure")).status_code == 404


def test_downloads_refuse_writes(client):
    assert client.post(url("data_csv", "fr")).status_code == 405


@pytest.mark.parametrize(
    "name", ["data_csv", "data_json", "history_csv", "history_json", "data_csvw"]
)
def test_downloads_cost_the_same_queries_with_500_figures(client, django_assert_num_queries, name):
    """Counted on a cache miss: the number of queries does not grow with the figures."""
    add_figures(10)
    with_ten = count_queries(client, url(name, "fr"))
    add_figures(490, start=10)
    cache.clear()
    with django_assert_num_queries(with_ten):
        response = client.get(url(name, "fr"))
    assert response.status_code == 200
    if name == "data_csv":
        assert len(csv_rows(response)) == ImpactFigure.objects.live().count()
