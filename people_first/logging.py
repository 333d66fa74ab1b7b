"""Keeps signers' addresses and tokens out of the logs."""

import logging
import re

EMAIL = re.compile(r"[^\s@<>\"'(),;:]+@[^\s@<>\"'(),;:]+")
TOKEN_PATH = re.compile(r"/(confirm|withdraw|resend)/[^/\s\"']+")


def redact(text):
    text = EMAIL.sub("[email]", text)
    return TOKEN_PATH.sub(r"/\1/[token]", text)


class RedactFilter(logging.Filter):
    def filter(self, record):
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True
