"""Fuzzing the endorsement request form (/<lang>/endorse/)."""

import unicodedata
from urllib.parse import urlencode, urlsplit

from django.core.validators import URLValidator, validate_email
from django_countries import countries
from hypothesis import event, given
from hypothesis import strategies as st

from campaign.models import EndorsementRequest
from tests.fuzz.conftest import field_values, fuzz, typed

FIELDS = ["organisation", "country", "website", "contact_name", "contact_email", "message"]
BAD_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
MARKUP = "<b data-fuzz>"
SCHEMES = {"http", "https", "ftp", "ftps"}

valid_forms = st.fixed_dictionaries(
    {
        "organisation": st.text(typed, min_size=1, max_size=210),
        "country": st.sampled_from(sorted(countries.countries)),
        "contact_name": st.text(typed, min_size=1, max_size=130),
        "contact_email": st.emails(),
    },
    optional={
        "website": st.sampled_from(["", "https://example.org/", "example.org", "ftp://x.org"]),
        "message": st.text(typed, max_size=2100),
    },
)


@st.composite
def submissions(draw):
    data = draw(valid_forms)
    for field in draw(st.lists(st.sampled_from([*FIELDS, "extra"]), unique=True, max_size=3)):
        value = draw(field_values)
        if value is None:
            data.pop(field, None)
        else:
            data[field] = value
    return data


def clean(text, allow=""):
    return not any(unicodedata.category(ch) in BAD_CATEGORIES and ch not in allow for ch in text)


def last_pk():
    return EndorsementRequest.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def assert_every_request_is_valid(after_pk):
    """Every request stored since `after_pk` holds clean data."""
    for row in EndorsementRequest.objects.filter(pk__gt=after_pk):
        for text, longest in [(row.organisation, 200), (row.contact_name, 120)]:
            assert 1 <= len(text) <= longest and text == text.strip() and clean(text)
        assert row.country in countries
        if row.website:
            URLValidator()(row.website)  # Django's schemes: http(s), ftp(s); never javascript:
            assert len(row.website) <= 300 and urlsplit(row.website).scheme in SCHEMES
        assert len(row.contact_email) <= 254
        validate_email(row.contact_email)
        assert len(row.message) <= 2000 and clean(row.message, allow="\n\t")
        assert row.status == EndorsementRequest.Status.PENDING and row.endorser_id is None


@fuzz
@given(data=submissions(), lang=st.sampled_from(["en", "uk", "ru"]), urlencoded=st.booleans())
def test_the_endorse_form_never_fails_and_never_stores_invalid_data(
    client, db, generous_limits, data, lang, urlencoded
):
    url = f"/{lang}/endorse/"
    before = last_pk()
    if urlencoded:
        body = urlencode(data, doseq=True)
        response = client.post(url, body, content_type="application/x-www-form-urlencoded")
    else:
        response = client.post(url, data)

    event(f"HTTP {response.status_code}")
    assert response.status_code in {302, 400}
    assert MARKUP not in response.content.decode()
    assert_every_request_is_valid(before)


@fuzz
@given(
    body=st.binary(max_size=3000),
    content_type=st.sampled_from(
        ["application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", ""]
    ),
)
def test_the_endorse_form_survives_any_request_body(
    client, db, generous_limits, body, content_type
):
    before = last_pk()
    response = client.generic("POST", "/en/endorse/", body, content_type=content_type)

    assert response.status_code in {302, 400}
    assert_every_request_is_valid(before)
