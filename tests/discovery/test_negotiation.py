"""Language negotiation: /, the remembered choice, and 404s in the visitor's language."""

import pytest
from django.conf import settings
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.test import Client

import languages
from pages.models import HistoryPage
from tests.factories import demo_page

from .helpers import parse

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("es", "/es/"),
        ("es-PE,es;q=0.9,en;q=0.5", "/es/"),
        ("fr-FR,fr;q=0.9", "/fr/"),
        ("de-DE,de;q=0.9,es;q=0.4", "/es/"),  # the first language the site has
        ("en-GB,en;q=0.9", "/en/"),
        ("en-US", "/en/"),
        ("de, ja", "/en/"),  # only languages the site lacks: the international one
        ("de, fr;q=0.3", "/fr/"),
        ("", "/fr/"),  # no preference: the default
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected
    vary = response["Vary"]
    assert "Accept-Language" in vary and "Cookie" in vary


def test_root_redirect_keeps_the_query_string(client):
    response = client.get("/?utm_source=newsletter", headers={"accept-language": "es"})
    assert response["Location"] == "/es/?utm_source=newsletter"


def test_remembered_choice_wins_over_accept_language(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    response = client.get("/", headers={"accept-language": "fr-FR,fr;q=0.9"})
    assert response["Location"] == "/es/"


def test_switching_language_sets_the_cookie_and_follows_translated_slugs(client):
    response = client.get(
        "/language/es/", {"next": "/fr/histoire/"}, headers={"accept-language": "fr"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/es/historia/"
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "es"
    assert int(cookie["max-age"]) >= 30 * 24 * 3600
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    # The next visit to / follows the choice, not the French browser.
    response = client.get("/", headers={"accept-language": "fr"})
    assert response["Location"] == "/es/"
    # …until the visitor chooses French again.
    client.get("/language/fr/", {"next": "/es/historia/"})
    assert client.get("/", headers={"accept-language": "es"})["Location"] == "/fr/"


def test_switcher_links_remember_the_choice_and_lead_to_the_translated_page(client):
    html = client.get("/fr/histoire/").content.decode()
    assert 'href="/language/es/?next=%2Fes%2Fhistoria%2F"' in html
    response = client.get("/language/es/?next=%2Fes%2Fhistoria%2F")
    assert response["Location"] == "/es/historia/"
    assert client.get(response["Location"]).status_code == 200


def test_switching_keeps_the_search_query(client):
    response = client.get("/language/es/", {"next": "/fr/recherche/?q=cacao"})
    assert response["Location"] == "/es/buscar/?q=cacao"


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/fr/", "javascript:alert(1)", "/fr/no-such-page/", ""],
)
def test_switching_never_redirects_off_site_or_to_a_missing_page(client, next_url):
    response = client.get("/language/es/", {"next": next_url})
    assert response.status_code == 302
    assert response["Location"] == "/es/"


def test_switching_to_an_unknown_language_is_a_404(client):
    assert client.get("/language/de/", {"next": "/fr/"}).status_code == 404


def _has_404_template():
    try:
        get_template("404.html")
    except TemplateDoesNotExist:
        return False
    return True


@pytest.mark.parametrize("path", ["/de/", "/xx/", "/de/histoire/", "/pt/about/", "/no-such-page/"])
@pytest.mark.parametrize("language", languages.codes())
def test_unknown_prefixes_are_404s_in_the_visitors_language(client, path, language):
    response = client.get(path, headers={"accept-language": language})
    assert response.status_code == 404
    assert "Location" not in response
    assert response["Content-Language"] == language
    if _has_404_template():
        assert parse(response).html_lang == language


@pytest.mark.parametrize(
    ("path", "language"), [("/fr/pas-de-page/", "fr"), ("/es/no-existe/", "es")]
)
def test_unknown_pages_are_404s_in_their_language(client, path, language):
    response = client.get(path, headers={"accept-language": "de"})
    assert response.status_code == 404
    assert response["Content-Language"] == language


def test_unprefixed_page_path_redirects_when_the_page_exists(client):
    response = client.get("/histoire/", headers={"accept-language": "fr"})
    assert response.status_code == 302 and response["Location"] == "/fr/histoire/"
    response = client.get("/historia/", headers={"accept-language": "es"})
    assert response.status_code == 302 and response["Location"] == "/es/historia/"
    # The Spanish slug does not exist in French: no detour, a 404.
    assert client.get("/historia/", headers={"accept-language": "fr"}).status_code == 404


def test_prefixed_pages_ignore_cookie_and_header(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    response = client.get("/es/historia/", headers={"accept-language": "fr"})
    assert response.status_code == 200
    assert parse(response).html_lang == "es"
    assert demo_page(HistoryPage).title_es in response.content.decode()


def test_admin_still_works(admin_client):
    assert Client().get("/admin/login/").status_code == 200
    assert admin_client.get("/admin/").status_code == 200
    assert admin_client.get("/admin/pages/").status_code == 200
