"""`manage.py rotate_encryption_keys`: re-encrypt what the server reads with its Fernet
keys (queued confirmation emails, endorsement requests) with the newest key."""

from cryptography.fernet import InvalidToken
from django.core.management.base import BaseCommand

from campaign.models import EndorsementRequest
from petitions import privacy
from petitions.models import PendingSignature


def _rotated(token):
    try:
        return privacy.rotate(token)
    except (InvalidToken, ValueError):
        return None


class Command(BaseCommand):
    help = (
        "Key rotation for FIELD_ENCRYPTION_KEYS (comma-separated, newest first): "
        "re-encrypt the addresses of confirmation emails still queued and the endorsement "
        "requests' contacts with the first key. Rotate in three steps: put a new key first "
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
            if contacts := EndorsementRequest.objects.count():
                self.stdout.write(f"Would re-encrypt {contacts} endorsement contact(s).")
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
        self._rotate_contacts()

    def _rotate_contacts(self):
        """Endorsement contacts are read in plain text (any configured key opens them)
        and saved again, which encrypts them with the newest key."""
        done = unreadable = 0
        for request in EndorsementRequest.objects.iterator(chunk_size=500):
            if request.contact_name is None or request.contact_email is None:
                unreadable += 1
                continue
            request.save(update_fields=["contact_name", "contact_email"])
            done += 1
        if done:
            self.stdout.write(f"Re-encrypted {done} endorsement contact(s) with the newest key.")
        if unreadable:
            self.stderr.write(
                f"{unreadable} endorsement contact(s) open with none of the configured keys: "
                "left as they are."
            )
