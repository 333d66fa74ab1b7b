from petitions import counting
from petitions import signing as rules
from petitions.models import Signature
from tests.conftest import sign_data
from tests.petitions.factories import confirmed, link_to, pending


def count(petition):
    return counting.total(petition.pk)[0]


def withdraw_url(signature):
    return f"/en/withdraw/{rules.withdraw_token(signature)}/"


def test_the_withdraw_link_opens_a_page_with_a_button_and_removes_nothing(client, petition):
    signature = confirmed(petition)

    response = client.get(withdraw_url(signature))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<form method="post" action="{withdraw_url(signature)}">' in html
    assert "Withdraw my signature</button>" in html
    assert Signature.objects.filter(pk=signature.pk).exists()
    assert count(petition) == 1


def test_the_post_deletes_a_confirmed_signature_and_its_count(client, petition):
    signature = confirmed(petition, public=True)
    confirmed(petition, "other@example.org")
    assert count(petition) == 2

    response = client.post(withdraw_url(signature))

    assert response.status_code == 200
    assert "<h1>Your signature has been withdrawn</h1>" in response.content.decode()
    assert not Signature.objects.filter(pk=signature.pk).exists()
    assert count(petition) == 1
    assert counting.by_country(petition.pk) == [("UA", 1)]
    assert "Olena" not in client.get("/en/petitions/people-first/").content.decode()


def test_a_pending_signature_can_be_withdrawn_from_the_confirmation_email(
    client, petition, smtp, run_tasks
):
    client.post("/en/petitions/people-first/sign/", sign_data())
    run_tasks()

    path = link_to(smtp.text(smtp.messages[0]), "/withdraw/")
    response = client.post(path)

    assert response.status_code == 200
    assert Signature.objects.count() == 0
    assert count(petition) == 0


def test_withdrawing_twice_is_a_friendly_404(client, petition):
    signature = confirmed(petition)
    url = withdraw_url(signature)
    client.post(url)

    response = client.post(url)

    assert response.status_code == 404
    assert count(petition) == 0


def test_a_tampered_withdraw_link_is_a_404(client, petition):
    signature = confirmed(petition)
    other = confirmed(petition, "other@example.org")
    forged = rules.withdraw_token(signature).replace(f"{signature.pk}:", f"{other.pk}:", 1)

    for token in (forged, "nonsense", rules.confirm_token(signature)):
        assert client.get(f"/en/withdraw/{token}/").status_code == 404
        assert client.post(f"/en/withdraw/{token}/").status_code == 404
    assert count(petition) == 2


def test_the_withdraw_post_is_refused_from_a_foreign_site(client, petition):
    signature = confirmed(petition)

    response = client.post(withdraw_url(signature), HTTP_ORIGIN="https://evil.example")

    assert response.status_code == 403
    assert count(petition) == 1


def test_after_withdrawing_the_same_address_can_sign_again(client, petition):
    signature = confirmed(petition)
    client.post(withdraw_url(signature))

    again = pending(petition)

    assert again.pk != signature.pk
    assert again.confirmed_at is None
    rules.confirm(again.pk)
    assert count(petition) == 1
