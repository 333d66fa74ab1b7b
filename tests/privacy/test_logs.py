"""Emails and link tokens never reach the logs, whatever happens on the way."""

import io
import logging
import socket
import sys
from unittest import mock

import pytest
from aiosmtpd.controller import Controller
from django.test import Client
from django.views.debug import ExceptionReporter

from people_first.logging import RedactFilter, redact
from petitions import rules, tokens
from tests.campaign.conftest import endorse_data
from tests.petitions.factories import submit

from .conftest import confirm_by_email, confirm_path, sign

ADDRESS = "olena.kovalenko@example.org"


@pytest.fixture
def console(caplog):
    """The console handler of settings.LOGGING, writing into a buffer; every logger at
    DEBUG, django.request included (its 404 warnings are normally dropped)."""
    (handler,) = [
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, RedactFilter) for f in h.filters)
    ]
    buffer = io.StringIO()
    previous = handler.setStream(buffer)
    handler.setLevel(logging.DEBUG)
    # aiosmtpd's own log ("mail.log") names the recipients: it must come out redacted,
    # whatever level another test left that logger at.
    with (
        caplog.at_level(logging.DEBUG),
        caplog.at_level(logging.DEBUG, logger="django.request"),
        caplog.at_level(logging.DEBUG, logger="mail.log"),
    ):
        yield buffer
    handler.setStream(previous)


def assert_clean(text, *secrets):
    for secret in secrets:
        assert secret not in text
        for part in secret.split(":"):
            assert len(part) < 20 or part not in text
    assert "olena.kovalenko" not in text


def test_signing_and_confirming_log_no_address_and_no_token(
    client, petition, smtp, run_tasks, console, caplog
):
    sign(client, email=ADDRESS, name="Olena Kovalenko")
    run_tasks()
    confirm_by_email(client, smtp, ADDRESS)
    token = confirm_path(smtp, ADDRESS).split("/")[3]
    withdraw = tokens.withdraw_for(token)

    # A confirmation link used already, of a signature withdrawn meanwhile: 404s.
    rules.withdraw(withdraw)
    assert client.post(f"/en/confirm/{token}/").status_code == 404
    assert client.get(f"/en/thanks/{withdraw}/").status_code == 404
    assert client.get(f"/en/withdraw/{withdraw}/").status_code == 404

    output = console.getvalue()
    assert "Not Found: /en/confirm/[token]/" in output
    assert "Not Found: /en/thanks/[token]/" in output
    assert "Not Found: /en/withdraw/[token]/" in output
    assert any(r.name == "django.request" for r in caplog.records)
    assert_clean(output, ADDRESS, token, withdraw)
    assert_clean(caplog.text, ADDRESS, token, withdraw)


def test_a_server_error_on_a_confirm_link_logs_no_address_and_no_token(client, petition, console):
    token = submit(petition, ADDRESS)
    failure = RuntimeError(f"could not confirm {ADDRESS} with {token}")

    with mock.patch("petitions.rules.confirm", side_effect=failure):
        response = Client(raise_request_exception=False).post(f"/en/confirm/{token}/")

    assert response.status_code == 500
    output = console.getvalue()
    assert "Internal Server Error: /en/confirm/[token]/" in output
    assert "Traceback" in output
    assert "RuntimeError: could not confirm [email] with [token]" in output
    assert_clean(output, ADDRESS, token)


class Refusing:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        return f"550 5.1.1 <{address}>: mailbox unavailable"


@pytest.fixture
def refusing_smtp(settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Refusing(), hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield
    controller.stop()


def test_a_refused_email_logs_no_address(client, petition, refusing_smtp, run_tasks, console):
    sign(client, email=ADDRESS)
    run_tasks()
    output = console.getvalue()
    assert "SMTP failed" in output
    assert "[email]" in output
    assert_clean(output, ADDRESS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to <Olena@Example.org>", "to <[email]>"),
        ("{'olena@example.org': (550, b'no')}", "{'[email]': (550, b'no')}"),
        (
            "GET /uk/confirm/12:1vAbC:" + "x" * 43 + "/new-link/",
            "GET /uk/confirm/[token]/new-link/",
        ),
        ("token=5:" + "y" * 43 + " end", "token=[token] end"),
        ("with Ab-_" + "y" * 39 + ".", "with [token]."),
        ("nothing to hide here: 42", "nothing to hide here: 42"),
    ],
)
def test_redact_hides_addresses_and_signed_tokens(text, expected):
    assert redact(text) == expected


def test_an_error_report_shows_no_posted_value_nor_local_variable(rf, settings):
    settings.DEBUG = False
    request = rf.post(
        "/en/petitions/people-first/sign/",
        {"name": "Olena Kovalenko", "email": ADDRESS},
        HTTP_REFERER=f"http://testserver/en/thanks/5:{'z' * 43}/",
    )

    def sign_up(address):
        raise ValueError("the database is gone")

    try:
        sign_up(ADDRESS)
    except ValueError:
        report = ExceptionReporter(request, *sys.exc_info()).get_traceback_text()

    assert "the database is gone" in report
    assert "********************" in report
    assert "Kovalenko" not in report
    assert_clean(report, ADDRESS, "z" * 43)


def test_an_error_mailed_to_admins_shows_no_address_and_no_token(
    client, petition, settings, mailoutbox
):
    settings.ADMINS = [("Operations", "ops@people-first.example")]
    token = submit(petition, ADDRESS)
    failure = RuntimeError(f"could not confirm {ADDRESS} with {token}")

    with mock.patch("petitions.rules.confirm", side_effect=failure):
        response = Client(raise_request_exception=False).post(
            f"/en/confirm/{token}/",
            REMOTE_ADDR="198.51.100.23",
            HTTP_X_FORWARDED_FOR="203.0.113.77, 198.51.100.23",
        )

    assert response.status_code == 500
    (report,) = [m for m in mailoutbox if m.to == ["ops@people-first.example"]]
    assert "/en/confirm/[token]/" in report.subject
    assert "RuntimeError" in report.body
    for text in (report.subject, report.body, *(a[0] for a in report.alternatives)):
        assert_clean(text, ADDRESS, token)
        # No client address either: the privacy notice promises none is kept.
        assert "198.51.100.23" not in text and "203.0.113.77" not in text


def test_an_error_mailed_to_admins_shows_no_cookie_value(db, settings, mailoutbox):
    """Issue 10, attack 8: every cookie is hidden, not only the names Django knows."""
    settings.ADMINS = [("Operations", "ops@people-first.example")]
    cookies = {
        "sessionid": "s3ss10nSecretValue0001",
        "csrftoken": "csrfSecretValue0000000000000002",
        "anything": "partnerTrackingValue0003",
        "cf_clearance": "cdnClearanceValue0004",
    }
    client = Client(raise_request_exception=False)
    for name, value in cookies.items():
        client.cookies[name] = value

    with mock.patch(
        "campaign.services.request_endorsement", side_effect=RuntimeError("storage is gone")
    ):
        response = client.post(
            "/en/endorse/", endorse_data(), HTTP_X_CSRFTOKEN=cookies["csrftoken"]
        )

    assert response.status_code == 500
    (report,) = [m for m in mailoutbox if m.to == ["ops@people-first.example"]]
    assert "RuntimeError" in report.body
    for name in cookies:
        assert f"{name} = '********************'" in report.body
    for text in (report.subject, report.body, *(a[0] for a in report.alternatives)):
        for value in cookies.values():
            assert value not in text
