"""`manage.py seed_signatures N`: add N confirmed signatures to a petition, fast.

For `make bench` and for trying the site at scale; never on the production database.
Rows are written with PostgreSQL's COPY in batches, shaped like real ones: countries
skewed towards Ukraine and its neighbours with a long tail, confirmations spread over
the last `--days` days (dated to the day, as real ones are), a few public first names,
a unique address hash per row. Each batch shares one sealed identity (a placeholder
sealed to the configured key) to save time. The counts are then rebuilt from the
signatures (counting.recount), so they stay exact.
"""

import datetime
import os
import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django_countries import countries

from petitions import counting, privacy
from petitions.models import Petition

BATCH = 50_000
COLUMNS = (
    "petition_id",
    "email_hash",
    "domain_hash",
    "sealed_identity",
    "public_name",
    "country",
    "language",
    "confirmed_on",
)
# Weighted like a Ukrainian-led campaign's signers; every other country gets a little.
MAIN_COUNTRIES = {
    "UA": 30, "PL": 9, "DE": 9, "US": 7, "GB": 6, "FR": 4, "CA": 4, "LT": 3, "CZ": 3,
    "NL": 3, "LV": 2, "EE": 2, "SE": 2, "FI": 2, "IT": 2, "ES": 2, "MD": 1, "GE": 1,
}  # fmt: skip
TAIL_WEIGHT = 0.05
DOMAINS = {"gmail.com": 40, "ukr.net": 15, "outlook.com": 12, "yahoo.com": 8, "gmx.de": 5,
           "wp.pl": 5, "i.ua": 5, "proton.me": 4, "example.org": 6}  # fmt: skip
LANGUAGES = {"uk": 45, "en": 40, "ru": 15}
FIRST_NAMES = (
    "Olena Taras Iryna Andrii Maria Oleksandr Anna Jan Sophie James Kateryna Piotr".split()
)
PUBLIC_SHARE = 0.2


def _weighted(table):
    return list(table), list(table.values())


class Command(BaseCommand):
    help = (
        "Add N confirmed signatures to a petition (COPY, in batches), shaped like real "
        "ones, then rebuild its counts. For benchmarks and trials only, never production."
    )

    def add_arguments(self, parser):
        parser.add_argument("n", type=int, help="How many signatures to add.")
        parser.add_argument("--petition", default="people-first", help="Petition slug.")
        parser.add_argument(
            "--days", type=int, default=60, help="Spread the signatures over this many days."
        )
        parser.add_argument("--seed", type=int, help="Random seed, for repeatable data.")
        parser.add_argument("--dry-run", action="store_true", help="Only say what would be added.")

    def handle(self, *args, n, petition, days, seed=None, dry_run=False, **options):
        if n < 0 or days < 1:
            raise CommandError("N must be at least 0 and --days at least 1.")
        if connection.vendor != "postgresql":
            raise CommandError("seed_signatures needs PostgreSQL (it uses COPY).")
        target = Petition.objects.filter(slug=petition).first()
        if target is None:
            raise CommandError(f"No petition with the slug {petition!r}.")
        if dry_run:
            self.stdout.write(f"Would add {n} confirmed signatures to {petition} over {days} days.")
            return
        started = time.monotonic()
        rng = random.Random(seed)  # noqa: S311 - sample data, not secrets
        with transaction.atomic():
            with connection.cursor() as cursor:
                copy_sql = f"COPY petitions_signature ({', '.join(COLUMNS)}) FROM STDIN"
                with cursor.cursor.copy(copy_sql) as copy:
                    for size in _batches(n):
                        for row in _rows(target, size, days, rng):
                            copy.write_row(row)
            stored, real = counting.recount(target)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE petitions_signature")
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {n} confirmed signatures to {petition} in "
                f"{time.monotonic() - started:.1f} s; counts rebuilt: {real} in total."
            )
        )


def _batches(n):
    while n > 0:
        yield min(n, BATCH)
        n -= BATCH


def _country_weights():
    main_codes, main_weights = _weighted(MAIN_COUNTRIES)
    tail = sorted(code for code in countries.countries if code not in MAIN_COUNTRIES)
    return main_codes + tail, main_weights + [TAIL_WEIGHT] * len(tail)


def _rows(petition, size, days, rng):
    now = timezone.now()
    span = days * 86400
    codes, weights = _country_weights()
    domains, domain_weights = _weighted(DOMAINS)
    languages, language_weights = _weighted(LANGUAGES)
    sealed = privacy.seal({"name": "Seeded signer", "email": "seeded@example.org"})
    domain_hashes = {domain: privacy.domain_hash(domain) for domain in domains}
    hashes = os.urandom(32 * size).hex()
    picked_countries = rng.choices(codes, weights, k=size)
    picked_domains = rng.choices(domains, domain_weights, k=size)
    picked_languages = rng.choices(languages, language_weights, k=size)
    for i in range(size):
        confirmed = now - datetime.timedelta(seconds=rng.random() * span)
        public_name = rng.choice(FIRST_NAMES) if rng.random() < PUBLIC_SHARE else None
        yield (
            petition.pk,
            hashes[64 * i : 64 * (i + 1)],
            domain_hashes[picked_domains[i]],
            sealed,
            public_name,
            picked_countries[i],
            picked_languages[i],
            counting.utc_day(confirmed),
        )
