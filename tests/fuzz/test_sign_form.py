"""Fuzzing the sign form, a public contract that partner sites post to."""

import json
import re
import unicodedata
from urllib.parse import urlencode

import pytest
from django.core.validators import validate_email
from django_countries import countries
from hypothesis import event, given
from hypothesis import strategies as st

from people_first import crypto
from people_first.keys import new_signer_keypair
from petitions import privacy, rules
from petitions.forms import JOINERS
from petitions.models import PendingSignature
from tests.fuzz.conftest import field_values, fuzz, typed

FIELDS = ["name", "email", "country", "consent", "updates", "public", "website", "extra"]
BAD_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
MARKUP = "<b data-fuzz>"

# A valid submission, then up to three fields replaced, repeated or left out.
valid_forms = st.fixed_dictionaries(
    {
        "name": st.text(typed, min_size=1, max_size=130),
        "email": st.emails(),
        "country": st.sampled_from(sorted(countries.countries)),
        "consent": st.just("on"),
    },
    optional={"updates": st.just("on"), "public": st.just("on")},
)


@st.composite
def submissions(draw):
    data = draw(valid_forms)
    for field in draw(st.lists(st.sampled_from(FIELDS), unique=True, max_size=3)):
        value = draw(field_values)
        if value is None:
            data.pop(field, None)
        else:
            data[field] = value
    return data


# Mostly no Origin or the site's own (the form is stored); sometimes a foreign one (403).
origins = st.sampled_from([None, None, "http://testserver", "http://testserver", "null"])


@pytest.fixture
def signer_key(settings):
    """Seal identities to a key pair whose private half the test holds."""
    public, private = new_signer_keypair()
    settings.SIGNERS_PUBLIC_KEY = public
    return private


def clean(text, allow=""):
    return not any(unicodedata.category(ch) in BAD_CATEGORIES - set(allow) for ch in text)


def last_pk():
    return PendingSignature.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def assert_every_submission_is_valid(private_key, after_pk):
    """Every submission stored since `after_pk` holds clean data, and so does the
    signature its link confirms."""
    for row in PendingSignature.objects.filter(pk__gt=after_pk):
        letter = json.loads(row.outbox)
        details = crypto.open_with_secret(letter["token"], row.details)
        name, email = details["name"], details["email"]
        assert letter["to"] == email
        assert 1 <= len(name) <= 120 and name == name.strip() and clean(name, JOINERS)
        assert len(email) <= 254 and clean(email)
        validate_email(email)
        assert row.domain_hash == privacy.domain_hash(email)

        signature = rules.confirm(letter["token"]).signature
        signature.refresh_from_db()
        identity = privacy.unseal(signature.sealed_identity, private_key)
        assert (identity["name"], identity["email"]) == (name, email)
        assert re.fullmatch(r"[0-9a-f]{64}", signature.email_hash)
        assert signature.email_hash == privacy.email_hash(email)
        assert signature.country.code in countries
        assert signature.country.code == identity["country"] == details["country"]
        assert signature.language in {"en", "uk", "ru"}
        shown = rules.public_name(name) if details["public"] else None
        assert signature.public_name == shown
        assert identity["public"] == (shown is not None)
        assert signature.counts


@fuzz
@given(
    data=submissions(),
    lang=st.sampled_from(["en", "uk", "ru"]),
    urlencoded=st.booleans(),
    origin=origins,
)
def test_the_sign_form_never_fails_and_never_stores_invalid_data(
    client, petition, generous_limits, signer_key, data, lang, urlencoded, origin
):
    url = f"/{lang}/petitions/people-first/sign/"
    headers = {"Origin": origin} if origin else {}
    before = last_pk()
    if urlencoded:
        body = urlencode(data, doseq=True)
        response = client.post(
            url, body, content_type="application/x-www-form-urlencoded", headers=headers
        )
    else:
        response = client.post(url, data, headers=headers)

    event(f"HTTP {response.status_code}")
    assert response.status_code in {302, 400, 403}
    assert MARKUP not in response.content.decode()
    assert_every_submission_is_valid(signer_key, before)


@fuzz
@given(
    body=st.one_of(st.binary(max_size=3000), st.text(max_size=3000).map(str.encode)),
    content_type=st.sampled_from(
        [
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=fuzz",
            "multipart/form-data",
            "application/json",
            "text/plain; charset=utf-16",
            "",
        ]
    ),
)
def test_the_sign_form_survives_any_request_body(
    client, petition, generous_limits, signer_key, body, content_type
):
    before = last_pk()
    response = client.generic(
        "POST", "/en/petitions/people-first/sign/", body, content_type=content_type
    )

    assert response.status_code in {302, 400, 403}
    assert_every_submission_is_valid(signer_key, before)
