"""Three languages: the address says which, `/` guesses it, every page offers the others."""

import re

import pytest


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [
        ("uk", "/uk/"),
        ("uk-UA,uk;q=0.9,en;q=0.8", "/uk/"),
        ("ru", "/ru/"),
        ("ru-RU,ru;q=0.9", "/ru/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de", "/en/"),
        ("de-DE,fr;q=0.8", "/en/"),
        (None, "/en/"),
    ],
)
def test_the_root_redirects_by_the_browsers_language(client, db, accept_language, target):
    headers = {"Accept-Language": accept_language} if accept_language else {}

    response = client.get("/", headers=headers)

    assert response.status_code == 302
    assert response["Location"] == target


def test_a_page_without_its_language_prefix_redirects_to_it(client, db):
    response = client.get("/endorsers/", headers={"Accept-Language": "ru"})

    assert response["Location"] == "/ru/endorsers/"


def test_the_switcher_links_to_the_same_page_in_each_language(client, db):
    page = client.get("/uk/endorsers/").content.decode()

    switcher = re.search(r'<nav aria-label="[^"]+" class="lang-nav">(.*?)</nav>', page, re.S)[1]
    links = re.findall(
        r'<a href="([^"]+)" lang="(\w+)" hreflang="\w+"([^>]*)>([^<]+)</a>', switcher
    )
    assert links == [
        ("/en/endorsers/", "en", "", "English"),
        ("/uk/endorsers/", "uk", ' aria-current="true"', "Українська"),
        ("/ru/endorsers/", "ru", "", "Русский"),
    ]


def test_every_page_names_its_translations_for_search_engines(client, db):
    page = client.get("/ru/endorse/").content.decode()

    for code in ("en", "uk", "ru"):
        assert (
            f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/endorse/">'
            in page
        )


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_the_page_declares_its_language(client, db, lang):
    page = client.get(f"/{lang}/endorse/").content.decode()

    assert f'<html lang="{lang}">' in page


def test_a_demand_without_a_ukrainian_text_shows_the_english_one(client, appeal, make_demand):
    make_demand("Release all civilians", title_uk="", text_uk="")
    make_demand("Return the children", title_uk="Поверніть дітей")

    page = client.get("/uk/").content.decode()

    assert "<h3>Release all civilians</h3>" in page
    assert "Release all civilians: the text." in page
    assert "<h3>Поверніть дітей</h3>" in page
    assert "<h3></h3>" not in page


def test_the_appeal_without_a_russian_translation_shows_the_english_one(client, appeal):
    page = client.get("/ru/").content.decode()

    assert "<h1>Освободите всех пленных</h1>" in page
    assert '<p class="lead">People first.</p>' in page


def test_an_endorser_without_a_translated_name_shows_the_english_one(client, make_endorser):
    make_endorser("Memorial", name_ru="", description_en="Human-rights centre.")

    page = client.get("/ru/endorsers/").content.decode()

    assert "Memorial" in page
    assert "Human-rights centre." in page


def test_a_cached_page_is_kept_apart_per_language(client, appeal):
    assert "Free all captives" in client.get("/en/").content.decode()

    assert "Звільніть усіх полонених" in client.get("/uk/").content.decode()
    assert "Free all captives" in client.get("/en/").content.decode()
