"""/embed/<slug>/: the counter partners put in an <iframe>, the only framable page."""

from html.parser import HTMLParser

import pytest


class Tags(HTMLParser):
    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def all(self, tag):
        return [attrs for t, attrs in self.tags if t == tag]


def directives(response):
    policy = response["Content-Security-Policy"]
    return dict((part.split()[0], part.split()[1:]) for part in policy.split(";") if part.strip())


@pytest.fixture
def signed(sign):
    sign("UA", 3)


def test_it_shows_the_count_progress_and_a_button_to_the_petition(client, signed, settings):
    response = client.get("/embed/people-first/", {"lang": "uk"})
    html = response.content.decode()
    page = Tags(html)

    assert response.status_code == 200
    assert page.all("html")[0]["lang"] == "uk"
    assert len(page.all("h1")) == 1
    assert "<strong>3</strong>" in html
    assert page.all("progress")[0]["value"] == "0"  # 3 of 1,000
    button = page.all("a")[0]
    assert button["href"] == f"{settings.SITE_URL}/uk/petitions/people-first/"
    assert button["target"] == "_blank"
    assert button["rel"] == "noopener"


def test_it_loads_nothing_from_other_hosts_and_runs_no_script(client, signed):
    page = Tags(client.get("/embed/people-first/?lang=en").content.decode())

    assert not page.all("script")
    assert not page.all("iframe")
    hrefs = [link["href"] for link in page.all("link")]
    assert "/static/css/site.css" in hrefs
    assert all(href.startswith("/static/") for href in hrefs), hrefs
    assert not any("style" in attrs for _, attrs in page.tags)


@pytest.mark.parametrize("lang", ["", "xx", "de"])
def test_an_unknown_language_falls_back_to_english(client, signed, lang, settings):
    page = Tags(client.get(f"/embed/people-first/?lang={lang}").content.decode())

    assert page.all("html")[0]["lang"] == "en"
    assert page.all("a")[0]["href"] == f"{settings.SITE_URL}/en/petitions/people-first/"


def test_a_closed_petition_offers_to_read_it_instead_of_signing(client, petition):
    from django.utils import timezone

    petition.closes_at = timezone.now()
    petition.save()

    html = client.get("/embed/people-first/").content.decode()

    assert "Read the appeal" in html
    assert "Sign the appeal" not in html


def test_an_unknown_petition_is_not_found(client, petition):
    assert client.get("/embed/no-such-petition/").status_code == 404


def test_the_embed_may_be_framed_by_any_site(client, signed):
    response = client.get("/embed/people-first/?lang=uk")

    assert directives(response)["frame-ancestors"] == ["*"]
    assert directives(response)["script-src"] == ["'self'"]  # the rest of the policy holds
    assert "X-Frame-Options" not in response
    assert response["Cache-Control"] == "public, max-age=30"
    assert "Set-Cookie" not in response


@pytest.mark.parametrize("url", ["/en/", "/uk/press/", "/en/petitions/people-first/"])
def test_every_other_page_refuses_to_be_framed(client, signed, url):
    response = client.get(url)

    assert response.status_code == 200
    assert directives(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
