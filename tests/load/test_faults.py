"""Parts of the production-like stack fail while supporters sign: PostgreSQL, Redis, the
SMTP server, the task worker. Nothing acknowledged is lost, nothing is sent twice, and the
site recovers without a restart."""

import time

import pytest
from django.utils import translation

from tests.load.conftest import (
    TASK_STALE_AFTER,
    addresses,
    sign,
    stored_submissions,
    wait_for_idle_queue,
    wait_until,
)

pytestmark = pytest.mark.load

PAGES = ["/en/", "/uk/petitions/people-first/", "/ru/petitions/people-first/"]


def _unavailable_title(lang):
    with translation.override(lang):
        return translation.gettext("The site is briefly unavailable")


def test_pages_and_signing_answer_503_while_postgresql_is_unreachable_then_recover(stack):
    worker = stack.worker
    stack.database_proxy.stop()
    try:
        answers = {path: stack.get(path) for path in PAGES}
        signing = sign(stack, addresses(1)[0], lang="uk")
        health = stack.get("/healthz")
        time.sleep(2.5)  # the task worker polls (every second) into the outage too
    finally:
        stack.database_proxy.start()

    for path, response in [*answers.items(), ("/uk/ sign", signing)]:
        lang = path.split("/")[1]
        assert response.status == 503, path
        assert response.headers["Retry-After"] == "30"
        assert f'<html lang="{lang}">' in response.text
        assert f"<h1>{_unavailable_title(lang)}</h1>" in response.text
        assert "Traceback" not in response.text
        assert "OperationalError" not in response.text
    assert health.status == 200

    # Back without a restart: every gunicorn worker reconnects, the task worker too.
    assert {stack.get(path).status for path in PAGES * 4} == {200}
    address = addresses(1)[0]
    assert sign(stack, address).status == 302
    assert stored_submissions(stack) == 1
    assert stack.smtp.wait_for(1, timeout=20) == 1
    assert list(stack.smtp.recipients()) == [address]
    assert stack.worker is worker and worker.poll() is None  # it waited, never exited
    assert "Database unreachable" in stack.log("worker")


def test_signatures_are_stored_while_smtp_is_down_and_their_emails_arrive_once_after(stack):
    batch = addresses(5)
    stack.smtp.stop()
    assert {sign(stack, a).status for a in batch} == {302}
    assert stored_submissions(stack) == 5

    def retries_waiting():
        return stack.sql(
            "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'READY' "
            "AND run_after > now()"
        )[0][0]

    # Every email was tried, failed, and waits for its retry (petitions.rules.backoff).
    assert wait_until(lambda: retries_waiting() == 5, timeout=20)
    stack.smtp.start()
    assert stack.smtp.wait_for(5, timeout=40) == 5
    assert wait_for_idle_queue(stack)
    assert stack.smtp.recipients() == {a: 1 for a in batch}


def test_no_email_is_lost_when_the_worker_is_killed_mid_send(stack):
    batch = addresses(4)
    stack.smtp.delay = 2.0  # each message takes a while: the kill lands inside one
    assert {sign(stack, a).status for a in batch} == {302}
    assert wait_until(lambda: stack.smtp.started >= 2, timeout=20)
    stack.kill_worker()
    stack.smtp.delay = 0
    received_before = len(stack.smtp.messages)

    stack.start_worker()  # the task it was running is run again after TASK_STALE_AFTER
    assert wait_until(lambda: set(stack.smtp.recipients()) == set(batch), TASK_STALE_AFTER + 30)
    assert wait_for_idle_queue(stack)
    assert received_before < len(batch)  # the kill landed while emails were in flight
    # At least once: the message cut off mid-DATA was not accepted, so no duplicate.
    assert stack.smtp.recipients() == {a: 1 for a in batch}


def test_the_site_serves_and_signs_while_redis_is_unreachable(stack):
    address = addresses(1)[0]
    stack.cache_proxy.stop()
    try:
        pages = [stack.get(path).status for path in PAGES * 4]
        signing = sign(stack, address).status
        time.sleep(0.5)  # the warning is flushed to the log
        log = stack.log("web")
    finally:
        stack.cache_proxy.start()

    assert set(pages) == {200}
    assert signing == 302
    assert stored_submissions(stack) == 1
    assert stack.smtp.wait_for(1, timeout=20) == 1
    assert "Redis unreachable" in log
    assert "serving without the cache" in log
