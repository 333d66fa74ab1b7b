"""The privacy notice says what the code does (docs/security.md): who is responsible,
who could learn what, and how to sign safely, in every language."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from people_first import pagecache

ADVERSARIES = [
    "Anyone visiting the site",
    "Someone who can read your mailbox, including a mail provider forced to hand it over",
    "Someone watching your internet connection",
    "Someone with a copy of our database",
    "Someone who seizes our running server with its keys",
    "Someone who steals a staff member’s password",
    "The coalition, with its offline key",
]


@pytest.fixture
def site(db):
    call_command("load_initial_content", verbosity=0)


def page(client, lang):
    # Settings change with a deploy, whose new processes render the page anew (cached
    # pages in Redis live pagecache.TIMEOUT seconds at most).
    cache.clear()
    pagecache.clear_local()
    response = client.get(f"/{lang}/privacy/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_it_names_each_adversary_in_a_table_in_every_language(client, site, lang):
    html = page(client, lang)

    table = html[html.index('<table class="threats">') : html.index("</table>")]
    with translation.override(lang):
        for adversary in ADVERSARIES:
            assert f'<th scope="row">{escape(gettext(adversary))}</th>' in table
        assert escape(gettext("If signing could put you at risk")) in html


def test_it_names_the_data_controller_from_the_setting(client, site, settings):
    settings.DATA_CONTROLLER = "Center for Civil Liberties, Kyiv"

    assert "Data controller: Center for Civil Liberties, Kyiv." in page(client, "en")


def test_it_offers_the_onion_address_when_there_is_one(client, site, settings):
    assert ".onion" not in page(client, "en")
    settings.ONION_LOCATION = "http://peoplefirstexample.onion"

    assert "http://peoplefirstexample.onion" in page(client, "en")
