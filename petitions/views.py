"""Thin views: form -> rules (petitions/rules.py) -> redirect or page.

The petition and home pages are the same bytes for every anonymous visitor (no cookie,
no CSRF token), so a CDN can absorb a surge. The sign POST therefore cannot use Django's
CSRF cookie; it is protected instead by an Origin/Referer check (own site and
SIGN_PARTNER_ORIGINS), a rate limit per IP, a honeypot (rules.sign), optional reCAPTCHA,
and the double opt-in: a forged submission can at most send one confirmation email, and nothing
counts until the owner of the address confirms. Confirm and withdraw POSTs are
authorised by the token in their URL.

Every valid sign POST is answered the same way, whatever the state of the address; only
the per-IP limit may answer 429 (rules.py says why the per-address limit is not here).
Pages behind emailed links are never indexed and never cached.
"""

from functools import partial

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_countries import countries
from django_ratelimit.decorators import ratelimit

from people_first.http import cached_page, no_index, same_site_or_partner, site_url_for
from people_first.views import forbidden

from . import counting, rules
from .forms import ConfirmForm, SignForm
from .lookups import public_petition
from .pages import fill_live_parts, petition_context, petition_slots_context


def _petition_or_404(slug):
    petition = public_petition(slug)
    if petition is None:
        raise Http404
    return petition


@require_GET
def detail(request, slug):
    petition = _petition_or_404(slug)
    is_open = petition.is_open()
    count = counting.live_total(petition.pk)
    return cached_page(
        request,
        "petition",
        [petition.pk, is_open],
        "petitions/detail.html",
        lambda: petition_slots_context(petition, is_open),
        fill=partial(fill_live_parts, petition=petition, count=count),
        live=True,
    )


def _sign_rate(group, request):
    return settings.SIGN_RATE_LIMIT


@csrf_exempt
@require_POST
@ratelimit(key="ip", rate=_sign_rate, group="sign-ip", block=True)
def sign(request, slug):
    petition = _petition_or_404(slug)
    if not same_site_or_partner(request):
        return forbidden(request)
    form = SignForm(request.POST)
    if form.is_valid():
        try:
            rules.sign(
                petition, form.signer(language=get_language()), site_url=site_url_for(request)
            )
            return redirect("petitions:check_inbox", slug=slug)
        except rules.PetitionClosed:
            pass
    count = counting.live_total(petition.pk)
    context = petition_context(petition, count, petition.is_open(), form=form)
    return render(request, "petitions/detail.html", context, status=400)


@no_index
@require_GET
def check_inbox(request, slug):
    petition = _petition_or_404(slug)
    return render(request, "petitions/check_inbox.html", {"petition": petition})


@no_index
@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows what will be recorded, and the button (mail scanners follow links);
    only the POST confirms."""
    try:
        submission = rules.read_submission(token)
        if request.method == "GET":
            context = {
                "token": token,
                "submission": submission,
                "country_name": countries.name(submission.country),
                "form": ConfirmForm(),
            }
            return render(request, "petitions/confirm.html", context)
        if not same_site_or_partner(request):
            return forbidden(request)
        form = ConfirmForm(request.POST)
        public = form.is_valid() and form.cleaned_data["public"]
        confirmed = rules.confirm(token, public=public)
    except rules.LinkExpired:
        return render(request, "petitions/link_expired.html", status=410)
    except rules.LinkBroken:
        return render(request, "petitions/link_broken.html", status=404)
    except rules.PetitionClosed:
        return render(request, "petitions/closed.html", status=410)
    return redirect("petitions:thanks", token=confirmed.withdraw_token)


@no_index
@never_cache
@csrf_exempt
@require_POST
def resend(request, token):
    """Expired-link pages from before links were single-use asked for a new email here;
    a new link now comes only from signing again."""
    return redirect(reverse("campaign:home") + "#sign")


@no_index
@never_cache
@require_GET
def thanks(request, token):
    signature = rules.signature_for_thanks(token)
    if signature is None:
        raise Http404
    petition = signature.petition
    context = petition_context(petition, counting.total(petition.pk), petition.is_open())
    context.update(withdraw_token=token)
    return render(request, "petitions/thanks.html", context)


@no_index
@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def withdraw(request, token):
    if request.method == "GET":
        petition = rules.withdrawable(token)
        if petition is None:
            raise Http404
        return render(request, "petitions/withdraw.html", {"token": token, "petition": petition})
    if not same_site_or_partner(request):
        return forbidden(request)
    petition = rules.withdraw(token)
    if petition is None:
        raise Http404
    return render(request, "petitions/withdrawn.html", {"petition": petition})
