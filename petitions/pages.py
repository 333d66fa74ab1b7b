"""What the petition's sign section shows: shared by the home and petition pages."""

from django.utils import timezone

from people_first import pagecache

from .forms import SignForm
from .models import Petition, Signature

RECENT_SIGNERS = 8


def recent_signers(petition):
    """First names and countries of the latest confirmed signers who chose to be shown."""
    return list(
        Signature.objects.filter(
            petition=petition,
            public_name__isnull=False,
            confirmed_at__isnull=False,
            invalidated_at__isnull=True,
        )
        .order_by("-confirmed_at")
        .values_list("public_name", "country")[:RECENT_SIGNERS]
    )


def progress(count, goal):
    if not goal:
        return None
    return min(100, round(100 * count / goal))


def petition_context(petition, count, is_open, form=None):
    from django_countries import countries

    return {
        "petition": petition,
        "count": count,
        "goal": petition.goal,
        "progress": progress(count, petition.goal),
        "is_open": is_open,
        "recent": [(name, countries.name(code)) for name, code in recent_signers(petition)],
        "form": form or SignForm(),
    }


def public_petition(slug):
    """The public petition with this slug, or None. Looked up once per content version
    in each process (a petition's save bumps the version): no query on a busy page."""
    petition = pagecache.memo(
        "petition", [slug], lambda: Petition.objects.filter(slug=slug, is_active=True).first()
    )
    return petition if petition and petition.opens_at <= timezone.now() else None


def featured_petition():
    candidates = pagecache.memo(
        "featured", [], lambda: list(Petition.objects.filter(is_active=True, featured=True))
    )
    now = timezone.now()
    return next((p for p in candidates if p.opens_at <= now), None)
