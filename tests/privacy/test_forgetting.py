"""Issue 5, requirement 7: forgetting a closed petition, a withdrawn signature, an address."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone

from petitions import counting, privacy, rules, staff, tokens
from petitions.models import CounterShard, PendingSignature, Petition, Signature, Tally
from tests.petitions.factories import submit

from .conftest import admin_login, make_staff


def counts(petition):
    return (
        sorted(CounterShard.objects.filter(petition=petition).values_list("shard", "count")),
        sorted(
            Tally.objects.filter(petition=petition).values_list("day", "country", "shard", "count")
        ),
        counting.total(petition.pk),
    )


def sign_and_confirm(client, petition, email, **fields):
    """Returns the confirmation token (the withdraw link derives from it)."""
    token = submit(petition, email, **fields)
    rules.confirm(token)
    return token


@pytest.fixture
def closed_petition(client, petition):
    """Three confirmed signers (one invalidated later), one pending, then the end."""
    for i, country in enumerate(["UA", "UA", "PL"]):
        sign_and_confirm(client, petition, f"signer{i}@example.org", country=country, public=True)
    staff.invalidate(Signature.objects.filter(email_hash=privacy.email_hash("signer2@example.org")))
    submit(petition, "pending@example.org")
    Petition.objects.filter(pk=petition.pk).update(closes_at=timezone.now())
    petition.refresh_from_db()
    return petition


def run(*args):
    out = io.StringIO()
    call_command("anonymise_petition", *args, stdout=out)
    return out.getvalue()


def test_it_removes_every_personal_detail_and_keeps_the_counts(closed_petition):
    before = counts(closed_petition)
    assert before[2] == 2

    output = run("people-first")

    assert output.strip() == (
        "Deleted 1 pending signature(s) and anonymised 3 confirmed one(s) of "
        "'people-first'; its count stays 2."
    )
    assert counts(closed_petition) == before
    rows = list(
        Signature.objects.order_by("pk").values(
            "pk", "email_hash", "domain_hash", "sealed_identity", "public_name", "withdraw_digest"
        )
    )
    assert rows == [
        {
            "pk": row["pk"],
            "email_hash": f"anon-{row['pk']}",
            "domain_hash": "",
            "sealed_identity": None,
            "public_name": None,
            "withdraw_digest": None,
        }
        for row in rows
    ]
    assert len(rows) == 3
    assert not PendingSignature.objects.exists()
    # Recounting from the anonymised rows finds the same total.
    assert counting.recount(closed_petition, dry_run=True) == (2, 2)


def test_an_address_that_signed_cannot_be_recognised_afterwards(closed_petition):
    run("people-first")
    assert not Signature.objects.filter(email_hash=privacy.email_hash("signer0@example.org"))
    assert staff.erase_address("signer0@example.org") == 0


def test_a_dry_run_changes_nothing(closed_petition):
    before = list(Signature.objects.order_by("pk").values())
    output = run("people-first", "--dry-run")
    assert output.strip() == (
        "Would delete 1 pending signature(s) and would anonymise 3 confirmed one(s) of "
        "'people-first'; its count stays 2."
    )
    assert list(Signature.objects.order_by("pk").values()) == before


def test_it_refuses_an_open_petition(client, petition):
    sign_and_confirm(client, petition, "olena@example.org")
    with pytest.raises(CommandError, match="'people-first' is still open: close it first"):
        run("people-first")
    assert Signature.objects.get().sealed_identity is not None


def test_it_refuses_a_petition_not_yet_closed(client, petition):
    Petition.objects.filter(pk=petition.pk).update(
        closes_at=timezone.now() + datetime.timedelta(days=1)
    )
    with pytest.raises(CommandError, match="still open"):
        run("people-first")


def test_it_names_an_unknown_petition(db):
    with pytest.raises(CommandError, match="No petition with the slug 'nope'"):
        run("nope")


def test_a_withdrawn_signature_leaves_nothing(client, petition):
    token = sign_and_confirm(client, petition, "olena@example.org")
    assert counting.total(petition.pk) == 1
    path = reverse("petitions:withdraw", args=[tokens.withdraw_for(token)])
    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 200
    assert not Signature.objects.exists()
    assert counting.total(petition.pk) == 0
    assert counting.by_country(petition.pk) == []


@pytest.fixture
def eraser(db):
    return make_staff("eraser", permissions=["view_signer_data", "delete_signature"], device=True)


def test_staff_erase_every_signature_of_one_address(client, petition, eraser):
    other = Petition.objects.create(slug="second", title_en="Second", text_en="More.")
    sign_and_confirm(client, petition, "Olena@Example.org")
    sign_and_confirm(client, other, "olena@example.org")
    submit(other, "petro@example.org")
    sign_and_confirm(client, petition, "ivan@example.org")
    admin_login(client, eraser)
    url = reverse("admin:petitions_erase_address")
    page = client.get(url)
    assert page.status_code == 200
    assert "Erase every signature of one address" in page.content.decode()

    response = client.post(url, {"email": " OLENA@example.org "}, follow=True)

    assert response.redirect_chain[-1][0] == reverse("admin:petitions_signature_changelist")
    assert "2 signature(s) of that address erased." in response.content.decode()
    assert not Signature.objects.filter(email_hash=privacy.email_hash("olena@example.org"))
    assert Signature.objects.count() == 1  # Ivan's; Petro's waits for confirmation
    assert counting.total(petition.pk) == 1
    assert counting.total(other.pk) == 0


def test_erasing_needs_the_delete_permission(client, petition):
    viewer = make_staff("viewer", permissions=["view_signer_data"], device=True)
    sign_and_confirm(client, petition, "olena@example.org")
    admin_login(client, viewer)
    url = reverse("admin:petitions_erase_address")
    assert client.post(url, {"email": "olena@example.org"}).status_code == 403
    assert Signature.objects.count() == 1
