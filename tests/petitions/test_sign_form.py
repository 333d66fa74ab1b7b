import json
from urllib.parse import urlencode

import pytest
from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from django_tasks_db.models import DBTaskResult

from petitions import privacy, rules
from petitions.models import PendingSignature, Signature
from tests.conftest import sign_data
from tests.petitions.factories import submit

SIGN = "/en/petitions/people-first/sign/"
FORM = "application/x-www-form-urlencoded"
EMAIL_254 = "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 57 + ".org"


def post_form(client, data, url=SIGN):
    return client.generic("POST", url, urlencode(data, doseq=True), content_type=FORM)


def test_it_stores_a_pending_signature_and_sends_the_signer_to_check_their_inbox(client, petition):
    response = post_form(client, sign_data(updates="on", public="on"))

    assert response.status_code == 302
    assert response["Location"] == "/en/petitions/people-first/check-your-inbox/"
    pending = PendingSignature.objects.get()
    assert pending.petition == petition
    assert pending.domain_hash == privacy.domain_hash("olena@example.org")
    assert json.loads(pending.outbox)["to"] == "olena@example.org"
    assert Signature.objects.count() == 0
    assert DBTaskResult.objects.filter(status="READY").count() == 1


def test_the_check_your_inbox_page_says_what_to_do(client, petition):
    response = client.get("/en/petitions/people-first/check-your-inbox/")

    assert response.status_code == 200
    assert "<h1>Check your inbox</h1>" in response.content.decode()


def test_it_stores_no_readable_identity(client, petition):
    post_form(client, sign_data(name="Olena Kovalenko"))

    # As stored: the encrypted column raw, as a copy of the database holds it.
    raw = {"stored_outbox": Cast("outbox", TextField())}
    row = PendingSignature.objects.annotate(**raw).values(*raw, "details", "domain_hash").get()
    text = repr(row)
    assert "olena@example.org" not in text.casefold()
    assert "Kovalenko" not in text


def test_it_trims_the_name_and_keeps_only_the_first_name_in_public(client, petition):
    rules.confirm(submit(petition, name="  Olena   Kovalenko  ", public=True))

    assert Signature.objects.get().public_name == "Olena"


def test_it_accepts_an_email_address_of_254_characters(client, petition):
    assert len(EMAIL_254) == 254

    response = post_form(client, sign_data(email=EMAIL_254))

    assert response.status_code == 302
    assert PendingSignature.objects.count() == 1


def test_it_shows_errors_inline_in_the_page_language_and_keeps_what_was_typed(client, petition):
    data = sign_data(name=None, email="taras@example.org", country="PL", updates="on")

    response = post_form(client, data, url="/uk/petitions/people-first/sign/")

    html = response.content.decode()
    assert response.status_code == 400
    assert '<html lang="uk">' in html
    with translation.override("uk"):
        required = gettext("This field is required.")
    assert required != "This field is required."  # Django ships Ukrainian
    assert f'<p class="error" id="id_name-error">{escape(required)} </p>' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_name-error"' in html
    assert html.count('aria-invalid="true"') == 1
    assert 'role="alert" id="sign-errors"' in html
    assert 'value="taras@example.org"' in html
    assert '<option value="PL" selected>' in html
    assert '<input type="checkbox" name="updates" id="id_updates" checked>' in html
    assert PendingSignature.objects.count() == 0


def test_it_marks_a_missing_consent_on_the_checkbox(client, petition):
    response = post_form(client, sign_data(consent=None))

    html = response.content.decode()
    assert response.status_code == 400
    assert 'aria-invalid="true" aria-describedby="id_consent-error"' in html
    assert "Please agree to the privacy notice to sign." in html


def test_it_shows_markup_escaped(client, petition):
    markup = '<script>alert("x")</script>'

    response = post_form(client, sign_data(name=markup, email=markup + "@example.org"))

    html = response.content.decode()
    assert response.status_code == 400
    assert markup not in html
    assert escape(markup) in html
    assert PendingSignature.objects.count() == 0


BAD_INPUTS = {
    "an empty body": {},
    "no name": sign_data(name=None),
    "no email": sign_data(email=None),
    "no country": sign_data(country=None),
    "no consent": sign_data(consent=None),
    "consent unticked": sign_data(consent="false"),
    "a blank name": sign_data(name="   "),
    "a name of 121 characters": sign_data(name="N" * 121),
    "a bell in the name": sign_data(name="Olena\x07"),
    "a NUL byte in the name": sign_data(name="Ole\x00na"),
    "a NUL byte in the email": sign_data(email="olena\x00@example.org"),
    "a NUL byte in the country": sign_data(country="U\x00A"),
    "a zero-width space as the name": sign_data(name="\u200b"),
    "a right-to-left override in the name": sign_data(name="Olena\u202e"),
    "an undecodable name": sign_data(name="\ufffd\ufffd"),
    "a newline in the email": sign_data(email="olena@example.org\nBcc: x@example.com"),
    "markup as the email": sign_data(email="<b>olena</b>@example.org"),
    "not an email address": sign_data(email="olena"),
    "an email of 255 characters": sign_data(email="a" + EMAIL_254),
    "an unknown country": sign_data(country="XX"),
    "a lower-case country": sign_data(country="ua"),
    "an alpha-3 country": sign_data(country="UKR"),
    "a country name": sign_data(country="Ukraine"),
    "a repeated country, the last invalid": sign_data(country=["UA", "XX"]),
    "a repeated email, the last invalid": sign_data(email=["olena@example.org", "x"]),
    "a list as the name, the last empty": sign_data(name=["Olena", ""]),
    "a name of 10 MB": sign_data(name="N" * 10_000_000),
    "an email of 10 MB": sign_data(email="a" * 10_000_000 + "@example.org"),
    "2,000 fields": {**sign_data(), **{f"f{i}": "x" for i in range(2000)}},
}


@pytest.mark.parametrize("data", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_input_gets_a_4xx_page_and_stores_nothing(client, petition, data):
    response = post_form(client, data)

    assert 400 <= response.status_code < 500
    assert PendingSignature.objects.count() == 0
    assert DBTaskResult.objects.count() == 0


RAW_BODIES = {
    "JSON": ('{"name": "Olena", "email": "olena@example.org"}', "application/json"),
    "plain text": ("name=Olena", "text/plain"),
    "broken multipart": ("--x\r\nContent-Disposition: form-data", "multipart/form-data"),
    "bytes that are not UTF-8": (b"name=\xff\xfe&email=\xc3", FORM),
}


@pytest.mark.parametrize("body,content_type", RAW_BODIES.values(), ids=RAW_BODIES.keys())
def test_a_body_of_the_wrong_type_gets_a_4xx_page(client, petition, body, content_type):
    response = client.generic("POST", SIGN, body, content_type=content_type)

    assert 400 <= response.status_code < 500
    assert PendingSignature.objects.count() == 0


def test_a_get_of_the_sign_address_is_not_allowed(client, petition):
    assert client.get(SIGN).status_code == 405


def test_signing_an_unknown_petition_is_a_404(client, petition):
    response = post_form(client, sign_data(), url="/en/petitions/nothing-here/sign/")

    assert response.status_code == 404
    assert PendingSignature.objects.count() == 0
