"""Production settings: everything from the environment (README "Configuration").

Start-up fails without ``SECRET_KEY``, ``ALLOWED_HOSTS`` and ``SITE_URL``. ``make serve-prod``
supplies development values for a loopback run; a real deploy sets its own.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, LOGGING, env_bool, env_list

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment for production.")
if not os.environ.get("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated host names) for production.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
# Canonical and hreflang links, the sitemap, feeds and share images are absolute on it: a
# silent default (loopback) would publish wrong addresses to search engines.
if not os.environ.get("SITE_URL"):
    raise ImproperlyConfigured(
        "Set SITE_URL (the public address of the site, e.g. https://www.acopagro.example) "
        "for production."
    )
SITE_URL = os.environ["SITE_URL"].rstrip("/")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or f"https://{ALLOWED_HOSTS[0]}"

# --- HTTPS and cookies ---------------------------------------------------------------------
# SECURE_SSL_REDIRECT=false for a plain-HTTP run on loopback (make serve-prod, benchmarks).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if env_bool("SECURE_PROXY_SSL_HEADER", True):
    # Behind a reverse proxy that terminates TLS and sets X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Preloading is hard to undo (browsers ship the list): a deliberate choice of the
    # operator, not a missing setting. Turn it on with SECURE_HSTS_PRELOAD=true.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
SESSION_COOKIE_HTTPONLY = True
# The remembered language choice travels like the session: only over HTTPS when it does.
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# --- Database: persistent, health-checked connections ----------------------------------------
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "60"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# --- Static files: hashed names, gzip and Brotli copies, cached for a year -------------------
# CompressedManifestStaticFilesStorage (base.py) writes .gz and, with the brotli package
# installed, .br files next to each collected file; whitenoise serves hashed names with
# "Cache-Control: max-age=315360000, public, immutable".
WHITENOISE_MAX_AGE = int(os.environ.get("WHITENOISE_MAX_AGE", "3600"))  # unhashed files only

# --- Logging: one JSON object per line on stdout ---------------------------------------------
LOGGING = {
    **LOGGING,
    "formatters": {"json": {"()": "serving.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
}

# --- Media ------------------------------------------------------------------------------------
# Uploads live outside the code checkout (a deploy or `git clean` must never touch them, and
# a backup takes them separately: manage.py backup). MEDIA_ROOT sets another place.
# (make serve-prod, a loopback trial, keeps them in the checkout's media/ like `make run`.)
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/var/lib/acopagro/media"))
# One server without S3: the app serves MEDIA_ROOT itself (SERVE_MEDIA=false when a web
# server in front does it).
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)

# --- Media on S3-compatible storage (several servers) ------------------------------------------
# With AWS_STORAGE_BUCKET_NAME set, uploads and renditions go to the bucket (AWS S3, or any
# S3-compatible service through AWS_S3_ENDPOINT_URL), so no server keeps a file another one
# needs. Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (read by boto3).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "")
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": AWS_S3_CUSTOM_DOMAIN or None,
            "location": os.environ.get("AWS_LOCATION", ""),
            # Public, unsigned URLs (cacheable by browsers and CDNs); files never overwritten.
            "querystring_auth": False,
            "default_acl": None,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
    _bucket, _location = os.environ["AWS_STORAGE_BUCKET_NAME"], os.environ.get("AWS_LOCATION", "")
    if AWS_S3_CUSTOM_DOMAIN:
        MEDIA_URL = f"https://{AWS_S3_CUSTOM_DOMAIN}/"
    elif os.environ.get("AWS_S3_ENDPOINT_URL"):
        MEDIA_URL = f"{os.environ['AWS_S3_ENDPOINT_URL'].rstrip('/')}/{_bucket}/"
    else:
        MEDIA_URL = f"https://{_bucket}.s3.amazonaws.com/"
    if _location:
        MEDIA_URL += f"{_location.strip('/')}/"
    SERVE_MEDIA = False
    # Documents are served by redirecting to the bucket (no file streamed through the app).
    WAGTAILDOCS_SERVE_METHOD = "redirect"
