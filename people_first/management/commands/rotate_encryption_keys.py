"""`manage.py rotate_encryption_keys`: re-encrypt every encrypted column of every app
(people_first.fields.EncryptedTextField) with the newest key."""

from django.core.management.base import BaseCommand

from people_first.fields import rotate_encrypted_columns


class Command(BaseCommand):
    help = (
        "Key rotation for FIELD_ENCRYPTION_KEYS (comma-separated, newest first): "
        "re-encrypt every encrypted column of every app (EncryptedTextField: the "
        "addresses of confirmation emails still queued, the endorsement requests) with "
        "the first key. Rotate in three steps: put a new key first "
        "(`python -m people_first.keys --fernet`) and restart; run this command; then "
        "drop the old key and restart. Values that no configured key opens are counted "
        "and left alone. Each row is rewritten only if it did not change meanwhile, so "
        "an email sent at the same time (which erases its address) wins."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count the rows.")

    def handle(self, *args, dry_run=False, **options):
        report = rotate_encrypted_columns(dry_run=dry_run)
        verb = "Would re-encrypt" if dry_run else "Re-encrypted"
        for label, (done, unreadable) in report.items():
            self.stdout.write(f"{verb} {done} encrypted value(s) of {label}.")
            if unreadable:
                self.stderr.write(
                    f"{unreadable} encrypted value(s) of {label} open with none of the "
                    "configured keys: left as they are."
                )
