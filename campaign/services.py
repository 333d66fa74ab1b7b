from django.db import transaction

from .models import EndorsementRequest, Endorser


def request_endorsement(form):
    """Store an organisation's request to join; it waits for staff review."""
    return form.save()


def approve(endorsement_request):
    """Approve a request: it becomes a published endorser. Approving twice is harmless."""
    with transaction.atomic():
        req = EndorsementRequest.objects.select_for_update().get(pk=endorsement_request.pk)
        if req.endorser_id:
            return req.endorser
        endorser = Endorser.objects.create(
            name=req.organisation,
            name_en=req.organisation,
            kind=Endorser.Kind.ORGANISATION,
            country=req.country,
            website=req.website,
            published=True,
            order=(Endorser.objects.order_by("-order").values_list("order", flat=True).first() or 0)
            + 1,
        )
        req.endorser = endorser
        req.status = EndorsementRequest.Status.APPROVED
        req.save(update_fields=["endorser", "status"])
    return endorser


def reject(endorsement_request):
    EndorsementRequest.objects.filter(pk=endorsement_request.pk, endorser__isnull=True).update(
        status=EndorsementRequest.Status.REJECTED
    )
