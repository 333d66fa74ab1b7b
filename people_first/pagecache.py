"""Rendered pages, cached until the content or the count changes.

A cached page's key holds everything it shows: the language, a content version (bumped
by a signal on every staff edit, so an edit shows at once) and, for pages with a
counter, the exact count. The count itself is read from the database on every request
(a few rows, see petitions/counting.py), so a cached page is never behind it.
Reordering in the admin uses queryset.update(), which sends no signal: the admin
bumps the version itself there (campaign/admin.py).
"""

import hashlib
import time

from django.core.cache import cache
from django.utils.translation import get_language

VERSION_KEY = "content-version"
TIMEOUT = 300


def version():
    value = cache.get(VERSION_KEY)
    if value is None:
        value = str(time.time_ns())
        cache.add(VERSION_KEY, value, timeout=None)
    return value


def bump():
    cache.set(VERSION_KEY, str(time.time_ns()), timeout=None)


def key(name, *parts):
    raw = ":".join(str(p) for p in (name, get_language(), version(), *parts))
    return "page:" + hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def get_or_render(name, parts, render):
    """The cached bytes for (name, parts), or `render()`'s, stored for next time."""
    k = key(name, *parts)
    content = cache.get(k)
    if content is None:
        content = render()
        cache.set(k, content, TIMEOUT)
    return content
