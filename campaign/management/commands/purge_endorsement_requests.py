"""`manage.py purge_endorsement_requests`: forget decided endorsement requests."""

from django.core.management.base import BaseCommand

from campaign import services


class Command(BaseCommand):
    help = (
        "Delete the endorsement requests rejected, or approved (their endorser made), more "
        "than ENDORSEMENT_REQUESTS_KEEP_DAYS days ago (30 unless set). Requests waiting "
        "for review are kept. Run it daily, from cron like purge_unconfirmed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count the requests.")

    def handle(self, *args, dry_run=False, **options):
        if dry_run:
            n = services.decided_long_ago().count()
            self.stdout.write(f"Would delete {n} decided endorsement request(s).")
        else:
            n = services.purge_decided()
            self.stdout.write(f"Deleted {n} decided endorsement request(s).")
