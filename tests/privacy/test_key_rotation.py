"""Rotating FIELD_ENCRYPTION_KEYS (comma-separated, newest first) without losing the
confirmation emails still queued."""

import io
import json

from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db.models import TextField
from django.db.models.functions import Cast

from people_first.fields import encrypted_columns
from petitions.models import PendingSignature

from .conftest import confirm_path, sign


def rotate(*args):
    out = io.StringIO()
    call_command("rotate_encryption_keys", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue().strip()


def test_rotation_moves_queued_emails_to_the_new_key(client, petition, settings, smtp, run_tasks):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [old]
    sign(client, email="taras@example.org")
    run_tasks()  # sent: nothing readable left to rotate
    sign(client, email="olena@example.org")  # queued

    settings.FIELD_ENCRYPTION_KEYS = [new, old]
    assert "Would re-encrypt 1 encrypted value(s) of petitions.PendingSignature." in rotate(
        "--dry-run"
    )
    assert "Re-encrypted 1 encrypted value(s) of petitions.PendingSignature." in rotate()

    settings.FIELD_ENCRYPTION_KEYS = [new]
    queued = PendingSignature.objects.get(outbox__isnull=False)
    assert json.loads(queued.outbox)["to"] == "olena@example.org"
    run_tasks()
    assert confirm_path(smtp, "olena@example.org").startswith("/en/confirm/")


def test_without_rotation_the_old_key_cannot_be_dropped(client, petition, settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [old]
    sign(client, email="olena@example.org")
    settings.FIELD_ENCRYPTION_KEYS = [new]
    pending = PendingSignature.objects.annotate(raw=Cast("outbox", TextField())).get()
    assert pending.raw and pending.outbox is None  # there, but no configured key opens it


REQUEST = {
    "organisation": "OVD-Info",
    "country": "RU",
    "website": "",
    "contact_name": "Nadezhda",
    "contact_email": "n@ovd.example",
    "message": "We would like to join.",
}


def test_rotation_moves_every_encrypted_column_to_the_new_key(db, settings):
    from campaign.models import EndorsementRequest

    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [old]
    EndorsementRequest.objects.create(**REQUEST)

    settings.FIELD_ENCRYPTION_KEYS = [new, old]
    assert "Would re-encrypt 6 encrypted value(s) of campaign.EndorsementRequest." in rotate(
        "--dry-run"
    )
    assert "Re-encrypted 6 encrypted value(s) of campaign.EndorsementRequest." in rotate()

    settings.FIELD_ENCRYPTION_KEYS = [new]
    request = EndorsementRequest.objects.values(*REQUEST).get()
    assert request == REQUEST


def test_rotation_finds_the_encrypted_columns_of_every_app():
    from campaign.models import EndorsementRequest

    assert encrypted_columns()[EndorsementRequest] == list(REQUEST)
    assert encrypted_columns()[PendingSignature] == ["outbox"]


def test_a_value_no_key_opens_is_counted_and_left_alone(db, settings):
    from campaign.models import EndorsementRequest

    lost = Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [lost]
    EndorsementRequest.objects.create(**REQUEST)
    (before,) = EndorsementRequest.objects.annotate(
        raw=Cast("organisation", TextField())
    ).values_list("raw", flat=True)
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    errors = io.StringIO()

    call_command("rotate_encryption_keys", stdout=io.StringIO(), stderr=errors)

    assert "6 encrypted value(s) of campaign.EndorsementRequest open with none" in (
        errors.getvalue()
    )
    (after,) = EndorsementRequest.objects.annotate(
        raw=Cast("organisation", TextField())
    ).values_list("raw", flat=True)
    assert after == before
