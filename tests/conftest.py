"""Shared fixtures. The suite runs against PostgreSQL (DATABASE_URL, set by `make test`),
Redis as the shared cache, a real SMTP server (aiosmtpd) and the real task worker."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _clean_cache():
    """Rate-limit counters and cached pages must not leak from one test into another."""
    from django.core.cache import cache

    from people_first import pagecache

    cache.clear()
    pagecache.clear_local()
    yield
    cache.clear()
    pagecache.clear_local()


class Inbox:
    """Messages received by the SMTP server, as email.message.Message objects."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        import email
        from email import policy

        message = email.message_from_bytes(envelope.content, policy=policy.default)
        message.envelope_to = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 OK"

    def wait_for(self, n, timeout=20):
        deadline = time.monotonic() + timeout
        while len(self.messages) < n and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages

    def to(self, address):
        return [m for m in self.messages if address in m.envelope_to]

    @staticmethod
    def text(message):
        return message.get_body(preferencelist=("plain",)).get_content()

    @staticmethod
    def html(message):
        return message.get_body(preferencelist=("html",)).get_content()


@pytest.fixture
def smtp(settings):
    """A real SMTP server on a free port; Django's SMTP backend is pointed at it."""
    inbox = Inbox()
    # aiosmtpd's start() connects to the port it was given to check the server is up:
    # port 0 cannot work there, so take a free port from the OS first.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    inbox.port = settings.EMAIL_PORT
    inbox.controller = controller
    yield inbox
    controller.stop()


@pytest.fixture
def run_tasks():
    """Run every queued task with the real worker (in this process, until the queue is
    empty): the same code as `manage.py task_worker`, without a second process."""
    from unittest import mock

    from django.core.management import call_command

    def run():
        # The worker's check for stale connections would close this test's connection,
        # which holds the test's transaction (Django's test client skips it for the same
        # reason).
        with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
            call_command("task_worker", batch=True, no_startup_delay=True, interval=0, verbosity=0)

    return run


def database_url():
    from django.db import connection

    s = connection.settings_dict
    user, host, port = s["USER"] or "root", s["HOST"] or "127.0.0.1", s["PORT"] or 5432
    return f"postgres://{user}@{host}:{port}/{s['NAME']}"


@pytest.fixture
def worker_process(transactional_db, smtp, settings):
    """`manage.py task_worker` as its own process, on the test database, sending to `smtp`.
    Yields a handle with start()/kill()/stop(); started once at the beginning."""

    class Worker:
        proc = None

        def env(self):
            return {
                **os.environ,
                "DATABASE_URL": database_url(),
                "EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}",
                "SITE_URL": settings.SITE_URL,
                "TASK_STALE_AFTER": str(getattr(settings, "TASK_STALE_AFTER", 120)),
            }

        def start(self):
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "manage.py",
                    "task_worker",
                    "--interval",
                    "0.1",
                    "--no-startup-delay",
                ],
                cwd=ROOT,
                env=self.env(),
            )

        def kill(self):
            self.proc.kill()
            self.proc.wait()

        def stop(self):
            if self.proc and self.proc.poll() is None:
                self.proc.terminate()
                try:
                    self.proc.wait(10)
                except subprocess.TimeoutExpired:
                    self.kill()

    worker = Worker()
    worker.start()
    yield worker
    worker.stop()


@pytest.fixture
def petition(db):
    from petitions.models import Petition

    return Petition.objects.create(
        slug="people-first",
        title_en="People First",
        text_en="Free them all.",
        goal=1000,
        featured=True,
    )


def sign_data(**overrides):
    data = {
        "name": "Olena Kovalenko",
        "email": "olena@example.org",
        "country": "UA",
        "consent": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
