"""/favicon.ico, the apple-touch icon and the SVG icon that every page declares."""

import io

import pytest
from django.contrib.staticfiles import finders
from PIL import Image

from pages.models import HomePage

from .helpers import demo_page, parse

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


def test_favicon_ico_is_served_as_an_icon_that_browsers_may_cache(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert "public" in response["Cache-Control"]
    assert "max-age=604800" in response["Cache-Control"]
    with Image.open(io.BytesIO(response.content)) as icon:
        assert icon.format == "ICO"
        assert {(16, 16), (32, 32)} <= set(icon.info["sizes"])


def test_favicon_ico_answers_a_head_request_and_refuses_a_post(client):
    assert client.head("/favicon.ico").status_code == 200
    assert client.post("/favicon.ico").status_code == 405


def test_every_page_declares_its_icons_and_they_exist(client):
    head = parse(client.get(demo_page(HomePage).get_url()))
    icons = [link["href"] for link in head.links if link.get("rel") == "icon"]
    assert icons == ["/favicon.ico", "/static/img/favicon.svg"]
    (touch,) = [link["href"] for link in head.links if link.get("rel") == "apple-touch-icon"]
    with Image.open(finders.find(touch.removeprefix("/static/"))) as image:
        assert image.size == (180, 180)
        assert image.mode in {"RGB", "P"}  # no transparency: iOS would show black corners
