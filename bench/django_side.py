"""Set-up steps of `make bench` that need the stack's Django settings (run with its
environment by bench/run.py, never on a production database):

    python bench/django_side.py pending N FILE   # N submissions whose email has gone,
                                                 # their confirm tokens written to FILE
    python bench/django_side.py emails N         # N submissions, each with its
                                                 # confirmation email queued
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _pending(n, tag, *, queued):
    """n submissions as rules.sign stores them (in bulk); returns their tokens. With
    `queued`, each keeps its readable address for the email still to go."""
    import json

    from people_first import crypto
    from petitions import privacy, tokens
    from petitions.models import PendingSignature, Petition

    petition = Petition.objects.get(slug="people-first")
    run = os.urandom(6).hex()
    rows, links = [], []
    for i in range(n):
        address = f"{tag}-{run}-{i}@example.org"
        token = tokens.new()
        details = {
            "name": "Bench Signer",
            "email": address,
            "country": "UA",
            "updates": False,
            "public": False,
            "language": "en",
        }
        letter = {"to": address, "token": token, "language": "en", "site": "http://bench"}
        rows.append(
            PendingSignature(
                petition=petition,
                confirm_digest=tokens.digest(token),
                withdraw_digest=tokens.digest(tokens.withdraw_for(token)),
                details=crypto.lock_with_secret(token, details),
                domain_hash=privacy.domain_hash(address),
                outbox=json.dumps(letter) if queued else None,
            )
        )
        links.append(token)
    return PendingSignature.objects.bulk_create(rows, batch_size=5000), links


def pending(n, path):
    _, links = _pending(n, "confirm", queued=False)
    Path(path).write_text("".join(token + "\n" for token in links))


def emails(n):
    from petitions.rules import deliver_confirmation

    rows, _ = _pending(n, "email", queued=True)
    for pending_signature in rows:
        # As petitions.rules.sign enqueues it: the task row holds only the row's id.
        deliver_confirmation.enqueue(pending_id=pending_signature.pk)


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
