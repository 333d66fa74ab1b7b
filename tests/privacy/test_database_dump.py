"""Issue 5, requirement 1: a copy of the database alone reveals no signer."""

import subprocess

import redis
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.urls import reverse

from petitions.models import PendingSignature, Signature
from tests.campaign.conftest import form_values

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


REQUEST = {
    "organisation": "Zarechnaya Sovest Initiative",
    "country": "BY",
    "website": "https://zarechnaya-sovest.example/join",
    "contact_name": "Nadezhda Sokolova",
    "contact_email": "n.sokolova@ovd.example",
    "message": "Our volunteers in Voronezh document detentions.",
}
ENCRYPTED = ["organisation", "country", "website", "contact_name", "contact_email", "message"]


def copied_rows(dump, table):
    """The rows of `table` in a (casefolded) dump: {column: value} each."""
    lines = dump.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"copy public.{table} "))
    columns = lines[start].split("(", 1)[1].split(")", 1)[0].split(", ")
    rows = []
    for line in lines[start + 1 :]:
        if line == "\\.":
            return rows
        rows.append(dict(zip(columns, line.split("\t"), strict=True)))
    raise AssertionError(f"no end to the rows of {table}")


def assert_no_request_in(dump):
    for field, value in REQUEST.items():
        if field != "country":
            for word in value.casefold().replace("/", " ").replace("@", " ").split():
                if len(word) > 6:
                    assert word not in dump, f"{field} ({word}) found in the dump"
    for row in copied_rows(dump, "campaign_endorsementrequest"):
        for column in ENCRYPTED:
            assert row[column].startswith("gaaaaa"), f"{column} is not a Fernet token"
        assert "by" not in row.values()


def test_no_field_of_an_endorsement_request_is_in_a_dump_but_reviewers_read_them(
    transactional_db, client
):
    """Issue 10, attack 9: asking to join is itself dangerous for a group in Russia."""
    from campaign.models import EndorsementRequest

    assert client.post("/en/endorse/", REQUEST).status_code == 302
    assert_no_request_in(pg_dump())
    for value in REQUEST.values():
        assert value.casefold() not in cache_dump()

    reviewer = make_staff(
        "reviewer",
        permissions=[
            "campaign.review_endorsementrequest",
            "campaign.view_endorsementrequest",
            "campaign.change_endorsementrequest",
        ],
    )
    assert admin_login(client, reviewer).status_code == 302
    request = EndorsementRequest.objects.get()
    assert {field: getattr(request, field) for field in REQUEST} == REQUEST
    listing = client.get(reverse("admin:campaign_endorsementrequest_changelist"))
    assert "Zarechnaya Sovest Initiative" in listing.content.decode()
    assert "Belarus" in listing.content.decode()
    assert "Waiting for review" in listing.content.decode()
    url = reverse("admin:campaign_endorsementrequest_change", args=[request.pk])
    page = client.get(url).content.decode()
    assert 'value="n.sokolova@ovd.example"' in page
    assert "Our volunteers in Voronezh document detentions." in page
    assert '<option value="BY" selected>' in page

    # Staff at work: a correction (recorded in the admin's history), then a rejection.
    data = form_values(client.get(url), "endorsementrequest_form")
    assert (
        client.post(url, {**data, "message": REQUEST["message"] + " Since 2022."}).status_code
        == 302
    )
    client.post(
        reverse("admin:campaign_endorsementrequest_changelist"),
        {"action": "reject", "_selected_action": [request.pk], "index": "0"},
    )
    assert LogEntry.objects.get().object_repr == f"#{request.pk}"
    dump = pg_dump()
    assert_no_request_in(dump)
    assert "since 2022" not in dump
    assert copied_rows(dump, "campaign_endorsementrequest")[0]["status"] == "rejected"
