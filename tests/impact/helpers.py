"""Helpers of the impact tests: many figures at once, and the queries of one request."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from impact.models import ImpactFigure


def add_figures(count, start=0):
    """``count`` live figures ``bulk-<n>``, in one query (for the query-count tests)."""
    ImpactFigure.objects.bulk_create(
        [
            ImpactFigure(
                key=f"bulk-{number}",
                value=number,
                unit="trees",
                category="forest",
                label_fr=f"chiffre {number}",
                label_es=f"cifra {number}",
                source_fr="Source",
                source_es="Fuente",
                as_of="2024-01-01",
            )
            for number in range(start, start + count)
        ]
    )


def count_queries(client, path):
    """The queries of a GET of ``path`` on an empty cache (it must answer 200)."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries.captured_queries)
