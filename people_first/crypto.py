"""The cryptography that keeps a copy of the database from revealing anyone.

Nothing here is hand-rolled: HMAC from the standard library, Fernet and AES-GCM from
`cryptography`, libsodium sealed boxes and padding from PyNaCl. Four tools:

- `keyed_hash`: HMAC-SHA256 with EMAIL_HASH_SECRET. Equal inputs give equal hashes, so
  it can find duplicates; without the secret it cannot be reversed by guessing inputs.
- `encrypt` / `decrypt` / `rotate`: Fernet with the server's FIELD_ENCRYPTION_KEYS
  (newest first), for what the running server must read back.
- `seal` / `unseal`: a libsodium sealed box to the coalition's SIGNERS_PUBLIC_KEY. The
  server can seal but never open: only the offline private key opens.
- `lock_with_secret` / `open_with_secret`: AES-GCM under a key derived from a secret the
  server does not keep (a link token that lives only in an email), so that only someone
  who holds that secret can read the data back.

Every plain text is padded to a fixed bucket before it is encrypted or sealed: the length
of a ciphertext would otherwise tell the length of a name or an address.
"""

import base64
import hashlib
import hmac
import json
import os
from functools import cache
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from nacl.bindings import sodium_pad, sodium_unpad
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

# Fernet plain texts (an address, an organisation's name) are padded to multiples of
# this; sealed identities and locked details (name, address, country, choices as JSON)
# to multiples of SEALED_BUCKET. Both cover every ordinary value in one bucket.
TEXT_BUCKET = 256
SEALED_BUCKET = 512
# Marks a padded Fernet plain text; texts stored before padding have no such byte (they
# never start with a control character), so both read back.
_PADDED = b"\x01"


def keyed_hash(text: str, *, purpose: str = "") -> str:
    """HMAC-SHA256 of `text` (hex). `purpose` keeps hashes of different kinds of value
    apart; the empty purpose is the address hash, kept as it always was."""
    key = settings.EMAIL_HASH_SECRET.encode()
    message = f"{purpose}\0{text}" if purpose else text
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def pad(data: bytes, bucket: int) -> bytes:
    return sodium_pad(data, bucket)


def unpad(data: bytes, bucket: int) -> bytes:
    return sodium_unpad(data, bucket)


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key.strip().encode()) for key in keys])


def _keys() -> MultiFernet:
    return _fernet(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    return _keys().encrypt(_PADDED + pad(text.encode(), TEXT_BUCKET)).decode()


def decrypt(token: str) -> str | None:
    """The plain text, or None when no configured key opens the token."""
    try:
        data = _keys().decrypt(token.encode())
    except (InvalidToken, ValueError):
        return None
    if data.startswith(_PADDED):
        data = unpad(data[1:], TEXT_BUCKET)
    return data.decode()


def rotate(token: str) -> str:
    """The same plain text, encrypted with the newest key (raises InvalidToken)."""
    return _keys().rotate(token.encode()).decode()


def _json(value: Any, bucket: int) -> bytes:
    """JSON padded with spaces to the bucket: a JSON reader ignores them, so exports
    sealed before padding and after read the same way."""
    data = json.dumps(value, ensure_ascii=False, sort_keys=True).encode()
    return data + b" " * (-len(data) % bucket)


@cache
def _sealed_box(public_key_b64: str) -> SealedBox:
    return SealedBox(PublicKey(base64.b64decode(public_key_b64)))


def seal(value: Any) -> str:
    """Seal a JSON value to the coalition's public key; only the offline key opens it."""
    box = _sealed_box(settings.SIGNERS_PUBLIC_KEY)
    return base64.b64encode(box.encrypt(_json(value, SEALED_BUCKET))).decode()


def unseal(sealed_b64: str, private_key_b64: str) -> Any:
    """Raises nacl's CryptoError (wrong key) or ValueError (not base64 or not JSON)."""
    box = SealedBox(PrivateKey(base64.b64decode(private_key_b64)))
    return json.loads(box.decrypt(base64.b64decode(sealed_b64)))


def _key_from_secret(secret: str) -> bytes:
    # The secret is a random link token (256 bits), so a single HKDF step suffices.
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"people-first lock")
    return hkdf.derive(secret.encode())


def lock_with_secret(secret: str, value: Any) -> str:
    """A JSON value encrypted under a key derived from `secret`, which is not stored."""
    nonce = os.urandom(12)
    data = pad(json.dumps(value, ensure_ascii=False).encode(), SEALED_BUCKET)
    locked = AESGCM(_key_from_secret(secret)).encrypt(nonce, data, None)
    return base64.b64encode(nonce + locked).decode()


def open_with_secret(secret: str, locked_b64: str) -> Any:
    """The value locked with this secret, or None for any other secret."""
    try:
        raw = base64.b64decode(locked_b64)
        data = AESGCM(_key_from_secret(secret)).decrypt(raw[:12], raw[12:], None)
        return json.loads(unpad(data, SEALED_BUCKET))
    except (InvalidTag, ValueError, CryptoError):
        return None
