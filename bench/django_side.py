"""Set-up steps of `make bench` that need the stack's Django settings (run with its
environment by bench/run.py, never on a production database):

    python bench/django_side.py pending N FILE   # N pending signatures, their confirm
                                                 # tokens written to FILE, one a line
    python bench/django_side.py emails N         # N pending signatures, each with its
                                                 # confirmation email queued
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _pending(n, tag):
    from petitions import privacy
    from petitions.models import Petition, Signature

    petition = Petition.objects.get(slug="people-first")
    sealed = privacy.seal({"name": "Bench Signer", "email": f"{tag}@example.org"})
    run = os.urandom(6).hex()
    addresses = [f"{tag}-{run}-{i}@example.org" for i in range(n)]
    rows = Signature.objects.bulk_create(
        [
            Signature(
                petition=petition,
                email_hash=privacy.email_hash(address),
                email_domain="example.org",
                email_encrypted=privacy.encrypt(address),
                sealed_identity=sealed,
                country="UA",
                language="en",
            )
            for address in addresses
        ],
        batch_size=5000,
    )
    return rows, addresses


def pending(n, path):
    from petitions.signing import confirm_token

    rows, _ = _pending(n, "confirm")
    Path(path).write_text("".join(confirm_token(s) + "\n" for s in rows))


def emails(n):
    from petitions.tasks import send_signature_email

    rows, _ = _pending(n, "email")
    for signature in rows:
        # As petitions.signing.sign enqueues it: the task reads the encrypted address
        # from the pending signature, its own row holds none.
        send_signature_email.enqueue(signature.pk, None, "confirm", "en")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "people_first.settings")
    import django

    django.setup()
    command, *args = sys.argv[1:]
    if command == "pending":
        pending(int(args[0]), args[1])
    elif command == "emails":
        emails(int(args[0]))
    else:
        sys.exit(f"unknown command {command}")
