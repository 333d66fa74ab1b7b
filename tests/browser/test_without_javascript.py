"""Tor Browser at its safest setting runs no JavaScript: the whole path (read, sign,
confirm, withdraw, endorse) works in Chromium with JavaScript turned off."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from campaign.models import EndorsementRequest
from petitions import counting
from petitions.models import PendingSignature, Petition, Signature

from .conftest import _open_page, confirm_link, count_on, wait_for_email

pytestmark = pytest.mark.browser


def ru(text):
    with translation.override("ru"):
        return gettext(text)


@pytest.fixture
def page(browser, live_site):
    page, watch = _open_page(browser, live_site, java_script_enabled=False)
    yield page
    page.context.close()
    watch.check()


def test_a_supporter_reads_signs_confirms_and_withdraws_without_javascript(
    page, live_site, worker, smtp
):
    page.set_content("<title>before</title><script>document.title = 'ran'</script>")
    assert page.title() == "before"  # the page's scripts do not run
    page.goto(live_site.url + "/ru/")
    assert page.locator("noscript").count() == 0  # nothing asks for JavaScript
    assert page.locator("#demands ol.demands > li").count() == 7
    before = count_on(page)

    page.fill("#id_name", "Мария Иванова")
    page.fill("#id_email", "maria@example.org")
    page.select_option("#id_country", "RU")
    page.check("#id_consent")
    page.check("#id_public")
    page.locator("form.sign-form button[type=submit]").click()
    page.wait_for_url(live_site.url + "/ru/petitions/people-first/check-your-inbox/")
    assert page.locator("h1").inner_text() == ru("Check your inbox")

    wait_for_email(smtp, "maria@example.org")
    page.goto(confirm_link(smtp, "maria@example.org"))
    main = page.locator("main").inner_text()
    assert "Мария Иванова" in main and "maria@example.org" in main
    assert "Мария, Россия" in main  # the public name, as it will appear
    page.uncheck("#id_public")  # changed their mind: counted, not named
    page.get_by_role("button", name=ru("Confirm my signature")).click()
    page.wait_for_url(live_site.url + "/ru/thanks/**")
    assert count_on(page) == before + 1
    assert Signature.objects.get().public_name is None

    text = smtp.text(smtp.to("maria@example.org")[0])
    withdraw = re.search(r"https?://\S+/withdraw/\S+/", text).group(0)
    page.goto(withdraw)
    page.get_by_role("button", name=ru("Withdraw my signature")).click()
    assert page.locator("h1").inner_text() == ru("Your signature has been withdrawn")
    petition = Petition.objects.get(slug="people-first")
    assert counting.total(petition.pk) == before
    assert not Signature.objects.exists() and not PendingSignature.objects.exists()


def test_an_organisation_asks_to_endorse_without_javascript(page, live_site):
    page.goto(live_site.url + "/ru/endorse/")
    page.fill("#id_organisation", "Мемориальная группа")
    page.select_option("#id_country", "LT")
    page.fill("#id_contact_name", "Анна Петрова")
    page.fill("#id_contact_email", "anna@example.org")
    page.locator(".endorse-form button[type=submit]").click()
    page.wait_for_url(live_site.url + "/ru/endorse/thanks/")

    assert EndorsementRequest.objects.get().contact_email == "anna@example.org"
