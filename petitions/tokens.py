"""The tokens in emailed links: making them, reading them, their lifetime.

A token is 32 random bytes in URL-safe base64 (43 characters): it holds no signature id
and no time, so an access log that records a link (gunicorn, a proxy, a CDN) ties an IP
address to nothing in the database. The database keeps only each token's SHA-256
digest, to find its row; a 256-bit random token needs no slower hash or key.

Each submission gets one confirmation token. Its withdraw token is derived from it
(HMAC), so the server can give the signer the withdraw link on the thank-you page
without ever storing a token that opens anything.
"""

import base64
import datetime
import hashlib
import hmac
import re
import secrets

from django.conf import settings
from django.utils import timezone

TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")


def new() -> str:
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    """What the database stores to find a token's row."""
    return hashlib.sha256(token.encode()).hexdigest()


def withdraw_for(confirm_token: str) -> str:
    """The withdraw token that belongs to a confirmation token."""
    mac = hmac.new(confirm_token.encode(), b"withdraw", hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def well_formed(token: str) -> bool:
    """Whether `token` could be one of ours (anything else is refused before a query)."""
    return bool(TOKEN.fullmatch(token))


def expired(created_at: datetime.datetime, now: datetime.datetime | None = None) -> bool:
    """Whether a confirmation link made at `created_at` has expired (CONFIRMATION_DAYS)."""
    now = now or timezone.now()
    return created_at < now - datetime.timedelta(days=settings.CONFIRMATION_DAYS)
