"""The "copy from another language" button of StreamFields: POST, CSRF, permission and
clear answers to bad input."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from languages import codes
from pages.models import StandardPage
from tests.factories import demo_page

pytestmark = pytest.mark.django_db


def url(page_id):
    return reverse("copy_translation_content", args=[page_id])


def payload(origin, target):
    field = [{"name": f"{origin}-count", "value": "0"}]
    return {
        "origin_field_name": origin,
        "target_field_name": target,
        "serializedOriginField": json.dumps(field),
    }


@pytest.fixture
def page():
    return demo_page(StandardPage)


def test_copies_a_body_into_another_language(admin_client, page):
    origin, target = f"body_{codes()[0]}", f"body_{codes()[1]}"
    response = admin_client.post(url(page.pk), payload(origin, target))
    assert response.status_code == 200
    html = response.json()
    assert f'id="{target}"' in html


def test_a_get_is_refused(admin_client, page):
    assert admin_client.get(url(page.pk)).status_code == 405


def test_an_unknown_page_is_a_404(admin_client):
    assert admin_client.post(url(999999), payload("body_fr", "body_es")).status_code == 404


def test_fields_that_are_not_one_streamfield_in_two_languages_are_refused(admin_client, page):
    first, second = codes()[:2]
    for origin, target in [
        (f"intro_{first}", f"intro_{second}"),  # not a StreamField
        (f"body_{first}", "password"),
        ("body", f"body_{second}"),
    ]:
        response = admin_client.post(url(page.pk), payload(origin, target))
        assert response.status_code == 400, (origin, target)


def test_unreadable_content_is_refused(admin_client, page):
    data = payload(f"body_{codes()[0]}", f"body_{codes()[1]}") | {"serializedOriginField": "{"}
    assert admin_client.post(url(page.pk), data).status_code == 400


def test_a_user_who_cannot_edit_the_page_is_refused(client, django_user_model, page):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", "r@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.post(url(page.pk), payload(f"body_{codes()[0]}", f"body_{codes()[1]}"))
    # Wagtail answers a refused admin view with a redirect to the dashboard.
    assert response.status_code in (302, 403)
    assert "json" not in response.get("Content-Type", "")


def test_a_post_without_the_csrf_token_is_refused(superuser, page):
    client = Client(enforce_csrf_checks=True)
    client.force_login(superuser)
    response = client.post(url(page.pk), payload(f"body_{codes()[0]}", f"body_{codes()[1]}"))
    assert response.status_code == 403
