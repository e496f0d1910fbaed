"""Shared fixtures: the demo site is loaded once per test session, into the test database.

Each test runs in a transaction that is rolled back, so tests may change the demo
content freely.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture(autouse=True)
def _isolation():
    """Every test starts with an empty cache and French active, whatever ran before."""
    cache.clear()
    with translation.override("fr"):
        yield
    cache.clear()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "pw-for-tests")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client
