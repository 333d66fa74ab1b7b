"""Generates the secrets the site needs, without Django settings.

    python -m people_first.keys .dev-keys.env   # `make keys`: development keys
    python -m people_first.keys --print --private-key-file PATH
                                                # production: server values on stdout,
                                                # the private key into PATH
    python -m people_first.keys --fernet        # one new Fernet key, for rotation

The first form writes SECRET_KEY, EMAIL_HASH_SECRET, FIELD_ENCRYPTION_KEYS and
SIGNERS_PUBLIC_KEY into the file (if it does not exist yet) and the signers' private key
beside it, in `.dev-keys/signers-private.key`.

For production, run `--print` on an offline machine: the lines on stdout go to the
server; the private key goes only into its own file (a new one, readable by its owner
alone), never into the same output as the server's variables, where it would be copied
to the server with them. That file stays offline (docs/operations.md, "Keys: generation,
rotation, what stays offline"): it
is what `manage.py decrypt_signers --private-key FILE` reads. The server refuses to start
with SIGNERS_PRIVATE_KEY in its environment (people_first/settings.py).
"""

import argparse
import base64
import os
import secrets
import sys
from pathlib import Path

from cryptography.fernet import Fernet
from nacl.public import PrivateKey


def new_signer_keypair():
    """(public, private), base64: libsodium keys for the sealed signer identities."""
    private = PrivateKey.generate()
    return (
        base64.b64encode(bytes(private.public_key)).decode(),
        base64.b64encode(bytes(private)).decode(),
    )


def new_fernet_key():
    return Fernet.generate_key().decode()


def new_keys():
    """({environment variable: value}, the signers' private key)."""
    public, private = new_signer_keypair()
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "EMAIL_HASH_SECRET": secrets.token_urlsafe(32),
        "FIELD_ENCRYPTION_KEYS": new_fernet_key(),
        "SIGNERS_PUBLIC_KEY": public,
    }, private


def write_dev_keys(path):
    target = Path(path)
    if target.exists():
        return
    values, private = new_keys()
    key_dir = target.parent / ".dev-keys"
    key_dir.mkdir(mode=0o700, exist_ok=True)
    private_file = key_dir / "signers-private.key"
    if private_file.exists():
        # It belongs to another keys file: replacing it would lose what it can open.
        sys.exit(f"{private_file} exists already; move it away to make new keys")
    private_file.write_text(private + "\n")
    private_file.chmod(0o600)
    target.write_text(
        "# Made by `python -m people_first.keys`. The copy in .dev-keys.env (`make keys`)\n"
        "# is for development only: never use it in production.\n"
        + "".join(f"{name}={value}\n" for name, value in values.items())
    )
    target.chmod(0o600)
    print(f"Wrote keys to {target} and the private key to {private_file}")  # noqa: T201


def write_private_key(path, private):
    """Write the key to a new file only its owner can read; never replace a file (it
    may hold the only copy of the key that opens an earlier export)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        sys.exit(f"{path} exists already: choose a new file for the new private key")
    with os.fdopen(fd, "w") as file:
        os.fchmod(file.fileno(), 0o600)
        file.write(private + "\n")


def print_production_keys(private_key_file):
    values, private = new_keys()
    write_private_key(private_key_file, private)
    lines = [
        "# Environment of the server (or one *_FILE secret each):",
        *(f"{name}={value}" for name, value in values.items()),
        "",
        f"# The signers' private key is in {private_key_file}: keep that file OFFLINE,",
        "# never on the server. It alone opens the sealed signer export",
        "# (manage.py decrypt_signers --private-key FILE).",
    ]
    print("\n".join(lines))  # noqa: T201


def main(args):
    parser = argparse.ArgumentParser(
        prog="python -m people_first.keys", description=__doc__.split("\n\n")[0]
    )
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--print",
        action="store_true",
        help="fresh production keys: the server's on stdout, the private key into "
        "--private-key-file",
    )
    what.add_argument("--fernet", action="store_true", help="one new Fernet key, on stdout")
    parser.add_argument(
        "--private-key-file",
        metavar="PATH",
        help="with --print (required): a new file for the signers' private key, kept offline",
    )
    parser.add_argument("path", nargs="?", default=".dev-keys.env", help="development keys file")
    options = parser.parse_args(args)
    if options.print and not options.private_key_file:
        parser.error("--print needs --private-key-file PATH: the private key never goes to stdout")
    if options.private_key_file and not options.print:
        parser.error("--private-key-file goes with --print")
    if options.print:
        print_production_keys(options.private_key_file)
    elif options.fernet:
        print(new_fernet_key())  # noqa: T201
    else:
        write_dev_keys(options.path)


if __name__ == "__main__":
    main(sys.argv[1:])
