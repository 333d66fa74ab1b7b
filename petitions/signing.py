"""The rules of signing, top to bottom.

1. sign      - store a pending signature (or find the existing one) and enqueue its email,
               in one transaction: there is never a signature without its email, nor the
               reverse. A repeat answers the same as a first signature.
2. confirm   - the POST behind the emailed link: count once, erase the readable address.
3. withdraw  - remove the signature and its count.
Staff and housekeeping: invalidate, erase_address, anonymise_petition, purge_unconfirmed.

Tokens in links are signed by Django (`django.core.signing`, keyed by SECRET_KEY), so no
token is stored at all; the confirmation token expires after CONFIRMATION_DAYS.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from . import counting, privacy
from .models import Petition, Signature
from .tasks import send_signature_email

CONFIRM_SALT = "petitions.confirm"
WITHDRAW_SALT = "petitions.withdraw"
RESENDS_PER_DAY = 3


@dataclass(frozen=True, kw_only=True)
class Signer:
    name: str
    email: str
    country: str
    updates: bool
    public: bool
    language: str


# --- 1. sign -----------------------------------------------------------------------------


def sign(petition: Petition, signer: Signer) -> None:
    """Sign `petition`. Whatever the state of an earlier signature, the caller answers the
    same ("check your inbox"), so nobody learns whether an address has signed."""
    address_hash = privacy.email_hash(signer.email)
    try:
        with transaction.atomic():
            signature = _insert(petition, signer, address_hash)
            # The pending signature holds the (encrypted) address: the task reads it
            # there, so its own row never holds the address at all.
            send_signature_email.enqueue(signature.pk, None, "confirm", signer.language)
        return
    except IntegrityError:
        # The unique constraint on (petition, email_hash) refused a repeat, possibly one
        # submitted at the same moment. Inserting first and looking up only on a repeat
        # spares the common case a savepoint (two round trips to the database).
        if not Signature.objects.filter(petition=petition, email_hash=address_hash).exists():
            raise
    _signed_again(petition, signer, address_hash)


def _insert(petition, signer, address_hash):
    identity = {
        "name": signer.name,
        "email": signer.email.strip(),
        "country": signer.country,
        "updates": signer.updates,
        "public": signer.public,
        "signed_at": timezone.now().isoformat(),
        "petition": petition.slug,
    }
    return Signature.objects.create(
        petition=petition,
        email_hash=address_hash,
        email_domain=privacy.email_domain(signer.email),
        email_encrypted=privacy.encrypt(signer.email.strip()),
        sealed_identity=privacy.seal(identity),
        public_name=first_name(signer.name) if signer.public else None,
        country=signer.country,
        language=signer.language,
    )


def _signed_again(petition, signer, address_hash):
    """A repeat: a new link for a pending signature, a note for a confirmed one (at most
    RESENDS_PER_DAY a day), nothing for one staff marked as abuse."""
    with transaction.atomic():
        signature = Signature.objects.get(petition=petition, email_hash=address_hash)
        if signature.invalidated_at is not None or not _may_resend(petition, address_hash):
            return
        if signature.confirmed_at is None:
            send_signature_email.enqueue(signature.pk, None, "confirm", signer.language)
        else:
            send_signature_email.enqueue(
                signature.pk, privacy.encrypt(signer.email), "already-signed", signer.language
            )


def first_name(name):
    return name.split()[0][:60]


def _may_resend(petition, address_hash):
    key = f"resend:{petition.pk}:{address_hash}"
    cache.add(key, 0, timeout=24 * 3600)
    return (cache.incr(key) or 0) <= RESENDS_PER_DAY


def confirm_token(signature):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(signature.pk))


def withdraw_token(signature):
    return signing.Signer(salt=WITHDRAW_SALT).sign(str(signature.pk))


class Expired(Exception):
    """A genuine confirmation link, too old; carries the signature id for a new email."""

    def __init__(self, signature_id):
        self.signature_id = signature_id


def signature_id_from_confirm_token(token):
    """The id in a confirmation token. Raises Expired, or signing.BadSignature."""
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    try:
        return int(
            signer.unsign(token, max_age=datetime.timedelta(days=settings.CONFIRMATION_DAYS))
        )
    except signing.SignatureExpired:
        raise Expired(int(signer.unsign(token))) from None


def signature_id_from_withdraw_token(token):
    return int(signing.Signer(salt=WITHDRAW_SALT).unsign(token))


def resend_confirmation(signature_id):
    """A new link for a pending signature whose link expired (limited like re-signing)."""
    with transaction.atomic():
        signature = Signature.objects.filter(pk=signature_id, confirmed_at__isnull=True).first()
        if signature is None or not signature.email_encrypted:
            return
        if not _may_resend(signature.petition, signature.email_hash):
            return
        send_signature_email.enqueue(signature.pk, None, "confirm", signature.language)


# --- 2. confirm --------------------------------------------------------------------------


def confirm(signature_id):
    """Confirm once; repeats are harmless. Returns the signature, or None if it is gone."""
    with transaction.atomic():
        signature = Signature.objects.select_for_update().filter(pk=signature_id).first()
        if signature is None or signature.confirmed_at is not None:
            return signature
        signature.confirmed_at = timezone.now()
        signature.email_encrypted = None  # the server needs the address no more
        signature.save(update_fields=["confirmed_at", "email_encrypted"])
        if signature.invalidated_at is None:
            _count(signature, +1)
    return signature


def _count(signature, delta):
    counting.add(
        petition_id=signature.petition_id,
        signature_id=signature.pk,
        country=signature.country,
        day=counting.utc_day(signature.confirmed_at),
        delta=delta,
    )


# --- 3. withdraw -------------------------------------------------------------------------


def withdraw(signature_id):
    """Delete the signature and take it off the count. Returns the petition, or None."""
    with transaction.atomic():
        signature = (
            Signature.objects.select_for_update()
            .select_related("petition")
            .filter(pk=signature_id)
            .first()
        )
        if signature is None:
            return None
        if signature.counts:
            _count(signature, -1)
        signature.delete()
    return signature.petition


# --- Staff and housekeeping --------------------------------------------------------------


def invalidate(signatures):
    """Mark signatures as invalid (abuse); counts follow. Returns how many changed."""
    with transaction.atomic():
        rows = list(
            signatures.select_for_update()
            .filter(invalidated_at__isnull=True)
            .values_list("pk", "petition_id", "country", "confirmed_at")
        )
        Signature.objects.filter(pk__in=[row[0] for row in rows]).update(
            invalidated_at=timezone.now(), email_encrypted=None
        )
        _uncount_many(rows)
    return len(rows)


def invalidate_domain(domain):
    return invalidate(Signature.objects.filter(email_domain=domain.strip().casefold()))


def _uncount_many(rows):
    """Take [(pk, petition_id, country, confirmed_at)] off the counts (pending ones never
    counted)."""
    counting.add_many(
        (petition_id, pk, country, counting.utc_day(confirmed_at), -1)
        for pk, petition_id, country, confirmed_at in rows
        if confirmed_at is not None
    )


def erase_address(email):
    """Delete every signature of one address, on every petition; returns how many."""
    address_hash = privacy.email_hash(email)
    with transaction.atomic():
        signatures = Signature.objects.select_for_update().filter(email_hash=address_hash)
        rows = [(s.pk, s.petition_id, s.country, s.confirmed_at) for s in signatures if s.counts]
        _uncount_many(rows)
        deleted, _ = Signature.objects.filter(email_hash=address_hash).delete()
    return deleted


def anonymise_petition(petition, *, dry_run=False):
    """Remove all personal data of a closed petition; its counts and tallies stay."""
    if petition.is_open():
        raise ValueError("The petition is still open; close it first.")
    with transaction.atomic():
        pending = Signature.objects.filter(petition=petition, confirmed_at__isnull=True)
        confirmed = Signature.objects.filter(petition=petition, confirmed_at__isnull=False)
        result = {"deleted_pending": pending.count(), "anonymised": confirmed.count()}
        if dry_run:
            return result
        pending.delete()
        # The keyed hash still answers "did this address sign?": replace it with
        # "anon-<id>", which keeps the unique constraint, links to nobody and can never
        # equal an HMAC (64 hex digits).
        confirmed.update(
            email_hash=Concat(
                Value("anon-"), Cast("pk", output_field=CharField()), output_field=CharField()
            ),
            email_domain="",
            email_encrypted=None,
            sealed_identity=None,
            public_name=None,
        )
    return result


def purge_unconfirmed(*, days=None, dry_run=False):
    days = settings.PURGE_UNCONFIRMED_DAYS if days is None else days
    old = Signature.objects.filter(
        confirmed_at__isnull=True, created_at__lt=timezone.now() - datetime.timedelta(days=days)
    )
    if dry_run:
        return old.count()
    deleted, _ = old.delete()
    return deleted
