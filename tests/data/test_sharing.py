"""Open Graph and Twitter cards per language, and the share images they point to."""

from html.parser import HTMLParser

import pytest
from django.conf import settings
from PIL import Image

from campaign.models import Appeal

TITLES = {
    "en": "People first: free all captives",
    "uk": "Люди передусім: звільніть усіх полонених",
    "ru": "Люди прежде всего: освободите всех пленных",
}


class Meta(HTMLParser):
    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.values = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.values[attrs.get("property") or attrs.get("name")] = attrs.get("content")


@pytest.fixture
def appeal(petition):
    return Appeal.objects.create(
        **{f"title_{lang}": title for lang, title in TITLES.items()},
        lead_en="Any agreement must begin with the release of every captive.",
        lead_uk="Будь-яка угода має початися зі звільнення кожного полоненого.",
        body_en="Body.",
    )


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_the_home_page_has_a_share_card_in_its_language(client, appeal, lang):
    meta = Meta(client.get(f"/{lang}/").content.decode()).values

    assert meta["og:title"] == TITLES[lang]
    assert meta["twitter:title"] == TITLES[lang]
    assert meta["og:image"] == f"{settings.SITE_URL}/static/img/share-{lang}.png"
    assert meta["twitter:image"] == meta["og:image"]
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["og:url"] == f"{settings.SITE_URL}/{lang}/"
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")


def test_the_description_is_translated(client, appeal):
    meta = Meta(client.get("/uk/").content.decode()).values

    assert meta["og:description"] == "Будь-яка угода має початися зі звільнення кожного полоненого."


def test_the_petition_page_has_a_share_card_too(client, appeal):
    meta = Meta(client.get("/ru/petitions/people-first/").content.decode()).values

    assert meta["og:title"] == "People First"
    assert meta["og:image"].endswith("/static/img/share-ru.png")


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_each_share_image_is_a_1200_by_630_png(lang):
    with Image.open(settings.BASE_DIR / "static" / "img" / f"share-{lang}.png") as image:
        assert image.format == "PNG"
        assert image.size == (1200, 630)


def test_share_links_are_plain_links(client, appeal):
    html = client.get("/en/").content.decode()

    for host in (
        "https://t.me/",
        "https://wa.me/",
        "https://www.facebook.com/",
        "https://x.com/",
        "https://bsky.app/",
        "mailto:",
    ):
        assert f'href="{host}' in html
