"""A supporter signs in a real browser: Ukrainian, the demands, the form, the email from
the real SMTP server sent by the real worker process, the confirm button, the count."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from campaign.models import Demand

from .conftest import (
    confirm_link,
    count_on,
    focus_indicator,
    focused,
    press_keys,
    tab_to,
    wait_for_email,
)

pytestmark = pytest.mark.browser


def uk(text):
    with translation.override("uk"):
        return gettext(text)


def assert_demands_shown(page):
    demands = page.locator("#demands ol.demands > li")
    assert page.locator("#demands").is_visible()
    assert demands.count() == Demand.objects.published().count()
    for i in range(demands.count()):
        assert demands.nth(i).locator("h3").is_visible()


def test_a_supporter_signs_in_ukrainian_and_confirms_from_the_email(page, live_site, worker, smtp):
    page.goto(live_site.url + "/")
    page.locator(".lang-nav a[hreflang=uk]").click()
    page.wait_for_url(live_site.url + "/uk/")
    assert page.locator("html").get_attribute("lang") == "uk"
    assert_demands_shown(page)
    before = count_on(page)

    page.fill("#id_name", "Оксана Петренко")
    page.fill("#id_email", "oksana@example.org")
    page.select_option("#id_country", "UA")
    page.check("#id_consent")
    page.locator("form.sign-form button[type=submit]").click()
    page.wait_for_url(live_site.url + "/uk/petitions/people-first/check-your-inbox/")
    assert page.locator("h1").inner_text() == uk("Check your inbox")

    wait_for_email(smtp, "oksana@example.org")
    link = confirm_link(smtp, "oksana@example.org")
    assert link.startswith(live_site.url + "/uk/confirm/")
    page.goto(link)
    assert page.locator("h1").inner_text() == uk("Confirm your signature")
    page.get_by_role("button", name=uk("Confirm my signature")).click()
    page.wait_for_url(live_site.url + "/uk/thanks/**")
    assert page.locator("h1").inner_text() == uk("Thank you: your signature counts")
    assert count_on(page) == before + 1

    page.goto(live_site.url + "/uk/")  # back where they signed: no copy from before
    assert count_on(page) == before + 1


def assert_focus_visible(page):
    assert focus_indicator(page), f"no visible focus indicator on {focused(page)}"


def test_a_supporter_signs_and_confirms_with_the_keyboard_only(page, live_site, worker, smtp):
    page.goto(live_site.url + "/en/")

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    assert page.locator(".skip-link").is_visible()
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # Back up from <main> into the header's language switcher.
    tab_to(page, ".lang-nav a[hreflang=uk]", key="Shift+Tab")
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(live_site.url + "/uk/")
    assert_demands_shown(page)
    before = count_on(page)

    tab_to(page, "#id_name")
    assert_focus_visible(page)
    press_keys(page, "Оксана Петренко")
    assert page.input_value("#id_name") == "Оксана Петренко"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_email"
    page.keyboard.type("oksana.keys@example.org")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_country"
    assert_focus_visible(page)
    press_keys(page, "Укр")  # type-ahead on the closed select, Ukrainian layout
    assert page.input_value("#id_country") == "UA"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_consent"
    assert_focus_visible(page)
    page.keyboard.press("Space")
    assert page.is_checked("#id_consent")
    tab_to(page, "form.sign-form button[type=submit]")
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(live_site.url + "/uk/petitions/people-first/check-your-inbox/")

    wait_for_email(smtp, "oksana.keys@example.org")
    page.goto(confirm_link(smtp, "oksana.keys@example.org"))
    tab_to(page, "main form button[type=submit]")
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(live_site.url + "/uk/thanks/**")
    assert count_on(page) == before + 1
