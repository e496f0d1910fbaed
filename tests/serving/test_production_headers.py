"""Header values of the production settings module (read from it in a child process and
applied here): the admin's live preview may be framed by the admin in both languages,
the language cookie is Secure like the session, and Cross-Origin-Resource-Policy is set."""

import json

import pytest
from django.test import override_settings
from django.urls import reverse

from pages import models as m
from serving.security import cross_origin_resource_policy
from tests.factories import demo_page
from tests.serving.helpers import production_env, run_python
from tests.staff.conftest import story_form_data

HEADER_SETTINGS = [
    "X_FRAME_OPTIONS",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_HSTS_SECONDS",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SAMESITE",
]

READ = f"""
import json, django
django.setup()
from django.conf import settings
print(json.dumps({{name: getattr(settings, name) for name in {HEADER_SETTINGS!r}}}))
"""


@pytest.fixture(scope="module")
def production_headers():
    result = run_python(READ, production_env(REDIS_URL=None), timeout=600)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    if values["SECURE_PROXY_SSL_HEADER"]:
        values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    with override_settings(**values):
        yield values


def directives(policy):
    return dict(
        (part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";") if part.strip()
    )


# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


@pytest.mark.parametrize("mode", ["fr", "es"])
def test_the_live_preview_can_be_framed_by_the_admin(production_headers, admin_client, mode):
    story = demo_page(m.StoryPage)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[story.pk])
    data = story_form_data(story, body_fr="<p>Aperçu.</p>", body_es="<p>Vista previa.</p>")
    # Behind the TLS-terminating proxy, as in production.
    https = {"HTTP_X_FORWARDED_PROTO": "https"}
    assert admin_client.post(url, data, **https).json()["is_valid"]
    response = admin_client.get(url, {"mode": mode, "in_preview_panel": "true"}, **https)
    assert response.status_code == 200
    assert f'<html lang="{mode}"' in response.content.decode()
    policy = directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == "'self'"
    assert response.get("X-Frame-Options", "SAMEORIGIN") == "SAMEORIGIN"


def test_public_pages_may_not_be_framed(production_headers, client):
    response = client.get("/fr/", secure=True)
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"


def test_the_language_cookie_is_secure_like_the_session(production_headers, client):
    response = client.get("/language/es/?next=/es/", secure=True)
    cookie = response.cookies["django_language"]
    assert cookie["secure"] is True
    assert cookie["samesite"] == "Lax"


def test_cross_origin_resource_policy_fits_each_kind_of_response(production_headers, client):
    assert client.get("/fr/", secure=True)["Cross-Origin-Resource-Policy"] == "same-origin"
    assert client.get("/fr/feed/", secure=True)["Cross-Origin-Resource-Policy"] == "same-origin"
    assert cross_origin_resource_policy("/media/images/cacao.width-800.webp") == "cross-origin"
    assert cross_origin_resource_policy("/documents/3/rapport.pdf") == "cross-origin"
    static = client.get("/static/css/site.css", secure=True)
    assert static["Cross-Origin-Resource-Policy"] == "cross-origin"
