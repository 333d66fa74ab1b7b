from django.core.management.base import BaseCommand
from django.db import transaction

from campaign import initial_content


class Command(BaseCommand):
    help = (
        "Create the People First campaign content (appeal, figures, demands, endorsers, "
        "pages, the people-first petition) in English, Ukrainian and Russian, once: "
        "does nothing when the database already has an appeal, so staff edits are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only say what would happen.")

    def handle(self, *args, dry_run=False, **options):
        from campaign.models import Appeal

        if Appeal.objects.exists():
            self.stdout.write("Campaign content already present: nothing changed.")
            return
        if dry_run:
            self.stdout.write("Would create the initial campaign content.")
            return
        with transaction.atomic():
            initial_content.create()
        self.stdout.write(self.style.SUCCESS("Created the initial People First content."))
