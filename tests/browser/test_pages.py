"""Every page, as a visitor's browser meets it (the CSP enforced): the page fixture fails
the test on any console error, uncaught exception or request to another host."""

import pytest

from .conftest import LANGUAGES, site_pages

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_loads_cleanly_and_from_this_site_only(page, live_site, tokens, lang):
    for name, path in site_pages(lang, tokens).items():
        response = page.goto(live_site.url + path)
        assert response.status == 200, (name, path, response.status)
        assert page.locator("html").get_attribute("lang") == lang, (name, path)
