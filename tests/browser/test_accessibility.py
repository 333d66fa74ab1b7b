"""axe-core, injected into the real page, finds no WCAG 2.1 A/AA violation on any page
a visitor meets, in any of the three languages."""

import pytest

from .conftest import LANGUAGES, run_axe, site_pages

pytestmark = pytest.mark.browser


def report(found):
    return "\n".join(f"{where}:\n  " + "\n  ".join(lines) for where, lines in found.items())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_has_wcag_violations(axe_page, live_site, tokens, lang):
    """Home, petition, thank-you, confirm, withdraw, endorsers, endorse, press, embed and
    privacy; then the endorse and sign forms showing their errors."""
    found = {}
    for name, path in site_pages(lang, tokens).items():
        response = axe_page.goto(live_site.url + path)
        assert response.status == 200, (name, path, response.status)
        found[path] = run_axe(axe_page)

    for path, form in [
        (f"/{lang}/endorse/", ".endorse-form"),
        (f"/{lang}/petitions/people-first/", ".sign-form"),
    ]:
        axe_page.goto(live_site.url + path)
        axe_page.locator(f"{form} button[type=submit]").click()
        axe_page.wait_for_selector(f"{form} [role=alert]")
        found[f"{path} with errors"] = run_axe(axe_page)

    found = {where: lines for where, lines in found.items() if lines}
    assert found == {}, report(found)


def test_the_axe_check_does_catch_a_violation(axe_page, live_site):
    """The harness itself: an input without a label, added to a real page, is reported."""
    axe_page.goto(live_site.url + "/en/privacy/")
    axe_page.evaluate("document.querySelector('main').append(document.createElement('input'))")
    assert [line.split(":")[0] for line in run_axe(axe_page)] == ["label"]
