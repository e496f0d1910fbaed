"""Django's Redis cache, made safe to lose: a Redis failure is a cache miss, never an error.

Two changes to ``django.core.cache.backends.redis.RedisCache``:

- **One Redis client per connection pool.** Django builds a new ``redis.Redis`` for every
  cache operation; building one (its table of response callbacks) costs more than the
  round trip itself on loopback. A ``redis.Redis`` is thread-safe, so one per pool is kept.
- **Failures are misses.** Redis down (connection refused), frozen (connected but silent:
  the socket timeout) or answering errors: a read returns its default, a write does nothing,
  ``add`` says it did not add. The error is logged once per ``LOG_INTERVAL`` seconds per
  process, not once per request. After a failure the backend does not call Redis again for
  ``RETRY_AFTER`` seconds (each call would wait for the timeout otherwise); the first call
  after that tries again, so recovery is automatic. Pages then render uncached, cached_db
  sessions read from the database, the admin keeps working (settings/base.py sets short
  connect and socket timeouts).
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0  # seconds without calling Redis after a failure
LOG_INTERVAL = 60.0  # seconds between two log lines about the same outage


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class CacheHealth:
    """Whether Redis may be called now, and the log lines of an outage (thread-safe)."""

    def __init__(self, retry_after=RETRY_AFTER, log_interval=LOG_INTERVAL, clock=time.monotonic):
        self.retry_after = retry_after
        self.log_interval = log_interval
        self.clock = clock
        self._lock = threading.Lock()
        self._down_since = None
        self._retry_at = 0.0
        self._logged_at = None
        self.failures = 0

    def available(self):
        return self._down_since is None or self.clock() >= self._retry_at

    def failed(self, operation, error):
        now = self.clock()
        with self._lock:
            self.failures += 1
            if self._down_since is None:
                self._down_since = now
            self._retry_at = now + self.retry_after
            should_log = self._logged_at is None or now - self._logged_at >= self.log_interval
            if should_log:
                self._logged_at = now
        if should_log:
            logger.error(
                "Cache unavailable (%s: %s): serving without it, retrying every %.0f s; "
                "%d failed calls so far.",
                operation,
                error.__class__.__name__,
                self.retry_after,
                self.failures,
            )

    def succeeded(self):
        if self._down_since is None:
            return
        with self._lock:
            down_since, self._down_since, self._logged_at = self._down_since, None, None
            failures, self.failures = self.failures, 0
        if down_since is not None:
            logger.warning(
                "Cache available again after %.1f s (%d failed calls).",
                self.clock() - down_since,
                failures,
            )


def _miss_on_failure(miss):
    """Run the operation on Redis unless it is known to be down; ``miss(args, kwargs)`` is
    what the operation returns instead."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if not self.health.available():
                return miss(args, kwargs)
            try:
                result = method(self, *args, **kwargs)
            except RedisError as error:
                self.health.failed(method.__name__, error)
                return miss(args, kwargs)
            self.health.succeeded()
            return result

        return wrapper

    return decorate


def _default(position):
    def miss(args, kwargs):
        if "default" in kwargs:
            return kwargs["default"]
        return args[position] if len(args) > position else None

    return miss


def _constant(value):
    return lambda args, kwargs: value() if callable(value) else value


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
        self.health = CacheHealth()

    @_miss_on_failure(_default(1))
    def get(self, key, default=None, version=None):
        return super().get(key, default, version)

    @_miss_on_failure(_constant(False))
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().add(key, value, timeout, version)

    @_miss_on_failure(_constant(None))
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set(key, value, timeout, version)

    @_miss_on_failure(_constant(False))
    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return super().touch(key, timeout, version)

    @_miss_on_failure(_constant(False))
    def delete(self, key, version=None):
        return super().delete(key, version)

    @_miss_on_failure(_constant(dict))
    def get_many(self, keys, version=None):
        return super().get_many(keys, version)

    @_miss_on_failure(_constant(False))
    def has_key(self, key, version=None):
        return super().has_key(key, version)

    @_miss_on_failure(lambda args, kwargs: kwargs.get("delta", args[1] if len(args) > 1 else 1))
    def incr(self, key, delta=1, version=None):
        return super().incr(key, delta, version)

    @_miss_on_failure(_constant(list))
    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set_many(data, timeout, version)

    @_miss_on_failure(_constant(None))
    def delete_many(self, keys, version=None):
        return super().delete_many(keys, version)

    @_miss_on_failure(_constant(False))
    def clear(self):
        return super().clear()
