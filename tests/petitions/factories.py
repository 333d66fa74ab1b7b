"""Signatures made through the real rules, and helpers to read the emails they send."""

import re
from urllib.parse import urlsplit

from petitions import signing as rules
from petitions.models import Signature


def signer(email="olena@example.org", *, name="Olena Kovalenko", country="UA", **extra):
    fields = {"updates": False, "public": False, "language": "en", **extra}
    return rules.Signer(name=name, email=email, country=country, **fields)


def pending(petition, email="olena@example.org", **extra):
    rules.sign(petition, signer(email, **extra))
    return Signature.objects.get(petition=petition, email_hash=_hash(email))


def confirmed(petition, email="olena@example.org", **extra):
    signature = pending(petition, email, **extra)
    rules.confirm(signature.pk)
    signature.refresh_from_db()
    return signature


def _hash(email):
    from petitions import privacy

    return privacy.email_hash(email)


def links(text):
    return re.findall(r"https?://\S+", text)


def link_to(message_text, part):
    """The path of the first link in an email whose path contains `part` (e.g. /confirm/)."""
    for url in links(message_text):
        if part in url:
            return urlsplit(url).path
    raise AssertionError(f"no {part} link in the email")


def confirm_token_from(signature, *, days_ago):
    """A confirmation token as it was made `days_ago` days ago (time travel, no sleep)."""
    import time

    from django.core import signing

    class PastSigner(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time() - days_ago * 86400))

    return PastSigner(salt=rules.CONFIRM_SALT).sign(str(signature.pk))
