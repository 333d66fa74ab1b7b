"""The rules of signing, top to bottom.

1. sign      - store the submission, locked with a fresh link token, and queue its email,
               in one transaction: never one without the other. Every submission is
               stored and answered alike, whatever the state of its address: nothing is
               looked up, so neither the response nor its timing tells anything.
2. deliver   - the email worker's task: the per-address limit, then the one and only
               kind of email; the readable address is erased the moment the SMTP
               server has accepted it.
3. confirm   - the POST behind the link records exactly what that submission said (a
               first signature, or new choices for an existing one) and counts once.
4. withdraw  - the withdraw link removes the signature, or the submission before it is
               confirmed, and its count.
What staff and housekeeping do to signatures (invalidate, erase, anonymise, purge) is in
petitions/staff.py.

Why a submission never touches an earlier one: the first submission for an address
would otherwise decide what is published about it, and anybody can type anybody's
address. A link confirms its own submission's data, shown on the page before the button.
"""

import contextlib
import datetime
import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import timezone
from django_tasks import task

from people_first import crypto, mail, pagecache
from people_first.cache import count as counter

from . import counting, emails, privacy, tokens
from .lookups import petition_by_id
from .models import PendingSignature, Petition, Signature

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 12  # about a day and a half of retrying, from 5 s to 6 h apart


class PetitionClosed(Exception):
    """The petition takes no signatures (not open, or closed since)."""


class LinkBroken(Exception):
    """No submission or signature has this token (never had, used, withdrawn, purged)."""


class LinkExpired(Exception):
    """A genuine confirmation link, older than CONFIRMATION_DAYS."""


class EmailNotSent(Exception):
    """The email could not be sent and will not be tried again. Its message is only the
    class of what failed: the task row keeps it, and Django's address errors quote the
    address."""


@dataclass(frozen=True, kw_only=True)
class Signer:
    """What one submission says (the sign form's fields)."""

    name: str
    email: str
    country: str
    updates: bool
    public: bool
    language: str
    honeypot: str = ""  # a field people never see (hidden by CSS): only bots fill it


# --- 1. sign -----------------------------------------------------------------------------


def sign(petition: Petition, signer: Signer, *, site_url: str | None = None) -> None:
    """Store one submission and queue its confirmation email. `site_url` is where the
    emailed links point (the onion address for someone who signed there). A bot (the
    honeypot filled) gets the same answer and nothing is stored: it learns nothing to
    adapt to. Raises PetitionClosed."""
    if signer.honeypot:
        return
    if not petition.is_open():
        raise PetitionClosed
    token = tokens.new()
    address = signer.email.strip()
    details = {
        "name": signer.name,
        "email": address,
        "country": signer.country,
        "updates": signer.updates,
        "public": signer.public,
        "language": signer.language,
    }
    letter = {
        "to": address,
        "token": token,
        "language": signer.language,
        "site": site_url or settings.SITE_URL,
    }
    with transaction.atomic():
        pending = PendingSignature.objects.create(
            petition=petition,
            confirm_digest=tokens.digest(token),
            withdraw_digest=tokens.digest(tokens.withdraw_for(token)),
            details=crypto.lock_with_secret(token, details),
            domain_hash=privacy.domain_hash(address),
            outbox=json.dumps(letter),
        )
        deliver_confirmation.enqueue(pending_id=pending.pk)


# --- 2. deliver --------------------------------------------------------------------------


@task()
def deliver_confirmation(*, pending_id: int, attempt: int = 0) -> str:
    """Send a submission's confirmation email, or decide that it must not go."""
    try:
        return _deliver(pending_id, attempt)
    except EmailNotSent as exc:
        failure = exc
    except Exception as exc:
        failure = EmailNotSent(type(exc).__name__)
    # Raised outside the handlers: the task row's traceback holds no earlier exception,
    # whose message might quote the address.
    with contextlib.suppress(DatabaseError):
        _erase_outbox(pending_id)
    raise failure from None


def _deliver(pending_id: int, attempt: int) -> str:
    pending = (
        PendingSignature.objects.only("petition_id", "outbox")
        .annotate(queued=ExpressionWrapper(Q(outbox__isnull=False), BooleanField()))
        .filter(pk=pending_id)
        .first()
    )
    if pending is None:
        return "withdrawn or purged"
    if not pending.queued:
        return "sent already"  # a worker died after sending, before marking the task done
    if pending.outbox is None:
        logger.error("Confirmation %s: no configured key opens its address", pending_id)
        return "undecryptable"
    letter = json.loads(pending.outbox)
    petition = petition_by_id(pending.petition_id)
    if petition is None or not petition.is_open():
        PendingSignature.objects.filter(pk=pending_id).delete()
        return "petition closed"
    if attempt == 0 and not within_address_limit(letter["to"]):
        PendingSignature.objects.filter(pk=pending_id).delete()
        return "over the address limit"
    try:
        mail.send(emails.confirmation(petition, letter))
    except mail.SMTP_FAILURES as exc:
        failure = type(exc).__name__
        if attempt + 1 >= MAX_ATTEMPTS:
            raise EmailNotSent(f"{failure} after {MAX_ATTEMPTS} attempts") from None
        delay = backoff(attempt)
        logger.warning(
            "SMTP failed (%s); confirmation %s retried in %s", failure, pending_id, delay
        )
        deliver_confirmation.using(run_after=timezone.now() + delay).enqueue(
            pending_id=pending_id, attempt=attempt + 1
        )
        return "retry"
    _erase_outbox(pending_id)
    return "sent"


def _erase_outbox(pending_id: int) -> None:
    """From now on only the emailed link can read this submission; a new email needs a
    new submission (which brings the address again)."""
    PendingSignature.objects.filter(pk=pending_id).update(outbox=None)


def backoff(attempt: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=min(5 * 3**attempt, 6 * 3600))


def within_address_limit(address: str) -> bool:
    """At most SIGN_EMAIL_RATE_LIMIT emails per inbox and period (e.g. "5/h"), so that
    nobody can flood someone's inbox by signing in their name. Applied here, in the
    worker, and not in the sign request: a request refused for its address would tell
    that someone used the address lately."""
    limit, seconds = parse_rate(settings.SIGN_EMAIL_RATE_LIMIT)
    return counter(cache, f"sign-address:{privacy.email_hash(address)}", seconds) <= limit


_RATE = re.compile(r"(\d+)/(\d*)([smhd])")
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """ "5/h" -> (5, 3600); "10/15m" -> (10, 900): django-ratelimit's notation."""
    match = _RATE.fullmatch(rate)
    if match is None:
        raise ValueError(f"{rate!r} is not a rate such as '5/h'")
    count, multiple, unit = match.groups()
    return int(count), int(multiple or 1) * _UNIT[unit]


# --- 3. confirm --------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Submission:
    """What a confirmation link will record, shown before the button."""

    petition: Petition | None
    name: str
    email: str
    country: str
    updates: bool
    public: bool  # what the signer ticked
    public_name: str | None  # what will be shown, if public
    public_refused: bool  # ticked, but the name cannot be shown (see public_name())
    language: str


# A first name that would publish an address, a phone number or a web address.
_NOT_A_NAME = re.compile(r"@|\d|://|www\.|\.[a-z]{2,}\b")


def public_name(name: str) -> str | None:
    """The first word of the name, as the public list shows it, or None when it cannot
    be shown (an "@", digits or a web address: the signature still counts)."""
    first = name.split()[0][:60] if name.split() else ""
    if not first or _NOT_A_NAME.search(first):
        return None
    return first


def read_submission(token: str) -> Submission:
    """The submission a confirmation link belongs to; raises LinkBroken or LinkExpired."""
    pending, details = _find_pending(token)
    return _submission(pending, details)


def _find_pending(
    token: str, *, for_update: bool = False
) -> tuple[PendingSignature, dict[str, Any]]:
    if not tokens.well_formed(token):
        raise LinkBroken
    found = PendingSignature.objects.filter(confirm_digest=tokens.digest(token))
    pending = (found.select_for_update() if for_update else found).first()
    if pending is None:
        raise LinkBroken
    if tokens.expired(pending.created_at):
        raise LinkExpired
    details = crypto.open_with_secret(token, pending.details)
    if details is None:
        raise LinkBroken
    return pending, details


def _submission(pending: PendingSignature, details: dict[str, Any]) -> Submission:
    shown = public_name(details["name"])
    return Submission(
        petition=petition_by_id(pending.petition_id),
        name=details["name"],
        email=details["email"],
        country=details["country"],
        updates=details["updates"],
        public=details["public"],
        public_name=shown if details["public"] else None,
        public_refused=details["public"] and shown is None,
        language=details["language"],
    )


@dataclass(frozen=True)
class Confirmed:
    signature: Signature
    withdraw_token: str


def confirm(token: str, *, public: bool = True) -> Confirmed:
    """Record what this link's submission says and count it once. `public=False` is the
    signer unticking "show my name" on the confirmation page (they cannot tick it there).
    Raises LinkBroken, LinkExpired or PetitionClosed (a closed petition's count is final).
    """
    with transaction.atomic():
        pending, details = _find_pending(token, for_update=True)
        submission = _submission(pending, details)
        petition = submission.petition
        if petition is None or not petition.is_open():
            raise PetitionClosed
        shown = submission.public_name if public else None
        fields = {
            "domain_hash": pending.domain_hash,
            "sealed_identity": crypto.seal(
                {
                    "name": submission.name,
                    "email": submission.email,
                    "country": submission.country,
                    "updates": submission.updates,
                    "public": shown is not None,
                    "confirmed_on": counting.utc_today().isoformat(),
                    "petition": petition.slug,
                }
            ),
            "public_name": shown,
            "country": submission.country,
            "language": submission.language,
            "withdraw_digest": pending.withdraw_digest,
        }
        signature = _record(petition, privacy.email_hash(submission.email), fields)
        pending.delete()
    return Confirmed(signature, tokens.withdraw_for(token))


_INSERT = """
INSERT INTO petitions_signature
    (petition_id, email_hash, domain_hash, sealed_identity, public_name, country, language,
     withdraw_digest, confirmed_on)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (petition_id, email_hash) DO NOTHING
RETURNING id
"""


def _record(petition: Petition, email_hash: str, fields: dict[str, Any]) -> Signature:
    """A new signature counts once; an existing one takes this submission's choices
    (and moves its count if the country changed) but is not counted again."""
    today = counting.utc_today()
    with connection.cursor() as cursor:
        # One round trip for the common case, and no savepoint: a concurrent confirmation
        # for the same address makes this one update instead of failing.
        cursor.execute(
            _INSERT,
            [
                petition.pk,
                email_hash,
                *(fields[name] for name in _INSERT_FIELDS),
                today,
            ],
        )
        row = cursor.fetchone()
    if row is not None:
        signature = Signature(pk=row[0], petition=petition, email_hash=email_hash, **fields)
        signature.confirmed_on = today
        _count(signature, +1)
        return signature
    signature = Signature.objects.select_for_update().get(petition=petition, email_hash=email_hash)
    before = (signature.country, signature.public_name)
    for name, value in fields.items():
        setattr(signature, name, value)
    signature.save(update_fields=list(fields))
    if signature.counts and before[0] != signature.country:
        _count(signature, -1, country=before[0])
        _count(signature, +1)
    if before[1] != signature.public_name:
        public_list_changed()
    return signature


_INSERT_FIELDS = [
    "domain_hash",
    "sealed_identity",
    "public_name",
    "country",
    "language",
    "withdraw_digest",
]


def _count(signature: Signature, delta: int, *, country: str | None = None) -> None:
    counting.add(
        petition_id=signature.petition_id,
        signature_id=signature.pk,
        country=country or signature.country,
        day=signature.confirmed_on,
        delta=delta,
    )


def public_list_changed() -> None:
    """A name left or changed in a public list (here, or by staff: staff.py): every
    process renders its pages anew (within pagecache.VERSION_SECONDS), not only those
    whose count moved."""
    transaction.on_commit(pagecache.bump)


# --- 4. withdraw -------------------------------------------------------------------------


def withdrawable(token: str) -> Petition | None:
    """The petition that a withdraw link's signature or submission belongs to (for the
    page with the button), or None."""
    if not tokens.well_formed(token):
        return None
    digest = tokens.digest(token)
    for model in (Signature, PendingSignature):
        petition_id = (
            model.objects.filter(withdraw_digest=digest)
            .values_list("petition_id", flat=True)
            .first()
        )
        if petition_id is not None:
            return petition_by_id(petition_id)
    return None


def signature_for_thanks(token: str) -> Signature | None:
    """The confirmed signature a withdraw token belongs to, or None."""
    if not tokens.well_formed(token):
        return None
    return (
        Signature.objects.select_related("petition")
        .filter(withdraw_digest=tokens.digest(token))
        .first()
    )


def withdraw(token: str) -> Petition | None:
    """Delete the signature (and its count) or the unconfirmed submission this withdraw
    link belongs to. Returns the petition, or None when there is nothing to withdraw."""
    if not tokens.well_formed(token):
        return None
    digest = tokens.digest(token)
    with transaction.atomic():
        signature = (
            Signature.objects.select_for_update()
            .select_related("petition")
            .filter(withdraw_digest=digest)
            .first()
        )
        if signature is not None:
            if signature.counts:
                _count(signature, -1)
            if signature.public_name:
                public_list_changed()
            signature.delete()
            return signature.petition
        pending = PendingSignature.objects.filter(withdraw_digest=digest).first()
        if pending is not None:
            pending.delete()
            return petition_by_id(pending.petition_id)
    return None
