import re

from petitions import counting
from petitions import signing as rules
from petitions.models import Signature
from tests.petitions.factories import confirm_token_from, confirmed, link_to, pending


def count(petition):
    return counting.total(petition.pk)[0]


def confirm_url(signature, lang="en"):
    return f"/{lang}/confirm/{rules.confirm_token(signature)}/"


def test_the_emailed_link_opens_a_page_with_one_button_and_confirms_nothing(client, petition):
    signature = pending(petition)
    url = confirm_url(signature)

    response = client.get(url)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<form method="post" action="{url}">' in html
    assert html.count("<button") == 1
    assert "Confirm my signature</button>" in html
    signature.refresh_from_db()
    assert signature.confirmed_at is None
    assert count(petition) == 0


def test_the_post_confirms_once_counts_and_shows_the_thank_you_page(client, petition):
    signature = pending(petition)

    response = client.post(confirm_url(signature))

    thanks = f"/en/thanks/{rules.withdraw_token(signature)}/"
    assert response.status_code == 302
    assert response["Location"] == thanks
    signature.refresh_from_db()
    assert signature.confirmed_at is not None
    assert signature.email_encrypted is None
    assert count(petition) == 1
    page = client.get(thanks)
    html = page.content.decode()
    assert page.status_code == 200
    assert "<strong>1</strong>&nbsp;signature" in html
    assert f'href="/en/withdraw/{rules.withdraw_token(signature)}/"' in html
    assert "https://t.me/share/url?url=" in html


def test_confirming_twice_is_harmless(client, petition):
    url = confirm_url(pending(petition))

    first = client.post(url)
    second = client.post(url)

    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert count(petition) == 1


def test_a_link_is_valid_for_confirmation_days(client, petition, settings):
    settings.CONFIRMATION_DAYS = 14
    signature = pending(petition)
    token = confirm_token_from(signature, days_ago=13.9)

    assert client.get(f"/en/confirm/{token}/").status_code == 200
    assert client.post(f"/en/confirm/{token}/").status_code == 302
    assert count(petition) == 1


def test_an_expired_link_offers_a_new_one_and_confirms_nothing(client, petition, settings):
    settings.CONFIRMATION_DAYS = 3
    signature = pending(petition)
    token = confirm_token_from(signature, days_ago=3.1)

    for response in (client.get(f"/en/confirm/{token}/"), client.post(f"/en/confirm/{token}/")):
        html = response.content.decode()
        assert response.status_code == 410
        assert "<h1>This link has expired</h1>" in html
        assert "Confirmation links are valid for 3 days." in html
        assert "Send me a new link</button>" in html
    signature.refresh_from_db()
    assert signature.confirmed_at is None
    assert count(petition) == 0


def test_the_send_me_a_new_link_button_sends_a_link_that_works(client, petition, smtp, run_tasks):
    signature = pending(petition)
    run_tasks()  # the first email
    token = confirm_token_from(signature, days_ago=20)
    expired_page = client.get(f"/en/confirm/{token}/").content.decode()
    resend_path = re.search(r'action="([^"]+/new-link/)"', expired_page).group(1)

    response = client.post(resend_path)
    run_tasks()

    assert response.status_code == 200
    assert "<h1>Check your inbox</h1>" in response.content.decode()
    assert len(smtp.messages) == 2
    new_link = link_to(smtp.text(smtp.messages[1]), "/confirm/")
    assert new_link != f"/en/confirm/{token}/"
    assert client.post(new_link).status_code == 302
    assert count(petition) == 1


def test_an_expired_link_of_a_confirmed_signature_leads_to_the_thank_you_page(client, petition):
    signature = confirmed(petition)
    token = confirm_token_from(signature, days_ago=30)

    response = client.get(f"/en/confirm/{token}/")

    assert response.status_code == 302
    assert response["Location"] == f"/en/thanks/{rules.withdraw_token(signature)}/"


def test_an_expired_link_of_a_deleted_signature_is_a_broken_link(client, petition):
    signature = pending(petition)
    token = confirm_token_from(signature, days_ago=40)
    signature.delete()

    response = client.get(f"/en/confirm/{token}/")

    assert response.status_code == 404
    assert "<h1>This link does not work</h1>" in response.content.decode()


def test_a_broken_link_gets_a_friendly_404_page(client, petition):
    signature = pending(petition)
    token = rules.confirm_token(signature)
    broken = [
        token[:-3],  # cut short by a mail client
        token.replace(f"{signature.pk}:", f"{signature.pk + 1}:", 1),  # another id
        rules.withdraw_token(signature),  # the wrong kind of token
        "nonsense",
    ]

    for bad in broken:
        response = client.get(f"/en/confirm/{bad}/")
        assert response.status_code == 404, bad
        assert "<h1>This link does not work</h1>" in response.content.decode()
        assert client.post(f"/en/confirm/{bad}/").status_code == 404
    assert count(petition) == 0


def test_a_link_to_a_withdrawn_signature_is_a_broken_link(client, petition):
    signature = pending(petition)
    url = confirm_url(signature)
    rules.withdraw(signature.pk)

    assert client.get(url).status_code == 200  # only the POST looks
    response = client.post(url)

    assert response.status_code == 404
    assert "<h1>This link does not work</h1>" in response.content.decode()


def test_a_forged_new_link_request_is_a_404(client, petition):
    pending(petition)

    response = client.post("/en/confirm/x/new-link/".replace("x", "1:forged"))

    assert response.status_code == 404


def test_the_confirm_post_is_refused_from_a_foreign_site(client, petition):
    signature = pending(petition)

    response = client.post(confirm_url(signature), HTTP_ORIGIN="https://evil.example")

    assert response.status_code == 403
    assert count(petition) == 0


def test_pages_behind_tokens_are_never_cached(client, petition):
    signature = pending(petition)
    thanks = f"/en/thanks/{rules.withdraw_token(signature)}/"
    withdraw = f"/en/withdraw/{rules.withdraw_token(signature)}/"

    for path in (confirm_url(signature), thanks, withdraw):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert not response.cookies


def test_an_invalidated_signature_cannot_be_confirmed_into_the_count(client, petition):
    signature = pending(petition)
    rules.invalidate(Signature.objects.filter(pk=signature.pk))

    client.post(confirm_url(signature))

    assert count(petition) == 0
