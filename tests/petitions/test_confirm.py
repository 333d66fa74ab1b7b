import datetime

from django.utils import timezone

from petitions import counting, rules, staff, tokens
from petitions.models import PendingSignature, Signature
from tests.petitions.factories import confirmed, signature_of, submit


def count(petition):
    return counting.total(petition.pk)


def confirm_url(token, lang="en"):
    return f"/{lang}/confirm/{token}/"


def age(token, days):
    """Move a submission back in time (no sleeping)."""
    PendingSignature.objects.filter(confirm_digest=tokens.digest(token)).update(
        created_at=timezone.now() - datetime.timedelta(days=days)
    )


def test_the_emailed_link_opens_a_page_with_one_button_and_confirms_nothing(client, petition):
    token = submit(petition)
    url = confirm_url(token)

    response = client.get(url)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<form method="post" action="{url}">' in html
    assert html.count("<button") == 1
    assert "Confirm my signature</button>" in html
    assert Signature.objects.count() == 0
    assert count(petition) == 0


def test_the_page_shows_what_will_be_recorded_before_the_button(client, petition):
    token = submit(petition, "olena@example.org", name="Olena Kovalenko", updates=True)

    html = client.get(confirm_url(token)).content.decode()

    before_button = html[: html.index("<button")]
    for shown in ("Olena Kovalenko", "olena@example.org", "Ukraine", "yes, send me news"):
        assert shown in before_button
    assert "Nothing with your name: you are counted, not named." in before_button


def test_the_post_confirms_once_counts_and_shows_the_thank_you_page(client, petition):
    token = submit(petition)

    response = client.post(confirm_url(token))

    thanks = f"/en/thanks/{tokens.withdraw_for(token)}/"
    assert response.status_code == 302
    assert response["Location"] == thanks
    assert signature_of(petition, "olena@example.org") is not None
    assert PendingSignature.objects.count() == 0
    assert count(petition) == 1
    page = client.get(thanks)
    html = page.content.decode()
    assert page.status_code == 200
    assert "<strong>1</strong>&nbsp;signature" in html
    assert f'href="/en/withdraw/{tokens.withdraw_for(token)}/"' in html
    assert "https://t.me/share/url?url=" in html


def test_confirming_twice_is_harmless(client, petition):
    url = confirm_url(submit(petition))

    first = client.post(url)
    second = client.post(url)

    assert first.status_code == 302
    # The link is used up: the page says the signature counts if it was confirmed.
    assert second.status_code == 404
    assert "If you have pressed “Confirm my signature” once" in second.content.decode()
    assert count(petition) == 1


def test_a_link_is_valid_for_confirmation_days(client, petition, settings):
    settings.CONFIRMATION_DAYS = 14
    token = submit(petition)
    age(token, 13.9)

    assert client.get(confirm_url(token)).status_code == 200
    assert client.post(confirm_url(token)).status_code == 302
    assert count(petition) == 1


def test_an_expired_link_asks_to_sign_again_and_confirms_nothing(client, petition, settings):
    settings.CONFIRMATION_DAYS = 3
    token = submit(petition)
    age(token, 3.1)

    for response in (client.get(confirm_url(token)), client.post(confirm_url(token))):
        html = response.content.decode()
        assert response.status_code == 410
        assert "<h1>This link has expired</h1>" in html
        assert "Confirmation links work for 3 days." in html
        assert 'href="/en/#sign"' in html
    assert count(petition) == 0


def test_an_old_new_link_button_leads_to_the_sign_form(client, petition):
    response = client.post(f"/en/confirm/{submit(petition)}/new-link/")

    assert response.status_code == 302
    assert response["Location"] == "/en/#sign"


def test_a_broken_link_gets_a_friendly_404_page(client, petition):
    token = submit(petition)
    broken = [
        token[:-3],  # cut short by a mail client
        tokens.new(),  # a well-formed token of nothing
        tokens.withdraw_for(token),  # the wrong kind of token
        "nonsense",
    ]

    for bad in broken:
        response = client.get(f"/en/confirm/{bad}/")
        assert response.status_code == 404, bad
        assert "<h1>This link does not work</h1>" in response.content.decode()
        assert client.post(f"/en/confirm/{bad}/").status_code == 404
    assert count(petition) == 0


def test_a_link_to_a_withdrawn_submission_is_a_broken_link(client, petition):
    token = submit(petition)
    rules.withdraw(tokens.withdraw_for(token))

    response = client.get(confirm_url(token))

    assert response.status_code == 404
    assert "<h1>This link does not work</h1>" in response.content.decode()
    assert client.post(confirm_url(token)).status_code == 404
    assert count(petition) == 0


def test_the_confirm_post_is_refused_from_a_foreign_site(client, petition):
    token = submit(petition)

    response = client.post(confirm_url(token), HTTP_ORIGIN="https://evil.example")

    assert response.status_code == 403
    assert count(petition) == 0


def test_pages_behind_tokens_are_never_cached_nor_indexed(client, petition):
    token = submit(petition)
    withdraw = f"/en/withdraw/{tokens.withdraw_for(token)}/"
    before = [client.get(confirm_url(token)), client.get(withdraw)]
    client.post(confirm_url(token))
    after = [client.get(f"/en/thanks/{tokens.withdraw_for(token)}/"), client.get(withdraw)]

    for response in before + after:
        assert response.status_code == 200
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert not response.cookies
    check_inbox = client.get("/en/petitions/people-first/check-your-inbox/")
    assert check_inbox["X-Robots-Tag"] == "noindex, nofollow"


def test_an_invalidated_signature_confirmed_again_does_not_count(client, petition):
    signature = confirmed(petition)
    staff.invalidate(Signature.objects.filter(pk=signature.pk))

    response = client.post(confirm_url(submit(petition)))

    assert response.status_code == 302
    assert count(petition) == 0
    assert Signature.objects.get().invalidated_on is not None


def test_a_link_confirmed_after_the_petition_closed_leaves_its_final_count(client, petition):
    confirmed(petition, "first@example.org")
    token = submit(petition)
    petition.closes_at = timezone.now()
    petition.save()

    for response in (client.get(confirm_url(token)), client.post(confirm_url(token))):
        if response.status_code == 200:
            continue  # the page with the button may show; the POST decides
        assert response.status_code == 410
        assert "<h1>This petition is closed</h1>" in response.content.decode()
    assert count(petition) == 1
    assert signature_of(petition, "olena@example.org") is None
