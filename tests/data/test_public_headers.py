"""Every data response: open to other sites (CORS), briefly cacheable, no cookie, and no
personal data at all."""

import pytest

DATA_URLS = [
    "/petitions/people-first/totals.json",
    "/petitions/people-first/totals.json?lang=uk",
    "/petitions/people-first/by-country.csv",
    "/petitions/people-first/by-day.csv",
    "/petitions/totals.json",
    "/petitions/unknown/totals.json",
]


@pytest.fixture
def signed(sign):
    sign("UA", 5, days_ago=1)
    sign("PL", 1)


@pytest.mark.parametrize("url", DATA_URLS)
def test_data_may_be_fetched_by_any_site_and_cached_briefly(client, signed, settings, url):
    settings.PUBLIC_CACHE_SECONDS = 45

    response = client.get(url)

    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cache-Control"] == "public, max-age=45"
    assert "Set-Cookie" not in response
    assert not response.cookies


@pytest.mark.parametrize("url", [*DATA_URLS, "/embed/people-first/?lang=uk", "/en/press/"])
def test_no_address_or_signer_name_appears_in_public_data(client, signed, settings, url):
    body = client.get(url).content.decode()

    assert "@" not in body.replace(settings.PRESS_EMAIL, "")  # the press page shows it
    assert "Olena" not in body
    assert "Kovalenko" not in body
    assert "example.org" not in body


@pytest.mark.parametrize(
    "path",
    [
        "/petitions/people-first/totals.json",
        "/petitions/people-first/by-day.csv",
        "/embed/people-first/?lang=uk",
    ],
)
def test_data_and_embed_do_not_vary_on_accept_language(client, signed, path):
    """Their language is in the URL, so a CDN can keep one copy for everyone."""
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="uk")
    assert "accept-language" not in response.get("Vary", "").lower()
