"""A Redis that is down, frozen or erroring is a cache miss: pages render uncached, sessions
come from the database, the admin works, the error is logged once, and recovery is
automatic (serving/redis_cache.py)."""

import logging
import shutil
import socket
import subprocess
import threading
import time

import pytest
from django.test import override_settings

from serving.cache import HEADER
from serving.redis_cache import CacheHealth, RedisCache
from tests.serving.test_two_servers import free_port

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]

FAST = {"socket_connect_timeout": 0.3, "socket_timeout": 0.3}


def dead_redis_url():
    return f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there


@pytest.fixture
def frozen_redis():
    """A server that accepts connections and never answers (Redis under SIGSTOP)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    accepted = []

    def accept():
        while True:
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield f"redis://127.0.0.1:{listener.getsockname()[1]}/0", accepted
    listener.close()
    for sock in accepted:
        sock.close()


def test_a_dead_redis_answers_every_operation_as_a_miss(caplog):
    cache = RedisCache(dead_redis_url(), {"OPTIONS": FAST})
    with caplog.at_level(logging.ERROR, logger="serving.redis_cache"):
        assert cache.get("page", "missing") == "missing"
        assert cache.set("page", "<html>") is None
        assert cache.add("generation", "1") is False
        assert cache.get_many(["a", "b"]) == {}
        assert cache.incr("contact-rate", 1) == 1
        assert cache.delete("page") is False
        assert cache.get_or_set("menu", "built") == "built"
    errors = [r for r in caplog.records if r.name == "serving.redis_cache"]
    assert len(errors) == 1, "one log line per outage and interval, not one per call"
    assert "Cache unavailable" in errors[0].getMessage()


def test_a_frozen_redis_is_left_alone_after_its_first_timeout(frozen_redis):
    url, accepted = frozen_redis
    cache = RedisCache(url, {"OPTIONS": FAST})
    assert cache.get("page") is None  # waited for the socket timeout once
    for _ in range(20):
        assert cache.get("page") is None
    assert cache.health.failures == 1, "the next calls must not wait for Redis again"
    assert len(accepted) == 1


def test_health_retries_after_the_interval_and_logs_the_recovery(caplog):
    now = [100.0]
    health = CacheHealth(retry_after=5, log_interval=60, clock=lambda: now[0])
    health.failed("get", ConnectionError())
    assert not health.available()
    now[0] += 5
    assert health.available()
    with caplog.at_level(logging.WARNING, logger="serving.redis_cache"):
        health.succeeded()
    assert "available again" in caplog.records[-1].getMessage()
    assert health.available()


def test_the_cache_recovers_by_itself_when_redis_comes_back(tmp_path):
    if not shutil.which("redis-server"):
        pytest.skip("needs redis-server (Debian package redis-server)")
    port = free_port()
    cache = RedisCache(f"redis://127.0.0.1:{port}/0", {"OPTIONS": FAST})
    assert cache.get("key", "miss") == "miss"
    server = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            cache.health._retry_at = 0  # do not wait the retry interval in a test
            cache.set("key", "value")
            if cache.get("key") == "value":
                break
            time.sleep(0.1)
        assert cache.get("key") == "value"
        assert cache.health.failures == 0
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def site_on_dead_redis():
    caches = {
        "default": {
            "BACKEND": "serving.redis_cache.RedisCache",
            "LOCATION": dead_redis_url(),
            "OPTIONS": FAST,
        }
    }
    with override_settings(
        CACHES=caches, SESSION_ENGINE="django.contrib.sessions.backends.cached_db"
    ):
        yield


def test_public_pages_render_uncached_while_redis_is_down(client, site_on_dead_redis):
    for url in ("/fr/", "/es/", "/robots.txt", "/sitemap.xml", "/fr/feed/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.get(HEADER) != "HIT"
    assert client.get("/fr/").get(HEADER) != "HIT"


def test_the_admin_works_with_database_sessions_while_redis_is_down(
    client, superuser, site_on_dead_redis
):
    client.force_login(superuser)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200
    assert client.get("/admin/snippets/contact/contactsubmission/").status_code == 200
    assert client.get("/admin/images/").status_code == 200
