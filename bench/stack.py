"""The production-like stack, started from Python: used by the load and fault tests
(tests/load/) and by `make bench` (bench/run.py).

It runs what `make serve` runs (scripts/serve): `migrate`, `load_initial_content` and
`collectstatic`, then the task worker (`manage.py task_worker --no-startup-delay`) and
gunicorn with gunicorn.conf.py, the settings the Dockerfile uses; DEBUG off, fresh
production keys, Redis as the cache. Unlike scripts/serve it keeps a handle on each
process, so a test can kill a gunicorn worker or the task worker and start it again,
and it can put TCP proxies it controls in front of PostgreSQL and Redis, so a test can
make either unreachable and bring it back. A real SMTP server (aiosmtpd) in this
process receives the emails. Everything listens on and talks to loopback only.

This module does not import Django: the stack's processes have their own settings.
"""

import asyncio
import contextlib
import http.client
import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg
from aiosmtpd.controller import Controller
from psycopg import sql

logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd: one line per connection

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from people_first.keys import new_keys  # noqa: E402 - needs ROOT on the path

# What scripts/serve runs, in its order.
SETUP_COMMANDS = [
    ("migrate", "--noinput"),
    ("load_initial_content",),
    ("collectstatic", "--noinput", "-v0"),
]
WORKER_COMMAND = ("task_worker", "--no-startup-delay")
WEB_COMMAND = ("gunicorn", "people_first.wsgi")

# Tables whose rows a run leaves behind; emptied by Stack.reset().
RUN_TABLES = [
    "petitions_signature",
    "petitions_pendingsignature",
    "petitions_publishedbreakdown",
    "petitions_tally",
    "petitions_countershard",
    "django_tasks_database_dbtaskresult",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _with_address(url, host, port):
    """`url` pointing at host:port instead, keeping user, path and query."""
    parts = urlsplit(url)
    user = parts.netloc.rpartition("@")[0]
    netloc = f"{user}@{host}:{port}" if user else f"{host}:{port}"
    return urlunsplit(parts._replace(netloc=netloc))


def create_database(url):
    """Create the database of `url` on its server if it does not exist yet."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


# --- A TCP proxy that can be switched off ---------------------------------------------------


class TcpProxy:
    """Forwards 127.0.0.1:port to a target. stop() closes the listener and cuts every open
    connection (the service looks unreachable: connections are refused); start() listens
    on the same port again."""

    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        self.port = 0
        self._server = None
        self._writers = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()

    def _call(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    def start(self):
        self._call(self._listen())

    def stop(self):
        self._call(self._close())

    @property
    def running(self):
        return self._server is not None

    def close(self):
        with contextlib.suppress(Exception):
            self.stop()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    async def _listen(self):
        if self._server is None:
            self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)
            self.port = self._server.sockets[0].getsockname()[1]

    async def _close(self):
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    async def _handle(self, reader, writer):
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        pair = {writer, up_writer}
        self._writers |= pair
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))
        self._writers -= pair

    @staticmethod
    async def _pipe(reader, writer):
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


# --- An SMTP server that counts what it receives ---------------------------------------------


@dataclass
class Received:
    to: list
    content: bytes
    at: float


class SmtpSink:
    """aiosmtpd on a fixed loopback port; stop() and start() take it down and up again.
    `delay` (seconds) makes every DATA command slow, to catch a sender mid-message."""

    def __init__(self):
        self.port = free_port()
        self.messages = []
        self.started = 0  # DATA commands begun (received or not)
        self.delay = 0.0
        self._controller = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        self.started += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        self.messages.append(Received(list(envelope.rcpt_tos), envelope.content, time.time()))
        return "250 OK"

    def start(self):
        if self._controller is None:
            self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
            self._controller.start()

    def stop(self):
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def running(self):
        return self._controller is not None

    def clear(self):
        self.messages = []
        self.started = 0

    def recipients(self):
        return Counter(address for m in self.messages for address in m.to)

    def wait_for(self, n, timeout):
        """Wait until `n` messages arrived (or `timeout` seconds passed); return the count."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < n and time.monotonic() < deadline:
            time.sleep(0.05)
        return len(self.messages)


# --- The stack ----------------------------------------------------------------------------


class Stack:
    """gunicorn + task_worker + SMTP sink on loopback, on the given database and Redis.

    With `proxy_database`/`proxy_cache`, the processes reach PostgreSQL/Redis through a
    TcpProxy (`stack.database_proxy`, `stack.cache_proxy`) that a test can stop."""

    def __init__(
        self,
        database_url,
        cache_url,
        *,
        proxy_database=False,
        proxy_cache=False,
        env=None,
        log_dir=None,
    ):
        self.database_url = database_url
        self.cache_url = cache_url
        self.extra_env = dict(env or {})
        self.keys, self.signers_private_key = new_keys()
        self.port = free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        self.smtp = SmtpSink()
        self.database_proxy = self.cache_proxy = None
        if proxy_database:
            db = urlsplit(database_url)
            self.database_proxy = TcpProxy(db.hostname or "127.0.0.1", db.port or 5432)
        if proxy_cache:
            cache = urlsplit(cache_url)
            self.cache_proxy = TcpProxy(cache.hostname or "127.0.0.1", cache.port or 6379)
        self.log_dir = Path(log_dir or tempfile.mkdtemp(prefix="pf-stack-"))
        self.web = None
        self.worker = None

    # Configuration -------------------------------------------------------------------------

    def env(self):
        database_url, cache_url = self.database_url, self.cache_url
        if self.database_proxy:
            database_url = _with_address(database_url, "127.0.0.1", self.database_proxy.port)
        if self.cache_proxy:
            cache_url = _with_address(cache_url, "127.0.0.1", self.cache_proxy.port)
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", "/root"),
            "LANG": "C.UTF-8",
            "PYTHONUNBUFFERED": "1",
            "DEBUG": "false",
            **self.keys,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_URL": self.origin,
            "SECURE_SSL_REDIRECT": "false",
            "CACHE_URL": cache_url,
            "DATABASE_URL": database_url,
            "EMAIL_URL": f"smtp://127.0.0.1:{self.smtp.port}",
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "SIGN_RATE_LIMIT": "1000000/m",
            "SIGN_EMAIL_RATE_LIMIT": "1000000/m",
            **self.extra_env,
        }

    # Life cycle ------------------------------------------------------------------------------

    def start(self):
        create_database(self.database_url)
        self.smtp.start()
        for proxy in (self.database_proxy, self.cache_proxy):
            if proxy:
                proxy.start()
        for command in SETUP_COMMANDS:
            self.manage(*command)
        self.start_worker()
        self.start_web()
        return self

    def stop(self):
        for name in ("web", "worker"):
            proc = getattr(self, name)
            if proc and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(25)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        self.smtp.stop()
        for proxy in (self.database_proxy, self.cache_proxy):
            if proxy:
                proxy.close()

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()

    def _log(self, name):
        return open(self.log_dir / f"{name}.log", "ab")

    def _spawn(self, name, args):
        with self._log(name) as log:
            return subprocess.Popen(
                args, cwd=ROOT, env=self.env(), stdout=log, stderr=subprocess.STDOUT
            )

    def start_web(self, timeout=60):
        self.web = self._spawn("web", [BIN / WEB_COMMAND[0], *WEB_COMMAND[1:]])
        self.wait_ready(timeout)

    def wait_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.web.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log('web')[-3000:]}")
            with contextlib.suppress(OSError):
                if self.get("/readyz", timeout=5).status == 200:
                    return
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn not ready after {timeout} s:\n{self.log('web')[-3000:]}")

    def start_worker(self, *extra):
        self.worker = self._spawn("worker", [sys.executable, "manage.py", *WORKER_COMMAND, *extra])

    def kill_worker(self):
        self.worker.send_signal(signal.SIGKILL)
        self.worker.wait()

    def stop_worker(self):
        self.worker.terminate()
        self.worker.wait(30)

    def web_workers(self):
        """PIDs of gunicorn's worker processes."""
        pid = self.web.pid
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]

    def wait_web_workers(self, n, timeout=30):
        deadline = time.monotonic() + timeout
        while len(self.web_workers()) < n and time.monotonic() < deadline:
            time.sleep(0.1)
        return self.web_workers()

    @staticmethod
    def peak_rss_kb(pid):
        """VmHWM of a process: the most memory it has held, in kB (0 if it is gone)."""
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return 0
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return 0

    def python(self, *args, timeout=600):
        """Run Python with the stack's settings (cwd: the project); return its stdout."""
        done = subprocess.run(
            [sys.executable, *args],
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode:
            raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
        return done.stdout

    def manage(self, *args, timeout=600):
        return self.python("manage.py", *args, timeout=timeout)

    def log(self, name):
        path = self.log_dir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # Data ------------------------------------------------------------------------------------

    def sql(self, query, params=None):
        """Run SQL on the stack's database directly (never through the proxy)."""
        with psycopg.connect(self.database_url, autocommit=True) as conn:
            cursor = conn.execute(query, params)
            return cursor.fetchall() if cursor.description else None

    def reset(self):
        """Forget signatures, counts and tasks, and the emails received."""
        self.sql(sql.SQL("TRUNCATE {}").format(sql.SQL(", ").join(map(sql.Identifier, RUN_TABLES))))
        self.smtp.clear()

    # HTTP ------------------------------------------------------------------------------------

    def request(self, method, path, body=None, headers=None, timeout=30):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return Response(response.status, dict(response.getheaders()), response.read())
        finally:
            conn.close()

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post_form(self, path, data, **kwargs):
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": self.origin,
        }
        return self.request("POST", path, body=urlencode(data), headers=headers, **kwargs)
