"""Issue 5, requirement 1: a copy of the database alone reveals no signer."""

import subprocess

import redis
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.urls import reverse

from petitions.models import PendingSignature, Signature

from .conftest import admin_login, confirm_by_email, make_staff, sign

# Distinctive enough that no key, hash or ciphertext contains them by chance.
CONFIRMED = {"name": "Zoriana Quillfeather", "email": "zoriana.quillfeather7@riverside.example"}
PENDING = {"name": "Bohdanko Marshwillow", "email": "bohdanko.marshwillow3@lakeside.example"}
PUBLIC = {"name": "Ivarka Thistledown", "email": "ivarka.thistledown9@hillside.example"}


def pg_dump(*, casefold=True):
    s = connection.settings_dict
    result = subprocess.run(
        [
            "pg_dump",
            "--no-owner",
            "-h",
            s["HOST"] or "127.0.0.1",
            "-p",
            str(s["PORT"] or 5432),
            "-U",
            s["USER"] or "root",
            s["NAME"],
        ],
        capture_output=True,
        check=True,
    )
    dump = result.stdout.decode()
    return dump.casefold() if casefold else dump


def cache_dump():
    """Every key and string value in the Redis database the site uses as its cache."""
    client = redis.Redis.from_url(settings.CACHES["default"]["LOCATION"])
    parts = []
    for key in client.scan_iter():
        parts.append(key)
        if client.type(key) == b"string":
            parts.append(client.get(key))
    return b"\n".join(parts).decode(errors="replace").casefold()


def secrets_of(signer):
    local, domain = signer["email"].split("@")
    first, surname = signer["name"].split()
    return {"name": signer["name"], "surname": surname, "email": signer["email"], "local": local}


def test_it_finds_no_signer_in_a_dump_of_the_database(
    transactional_db, client, smtp, run_tasks, petition
):
    sign(client, **CONFIRMED, updates="on")
    sign(client, **PENDING)
    sign(client, **PUBLIC, public="on", country="PL")
    run_tasks()
    assert len(smtp.wait_for(3)) == 3
    confirm_by_email(client, smtp, CONFIRMED["email"])
    confirm_by_email(client, smtp, PUBLIC["email"])
    assert client.get("/en/petitions/people-first/").status_code == 200

    # Staff at work: logged in, reading signatures, exporting, invalidating one.
    staff = make_staff("auditor", superuser=True, device=True)
    assert admin_login(client, staff).status_code == 302
    confirmed = Signature.objects.get(public_name__isnull=True)
    for url in [
        reverse("admin:index"),
        reverse("admin:petitions_signature_changelist"),
        reverse("admin:petitions_signature_change", args=[confirmed.pk]),
        reverse("admin:petitions_petition_change", args=[petition.pk]),
        reverse("admin:petitions_petition_export", args=[petition.pk]),
        reverse("admin:petitions_exportlog_changelist"),
    ]:
        assert client.get(url).status_code == 200, url
    client.post(
        reverse("admin:petitions_signature_changelist"),
        {"action": "invalidate_selected", "_selected_action": [confirmed.pk]},
    )
    assert LogEntry.objects.get().object_repr == f"#{confirmed.pk}"

    assert PendingSignature.objects.count() == 1
    dump, cache = pg_dump(), cache_dump()
    assert "insert into" not in dump  # plain COPY blocks: the data is really in the dump
    assert "copy public.petitions_signature" in dump
    for signer in (CONFIRMED, PENDING, PUBLIC):
        for what, secret in secrets_of(signer).items():
            assert secret.casefold() not in dump, f"{what} of a signer found in the dump"
            assert secret.casefold() not in cache, f"{what} of a signer found in the cache"
    # Not even the domains (only their keyed hashes); the one exception is a public
    # first name.
    for signer in (CONFIRMED, PENDING, PUBLIC):
        assert signer["email"].split("@")[1] not in dump
    assert "ivarka" in dump


def test_an_organisations_contact_is_not_in_a_dump_but_staff_read_it(transactional_db, client):
    from campaign.models import EndorsementRequest
    from tests.campaign.conftest import endorse_data

    contact = {"contact_name": "Nadezhda Sokolova", "contact_email": "n.sokolova@ovd.example"}
    assert client.post("/ru/endorse/", endorse_data(**contact)).status_code == 302

    dump = pg_dump()
    assert "copy public.campaign_endorsementrequest" in dump
    assert "truth hounds" in dump  # the organisation itself is public once approved
    for secret in ("sokolova", "nadezhda", "ovd.example"):
        assert secret not in dump, f"{secret} found in the dump"

    staff = make_staff("editor", superuser=True, device=True)
    assert admin_login(client, staff).status_code == 302
    request = EndorsementRequest.objects.get()
    assert (request.contact_name, request.contact_email) == tuple(contact.values())
    page = client.get(reverse("admin:campaign_endorsementrequest_change", args=[request.pk]))
    assert 'value="n.sokolova@ovd.example"' in page.content.decode()
    listing = client.get(reverse("admin:campaign_endorsementrequest_changelist"))
    assert "Nadezhda Sokolova" in listing.content.decode()
