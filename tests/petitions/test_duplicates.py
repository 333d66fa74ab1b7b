import pytest
from django.db import IntegrityError

from petitions import signing as rules
from petitions.models import Petition, Signature
from tests.conftest import sign_data

SIGN = "/en/petitions/people-first/sign/"


def post(client, email="olena@example.org", ip="203.0.113.1", **extra):
    return client.post(SIGN, sign_data(email=email, **extra), REMOTE_ADDR=ip)


def subjects(smtp):
    return [m["Subject"] for m in smtp.messages]


def test_the_same_address_in_another_case_or_with_spaces_is_one_signature(client, petition):
    for email in ("olena@example.org", "  OLENA@Example.ORG ", "Olena@example.org"):
        assert post(client, email).status_code == 302

    assert Signature.objects.count() == 1


def test_a_repeat_answers_exactly_like_a_first_signature(client, petition):
    first = post(client)
    repeat_pending = post(client)
    rules.confirm(Signature.objects.get().pk)
    repeat_confirmed = post(client)
    stranger = post(client, "someone.else@example.org")

    for response in (repeat_pending, repeat_confirmed, stranger):
        assert response.status_code == first.status_code == 302
        assert response["Location"] == first["Location"]
        assert response.content == first.content
        assert response.cookies == first.cookies


def test_a_pending_repeat_gets_the_confirmation_email_again(client, petition, smtp, run_tasks):
    post(client)
    post(client, "OLENA@example.org")
    run_tasks()

    assert subjects(smtp) == ["Please confirm your signature: People First"] * 2
    # Both go to the address as first typed, which the pending signature keeps.
    assert [m["To"] for m in smtp.messages] == ["olena@example.org", "olena@example.org"]


def test_a_confirmed_repeat_gets_the_already_signed_email(client, petition, smtp, run_tasks):
    post(client)
    run_tasks()
    rules.confirm(Signature.objects.get().pk)
    post(client)
    run_tasks()

    assert subjects(smtp) == [
        "Please confirm your signature: People First",
        "You have already signed: People First",
    ]


def test_re_sends_are_limited_per_address_then_the_address_gets_429(
    client, petition, smtp, run_tasks, settings
):
    settings.SIGN_EMAIL_RATE_LIMIT = "5/h"
    assert rules.RESENDS_PER_DAY == 3

    answers = [post(client, ip=f"203.0.113.{i}").status_code for i in range(1, 7)]
    run_tasks()

    assert answers == [302, 302, 302, 302, 302, 429]
    assert len(smtp.messages) == 1 + rules.RESENDS_PER_DAY
    assert Signature.objects.count() == 1


def test_the_address_limit_gives_the_translated_429_page(client, petition, settings):
    settings.SIGN_EMAIL_RATE_LIMIT = "1/h"
    post(client)

    response = client.post("/uk/petitions/people-first/sign/", sign_data(email="OLENA@example.org"))

    assert response.status_code == 429
    assert '<html lang="uk">' in response.content.decode()


def test_the_address_limit_does_not_touch_other_addresses(client, petition, settings):
    settings.SIGN_EMAIL_RATE_LIMIT = "1/h"
    post(client)

    assert post(client, "taras@example.org").status_code == 302
    assert Signature.objects.count() == 2


def test_the_database_refuses_a_second_signature_of_one_address(petition):
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
    existing = Signature.objects.get()

    with pytest.raises(IntegrityError):
        Signature.objects.create(
            petition=petition,
            email_hash=existing.email_hash,
            email_domain="example.org",
            country="UA",
        )


def test_one_address_may_sign_two_petitions(client, petition):
    Petition.objects.create(slug="second", title_en="Second", text_en="Text")

    post(client)
    client.post("/en/petitions/second/sign/", sign_data())

    assert Signature.objects.count() == 2
