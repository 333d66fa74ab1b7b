import io
import json
from unittest import mock
from urllib.error import URLError

import pytest
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from django_tasks_db.models import DBTaskResult

from petitions import counting, staff
from petitions.models import PendingSignature
from tests.conftest import sign_data
from tests.petitions.factories import confirmed

SIGN = "/en/petitions/people-first/sign/"
PAGE = "/en/petitions/people-first/"
GOOGLE_VERIFY = "django_recaptcha.client.recaptcha_request"


def post(client, ip="203.0.113.1", url=SIGN, **data):
    return client.post(url, sign_data(**data), REMOTE_ADDR=ip)


# --- rate limits -------------------------------------------------------------------------


def test_too_many_posts_from_one_ip_get_the_translated_429_page(client, petition, settings):
    settings.SIGN_RATE_LIMIT = "3/m"
    uk = "/uk/petitions/people-first/sign/"

    answers = [post(client, url=uk, email=f"s{i}@example.org").status_code for i in range(3)]
    response = post(client, url=uk, email="s4@example.org")

    assert answers == [302, 302, 302]
    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="uk">' in html
    with translation.override("uk"):
        assert f"<h1>{escape(gettext('Too many attempts'))}</h1>" in html
    assert PendingSignature.objects.count() == 3


def test_the_ip_limit_counts_each_client_apart(client, petition, settings):
    settings.SIGN_RATE_LIMIT = "1/m"

    assert post(client, ip="203.0.113.1", email="a@example.org").status_code == 302
    assert post(client, ip="203.0.113.1", email="b@example.org").status_code == 429
    assert post(client, ip="203.0.113.2", email="c@example.org").status_code == 302


def test_a_rate_limit_counter_keeps_its_expiry_and_is_never_made_up():
    """An expired counter must not come back without an expiry (an IP blocked forever)."""
    from django.core.cache import cache

    with pytest.raises(ValueError):
        cache.incr("sign-ip:gone")
    assert cache.get("sign-ip:gone") is None

    cache.add("sign-ip:here", 1, 60)
    assert cache.incr("sign-ip:here") == 2
    assert cache.incr("sign-ip:here", 3) == 5
    client = cache._cache.get_client("sign-ip:here")
    assert 0 < client.ttl(cache.make_key("sign-ip:here")) <= 60


def test_behind_a_proxy_the_limit_uses_the_client_ip_header(client, petition, settings):
    settings.SIGN_RATE_LIMIT = "1/m"
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]

    def via_proxy(client_ip, email):
        return client.post(
            SIGN, sign_data(email=email), REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP=client_ip
        ).status_code

    assert via_proxy("198.51.100.7", "a@example.org") == 302
    assert via_proxy("198.51.100.8", "b@example.org") == 302
    assert via_proxy("198.51.100.7", "c@example.org") == 429


# --- honeypot ----------------------------------------------------------------------------


def test_a_filled_honeypot_looks_like_success_but_stores_nothing(client, petition):
    genuine = post(client, email="human@example.org")
    PendingSignature.objects.all().delete()
    DBTaskResult.objects.all().delete()

    bot = post(client, website="https://spam.example")

    assert bot.status_code == genuine.status_code == 302
    assert bot["Location"] == genuine["Location"]
    assert PendingSignature.objects.count() == 0
    assert DBTaskResult.objects.count() == 0


def test_the_honeypot_is_hidden_from_people(client, petition):
    html = client.get(PAGE).content.decode()

    assert '<div class="hp" aria-hidden="true">' in html
    assert 'name="website" tabindex="-1" autocomplete="off"' in html


# --- reCAPTCHA ---------------------------------------------------------------------------


def google_answers(payload):
    return mock.patch(GOOGLE_VERIFY, return_value=io.BytesIO(json.dumps(payload).encode()))


@pytest.fixture
def recaptcha(settings):
    settings.RECAPTCHA_PUBLIC_KEY = "public-site-key"
    settings.RECAPTCHA_PRIVATE_KEY = "private-secret-key"


def test_recaptcha_is_off_by_default_and_nothing_comes_from_google(client, petition):
    html = client.get(PAGE).content.decode()
    home = client.get("/en/").content.decode()

    for page in (html, home):
        assert "google" not in page
        assert "recaptcha" not in page
    with mock.patch(GOOGLE_VERIFY) as verify:
        assert post(client).status_code == 302
    verify.assert_not_called()


def test_with_keys_the_form_shows_the_recaptcha_without_inline_script(client, petition, recaptcha):
    html = client.get(PAGE).content.decode()

    assert 'src="https://www.google.com/recaptcha/api.js?hl=en"' in html
    assert 'class="g-recaptcha"' in html
    assert 'data-sitekey="public-site-key"' in html
    assert "<script>" not in html
    assert "private-secret-key" not in html


def test_with_keys_a_solved_recaptcha_lets_the_signature_in(client, petition, recaptcha):
    with google_answers({"success": True}) as verify:
        response = post(client, **{"g-recaptcha-response": "token-from-google"})

    assert response.status_code == 302
    assert PendingSignature.objects.count() == 1
    assert b"response=token-from-google" in verify.call_args.args[0]
    assert b"secret=private-secret-key" in verify.call_args.args[0]


def test_with_keys_a_failed_recaptcha_is_a_form_error(client, petition, recaptcha):
    with google_answers({"success": False, "error-codes": ["invalid-input-response"]}):
        response = post(client, **{"g-recaptcha-response": "wrong"})

    assert response.status_code == 400
    assert 'id="id_captcha-error"' in response.content.decode()
    assert PendingSignature.objects.count() == 0


def test_with_keys_a_missing_recaptcha_is_a_form_error(client, petition, recaptcha):
    with mock.patch(GOOGLE_VERIFY) as verify:
        response = post(client)

    assert response.status_code == 400
    assert 'id="id_captcha-error"' in response.content.decode()
    verify.assert_not_called()


@pytest.mark.parametrize(
    "failure",
    [URLError("no network"), TimeoutError("timed out"), ConnectionResetError()],
    ids=["no network", "timeout", "connection reset"],
)
def test_with_keys_google_unreachable_is_a_friendly_error_not_a_500(
    client, petition, recaptcha, failure
):
    with mock.patch(GOOGLE_VERIFY, side_effect=failure):
        response = post(client, **{"g-recaptcha-response": "token"})

    assert response.status_code == 400
    html = response.content.decode()
    assert "We could not check that you are human just now. Please try again." in html
    assert 'value="olena@example.org"' in html  # what was typed is kept
    assert PendingSignature.objects.count() == 0


def test_with_keys_a_garbled_answer_from_google_is_a_friendly_error(client, petition, recaptcha):
    with mock.patch(GOOGLE_VERIFY, return_value=io.BytesIO(b"<html>proxy error</html>")):
        response = post(client, **{"g-recaptcha-response": "token"})

    assert response.status_code == 400
    assert PendingSignature.objects.count() == 0


# --- staff invalidation ------------------------------------------------------------------


def test_staff_invalidating_a_domain_takes_its_signatures_off_the_page(client, petition):
    confirmed(petition, "real@example.org")
    for i in range(3):
        confirmed(petition, f"bot{i}@spam.example")
    assert "<strong>4</strong>&nbsp;signatures" in client.get(PAGE).content.decode()

    assert staff.invalidate_domain("spam.example") == 3

    assert "<strong>1</strong>&nbsp;signature" in client.get(PAGE).content.decode()
    assert counting.total(petition.pk) == 1
