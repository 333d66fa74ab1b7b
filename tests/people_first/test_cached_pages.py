"""Every page served through people_first.http.cached_page is the same bytes for every
visitor in a language: rendered once, served to all. A visitor's cookies, headers or
language preferences must never shape it, or a CDN (and the page cache) would hand one
visitor's page to another."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from people_first import pagecache
from tests.petitions.factories import confirmed

CACHED_PAGES = [
    "/{lang}/",
    "/{lang}/endorsers/",
    "/{lang}/about/",
    "/{lang}/privacy/",
    "/{lang}/press/",
    "/{lang}/petitions/people-first/",
    "/embed/people-first/?lang={lang}",
]

STRANGER = {
    "HTTP_COOKIE": "sessionid=abc123; csrftoken=zzz; django_language=ru; partner=1",
    "HTTP_ACCEPT_LANGUAGE": "ru-RU,ru;q=0.9",
    "HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) TorBrowser/14",
    "HTTP_REFERER": "https://partner.example/campaign?utm_source=x",
    "HTTP_X_FORWARDED_FOR": "198.51.100.9",
    "HTTP_DNT": "1",
    "REMOTE_ADDR": "203.0.113.77",
}


@pytest.fixture
def site(db):
    from petitions.models import Petition

    call_command("load_initial_content", verbosity=0)
    petition = Petition.objects.get(slug="people-first")
    confirmed(petition, "olena@example.org", name="Olena", public=True)


def fresh(client, url, **headers):
    """The page rendered anew for this visitor, not served from an earlier render."""
    cache.clear()
    pagecache.clear_local()
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
@pytest.mark.parametrize("page", CACHED_PAGES)
def test_a_cached_page_is_the_same_for_every_visitor(site, page, lang):
    url = page.format(lang=lang)

    plain = fresh(Client(), url)
    stranger = fresh(Client(), url, **STRANGER)

    assert stranger.content == plain.content
    for response in (plain, stranger):
        assert not response.cookies
        assert "cookie" not in response.get("Vary", "").lower()
        assert "public" in response["Cache-Control"]
