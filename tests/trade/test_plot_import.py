"""The plot import in the admin: every bad file of the issue gets a clear message naming
the feature or line, and nothing is half-imported."""

import json
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from trade.models import Plot

from .factories import make_lot, make_plot, square

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(admin_client, superuser):
    """The admin in English (the default admin language is Spanish): messages read as in
    the code. test_errors_are_in_the_editors_language checks the Spanish ones."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


URL = "trade_import_plots"


def feature(geometry=None, **properties):
    props = {"PlotReference": "P-1", "ProducerCountry": "PE", "Area": 2.5}
    props.update(properties)
    return {
        "type": "Feature",
        "geometry": geometry or {"type": "Polygon", "coordinates": [square(as_text=False)]},
        "properties": {key: value for key, value in props.items() if value is not None},
    }


def geojson_file(*features, raw=None):
    text = (
        raw
        if raw is not None
        else json.dumps({"type": "FeatureCollection", "features": list(features)})
    )
    return SimpleUploadedFile("plots.geojson", text.encode(), "application/geo+json")


def post(admin_client, upload, **data):
    return admin_client.post(reverse(URL), {"file": upload, **data})


def errors_of(response):
    return [f"{where}: {message}" for where, message in response.context["errors"]]


def test_valid_geojson_is_imported_and_linked_to_the_lot(admin_client):
    lot = make_lot()
    point = {"type": "Point", "coordinates": [-76.712345, -7.123456]}
    response = post(
        admin_client,
        geojson_file(
            feature(), feature(point, PlotReference="P-2", Area=1.2, ProducerName="Juan Pérez")
        ),
        lots=[lot.pk],
    )
    assert response.status_code == 302, errors_of(response)
    assert set(lot.plots.values_list("reference", flat=True)) == {"P-1", "P-2"}
    assert Plot.objects.get(reference="P-2").producer_name == ""  # no names by default
    assert Plot.objects.get(reference="P-2").geometry["coordinates"] == ["-76.712345", "-7.123456"]


def test_producer_names_are_kept_only_when_asked(admin_client):
    upload = geojson_file(feature(ProducerName="Juan Pérez"))
    assert post(admin_client, upload, keep_producer_names="on").status_code == 302
    assert Plot.objects.get(reference="P-1").producer_name == "Juan Pérez"


@pytest.mark.parametrize(
    "bad_feature, expected",
    [
        (feature({"type": "Point", "coordinates": [-3.700000, 40.400000]}, Area=1), "outside Peru"),
        (feature({"type": "Point", "coordinates": [-76.7, -7.1]}, Area=1), "6 decimals"),
        (feature({"type": "Point", "coordinates": [-276.700000, -7.123456]}, Area=1), "WGS84"),
        (feature({"type": "Point", "coordinates": [-76.712345, -7.123456]}, Area=None), "area"),
        (
            feature({"type": "Point", "coordinates": [-76.712345, -7.123456]}, Area=6),
            "must be a polygon",
        ),
        (feature({"type": "Polygon", "coordinates": [square(as_text=False)[:-1]]}), "not closed"),
        (
            feature(
                {
                    "type": "Polygon",
                    "coordinates": [
                        [[-76.712345, -7.123456], [-76.713345, -7.123456], [-76.712345, -7.123456]]
                    ],
                }
            ),
            "at least 4",
        ),
        (
            feature(
                {
                    "type": "Polygon",
                    "coordinates": [
                        [
                            [-76.712345, -7.123456],
                            [-76.713345, -7.124456],
                            [-76.714345, -7.125456],
                            [-76.712345, -7.123456],
                        ]
                    ],
                }
            ),
            "aligned",
        ),
        (
            feature(
                {
                    "type": "Polygon",
                    "coordinates": [
                        [  # a bow tie: the outline crosses itself
                            [-76.712345, -7.123456],
                            [-76.713345, -7.124456],
                            [-76.713345, -7.123456],
                            [-76.712345, -7.124456],
                            [-76.712345, -7.123456],
                        ]
                    ],
                }
            ),
            "cross itself",
        ),
        (feature(ProducerCountry="BR"), "Peru (PE)"),
        (feature({"type": "LineString", "coordinates": [[-76.712345, -7.123456]]}), "not accepted"),
    ],
    ids=[
        "outside-peru",
        "few-decimals",
        "not-wgs84",
        "point-no-area",
        "point-over-4ha",
        "not-closed",
        "too-few-points",
        "aligned",
        "self-intersecting",
        "country",
        "line",
    ],
)
def test_bad_feature_is_reported_by_number_and_nothing_is_imported(
    admin_client, bad_feature, expected
):
    good = feature(PlotReference="GOOD-1")
    bad_feature["properties"]["PlotReference"] = "BAD-2"
    response = post(admin_client, geojson_file(good, bad_feature))
    assert response.status_code == 400
    errors = errors_of(response)
    assert any(error.startswith("feature 2") and expected in error for error in errors), errors
    assert not Plot.objects.filter(reference__in=["GOOD-1", "BAD-2"]).exists()


def test_malformed_geojson_names_the_line(admin_client):
    response = post(admin_client, geojson_file(raw='{"type": "FeatureCollection",\n"features": [}'))
    assert response.status_code == 400
    assert errors_of(response)[0].startswith("line 2: the file is not valid JSON")


def test_a_file_that_is_not_a_feature_collection_is_refused(admin_client):
    response = post(admin_client, geojson_file(raw='{"type": "Feature"}'))
    assert "FeatureCollection" in errors_of(response)[0]


def test_a_50_mb_file_gets_a_clear_error(admin_client, settings):
    settings.MAX_PLOT_IMPORT_MB = 10
    upload = SimpleUploadedFile("big.geojson", b" " * (50 * 1024 * 1024))
    response = post(admin_client, upload)
    assert response.status_code == 400
    assert "the file is 50.0 MB; the largest accepted is 10 MB" in errors_of(response)[0]


def test_already_imported_or_repeated_references_are_errors(admin_client):
    make_plot(reference="P-1")
    response = post(
        admin_client,
        geojson_file(feature(), feature(PlotReference="P-9"), feature(PlotReference="P-9")),
    )
    errors = errors_of(response)
    assert any("P-1: a plot with this reference is already imported" in e for e in errors)
    assert any("P-9: this reference appears twice" in e for e in errors)
    assert not Plot.objects.filter(reference="P-9").exists()


def csv_file(text):
    return SimpleUploadedFile("plots.csv", text.encode(), "text/csv")


def test_valid_csv_of_points_is_imported(admin_client):
    text = "reference;latitude;longitude;area_ha\nC-1;-7.123456;-76.712345;1,5\n"
    assert post(admin_client, csv_file(text)).status_code == 302
    plot = Plot.objects.get(reference="C-1")
    assert plot.geometry == {"type": "Point", "coordinates": ["-76.712345", "-7.123456"]}
    assert plot.area_ha == Decimal("1.5")


def test_csv_with_a_missing_column_names_it(admin_client):
    response = post(admin_client, csv_file("reference,latitude,longitude\nC-1,-7.1,-76.7\n"))
    assert response.status_code == 400
    assert errors_of(response) == [
        "line 1: missing column(s): area_ha (needed: reference, latitude, longitude, area_ha)"
    ]


def test_csv_errors_name_the_line_and_nothing_is_imported(admin_client):
    text = (
        "reference,latitude,longitude,area_ha\n"
        "C-1,-7.123456,-76.712345,1.5\n"
        "C-2,40.400000,-3.700000,1.5\n"
        "C-3,abc,-76.712345,1.5\n"
    )
    errors = errors_of(post(admin_client, csv_file(text)))
    assert any(error.startswith("line 3") and "outside Peru" in error for error in errors)
    assert any(error.startswith("line 4") and "decimal numbers" in error for error in errors)
    assert not Plot.objects.filter(reference="C-1").exists()


def test_errors_are_in_the_editors_language(admin_client, superuser):
    from wagtail.users.models import UserProfile

    UserProfile.objects.filter(user=superuser).update(preferred_language="es")
    response = post(admin_client, csv_file("reference,latitude\n"))
    assert response.status_code == 400
    assert errors_of(response)[0].startswith("línea 1: columna(s) faltante(s): longitude, area_ha")
