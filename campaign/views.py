"""The campaign's pages. Reading pages are the same bytes for every visitor (no cookie),
cached until staff change the content (people_first/pagecache.py); the endorse form is
the one page with a session-free CSRF cookie."""

from functools import partial

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods
from django_ratelimit.decorators import ratelimit

from people_first import pagecache
from people_first.http import cached_page, public_cache
from petitions import counting
from petitions.lookups import featured_petition
from petitions.pages import fill_live_parts, petition_slots_context

from . import services
from .forms import EndorseForm
from .models import Appeal, Demand, Endorser, Page, Statement


@require_GET
def home(request):
    petition = featured_petition()
    is_open = petition.is_open() if petition else False

    def context():
        appeal = Appeal.current()
        context = {
            "appeal": appeal,
            "figures": appeal.figures.all() if appeal else [],
            "demands": Demand.objects.published(),
            "statements": Statement.objects.published(),
            "endorsers": Endorser.objects.published().filter(featured=True),
            "endorser_count": Endorser.objects.published().count(),
        }
        if petition:
            context.update(petition_slots_context(petition, is_open))
        return context

    fill = None
    if petition:
        count = counting.live_total(petition.pk)
        fill = partial(fill_live_parts, petition=petition, count=count)
    parts = [petition.pk if petition else None, is_open]
    return cached_page(request, "home", parts, "campaign/home.html", context, fill=fill, live=True)


@require_GET
def endorsers(request):
    def context():
        groups = Endorser.objects.published().by_kind()
        appeal = Appeal.current()
        organisations = (Endorser.Kind.ORGANISATION, Endorser.Kind.NOBEL)
        return {
            "groups": groups,
            "total": sum(len(members) for _, members in groups),
            # The list is a selection while the coalition counts more organisations.
            "coalition_size": appeal.coalition_size if appeal else None,
            "listed_organisations": sum(
                e.kind in organisations for _, members in groups for e in members
            ),
        }

    return cached_page(request, "endorsers", [], "campaign/endorsers.html", context)


def _endorse_rate(group, request):
    return settings.ENDORSE_RATE_LIMIT


@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=_endorse_rate, method="POST", block=True)
def endorse(request):
    if request.method == "POST":
        form = EndorseForm(request.POST)
        if form.is_valid():
            services.request_endorsement(form)
            return redirect("campaign:endorse_thanks")
        return render(request, "campaign/endorse.html", {"form": form}, status=400)
    return render(request, "campaign/endorse.html", {"form": EndorseForm()})


@require_GET
def endorse_thanks(request):
    return public_cache(render(request, "campaign/endorse_thanks.html"))


@require_GET
def page(request, slug):
    obj = pagecache.memo("page", [slug], lambda: Page.objects.filter(slug=slug).first())
    if obj is None:
        raise Http404
    return cached_page(request, "page", [slug], f"campaign/page_{slug}.html", lambda: {"page": obj})
