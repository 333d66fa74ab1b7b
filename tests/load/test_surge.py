"""A surge of signatures against the production-like stack (gunicorn, worker, PostgreSQL,
Redis, SMTP), and a web worker killed in the middle of one."""

import http.client
import os
import random
import signal
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, wait

import pytest

from tests.load.conftest import (
    addresses,
    confirm_links,
    sign,
    stored_submissions,
    wait_for_idle_queue,
    wait_until,
)

pytestmark = pytest.mark.load


def test_500_concurrent_submissions_send_500_emails_whose_links_make_400_signatures(stack):
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
    assert stored_submissions(stack) == 500
    # Every submission gets its own email, a repeat as well as a first one.
    assert stack.smtp.recipients() == Counter({a: 2 for a in repeats} | {a: 1 for a in first[100:]})
    links = confirm_links(stack)
    assert len(set(links)) == 500

    with ThreadPoolExecutor(16) as pool:
        confirmations = list(pool.map(lambda path: stack.post_form(path, {}).status, links))

    assert Counter(confirmations) == {302: 500}
    assert stack.sql("SELECT count(*) FROM petitions_signature") == [(400,)]
    assert stack.sql("SELECT sum(count) FROM petitions_countershard") == [(400,)]


def test_a_web_worker_killed_mid_load_loses_no_acknowledged_signature(stack):
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
    assert len(acknowledged) <= stored_submissions(stack) <= 300
    assert wait_until(lambda: set(acknowledged) <= set(stack.smtp.recipients()), timeout=60)
    # gunicorn replaced the killed worker.
    workers = stack.wait_web_workers(4)
    assert victim not in workers
    assert len(workers) == 4


def test_a_withdrawn_name_leaves_the_pages_of_every_web_process_within_seconds(stack):
    """Each gunicorn process keeps rendered pages in memory: the withdrawal must reach
    them all, not only the process that handled it."""
    address = addresses(1)[0]
    data = {"name": "Zoryslava Lis", "email": address, "country": "UA", "consent": "on"}
    assert (
        stack.post_form("/en/petitions/people-first/sign/", {**data, "public": "on"}).status == 302
    )
    assert stack.smtp.wait_for(1, timeout=20) == 1
    (link,) = confirm_links(stack)
    thanks = stack.post_form(link, {"public": "on"}).headers["Location"]
    withdraw = thanks.replace("/thanks/", "/withdraw/")

    def shown_by_every_process(yes):
        pages = [stack.get(path).text for path in ["/en/", "/uk/petitions/people-first/"] * 8]
        return all(("Zoryslava" in page) == yes for page in pages)

    assert wait_until(lambda: shown_by_every_process(True), timeout=5)
    assert stack.post_form(withdraw, {}).status == 200
    assert wait_until(lambda: shown_by_every_process(False), timeout=5)
