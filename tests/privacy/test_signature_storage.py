"""What a submission and a signature keep, in which form, and for how long."""

import datetime
import json

import redis
from django.db import connection
from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils import timezone

from petitions import privacy, staff
from petitions.models import PendingSignature, Signature

from .conftest import confirm_by_email, sign


def test_a_submission_keeps_the_address_readable_by_the_server_only_until_its_email_goes(
    client, smtp, run_tasks, petition
):
    sign(client, email="Olena@Example.org")
    pending = PendingSignature.objects.get()
    (stored,) = PendingSignature.objects.annotate(raw=Cast("outbox", TextField())).values_list(
        "raw", flat=True
    )
    assert "olena" not in stored.casefold()
    assert json.loads(pending.outbox)["to"] == "Olena@Example.org"

    run_tasks()  # the SMTP server accepts the email

    pending.refresh_from_db()
    assert pending.outbox is None
    assert pending.domain_hash == privacy.domain_hash("example.org")
    # What is left opens only with the emailed token, which the server does not keep.
    assert "olena" not in repr(PendingSignature.objects.values().get()).casefold()


def test_confirming_moves_the_submission_into_a_signature_of_hashes_and_a_sealed_box(
    client, smtp, run_tasks, petition
):
    sign(client, email="olena@example.org")
    run_tasks()
    confirm_by_email(client, smtp, "olena@example.org")

    assert not PendingSignature.objects.exists()
    signature = Signature.objects.get()
    assert signature.email_hash == privacy.email_hash("olena@example.org")
    assert signature.domain_hash == privacy.domain_hash("example.org")
    assert signature.confirmed_on == timezone.now().astimezone(datetime.UTC).date()
    assert "olena" not in repr(Signature.objects.values().get()).casefold()


def test_it_purges_a_submission_nobody_confirmed(client, petition):
    sign(client, email="olena@example.org")
    PendingSignature.objects.update(created_at=timezone.now() - datetime.timedelta(days=31))
    assert staff.purge_unconfirmed(days=30) == 1
    assert not PendingSignature.objects.exists()


def test_it_keeps_a_submission_still_in_time(client, petition):
    sign(client, email="olena@example.org")
    assert staff.purge_unconfirmed(days=30) == 0
    assert PendingSignature.objects.count() == 1


FORBIDDEN_WORDS = ("ip", "addr", "agent", "remote", "host", "browser", "ua", "domain", "at")


def columns(table):
    with connection.cursor() as cursor:
        return {
            column.name: column.type_code
            for column in connection.introspection.get_table_description(cursor, table)
        }


def test_a_signature_has_no_column_for_an_address_a_domain_a_time_or_an_ip(db):
    fields = {field.column for field in Signature._meta.concrete_fields}
    stored = columns("petitions_signature")
    assert (
        set(stored)
        == fields
        == {
            "id",
            "petition_id",
            "email_hash",
            "domain_hash",
            "sealed_identity",
            "public_name",
            "country",
            "language",
            "confirmed_on",
            "invalidated_on",
            "withdraw_digest",
        }
    )
    for column in stored:
        assert not set(column.split("_")) & set(FORBIDDEN_WORDS) - {"domain"}, column
    # Dates, never times: a time to the second could be matched with a mail provider's logs.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'petitions_signature' AND data_type LIKE 'timestamp%%'"
        )
        assert cursor.fetchall() == []


def test_the_counters_keep_no_time_of_the_last_confirmation(db):
    assert "updated_at" not in columns("petitions_countershard")


def test_it_stores_a_first_name_only_when_the_signer_ticks_public(
    client, smtp, run_tasks, petition
):
    sign(client, name="Olena Kovalenko", email="olena@example.org", public="on")
    sign(client, name="Petro Shevchenko", email="petro@example.org")
    run_tasks()
    confirm_by_email(client, smtp, "olena@example.org")
    confirm_by_email(client, smtp, "petro@example.org")

    names = dict(Signature.objects.values_list("email_hash", "public_name"))
    assert names == {
        privacy.email_hash("olena@example.org"): "Olena",
        privacy.email_hash("petro@example.org"): None,
    }


def test_the_recent_signers_show_only_those_who_chose_it(client, smtp, run_tasks, petition):
    sign(client, name="Olena Kovalenko", email="olena@example.org", public="on", country="UA")
    sign(client, name="Petro Shevchenko", email="petro@example.org", country="PL")
    sign(client, name="Ivanna Franko", email="ivanna@example.org", public="on", country="DE")
    run_tasks()
    confirm_by_email(client, smtp, "olena@example.org")
    confirm_by_email(client, smtp, "petro@example.org")
    # Ivanna ticked "public" but has not confirmed: not shown either.

    html = client.get("/en/petitions/people-first/").content.decode()

    assert "Olena" in html
    assert "Kovalenko" not in html
    assert "Petro" not in html
    assert "Shevchenko" not in html
    assert "Ivanna" not in html


def test_rate_limit_counters_live_only_in_the_cache_and_expire(
    client, smtp, run_tasks, petition, settings
):
    client_ip = "203.0.113.9"
    client.post(
        "/en/petitions/people-first/sign/",
        {"name": "Olena", "email": "olena@example.org", "country": "UA", "consent": "on"},
        REMOTE_ADDR=client_ip,
    )
    run_tasks()  # the per-address limit is counted when the email goes
    cache = redis.Redis.from_url(settings.CACHES["default"]["LOCATION"])
    counters = [key for key in cache.scan_iter() if b":rl:" in key or b"sign-address" in key]
    assert len(counters) == 2  # per client address and per address hash
    for key in counters:
        assert 0 < cache.ttl(key) <= 3600 + 5  # the longest window, plus django-ratelimit's fudge
        assert client_ip.encode() not in key
        assert b"olena" not in key


def test_a_submission_keeps_only_the_hour_it_was_made(client, petition):
    """To the second, it could be matched with the time a mail provider delivered the
    confirmation email."""
    sign(client, email="olena@example.org")

    created = PendingSignature.objects.get().created_at

    assert (created.minute, created.second, created.microsecond) == (0, 0, 0)
