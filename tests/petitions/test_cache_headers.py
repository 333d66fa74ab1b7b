"""Pages a CDN can cache, and the sign POST that stays safe without a CSRF cookie."""

import pytest
from django.test import Client

from petitions.models import PendingSignature
from tests.conftest import sign_data

SIGN = "/en/petitions/people-first/sign/"
PUBLIC_PAGES = ["/en/", "/en/petitions/people-first/", "/uk/petitions/people-first/"]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_an_anonymous_get_is_the_same_bytes_for_everyone_with_no_cookie(petition, settings, path):
    settings.PUBLIC_CACHE_SECONDS = 30
    first, second = Client().get(path), Client().get(path)

    for response in (first, second):
        assert response.status_code == 200
        assert not response.cookies
        assert "Set-Cookie" not in response
        # A CDN keeps it 30 s; the visitor's browser asks again (live_public_cache).
        assert response["Cache-Control"] == "public, max-age=0, s-maxage=30"
        assert "Cookie" not in response.get("Vary", "")
    assert first.content == second.content
    assert "csrfmiddlewaretoken" not in first.content.decode()


def test_a_form_with_errors_is_not_publicly_cached(client, petition):
    response = client.post(SIGN, sign_data(name=None))

    assert response.status_code == 400
    assert "public" not in response.get("Cache-Control", "")


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_ORIGIN": "https://people-first.example"},
        {"HTTP_ORIGIN": "https://partner.example"},
        {"HTTP_REFERER": "http://testserver/en/petitions/people-first/"},
        {"HTTP_REFERER": "https://partner.example/campaign/"},
    ],
    ids=["no origin", "own host", "site url", "partner", "own referer", "partner referer"],
)
def test_the_sign_post_is_accepted_from_the_site_its_partners_or_no_origin(
    client, petition, settings, headers
):
    settings.SITE_URL = "https://people-first.example"
    settings.SIGN_PARTNER_ORIGINS = ["https://partner.example"]

    response = client.post(SIGN, sign_data(), **headers)

    assert response.status_code == 302
    assert PendingSignature.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "https://partner.example.evil.example"},
        {"HTTP_ORIGIN": "http://partner.example"},  # not the partner's https origin
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example/page"},
    ],
    ids=["foreign", "look-alike", "wrong scheme", "null", "foreign referer"],
)
def test_the_sign_post_is_refused_from_a_foreign_site(client, petition, settings, headers):
    settings.SIGN_PARTNER_ORIGINS = ["https://partner.example"]

    response = client.post(SIGN, sign_data(), **headers)

    assert response.status_code == 403
    assert PendingSignature.objects.count() == 0


def test_a_staff_edit_shows_at_once(client, petition):
    assert "<h1>People First</h1>" in client.get(PUBLIC_PAGES[1]).content.decode()

    petition.title_en = "People First: free them all"
    petition.save()

    html = client.get(PUBLIC_PAGES[1]).content.decode()
    assert "<h1>People First: free them all</h1>" in html
