"""Signatures made through the real rules, and helpers to read the emails they send."""

import json
import re
from urllib.parse import urlsplit

from petitions import privacy, rules
from petitions.models import PendingSignature, Signature


def signer(email="olena@example.org", *, name="Olena Kovalenko", country="UA", **extra):
    fields = {"updates": False, "public": False, "language": "en", **extra}
    return rules.Signer(name=name, email=email, country=country, **fields)


def submit(petition, email="olena@example.org", **extra):
    """Sign as the form does; returns the new submission's confirmation token, read from
    its queued email as the worker would (before the email goes, nothing else has it)."""
    rules.sign(petition, signer(email, **extra))
    pending = PendingSignature.objects.filter(petition=petition).latest("pk")
    return json.loads(pending.outbox)["token"]


def confirmed(petition, email="olena@example.org", **extra):
    """A confirmed signature, through the real rules."""
    rules.confirm(submit(petition, email, **extra))
    return signature_of(petition, email)


def signature_of(petition, email):
    return Signature.objects.filter(petition=petition, email_hash=privacy.email_hash(email)).first()


def links(text):
    return re.findall(r"https?://\S+", text)


def link_to(message_text, part):
    """The path of the first link in an email whose path contains `part` (e.g. /confirm/)."""
    for url in links(message_text):
        if part in url:
            return urlsplit(url).path
    raise AssertionError(f"no {part} link in the email")


def token_in(path):
    """The token of a link path such as /en/confirm/<token>/."""
    return path.rstrip("/").rsplit("/", 1)[1]
