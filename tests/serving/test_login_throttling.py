"""Repeated failed sign-ins to the admin lock that user name out, with a clear page."""

import pytest
from django.test import override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("superuser")]

LOGIN_URL = "/admin/login/"


def attempt(client, password):
    return client.post(LOGIN_URL, {"username": "admin", "password": password})


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_admin_locks_out_after_repeated_failed_logins(client):
    for _ in range(2):
        response = attempt(client, "wrong")
        assert response.status_code == 200  # the form again, with its error

    response = attempt(client, "wrong")

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "Trop de tentatives de connexion" in html
    assert "Demasiados intentos" in html
    # Even the right password is refused while locked out.
    response = attempt(client, "pw-for-tests")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_right_password_before_the_limit_signs_in_and_resets_the_count(client):
    attempt(client, "wrong")
    attempt(client, "wrong")
    response = attempt(client, "pw-for-tests")
    assert response.status_code == 302
    client.logout()
    for _ in range(2):
        assert attempt(client, "wrong").status_code == 200


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=2)
def test_lockout_is_per_user_name(client, django_user_model):
    django_user_model.objects.create_user("editor", password="editor-pw", is_staff=True)
    attempt(client, "wrong")
    assert attempt(client, "wrong").status_code == 429
    response = client.post(LOGIN_URL, {"username": "editor", "password": "editor-pw"})
    assert response.status_code == 302
