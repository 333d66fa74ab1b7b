"""`manage.py rotate_encryption_keys`: re-encrypt pending addresses, queued emails and
every encrypted column of every app (petitions.fields.EncryptedTextField) with the newest
key."""

from cryptography.fernet import InvalidToken
from django.core.management.base import BaseCommand
from django_tasks_db.models import DBTaskResult

from petitions import privacy
from petitions.fields import rotate_encrypted_columns
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
        "tasks and every encrypted column of every app (EncryptedTextField: the "
        "endorsement requests, for one) with the first key. Rotate in "
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
            self._rotate_columns(dry_run=True)
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


def _address_token(args_kwargs):
    """The encrypted address a queued email carries ("already signed" emails), or None
    (confirmation emails read the pending signature's)."""
    args = args_kwargs.get("args", [])
    return args[1] if len(args) > 1 and args[1] else None
