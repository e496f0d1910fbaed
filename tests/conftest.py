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
        _render_every_page_once()


def _render_every_page_once():
    """Create the image renditions once for the session.

    Renditions (AVIF and WebP encodes) are the slow part of a first page view; made here,
    outside the per-test transactions, they are shared by every test.
    """
    from django.test import Client
    from wagtail.models import Page

    client = Client()
    for page in Page.objects.live().filter(depth__gt=1):
        for language in ("fr", "es"):
            with translation.override(language):
                client.get(page.get_url())


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
