"""`manage.py purge_unconfirmed`: delete pending signatures nobody confirmed."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from petitions import staff


class Command(BaseCommand):
    help = (
        "Delete submissions nobody confirmed (pending signatures) older than N days, default "
        "PURGE_UNCONFIRMED_DAYS. Confirmed signatures are never touched. Run it daily "
        '(docs/operations.md, "Housekeeping").'
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Age in days (default: the PURGE_UNCONFIRMED_DAYS setting, 30 unless set).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count what would be deleted.",
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.PURGE_UNCONFIRMED_DAYS if days is None else days
        if days < 0:
            raise CommandError("--days must be zero or more.")
        n = staff.purge_unconfirmed(days=days, dry_run=dry_run)
        if dry_run:
            self.stdout.write(f"{n} pending signature(s) older than {days} days would be deleted.")
        else:
            self.stdout.write(f"Deleted {n} pending signature(s) older than {days} days.")
