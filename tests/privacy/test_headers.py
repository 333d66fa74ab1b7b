"""Issue 5, hardened production: the security headers on every kind of response."""

from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from .conftest import admin_login, make_staff


def policy(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def assert_hardened(response, *, document=True):
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    header = response["Content-Security-Policy"]
    assert "unsafe-inline" not in header
    assert "unsafe-eval" not in header
    assert "*" not in header.split()
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    if document:
        assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/en/", 200),
        ("/uk/petitions/people-first/", 200),
        ("/en/press/", 200),
        ("/en/privacy/", 404),  # no content loaded here: the 404 page
        ("/en/no-such-page/", 404),
        ("/petitions/totals.json", 200),
        ("/petitions/no-such-petition/totals.json", 404),
        ("/healthz", 200),
        ("/readyz", 200),
        ("/en/confirm/not-a-token/", 404),
        ("/admin/login/", 200),
    ],
)
def test_every_response_carries_the_security_headers(client, petition, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert_hardened(response)


def test_a_server_error_carries_them_too(petition):
    client = Client(raise_request_exception=False)
    with mock.patch("petitions.counting.total", side_effect=RuntimeError("boom")):
        response = client.get("/en/petitions/people-first/")
    assert response.status_code == 500
    assert_hardened(response)


def test_a_refused_request_carries_them_too(client, petition):
    response = client.post(
        "/en/petitions/people-first/sign/", {}, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert_hardened(response)


def test_the_admin_carries_them_too(client, db):
    admin_login(client, make_staff("writer", app_labels=["campaign"]))
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert_hardened(response)


def test_a_rate_limited_request_carries_them_too(client, db, settings):
    settings.LOGIN_RATE_LIMIT = "1/15m"
    client.post(reverse("admin:login"), {"username": "x", "password": "y"})
    response = client.post(reverse("admin:login"), {"username": "x", "password": "y"})
    assert response.status_code == 429
    assert_hardened(response)


def test_static_files_carry_them_too(settings):
    """WhiteNoise answers static files before django-csp sees them."""
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    response = Client().get("/static/css/site.css")
    assert response.status_code == 200
    assert_hardened(response, document=False)
