"""`manage.py rotate_encryption_keys`: re-encrypt what the server reads with its Fernet
keys (the queued confirmation emails, and every encrypted column of every app:
petitions.fields.EncryptedTextField) with the newest key."""

from cryptography.fernet import InvalidToken
from django.core.management.base import BaseCommand

from petitions import privacy
from petitions.fields import rotate_encrypted_columns
from petitions.models import PendingSignature


def _rotated(token):
    try:
        return privacy.rotate(token)
    except (InvalidToken, ValueError):
        return None


class Command(BaseCommand):
    help = (
        "Key rotation for FIELD_ENCRYPTION_KEYS (comma-separated, newest first): "
        "re-encrypt the addresses of confirmation emails still queued and every encrypted "
        "column of every app (EncryptedTextField: the endorsement requests, for one) with "
        "the first key. Rotate in three steps: put a new key first "
        "(`python -m people_first.keys --fernet`) and restart; run this command; then "
        "drop the old key and restart. Tokens that no configured key opens are counted "
        "and left alone. Each row is rewritten only if it did not change meanwhile, so an "
        "email sent at the same time (which erases its address) wins."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count the rows.")

    def handle(self, *args, dry_run=False, **options):
        queued = PendingSignature.objects.filter(outbox__isnull=False)
        if dry_run:
            self.stdout.write(
                f"Would re-encrypt the addresses of {queued.count()} queued email(s)."
            )
            self._rotate_columns(dry_run=True)
            return
        done = unreadable = 0
        for pk, token in queued.values_list("pk", "outbox").iterator(chunk_size=2000):
            new = _rotated(token)
            if new is None:
                unreadable += 1
                continue
            done += PendingSignature.objects.filter(pk=pk, outbox=token).update(outbox=new)
        self.stdout.write(
            f"Re-encrypted the addresses of {done} queued email(s) with the newest key."
        )
        if unreadable:
            self.stderr.write(
                f"{unreadable} queued email(s) open with none of the configured keys: "
                "left as they are (they cannot be sent)."
            )
        self._rotate_columns()

    def _rotate_columns(self, dry_run=False):
        """The EncryptedTextField columns, found in every installed app."""
        for label, (done, unreadable) in rotate_encrypted_columns(dry_run=dry_run).items():
            if done:
                verb = "Would re-encrypt" if dry_run else "Re-encrypted"
                self.stdout.write(f"{verb} {done} encrypted value(s) of {label}.")
            if unreadable:
                self.stderr.write(
                    f"{unreadable} encrypted value(s) of {label} open with none of the "
                    "configured keys: left as they are."
                )
