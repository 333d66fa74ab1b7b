"""What the petition's sign section shows: shared by the home and petition pages."""

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


def featured_petition():
    return Petition.objects.public().filter(featured=True).first()
