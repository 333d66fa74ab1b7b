"""`manage.py recount`: rebuild every petition's count from its signatures."""

from django.core.management.base import BaseCommand

from petitions import counting
from petitions.models import Petition


class Command(BaseCommand):
    help = (
        "Rebuild the count of every petition (counter shards and tallies) from its "
        "confirmed, valid signatures, and report any drift found. Safe on a live site."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only report the drift; change nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        drifted = 0
        for petition in Petition.objects.order_by("pk"):
            stored, real = counting.recount(petition, dry_run=dry_run)
            drift = stored - real
            if drift:
                drifted += 1
                action = "would fix" if dry_run else "fixed"
                self.stdout.write(
                    self.style.WARNING(
                        f"{petition.slug}: stored {stored}, counted {real}, "
                        f"drift {drift:+d} ({action})"
                    )
                )
            else:
                self.stdout.write(f"{petition.slug}: {real}, no drift")
        summary = f"{drifted} petition(s) with drift"
        if dry_run:
            summary += " (dry run: nothing changed)"
        self.stdout.write(summary)
