"""Privacy fixtures: staff with their roles (tests/staff.py), the coalition's key pair,
signing through the real views."""

import base64
import re

import pytest
from django.contrib.auth.models import Permission
from nacl.public import PrivateKey

from tests.conftest import sign_data
from tests.staff import (  # noqa: F401 - the privacy tests import these from here
    PASSWORD,
    admin_login,
    make_staff,
    totp_token,
    use_fast_passwords,
)

SIGNER_PERMISSIONS = ["view_signer_data", "export_signers", "delete_signature", "view_petition"]


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    use_fast_passwords(settings)


@pytest.fixture
def signer_admin(db):
    """Staff who may see and export signer data."""
    return make_staff("keeper", permissions=SIGNER_PERMISSIONS)


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
