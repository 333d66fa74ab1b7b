from petitions import counting, rules, tokens
from petitions.models import PendingSignature, Signature
from tests.conftest import sign_data
from tests.petitions.factories import link_to, signature_of, submit


def count(petition):
    return counting.total(petition.pk)


def withdraw_url(confirm_token):
    return f"/en/withdraw/{tokens.withdraw_for(confirm_token)}/"


def sign_and_confirm(petition, email="olena@example.org", **extra):
    """The confirmation token of a confirmed signature (its withdraw link derives from it)."""
    token = submit(petition, email, **extra)
    rules.confirm(token)
    return token


def test_the_withdraw_link_opens_a_page_with_a_button_and_removes_nothing(client, petition):
    token = sign_and_confirm(petition)

    response = client.get(withdraw_url(token))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<form method="post" action="{withdraw_url(token)}">' in html
    assert "Withdraw my signature</button>" in html
    assert Signature.objects.count() == 1
    assert count(petition) == 1


def test_the_post_deletes_a_confirmed_signature_and_its_count(client, petition):
    token = sign_and_confirm(petition, public=True)
    sign_and_confirm(petition, "other@example.org")
    assert count(petition) == 2
    assert "Olena, Ukraine" in client.get("/en/petitions/people-first/").content.decode()

    response = client.post(withdraw_url(token))

    assert response.status_code == 200
    assert "<h1>Your signature has been withdrawn</h1>" in response.content.decode()
    assert signature_of(petition, "olena@example.org") is None
    assert count(petition) == 1
    assert counting.by_country(petition.pk) == [("UA", 1)]
    assert "Olena" not in client.get("/en/petitions/people-first/").content.decode()


def test_a_submission_can_be_withdrawn_from_the_confirmation_email(
    client, petition, smtp, run_tasks
):
    client.post("/en/petitions/people-first/sign/", sign_data())
    run_tasks()
    text = smtp.text(smtp.messages[0])

    response = client.post(link_to(text, "/withdraw/"))

    assert response.status_code == 200
    assert PendingSignature.objects.count() == 0
    assert client.post(link_to(text, "/confirm/")).status_code == 404
    assert count(petition) == 0


def test_withdrawing_twice_is_a_friendly_404(client, petition):
    url = withdraw_url(sign_and_confirm(petition))
    client.post(url)

    response = client.post(url)

    assert response.status_code == 404
    assert count(petition) == 0


def test_a_wrong_withdraw_link_is_a_404(client, petition):
    token = sign_and_confirm(petition)
    sign_and_confirm(petition, "other@example.org")

    for bad in (token, tokens.new(), tokens.withdraw_for(token)[:-1] + "x", "nonsense"):
        assert client.get(f"/en/withdraw/{bad}/").status_code == 404
        assert client.post(f"/en/withdraw/{bad}/").status_code == 404
    assert count(petition) == 2


def test_the_withdraw_post_is_refused_from_a_foreign_site(client, petition):
    token = sign_and_confirm(petition)

    response = client.post(withdraw_url(token), HTTP_ORIGIN="https://evil.example")

    assert response.status_code == 403
    assert count(petition) == 1


def test_after_withdrawing_the_same_address_can_sign_again(client, petition):
    first = sign_and_confirm(petition)
    client.post(withdraw_url(first))

    sign_and_confirm(petition)

    assert count(petition) == 1


def test_the_latest_confirmation_gives_the_withdraw_link_that_works(client, petition):
    first = sign_and_confirm(petition)
    second = sign_and_confirm(petition)

    assert client.get(withdraw_url(first)).status_code == 404
    assert client.post(withdraw_url(second)).status_code == 200
    assert count(petition) == 0
