"""The cryptography that keeps a copy of the database from revealing any signer.

Nothing here is hand-rolled: HMAC from the standard library, Fernet from `cryptography`,
libsodium sealed boxes from PyNaCl.
"""

import base64
import hashlib
import hmac
import json
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from nacl.public import PrivateKey, PublicKey, SealedBox


def normalise_email(address):
    return address.strip().casefold()


def email_domain(address):
    return normalise_email(address).rpartition("@")[2]


def email_hash(address):
    """Keyed hash of the normalised address: equal for the same person, useless without
    the secret (an unkeyed hash of an address is reversed by guessing addresses)."""
    key = settings.EMAIL_HASH_SECRET.encode()
    return hmac.new(key, normalise_email(address).encode(), hashlib.sha256).hexdigest()


@cache
def _fernet(keys):
    return MultiFernet([Fernet(key.strip().encode()) for key in keys])


def encrypt(text):
    return _fernet(tuple(settings.FIELD_ENCRYPTION_KEYS)).encrypt(text.encode()).decode()


def decrypt(token):
    """The plain text, or None when the token was made with a key no longer configured."""
    try:
        return _fernet(tuple(settings.FIELD_ENCRYPTION_KEYS)).decrypt(token.encode()).decode()
    except (InvalidToken, ValueError):
        return None


def rotate(token):
    return _fernet(tuple(settings.FIELD_ENCRYPTION_KEYS)).rotate(token.encode()).decode()


@cache
def _sealed_box(public_key_b64):
    return SealedBox(PublicKey(base64.b64decode(public_key_b64)))


def seal(identity):
    """Seal a dict to the coalition's public key; only the offline private key opens it."""
    data = json.dumps(identity, ensure_ascii=False, sort_keys=True).encode()
    return base64.b64encode(_sealed_box(settings.SIGNERS_PUBLIC_KEY).encrypt(data)).decode()


def unseal(sealed_b64, private_key_b64):
    box = SealedBox(PrivateKey(base64.b64decode(private_key_b64)))
    return json.loads(box.decrypt(base64.b64decode(sealed_b64)))
