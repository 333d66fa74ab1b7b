"""`manage.py load_initial_content`: the People First campaign in three languages."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from modeltranslation.translator import translator

from campaign.models import Appeal, Demand, Endorser, KeyFigure, Page, Statement
from petitions.models import Petition

LANGUAGES = ("en", "uk", "ru")
TRANSLATED_MODELS = (Appeal, KeyFigure, Demand, Endorser, Statement, Page, Petition)
# Proper names written the same way in every language.
SAME_IN_EVERY_LANGUAGE = {"Human Rights Watch", "European Prison Litigation Network"}
# Fields staff fill in themselves: the shipped content leaves them empty.
STAFF_ONLY = {(Appeal, "commitment")}


def load():
    out = StringIO()
    call_command("load_initial_content", stdout=out)
    return out.getvalue()


def snapshot():
    """Every row the command creates, with every field, to compare before and after."""
    return {
        model.__name__: list(model.objects.order_by("pk").values()) for model in TRANSLATED_MODELS
    }


@pytest.fixture
def content(db):
    load()


def test_it_creates_seven_published_demands_in_the_appeals_order(content):
    demands = list(Demand.objects.published())

    assert [d.order for d in demands] == [1, 2, 3, 4, 5, 6, 7]
    assert demands[0].title_en == "Free Ukrainian civilians"
    assert demands[1].title_en == "Bring the children back"
    assert demands[6].title_en == "Access for the UN and the ICRC"
    assert Demand.objects.count() == 7


def test_it_creates_the_five_endorsers_known_from_public_sources(content):
    rows = [
        (e.name_en, e.name_uk, e.kind, e.country.code or "", e.featured)
        for e in Endorser.objects.published()
    ]

    assert rows == [
        ("Center for Civil Liberties", "Центр громадянських свобод", "nobel", "UA", True),
        (
            "Memorial Human Rights Defence Centre",
            "Центр захисту прав людини «Меморіал»",
            "nobel",
            "RU",
            True,
        ),
        ("Mariana Katzarova", "Маріана Кацарова", "un", "", True),
        ("Human Rights Watch", "Human Rights Watch", "organisation", "", True),
        (
            "European Prison Litigation Network",
            "European Prison Litigation Network",
            "organisation",
            "",
            False,
        ),
    ]


def test_it_creates_the_featured_people_first_petition_open_for_signatures(content):
    petition = Petition.objects.get(slug="people-first")

    assert petition.featured is True
    assert petition.goal == 100_000
    assert petition.is_active is True
    assert petition.is_open() is True
    assert list(Petition.objects.public()) == [petition]


def test_it_creates_the_about_and_privacy_pages_and_four_key_figures(content):
    assert list(Page.objects.values_list("slug", flat=True)) == ["about", "privacy"]
    assert list(Appeal.current().figures.values_list("value", "suffix")) == [
        (16000, "+"),
        (20000, "+"),
        (1372, ""),
        (73, ""),
    ]


@pytest.mark.parametrize(
    ("lang", "numbers"),
    [
        ("en", ["16,000+", "20,000+", "1,372", "73"]),
        ("uk", ["16\u00a0000+", "20\u00a0000+", "1\u00a0372", "73"]),
        ("ru", ["16\u00a0000+", "20\u00a0000+", "1\u00a0372", "73"]),
    ],
)
def test_each_language_writes_the_key_figures_its_own_way(client, content, lang, numbers):
    html = client.get(f"/{lang}/").content.decode()

    assert re.findall(r"<li><strong>([^<]+)</strong><span>", html) == numbers


def test_every_translated_field_is_written_in_english_ukrainian_and_russian(content):
    missing = []
    for model in TRANSLATED_MODELS:
        fields = translator.get_options_for_model(model).fields
        for obj in model.objects.all():
            for field in fields:
                for lang in LANGUAGES:
                    if (model, field) in STAFF_ONLY:
                        continue
                    if not (getattr(obj, f"{field}_{lang}") or "").strip():
                        missing.append(f"{model.__name__} {obj.pk} {field}_{lang}")

    assert missing == []


def test_ukrainian_and_russian_texts_are_not_copies_of_the_english(content):
    copies = []
    for model in TRANSLATED_MODELS:
        fields = translator.get_options_for_model(model).fields
        for obj in model.objects.all():
            for field in fields:
                en, uk, ru = (getattr(obj, f"{field}_{lang}") for lang in LANGUAGES)
                if en in SAME_IN_EVERY_LANGUAGE or (model, field) in STAFF_ONLY:
                    continue
                if uk == en or ru == en or uk == ru:
                    copies.append(f"{model.__name__} {obj.pk} {field}")

    assert copies == []


def test_running_it_again_changes_nothing(content):
    before = snapshot()

    output = load()

    assert "up to date: nothing changed" in output
    assert snapshot() == before


def test_running_it_again_keeps_what_staff_edited(content):
    appeal = Appeal.current()
    appeal.title_uk = "Новий заголовок від редакції"
    appeal.save()
    Demand.objects.filter(order=7).update(published=False)

    load()

    assert Appeal.objects.get().title_uk == "Новий заголовок від редакції"
    assert Demand.objects.published().count() == 6
    assert Demand.objects.count() == 7


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Freedom for every captive of Russia’s war against Ukraine"),
        ("uk", "Свободу всім бранцям війни Росії проти України"),
        ("ru", "Свободу всем пленникам войны России против Украины"),
    ],
)
def test_the_home_page_shows_the_appeal_in_its_language(client, content, lang, title):
    response = client.get(f"/{lang}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}"' in html
    assert f"<h1>{title}</h1>" in html
    assert html.count("<li><h3>") == 7


def test_the_appeal_body_renders_as_paragraphs_with_its_emphasis(client, content):
    html = client.get("/uk/").content.decode()

    appeal = html.split('id="appeal-title"')[1].split("</section>")[0]
    assert appeal.count("<p>") == 6
    assert (
        "<strong>у будь-якій угоді про завершення війни ці люди мають бути на першому "
        "місці.</strong>" in appeal
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_link_in_the_written_content_leads_to_a_page_of_the_same_language(
    client, content, lang
):
    texts = [getattr(page, f"body_{lang}") for page in Page.objects.all()]
    texts.append(getattr(Petition.objects.get(), f"text_{lang}"))
    links = [href for text in texts for href in re.findall(r'href="([^"]+)"', text)]

    assert len(links) == 4
    for href in links:
        assert href.startswith(f"/{lang}/")
        assert client.get(href.split("#")[0]).status_code == 200, href


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/uk/about/", "<h1>Про кампанію</h1>"),
        ("/ru/about/", "<h1>О кампании</h1>"),
        ("/uk/privacy/", "<h1>Політика конфіденційності</h1>"),
        ("/ru/privacy/", "<h1>Политика конфиденциальности</h1>"),
    ],
)
def test_the_pages_answer_in_their_language(client, content, path, title):
    response = client.get(path)

    assert response.status_code == 200
    assert title in response.content.decode()
