"""`manage.py anonymise_petition <slug>`: forget the signers of a closed petition."""

from django.core.management.base import BaseCommand, CommandError

from petitions import counting, staff
from petitions.models import Petition


class Command(BaseCommand):
    help = (
        "Remove all personal data of a closed petition: pending signatures are deleted; "
        "confirmed ones keep only their country and dates (no address hash, domain, "
        "sealed identity or public name), so the count, the tallies and the press data "
        "stay exactly as they were. Refuses a petition that is still open. Export the "
        "sealed signers first if the coalition still needs them: this cannot be undone."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The petition's slug.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say what would be removed."
        )

    def handle(self, *args, slug, dry_run=False, **options):
        petition = Petition.objects.filter(slug=slug).first()
        if petition is None:
            raise CommandError(f"No petition with the slug {slug!r}.")
        if petition.is_open():
            raise CommandError(
                f"The petition {slug!r} is still open: close it first (set its closing date "
                "or untick 'active'), then anonymise it."
            )
        result = staff.anonymise_petition(petition, dry_run=dry_run)
        total = counting.total(petition.pk)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {result['deleted_pending']} pending signature(s) and "
            f"{'would anonymise' if dry_run else 'anonymised'} {result['anonymised']} "
            f"confirmed one(s) of {slug!r}; its count stays {total}."
        )
