"""What staff and housekeeping do to signatures: invalidate (abuse), erase one address,
anonymise a closed petition, purge the submissions nobody confirmed. Counts and public
lists follow at once. The rules of signing itself are in petitions/rules.py."""

import datetime
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import CharField, QuerySet, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from . import counting, privacy
from .models import PendingSignature, Petition, Signature
from .rules import public_list_changed


def invalidate(signatures: QuerySet[Signature]) -> int:
    """Mark signatures as invalid (abuse); counts and public lists follow. Returns how
    many changed."""
    with transaction.atomic():
        rows = list(
            signatures.select_for_update()
            .filter(invalidated_on__isnull=True)
            .values_list("pk", "petition_id", "country", "confirmed_on", "public_name")
        )
        Signature.objects.filter(pk__in=[row[0] for row in rows]).update(
            invalidated_on=counting.utc_today()
        )
        _uncount_many(rows)
        if any(row[4] for row in rows):
            public_list_changed()
    return len(rows)


def invalidate_domain(domain: str) -> int:
    """Invalidate every signature from a domain as staff type it (hashed like the stored
    ones) and drop its unconfirmed submissions. Returns the signatures changed."""
    return invalidate_domain_hash(privacy.domain_hash(domain.strip()))


def invalidate_domain_hash(domain_hash: str) -> int:
    with transaction.atomic():
        PendingSignature.objects.filter(domain_hash=domain_hash).delete()
        return invalidate(Signature.objects.filter(domain_hash=domain_hash))


def _uncount_many(rows: Iterable[tuple[Any, ...]]) -> None:
    """Take [(pk, petition_id, country, confirmed_on, ...)] off the counts."""
    counting.add_many(
        (petition_id, pk, country, confirmed_on, -1)
        for pk, petition_id, country, confirmed_on, *_ in rows
    )


def erase_address(email: str) -> int:
    """Delete every signature of one address, on every petition; returns how many."""
    address_hash = privacy.email_hash(email)
    with transaction.atomic():
        signatures = Signature.objects.select_for_update().filter(email_hash=address_hash)
        rows = [
            (s.pk, s.petition_id, s.country, s.confirmed_on, s.public_name)
            for s in signatures
            if s.counts
        ]
        _uncount_many(rows)
        if any(row[4] for row in rows):
            public_list_changed()
        deleted, _ = Signature.objects.filter(email_hash=address_hash).delete()
    return deleted


def anonymise_petition(petition: Petition, *, dry_run: bool = False) -> dict[str, int]:
    """Remove all personal data of a closed petition; its counts and tallies stay."""
    if petition.is_open():
        raise ValueError("The petition is still open; close it first.")
    with transaction.atomic():
        pending = PendingSignature.objects.filter(petition=petition)
        confirmed = Signature.objects.filter(petition=petition)
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
            domain_hash="",
            sealed_identity=None,
            public_name=None,
            withdraw_digest=None,
        )
        public_list_changed()
    return result


def purge_unconfirmed(*, days: int | None = None, dry_run: bool = False) -> int:
    """Delete submissions nobody confirmed within `days` (PURGE_UNCONFIRMED_DAYS)."""
    days = settings.PURGE_UNCONFIRMED_DAYS if days is None else days
    old = PendingSignature.objects.filter(
        created_at__lt=timezone.now() - datetime.timedelta(days=days)
    )
    if dry_run:
        return old.count()
    deleted, _ = old.delete()
    return deleted
