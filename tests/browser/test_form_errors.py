"""Form errors a screen reader announces: a role=alert summary, and every invalid field
marked aria-invalid and described by its own error message."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

pytestmark = pytest.mark.browser

REQUIRED = "This field is required."


def error_of(page, field_id):
    """The error message the field is described by (aria-describedby may also name its
    help text); the field must be marked aria-invalid."""
    field = page.locator(f"#{field_id}")
    assert field.get_attribute("aria-invalid") == "true", field_id
    ids = (field.get_attribute("aria-describedby") or "").split()
    errors = [i for i in ids if page.locator(f"#{i}.error").count()]
    assert len(errors) == 1, (field_id, ids)
    return page.locator(f"#{errors[0]}").inner_text().strip()


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_it_announces_the_sign_forms_errors(page, live_site, lang):
    page.goto(f"{live_site.url}/{lang}/")
    page.locator(".sign-form button[type=submit]").click()
    page.wait_for_url(f"{live_site.url}/{lang}/petitions/people-first/sign/")

    with translation.override(lang):
        summary = gettext("Please correct the fields marked below.")
        expected = {
            "id_name": gettext(REQUIRED),
            "id_email": gettext(REQUIRED),
            "id_country": gettext(REQUIRED),
            "id_consent": gettext("Please agree to the privacy notice to sign."),
        }
    alert = page.locator(".sign-form [role=alert]")
    assert alert.inner_text() == summary
    assert alert.is_visible()
    assert {f: error_of(page, f) for f in expected} == expected
    assert page.locator("#id_updates").get_attribute("aria-invalid") is None


def test_it_announces_the_endorse_forms_errors(page, live_site):
    page.goto(f"{live_site.url}/uk/endorse/")
    page.locator(".endorse-form button[type=submit]").click()
    page.wait_for_load_state()

    with translation.override("uk"):
        summary = gettext("Please correct the fields marked below.")
        required = gettext(REQUIRED)
    assert page.locator(".endorse-form [role=alert]").inner_text() == summary
    for field in ["id_organisation", "id_country", "id_contact_name", "id_contact_email"]:
        assert error_of(page, field) == required
    assert page.locator("#id_message").get_attribute("aria-invalid") is None
