"""The site on a phone: 360 x 740, no sideways scrolling, a sign form that works."""

import pytest

from .conftest import PHONE

pytestmark = pytest.mark.browser


def scroll_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


@pytest.mark.parametrize("path", ["/uk/", "/uk/petitions/people-first/"])
def test_it_never_scrolls_sideways_on_a_phone(page, live_site, path):
    page.set_viewport_size(PHONE)
    page.goto(live_site.url + path)
    assert scroll_width(page) <= PHONE["width"]


def test_it_lets_a_supporter_sign_on_a_phone(page, live_site):
    page.set_viewport_size(PHONE)
    page.goto(live_site.url + "/uk/")
    for field in ["#id_name", "#id_email", "#id_country", "#id_consent", ".sign-form button"]:
        box = page.locator(field).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (field, box)

    page.fill("#id_name", "Оксана Петренко")
    page.fill("#id_email", "oksana.phone@example.org")
    page.select_option("#id_country", "UA")
    page.check("#id_consent")
    page.locator(".sign-form button[type=submit]").click()
    page.wait_for_url(live_site.url + "/uk/petitions/people-first/check-your-inbox/")
    assert scroll_width(page) <= PHONE["width"]
