"""Every public page carries the security headers, and its HTML needs no inline code."""

import json
from html.parser import HTMLParser

import pytest
from django.test import RequestFactory, override_settings
from django.utils import translation

import languages
from tests.factories import PAGE_MODELS, demo_page, home_page
from tests.serving.helpers import production_env, run_python

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


def directives(policy):
    return {
        name: value.split()
        for name, _sep, value in (part.strip().partition(" ") for part in policy.split(";"))
    }


def test_public_page_has_a_strict_content_security_policy(client):
    response = client.get("/fr/")
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_public_page_has_a_permissions_policy(client):
    response = client.get("/es/")
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_plain_http_site_does_not_ask_to_upgrade_requests(client):
    assert "upgrade-insecure-requests" not in directives(
        client.get("/fr/")["Content-Security-Policy"]
    )


@override_settings(MAP_TILE_URL="https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")
def test_map_tile_host_is_allowed_for_images_only(client):
    policy = directives(client.get("/fr/")["Content-Security-Policy"])
    assert "https://*.tile.openstreetmap.org" in policy["img-src"]
    assert "https://*.tile.openstreetmap.org" not in policy["script-src"]


def test_admin_has_its_own_looser_policy(admin_client):
    response = admin_client.get("/admin/")
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]  # page previews are framed by the admin


class InlineCodeFinder(HTMLParser):
    """Collects what a strict CSP would block: inline scripts, styles and handlers."""

    DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}

    def __init__(self):
        super().__init__()
        self.problems = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name == "style":
                self.problems.append(f"<{tag} style=…>")
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.problems.append(f"<{tag} {name}=javascript:…>")
        if tag == "style":
            self.problems.append("<style>")
        if tag == "script" and not attributes.get("src"):
            if (attributes.get("type") or "").lower() not in self.DATA_SCRIPT_TYPES:
                self._in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.problems.append(f"<script>{data.strip()[:40]}…")


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda m: m.__name__)
@pytest.mark.parametrize("language", languages.codes())
def test_public_page_has_no_inline_script_style_or_handler(client, model, language):
    page = demo_page(model)
    with translation.override(language):
        url = page.get_url()
    response = client.get(url)
    assert response.status_code == 200
    finder = InlineCodeFinder()
    finder.feed(response.content.decode())
    assert finder.problems == [], f"{url}: {finder.problems}"


def test_inline_code_finder_catches_what_it_should():
    finder = InlineCodeFinder()
    finder.feed(
        '<script>alert(1)</script><div onclick="x()" style="color:red"></div><style>p{}</style>'
        '<a href="javascript:void(0)">x</a><script type="application/ld+json">{}</script>'
        '<script src="/static/js/site.js"></script>'
    )
    assert len(finder.problems) == 5


def test_page_not_found_has_the_policy_too(client):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    assert "script-src 'self'" in response["Content-Security-Policy"]


def wsgi_call(method, path):
    """(status, headers, body) as a WSGI server such as gunicorn receives them: straight from
    Django's WSGI handler (the test client would strip a HEAD body itself)."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    environ = RequestFactory().generic(method, path).environ
    received = {}

    def start_response(status, headers, exc_info=None):
        received.update(status=status, headers=dict(headers))

    # As the test client does: keep the test's connection (and its transaction) open.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        response = WSGIHandler()(environ, start_response)
        body = b"".join(response)
        response.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return received["status"], received["headers"], body


def test_head_request_gets_the_headers_and_no_body():
    url = home_page().get_url()
    get_status, _get_headers, get_body = wsgi_call("GET", url)
    head_status, head_headers, head_body = wsgi_call("HEAD", url)
    assert get_status == head_status == "200 OK"
    assert b"<html" in get_body
    assert head_body == b""
    assert "Content-Security-Policy" in head_headers


@pytest.fixture(scope="module")
def production_headers_settings():
    """The header settings of acopagro_site.settings.production, read in a child process
    with a real deploy's environment (the module refuses to load without one)."""
    result = run_python(
        "import json, django; django.setup(); from django.conf import settings as s; "
        f"print(json.dumps({{name: getattr(s, name) for name in {PRODUCTION_HEADER_SETTINGS}}}))",
        production_env(),
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


PRODUCTION_HEADER_SETTINGS = [
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "X_FRAME_OPTIONS",
    "SECURE_SSL_REDIRECT",
]


@pytest.mark.single_pass
def test_production_settings_send_the_security_headers(client, production_headers_settings):
    with override_settings(**production_headers_settings):
        response = client.get("/es/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "upgrade-insecure-requests" in directives(response["Content-Security-Policy"])
