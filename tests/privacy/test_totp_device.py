"""`manage.py totp_device`: the operator gives a staff member a second factor."""

import base64
import io
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

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
    user = make_staff("keeper", permissions=SIGNER_PERMISSIONS)
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
    make_staff("keeper", device=True)
    with pytest.raises(CommandError, match="already has a TOTP device; use --reset"):
        run("keeper")


def test_reset_replaces_the_lost_device(db):
    user = make_staff("keeper", device=True)
    old = TOTPDevice.objects.get(user=user).key
    run("keeper", "--reset")
    assert list(TOTPDevice.objects.filter(user=user).values_list("key", flat=True)) != [old]
    assert TOTPDevice.objects.filter(user=user).count() == 1


def test_it_names_an_unknown_user(db):
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        run("nobody")
