"""The test run's database with the demo site in it, built once and kept between runs.

Building it (migrations, the demo loader, a first render of every page in every language
for the image renditions) takes most of a minute; copying it takes a second. So the built
database and its media folder are kept, under a key that changes whenever what they are made
of changes: the migrations, the translation registrations, the demo data and its loader,
this module, the configured languages and the versions of the packages that own tables.

- PostgreSQL: the built test database is copied to a template database
  (``<test database>_demo_<key>``); later runs create the test database with
  ``CREATE DATABASE … TEMPLATE …``.
- SQLite (in memory): the built database is written to a file in the cache folder and read
  back into memory with SQLite's backup API.
- The media folder (original images and renditions) is kept beside it and copied into the
  run's ``MEDIA_ROOT``.

The cache folder is ``$ACOPAGRO_TEST_CACHE`` or ``~/.cache/acopagro-tests``.
``ACOPAGRO_TEST_REBUILD=1`` builds afresh.

Under pytest-xdist each worker has its own test database (``test_…_gw0``…, pytest-django's
suffix) made from one kept copy: the first worker builds it while the others wait on a
file lock in the cache folder.
"""

import contextlib
import fcntl
import hashlib
import os
import shutil
import sqlite3
import time
from importlib import metadata
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connections
from django.test.utils import setup_databases
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
CACHE_ROOT = Path(
    os.environ.get("ACOPAGRO_TEST_CACHE") or Path.home() / ".cache" / "acopagro-tests"
)
# What the demo database is made of (paths relative to the repository).
INPUT_PATTERNS = [
    "*/migrations/*.py",
    "*/translation.py",
    "*/demo_content/**/*",
    "demo/**/*",
    "*/management/commands/load_demo_content.py",
    "tests/demo_database.py",
]
# Packages whose migrations or image encoders shape the database and the media.
PACKAGES = [
    "Django",
    "wagtail",
    "django-modeltranslation",
    "wagtail-modeltranslation",
    "django-taggit",
    "Pillow",
    "pillow-avif-plugin",
]


def fingerprint(vendor):
    digest = hashlib.sha256(vendor.encode())
    paths = {path for pattern in INPUT_PATTERNS for path in ROOT.glob(pattern)}
    for path in sorted(paths):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    for package in PACKAGES:
        try:
            digest.update(f"{package}=={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package} absent".encode())
    digest.update(repr(settings.LANGUAGES).encode())
    return digest.hexdigest()[:16]


def build_demo_site():
    """What every test starts from: the demo content, every page rendered once."""
    call_command("load_demo_content", verbosity=0)
    _render_every_page_once()


def _render_every_page_once():
    """Create the image renditions (AVIF and WebP encodes, the slow part of a first page
    view) before the copy is taken, so that every test of every run shares them."""
    from django.test import Client
    from wagtail.models import Page

    client = Client()
    for page in Page.objects.live().filter(depth__gt=1):
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                client.get(page.get_url())


def setup_demo_database(verbosity=0):
    """Create the test database with the demo site; returns what ``teardown_databases``
    takes. Only the default database is used by this project's tests."""
    connection = connections["default"]
    rebuild = os.environ.get("ACOPAGRO_TEST_REBUILD") == "1"
    if connection.vendor == "postgresql":
        return _postgresql(connection, fingerprint("postgresql"), rebuild, verbosity)
    if connection.vendor == "sqlite" and connection.creation.is_in_memory_db(
        connection.creation._get_test_db_name()
    ):
        return _sqlite_in_memory(connection, fingerprint("sqlite"), rebuild, verbosity)
    # Another database: build it, keep nothing.
    old_config = setup_databases(verbosity=verbosity, interactive=False, aliases={"default"})
    build_demo_site()
    return old_config


def _copy_media(source, target):
    """Hard links when the two folders share a file system (a deleted test file then leaves
    the kept copy alone), plain copies otherwise."""

    def link_or_copy(src, dst):
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link_or_copy, dirs_exist_ok=True)


def _keep_media(folder):
    """Store the run's media in ``folder`` (written aside, then renamed into place)."""
    staging = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(settings.MEDIA_ROOT, staging)
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)


def _build(cache, verbosity):
    """Migrate a new test database, load the demo site into it and keep its media."""
    old_config = setup_databases(verbosity=verbosity, interactive=False, aliases={"default"})
    build_demo_site()
    cache.mkdir(parents=True, exist_ok=True)
    _keep_media(cache / "media")
    return old_config


def _use_test_database(connection, test_name):
    """Point the connection at the test database, as ``create_test_db`` does."""
    old_name = connection.settings_dict["NAME"]
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = test_name
    connection.settings_dict["NAME"] = test_name
    connection.ensure_connection()
    return [(connection, old_name, True)]


@contextlib.contextmanager
def _build_lock(name):
    """One builder at a time for ``name`` (pytest-xdist workers start together)."""
    CACHE_ROOT.mkdir(parents=True, exist_ok=True)
    with open(CACHE_ROOT / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _shared_name(test_name):
    """The test database's name without pytest-xdist's worker suffix (``_gw0``)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker and test_name.endswith(f"_{worker}"):
        return test_name[: -len(worker) - 1]
    return test_name


def _postgresql(connection, key, rebuild, verbosity):
    test_name = connection.creation._get_test_db_name()
    with _build_lock(_shared_name(test_name)):
        return _postgresql_locked(connection, test_name, key, rebuild, verbosity)


def _postgresql_locked(connection, test_name, key, rebuild, verbosity):
    prefix = f"{_shared_name(test_name)}_demo_"
    template = f"{prefix[: 63 - len(key)]}{key}"
    cache = CACHE_ROOT / template
    with connection._nodb_cursor() as cursor:
        cursor.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s",
            [prefix.replace("_", r"\_") + "%"],
        )
        kept = {name for (name,) in cursor.fetchall()}
        for stale in kept - {template}:
            cursor.execute(f'DROP DATABASE IF EXISTS "{stale}" WITH (FORCE)')
            shutil.rmtree(CACHE_ROOT / stale, ignore_errors=True)
        hit = template in kept and (cache / "media").is_dir() and not rebuild
        if hit:
            cursor.execute(f'DROP DATABASE IF EXISTS "{test_name}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{test_name}" TEMPLATE "{template}"')
    if hit:
        old_config = _use_test_database(connection, test_name)
        _copy_media(cache / "media", settings.MEDIA_ROOT)
        return old_config

    old_config = _build(cache, verbosity)
    # A template may have no open session: close ours before copying.
    connection.close()
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{template}" TEMPLATE "{test_name}"')
    return old_config


def _sqlite_in_memory(connection, key, rebuild, verbosity):
    with _build_lock("sqlite"):
        return _sqlite_in_memory_locked(connection, key, rebuild, verbosity)


def _sqlite_in_memory_locked(connection, key, rebuild, verbosity):
    cache = CACHE_ROOT / f"sqlite-{key}"
    kept_database = cache / "demo.sqlite3"
    if kept_database.is_file() and (cache / "media").is_dir() and not rebuild:
        old_config = _use_test_database(connection, connection.creation._get_test_db_name())
        cache.touch()
        source = sqlite3.connect(kept_database)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
        _copy_media(cache / "media", settings.MEDIA_ROOT)
        return old_config

    old_config = _build(cache, verbosity)
    staging = kept_database.with_name(f"demo.{os.getpid()}.tmp")
    target = sqlite3.connect(staging)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
    staging.replace(kept_database)
    _forget_stale_copies("sqlite-*")
    return old_config


def _forget_stale_copies(pattern, days=3):
    """Remove kept SQLite copies unused for ``days`` (other work trees may share the cache
    folder with other keys: a copy in use is touched at each run)."""

    for folder in CACHE_ROOT.glob(pattern):
        if time.time() - folder.stat().st_mtime > days * 86400:
            shutil.rmtree(folder, ignore_errors=True)
