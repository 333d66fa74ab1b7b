"""`python -m people_first.keys`: the secrets a site needs, and the offline private key."""

import base64
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet
from nacl.public import PrivateKey, PublicKey, SealedBox

from people_first import keys
from tests.conftest import ROOT


def opens(public_b64, private_b64):
    sealed = SealedBox(PublicKey(base64.b64decode(public_b64))).encrypt(b"Olena")
    return SealedBox(PrivateKey(base64.b64decode(private_b64))).decrypt(sealed) == b"Olena"


def read_env(path):
    lines = path.read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def test_it_writes_the_four_secrets_and_the_private_key_beside_them(tmp_path):
    target = tmp_path / ".dev-keys.env"
    keys.main([str(target)])

    values = read_env(target)
    assert sorted(values) == [
        "EMAIL_HASH_SECRET",
        "FIELD_ENCRYPTION_KEYS",
        "SECRET_KEY",
        "SIGNERS_PUBLIC_KEY",
    ]
    assert len(values["SECRET_KEY"]) >= 50
    Fernet(values["FIELD_ENCRYPTION_KEYS"])  # a valid key
    private = (tmp_path / ".dev-keys" / "signers-private.key").read_text().strip()
    assert opens(values["SIGNERS_PUBLIC_KEY"], private)
    assert target.stat().st_mode & 0o077 == 0
    assert (tmp_path / ".dev-keys" / "signers-private.key").stat().st_mode & 0o077 == 0


def test_it_never_overwrites_existing_keys(tmp_path):
    target = tmp_path / ".dev-keys.env"
    target.write_text("SECRET_KEY=kept\n")
    keys.main([str(target)])
    assert target.read_text() == "SECRET_KEY=kept\n"


def test_print_gives_the_server_its_values_and_the_private_key_only_in_its_own_file(
    tmp_path, capsys
):
    private_file = tmp_path / "offline" / "signers-private.key"
    private_file.parent.mkdir()
    keys.main(["--print", "--private-key-file", str(private_file)])

    out = capsys.readouterr().out
    lines = out.splitlines()
    values = dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))
    assert list(values) == [
        "SECRET_KEY",
        "EMAIL_HASH_SECRET",
        "FIELD_ENCRYPTION_KEYS",
        "SIGNERS_PUBLIC_KEY",
    ]
    private = private_file.read_text().strip()
    assert opens(values["SIGNERS_PUBLIC_KEY"], private)
    assert private not in out
    assert "SIGNERS_PRIVATE_KEY" not in out
    assert private_file.stat().st_mode & 0o777 == 0o600
    assert any(str(private_file) in line and "OFFLINE" in line for line in lines)


def test_print_without_a_private_key_file_is_refused_and_prints_no_key(capsys):
    with pytest.raises(SystemExit) as exit_:
        keys.main(["--print"])

    assert exit_.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "--print needs --private-key-file PATH" in captured.err


def test_print_never_overwrites_a_private_key_file(tmp_path, capsys):
    private_file = tmp_path / "signers-private.key"
    private_file.write_text("the key that opens last year's export\n")

    with pytest.raises(SystemExit, match="exists already"):
        keys.main(["--print", "--private-key-file", str(private_file)])

    assert private_file.read_text() == "the key that opens last year's export\n"
    assert capsys.readouterr().out == ""


def test_the_command_run_as_an_operator_does_keeps_the_private_key_off_stdout(tmp_path):
    private_file = tmp_path / "signers-private.key"
    done = subprocess.run(
        [sys.executable, "-m", "people_first.keys", "--print", "--private-key-file", private_file],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 0, done.stderr
    private = private_file.read_text().strip()
    assert len(base64.b64decode(private)) == 32
    assert private not in done.stdout + done.stderr
    assert "SIGNERS_PUBLIC_KEY=" in done.stdout


def test_fernet_gives_a_new_key_for_rotation(capsys):
    keys.main(["--fernet"])
    Fernet(capsys.readouterr().out.strip())


def test_it_never_replaces_a_private_key_another_keys_file_needs(tmp_path):
    keys.main([str(tmp_path / ".dev-keys.env")])
    private = (tmp_path / ".dev-keys" / "signers-private.key").read_text()

    with pytest.raises(SystemExit, match="exists already"):
        keys.main([str(tmp_path / "other.env")])

    assert (tmp_path / ".dev-keys" / "signers-private.key").read_text() == private
    assert not (tmp_path / "other.env").exists()


def test_help_explains_the_options_and_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        keys.main(["--help"])

    assert exit_.value.code == 0
    assert "--print" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []
