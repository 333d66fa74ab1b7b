"""Sending email from the task worker over a connection kept open between emails."""

import smtplib
import threading

from django.conf import settings
from django.core.mail import get_connection

# What a failed SMTP conversation raises: worth another try later.
SMTP_FAILURES = (smtplib.SMTPException, OSError)


class _Connection(threading.local):
    """Each worker thread's own SMTP connection."""

    key = None
    connection = None


_smtp = _Connection()


def send(message):
    """Send over this thread's SMTP connection, opened once and reused: opening one per
    email (TCP, EHLO, STARTTLS, AUTH) costs more than sending it. A connection the
    server has dropped meanwhile is reopened once; other failures go to the caller."""
    key = (settings.EMAIL_BACKEND, settings.EMAIL_HOST, settings.EMAIL_PORT)
    for retry in (False, True):
        if _smtp.connection is None or _smtp.key != key:
            close()
            _smtp.key, _smtp.connection = key, get_connection()
        message.connection = _smtp.connection
        try:
            # Opened here, Django's backend leaves it open after sending.
            message.connection.open()
            message.send()
            return
        except smtplib.SMTPServerDisconnected:
            close()
            if retry:
                raise
        except SMTP_FAILURES:
            close()
            raise


def close():
    connection, _smtp.connection = _smtp.connection, None
    if connection is not None:
        try:
            connection.close()
        except SMTP_FAILURES:
            pass  # already gone
