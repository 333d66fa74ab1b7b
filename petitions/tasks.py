"""Background email tasks (django-tasks; database backend in production).

The task arguments carry the address only as a Fernet token, never in plain text, and
are scrubbed once the email is sent (signals.py). SMTP failures re-enqueue the email
with a growing delay; a worker killed mid-task leaves its task "running", and the
worker's recovery loop (management/commands/db_worker.py) runs it again.
"""

import datetime
import logging
import smtplib
import threading

from django.conf import settings
from django.core.mail import get_connection
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 12  # about a day and a half of retrying, from 5 s to 6 h apart


class EmailNotSent(Exception):
    """SMTP kept failing: given up (the task row shows FAILED)."""


def backoff(attempt):
    return datetime.timedelta(seconds=min(5 * 3**attempt, 6 * 3600))


class _Connection(threading.local):
    """Each worker thread's own SMTP connection."""

    key = None
    connection = None


_smtp = _Connection()


def _send(message):
    """Send over this worker's SMTP connection, opened once and reused: opening one per
    email (TCP, EHLO, STARTTLS, AUTH) costs more than sending it. A connection the
    server has dropped meanwhile is reopened once; other failures go to the caller."""
    key = (settings.EMAIL_BACKEND, settings.EMAIL_HOST, settings.EMAIL_PORT)
    for retry in (False, True):
        if _smtp.connection is None or _smtp.key != key:
            _close()
            _smtp.key, _smtp.connection = key, get_connection()
        message.connection = _smtp.connection
        try:
            # Opened here, Django's backend leaves it open after sending.
            message.connection.open()
            message.send()
            return
        except smtplib.SMTPServerDisconnected:
            _close()
            if retry:
                raise
        except (smtplib.SMTPException, OSError):
            _close()
            raise


def _close():
    connection, _smtp.connection = _smtp.connection, None
    if connection is not None:
        try:
            connection.close()
        except (smtplib.SMTPException, OSError):
            pass  # already gone


@task()
def send_signature_email(signature_id, encrypted_email, kind, language, attempt=0):
    from . import emails, privacy
    from .models import Signature
    from .pages import petition_by_id

    # Only the columns needed, and the petition from this process's memo: the worker's
    # time per email is CPU, and a full row with the petition's columns costs ~1 ms.
    signature = (
        Signature.objects.only("petition_id", "confirmed_at", "invalidated_at", "email_encrypted")
        .filter(pk=signature_id)
        .first()
    )
    if signature is None:
        return "withdrawn"
    signature.petition = petition_by_id(signature.petition_id)
    if signature.invalidated_at is not None:
        return "invalidated"
    if kind == "confirm" and signature.confirmed_at is not None:
        return "already confirmed"
    # A confirmation email reads the address from the pending signature; an "already
    # signed" one carries it encrypted (the confirmed signature no longer has it).
    address = privacy.decrypt(encrypted_email or signature.email_encrypted or "")
    if address is None:
        logger.error("Signature email %s: the address cannot be decrypted", signature_id)
        return "undecryptable"
    message = emails.signature_email(kind, signature, address, language)
    try:
        _send(message)
    except (smtplib.SMTPException, OSError) as exc:
        # Only the exception's class: its text may hold the address (e.g. a refused
        # recipient), and the task row keeps what a failure raises.
        failure = type(exc).__name__
        if attempt + 1 >= MAX_ATTEMPTS:
            raise EmailNotSent(f"{failure} after {MAX_ATTEMPTS} attempts") from None
        delay = backoff(attempt)
        logger.warning("SMTP failed (%s); email %s retried in %s", failure, signature_id, delay)
        send_signature_email.using(run_after=timezone.now() + delay).enqueue(
            signature_id, encrypted_email, kind, language, attempt + 1
        )
        return "retry"
    return "sent"
