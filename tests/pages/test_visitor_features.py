"""Visitor features: the impact page, the map and its text fallback, partners and
certifications (footer and pages), responsive images, and required alt text."""

import json
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import languages
from cooperative.models import Certification, Partner, Province
from core.forms import AltTextImageForm
from core.models import CustomImage
from impact.models import ImpactFigure
from pages import models as m
from tests.factories import CertificationFactory, PartnerFactory, demo_page, make_figure

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def get_html(client, page, language):
    response = client.get(url_in(page, language))
    assert response.status_code == 200
    return response.content.decode()


def map_data(html, map_id):
    match = re.search(
        rf'<script id="{map_id}-data" type="application/json">(.*?)</script>', html, re.S
    )
    assert match, f"no map data {map_id}"
    return json.loads(match.group(1))


# --- Impact page -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "headings", "figure_text"),
    [
        ("fr", ["Membres", "Qualité du cacao", "Forêts", "Climat"], "plus de 3\u00a0000\u00a0000"),
        ("es", ["Socios", "Calidad del cacao", "Bosques", "Clima"], "más de 3.000.000"),
    ],
)
def test_impact_page_shows_every_figure_grouped_by_category(
    client, language, headings, figure_text
):
    html = get_html(client, demo_page(m.ImpactPage), language)

    for figure in ImpactFigure.objects.all():
        assert f'data-figure="{figure.key}"' in html
    positions = [html.index(f">{heading}</h2>") for heading in headings]
    assert positions == sorted(positions), "categories are not in their usual order"
    assert figure_text in html
    figure = ImpactFigure.objects.live().first()
    assert f'<time datetime="{figure.as_of_iso}">{figure.as_of_display}</time>' in html


def test_impact_page_links_a_source_that_has_a_url(client):
    figure = make_figure(key="linked", source_url="https://example.org/rapport-2025")
    html = get_html(client, demo_page(m.ImpactPage), "fr")
    block = html[html.index('data-figure="linked"') :]
    assert '<a href="https://example.org/rapport-2025" rel="noopener">Source de test</a>' in block
    assert figure.label_fr in block


@override_settings(PAGE_CACHE_ENABLED=False)
def test_impact_page_queries_do_not_grow_with_the_figures(client):
    page = demo_page(m.ImpactPage)
    client.get(url_in(page, "fr"))  # the navigation is built and kept
    with CaptureQueriesContext(connection) as before:
        client.get(url_in(page, "fr"))
    for number in range(5):
        make_figure(key=f"extra-{number}", category=ImpactFigure.Category.SOCIAL)
    client.get(url_in(page, "fr"))  # the site changed: the navigation is built again
    with CaptureQueriesContext(connection) as after:
        html = client.get(url_in(page, "fr")).content.decode()
    assert "extra-4" in html
    assert len(after) == len(before)


def test_impact_page_is_in_the_main_menu(client):
    page = demo_page(m.ImpactPage)
    html = get_html(client, demo_page(m.HomePage), "es")
    assert f'<a href="{url_in(page, "es")}"' in html.split('class="site-nav"')[1].split("</nav>")[0]


# --- Map -------------------------------------------------------------------------------


def locate(province_name=None, project=None):
    """Give a province and a project coordinates (the demo content has none: no source
    gives them)."""
    if province_name:
        Province.objects.filter(name=province_name).update(
            latitude=Decimal("-7.18"), longitude=Decimal("-76.73")
        )
    if project is not None:
        project.latitude, project.longitude = Decimal("-6.5"), Decimal("-76.1")
        project.save()


def test_climate_map_lists_provinces_and_project_locations_as_text(client):
    index = demo_page(m.ClimateProjectIndexPage)
    located_project = demo_page(m.ClimateProjectPage)
    locate("Huallaga", located_project)
    html = get_html(client, index, "es")

    places = map_data(html, "projects-map")
    assert {(place["kind"], place["name"]) for place in places} == {
        ("province", "Huallaga"),
        ("project", located_project.title_es),
    }
    with translation.override("es"):
        entry = next(place for place in places if place["url"] == located_project.get_url())
    assert (entry["lat"], entry["lng"]) == (-6.5, -76.1)
    # Every province as text, located or not, outside the (JavaScript-only) map canvas.
    listing = html.split('class="place-map__list"')[1].split("</ul>")[0]
    for province in Province.objects.all():
        assert province.name in listing
    assert located_project.title_es in listing
    assert "Proyecto climático" in listing


def test_places_without_coordinates_are_listed_but_draw_no_map(client):
    html = get_html(client, demo_page(m.CacaoQualityPage), "fr")
    listing = html.split('class="place-map__list"')[1].split("</ul>")[0]
    for province in Province.objects.all():
        assert province.name in listing
    assert "place-map__canvas" not in html
    assert 'id="origin-map-data"' not in html


def test_map_canvas_is_hidden_without_javascript_and_has_no_tiles_in_tests(client):
    locate("Picota")
    html = get_html(client, demo_page(m.ClimateProjectIndexPage), "fr")
    canvas = re.search(r'<div class="place-map__canvas"[^>]*>', html).group(0)
    assert " hidden" in canvas
    assert 'data-map-tiles=""' in canvas  # settings.test: MAP_TILE_URL is empty
    assert "/static/js/map.js" in html
    # Leaflet is loaded by map.js when the map nears the screen, never from <head>.
    assert 'data-map-script="/static/vendor/leaflet/leaflet.js"' in canvas
    assert 'data-map-style="/static/vendor/leaflet/leaflet.css"' in canvas
    head = html.split("</head>")[0]
    assert "leaflet" not in head


def test_project_coordinates_edited_by_staff_move_it_on_the_map(client):
    project = demo_page(m.ClimateProjectPage)
    locate(project=project)
    places = map_data(get_html(client, project, "fr"), "project-map")
    entry = next(place for place in places if place["kind"] == "project")
    assert (entry["lat"], entry["lng"]) == (-6.5, -76.1)


def test_a_project_without_coordinates_is_not_on_the_map(client):
    project = demo_page(m.ClimateProjectPage)
    locate("Picota")
    html = get_html(client, demo_page(m.ClimateProjectIndexPage), "fr")
    assert project.latitude is None
    assert all(place["name"] != project.title_fr for place in map_data(html, "projects-map"))


def test_pages_without_places_load_no_map_script(client):
    html = get_html(client, demo_page(m.HistoryPage), "fr")
    assert "leaflet" not in html
    assert "place-map" not in html


def test_map_tiles_come_from_the_setting(client, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    locate("Picota")
    html = get_html(client, demo_page(m.ClimateProjectIndexPage), "fr")
    assert 'data-map-tiles="https://tiles.example.org/{z}/{x}/{y}.png"' in html


# --- Partners and certifications -------------------------------------------------------


@pytest.mark.parametrize("language", languages.codes())
def test_footer_lists_certifications_and_partners(client, language):
    partner = PartnerFactory(name="Cacao Partner Test", url="https://partner.example.org/")
    certification = CertificationFactory(year=2011)
    html = get_html(client, demo_page(m.StoryPage), language)
    footer = html[html.index('<footer class="site-footer"') :]
    for shown in Partner.objects.all():
        assert shown.name.replace("&", "&amp;") in footer
    assert f'href="{partner.url}"' in footer
    for shown in Certification.objects.all():
        assert getattr(shown, f"name_{language}") in footer
    with translation.override(language):
        since = gettext("since %(year)s") % {"year": 2011}
    assert f"{getattr(certification, f'name_{language}')}</span> " in footer
    assert f'<span class="site-footer__note">{since}</span>' in footer


def test_partner_added_in_the_admin_appears_in_the_footer(client):
    Partner.objects.create(name="Cacao Partner Test", url="https://partner.example.org/")
    assert 'href="https://partner.example.org/"' in get_html(client, demo_page(m.HomePage), "fr")


def test_climate_pages_show_their_partners_with_translated_descriptions(client):
    project = demo_page(m.ClimateProjectPage)
    partner = project.partners.first()
    assert partner is not None
    for language in ("fr", "es"):
        html = get_html(client, project, language)
        main = html[: html.index('<footer class="site-footer"')]
        assert getattr(partner, f"description_{language}")[:50] in main.replace("&#x27;", "'")
    index_html = get_html(client, demo_page(m.ClimateProjectIndexPage), "es")
    assert 'id="partners-heading"' in index_html


def test_cacao_quality_page_shows_certifications_with_their_year(client):
    html = get_html(client, demo_page(m.CacaoQualityPage), "es")
    assert 'id="certifications-heading"' in html
    assert "Certificada desde 2004" in html or "Certificado desde 2004" in html


def test_partner_logo_is_a_responsive_rendition(client):
    partner = demo_page(m.ClimateProjectPage).partners.first()
    partner.logo = CustomImage.objects.first()
    partner.save()
    html = get_html(client, demo_page(m.ClimateProjectPage), "fr")
    logo = html[html.index('class="organisation"') :]
    assert 'type="image/avif"' in logo and 'type="image/webp"' in logo
    assert 'loading="lazy"' in logo.split("</picture>")[0]


# --- Images ----------------------------------------------------------------------------


def story_index_with_image():
    """The news index with an image of the library (the demo's has none)."""
    page = demo_page(m.StoryIndexPage)
    page.image = CustomImage.objects.order_by("pk").first()
    page.save()
    return page


def test_page_images_are_pictures_with_modern_formats_sizes_and_dimensions(client):
    html = get_html(client, story_index_with_image(), "fr")
    header = html[html.index('class="page-header__image"') :]
    picture = header[: header.index("</picture>")]
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert "srcset=" in picture and "sizes=" in picture
    img = re.search(r"<img [^>]*>", picture).group(0)
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'fetchpriority="high"' in img and 'loading="lazy"' not in img
    cards = html[html.index('class="card-grid"') :]
    assert 'loading="lazy"' in cards


def test_alt_text_is_in_the_visitor_language(client):
    page = story_index_with_image()
    html_es = get_html(client, page, "es")
    image = page.image
    assert f'alt="{image.description_es}"' in html_es.replace("&#x27;", "'")


def test_decorative_image_gets_an_empty_alt(client):
    page = story_index_with_image()
    page.image.is_decorative = True
    page.image.save()
    html = get_html(client, page, "fr")
    header = html[html.index('class="page-header__image"') :]
    assert 'alt=""' in header[: header.index("</picture>")]


def _image_form(data, instance=None):
    from wagtail.images.forms import get_image_form

    form_class = get_image_form(CustomImage)
    assert issubclass(form_class, AltTextImageForm)
    return form_class(data, instance=instance, user=None)


def _form_data(image, **changes):
    data = {
        "title": image.title,
        "description_fr": image.description_fr,
        "description_es": image.description_es,
        "collection": image.collection_id,
        "tags": "",
    }
    data.update(changes)
    return data


def test_image_form_requires_alt_text_in_both_languages():
    image = CustomImage.objects.first()
    form = _image_form(_form_data(image, description_es=""), instance=image)
    assert not form.is_valid()
    assert "description_es" in form.errors
    assert "description_fr" not in form.errors


def test_image_form_accepts_a_decorative_image_without_alt_text():
    image = CustomImage.objects.first()
    form = _image_form(
        _form_data(image, description_fr="", description_es="", is_decorative="on"), instance=image
    )
    assert form.is_valid(), form.errors


def test_image_edit_view_refuses_a_missing_alt_text(admin_client):
    image = CustomImage.objects.first()
    url = reverse("wagtailimages:edit", args=[image.pk])
    response = admin_client.post(url, _form_data(image, description_fr="  "))
    assert response.status_code == 200  # the form again, with its error
    image.refresh_from_db()
    assert image.description_fr.strip()
    assert "description_fr" in response.context["form"].errors
