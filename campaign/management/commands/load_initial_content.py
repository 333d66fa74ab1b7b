"""`manage.py load_initial_content`: the shipped campaign content, brought up to date.

On an empty database it creates the appeal, key figures, demands, endorsers, the about
and privacy pages and the people-first petition, in three languages. On a database that
has them already, it updates each field that still holds the text an earlier release
wrote, and keeps every field staff have edited: it recognises a shipped value by its
hash, stored per object and field when it was written (campaign/initial_content/
loader.py). It never recreates what staff deleted. Safe to run on every deploy.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from campaign import initial_content
from campaign.initial_content.legacy import RELEASE_1
from campaign.initial_content.loader import sync


class Command(BaseCommand):
    help = (
        "Create the People First campaign content (appeal, figures, demands, endorsers, "
        "pages, the people-first petition) in English, Ukrainian and Russian, or bring an "
        "existing copy up to date. A field is updated only while it still holds exactly "
        "what was shipped before (recognised by a hash stored when it was written, or by "
        "the first release's hashes); a field staff edited is kept, and listed. Objects "
        "staff deleted are not recreated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would change, change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        with transaction.atomic():
            report = sync(initial_content.items(), RELEASE_1)
            if dry_run:
                transaction.set_rollback(True)
        self._say(report, dry_run)

    def _say(self, report, dry_run):
        would = "Would have " if dry_run else ""
        lines = [
            ("created", report.created),
            ("updated", report.updated),
            ("deleted (no longer shipped, never edited)", report.deleted),
        ]
        for verb, names in lines:
            if names:
                text = f"{would}{verb}: {', '.join(names)}"
                self.stdout.write(text[0].upper() + text[1:])
        if report.kept:
            self.stdout.write(f"Kept as staff edited them: {', '.join(report.kept)}")
        if report.left_deleted:
            self.stdout.write(f"Not recreated (staff deleted): {', '.join(report.left_deleted)}")
        if report.left_retired:
            self.stdout.write(
                "No longer shipped but kept (staff edited): " + ", ".join(report.left_retired)
            )
        if not report.changed():
            self.stdout.write("The campaign content is up to date: nothing changed.")
        elif not dry_run:
            self.stdout.write(self.style.SUCCESS("The People First content is up to date."))
