"""Issue 5, requirements 3-5: what a signature row keeps, and for how long."""

import datetime

import redis
from django.db import connection
from django.utils import timezone

from petitions import privacy, signing
from petitions.models import Signature

from .conftest import confirm_by_email, sign


def only_signature():
    return Signature.objects.get()


def test_it_keeps_the_pending_address_only_encrypted(client, petition):
    sign(client, email="Olena@Example.org")
    signature = only_signature()
    assert "olena" not in signature.email_encrypted.casefold()
    assert privacy.decrypt(signature.email_encrypted) == "Olena@Example.org"
    assert signature.email_hash == privacy.email_hash("olena@example.org")
    assert signature.email_domain == "example.org"


def test_it_erases_the_address_at_confirmation(client, smtp, run_tasks, petition):
    sign(client, email="olena@example.org")
    run_tasks()
    confirm_by_email(client, smtp, "olena@example.org")
    signature = only_signature()
    assert signature.confirmed_at is not None
    assert signature.email_encrypted is None


def test_it_purges_the_pending_signature_with_its_address(client, petition):
    sign(client, email="olena@example.org")
    Signature.objects.update(created_at=timezone.now() - datetime.timedelta(days=31))
    assert signing.purge_unconfirmed(days=30) == 1
    assert not Signature.objects.exists()


def test_it_keeps_the_address_of_a_signature_still_in_time(client, petition):
    sign(client, email="olena@example.org")
    assert signing.purge_unconfirmed(days=30) == 0
    assert only_signature().email_encrypted is not None


FORBIDDEN_WORDS = ("ip", "addr", "agent", "remote", "host", "browser", "ua")


def test_a_signature_has_no_column_for_ip_addresses_or_user_agents(db):
    fields = {field.column for field in Signature._meta.concrete_fields}
    with connection.cursor() as cursor:
        table = connection.introspection.get_table_description(cursor, "petitions_signature")
    columns = {column.name for column in table}
    assert (
        columns
        == fields
        == {
            "id",
            "petition_id",
            "email_hash",
            "email_domain",
            "email_encrypted",
            "sealed_identity",
            "public_name",
            "country",
            "language",
            "created_at",
            "confirmed_at",
            "invalidated_at",
        }
    )
    for column in columns:
        assert not set(column.split("_")) & set(FORBIDDEN_WORDS), column


def test_it_stores_a_first_name_only_when_the_signer_ticks_public(client, petition):
    sign(client, name="Olena Kovalenko", email="olena@example.org", public="on")
    sign(client, name="Petro Shevchenko", email="petro@example.org")
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


def test_rate_limit_counters_live_only_in_the_cache_and_expire(client, petition, settings):
    client_ip = "203.0.113.9"
    client.post(
        "/en/petitions/people-first/sign/",
        {"name": "Olena", "email": "olena@example.org", "country": "UA", "consent": "on"},
        REMOTE_ADDR=client_ip,
    )
    cache = redis.Redis.from_url(settings.CACHES["default"]["LOCATION"])
    counters = [key for key in cache.scan_iter() if b":rl:" in key]
    assert len(counters) == 2  # per client address and per address hash
    for key in counters:
        assert 0 < cache.ttl(key) <= 3600 + 5  # the longest window, plus django-ratelimit's fudge
        assert client_ip.encode() not in key
        assert b"olena" not in key
