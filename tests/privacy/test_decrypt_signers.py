"""Issue 5, requirement 2: identities are sealed to a key the server does not have; the
offline command turns the admin's export back into signers."""

import base64
import csv
import io
import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from nacl.public import PrivateKey

from petitions.models import ExportLog
from tests.conftest import ROOT

from .conftest import admin_login, confirm_by_email, make_staff, sign


def export_csv(client, petition):
    response = client.get(reverse("admin:petitions_petition_export", args=[petition.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="people-first-')
    return response.getvalue().decode()


@pytest.fixture
def signed(client, coalition_key, petition, smtp, run_tasks):
    """Two confirmed signers and a pending one, signed through the sign form."""
    sign(client, name="Olena Kovalenko", email="Olena@Example.org", updates="on", public="on")
    sign(client, name='=HYPERLINK("x") Petro', email="petro@example.net", country="PL")
    sign(client, name="Still Pending", email="pending@example.com")
    run_tasks()
    for address in ("Olena@Example.org", "petro@example.net"):
        confirm_by_email(client, smtp, address)


def test_it_gives_the_signers_back_with_the_private_key(
    signer_admin_client, signer_admin, signed, petition, coalition_key, tmp_path
):
    export = tmp_path / "export.csv"
    export.write_text(export_csv(signer_admin_client, petition))
    rows = list(csv.DictReader(io.StringIO(export.read_text())))
    assert [r["country"] for r in rows] == ["UA", "PL"]
    assert "Olena" not in export.read_text()

    out = tmp_path / "signers.csv"
    call_command("decrypt_signers", str(export), private_key=str(coalition_key), output=str(out))

    readable = list(csv.DictReader(out.open(newline="")))
    assert readable == [
        {
            "id": rows[0]["id"],
            "name": "Olena Kovalenko",
            "email": "Olena@Example.org",
            "country": "UA",
            "updates": "yes",
            "public": "yes",
            "confirmed_on": rows[0]["confirmed_on"],
        },
        {
            "id": rows[1]["id"],
            "name": '\'=HYPERLINK("x") Petro',
            "email": "petro@example.net",
            "country": "PL",
            "updates": "no",
            "public": "no",
            "confirmed_on": rows[1]["confirmed_on"],
        },
    ]
    log = ExportLog.objects.get()
    assert (log.user, log.petition, log.rows) == (signer_admin, petition, 2)


def test_it_keeps_only_those_who_want_news_when_asked(
    signer_admin_client, signed, petition, coalition_key, tmp_path, capsys
):
    export = tmp_path / "export.csv"
    export.write_text(export_csv(signer_admin_client, petition))
    out = io.StringIO()
    call_command(
        "decrypt_signers",
        str(export),
        private_key=str(coalition_key),
        updates_only=True,
        stdout=out,
    )
    assert [r["email"] for r in csv.DictReader(io.StringIO(out.getvalue()))] == [
        "Olena@Example.org"
    ]


def test_it_reveals_nothing_with_another_key(signer_admin_client, signed, petition, tmp_path):
    export = tmp_path / "export.csv"
    export.write_text(export_csv(signer_admin_client, petition))
    wrong = tmp_path / "wrong.key"
    wrong.write_text(base64.b64encode(bytes(PrivateKey.generate())).decode())
    out = tmp_path / "signers.csv"

    with pytest.raises(CommandError, match="the private key does not open this signature"):
        call_command("decrypt_signers", str(export), private_key=str(wrong), output=str(out))

    assert not out.exists()
    # No partial output either, not even a temporary file.
    assert {p.name for p in tmp_path.iterdir()} == {
        "export.csv",
        "wrong.key",
        "signers-private.key",
    }


def test_it_refuses_a_file_that_is_not_a_key(tmp_path):
    not_a_key = tmp_path / "notes.txt"
    not_a_key.write_text("hello")
    with pytest.raises(CommandError, match="does not hold a signers' private key"):
        call_command("decrypt_signers", str(tmp_path / "x.csv"), private_key=str(not_a_key))


def test_it_refuses_a_file_that_is_not_an_export(tmp_path, coalition_key):
    other = tmp_path / "other.csv"
    other.write_text("name,email\nx,y\n")
    with pytest.raises(CommandError, match="is not a sealed signer export"):
        call_command("decrypt_signers", str(other), private_key=str(coalition_key))


def test_it_runs_offline_without_a_database(signer_admin_client, signed, petition, tmp_path):
    """The offline machine has the checkout and the key, no database: the command runs
    with a DATABASE_URL that leads nowhere."""
    export = tmp_path / "export.csv"
    export.write_text(export_csv(signer_admin_client, petition))
    key_file = tmp_path / "private.key"
    # The key as `python -m people_first.keys --print` shows it.
    key_file.write_text(
        "# keep offline\nSIGNERS_PRIVATE_KEY="
        + (tmp_path / "signers-private.key").read_text().strip()
        + "\n"
    )
    env = {**os.environ, "DATABASE_URL": "postgres://nobody@127.0.0.1:9/nowhere"}
    result = subprocess.run(
        [sys.executable, "manage.py", "decrypt_signers", "--private-key", key_file, export],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert [r["name"] for r in csv.DictReader(io.StringIO(result.stdout))] == [
        "Olena Kovalenko",
        '\'=HYPERLINK("x") Petro',
    ]
    assert result.stderr.strip() == "2 signer(s)."


def test_the_export_needs_its_own_permission(client, db, petition):
    viewer = make_staff("viewer", permissions=["view_signer_data"], device=True)
    assert admin_login(client, viewer).status_code == 302
    url = reverse("admin:petitions_petition_export", args=[petition.pk])
    assert client.get(url).status_code == 403
    assert not ExportLog.objects.exists()
