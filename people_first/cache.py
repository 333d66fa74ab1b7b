"""A Redis cache that fails open.

When Redis is unreachable the site keeps serving and signing: reads miss, writes are
dropped, and rate-limit counters read as zero (fail open, docs/operations.md, "Failures").
Signing stays
protected by the double opt-in and the database constraint; refusing every supporter
during a cache outage would do more harm than a few unthrottled requests.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

_WARN_EVERY = 30.0
_last_warning = 0.0


def _warn(operation, exc):
    global _last_warning
    now = time.monotonic()
    if now - _last_warning > _WARN_EVERY:
        _last_warning = now
        logger.warning(
            "Redis unreachable during %s (%s): serving without the cache", operation, exc
        )


def _failing_open(name, fallback):
    parent = getattr(RedisCache, name)

    def method(self, *args, **kwargs):
        try:
            return parent(self, *args, **kwargs)
        except (RedisError, OSError) as exc:
            _warn(name, exc)
            return fallback() if callable(fallback) else fallback

    method.__name__ = name
    return method


class ReusingRedisCacheClient(RedisCacheClient):
    """Django builds a new redis.Redis object for every cache call; building one costs
    more than a round trip to Redis (it fills a table of response callbacks). A client
    is thread-safe and holds no connection of its own, so one per pool is kept."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._client(connection_pool=self._get_connection_pool(write))
            self._clients[index] = client
        return client

    def incr(self, key, delta):
        """Django asks EXISTS, then INCRBY: two round trips, and a key that expires in
        between comes back from INCRBY without an expiry (a rate-limit counter that
        never resets). One server-side script does both at once."""
        client = self.get_client(key, write=True)
        value = client.register_script(_INCR_EXISTING)(keys=[key], args=[delta])
        if value is None:
            raise ValueError(f"Key '{key}' not found.")
        return value

    def count(self, key, timeout):
        """Add one to a counter that lives `timeout` seconds from its first count, and
        return it: one round trip (see cache.count below)."""
        client = self.get_client(key, write=True)
        return client.register_script(_COUNT)(keys=[key], args=[timeout])


_INCR_EXISTING = """
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('INCRBY', KEYS[1], ARGV[1]) end
"""

_COUNT = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n
"""


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    get = _failing_open("get", None)
    get_many = _failing_open("get_many", dict)
    set = _failing_open("set", None)
    set_many = _failing_open("set_many", list)
    add = _failing_open("add", True)
    touch = _failing_open("touch", False)
    delete = _failing_open("delete", False)
    delete_many = _failing_open("delete_many", None)
    has_key = _failing_open("has_key", False)
    incr = _failing_open("incr", 0)
    clear = _failing_open("clear", None)

    def reachable(self):
        """Whether Redis answers now (PING), for the few places that fail closed."""
        try:
            return bool(self._cache.get_client(write=True).ping())
        except (RedisError, OSError):
            return False


def count(cache, key, timeout):
    """A fixed-window counter: one more for `key`, which lives `timeout` seconds from its
    first count; the new value. With Redis one atomic round trip (the email worker
    counts every email); 0 while Redis is unreachable (fail open, like the rate limits).
    Other caches (locmem, for `make run`) take Django's add and incr."""
    if isinstance(cache, ResilientRedisCache):
        try:
            return cache._cache.count(cache.make_and_validate_key(key), timeout)
        except (RedisError, OSError) as exc:
            _warn("count", exc)
            return 0
    cache.add(key, 0, timeout=timeout)
    return cache.incr(key)


def reachable(cache):
    """A cache that cannot fail (locmem, for `make run`) is always reachable."""
    return getattr(cache, "reachable", lambda: True)()
