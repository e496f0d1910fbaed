"""A figure's history: the values it was published with, from its revisions, on its own
page (server-side SVG chart and a table) and in the history downloads."""

import csv
import datetime
import io
import json
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation

from impact import data
from impact.models import ImpactFigure
from tests.factories import make_figure

pytestmark = pytest.mark.django_db


def publish(figure, **changes):
    for name, value in changes.items():
        setattr(figure, name, value)
    figure.save_revision().publish()
    return ImpactFigure.objects.get(pk=figure.pk)


@pytest.fixture
def growing_figure():
    """Published three times: 100 (2023), 100 with a corrected label, then 180 (2025)."""
    figure = make_figure(key="growing", value="100", as_of=datetime.date(2023, 1, 1))
    figure = publish(figure)
    figure = publish(figure, label_fr="arbres plantés (corrigé)")
    return publish(figure, value=180, as_of=datetime.date(2025, 5, 1), as_of_precision="month")


def test_history_has_one_point_per_published_value(growing_figure):
    points = data.histories([growing_figure])[growing_figure.pk]
    assert [(int(point.value), point.as_of.year) for point in points] == [(100, 2023), (180, 2025)]
    assert points[-1].as_of_precision == "month"
    assert all(point.published_at is not None for point in points)
    assert points[0].published_at <= points[1].published_at


def test_a_figure_without_revisions_has_its_live_value_as_history():
    figure = ImpactFigure.objects.get(key="trees-planted")
    (point,) = data.histories([figure])[figure.pk]
    assert point.value == figure.value
    assert point.as_of == figure.as_of


def test_a_draft_is_not_history(growing_figure):
    growing_figure.value = 999
    growing_figure.save_revision()  # saved, not published
    figure = ImpactFigure.objects.get(pk=growing_figure.pk)
    values = [int(point.value) for point in data.histories([figure])[figure.pk]]
    assert 999 not in values


def test_histories_of_many_figures_take_two_queries(django_assert_num_queries, growing_figure):
    figures = list(ImpactFigure.objects.live())
    ContentType.objects.clear_cache()
    with django_assert_num_queries(2):  # the content type (then cached) and the log entries
        data.histories(figures)
    with django_assert_num_queries(1):
        data.histories(figures)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_figure_page_shows_the_history_as_chart_and_table(client, growing_figure, language):
    with translation.override(language):
        path = reverse("impact:figure", args=["growing"])
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    svg = re.search(r"<svg class=\"history-chart\".*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert svg.count("<circle") == 2
    assert "<polyline" in svg
    table = re.search(r'<table class="open-data__table">.*?</table>', html, re.S).group(0)
    assert table.count("<tr>") == 3  # header and two values
    assert 'datetime="2023"' in table and 'datetime="2025-05"' in table
    assert "<script>" not in html  # only external, deferred scripts
    with translation.override(language):
        embed = reverse("impact:embed", args=["growing"])
    assert "&lt;iframe src=&quot;http" in html or '&lt;iframe src="http' in html
    assert embed in html


def test_history_downloads_hold_every_published_value(client, growing_figure):
    with translation.override("fr"):
        csv_path = reverse("impact:history_csv")
        json_path = reverse("impact:history_json")
    rows = [
        row
        for row in csv.DictReader(io.StringIO(client.get(csv_path).content.decode()))
        if row["key"] == "growing"
    ]
    assert [(row["value"], row["as_of"]) for row in rows] == [("100", "2023"), ("180", "2025-05")]
    document = json.loads(client.get(json_path).content)
    records = [record for record in document["history"] if record["key"] == "growing"]
    assert [record["value"] for record in records] == [100, 180]
    assert all(record["published_at"] for record in records)
    # Every live figure has at least its current value.
    keys = {record["key"] for record in document["history"]}
    assert keys == set(ImpactFigure.objects.live().values_list("key", flat=True))
