"""Issue 10, attack 9: decided endorsement requests are deleted after
ENDORSEMENT_REQUESTS_KEEP_DAYS (`manage.py purge_endorsement_requests`)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from campaign.models import EndorsementRequest, Endorser

CHANGELIST = "admin:campaign_endorsementrequest_changelist"


def purge(*args):
    out = io.StringIO()
    call_command("purge_endorsement_requests", *args, stdout=out)
    return out.getvalue().strip()


def make_request(organisation, **fields):
    return EndorsementRequest.objects.create(
        organisation=organisation,
        country="UA",
        contact_name="Roman Avramenko",
        contact_email="roman@example.org",
        **fields,
    )


def decide(client, action, request):
    client.post(
        reverse(CHANGELIST), {"action": action, "_selected_action": [request.pk], "index": "0"}
    )
    request.refresh_from_db()
    return request


def days_ago(n):
    return timezone.now() - timedelta(days=n)


def test_deciding_a_request_records_when(reviewer_client):
    approved = decide(reviewer_client, "approve", make_request("Truth Hounds"))
    rejected = decide(reviewer_client, "reject", make_request("Spam Corp"))
    waiting = make_request("ZMINA")

    for request in (approved, rejected):
        assert timezone.now() - request.decided_at < timedelta(minutes=1)
    assert waiting.decided_at is None


def test_decided_requests_are_deleted_after_the_set_days_and_waiting_ones_kept(
    reviewer_client, settings
):
    settings.ENDORSEMENT_REQUESTS_KEEP_DAYS = 30
    approved = decide(reviewer_client, "approve", make_request("Truth Hounds"))
    rejected = decide(reviewer_client, "reject", make_request("Spam Corp"))
    recent = decide(reviewer_client, "reject", make_request("Recent"))
    waiting = make_request("ZMINA", created_at=days_ago(90))
    EndorsementRequest.objects.filter(pk__in=[approved.pk, rejected.pk]).update(
        decided_at=days_ago(31)
    )
    EndorsementRequest.objects.filter(pk=recent.pk).update(decided_at=days_ago(29))

    assert purge("--dry-run") == "Would delete 2 decided endorsement request(s)."
    assert EndorsementRequest.objects.count() == 4
    assert purge() == "Deleted 2 decided endorsement request(s)."

    assert sorted(EndorsementRequest.objects.values_list("pk", flat=True)) == sorted(
        [recent.pk, waiting.pk]
    )
    # The approved organisation lives on as its endorser.
    assert Endorser.objects.get().name == "Truth Hounds"
    assert "Truth Hounds" in reviewer_client.get("/en/endorsers/").content.decode()


def test_the_number_of_days_is_a_setting(reviewer_client, settings):
    rejected = decide(reviewer_client, "reject", make_request("Spam Corp"))
    EndorsementRequest.objects.filter(pk=rejected.pk).update(decided_at=days_ago(8))

    settings.ENDORSEMENT_REQUESTS_KEEP_DAYS = 10
    assert purge() == "Deleted 0 decided endorsement request(s)."
    settings.ENDORSEMENT_REQUESTS_KEEP_DAYS = 7
    assert purge() == "Deleted 1 decided endorsement request(s)."


def test_the_default_is_thirty_days(settings):
    assert settings.ENDORSEMENT_REQUESTS_KEEP_DAYS == 30


@pytest.mark.parametrize("words", ["ENDORSEMENT_REQUESTS_KEEP_DAYS", "--dry-run", "waiting"])
def test_the_command_explains_itself(words):
    from django.core.management import load_command_class

    command = load_command_class("campaign", "purge_endorsement_requests")
    help_text = command.create_parser("manage.py", "purge_endorsement_requests").format_help()
    assert words in help_text
