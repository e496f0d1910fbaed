"""Test settings: fast hashing, plain static storage, no SSL redirects."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Generated images and renditions go to a throw-away folder, one per test run.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="acopagro-test-media-"))
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# No collected static files here: whitenoise serves them from the finders instead.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Each test process keeps its own cache, even when REDIS_URL is set for the tests that start
# real servers (tests/serving/test_two_servers.py): conftest clears it around every test.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# The test client's login() authenticates without a request, which django-axes refuses;
# tests/serving/test_login_throttling.py turns axes on where it is tested.
AXES_ENABLED = False
# Tests never fetch map tiles: the maps draw their places without a tile layer.
MAP_TILE_URL = ""
