"""Issue 10, "Reaching the site safely": the site answers on its onion address, over the
plain http Tor Browser uses there, and its public pages name the onion in
`Onion-Location`. Production-like: https redirect, HSTS, a TLS proxy's header."""

import json
import re
import subprocess
import sys

import pytest
from django.test import Client

from campaign.models import EndorsementRequest
from petitions.models import PendingSignature
from tests.campaign.conftest import endorse_data
from tests.conftest import ROOT, sign_data
from tests.privacy.test_production_config import production_env

ONION = "peoplefirst2xyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopq.onion"
CLEARNET = "people-first.example"
HTTPS = {"HTTP_X_FORWARDED_PROTO": "https"}


@pytest.fixture
def production(settings):
    """The settings an operator gets with ONION_LOCATION=http://<onion> (what
    people_first/settings.py derives from it is tested below)."""
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SITE_URL = f"https://{CLEARNET}"
    settings.ONION_LOCATION = f"http://{ONION}"
    settings.ONION_HOST = ONION
    settings.ALLOWED_HOSTS = [CLEARNET, ONION]
    settings.CSRF_TRUSTED_ORIGINS = [f"https://{CLEARNET}", f"http://{ONION}"]


def onion_client(**kwargs):
    return Client(HTTP_HOST=ONION, **kwargs)


PUBLIC_PAGES = ["/en/", "/uk/petitions/people-first/", "/ru/endorse/", "/en/endorsers/"]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_the_onion_answers_over_http_without_redirect_or_hsts(production, petition, path):
    response = onion_client().get(path)

    assert response.status_code == 200
    assert "Strict-Transport-Security" not in response
    assert "Onion-Location" not in response


def test_the_clearnet_site_still_redirects_to_https(production, petition):
    response = Client(HTTP_HOST=CLEARNET).get("/en/")

    assert response.status_code == 301
    assert response["Location"] == f"https://{CLEARNET}/en/"


@pytest.mark.parametrize(
    "path",
    [*PUBLIC_PAGES, "/en/petitions/people-first/?lang=uk&utm=x", "/en/no-such-page/"],
)
def test_every_public_html_page_names_its_onion_twin(production, petition, path):
    response = Client(HTTP_HOST=CLEARNET, **HTTPS).get(path)

    assert response["Onion-Location"] == f"http://{ONION}{path}"
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


@pytest.mark.parametrize("path", ["/petitions/people-first/totals.json", "/admin/login/"])
def test_data_and_the_admin_carry_no_onion_location(production, petition, path):
    response = Client(HTTP_HOST=CLEARNET, **HTTPS).get(path)

    assert response.status_code == 200
    assert "Onion-Location" not in response


def test_the_onion_sends_no_hsts_even_behind_a_tls_proxy(production, petition):
    response = onion_client(**HTTPS).get("/en/")

    assert response.status_code == 200
    assert "Strict-Transport-Security" not in response


def test_the_endorse_form_works_on_the_onion_with_its_csrf_check(production, db):
    client = onion_client(enforce_csrf_checks=True)
    page = client.get("/en/endorse/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = {**endorse_data(), "csrfmiddlewaretoken": token}

    refused = onion_client(enforce_csrf_checks=True).post(
        "/en/endorse/", data, HTTP_ORIGIN=f"http://{ONION}"
    )
    response = client.post("/en/endorse/", data, HTTP_ORIGIN=f"http://{ONION}")

    assert refused.status_code == 403  # no CSRF cookie: the check is really on
    assert response.status_code == 302
    assert response["Location"] == "/en/endorse/thanks/"
    assert EndorsementRequest.objects.get().organisation == "Truth Hounds"
    assert onion_client().get(response["Location"]).status_code == 200


def test_the_sign_form_works_on_the_onion(production, petition):
    response = onion_client().post(
        "/en/petitions/people-first/sign/", sign_data(), HTTP_ORIGIN=f"http://{ONION}"
    )

    assert response.status_code == 302
    # The emailed links lead back to the onion: the clear-web site may be blocked there.
    letter = json.loads(PendingSignature.objects.get().outbox)
    assert letter["site"] == f"http://{ONION}"


def test_another_host_is_still_refused(production, petition):
    assert Client(HTTP_HOST="evil.onion").get("/en/").status_code == 400


def settings_with(**env):
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.ONION_HOST, s.ALLOWED_HOSTS, s.CSRF_TRUSTED_ORIGINS, sep='|')"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**production_env(**env), "DJANGO_SETTINGS_MODULE": "people_first.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_onion_location_allows_the_onion_host_and_its_origin():
    done = settings_with(ONION_LOCATION=f"http://{ONION}/")

    assert done.returncode == 0, done.stderr
    host, allowed, origins = done.stdout.strip().split("|")
    assert host == ONION
    assert allowed == str([CLEARNET, ONION])
    assert origins == str([f"https://{CLEARNET}", f"http://{ONION}"])


@pytest.mark.parametrize(
    "value", ["peoplefirst.onion", "http://people-first.example", f"http://{ONION}/en/"]
)
def test_a_wrong_onion_location_stops_the_server(value):
    done = settings_with(ONION_LOCATION=value)

    assert done.returncode != 0
    assert "ImproperlyConfigured: ONION_LOCATION must be the address" in done.stderr
