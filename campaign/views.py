from itertools import groupby

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET, require_http_methods
from django_ratelimit.decorators import ratelimit

from people_first import pagecache
from people_first.http import public_cache
from petitions import counting
from petitions.pages import featured_petition, petition_context

from . import services
from .forms import EndorseForm
from .models import Appeal, Demand, Endorser, Page, Statement


@require_GET
def home(request):
    petition = featured_petition()
    count = counting.total(petition.pk)[0] if petition else 0
    is_open = petition.is_open() if petition else False

    def render_page():
        context = {
            "appeal": Appeal.current(),
            "figures": Appeal.current().figures.all() if Appeal.current() else [],
            "demands": Demand.objects.published(),
            "statements": Statement.objects.published(),
            "endorsers": Endorser.objects.published().filter(featured=True),
            "endorser_count": Endorser.objects.published().count(),
        }
        if petition:
            context.update(petition_context(petition, count, is_open))
        return render_to_string("campaign/home.html", context, request=request)

    parts = [petition.pk if petition else None, count, is_open]
    return public_cache(HttpResponse(pagecache.get_or_render("home", parts, render_page)))


@require_GET
def endorsers(request):
    def render_page():
        everyone = list(Endorser.objects.published().order_by("kind", "order", "pk"))
        kinds = dict(Endorser.Kind.choices)
        groups = [
            (kinds.get(kind, kind), list(members))
            for kind, members in groupby(everyone, key=lambda e: e.kind)
        ]
        return render_to_string(
            "campaign/endorsers.html",
            {"groups": groups, "total": len(everyone)},
            request=request,
        )

    return public_cache(HttpResponse(pagecache.get_or_render("endorsers", [], render_page)))


def _endorse_rate(group, request):
    return settings.ENDORSE_RATE_LIMIT


@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=_endorse_rate, method="POST", block=True)
def endorse(request):
    form = EndorseForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            services.request_endorsement(form)
            return redirect("campaign:endorse_thanks")
        return render(request, "campaign/endorse.html", {"form": form}, status=400)
    return render(request, "campaign/endorse.html", {"form": form})


@require_GET
def endorse_thanks(request):
    return render(request, "campaign/endorse_thanks.html")


@require_GET
def page(request, slug):
    def render_page():
        obj = Page.objects.filter(slug=slug).first()
        if obj is None:
            return None
        return render_to_string(f"campaign/page_{slug}.html", {"page": obj}, request=request)

    html = pagecache.get_or_render("page", [slug], render_page)
    if html is None:
        raise Http404
    return public_cache(HttpResponse(html))
