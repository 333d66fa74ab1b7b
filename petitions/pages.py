"""What the petition's sign section shows: shared by the home and petition pages."""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django_countries import countries

from people_first import pagecache

from .forms import SignForm
from .models import Signature

RECENT_SIGNERS = 8


def recent_signers(petition):
    """First names and countries of the latest confirmed signers who chose to be shown."""
    # By id, which follows confirmations: no time is kept to order by (models.py).
    return list(
        Signature.objects.shown()
        .filter(petition=petition)
        .order_by("-id")
        .values_list("public_name", "country")[:RECENT_SIGNERS]
    )


def progress(count, goal):
    if not goal:
        return None
    return min(100, round(100 * count / goal))


def petition_context(petition, count, is_open, form=None):
    """Everything the sign section shows, live parts included (an uncached page)."""
    return {
        **_counter_context(petition, count),
        "petition": petition,
        "is_open": is_open,
        "recent": _recent(petition),
        "form": form or SignForm(),
    }


# A cached page leaves slots for what changes with every confirmation; each request
# fills them with fragments rendered once per count (fill_live_parts). A surge of
# confirmations then re-renders two small fragments, not every page in every language.
SLOTS = {"counter": mark_safe("<!--live:counter-->"), "recent": mark_safe("<!--live:recent-->")}


def petition_slots_context(petition, is_open):
    """The sign section for a cached page: the live parts left as slots."""
    return {"petition": petition, "is_open": is_open, "slots": SLOTS, "form": SignForm()}


def fill_live_parts(html, petition, count):
    counter = pagecache.get_or_render(
        "live-counter",
        [petition.pk, count],
        lambda: render_to_string("petitions/_counter.html", _counter_context(petition, count)),
    )
    recent = pagecache.get_or_render(
        "live-recent",
        [petition.pk, count],
        lambda: render_to_string("petitions/_recent.html", {"recent": _recent(petition)}),
    )
    return html.replace(SLOTS["counter"], counter, 1).replace(SLOTS["recent"], recent, 1)


def _counter_context(petition, count):
    return {"count": count, "goal": petition.goal, "progress": progress(count, petition.goal)}


def _recent(petition):
    return [(name, countries.name(code)) for name, code in recent_signers(petition)]
