"""The rules of endorsement requests: a request waits for review, then becomes a
published endorser or is rejected; a decided request is deleted some days later."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from .models import EndorsementRequest, Endorser


def request_endorsement(form):
    """Store an organisation's request to join; it waits for staff review."""
    return form.save()


def approve(endorsement_request):
    """Publish the requesting organisation as an endorser, at the end of the list.

    Returns the new endorser, or None when the request had been approved already:
    approving twice (two clicks, two editors) creates one endorser."""
    with transaction.atomic():
        req = EndorsementRequest.objects.select_for_update().get(pk=endorsement_request.pk)
        if req.endorser_id:
            return None
        last = Endorser.objects.aggregate(last=Max("order"))["last"] or 0
        endorser = Endorser.objects.create(
            name_en=req.organisation,
            kind=Endorser.Kind.ORGANISATION,
            country=req.country,
            website=req.website,
            published=True,
            order=last + 1,
        )
        req.endorser = endorser
        req.status = EndorsementRequest.Status.APPROVED
        req.decided_at = timezone.now()
        req.save(update_fields=["endorser", "status", "decided_at"])
    return endorser


def reject(endorsement_request):
    """Reject a request that has not been approved; True when it was rejected now."""
    return bool(
        EndorsementRequest.objects.filter(pk=endorsement_request.pk, endorser__isnull=True)
        .exclude(status=EndorsementRequest.Status.REJECTED)
        .update(status=EndorsementRequest.Status.REJECTED, decided_at=timezone.now())
    )


def decided_long_ago():
    """Requests decided more than ENDORSEMENT_REQUESTS_KEEP_DAYS ago: an approved one
    lives on as its endorser, a rejected one is of no more use, and either would tell a
    copy of the database (with the server's key) who once asked to join."""
    cutoff = timezone.now() - timedelta(days=settings.ENDORSEMENT_REQUESTS_KEEP_DAYS)
    return EndorsementRequest.objects.decided_before(cutoff)


def purge_decided():
    """Delete the requests decided_long_ago(); returns how many."""
    deleted, _by_model = decided_long_ago().delete()
    return deleted
