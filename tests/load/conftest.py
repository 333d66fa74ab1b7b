"""The production-like stack (bench/stack.py) for the load and fault tests.

One stack for the tests of this package, on its own database and Redis database,
derived from the suite's (DATABASE_URL's name + "_stack", CACHE_URL's database + 1;
STACK_DATABASE_URL and STACK_CACHE_URL override them). PostgreSQL and Redis are reached
through proxies the tests can stop. Each test starts with every part up and no
signatures, tasks or emails.
"""

import email
import os
import re
import time
import uuid
from email import policy
from urllib.parse import urlsplit, urlunsplit

import pytest

from bench.stack import Stack

# A task still "running" after this long is run again: low, so a test waits little.
TASK_STALE_AFTER = 6


def stack_database_url():
    if url := os.environ.get("STACK_DATABASE_URL"):
        return url
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path=parts.path.rstrip("/") + "_stack"))


def stack_cache_url():
    if url := os.environ.get("STACK_CACHE_URL"):
        return url
    parts = urlsplit(os.environ["CACHE_URL"])
    db = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{(db + 1) % 16}"))


@pytest.fixture(scope="package")
def _stack():
    stack = Stack(
        stack_database_url(),
        stack_cache_url(),
        proxy_database=True,
        proxy_cache=True,
        env={"TASK_STALE_AFTER": str(TASK_STALE_AFTER)},
    )
    with stack:
        yield stack


@pytest.fixture
def stack(_stack):
    for proxy in (_stack.database_proxy, _stack.cache_proxy):
        if not proxy.running:
            proxy.start()
    _stack.smtp.delay = 0
    _stack.smtp.start()
    if _stack.worker.poll() is not None:
        _stack.start_worker()
    _stack.wait_ready()
    _stack.reset()
    return _stack


def addresses(n, tag="load"):
    """`n` addresses no earlier run used (re-send limits live in Redis for a day)."""
    run = uuid.uuid4().hex[:10]
    return [f"{tag}-{run}-{i}@example.org" for i in range(n)]


def sign(stack, email, *, lang="en", name="Test Signer", country="UA", timeout=90):
    data = {"name": name, "email": email, "country": country, "consent": "on"}
    return stack.post_form(f"/{lang}/petitions/people-first/sign/", data, timeout=timeout)


def stored_submissions(stack):
    """How many submissions wait for confirmation (their rows hold no readable address
    once the email has gone: the emails tell whose they were)."""
    return stack.sql("SELECT count(*) FROM petitions_pendingsignature")[0][0]


def confirm_links(stack):
    """The /confirm/ path of every email the stack's SMTP sink received."""
    paths = []
    for message in stack.smtp.messages:
        body = (
            email.message_from_bytes(message.content, policy=policy.default)
            .get_body(preferencelist=("plain",))
            .get_content()
        )
        paths.append(re.search(r"https?://[^/\s]+(/\w\w/confirm/[^/\s]+/)", body).group(1))
    return paths


def wait_for_idle_queue(stack, timeout=60):
    """Wait until no email task is waiting or running (retries count as waiting)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        (left,) = stack.sql(
            "SELECT count(*) FROM django_tasks_database_dbtaskresult "
            "WHERE status IN ('READY', 'RUNNING')"
        )[0]
        if left == 0:
            return True
        time.sleep(0.1)
    return False


def wait_until(condition, timeout):
    deadline = time.monotonic() + timeout
    while not (ok := condition()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return ok
