import datetime
import json
import socket

import pytest
from django.core.mail import EmailMessage
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks_db.models import DBTaskResult

from people_first import mail
from people_first.management.commands.task_worker import prune_finished_tasks, requeue_stale_tasks
from petitions import rules, staff, tokens
from petitions.models import PendingSignature, Signature
from tests.conftest import sign_data
from tests.petitions.factories import link_to, submit

SIGN = "/{lang}/petitions/people-first/sign/"


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again when the block ends


def test_the_email_has_text_and_html_and_absolute_links_from_site_url(
    client, petition, smtp, run_tasks, settings
):
    settings.SITE_URL = "https://people-first.example"
    settings.CONFIRMATION_DAYS = 9
    client.post(SIGN.format(lang="en"), sign_data())
    run_tasks()

    [email] = smtp.messages
    text, html = smtp.text(email), smtp.html(email)
    assert email["Subject"] == "Confirm your signature: People First"
    assert email["To"] == "olena@example.org"
    assert "https://people-first.example/en/confirm/" in text
    assert 'href="https://people-first.example/en/confirm/' in html
    assert "https://people-first.example/en/withdraw/" in text
    assert "The link works for 9 days." in text
    assert "press the button “Confirm my signature”" in text
    assert "without your confirmation nothing is recorded" in text
    assert '<html lang="en">' in html


def test_the_email_is_in_the_language_of_the_page_where_the_person_signed(
    client, petition, smtp, run_tasks
):
    client.post(SIGN.format(lang="uk"), sign_data())
    run_tasks()

    [email] = smtp.messages
    with translation.override("uk"):
        subject = gettext("Confirm your signature: %(title)s") % {"title": "People First"}
        hello = gettext("Hello,")
    # Django folds an encoded subject onto a continuation line; readers unfold and trim it.
    assert email["Subject"].strip() == subject
    assert smtp.text(email).startswith(hello)
    assert '<html lang="uk">' in smtp.html(email)
    assert "http://testserver/uk/confirm/" in smtp.text(email)
    assert "http://testserver/uk/withdraw/" in smtp.text(email)


def test_when_smtp_is_down_the_submission_is_kept_and_the_email_retried_later(
    client, petition, smtp, run_tasks, settings
):
    settings.EMAIL_PORT = closed_port()

    response = client.post(SIGN.format(lang="en"), sign_data())
    run_tasks()

    assert response.status_code == 302
    assert PendingSignature.objects.get().outbox is not None  # kept for the retry
    assert smtp.messages == []
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after > timezone.now()
    assert retry.args_kwargs["kwargs"]["attempt"] == 1  # the second attempt

    settings.EMAIL_PORT = smtp.port
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_tasks()

    assert len(smtp.messages) == 1
    assert smtp.messages[0]["To"] == "olena@example.org"
    run_tasks()
    assert len(smtp.messages) == 1


def test_retries_wait_longer_each_time_up_to_six_hours():
    delays = [rules.backoff(attempt) for attempt in range(rules.MAX_ATTEMPTS)]

    assert delays[0] == datetime.timedelta(seconds=5)
    assert delays == sorted(delays)
    assert delays[-1] == datetime.timedelta(hours=6)


def test_after_the_last_attempt_the_task_fails_without_naming_the_address(
    petition, run_tasks, settings, smtp
):
    settings.EMAIL_PORT = closed_port()
    submit(petition)
    pending = PendingSignature.objects.get()
    DBTaskResult.objects.all().delete()
    rules.deliver_confirmation.enqueue(pending_id=pending.pk, attempt=rules.MAX_ATTEMPTS - 1)

    run_tasks()

    failed = DBTaskResult.objects.get()
    assert failed.status == "FAILED"
    assert failed.exception_class_path == "petitions.rules.EmailNotSent"
    assert "olena" not in failed.traceback
    assert DBTaskResult.objects.filter(status="READY").count() == 0
    pending.refresh_from_db()
    assert pending.outbox is None  # given up: nothing readable is kept


def test_a_task_that_fails_otherwise_keeps_only_the_class_of_its_error(petition, run_tasks, smtp):
    """Django's own errors about an address quote it: here a line break in it."""
    address = "olena@example.org\nBcc: x@example.org"
    with pytest.raises(ValueError, match="olena"):
        mail.send(EmailMessage("Subject", "Body", to=[address]))
    submit(petition)
    letter = {"to": address, "token": tokens.new(), "language": "en", "site": "http://t"}
    PendingSignature.objects.update(outbox=json.dumps(letter))

    run_tasks()

    failed = DBTaskResult.objects.get()
    assert failed.status == "FAILED"
    assert "olena" not in failed.traceback
    assert failed.traceback.rstrip().endswith("EmailNotSent: ValueError")
    assert PendingSignature.objects.get().outbox is None


def test_task_rows_never_hold_the_address_and_the_address_goes_once_sent(
    client, petition, smtp, run_tasks
):
    client.post(SIGN.format(lang="en"), sign_data(email="Olena@Example.org"))
    pending = PendingSignature.objects.get()
    assert DBTaskResult.objects.get().args_kwargs == {
        "args": [],
        "kwargs": {"pending_id": pending.pk},
    }

    run_tasks()

    assert len(smtp.messages) == 1
    for row in DBTaskResult.objects.all():
        assert row.status == "SUCCESSFUL"
        stored = repr([row.args_kwargs, row.return_value, row.traceback]).casefold()
        assert "olena" not in stored
    pending.refresh_from_db()
    assert pending.outbox is None


def test_a_task_left_running_by_a_killed_worker_is_run_again_once(
    client, petition, smtp, run_tasks
):
    client.post(SIGN.format(lang="en"), sign_data())
    DBTaskResult.objects.update(
        status="RUNNING", started_at=timezone.now() - datetime.timedelta(minutes=10)
    )
    run_tasks()
    assert smtp.messages == []  # the worker leaves a running task alone

    assert requeue_stale_tasks() == 1
    run_tasks()

    assert len(smtp.messages) == 1
    assert requeue_stale_tasks() == 0


def test_a_task_running_for_a_short_while_is_not_taken_twice(petition, run_tasks, smtp):
    submit(petition)
    DBTaskResult.objects.update(status="RUNNING", started_at=timezone.now())

    assert requeue_stale_tasks() == 0


def test_old_task_results_are_pruned(petition, smtp, run_tasks, settings):
    settings.TASK_RESULTS_KEEP_DAYS = 7
    submit(petition, "a@example.org")
    submit(petition, "b@example.org")
    run_tasks()
    old, recent = DBTaskResult.objects.order_by("enqueued_at")
    DBTaskResult.objects.filter(pk=old.pk).update(
        finished_at=timezone.now() - datetime.timedelta(days=8)
    )

    assert prune_finished_tasks() == 1
    assert list(DBTaskResult.objects.values_list("pk", flat=True)) == [recent.pk]


def test_no_email_goes_to_a_submission_withdrawn_or_refused_before_sending(
    petition, smtp, run_tasks
):
    withdrawn = submit(petition, "a@example.org")
    submit(petition, "b@spam.example")
    rules.withdraw(tokens.withdraw_for(withdrawn))
    staff.invalidate_domain("SPAM.example")

    run_tasks()

    assert smtp.messages == []
    assert (
        list(DBTaskResult.objects.values_list("return_value", flat=True))
        == ["withdrawn or purged"] * 2
    )


def test_no_email_goes_once_the_petition_has_closed(petition, smtp, run_tasks):
    submit(petition)
    petition.is_active = False
    petition.save()

    run_tasks()

    assert smtp.messages == []
    assert PendingSignature.objects.count() == 0


def test_the_confirm_link_from_the_email_confirms(client, petition, smtp, run_tasks):
    client.post(SIGN.format(lang="en"), sign_data())
    run_tasks()

    response = client.post(link_to(smtp.text(smtp.messages[0]), "/confirm/"))

    assert response.status_code == 302
    assert Signature.objects.count() == 1
