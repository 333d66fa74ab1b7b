import pytest
from django.db import IntegrityError

from petitions import counting, privacy, rules
from petitions.models import PendingSignature, Petition, Signature
from tests.conftest import sign_data
from tests.petitions.factories import confirmed, link_to

SIGN = "/en/petitions/people-first/sign/"


def post(client, email="olena@example.org", ip="203.0.113.1", **extra):
    return client.post(SIGN, sign_data(email=email, **extra), REMOTE_ADDR=ip)


def confirm_all(client, smtp):
    for message in smtp.messages:
        client.post(link_to(smtp.text(message), "/confirm/"))


@pytest.mark.parametrize(
    "spellings",
    [
        ["olena@example.org", "  OLENA@Example.ORG ", "Olena@example.org"],
        ["olena@example.org", "olena+appeal@example.org", "Olena+X@example.org"],
        ["o.lena@gmail.com", "olena@gmail.com", "O.L.E.N.A+news@googlemail.com"],
        ["oksana@пошта.укр", "oksana@xn--80a1acn3a.xn--j1amh", "Oksana@ПОШТА.укр"],
    ],
    ids=["case and spaces", "plus tag", "gmail dots", "internationalised domain"],
)
def test_one_inbox_is_one_signature_however_its_address_is_spelt(
    client, petition, smtp, run_tasks, spellings
):
    for email in spellings:
        assert post(client, email).status_code == 302
    run_tasks()
    confirm_all(client, smtp)

    assert Signature.objects.count() == 1
    assert counting.total(petition.pk) == 1


def test_the_email_goes_to_the_address_as_typed(client, petition, smtp, run_tasks):
    post(client, "O.Lena+Appeal@GMail.com")
    run_tasks()

    assert [m["To"] for m in smtp.messages] == ["O.Lena+Appeal@GMail.com"]


def test_dots_count_for_other_domains(client, petition, smtp, run_tasks):
    post(client, "o.lena@example.org")
    post(client, "olena@example.org")
    run_tasks()
    confirm_all(client, smtp)

    assert Signature.objects.count() == 2


def test_a_plus_sign_alone_is_kept(petition):
    assert privacy.normalise_email("+@example.org") == "+@example.org"
    assert privacy.normalise_email("+tag@example.org") == "+tag@example.org"


def test_every_submission_answers_alike_and_gets_its_own_email(client, petition, smtp, run_tasks):
    first = post(client)
    repeat = post(client, "OLENA@example.org")
    run_tasks()

    assert repeat.status_code == first.status_code == 302
    assert repeat["Location"] == first["Location"]
    assert len(smtp.messages) == 2
    links = {link_to(smtp.text(m), "/confirm/") for m in smtp.messages}
    assert len(links) == 2  # each submission its own link
    assert PendingSignature.objects.count() == 2


def test_emails_per_address_are_limited_without_telling_the_sender(
    client, petition, smtp, run_tasks, settings
):
    settings.SIGN_EMAIL_RATE_LIMIT = "3/h"

    answers = [post(client, ip=f"203.0.113.{i}") for i in range(1, 6)]
    run_tasks()

    assert [a.status_code for a in answers] == [302] * 5
    assert {a["Location"] for a in answers} == {answers[0]["Location"]}
    assert len(smtp.messages) == 3
    assert PendingSignature.objects.count() == 3  # the others are gone with their address


def test_the_address_limit_does_not_touch_other_addresses(
    client, petition, smtp, run_tasks, settings
):
    settings.SIGN_EMAIL_RATE_LIMIT = "1/h"
    post(client)
    post(client)
    post(client, "taras@example.org")
    run_tasks()

    assert sorted(m["To"] for m in smtp.messages) == ["olena@example.org", "taras@example.org"]


def test_the_database_refuses_a_second_signature_of_one_address(petition):
    existing = confirmed(petition)

    with pytest.raises(IntegrityError):
        Signature.objects.create(
            petition=petition,
            email_hash=existing.email_hash,
            domain_hash=existing.domain_hash,
            country="UA",
            confirmed_on=existing.confirmed_on,
        )


def test_one_address_may_sign_two_petitions(petition):
    second = Petition.objects.create(slug="second", title_en="Second", text_en="Text")

    confirmed(petition)
    confirmed(second)

    assert Signature.objects.count() == 2
    assert counting.total(second.pk) == 1


def test_a_closed_petition_stores_no_submission(petition):
    petition.is_active = False
    petition.save()

    with pytest.raises(rules.PetitionClosed):
        rules.sign(
            petition,
            rules.Signer(
                name="Olena",
                email="olena@example.org",
                country="UA",
                updates=False,
                public=False,
                language="en",
            ),
        )
    assert PendingSignature.objects.count() == 0
