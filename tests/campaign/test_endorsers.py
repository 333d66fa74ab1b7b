"""Who endorses the appeal: all of them on their own page, the featured ones at home."""

import datetime
import re

import pytest


def group_headings(page):
    return re.findall(r'<h2 id="kind-\d+">([^<]+) <span class="muted">\((\d+)\)</span></h2>', page)


def names(page):
    return re.findall(r'<h3 class="endorser-name">(?:<a [^>]+>)?([^<]+)', page)


def test_the_endorsers_page_groups_them_by_kind_with_a_count(client, make_endorser):
    make_endorser("ZMINA", kind="organisation", country="UA", order=2)
    make_endorser("Memorial", kind="nobel", order=1)
    make_endorser("Center for Civil Liberties", kind="nobel", country="UA", order=0)
    make_endorser("Truth Hounds", kind="organisation", order=1)
    make_endorser("A special rapporteur", kind="un")
    make_endorser("Hidden", published=False)

    page = client.get("/en/endorsers/").content.decode()

    assert "This list names 5 endorsers." in page
    assert group_headings(page) == [
        ("Organisations", "2"),
        ("Nobel Peace Prize laureates", "2"),
        ("UN experts", "1"),
    ]
    assert names(page) == [
        "Truth Hounds",
        "ZMINA",
        "Center for Civil Liberties",
        "Memorial",
        "A special rapporteur",
    ]
    assert "Hidden" not in page


def test_each_endorser_shows_its_kind_country_website_and_description(client, make_endorser):
    make_endorser(
        "ZMINA",
        name_uk="ZMINA",
        country="UA",
        website="https://zmina.ua",
        description_en="Human Rights Centre",
        description_uk="Центр прав людини",
    )
    make_endorser("Amnesty", kind="organisation")

    page = client.get("/uk/endorsers/").content.decode()

    assert '<a href="https://zmina.ua" rel="noopener noreferrer">ZMINA</a>' in page
    assert '<p class="endorser-desc">Центр прав людини</p>' in page
    english = client.get("/en/endorsers/").content.decode()
    assert '<p class="endorser-meta">Organisation · Ukraine</p>' in english
    assert '<p class="endorser-meta">International organisation</p>' in english


def test_a_card_needs_no_word_that_agrees_with_a_persons_gender(client, make_endorser):
    make_endorser(
        "Mariana Katzarova",
        kind="un",
        description_en="UN Special Rapporteur on the situation of human rights in Russia.",
        description_uk="Спеціальна доповідачка ООН щодо ситуації з правами людини в Росії.",
    )

    page = client.get("/uk/endorsers/").content.decode()

    assert "Міжнародна" not in page
    assert "endorser-meta" not in page  # the description says which mandate
    assert "Спеціальна доповідачка ООН" in page


@pytest.mark.parametrize(
    ("coalition_size", "lead"),
    [
        (
            73,
            "This list names 2 endorsers. It is a selection: by the campaign’s latest count, "
            "the coalition has 73 organisations.",
        ),
        (1, "This list names 2 endorsers."),
        (None, "This list names 2 endorsers."),
    ],
)
def test_the_endorsers_page_says_its_list_is_a_selection_of_a_larger_coalition(
    client, appeal, make_endorser, coalition_size, lead
):
    appeal.coalition_size = coalition_size
    appeal.save()
    make_endorser("Human Rights Watch")
    make_endorser("Mariana Katzarova", kind="un")

    page = client.get("/en/endorsers/").content.decode()

    text = re.sub(r"\s+", " ", re.search(r'<p class="lead">(.*?)</p>', page, re.S)[1]).strip()
    assert text == lead


def test_the_endorsers_page_links_to_each_group_when_there_are_several(client, make_endorser):
    make_endorser("ZMINA")
    make_endorser("Memorial", kind="nobel")

    page = client.get("/en/endorsers/").content.decode()

    assert '<a href="#kind-1">Organisations</a>' in page
    assert '<a href="#kind-2">Nobel Peace Prize laureates</a>' in page


def test_with_no_endorser_yet_the_page_invites_organisations_to_join(client, db):
    page = client.get("/en/endorsers/").content.decode()

    assert "This list names 0 endorsers." in page
    assert '<a class="button" href="/en/endorse/">Your organisation can join</a>' in page


def test_the_home_page_shows_the_featured_endorsers_and_links_to_all(client, appeal, make_endorser):
    make_endorser("Center for Civil Liberties", kind="nobel", featured=True, order=1)
    make_endorser("Memorial", kind="nobel", featured=True, order=0)
    make_endorser("ZMINA")
    make_endorser("Hidden", featured=True, published=False)

    page = client.get("/en/").content.decode()

    assert names(page) == ["Memorial", "Center for Civil Liberties"]
    assert '<a href="/en/endorsers/">See the list: 3 endorsers so far</a>' in page


def test_the_home_page_shows_a_statement_as_a_quotation_with_its_source_and_date(client, appeal):
    from campaign.models import Statement

    Statement.objects.create(
        person_en="Oleksandra Matviichuk",
        role_en="Center for Civil Liberties",
        text_en="Now.",
        source_en="Interview with Example Radio",
        source_url="https://radio.example/interview",
        date=datetime.date(2025, 2, 24),
    )
    Statement.objects.create(
        person_en="Hidden",
        text_en="Not yet.",
        source_en="A talk",
        date=datetime.date(2025, 1, 1),
        published=False,
    )

    page = client.get("/en/").content.decode()

    assert (
        '<figure><blockquote cite="https://radio.example/interview"><p>Now.</p></blockquote>'
        "<figcaption>Oleksandra Matviichuk, Center for Civil Liberties. <cite>"
        '<a href="https://radio.example/interview" rel="noopener noreferrer">'
        'Interview with Example Radio</a></cite>, <time datetime="2025-02-24">'
        "Feb.\u00a024,\u00a02025</time></figcaption></figure>"
    ) in page
    assert "Not yet." not in page


def test_a_statement_without_its_source_or_date_is_not_shown(client, appeal):
    from campaign.models import Statement

    Statement.objects.create(person_en="People First", text_en="A summary.")
    Statement.objects.create(
        person_en="Someone", text_en="No date.", source_en="An interview", date=None
    )

    page = client.get("/en/").content.decode()

    assert "<blockquote" not in page
    assert "In their words" not in page


def test_the_home_page_shows_figures_demands_in_order_and_hides_unpublished_ones(
    client, appeal, make_demand
):
    make_demand("Second", order=2)
    make_demand("First", order=1)
    make_demand("Draft", order=0, published=False)

    page = client.get("/en/").content.decode()

    assert re.findall(r'<ol class="demands">.*?</ol>', page, re.S)[0].count("<li>") == 2
    assert page.index("<h3>First</h3>") < page.index("<h3>Second</h3>")
    assert "Draft" not in page
    assert "<strong>16,000+</strong><span>civilians held</span>" in page


def test_the_home_page_answers_before_any_content_exists(client, db):
    response = client.get("/en/")

    assert response.status_code == 200
    assert response.content.decode().count("<h1>") == 1


def test_the_home_page_is_rendered_with_a_fixed_number_of_queries(
    client, appeal, make_endorser, make_demand, django_assert_max_num_queries
):
    for i in range(10):
        make_endorser(f"Endorser {i}", featured=True)
        make_demand(f"Demand {i}")

    with django_assert_max_num_queries(8):
        response = client.get("/en/")

    assert response.status_code == 200
