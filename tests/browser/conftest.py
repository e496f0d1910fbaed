"""Fixtures for browser tests: the demo site served over HTTP, driven by headless Chromium.

Reusable by any browser test under ``tests/browser/`` (mark nothing: every test here gets
the ``browser`` marker automatically):

``live_server_url``
    Session-scoped. The base URL (``http://127.0.0.1:<port>``, no trailing slash) of a
    Django server thread that serves the test database with the demo content loaded
    (``tests/conftest.py``), static files and media (renditions). Pages are at
    ``f"{live_server_url}/fr/…"``. Every test that uses it may read the database; the
    server is stopped and its connections closed before the test database is destroyed.

``browser``
    Package-scoped Playwright ``Browser`` (Debian's ``/usr/bin/chromium``, headless, no
    network beyond loopback). When Chromium is missing the tests using it are skipped
    with a plain message, except under ``CI=true`` where that is a failure.

``page``
    A fresh Playwright ``Page`` at desktop size (1280 × 800) in its own browser context
    (cookies are not shared between tests). For another size or options use ``new_page``.

``new_page(width=1280, height=800, **context_options)``
    Factory: a fresh ``Page`` in its own context, e.g. ``new_page(width=360)`` for a phone
    or ``new_page(java_script_enabled=False)``. Contexts are closed after the test.

``db``
    Overridden here (autouse): the database is reachable from every browser test and
    fixture, but *not* wrapped in a rolled-back transaction (see below).

``live_superuser``
    A superuser ``(username, password)`` committed to the database for the test and
    deleted afterwards; log in at ``f"{live_server_url}/admin/login/"``.

Data written through the live server (admin actions, forms) is *committed*: it is not
rolled back like in the other tests. A test that changes content must delete what it
created (in a ``finally`` or a fixture), so that later tests see the demo content intact.

``located_places``
    Coordinates on every province and climate project of the demo, as staff would type
    them from a source (facts.md gives none, so the demo has none and draws no map);
    the page cache is off meanwhile and the coordinates are removed afterwards.

``screenshot(page, name, **options)``
    Saves ``screenshots/<name>`` at the root of the repository (ignored by git) when
    ``ACOPAGRO_SCREENSHOTS=1`` (``make screenshots``), for people to look at; otherwise
    does nothing (a screenshot asserts nothing and a full-page one is slow).

``PHONE`` and ``DESKTOP`` are the two viewport sizes (360 × 780, 1280 × 800):
``new_page(**PHONE)``.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parent.parent.parent
SCREENSHOTS_DIR = ROOT / "screenshots"
PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 800}


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


def _chromium_missing_message():
    if os.path.exists(CHROMIUM) and shutil.which(CHROMIUM):
        return None
    return (
        f"No Chromium at {CHROMIUM}: the browser tests cannot run. "
        "Install it with `apt-get install chromium` (make test does so when it can)."
    )


@pytest.fixture(scope="session")
def live_server_url(django_db_setup, django_db_blocker):
    """Serve the test database (demo content loaded) from a thread; see the module doc."""
    # An in-memory SQLite test database exists only in this connection: share it with
    # the server thread, as Django's LiveServerTestCase does.
    overrides = {
        conn.alias: conn
        for conn in connections.all()
        if conn.vendor == "sqlite" and conn.is_in_memory_db()
    }
    for conn in overrides.values():
        conn.inc_thread_sharing()
    thread = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=overrides)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    try:
        yield f"http://127.0.0.1:{thread.port}"
    finally:
        # Stop serving and close the server's connections *before* pytest-django drops the
        # test database (PostgreSQL refuses to drop a database that is still in use).
        thread.terminate()
        for conn in overrides.values():
            conn.dec_thread_sharing()
        with django_db_blocker.unblock():
            _close_every_connection()


def _close_every_connection():
    """Leave no session open on the test database.

    Django keeps one connection per thread *and* per context; Playwright's sync API runs
    test code in greenlets with contexts of their own, so some connections are not
    reachable from here. On PostgreSQL, end every other session on the test database.
    """
    for conn in connections.all():
        if conn.vendor == "postgresql":
            with conn.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
        if not (conn.vendor == "sqlite" and conn.is_in_memory_db()):
            conn.close()


@pytest.fixture(autouse=True)
def db(django_db_setup, django_db_blocker):
    """Replaces pytest-django's ``db`` for browser tests: database access *without* the
    per-test transaction, so that the server thread sees what a test commits and the test
    sees what the server commits. (Naming it ``db`` also makes pytest-django create the
    test database when only browser tests run.)"""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="package")
def browser(django_db_blocker):
    message = _chromium_missing_message()
    if message:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " Under CI a missing browser is a failure.", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop running in this thread, which Django
    # takes for async code and then refuses database queries from fixtures and tests.
    # Nothing here is actually asynchronous: allow them while the browser is open.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            yield chromium
            chromium.close()
    finally:
        # Tests ran in Playwright's contexts: end their database sessions now, so that
        # later tests (which may copy the test database) find it free.
        with django_db_blocker.unblock():
            _close_every_connection()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_page(browser, live_server_url):
    contexts = []

    def make(width=DESKTOP["width"], height=DESKTOP["height"], **context_options):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            base_url=live_server_url,
            **context_options,
        )
        # Nothing may be fetched from outside the site: fail loudly if a page tries.
        context.route(
            lambda url: not url.startswith(live_server_url),
            lambda route: route.abort("blockedbyclient"),
        )
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def live_superuser(live_server_url):
    from django.contrib.auth import get_user_model

    username, password = "browser-admin", "browser-admin-password"
    user = get_user_model().objects.create_superuser(
        username, "browser-admin@example.org", password
    )
    try:
        yield username, password
    finally:
        user.delete()


@pytest.fixture(scope="session")
def screenshot():
    wanted = os.environ.get("ACOPAGRO_SCREENSHOTS") == "1"
    if wanted:
        SCREENSHOTS_DIR.mkdir(exist_ok=True)

    def save(browser_page, name, **options):
        if wanted:
            browser_page.screenshot(path=SCREENSHOTS_DIR / name, **options)

    return save


@pytest.fixture
def located_places(settings, live_server_url):
    from cooperative.models import Province
    from pages.models import ClimateProjectPage

    settings.PAGE_CACHE_ENABLED = False
    located = [*Province.objects.order_by("pk"), *ClimateProjectPage.objects.order_by("pk")]
    for index, place in enumerate(located):
        # Test points spread over San Martín's latitude and longitude ranges.
        type(place).objects.filter(pk=place.pk).update(
            latitude=-6.0 - 0.15 * index, longitude=-76.9 + 0.2 * index
        )
    try:
        yield located
    finally:
        for place in located:
            type(place).objects.filter(pk=place.pk).update(latitude=None, longitude=None)
