"""The simple pages staff write: about and privacy."""

import pytest

from campaign.models import Page


@pytest.mark.parametrize("slug", ["about", "privacy"])
def test_a_page_shows_its_title_and_formatted_body(client, db, slug):
    Page.objects.create(
        slug=slug,
        title_en="Who we are",
        title_uk="Хто ми",
        body_en='A coalition.\n\nWrite to <a href="mailto:team@example.org">us</a>.',
    )

    page = client.get(f"/en/{slug}/").content.decode()

    assert "<title>Who we are · People First</title>" in page
    assert "<h1>Who we are</h1>" in page
    assert (
        '<p>A coalition.</p>\n\n<p>Write to <a href="mailto:team@example.org" '
        'rel="noopener noreferrer">us</a>.</p>'
    ) in page
    assert "<h1>Хто ми</h1>" in client.get(f"/uk/{slug}/").content.decode()


@pytest.mark.parametrize("slug", ["about", "privacy"])
def test_a_page_that_does_not_exist_yet_answers_404(client, db, slug):
    response = client.get(f"/en/{slug}/")

    assert response.status_code == 404
    Page.objects.create(slug=slug, title_en="Now here", body_en="Text.")
    assert client.get(f"/en/{slug}/").status_code == 200


def test_the_about_page_gives_the_press_contact(client, db, settings):
    Page.objects.create(slug="about", title_en="About", body_en="Text.")

    page = client.get("/en/about/").content.decode()

    assert f'<a href="mailto:{settings.PRESS_EMAIL}">{settings.PRESS_EMAIL}</a>' in page


def test_the_thank_you_page_links_back_to_the_appeal(client, db):
    page = client.get("/ru/endorse/thanks/").content.decode()

    assert '<a href="/ru/">' in page
