"""The whole flow through the real SMTP server and a real `task_worker` process."""

import datetime

from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from petitions import counting
from petitions.models import PendingSignature, Signature
from tests.conftest import sign_data
from tests.petitions.factories import link_to, submit


def count(petition):
    return counting.total(petition.pk)


def test_sign_email_confirm_and_withdraw_through_the_real_worker(
    client, petition, smtp, worker_process
):
    response = client.post("/en/petitions/people-first/sign/", sign_data())
    assert response.status_code == 302
    assert response["Location"] == "/en/petitions/people-first/check-your-inbox/"

    [email] = smtp.wait_for(1)
    assert email.envelope_to == ["olena@example.org"]
    text = smtp.text(email)
    assert "http://testserver/en/confirm/" in text
    confirm_path = link_to(text, "/confirm/")

    page = client.get(confirm_path)
    assert page.status_code == 200
    assert "Confirm my signature</button>" in page.content.decode()
    assert count(petition) == 0

    confirmed = client.post(confirm_path)
    assert confirmed.status_code == 302
    assert count(petition) == 1
    thanks = client.get(confirmed["Location"])
    assert "<strong>1</strong>&nbsp;signature" in thanks.content.decode()
    petition_page = client.get("/en/petitions/people-first/").content.decode()
    assert "<strong>1</strong>&nbsp;signature" in petition_page

    withdraw_path = link_to(text, "/withdraw/")
    assert client.get(withdraw_path).status_code == 200
    assert count(petition) == 1
    assert client.post(withdraw_path).status_code == 200
    assert count(petition) == 0
    assert Signature.objects.count() == PendingSignature.objects.count() == 0
    assert len(smtp.messages) == 1


def test_a_task_left_running_by_a_killed_worker_is_sent_by_the_next_worker(
    client, petition, smtp, worker_process
):
    worker_process.kill()
    token = submit(petition)
    # What a worker killed mid-task leaves behind: its task "running" for ever.
    DBTaskResult.objects.update(
        status="RUNNING", started_at=timezone.now() - datetime.timedelta(minutes=10)
    )

    worker_process.start()

    [email] = smtp.wait_for(1)
    assert email.envelope_to == ["olena@example.org"]
    assert f"/confirm/{token}/" in smtp.text(email)
    smtp.wait_for(2, timeout=1)
    assert len(smtp.messages) == 1
