"""The press page: the count, two charts, the data to download, key facts, logos, the
embeddable counter's snippet and the press contact, for journalists and partners. It
lives with the campaign: it shows the appeal's key figures beside the petition's data.

Cached like the other pages (people_first/pagecache.py) under the exact count and the
time of the published breakdown (petitions/public_data.py), so it is never behind
either."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from people_first.http import cached_page
from petitions import charts, counting
from petitions.lookups import featured_petition
from petitions.pages import progress
from petitions.public_data import OTHER, country_name, snapshot

from .models import Appeal

TOP_COUNTRIES = 10
EMBED_WIDTH, EMBED_HEIGHT = 360, 260


@require_GET
def press(request):
    petition = featured_petition()
    count = counting.live_total(petition.pk) if petition else 0
    as_of = snapshot(petition).updated_at if petition else None

    def context():
        appeal = Appeal.current()
        context = {
            "petition": petition,
            "figures": list(appeal.figures.all()) if appeal else [],
        }
        if petition:
            context.update(petition_facts(petition, count))
        return context

    parts = [petition.pk if petition else None, count, as_of]
    return cached_page(request, "press", parts, "campaign/press.html", context, live=True)


def petition_facts(petition, count):
    data = snapshot(petition)
    threshold = settings.SMALL_GROUP_THRESHOLD
    return {
        "count": count,
        "goal": petition.goal,
        "progress": progress(count, petition.goal),
        "updated_at": data.updated_at,
        "threshold": threshold,
        "grouped": any(code == OTHER for code, _ in data.by_country),
        "count_chart": count_chart(data),
        "country_chart": country_chart(data),
        "downloads": downloads(petition),
        "embeds": embed_snippets(petition),
    }


def count_chart(data):
    """(heading, SVG) of the running total, or None before the first signature."""
    if not data.by_day:
        return None
    first, last = data.by_day[0], data.by_day[-1]
    busiest = max(data.by_day, key=lambda row: row[1])
    desc = _(
        "From %(first)s to %(last)s the number of signatures grew to %(total)s. "
        "The most signatures in one day: %(most)s, on %(most_day)s."
    ) % {
        "first": date_format(first[0], "DATE_FORMAT"),
        "last": date_format(last[0], "DATE_FORMAT"),
        "total": charts.number(last[2]),
        "most": charts.number(busiest[1]),
        "most_day": date_format(busiest[0], "DATE_FORMAT"),
    }
    title = _("Signatures over time (running total, by UTC day)")
    return title, charts.cumulative_chart(
        data.by_day, chart_id="chart-count", title=title, desc=desc
    )


def country_chart(data):
    """(heading, SVG) of the top countries (the small-group entry left out), or None."""
    rows = [(country_name(code), n) for code, n in data.by_country if code != OTHER]
    rows = rows[:TOP_COUNTRIES]
    if not rows:
        return None
    desc = "; ".join(f"{label}: {charts.number(n)}" for label, n in rows)
    title = _("Signatures by country: the top %(n)s") % {"n": len(rows)}
    return title, charts.bar_chart(rows, chart_id="chart-countries", title=title, desc=desc)


def downloads(petition):
    slug = petition.slug
    return [
        (
            reverse("data-totals", args=[slug]),
            "totals.json",
            _(
                "JSON: the total, the goal, and signatures per country and per day, "
                "in one file for developers."
            ),
        ),
        (
            reverse("data-by-country", args=[slug]),
            "by-country.csv",
            _("CSV for spreadsheets: signatures per country, largest first."),
        ),
        (
            reverse("data-by-day", args=[slug]),
            "by-day.csv",
            _("CSV for spreadsheets: signatures per UTC day, with the running total."),
        ),
        (
            reverse("data-all-totals"),
            "petitions/totals.json",
            _("JSON: the total and the goal of every public petition."),
        ),
    ]


def embed_snippets(petition):
    """(language name, HTML to copy) for each language; escaped by the template."""
    snippets = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            title = _("People First: signature counter")
        src = f"{settings.SITE_URL}{reverse('embed', args=[petition.slug])}?lang={code}"
        snippets.append(
            (
                code,
                name,
                f'<iframe src="{src}" title="{escape(title)}" width="{EMBED_WIDTH}" '
                f'height="{EMBED_HEIGHT}" loading="lazy"></iframe>',
            )
        )
    return snippets
