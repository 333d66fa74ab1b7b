"""Keeps signers' addresses and link tokens out of the logs and error reports.

`RedactFilter` sits on the console handler and on the error-mail handler
(settings.LOGGING): it rewrites each record's message and traceback before any handler
formats it. `ReporterFilter` is Django's exception reporter filter made stricter, and
`Reporter` redacts the whole error report, for the reports mailed to ADMINS (none by
default): a report names the request's URL, which may hold a link token.
"""

import logging
import re

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

# Each pattern starts only where a run of its characters starts (the look-behind), so a
# long run without a match costs linear time, not quadratic.
_ADDRESS_CHAR = r"[^\s@<>\"'(),;:\[\]]"
EMAIL = re.compile(rf"(?<!{_ADDRESS_CHAR}){_ADDRESS_CHAR}+@{_ADDRESS_CHAR}+")
# The emailed links: /confirm/<token>/, /confirm/<token>/new-link/, /thanks/<token>/,
# /withdraw/<token>/.
TOKEN_PATH = re.compile(r"/(confirm|withdraw|resend|thanks)/[^/\s\"'?#]+")
# A value signed by django.core.signing, wherever it appears: "<value>[:<timestamp>]:"
# followed by a 43-character URL-safe base64 HMAC-SHA256.
SIGNED_VALUE = re.compile(r"(?<![\w.:-])[\w.:-]*:[\w-]{43}(?![\w-])")
# A link token (petitions/tokens.py) on its own: 32 bytes in URL-safe base64.
LINK_TOKEN = re.compile(r"(?<![\w-])[A-Za-z0-9_-]{43}(?![\w-])")


def redact(text):
    text = EMAIL.sub("[email]", text)
    text = TOKEN_PATH.sub(r"/\1/[token]", text)
    text = SIGNED_VALUE.sub("[token]", text)
    return LINK_TOKEN.sub("[token]", text)


class RedactFilter(logging.Filter):
    def filter(self, record):
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class ReporterFilter(SafeExceptionReporterFilter):
    """With DEBUG off (when Django's filter is active), error reports show no POST value
    and no local variable: the sign form and the signing code carry names and addresses.
    Header values are redacted like log lines (a Referer may hold a link token)."""

    def get_post_parameters(self, request):
        if request is None or not self.is_active(request):
            return super().get_post_parameters(request)
        cleansed = request.POST.copy()
        for name in cleansed:
            cleansed[name] = self.cleansed_substitute
        return cleansed

    def get_traceback_frame_variables(self, request, tb_frame):
        variables = super().get_traceback_frame_variables(request, tb_frame)
        if not self.is_active(request):
            return variables
        return [(name, self.cleansed_substitute) for name, _value in variables]

    # Where a request names its client's address: the privacy notice promises no IP
    # address in anything the server keeps, error reports included.
    CLIENT_ADDRESS_KEYS = {
        "REMOTE_ADDR",
        "HTTP_X_FORWARDED_FOR",
        "HTTP_X_REAL_IP",
        "HTTP_FORWARDED",
        "HTTP_CF_CONNECTING_IP",
        "HTTP_TRUE_CLIENT_IP",
    }

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        if not self.is_active(request):
            return meta
        return {
            name: self.cleansed_substitute
            if name in self.CLIENT_ADDRESS_KEYS
            else redact(str(value))
            for name, value in meta.items()
        }

    def get_safe_cookies(self, request):
        """Every cookie's value hidden, not only those Django knows to be secret (the
        session, the CSRF token): a cookie set by a proxy, a CDN or a partner's script
        can carry anything, and a report mailed to ADMINS is read outside the server."""
        cookies = super().get_safe_cookies(request)
        if not self.is_active(request):
            return cookies
        return {name: self.cleansed_substitute for name in cookies}


class Reporter(ExceptionReporter):
    """The error report, redacted as a whole: its URL line, the exception's message and
    anything else the filter above does not reach."""

    def get_traceback_text(self):
        return redact(super().get_traceback_text())

    def get_traceback_html(self):
        return redact(super().get_traceback_html())
