"""Rendered pages, cached until the content or the count changes.

A cached page's key holds everything it shows: the language, a content version (bumped
by a signal on every staff edit) and, for pages with a counter, the exact count. Each
process reads the count from the database at most once per `recent()` period (a
second, see petitions/counting.py) and at once after it confirms a signature itself,
so a page is never more than that second behind; a CDN may keep it longer anyway
(PUBLIC_CACHE_SECONDS).

Two levels: each process keeps the pages it served last in memory (no round trip at
all), and Redis shares rendered pages between processes. Each process re-reads the
content version from Redis at most every VERSION_SECONDS, so a staff edit shows
everywhere within that many seconds (at once in the process that saved it).
Reordering in the admin uses queryset.update(), which sends no signal: the admin
bumps the version itself there (campaign/admin.py).
"""

import hashlib
import threading
import time
from collections import OrderedDict

from django.core.cache import cache
from django.utils.translation import get_language

VERSION_KEY = "content-version"
VERSION_SECONDS = 2.0
TIMEOUT = 300
LOCAL_ITEMS = 256

_lock = threading.Lock()
_local = OrderedDict()  # key -> value, least recently used first
_version = {"value": None, "read_at": 0.0}
_recent = {}  # (name, *parts) -> (monotonic time read, value)


def version():
    now = time.monotonic()
    if _version["value"] is None or now - _version["read_at"] > VERSION_SECONDS:
        value = cache.get(VERSION_KEY)
        if value is None:
            cache.add(VERSION_KEY, str(time.time_ns()), timeout=None)
            value = cache.get(VERSION_KEY) or str(time.time_ns())
        _version.update(value=value, read_at=now)
    return _version["value"]


def bump():
    value = str(time.time_ns())
    cache.set(VERSION_KEY, value, timeout=None)
    _version.update(value=value, read_at=time.monotonic())


def clear_local():
    """Forget this process's copies (tests call it when they clear the cache)."""
    with _lock:
        _local.clear()
        _recent.clear()
    _version.update(value=None, read_at=0.0)


def key(name, *parts):
    raw = ":".join(str(p) for p in (name, get_language(), version(), *parts))
    return "page:" + hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def _remember(k, value):
    with _lock:
        _local[k] = value
        _local.move_to_end(k)
        while len(_local) > LOCAL_ITEMS:
            _local.popitem(last=False)


def _recall(k):
    with _lock:
        if k in _local:
            _local.move_to_end(k)
            return True, _local[k]
    return False, None


def get_or_render(name, parts, render):
    """The cached bytes for (name, parts), or `render()`'s, stored for next time.
    `render()` may return None (nothing to show); None is not cached."""
    k = key(name, *parts)
    found, content = _recall(k)
    if found:
        return content
    content = cache.get(k)
    if content is None:
        content = render()
        if content is None:
            return None
        cache.set(k, content, TIMEOUT)
    _remember(k, content)
    return content


def memo(name, parts, compute):
    """`compute()` once per content version in this process (e.g. a petition looked up
    by slug); the value may be None."""
    k = key("memo:" + name, *parts)
    found, value = _recall(k)
    if not found:
        value = compute()
        _remember(k, value)
    return value


def recent(name, parts, seconds, compute):
    """`compute()`, reused in this process for `seconds` (e.g. a count that busy pages
    read on every request); `forget()` drops it sooner."""
    k = (name, *parts)
    now = time.monotonic()
    hit = _recent.get(k)
    if hit is not None and now - hit[0] < seconds:
        return hit[1]
    value = compute()
    _recent[k] = (now, value)
    return value


def forget(name, parts):
    _recent.pop((name, *parts), None)
