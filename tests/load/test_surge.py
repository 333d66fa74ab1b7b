"""A surge of signatures against the production-like stack (gunicorn, worker, PostgreSQL,
Redis, SMTP), and a web worker killed in the middle of one."""

import email
import http.client
import os
import random
import signal
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, wait
from email import policy

import pytest

from tests.load.conftest import addresses, sign, stored_hashes, wait_for_idle_queue, wait_until

pytestmark = pytest.mark.load


def test_500_concurrent_submissions_store_400_signatures_and_send_500_emails(stack):
    first = addresses(400)
    repeats = first[:100]  # each signed a second time, at the same moment as the rest
    submissions = first + repeats
    random.shuffle(submissions)
    start = threading.Barrier(len(submissions))

    def submit(address):
        start.wait(60)
        return sign(stack, address).status

    with ThreadPoolExecutor(len(submissions)) as pool:
        statuses = list(pool.map(submit, submissions))

    assert Counter(statuses) == {302: 500}
    assert stack.smtp.wait_for(500, timeout=90) == 500
    assert wait_for_idle_queue(stack)
    assert stack.sql("SELECT count(*) FROM petitions_signature") == [(400,)]
    # A pending signature signed again gets its confirmation email again.
    assert stack.smtp.recipients() == Counter({a: 2 for a in repeats} | {a: 1 for a in first[100:]})
    bodies = [
        email.message_from_bytes(m.content, policy=policy.default)
        .get_body(preferencelist=("plain",))
        .get_content()
        for m in stack.smtp.messages
    ]
    assert all(f"{stack.origin}/en/confirm/" in body for body in bodies)


def test_a_web_worker_killed_mid_load_loses_no_acknowledged_signature(stack, email_hash):
    victim = stack.web_workers()[0]
    results = {}

    def submit(address):
        try:
            results[address] = sign(stack, address).status
        except (OSError, http.client.HTTPException):
            results[address] = None  # the connection died with the worker

    with ThreadPoolExecutor(16) as pool:
        futures = [pool.submit(submit, a) for a in addresses(300)]
        assert wait_until(lambda: sum(f.done() for f in futures) >= 100, timeout=60)
        os.kill(victim, signal.SIGKILL)
        done_before_kill = sum(f.done() for f in futures)
        wait(futures, timeout=90)

    acknowledged = [a for a, status in results.items() if status == 302]
    assert len(results) == 300
    assert not [s for s in results.values() if s is not None and s != 302]
    assert len(acknowledged) > done_before_kill  # the load went on after the kill
    assert {email_hash(a) for a in acknowledged} <= stored_hashes(stack)
    assert wait_until(lambda: set(acknowledged) <= set(stack.smtp.recipients()), timeout=60)
    # gunicorn replaced the killed worker.
    workers = stack.wait_web_workers(4)
    assert victim not in workers
    assert len(workers) == 4
