"""Public data for press and partners: totals as JSON and CSV, the embeddable counter.

Everything here is public, needs no login and holds no personal data: counts per UTC
day and per country, aggregated from the tallies that petitions/counting.py keeps
(never by scanning signatures, so the cost grows with days x countries, not with
signatures). Countries with fewer than SMALL_GROUP_THRESHOLD signers are merged into
one entry, code "other", so that nobody in a small group can be singled out; the JSON
says so in its `notes` and `small_group_threshold`.

Caching: the aggregated snapshot is cached under the exact count and its updated_at
(people_first/pagecache.py), so cached data is never behind the count; responses carry
a short public Cache-Control for CDNs and browsers, and `Access-Control-Allow-Origin: *`
so that any site may fetch them.
"""

import csv
import datetime
import io
import json
from dataclasses import dataclass

from csp.decorators import csp_replace
from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe
from django_countries import countries

from people_first import pagecache
from people_first.http import public_cache

from . import counting
from .models import Petition
from .pages import progress, public_petition

OTHER = "other"
DATA_LANGUAGE = "en"  # country names and notes; the `lang` parameter changes the title

OTHER_NAME = _("Other countries (fewer than %(n)s signers each)")
NOTES = _(
    "Only confirmed, valid signatures count. by_country: countries with fewer than "
    '%(n)s signers are grouped under the code "other" to protect small groups. '
    "by_day: UTC days from the first signature to today, days without signatures "
    "included; cumulative is the running total. Both lists add up to signatures."
)


@dataclass(frozen=True)
class Snapshot:
    """The public counts of one petition at one moment."""

    signatures: int
    updated_at: datetime.datetime
    by_country: list  # [(code or OTHER, signatures)], largest first
    by_day: list  # [(date, signatures, cumulative)], ascending, no gaps


def group_small(rows, threshold):
    """Merge the countries below `threshold` into one OTHER row; largest first."""
    kept = [(code, n) for code, n in rows if n >= threshold]
    small = sum(n for _, n in rows if n < threshold)
    if small:
        kept.append((OTHER, small))
    return sorted(kept, key=lambda row: (-row[1], row[0] == OTHER, row[0]))


def every_day(per_day, today):
    """[(date, n, cumulative)] from the first day with signatures to today, gaps as 0."""
    if not per_day:
        return []
    day, last = min(per_day), max(today, max(per_day))
    rows, running = [], 0
    while day <= last:
        n = per_day.get(day, 0)
        running += n
        rows.append((day, n, running))
        day += datetime.timedelta(days=1)
    return rows


def utc_today():
    return timezone.now().astimezone(datetime.UTC).date()


def snapshot(petition):
    """The petition's public counts, cached under its exact count and updated_at."""
    count, updated_at = counting.live_total(petition.pk)
    updated_at = updated_at or petition.opens_at
    today = utc_today()
    threshold = settings.SMALL_GROUP_THRESHOLD

    def build():
        days, places = counting.breakdown(petition.pk)
        return Snapshot(
            signatures=sum(places.values()),
            updated_at=updated_at,
            by_country=group_small(list(places.items()), threshold),
            by_day=every_day(days, today),
        )

    parts = [petition.pk, count, updated_at.isoformat(), today, threshold]
    with translation.override(DATA_LANGUAGE):  # the counts are the same in every language
        return pagecache.get_or_render("petition-data", parts, build)


def country_name(code):
    """The country's name in the active language; OTHER explains itself."""
    if code == OTHER:
        return str(OTHER_NAME % {"n": settings.SMALL_GROUP_THRESHOLD})
    return countries.name(code) or code


def iso_utc(moment):
    return moment.astimezone(datetime.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


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


def totals_data(petition, data, language):
    """The totals.json document (its required keys are a public contract)."""
    threshold = settings.SMALL_GROUP_THRESHOLD
    with translation.override(DATA_LANGUAGE):
        by_country = [
            {"code": code, "name": country_name(code), "signatures": n}
            for code, n in data.by_country
        ]
        notes = str(NOTES % {"n": threshold})
    return {
        "petition": petition.slug,
        "title": _title(petition, language),
        "signatures": data.signatures,
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
    count, updated_at = counting.live_total(petition.pk)
    parts = [petition.pk, count, updated_at, utc_today(), settings.SMALL_GROUP_THRESHOLD, language]

    def serialise():
        data = totals_data(petition, snapshot(petition), language)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    # The finished document, cached under the exact count like the snapshot: a busy
    # counter on partner sites costs one read of the count per request.
    body = pagecache.get_or_render("totals-json", parts, serialise)
    return _public(HttpResponse(body, content_type="application/json"), language)


def _csv(petition, name, header, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    response = HttpResponse(out.getvalue().encode(), content_type="text/csv; charset=utf-8")
    filename = f"{petition.slug}-{name}-{utc_today().isoformat()}.csv"
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
    count, _ = counting.live_total(petition.pk)
    is_open = petition.is_open()

    def render_page():
        context = {
            "petition": petition,
            "count": count,
            "goal": petition.goal,
            "progress": progress(count, petition.goal),
            "is_open": is_open,
            "petition_url": settings.SITE_URL + reverse("petitions:detail", args=[slug]),
        }
        return render_to_string("petitions/embed.html", context, request=request)

    with translation.override(language):
        html = pagecache.get_or_render("embed", [petition.pk, count, is_open], render_page)
    return _public(HttpResponse(html), language)
