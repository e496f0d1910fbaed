"""Shared fixtures: the test database holds the demo site (built once and kept between runs
by ``tests/demo_database.py``); each test runs in a transaction that is rolled back, so tests
may change the content freely.

Tests whose outcome does not depend on the database backend carry the ``single_pass``
marker: set here for the browser tests and the tests without a database, by ``pytestmark``
for the others (tests that run other processes, and those that render and serve pages,
read-only, through the ORM alone). What stays in both passes is what the backend may
change: writes and transactions (admin, moderation, imports, forms), raw SQL (routing),
search, ordering, migrations, backups, query counts. CI runs the PostgreSQL pass with
everything and, beside it, the SQLite pass with ``ACOPAGRO_SKIP_SINGLE_PASS=1`` (the
marked tests deselected); ``make test`` alone runs everything.
"""

import os

import pytest
from django.core.cache import cache
from django.utils import translation

import languages
from tests.demo_database import setup_demo_database

SKIP_SINGLE_PASS = os.environ.get("ACOPAGRO_SKIP_SINGLE_PASS") == "1"
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server"}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        uses_database = item.get_closest_marker("django_db") or (
            DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
        )
        if item.get_closest_marker("browser") or not uses_database:
            item.add_marker(pytest.mark.single_pass)
    if SKIP_SINGLE_PASS:
        kept = [item for item in items if not item.get_closest_marker("single_pass")]
        config.hook.pytest_deselected(
            items=[item for item in items if item.get_closest_marker("single_pass")]
        )
        items[:] = kept


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_modify_db_settings
):
    """The test database with the demo site (replaces pytest-django's fixture; under
    pytest-xdist, one database per worker: ``django_db_modify_db_settings``)."""
    from django.test.utils import teardown_databases

    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        old_config = setup_demo_database(verbosity=max(verbosity, 0))
    yield
    with django_db_blocker.unblock():
        teardown_databases(old_config, verbosity=max(verbosity, 0))


@pytest.fixture(autouse=True)
def _isolation():
    """Every test starts with an empty cache and the default language active."""
    cache.clear()
    with translation.override(languages.default()):
        yield
    cache.clear()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "pw-for-tests")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def minimal_site(db):
    """A small site built by the factories in place of the demo site (for this test only):
    root → home → one page of each section, and one child under each listing.

    Returns a namespace: ``home``, ``history``, ``quality``, ``impact``, ``standard``,
    ``programs``, ``program``, ``projects``, ``project``, ``stories``, ``story``, ``contact``.
    """
    from types import SimpleNamespace

    from wagtail.models import Site

    from languages.signals import clear_localized_site_root_paths
    from tests import factories as f

    site = Site.objects.get(is_default_site=True)
    demo_home = site.root_page
    home = f.HomePageFactory()
    site.root_page = home
    site.save()
    demo_home.delete()
    programs = f.SocialProgramIndexPageFactory(parent=home)
    projects = f.ClimateProjectIndexPageFactory(parent=home)
    stories = f.StoryIndexPageFactory(parent=home)
    buyers = f.BuyersIndexPageFactory(parent=home)
    built = SimpleNamespace(
        home=home,
        history=f.HistoryPageFactory(parent=home),
        quality=f.CacaoQualityPageFactory(parent=home),
        impact=f.ImpactPageFactory(parent=home),
        standard=f.StandardPageFactory(parent=home),
        programs=programs,
        program=f.SocialProgramPageFactory(parent=programs),
        projects=projects,
        project=f.ClimateProjectPageFactory(parent=projects),
        stories=stories,
        story=f.StoryPageFactory(parent=stories),
        contact=f.ContactPageFactory(parent=home),
        buyers=buyers,
        product=f.ProductPageFactory(parent=buyers),
        eudr=f.EudrPageFactory(parent=buyers),
    )
    clear_localized_site_root_paths()
    return built
