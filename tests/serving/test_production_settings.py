"""The production settings: safe by default, configured from the environment only."""

import json
import logging
import runpy

from serving.logging import JsonFormatter
from tests.serving.helpers import ROOT, production_env, run_manage, run_python

SHOW_SETTINGS = """
import json, django
django.setup()
from django.conf import settings as s
db = s.DATABASES["default"]
print(json.dumps({
    "DEBUG": s.DEBUG,
    "SECURE_SSL_REDIRECT": s.SECURE_SSL_REDIRECT,
    "SESSION_COOKIE_SECURE": s.SESSION_COOKIE_SECURE,
    "SESSION_COOKIE_HTTPONLY": s.SESSION_COOKIE_HTTPONLY,
    "CSRF_COOKIE_SECURE": s.CSRF_COOKIE_SECURE,
    "SECURE_HSTS_SECONDS": s.SECURE_HSTS_SECONDS,
    "CONN_MAX_AGE": db["CONN_MAX_AGE"],
    "CONN_HEALTH_CHECKS": db["CONN_HEALTH_CHECKS"],
    "staticfiles": s.STORAGES["staticfiles"]["BACKEND"],
    "cache": s.CACHES["default"]["BACKEND"],
    "SESSION_ENGINE": s.SESSION_ENGINE,
    "WAGTAILADMIN_BASE_URL": s.WAGTAILADMIN_BASE_URL,
    "ALLOWED_HOSTS": s.ALLOWED_HOSTS,
    "formatter": s.LOGGING["handlers"]["console"].get("formatter"),
    "cache_options": s.CACHES["default"].get("OPTIONS", {}),
    "LANGUAGE_COOKIE_SECURE": s.LANGUAGE_COOKIE_SECURE,
    "SITE_URL": s.SITE_URL,
    "MEDIA_ROOT": str(s.MEDIA_ROOT),
    "BASE_DIR": str(s.BASE_DIR),
}))
"""


def production_settings(**env):
    result = run_python(SHOW_SETTINGS, production_env(**env))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_check_deploy_reports_nothing_with_a_real_deploys_environment():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", env=production_env(SECRET_KEY=None))
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", env=production_env(ALLOWED_HOSTS=None))
    assert result.returncode != 0
    assert "Set ALLOWED_HOSTS" in result.stderr


def test_production_defaults_are_the_safe_ones():
    settings = production_settings(REDIS_URL=None)
    assert settings["DEBUG"] is False
    assert settings["SECURE_SSL_REDIRECT"] is True
    assert settings["SESSION_COOKIE_SECURE"] is True
    assert settings["SESSION_COOKIE_HTTPONLY"] is True
    assert settings["CSRF_COOKIE_SECURE"] is True
    assert settings["SECURE_HSTS_SECONDS"] >= 31536000
    assert settings["CONN_MAX_AGE"] > 0
    assert settings["CONN_HEALTH_CHECKS"] is True
    assert settings["staticfiles"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert settings["formatter"] == "json"
    assert settings["ALLOWED_HOSTS"] == ["www.acopagro.example"]
    assert settings["WAGTAILADMIN_BASE_URL"] == "https://www.acopagro.example"


def test_loopback_run_can_turn_the_https_redirect_off():
    settings = production_settings(SECURE_SSL_REDIRECT="false")
    assert settings["SECURE_SSL_REDIRECT"] is False


def test_redis_url_puts_cache_and_sessions_in_redis():
    settings = production_settings(REDIS_URL="redis://127.0.0.1:6379/7")
    assert settings["cache"] == "serving.redis_cache.RedisCache"
    assert settings["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    settings = production_settings(REDIS_URL=None)
    assert settings["cache"] == "django.core.cache.backends.locmem.LocMemCache"


def test_brotli_is_installed_so_collectstatic_writes_br_files():
    from whitenoise.compress import Compressor

    assert Compressor(quiet=True).use_brotli


def test_gunicorn_config_reads_the_environment(monkeypatch):
    monkeypatch.setenv("PORT", "8123")
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    monkeypatch.setenv("GUNICORN_THREADS", "2")
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["bind"] == "127.0.0.1:8123"
    assert config["workers"] == 3
    assert config["threads"] == 2
    monkeypatch.setenv("GUNICORN_BIND", "0.0.0.0:9000")
    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["bind"] == "0.0.0.0:9000"


def test_log_lines_are_json_objects():
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, "Boom %s", ("x",), None
    )
    record.status_code = 500
    entry = json.loads(JsonFormatter().format(record))
    assert entry["level"] == "ERROR"
    assert entry["logger"] == "django.request"
    assert entry["message"] == "Boom x"
    assert entry["status"] == 500


S3_SETTINGS = """
import json, django
django.setup()
from django.conf import settings
from django.core.files.storage import default_storage, storages
print(json.dumps({
    "backend": type(storages["default"]).__module__ + "." + type(storages["default"]).__name__,
    "url": default_storage.url("original_images/cacao.jpg"),
    "MEDIA_URL": settings.MEDIA_URL,
    "SERVE_MEDIA": settings.SERVE_MEDIA,
}))
"""


def test_media_go_to_s3_compatible_storage_when_a_bucket_is_set():
    env = production_env(
        AWS_STORAGE_BUCKET_NAME="acopagro-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
        AWS_ACCESS_KEY_ID="test",
        AWS_SECRET_ACCESS_KEY="test",
    )
    result = run_python(S3_SETTINGS, env)
    assert result.returncode == 0, result.stderr
    media = json.loads(result.stdout)
    assert media["backend"] == "storages.backends.s3.S3Storage"
    assert media["url"] == "https://s3.example.org/acopagro-media/original_images/cacao.jpg"
    assert media["MEDIA_URL"] == "https://s3.example.org/acopagro-media/"
    assert media["SERVE_MEDIA"] is False


def test_media_stay_on_disk_without_a_bucket():
    result = run_python(S3_SETTINGS, production_env(AWS_STORAGE_BUCKET_NAME=None))
    media = json.loads(result.stdout)
    assert media["backend"] == "django.core.files.storage.filesystem.FileSystemStorage"
    assert media["SERVE_MEDIA"] is True


def test_production_refuses_to_start_without_site_url():
    result = run_manage("check", env=production_env(SITE_URL=None))
    assert result.returncode != 0
    assert "Set SITE_URL" in result.stderr


def test_site_url_comes_from_the_environment_without_a_trailing_slash():
    assert production_settings(SITE_URL="https://cacao.example/")["SITE_URL"] == (
        "https://cacao.example"
    )


def test_the_language_cookie_is_secure_when_sessions_are():
    assert production_settings()["LANGUAGE_COOKIE_SECURE"] is True
    assert production_settings(SESSION_COOKIE_SECURE="false")["LANGUAGE_COOKIE_SECURE"] is False


def test_a_down_or_frozen_redis_costs_at_most_half_a_second():
    options = production_settings(REDIS_URL="redis://127.0.0.1:6379/7")["cache_options"]
    assert 0 < options["socket_connect_timeout"] <= 0.5
    assert 0 < options["socket_timeout"] <= 0.5


def test_uploads_live_outside_the_code_checkout_by_default():
    settings = production_settings(MEDIA_ROOT=None)
    assert not settings["MEDIA_ROOT"].startswith(settings["BASE_DIR"])
    assert production_settings(MEDIA_ROOT="/srv/media")["MEDIA_ROOT"] == "/srv/media"


def test_make_serve_prod_derives_site_url_from_port():
    import subprocess

    dry_run = subprocess.run(
        ["make", "-n", "serve-prod", "PORT=8123"], cwd=ROOT, capture_output=True, text=True
    )
    assert 'SITE_URL="${SITE_URL:-http://127.0.0.1:8123}"' in dry_run.stdout


def test_gunicorn_preloads_the_app_and_spreads_worker_recycling(monkeypatch):
    monkeypatch.setenv("GUNICORN_MAX_REQUESTS", "2000")
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["preload_app"] is True
    assert config["max_requests_jitter"] >= config["max_requests"] // 2
    monkeypatch.setenv("GUNICORN_MAX_REQUESTS", "0")
    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["max_requests"] == 0
