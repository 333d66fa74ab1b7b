"""Finding petitions, memoised per content version in each process (a petition's save
bumps the version, people_first/pagecache.py): a busy page or the email worker asks
without a query. Nothing here imports forms or views, so anyone may use it."""

from django.utils import timezone

from people_first import pagecache

from .models import Petition


def public_petition(slug):
    """The public petition with this slug, or None."""
    petition = pagecache.memo(
        "petition", [slug], lambda: Petition.objects.filter(slug=slug, is_active=True).first()
    )
    return petition if petition and petition.opens_at <= timezone.now() else None


def petition_by_id(pk):
    """A petition (public or not) by id, or None."""
    return pagecache.memo("petition-id", [pk], lambda: Petition.objects.filter(pk=pk).first())


def featured_petition():
    candidates = pagecache.memo(
        "featured", [], lambda: list(Petition.objects.filter(is_active=True, featured=True))
    )
    now = timezone.now()
    return next((p for p in candidates if p.opens_at <= now), None)
