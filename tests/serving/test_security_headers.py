"""Every public page carries the security headers, and its HTML needs no inline code."""

import re
from html.parser import HTMLParser

import pytest
from django.test import override_settings
from django.utils import translation

from tests.factories import PAGE_MODELS, demo_page, home_page

pytestmark = pytest.mark.django_db


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


def test_public_page_has_the_other_security_headers(client):
    response = client.get("/es/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert (
        response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        or response["Referrer-Policy"] == "same-origin"
    )
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] in {"DENY", "SAMEORIGIN"}


@override_settings(
    SECURE_HSTS_SECONDS=31536000,
    SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
    SECURE_REFERRER_POLICY="strict-origin-when-cross-origin",
)
def test_https_page_has_hsts(client):
    response = client.get("/fr/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


@override_settings(SECURE_SSL_REDIRECT=True)
def test_https_site_upgrades_insecure_requests(client):
    response = client.get("/fr/", secure=True)
    assert "upgrade-insecure-requests" in directives(response["Content-Security-Policy"])


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
@pytest.mark.parametrize("language", ["fr", "es"])
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


def test_head_request_gets_no_body(client):
    response = client.head(re.sub(r"$", "", home_page().get_url() or "/fr/"))
    assert response.status_code == 200
    assert response.content == b""
