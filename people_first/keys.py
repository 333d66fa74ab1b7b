"""Generates the secrets a fresh checkout needs (`make keys`), without Django settings.

    python -m people_first.keys .dev-keys.env

writes SECRET_KEY, EMAIL_HASH_SECRET, FIELD_ENCRYPTION_KEYS and SIGNERS_PUBLIC_KEY into
the file (if it does not exist yet) and the signers' private key beside it, in
`.dev-keys/signers-private.key`. Production keys are made the same way, on an offline
machine for the private key (README, "Security and privacy").
"""

import base64
import secrets
import sys
from pathlib import Path

from cryptography.fernet import Fernet
from nacl.public import PrivateKey


def new_keys():
    private = PrivateKey.generate()
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "EMAIL_HASH_SECRET": secrets.token_urlsafe(32),
        "FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "SIGNERS_PUBLIC_KEY": base64.b64encode(bytes(private.public_key)).decode(),
    }, base64.b64encode(bytes(private)).decode()


def main(path):
    target = Path(path)
    if target.exists():
        return
    values, private = new_keys()
    key_dir = target.parent / ".dev-keys"
    key_dir.mkdir(mode=0o700, exist_ok=True)
    (key_dir / "signers-private.key").write_text(private + "\n")
    target.write_text(
        "# Development keys made by `make keys`. Never use them in production.\n"
        + "".join(f"{name}={value}\n" for name, value in values.items())
    )
    print(f"Wrote development keys to {target} and {key_dir}/signers-private.key")  # noqa: T201


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".dev-keys.env")
