"""Fuzzing the emailed links (confirm, withdraw, thanks, new link) and the public data
endpoints with arbitrary tokens, slugs, query strings and methods."""

from urllib.parse import quote, quote_from_bytes, urlencode

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from petitions import counting, rules, tokens
from petitions.data_urls import urlpatterns as data_urlpatterns
from petitions.models import PendingSignature, Signature
from tests.fuzz.conftest import field_values, fuzz, texts
from tests.petitions.factories import submit

LINKS = [
    ("GET", "confirm/{}/"),
    ("POST", "confirm/{}/"),
    ("POST", "confirm/{}/new-link/"),
    ("GET", "withdraw/{}/"),
    ("POST", "withdraw/{}/"),
    ("GET", "thanks/{}/"),
    ("HEAD", "confirm/{}/"),
    ("PUT", "withdraw/{}/"),
]
DATA_ROUTES = [str(p.pattern) for p in data_urlpatterns]
METHODS = st.sampled_from(["GET", "GET", "HEAD", "POST", "OPTIONS", "DELETE"])


def url_part(value):
    return quote_from_bytes(value, safe="") if isinstance(value, bytes) else quote(value, safe="")


@pytest.fixture
def signatures(petition):
    """The confirmation tokens of one pending and one confirmed signature; the links
    must change neither."""
    waiting, done = submit(petition, "pending@example.org"), submit(petition, "done@example.org")
    rules.confirm(done)
    return waiting, done


def assert_signatures_unchanged(petition, waiting, done):
    assert PendingSignature.objects.filter(confirm_digest=tokens.digest(waiting)).exists()
    assert Signature.objects.filter(withdraw_digest=tokens.digest(tokens.withdraw_for(done)))
    assert counting.total(petition.pk) == 1


@st.composite
def tampered(draw):
    """(which real token, position, replacement): one character of a genuine token
    changed, or the token cut short."""
    which = draw(st.sampled_from(["confirm-pending", "withdraw-done", "confirm-done"]))
    return (
        which,
        draw(st.integers(0, 80)),
        draw(st.one_of(st.characters(exclude_categories=("Cs",)), st.just(""))),
    )


@fuzz
@given(
    token=st.one_of(texts, st.binary(max_size=300), tampered()),
    link=st.sampled_from(LINKS),
    lang=st.sampled_from(["en", "uk", "ru"]),
)
def test_emailed_links_never_fail_nor_act_on_a_forged_token(
    client, petition, signatures, token, link, lang
):
    waiting, done = signatures
    if isinstance(token, tuple):
        which, at, replacement = token
        genuine = {
            "confirm-pending": waiting,
            "withdraw-done": tokens.withdraw_for(done),
            "confirm-done": done,
        }[which]
        token = genuine[:at] + replacement + genuine[at + 1 :]
        assume(token != genuine)
    method, route = link

    response = client.generic(method, f"/{lang}/" + route.format(url_part(token)))

    assert response.status_code in {200, 302, 400, 403, 404, 405, 410}
    assert_signatures_unchanged(petition, waiting, done)


@fuzz
@given(
    route=st.sampled_from(DATA_ROUTES),
    slug=st.one_of(st.just("people-first"), texts, st.binary(max_size=100)),
    query=st.dictionaries(st.one_of(st.just("lang"), texts), field_values, max_size=3),
    method=METHODS,
)
def test_data_endpoints_never_fail(client, petition, signatures, route, slug, query, method):
    path = "/" + route.replace("<slug:slug>", url_part(slug))
    query = {k: v for k, v in query.items() if v is not None}

    response = client.generic(method, f"{path}?{urlencode(query, doseq=True)}")

    assert response.status_code in {200, 400, 404, 405}
    if method == "GET" and slug == "people-first" and not query:
        assert response.status_code == 200
