"""gunicorn settings shared by `make serve`, `make bench` and the Dockerfile."""

import os

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"  # noqa: S104
# Sync workers: on 2 cores, 3-4 did better than 2 x cores + 1 (measured with wrk).
workers = int(os.environ.get("WEB_CONCURRENCY", "4"))
worker_class = "sync"
timeout = 30
graceful_timeout = 20
keepalive = 5
# A guard against a slow leak, not a routine: each restart boots Django again (about a
# second of CPU), which showed as latency spikes in `make bench` when a worker at
# ~600 requests/s restarted every 20,000 requests. Peak RSS stays flat under load.
max_requests = 200000
max_requests_jitter = 20000
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
