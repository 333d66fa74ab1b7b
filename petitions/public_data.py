"""What the public may see of the counts, and when: the rules behind totals.json, the
CSVs, the press page's charts and the embed.

- The total may be live: it tells how many, not who or where.
- Every breakdown (by country, by day) is published as of the last full hour
  (PUBLIC_BREAKDOWN_SECONDS, default 3600; 0 publishes live, for development). A live
  breakdown, polled every second, would show when each signature was confirmed and
  from which country, and single out the few people hidden in "other countries".
- Countries with fewer than SMALL_GROUP_THRESHOLD signers are merged into one entry,
  code "other", so that nobody in a small group can be singled out.

The breakdown of each period is taken once, by whichever process needs it first after
the period began (or by the task worker's housekeeping, which does it within seconds of the hour:
petitions/signals.py), stored in PublishedBreakdown so
that every process publishes the same numbers, and kept only until the next one.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from people_first import pagecache

from . import counting
from .models import Petition, PublishedBreakdown

OTHER = "other"
DATA_LANGUAGE = "en"  # country names and notes; the `lang` parameter changes the title

OTHER_NAME = _("Other countries (fewer than %(n)s signers each)")


@dataclass(frozen=True)
class Snapshot:
    """The public breakdown of one petition at one moment."""

    signatures: int  # the sum of each list: the count as of updated_at
    updated_at: datetime.datetime
    by_country: list  # [(code or OTHER, signatures)], largest first
    by_day: list  # [(date, signatures, cumulative)], ascending, no gaps


def group_small(rows: list[tuple[str, int]], threshold: int) -> list[tuple[str, int]]:
    """Merge the countries below `threshold` into one OTHER row; largest first."""
    kept = [(code, n) for code, n in rows if n >= threshold]
    small = sum(n for _, n in rows if n < threshold)
    if small:
        kept.append((OTHER, small))
    return sorted(kept, key=lambda row: (-row[1], row[0] == OTHER, row[0]))


def every_day(
    per_day: dict[datetime.date, int], last_day: datetime.date
) -> list[tuple[datetime.date, int, int]]:
    """[(date, n, cumulative)] from the first day with signatures to `last_day`, gaps
    as 0."""
    if not per_day:
        return []
    day, last = min(per_day), max(last_day, max(per_day))
    rows, running = [], 0
    while day <= last:
        n = per_day.get(day, 0)
        running += n
        rows.append((day, n, running))
        day += datetime.timedelta(days=1)
    return rows


def publication_time(now: datetime.datetime | None = None) -> datetime.datetime:
    """The moment the published breakdown is as of: the start of the current period,
    or now (to the second) when breakdowns are live."""
    now = now or timezone.now()
    period = settings.PUBLIC_BREAKDOWN_SECONDS
    if period <= 0:
        return now.replace(microsecond=0)
    epoch = int(now.timestamp())
    return datetime.datetime.fromtimestamp(epoch - epoch % period, tz=datetime.UTC)


def snapshot(petition: Petition) -> Snapshot:
    """The petition's public breakdown, as published now."""
    as_of = publication_time()
    threshold = settings.SMALL_GROUP_THRESHOLD
    if settings.PUBLIC_BREAKDOWN_SECONDS <= 0:
        # Live: cached under the exact count, so never behind it.
        parts = ["live", petition.pk, counting.live_total(petition.pk), threshold]
    else:
        parts = ["published", petition.pk, as_of.isoformat(), threshold]

    def build() -> Snapshot:
        days, places = _breakdown(petition, as_of)
        return Snapshot(
            signatures=sum(places.values()),
            updated_at=as_of,
            by_country=group_small(list(places.items()), threshold),
            by_day=every_day(days, as_of.astimezone(datetime.UTC).date()),
        )

    with translation.override(DATA_LANGUAGE):  # the counts are the same in every language
        return pagecache.get_or_render("petition-data", parts, build)


def _breakdown(
    petition: Petition, as_of: datetime.datetime
) -> tuple[dict[datetime.date, int], dict[str, int]]:
    """({date: n}, {country: n}) as published at `as_of`."""
    if settings.PUBLIC_BREAKDOWN_SECONDS <= 0:
        return counting.breakdown(petition.pk)
    stored = PublishedBreakdown.objects.filter(petition=petition, as_of=as_of).first()
    if stored is None:
        stored = publish(petition, as_of)
    days = {datetime.date.fromisoformat(day): n for day, n in stored.by_day.items()}
    return days, dict(stored.by_country)


def publish(petition: Petition, as_of: datetime.datetime) -> PublishedBreakdown:
    """Take the breakdown for `as_of` from the tallies now, unless another process did
    already; forget the older ones. Returns the stored breakdown."""
    days, places = counting.breakdown(petition.pk)
    try:
        with transaction.atomic():
            stored = PublishedBreakdown.objects.create(
                petition=petition,
                as_of=as_of,
                by_day={day.isoformat(): n for day, n in days.items()},
                by_country=places,
            )
    except IntegrityError:  # another process published this period first: theirs stands
        return PublishedBreakdown.objects.get(petition=petition, as_of=as_of)
    PublishedBreakdown.objects.filter(petition=petition, as_of__lt=as_of).delete()
    return stored


def publish_due() -> int:
    """Publish the current period's breakdown of every public petition that lacks it
    (the worker's housekeeping calls this, so the hour's numbers are taken on the hour).
    Returns how many were taken."""
    if settings.PUBLIC_BREAKDOWN_SECONDS <= 0:
        return 0
    as_of = publication_time()
    taken = 0
    for petition in Petition.objects.public():
        if not PublishedBreakdown.objects.filter(petition=petition, as_of=as_of).exists():
            publish(petition, as_of)
            taken += 1
    return taken


def country_name(code: str) -> str:
    """The country's name in the active language; OTHER explains itself."""
    if code == OTHER:
        return str(OTHER_NAME % {"n": settings.SMALL_GROUP_THRESHOLD})
    return countries.name(code) or code


def iso_utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
