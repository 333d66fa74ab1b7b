"""Public data for press and partners: totals as JSON and CSV, the embeddable counter.

Everything here is public, needs no login and holds no personal data. What may be shown,
and how fresh, is decided in petitions/public_data.py (live total, breakdowns as of the
last full hour, small groups merged); the JSON says so in its `notes`.

Caching: documents are cached under the exact count and the breakdown's time
(people_first/pagecache.py), so they are never behind either; responses carry a short
public Cache-Control for CDNs and browsers, and `Access-Control-Allow-Origin: *` so that
any site may fetch them.
"""

import csv
import io
import json

from csp.decorators import csp_replace
from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from people_first import pagecache
from people_first.http import cached_page, public_cache

from . import counting
from .lookups import public_petition
from .models import Petition
from .pages import progress
from .public_data import DATA_LANGUAGE, country_name, iso_utc, snapshot

NOTES = _(
    "Only confirmed, valid signatures count. signatures is the live total. by_country "
    "and by_day are published as of updated_at, at most %(minutes)s minutes behind, so "
    "that the data cannot date any single signature; each list adds up to "
    "breakdown_signatures. by_country: countries with fewer than %(n)s signers are "
    'grouped under the code "other" to protect small groups. by_day: UTC days from the '
    "first signature to the day of updated_at, days without signatures included; "
    "cumulative is the running total."
)


# --- Responses ---------------------------------------------------------------------------


def _public(response, language=DATA_LANGUAGE):
    response["Access-Control-Allow-Origin"] = "*"
    response["Content-Language"] = language
    # The language is in the URL (?lang=), never in Accept-Language: one CDN copy.
    response.language_neutral = True
    return public_cache(response)


def _json(data, status=200, language=DATA_LANGUAGE):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    return _public(response, language)


def _not_found():
    return _json({"error": "not found"}, status=404)


def _language(request):
    """The `lang` query parameter if it names a site language, else the default."""
    lang = request.GET.get("lang", "")
    return lang if lang in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _public_petition(slug):
    return public_petition(slug)


def _title(petition, language):
    with translation.override(language):
        return petition.title  # modeltranslation: the active language, else English


@require_safe
def all_totals(request):
    language = _language(request)
    petitions = list(Petition.objects.public())
    counts = counting.totals([p.pk for p in petitions])
    return _json(
        {
            "petitions": [
                {
                    "slug": p.slug,
                    "title": _title(p, language),
                    "signatures": counts[p.pk],
                    "goal": p.goal,
                }
                for p in petitions
            ]
        },
        language=language,
    )


def totals_data(petition, count, data, language):
    """The totals.json document (its required keys are a public contract)."""
    threshold = settings.SMALL_GROUP_THRESHOLD
    with translation.override(DATA_LANGUAGE):
        by_country = [
            {"code": code, "name": country_name(code), "signatures": n}
            for code, n in data.by_country
        ]
        minutes = max(0, settings.PUBLIC_BREAKDOWN_SECONDS) // 60
        notes = str(NOTES % {"n": threshold, "minutes": minutes})
    return {
        "petition": petition.slug,
        "title": _title(petition, language),
        "signatures": count,
        "breakdown_signatures": data.signatures,
        "goal": petition.goal,
        "updated_at": iso_utc(data.updated_at),
        "by_country": by_country,
        "by_day": [
            {"date": day.isoformat(), "signatures": n, "cumulative": cumulative}
            for day, n, cumulative in data.by_day
        ],
        "small_group_threshold": threshold,
        "notes": notes,
    }


@require_safe
def totals(request, slug):
    petition = _public_petition(slug)
    if petition is None:
        return _not_found()
    language = _language(request)
    count = counting.live_total(petition.pk)
    data = snapshot(petition)
    parts = [petition.pk, count, data.updated_at, settings.SMALL_GROUP_THRESHOLD, language]

    def serialise():
        document = totals_data(petition, count, data, language)
        return json.dumps(document, ensure_ascii=False, separators=(",", ":"))

    # The finished document, cached under the exact count and the breakdown's time: a
    # busy counter on partner sites costs one read of the count per request.
    body = pagecache.get_or_render("totals-json", parts, serialise)
    return _public(HttpResponse(body, content_type="application/json"), language)


def _csv(petition, name, header, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    response = HttpResponse(out.getvalue().encode(), content_type="text/csv; charset=utf-8")
    filename = f"{petition.slug}-{name}-{counting.utc_today().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return _public(response)


@require_safe
def by_country_csv(request, slug):
    petition = _public_petition(slug)
    if petition is None:
        return _not_found()
    data = snapshot(petition)
    with translation.override(DATA_LANGUAGE):
        rows = [(code, country_name(code), n) for code, n in data.by_country]
    return _csv(petition, "by-country", ["code", "country", "signatures"], rows)


@require_safe
def by_day_csv(request, slug):
    petition = _public_petition(slug)
    if petition is None:
        return _not_found()
    rows = [(day.isoformat(), n, cumulative) for day, n, cumulative in snapshot(petition).by_day]
    return _csv(petition, "by-day", ["date", "signatures", "cumulative"], rows)


# --- The embeddable counter --------------------------------------------------------------


@require_safe
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
def embed(request, slug):
    """The one page other sites may frame (every other response says DENY / 'none')."""
    petition = _public_petition(slug)
    if petition is None:
        raise Http404
    language = _language(request)
    count = counting.live_total(petition.pk)
    is_open = petition.is_open()

    def context():
        return {
            "petition": petition,
            "count": count,
            "goal": petition.goal,
            "progress": progress(count, petition.goal),
            "is_open": is_open,
            "petition_url": settings.SITE_URL + reverse("petitions:detail", args=[slug]),
        }

    with translation.override(language):
        parts = [petition.pk, count, is_open]
        response = cached_page(request, "embed", parts, "petitions/embed.html", context)
    return _public(response, language)
