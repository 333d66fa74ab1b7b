"""Issue 5, hardened production: `check --deploy` is clean, and production refuses to
start without its secrets.

Each test starts Django as its own process, as an operator does. The missing-secret tests
run a copy of the project without the git-ignored `.dev-keys.env` (settings read it when
present), so that "unset" really means unset."""

import base64
import os
import shutil
import subprocess
import sys

import pytest
from nacl.public import PrivateKey

from people_first.keys import new_keys
from tests.conftest import ROOT

# A private key as `python -m people_first.keys` writes it, placed where it must not be.
PRIVATE_KEY = base64.b64encode(bytes(PrivateKey.generate())).decode()
REQUIRED = ["SECRET_KEY", "SIGNERS_PUBLIC_KEY", "EMAIL_HASH_SECRET", "FIELD_ENCRYPTION_KEYS"]


def production_env(**overrides):
    keys, _private = new_keys()
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO", "PYTEST")) and name not in {"DEBUG", *REQUIRED}
    }
    env.update(
        keys,
        ALLOWED_HOSTS="people-first.example",
        SITE_URL="https://people-first.example",
        CACHE_URL=os.environ["CACHE_URL"],
        SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO",
        DATABASE_URL=os.environ["DATABASE_URL"],
        EMAIL_URL="smtp://127.0.0.1:25",
    )
    env.pop("SECURE_SSL_REDIRECT", None)
    env.pop("STATICFILES_STORAGE", None)
    env.update(overrides)
    return {k: v for k, v in env.items() if v is not None}


def manage(*args, env, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def bare_checkout(tmp_path_factory):
    """The project as a server gets it: no development keys, no .env."""
    target = tmp_path_factory.mktemp("checkout") / "site"
    shutil.copytree(
        ROOT,
        target,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            "node_modules",
            ".dev-keys*",
            ".env",
            "*.sqlite3",
            "staticfiles",
            "media",
            "__pycache__",
            ".ruff_cache",
            ".pytest_cache",
            "tests",
            "bench",
        ),
    )
    return target


@pytest.mark.parametrize("onion", [None, "http://peoplefirstxyz.onion"])
def test_check_deploy_reports_no_issues(onion):
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", env=production_env(ONION_LOCATION=onion)
    )
    assert result.returncode == 0, result.stderr
    # The one silenced: security.W001, which does not know the site's SecurityMiddleware
    # subclass (people_first/checks.py checks its settings instead).
    assert result.stdout.strip() == "System check identified no issues (1 silenced)."


@pytest.mark.parametrize(
    ("setting", "issue"),
    [
        ({"SECURE_SSL_REDIRECT": "false"}, "security.W008"),
        ({"SECURE_HSTS_SECONDS": "0"}, "security.W004"),
    ],
)
def test_check_deploy_still_reports_a_weakened_security_middleware(setting, issue):
    result = manage("check", "--deploy", env=production_env(**setting))
    assert issue in result.stderr


@pytest.mark.parametrize("name", [*REQUIRED, "CACHE_URL"])
def test_production_refuses_to_start_without_a_secret(bare_checkout, name):
    result = manage("check", env=production_env(**{name: None}), cwd=bare_checkout)
    assert result.returncode != 0
    assert f"The environment variable {name} is not set (or {name}_FILE)" in result.stderr
    assert "Production refuses to start without it" in result.stderr


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SIGNERS_PRIVATE_KEY", PRIVATE_KEY, "SIGNERS_PRIVATE_KEY is in the server's environment"),
        (
            "SIGNERS_PRIVATE_KEY_FILE",
            "/run/secrets/signers-private.key",
            "SIGNERS_PRIVATE_KEY_FILE is in the server's environment",
        ),
        ("SIGNERS_PUBLIC_KEY", "not a key!", "SIGNERS_PUBLIC_KEY is not a public key"),
        ("SIGNERS_PUBLIC_KEY", base64.b64encode(bytes(16)).decode(), "SIGNERS_PUBLIC_KEY is not"),
        ("SIGNERS_PUBLIC_KEY", "ab" * 32, "SIGNERS_PUBLIC_KEY is not a public key"),  # hex
        ("EMAIL_HASH_SECRET", "hunter2", "EMAIL_HASH_SECRET is shorter than 32 bytes"),
        ("EMAIL_HASH_SECRET", "x" * 31, "EMAIL_HASH_SECRET is shorter than 32 bytes"),
    ],
)
def test_production_refuses_to_start_with_a_misplaced_or_malformed_key(
    bare_checkout, variable, value, message
):
    result = manage("check", env=production_env(**{variable: value}), cwd=bare_checkout)

    assert result.returncode != 0
    assert f"ImproperlyConfigured: {message}" in result.stderr


def test_production_refuses_a_cache_that_workers_do_not_share(bare_checkout):
    result = manage("check", env=production_env(CACHE_URL="locmemcache://"), cwd=bare_checkout)
    assert result.returncode != 0
    assert "CACHE_URL must point to Redis" in result.stderr


def test_the_bare_checkout_starts_with_every_secret(bare_checkout):
    result = manage("check", env=production_env(), cwd=bare_checkout)
    assert result.returncode == 0, result.stderr


def test_secrets_can_come_from_files(bare_checkout, tmp_path):
    """Docker secrets: SECRET_KEY_FILE and friends, trailing newline and all."""
    keys, _private = new_keys()
    env = production_env(**{name: None for name in REQUIRED})
    for name in REQUIRED:
        secret = tmp_path / name.lower()
        secret.write_text(keys[name] + "\n")
        env[f"{name}_FILE"] = str(secret)
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECRET_KEY, s.SIGNERS_PUBLIC_KEY, s.EMAIL_HASH_SECRET, "
        "','.join(s.FIELD_ENCRYPTION_KEYS), sep='|')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=bare_checkout,
        env={**env, "DJANGO_SETTINGS_MODULE": "people_first.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().split("|") == [keys[name] for name in REQUIRED]


def test_admins_for_error_emails_come_from_the_environment():
    env = production_env(ADMINS="ops@people-first.example, dev@people-first.example,")
    code = "from django.conf import settings; print(settings.ADMINS)"

    done = manage("shell", "--no-imports", "-c", code, env=env)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(
        [("", "ops@people-first.example"), ("", "dev@people-first.example")]
    )
