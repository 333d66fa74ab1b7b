"""Privacy fixtures: staff with and without two-factor, the coalition's key pair, signing
through the real views."""

import base64
import re

import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from nacl.public import PrivateKey

from tests.conftest import sign_data

PASSWORD = "correct horse battery staple 42"
SIGNER_PERMISSIONS = ["view_signer_data", "export_signers", "delete_signature", "view_petition"]


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Staff log in many times here; the real hasher's cost is not what is tested."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def totp_token(device):
    """The current six-digit code of a TOTPDevice, as an authenticator app shows it."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def make_staff(username, *, permissions=(), app_labels=(), device=False, superuser=False):
    user = User.objects.create_user(username, f"{username}@staff.example", PASSWORD)
    user.is_staff = True
    user.is_superuser = superuser
    user.save()
    perms = Permission.objects.filter(content_type__app_label__in=app_labels) | (
        Permission.objects.filter(content_type__app_label="petitions", codename__in=permissions)
    )
    user.user_permissions.set(perms)
    if device:
        TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user


def admin_login(client, user, *, token=None):
    """POST the admin login form as a person would: password, and the code if any."""
    data = {"username": user.username, "password": PASSWORD, "next": reverse("admin:index")}
    device = TOTPDevice.objects.filter(user=user).first()
    if token is None and device is not None:
        token = totp_token(device)
    if token:
        data["otp_token"] = token
    return client.post(reverse("admin:login"), data)


@pytest.fixture
def signer_admin(db):
    """Staff who may see and export signer data, with a TOTP device."""
    return make_staff("keeper", permissions=SIGNER_PERMISSIONS, device=True)


@pytest.fixture
def signer_admin_client(client, signer_admin):
    response = admin_login(client, signer_admin)
    assert response.status_code == 302, response.content.decode()[:2000]
    return client


@pytest.fixture
def content_editor(db):
    """Staff with the campaign's permissions and the petition's, none on signers."""
    user = make_staff("writer", app_labels=["campaign"])
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="petitions",
            codename__in=["view_petition", "change_petition", "add_petition"],
        )
    )
    return user


@pytest.fixture
def coalition_key(settings, tmp_path):
    """A fresh coalition key pair: the site seals to the public key; the private key is
    written to a file as the operator keeps it offline."""
    private = PrivateKey.generate()
    settings.SIGNERS_PUBLIC_KEY = base64.b64encode(bytes(private.public_key)).decode()
    key_file = tmp_path / "signers-private.key"
    key_file.write_text(base64.b64encode(bytes(private)).decode() + "\n")
    return key_file


def sign(client, slug="people-first", **fields):
    response = client.post(f"/en/petitions/{slug}/sign/", sign_data(**fields))
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/\w\w/confirm/[^/\s]+/)")


def confirm_path(inbox, address):
    (message,) = inbox.to(address)
    return CONFIRM_LINK.search(inbox.text(message)).group(1)


def confirm_by_email(client, inbox, address):
    """Open the emailed link and press the button, as the signer does (leaving the
    "show my name" box as the page shows it)."""
    path = confirm_path(inbox, address)
    page = client.get(path)
    assert page.status_code == 200
    ticked = re.search(r'<input type="checkbox" name="public"[^>]* checked', page.content.decode())
    response = client.post(path, {"public": "on"} if ticked else {})
    assert response.status_code == 302
    return response
