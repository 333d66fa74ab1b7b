"""Thin views: form -> signing service -> redirect.

The petition and home pages are the same bytes for every anonymous visitor (no cookie,
no CSRF token), so a CDN can absorb a surge. The sign POST therefore cannot use Django's
CSRF cookie; it is protected instead by an Origin/Referer check (own site and
SIGN_PARTNER_ORIGINS), rate limits per IP and per address, a honeypot, optional
reCAPTCHA, and the double opt-in: a forged submission can at most send one
confirmation email, and nothing counts until the owner of the address confirms.
Confirm and withdraw POSTs are authorised by the signed token in their URL.
"""

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_ratelimit.core import is_ratelimited
from django_ratelimit.decorators import ratelimit
from django_ratelimit.exceptions import Ratelimited

from people_first import pagecache
from people_first.http import live_public_cache, same_site_or_partner
from people_first.views import forbidden

from . import counting, privacy
from . import signing as rules
from .forms import SignForm
from .models import Signature
from .pages import fill_live_parts, petition_context, petition_slots_context, public_petition

RESEND_SALT = "petitions.resend"


def _petition_or_404(slug):
    petition = public_petition(slug)
    if petition is None:
        raise Http404
    return petition


@require_GET
def detail(request, slug):
    petition = _petition_or_404(slug)
    count, _ = counting.live_total(petition.pk)
    is_open = petition.is_open()

    def render_page():
        context = petition_slots_context(petition, is_open)
        return render_to_string("petitions/detail.html", context, request=request)

    html = pagecache.get_or_render("petition", [petition.pk, is_open], render_page)
    return live_public_cache(HttpResponse(fill_live_parts(html, petition, count)))


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
    if form.is_bot():
        return redirect("petitions:check_inbox", slug=slug)
    if not petition.is_open() or not form.is_valid():
        count, _ = counting.live_total(petition.pk)
        context = petition_context(petition, count, petition.is_open(), form=form)
        return render(request, "petitions/detail.html", context, status=400)
    address_hash = privacy.email_hash(form.cleaned_data["email"])
    if is_ratelimited(
        request,
        group="sign-email",
        key=lambda group, request: address_hash,
        rate=settings.SIGN_EMAIL_RATE_LIMIT,
        increment=True,
    ):
        raise Ratelimited
    data = form.cleaned_data
    rules.sign(
        petition,
        rules.Signer(
            name=data["name"],
            email=data["email"],
            country=data["country"],
            updates=data["updates"],
            public=data["public"],
            language=get_language(),
        ),
    )
    return redirect("petitions:check_inbox", slug=slug)


@require_GET
def check_inbox(request, slug):
    petition = _petition_or_404(slug)
    return render(request, "petitions/check_inbox.html", {"petition": petition})


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners follow links); only the POST confirms."""
    try:
        signature_id = rules.signature_id_from_confirm_token(token)
    except rules.Expired as expired:
        return _expired_link(request, expired.signature_id)
    except (signing.BadSignature, ValueError):
        return render(request, "petitions/link_broken.html", status=404)
    if request.method == "GET":
        return render(request, "petitions/confirm.html", {"token": token})
    if not same_site_or_partner(request):
        return forbidden(request)
    signature = rules.confirm(signature_id)
    if signature is None:
        return render(request, "petitions/link_broken.html", status=404)
    return redirect("petitions:thanks", token=rules.withdraw_token(signature))


def _expired_link(request, signature_id):
    """An old link: offer a new one while the signature waits; a confirmed signature has
    nothing to do (thank-you page); a purged or withdrawn one is a broken link."""
    signature = Signature.objects.filter(pk=signature_id).first()
    if signature is None or signature.invalidated_at is not None:
        return render(request, "petitions/link_broken.html", status=404)
    if signature.confirmed_at is not None:
        return redirect("petitions:thanks", token=rules.withdraw_token(signature))
    resend_token = signing.dumps(signature.pk, salt=RESEND_SALT)
    return render(
        request, "petitions/link_expired.html", {"resend_token": resend_token}, status=410
    )


@never_cache
@csrf_exempt
@require_POST
def resend(request, token):
    if not same_site_or_partner(request):
        return forbidden(request)
    try:
        signature_id = signing.loads(token, salt=RESEND_SALT, max_age=7 * 24 * 3600)
    except signing.BadSignature:
        return render(request, "petitions/link_broken.html", status=404)
    rules.resend_confirmation(signature_id)
    return render(request, "petitions/check_inbox.html", {"petition": None})


@never_cache
@require_GET
def thanks(request, token):
    signature = _signature_from_withdraw_token(token)
    petition = signature.petition
    count, _ = counting.total(petition.pk)
    context = petition_context(petition, count, petition.is_open())
    context.update(withdraw_token=token, signature=signature)
    return render(request, "petitions/thanks.html", context)


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def withdraw(request, token):
    signature = _signature_from_withdraw_token(token)
    if request.method == "GET":
        return render(request, "petitions/withdraw.html", {"token": token, "signature": signature})
    if not same_site_or_partner(request):
        return forbidden(request)
    petition = rules.withdraw(signature.pk)
    return render(request, "petitions/withdrawn.html", {"petition": petition})


def _signature_from_withdraw_token(token):
    try:
        signature_id = rules.signature_id_from_withdraw_token(token)
    except (signing.BadSignature, ValueError):
        raise Http404 from None
    signature = Signature.objects.select_related("petition").filter(pk=signature_id).first()
    if signature is None:
        raise Http404
    return signature
