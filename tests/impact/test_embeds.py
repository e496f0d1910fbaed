"""Embeddable counters: framable by other sites (and nothing else is), cookie-free,
cached, validated, up to date after a republication."""

import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from impact.formatting import NBSP
from impact.models import ImpactFigure
from tests.factories import make_figure
from tests.impact.helpers import add_figures, count_queries

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def embed_url(language, key=None, **query):
    with translation.override(language):
        path = reverse("impact:embed", args=[key]) if key else reverse("impact:embed_set")
    if query:
        path += "?" + "&".join(f"{name}={value}" for name, value in query.items())
    return path


def frame_ancestors(response):
    policy = response["Content-Security-Policy"]
    (directive,) = [part.strip() for part in policy.split(";") if "frame-ancestors" in part]
    return directive.removeprefix("frame-ancestors ").strip()


@pytest.mark.parametrize("language", LANGUAGES)
def test_embed_shows_the_figure_in_the_language_of_its_url(client, language):
    make_figure(key="embed-figure", value="2500", is_minimum=True, label_es="árboles")
    response = client.get(embed_url(language, "embed-figure"))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    figure = ImpactFigure.objects.get(key="embed-figure")
    with translation.override(language):
        assert figure.formatted_value in html
        assert figure.unit_label in html
        assert figure.source in html
        assert reverse("impact:figure", args=["embed-figure"]) in html  # the link back
    assert "<script" not in html
    assert 'style="' not in html


def test_spanish_embed_reads_mas_de(client):
    make_figure(key="embed-es", value="2500", is_minimum=True)
    html = client.get(embed_url("es", "embed-es")).content.decode()
    assert "más de 2.500" in html
    html = client.get(embed_url("fr", "embed-es")).content.decode()
    assert f"plus de 2{NBSP}500" in html


def test_only_embeds_may_be_framed(client):
    make_figure(key="framed-figure")
    embed = client.get(embed_url("fr", "framed-figure"))
    assert frame_ancestors(embed) == "*"
    assert "X-Frame-Options" not in embed
    for path in ("/fr/", "/fr/impact/", reverse("impact:figure", args=["framed-figure"])):
        response = client.get(path)
        assert response.status_code == 200, path
        assert frame_ancestors(response) == "'none'", path
        assert response["X-Frame-Options"] == "DENY", path
    # The rest of the embed's policy is as strict as a page's: own files only.
    policy = embed["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy


def test_the_framing_sites_can_be_configured(client, settings):
    settings.EMBED_FRAME_ANCESTORS = ["https://partner.example", "https://news.example"]
    make_figure(key="listed-figure")
    response = client.get(embed_url("fr", "listed-figure"))
    assert frame_ancestors(response) == "https://partner.example https://news.example"
    assert frame_ancestors(client.get("/fr/")) == "'none'"


def test_embeds_set_no_cookie(client):
    make_figure(key="cookie-figure")
    for path in (
        embed_url("fr", "cookie-figure"),
        embed_url("es", keys="cookie-figure,trees-planted", theme="dark"),
    ):
        response = client.get(path)
        assert response.status_code == 200
        assert not response.cookies, path
        assert "Set-Cookie" not in response
        assert "Cookie" not in response.get("Vary", "")


def test_embed_updates_when_the_figure_is_republished(client):
    figure = make_figure(key="moving-figure", value="100")
    assert ">100<" in client.get(embed_url("fr", "moving-figure")).content.decode()
    revision = figure.save_revision()
    figure.value = 175
    revision = figure.save_revision()
    revision.publish()
    assert ">175<" in client.get(embed_url("fr", "moving-figure")).content.decode()


def test_embed_is_cached(client, django_assert_num_queries):
    make_figure(key="cached-embed")
    first = client.get(embed_url("fr", "cached-embed"))
    with django_assert_num_queries(0):
        again = client.get(embed_url("fr", "cached-embed"))
    assert again.content == first.content


@pytest.mark.parametrize(
    ("theme", "css_class"),
    [(None, "embed--auto"), ("dark", "embed--dark"), ("light", "embed--light")],
)
def test_embed_theme(client, theme, css_class):
    make_figure(key="theme-figure")
    query = {"theme": theme} if theme else {}
    html = client.get(embed_url("fr", "theme-figure", **query)).content.decode()
    assert re.search(rf'<html lang="fr" class="embed {css_class}"', html)


def test_a_small_set_keeps_the_order_asked(client):
    make_figure(key="set-one", label_fr="premier")
    make_figure(key="set-two", label_fr="second")
    html = client.get(embed_url("fr", keys="set-two,set-one")).content.decode()
    assert html.index('data-figure="set-two"') < html.index('data-figure="set-one"')


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ({"theme": "purple"}, 400, "Le thème"),
        ({"keys": ""}, 400, "?keys="),
        ({"keys": "a,b,c,d,e,f,g"}, 400, "6"),
        ({"keys": "trees-planted,<script>"}, 400, "trees-planted"),
        ({"keys": "trees-planted,no-such-figure"}, 404, ""),
    ],
)
def test_bad_embed_parameters_get_a_clear_error(client, query, status, message):
    response = client.get(embed_url("fr"), query)
    assert response.status_code == status
    if message:
        assert message in response.content.decode()


def test_bad_theme_on_a_single_embed_is_a_400_in_spanish(client):
    response = client.get(embed_url("es", "trees-planted", theme="x"))
    assert response.status_code == 400
    assert "El tema" in response.content.decode()


def test_embeds_cost_the_same_queries_with_500_figures(client, django_assert_num_queries):
    add_figures(10)
    single = count_queries(client, embed_url("fr", "bulk-3"))
    small_set = count_queries(client, embed_url("fr", keys="bulk-1,bulk-2,bulk-3"))
    add_figures(490, start=10)
    cache.clear()
    with django_assert_num_queries(single):
        client.get(embed_url("fr", "bulk-3"))
    cache.clear()
    with django_assert_num_queries(small_set):
        client.get(embed_url("fr", keys="bulk-1,bulk-200,bulk-499"))
