"""`manage.py rotate_encryption_keys`: re-encrypt pending addresses, queued emails and
endorsement contacts with the newest key."""

from cryptography.fernet import InvalidToken
from django.core.management.base import BaseCommand
from django_tasks_db.models import DBTaskResult

from campaign.models import EndorsementRequest
from petitions import privacy
from petitions.models import Signature

EMAIL_TASK = "petitions.tasks.send_signature_email"


def _rotated(token):
    try:
        return privacy.rotate(token)
    except (InvalidToken, ValueError):
        return None


class Command(BaseCommand):
    help = (
        "Key rotation for FIELD_ENCRYPTION_KEYS (comma-separated, newest first): "
        "re-encrypt every pending signature's address, the addresses in queued email "
        "tasks and the endorsement requests' contacts with the first key. Rotate in "
        "three steps: put a new key first "
        "(`python -m people_first.keys --fernet`) and restart; run this command; then "
        "drop the old key and restart. Tokens that no configured key opens are counted "
        "and left alone. Each row is rewritten only if it did not change meanwhile, so a "
        "confirmation that erases an address at the same time wins."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count the rows.")

    def handle(self, *args, dry_run=False, **options):
        signatures = Signature.objects.filter(email_encrypted__isnull=False)
        tasks = DBTaskResult.objects.filter(task_path=EMAIL_TASK, status__in=["READY", "RUNNING"])
        if dry_run:
            carrying = sum(
                1 for a in tasks.values_list("args_kwargs", flat=True) if _address_token(a)
            )
            self.stdout.write(
                f"Would re-encrypt {signatures.count()} pending address(es) and the "
                f"addresses of {carrying} queued email(s)."
            )
            if contacts := EndorsementRequest.objects.count():
                self.stdout.write(f"Would re-encrypt {contacts} endorsement contact(s).")
            return
        done = unreadable = 0
        for pk, token in signatures.values_list("pk", "email_encrypted").iterator(chunk_size=2000):
            new = _rotated(token)
            if new is None:
                unreadable += 1
                continue
            done += Signature.objects.filter(pk=pk, email_encrypted=token).update(
                email_encrypted=new
            )
        queued = 0
        for pk, args_kwargs in tasks.values_list("pk", "args_kwargs").iterator(chunk_size=2000):
            args = list(args_kwargs.get("args", []))
            token = _address_token(args_kwargs)
            new = _rotated(token) if token else None
            if new is None:
                continue
            args[1] = new
            queued += DBTaskResult.objects.filter(pk=pk, args_kwargs=args_kwargs).update(
                args_kwargs={**args_kwargs, "args": args}
            )
        self.stdout.write(
            f"Re-encrypted {done} pending address(es) and {queued} queued email(s) with the "
            "newest key."
        )
        if unreadable:
            self.stderr.write(
                f"{unreadable} pending address(es) open with none of the configured keys: "
                "left as they are (their confirmation emails cannot be sent)."
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


def _address_token(args_kwargs):
    """The encrypted address a queued email carries ("already signed" emails), or None
    (confirmation emails read the pending signature's)."""
    args = args_kwargs.get("args", [])
    return args[1] if len(args) > 1 and args[1] else None
