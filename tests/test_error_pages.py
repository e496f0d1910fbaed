"""The 404 and 500 pages speak the visitor's language (from the URL prefix), lead back
home, and the 500 page renders with the database down."""

import pytest
from django.db import DatabaseError
from django.test import Client, RequestFactory

from acopagro_site.views import server_error
from pages.models import HomePage


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/fr/cette-page-n-existe-pas/", "fr", "Cette page n’existe pas"),
        ("/es/esta-pagina-no-existe/", "es", "Esta página no existe"),
    ],
)
def test_404_page_is_in_the_language_of_the_address(client, path, language, text):
    response = client.get(path)

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html.replace("&#x27;", "’")
    assert f'href="/{language}/"' in html  # a way back home
    assert html.count("<h1") == 1
    assert 'class="site-header"' in html and 'class="site-footer"' in html


@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/fr/histoire/", "fr", "Un problème est survenu de notre côté"),
        ("/es/historia/", "es", "Algo salió mal de nuestro lado"),
        ("/admin/pages/", "fr", "Un problème est survenu de notre côté"),
    ],
)
def test_500_page_renders_without_the_database(path, language, text):
    # No django_db mark: pytest-django makes any database access raise here.
    response = server_error(RequestFactory().get(path))

    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html
    assert f'href="/{language}/"' in html
    assert "/static/css/site.css" in html


@pytest.mark.django_db
def test_a_database_failure_while_serving_a_page_gives_the_styled_500(monkeypatch):
    def broken(*args, **kwargs):
        raise DatabaseError("the database is down")

    monkeypatch.setattr(HomePage, "get_context", broken)
    client = Client(raise_request_exception=False)

    response = client.get("/es/")

    assert response.status_code == 500
    assert "Algo salió mal de nuestro lado" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/fr/", "fr", "Le site n’a pas compris cette demande"),
        ("/es/", "es", "El sitio no entendió esta solicitud"),
    ],
)
def test_a_bad_host_gets_the_styled_400_page_in_the_visitors_language(path, language, text):
    from django.test import override_settings

    with override_settings(ALLOWED_HOSTS=["www.acopagro.example"]):
        response = Client(HTTP_HOST="evil.example").get(path)
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html.replace("&#x27;", "’").replace("'", "’")
    assert "/static/css/site.css" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/fr/contact/", "fr", "Autorisez les cookies pour ce site"),
        ("/es/contacto/", "es", "Permita las cookies para este sitio"),
    ],
)
def test_a_form_without_its_csrf_cookie_says_what_to_do(path, language, text):
    client = Client(enforce_csrf_checks=True)
    response = client.post(path, {"name": "Ana", "message": "Hola"})
    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html
    assert "Forbidden" not in html


@pytest.mark.django_db
def test_a_database_outage_answers_503_with_retry_after(monkeypatch):
    from django.db import OperationalError

    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(HomePage, "serve", unreachable)
    response = Client(raise_request_exception=False).get("/es/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert "El sitio no está disponible por un momento" in html


def test_the_503_page_renders_without_the_database():
    from django.db import OperationalError

    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = server_error(RequestFactory().get("/fr/histoire/"))
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert '<html lang="fr">' in response.content.decode()
