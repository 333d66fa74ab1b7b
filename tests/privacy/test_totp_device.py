"""`manage.py totp_device`: the operator gives a staff member a second factor."""

import base64
import io
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.campaign.conftest import form_values

from .conftest import SIGNER_PERMISSIONS, admin_login, make_staff


def run(*args):
    out = io.StringIO()
    call_command("totp_device", *args, stdout=out)
    return out.getvalue()


def secret_from(output):
    (url,) = [line for line in output.splitlines() if line.startswith("otpauth://")]
    parts = urlsplit(url)
    return unquote(parts.path), base64.b32decode(parse_qs(parts.query)["secret"][0])


def test_it_creates_a_device_that_logs_the_user_in(client, db):
    user = make_staff("keeper", permissions=SIGNER_PERMISSIONS, device=False)
    output = run("keeper")

    label, secret = secret_from(output)
    assert label == "/People First:keeper"
    device = TOTPDevice.objects.get(user=user)
    assert device.confirmed
    assert secret == device.bin_key
    assert "█" in output or "▀" in output  # the QR code, drawn in block characters
    response = admin_login(client, user, token=f"{totp(secret):06d}")
    assert response.status_code == 302


def test_it_refuses_to_replace_a_device_without_reset(db):
    make_staff("keeper")
    with pytest.raises(CommandError, match="already has a TOTP device; use --reset"):
        run("keeper")


def test_reset_replaces_the_lost_device(db):
    user = make_staff("keeper")
    old = TOTPDevice.objects.get(user=user).key
    run("keeper", "--reset")
    assert list(TOTPDevice.objects.filter(user=user).values_list("key", flat=True)) != [old]
    assert TOTPDevice.objects.filter(user=user).count() == 1


def test_it_names_an_unknown_user(db):
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        run("nobody")


# --- The device admin (issue 10, attack 8) ----------------------------------------------


def test_a_superuser_browsing_the_device_admin_never_sees_another_users_secret(client, db):
    """A device's secret is shown once, when it is made; a phished administrator account
    must not hand over everyone's second factor."""
    keeper = make_staff("keeper", permissions=SIGNER_PERMISSIONS, device=False)
    run("keeper")
    device = TOTPDevice.objects.get(user=keeper)
    secret_hex, secret_b32 = device.key, base64.b32encode(device.bin_key).decode()
    root = make_staff("root", superuser=True)
    assert admin_login(client, root).status_code == 302

    pages = {
        "list": client.get(reverse("admin:otp_totp_totpdevice_changelist")),
        "change": client.get(reverse("admin:otp_totp_totpdevice_change", args=[device.pk])),
        "search": client.get(reverse("admin:otp_totp_totpdevice_changelist"), {"q": "keeper"}),
    }
    for name, page in pages.items():
        html = page.content.decode()
        assert page.status_code == 200, name
        assert "keeper" in html, name
        assert secret_hex not in html and secret_hex.upper() not in html, name
        assert secret_b32 not in html and secret_b32.rstrip("=") not in html, name
        assert "otpauth://" not in html, name
        assert "/config/" not in html and "/qrcode/" not in html, name
    for view in ("otp_totp_totpdevice_config", "otp_totp_totpdevice_qrcode"):
        assert client.get(reverse(f"admin:{view}", args=[device.pk])).status_code == 403


def test_saving_a_device_in_the_admin_neither_shows_nor_changes_its_secret(client, db):
    keeper = make_staff("keeper")
    device = TOTPDevice.objects.get(user=keeper)
    secret = device.key
    root = make_staff("root", superuser=True)
    admin_login(client, root)
    url = reverse("admin:otp_totp_totpdevice_change", args=[device.pk])
    data = form_values(client.get(url), "totpdevice_form")
    assert "key" not in data

    response = client.post(url, {**data, "name": "new phone", "key": "00" * 20})

    assert response.status_code == 302
    device.refresh_from_db()
    assert (device.name, device.key) == ("new phone", secret)
