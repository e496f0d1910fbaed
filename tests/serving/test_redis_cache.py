"""The Redis cache backend (serving/redis_cache.py): Django's, reusing one Redis client.

Needs Redis (REDIS_URL, or 127.0.0.1:6379/7); skipped without it, except under CI=true.
"""

import secrets

import pytest

from serving.redis_cache import RedisCache
from tests.serving.test_two_servers import REDIS_URL, redis_is_up, unavailable


@pytest.fixture
def redis_cache():
    if not redis_is_up(REDIS_URL):
        unavailable(f"needs Redis at {REDIS_URL}: start redis-server or set REDIS_URL")
    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": f"test-{secrets.token_hex(6)}", "TIMEOUT": 60})
    yield cache
    # Only this test's keys (clear() would empty the whole Redis database).
    cache.delete_many(["fragment", "generation", "a", "b"])


def test_every_operation_reuses_one_client(redis_cache):
    redis_cache.set("fragment", "<header>…</header>")
    first = redis_cache._cache.get_client()
    assert redis_cache.get("fragment") == "<header>…</header>"
    assert redis_cache._cache.get_client(write=True) is first


def test_it_behaves_as_djangos_redis_cache(redis_cache):
    assert redis_cache.add("generation", "1") is True
    assert redis_cache.add("generation", "2") is False
    redis_cache.set_many({"a": [1, 2], "b": {"c": 3}})
    assert redis_cache.get_many(["a", "b", "missing"]) == {"a": [1, 2], "b": {"c": 3}}
    assert redis_cache.delete("a") is True
    assert redis_cache.get("a", "gone") == "gone"
    assert redis_cache.get("generation") == "1"
