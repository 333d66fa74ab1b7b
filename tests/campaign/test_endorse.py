"""The public form where organisations ask to endorse the campaign."""

import re

import pytest

from campaign.models import EndorsementRequest
from tests.campaign.conftest import endorse_data

URL = "/en/endorse/"


def test_the_form_page_shows_every_field_with_its_label(client, db):
    response = client.get(URL)

    page = response.content.decode()
    assert response.status_code == 200
    for name, label in [
        ("organisation", "Organisation"),
        ("country", "Country"),
        ("website", "Website"),
        ("contact_name", "Contact person"),
        ("contact_email", "Contact email"),
        ("message", "Message"),
    ]:
        assert f'<label for="id_{name}">{label}' in page
        assert f'name="{name}"' in page
    assert '<option value="UA">Ukraine</option>' in page


def test_the_help_texts_are_read_out_with_their_fields(client, db):
    page = client.get(URL).content.decode()

    assert (
        '<p class="help" id="id_contact_email-help">We write to this address about your '
        "request. It is never published.</p>"
    ) in page
    assert re.search(r'<input type="email" [^>]*aria-describedby="id_contact_email-help"', page)
    assert 'aria-describedby="id_message-help"' in page
    assert "aria-invalid" not in page


def test_a_valid_request_waits_for_review_and_the_visitor_sees_the_thank_you_page(client, db):
    response = client.post(URL, endorse_data())

    assert response.status_code == 302
    assert response["Location"] == "/en/endorse/thanks/"
    req = EndorsementRequest.objects.get()
    assert req.status == EndorsementRequest.Status.PENDING
    assert (req.organisation, req.country, req.website) == (
        "Truth Hounds",
        "UA",
        "https://truth-hounds.org",
    )
    assert req.message == "We document war crimes\nand support the appeal."
    assert req.endorser is None
    thanks = client.get(response["Location"]).content.decode()
    assert "<h1>Thank you for your request</h1>" in thanks


def test_a_website_without_a_scheme_is_taken_as_https(client, db):
    client.post(URL, endorse_data(website="truth-hounds.org"))

    assert EndorsementRequest.objects.get().website == "https://truth-hounds.org"


def test_the_form_works_in_ukrainian(client, db):
    response = client.post("/uk/endorse/", endorse_data())

    assert response["Location"] == "/uk/endorse/thanks/"
    assert client.get("/uk/endorse/thanks/").status_code == 200


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("organisation", None, "This field is required."),
        ("organisation", "   ", "This field is required."),
        ("contact_name", None, "This field is required."),
        ("contact_email", None, "This field is required."),
        ("country", None, "This field is required."),
        ("contact_email", "roman@", "Enter a valid email address."),
        ("website", "http://exa mple", "Enter a valid URL."),
        ("website", "javascript:alert(1)", "Enter a valid URL."),
        ("country", "XX", "Select a valid choice. XX is not one of the available choices."),
        (
            "organisation",
            "A" * 201,
            "Ensure this value has at most 200 characters (it has 201).",
        ),
        (
            "message",
            "m" * 2001,
            "Ensure this value has at most 2000 characters (it has 2001).",
        ),
        ("organisation", "Truth\x00Hounds", "Null characters are not allowed."),
        ("organisation", "Truth\x07Hounds", "Please remove the control characters"),
        ("contact_name", "Roman\u202eAvramenko", "Please remove the control characters"),
        ("message", "Hello\x1b[31m", "Please remove the control characters"),
    ],
)
def test_an_invalid_request_is_refused_with_the_error_next_to_its_field(
    client, db, field, value, error
):
    response = client.post(URL, endorse_data(**{field: value}))

    page = response.content.decode()
    assert response.status_code == 400
    assert EndorsementRequest.objects.count() == 0
    assert "Please correct the fields marked below." in page
    assert f'<p class="error" id="id_{field}-error">{error}' in page
    widget = re.search(rf'<(?:input|select|textarea)[^>]* name="{field}"[^>]*>', page)[0]
    assert 'aria-invalid="true"' in widget
    assert f'id_{field}-error"' in re.search(r'aria-describedby="([^"]+)"', widget)[0]


def test_an_invalid_request_keeps_what_the_visitor_typed(client, db):
    response = client.post(URL, endorse_data(contact_email="roman@"))

    page = response.content.decode()
    assert 'value="Truth Hounds"' in page
    assert 'value="roman@"' in page
    assert 'value="https://truth-hounds.org"' in page
    assert '<option value="UA" selected>Ukraine</option>' in page
    assert ">\nWe document war crimes\nand support the appeal.</textarea>" in page


def test_an_empty_post_shows_every_missing_field(client, db):
    response = client.post(URL, {})

    page = response.content.decode()
    assert response.status_code == 400
    assert page.count("This field is required.") == 4


def test_html_in_a_request_is_shown_escaped_on_the_error_page(client, db):
    script = "<script>alert(1)</script>"

    response = client.post(
        URL, endorse_data(organisation=script, message=f"{script}\n<b>bold</b>", contact_email="x")
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert script not in page
    assert "<b>bold</b>" not in page
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;\n&lt;b&gt;bold&lt;/b&gt;</textarea>" in page


def test_the_rate_limit_answers_429_with_a_page_that_says_why(client, db, settings):
    settings.ENDORSE_RATE_LIMIT = "2/h"
    for _ in range(2):
        assert client.post(URL, endorse_data()).status_code == 302

    response = client.post(URL, endorse_data())

    assert response.status_code == 429
    assert "<h1>Too many attempts</h1>" in response.content.decode()
    assert EndorsementRequest.objects.count() == 2
    assert client.get(URL).status_code == 200


def test_the_form_is_protected_against_cross_site_posts(db):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)

    response = browser.post(URL, endorse_data())

    assert response.status_code == 403
    assert EndorsementRequest.objects.count() == 0
