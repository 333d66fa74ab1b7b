"""The rules of endorsement requests: a request waits for review, then becomes a
published endorser or is rejected."""

from django.db import transaction
from django.db.models import Max

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
        req.save(update_fields=["endorser", "status"])
    return endorser


def reject(endorsement_request):
    """Reject a request that has not been approved; True when it was rejected now."""
    return bool(
        EndorsementRequest.objects.filter(pk=endorsement_request.pk, endorser__isnull=True)
        .exclude(status=EndorsementRequest.Status.REJECTED)
        .update(status=EndorsementRequest.Status.REJECTED)
    )
