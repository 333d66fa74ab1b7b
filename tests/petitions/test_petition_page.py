import datetime

from django.utils import timezone

from tests.petitions.factories import confirmed, submit

URL = "/en/petitions/people-first/"


def test_it_shows_the_petition_its_count_and_the_sign_form(client, petition):
    confirmed(petition, "a@example.org")
    confirmed(petition, "b@example.org")
    submit(petition, "c@example.org")

    response = client.get(URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1>") == 1
    assert "<h1>People First</h1>" in html
    assert "<strong>2</strong>&nbsp;signatures" in html
    assert '<progress class="progress" max="100" value="0"' in html
    assert 'action="/en/petitions/people-first/sign/"' in html
    for name in ("name", "email", "country", "consent", "updates", "public", "website"):
        assert f'name="{name}"' in html


def test_it_never_pre_ticks_the_optional_boxes(client, petition):
    html = client.get(URL).content.decode()

    assert '<input type="checkbox" name="updates" id="id_updates">' in html
    assert '<input type="checkbox" name="public" id="id_public">' in html


def test_it_shows_a_closed_petition_with_its_final_count_and_no_form(client, petition):
    confirmed(petition, "a@example.org")
    petition.closes_at = timezone.now() - datetime.timedelta(days=1)
    petition.save()

    response = client.get(URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<strong>1</strong>&nbsp;signature" in html
    assert "This petition is closed." in html
    assert "<form" not in html
    assert 'name="email"' not in html


def test_it_refuses_signatures_on_a_closed_petition(client, petition):
    petition.closes_at = timezone.now() - datetime.timedelta(days=1)
    petition.save()

    from tests.conftest import sign_data

    response = client.post(URL + "sign/", sign_data())

    assert response.status_code == 400
    assert petition.signatures.count() == 0


def test_it_answers_404_for_an_unknown_or_inactive_petition(client, petition):
    assert client.get("/en/petitions/no-such-petition/").status_code == 404
    petition.is_active = False
    petition.save()
    assert client.get(URL).status_code == 404


def test_it_lists_only_the_signers_who_chose_to_be_shown(client, petition):
    confirmed(petition, "a@example.org", name="Taras Shevchenko", public=True)
    confirmed(petition, "b@example.org", name="Hidden Person", public=False)
    submit(petition, "c@example.org", name="Pending Person", public=True)

    html = client.get(URL).content.decode()

    assert "<li>Taras, Ukraine</li>" in html
    assert "Hidden" not in html
    assert "Pending" not in html
    assert "Shevchenko" not in html


def test_it_shows_the_page_in_the_language_of_its_url(client, petition):
    response = client.get("/uk/petitions/people-first/")

    assert response.status_code == 200
    assert '<html lang="uk">' in response.content.decode()
    assert '<option value="UA">Україна</option>' in response.content.decode()
