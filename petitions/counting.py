"""Counting confirmed signatures: exact, O(1) to read, no single hot row.

The design
----------
Every confirmation (and every withdrawal or invalidation of a confirmed signature)
upserts two small rows in the same transaction that changes the signature:

- a `CounterShard` row, one of `SHARDS` per petition, chosen by the signature id;
  the total is the sum of those few rows: one index scan of `SHARDS` rows whatever the
  number of signatures;
- a `Tally` row per (petition, UTC day, country, shard), which the press data and
  charts aggregate; its size grows with days x countries, never with signatures.

Both are `INSERT ... ON CONFLICT DO UPDATE SET count = count + delta`, so concurrent
confirmations never lose an update, and `recount` rebuilds both from the signatures.
Rows are always locked in one order (counter shards, then tallies, each sorted), so
transactions that change several signatures at once cannot deadlock each other.

On PostgreSQL every change also takes a shared advisory lock on its petition, which
costs nothing between confirmations (shared locks do not conflict); `recount` takes the
same lock exclusively, so a rebuild on a live site waits for the confirmations in flight
and holds back new ones for its few milliseconds, and never misses or doubles one.

Why shards: a single counter row serialises every confirmation behind one row lock.
Measured with pgbench on a 2-core machine: one hot row took ~3,400
updates/s, the same updates spread over 16 rows ~17,600/s; reading 16 rows costs
~0.06 ms against ~14 ms for `count(*)` over 500k signatures. `make bench` measures the
confirm POST at 1k and 1M signatures (docs/performance.md).
"""

import datetime
from collections import Counter
from collections.abc import Iterable
from functools import partial
from typing import Any

from django.db import connection, transaction
from django.db.models import Count, Sum
from django.db.models.functions import Mod
from django.utils import timezone

from people_first import pagecache

from .models import CounterShard, Petition, Signature, Tally

# (petition id, signature id, country code, UTC day, +1 or -1)
Change = tuple[int, int, str, datetime.date, int]

SHARDS = 16
TALLY_SHARDS = 4
# How long a process may show a count it read (public pages and data; see live_total).
LIVE_SECONDS = 1.0

# No time of the last change is kept: it would date the latest confirmations to the
# microsecond for anyone with a copy of the database.
_UPSERT_COUNTER = """
INSERT INTO petitions_countershard (petition_id, shard, count)
VALUES (%s, %s, %s)
ON CONFLICT (petition_id, shard)
DO UPDATE SET count = petitions_countershard.count + EXCLUDED.count
"""

_UPSERT_TALLY = """
INSERT INTO petitions_tally (petition_id, day, country, shard, count)
VALUES (%s, %s, %s, %s, %s)
ON CONFLICT (petition_id, day, country, shard)
DO UPDATE SET count = petitions_tally.count + EXCLUDED.count
"""


def add(
    *, petition_id: int, signature_id: int, country: str, day: datetime.date, delta: int
) -> None:
    """Add `delta` (+1 or -1) to the counts; call inside the transaction that changed
    the signature, so the count never disagrees with the signatures."""
    add_many([(petition_id, signature_id, country, day, delta)])


def add_many(changes: Iterable[Change]) -> None:
    """Apply [(petition_id, signature_id, country, day, delta)] in one go: deltas summed
    per row, rows upserted in a fixed order (no deadlocks between two such calls)."""
    counters: Counter[tuple[int, int]] = Counter()
    tallies: Counter[tuple[int, datetime.date, str, int]] = Counter()
    for petition_id, signature_id, country, day, delta in changes:
        counters[petition_id, signature_id % SHARDS] += delta
        tallies[petition_id, day, str(country), signature_id % TALLY_SHARDS] += delta
    with connection.cursor() as cursor:
        for petition_id in sorted({petition_id for petition_id, _ in counters}):
            _lock(cursor, petition_id, shared=True)
        for (petition_id, shard), delta in sorted(counters.items()):
            if delta:
                cursor.execute(_UPSERT_COUNTER, [petition_id, shard, delta])
        for (petition_id, day, country, shard), delta in sorted(tallies.items()):
            if delta:
                cursor.execute(_UPSERT_TALLY, [petition_id, day, country, shard, delta])
    _forget_live_after_commit({petition_id for petition_id, _ in counters})


def _forget_live_after_commit(petition_ids: Iterable[int]) -> None:
    """Now, and again once the change is visible to other connections (a page served
    in between may have read the count before the commit)."""

    def forget() -> None:
        for petition_id in petition_ids:
            forget_live_total(petition_id)

    forget()
    transaction.on_commit(forget)


_LOCK_NAMESPACE = 7262  # any constant: the advisory lock's first key, "count"


def _lock(cursor: Any, petition_id: int, *, shared: bool) -> None:
    """A transaction-scoped advisory lock on one petition's counts (PostgreSQL only;
    SQLite, for `make run`, lets one writer in at a time anyway)."""
    if connection.vendor != "postgresql":
        return
    function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
    cursor.execute(f"SELECT {function}(%s, %s)", [_LOCK_NAMESPACE, petition_id])  # noqa: S608


_TOTAL = "SELECT COALESCE(SUM(count), 0) FROM petitions_countershard WHERE petition_id = %s"


def total(petition_id: int) -> int:
    """The number of confirmed, valid signatures.

    Plain SQL: every page view asks, and the ORM's query building would cost more than
    the query itself (an index scan of SHARDS rows)."""
    with connection.cursor() as cursor:
        cursor.execute(_TOTAL, [petition_id])
        return int(cursor.fetchone()[0])


def live_total(petition_id: int) -> int:
    """total(), read at most once every LIVE_SECONDS in each process: for the public
    pages, data and embed, which CDNs may keep for PUBLIC_CACHE_SECONDS anyway. At a
    thousand page views a second that is one count query a second per process, not a
    thousand. A process that changes a count forgets its copy (add_many): its next page
    shows the change at once, other processes' pages within LIVE_SECONDS. The thank-you
    page reads total() itself."""
    return pagecache.recent("count", [petition_id], LIVE_SECONDS, partial(total, petition_id))


def forget_live_total(petition_id: int) -> None:
    pagecache.forget("count", [petition_id])


def totals(petition_ids: list[int]) -> dict[int, int]:
    rows = (
        CounterShard.objects.filter(petition_id__in=petition_ids)
        .values("petition_id")
        .annotate(n=Sum("count"))
    )
    found = {row["petition_id"]: row["n"] for row in rows}
    return {pk: found.get(pk, 0) for pk in petition_ids}


# One statement, so both lists come from the same snapshot of the table (PostgreSQL
# gives each statement one snapshot): their sums agree even while people confirm.
_BREAKDOWN = """
SELECT day, NULL, SUM(count) FROM petitions_tally WHERE petition_id = %s GROUP BY day
UNION ALL
SELECT NULL, country, SUM(count) FROM petitions_tally WHERE petition_id = %s GROUP BY country
"""


def breakdown(petition_id: int) -> tuple[dict[datetime.date, int], dict[str, int]]:
    """({date: n}, {country: n}) of confirmed, valid signatures; empty cells left out."""
    days, places = {}, {}
    with connection.cursor() as cursor:
        cursor.execute(_BREAKDOWN, [petition_id, petition_id])
        for day, country, n in cursor.fetchall():
            if not n:
                continue
            if country is None:
                day = day if isinstance(day, datetime.date) else datetime.date.fromisoformat(day)
                days[day] = int(n)
            else:
                places[country] = int(n)
    return days, places


def by_country(petition_id: int) -> list[tuple[str, int]]:
    """[(country code, count)], largest first."""
    places = breakdown(petition_id)[1]
    return sorted(places.items(), key=lambda row: (-row[1], row[0]))


def by_day(petition_id: int) -> list[tuple[datetime.date, int]]:
    """[(date, count)] for the days that have signatures, ascending."""
    return sorted(breakdown(petition_id)[0].items())


def utc_day(moment: datetime.datetime) -> datetime.date:
    return moment.astimezone(datetime.UTC).date()


def utc_today() -> datetime.date:
    return utc_day(timezone.now())


def recount(petition: Petition, *, dry_run: bool = False) -> tuple[int, int]:
    """Rebuild the counts of one petition from its signatures. Returns (stored, real):
    the total the counters held before, and the number of confirmed, valid signatures."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            _lock(cursor, petition.pk, shared=False)  # confirmations wait (docstring above)
        counted = Signature.objects.counted().filter(petition=petition)
        stored = total(petition.pk)
        real = counted.count()
        if dry_run:
            return stored, real
        CounterShard.objects.filter(petition=petition).delete()
        Tally.objects.filter(petition=petition).delete()
        shards = counted.annotate(s=Mod("id", SHARDS)).values("s").annotate(n=Count("id"))
        CounterShard.objects.bulk_create(
            CounterShard(petition=petition, shard=row["s"], count=row["n"]) for row in shards
        )
        cells = counted.values("confirmed_on", "country").annotate(n=Count("id"))
        Tally.objects.bulk_create(
            Tally(
                petition=petition,
                day=c["confirmed_on"],
                country=c["country"],
                shard=0,
                count=c["n"],
            )
            for c in cells
        )
        _forget_live_after_commit([petition.pk])
    return stored, real
