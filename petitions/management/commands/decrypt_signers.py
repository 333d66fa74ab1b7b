"""`manage.py decrypt_signers`: open a sealed signer export with the offline private key."""

import base64
import binascii
import csv
import os
import sys
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from nacl.exceptions import CryptoError

from petitions import privacy

# Exports name the date column confirmed_on (a day); older ones confirmed_at (a time).
EXPORT_COLUMNS = ["id", "country", "confirmed_on", "sealed_identity"]
OLDER_EXPORT_COLUMNS = ["id", "country", "confirmed_at", "sealed_identity"]
OUTPUT_COLUMNS = ["id", "name", "email", "country", "updates", "public", "confirmed_on"]
# A spreadsheet runs a cell that starts with one of these as a formula: signers type
# their own names, so such cells are written with a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def read_private_key(path):
    """The base64 key from FILE: the key alone (.dev-keys/signers-private.key) or the
    SIGNERS_PRIVATE_KEY=... line printed by `python -m people_first.keys --print`."""
    try:
        lines = Path(path).read_text().splitlines()
    except OSError as exc:
        raise CommandError(f"Cannot read the private key file {path}: {exc.strerror}.") from None
    lines = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    key = lines[-1].removeprefix("SIGNERS_PRIVATE_KEY=") if lines else ""
    try:
        if len(base64.b64decode(key, validate=True)) == 32:
            return key
    except binascii.Error:
        pass
    raise CommandError(f"{path} does not hold a signers' private key (32 bytes, base64).")


def safe_cell(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def yes_no(value):
    return "yes" if value else "no"


class Command(BaseCommand):
    help = (
        "Turn a sealed signer export (the CSV downloaded from the admin: "
        "id,country,confirmed_on,sealed_identity) into a readable CSV with the columns "
        "id,name,email,country,updates,public,confirmed_on, using the coalition's private "
        "key. Run it on the offline machine that holds the key: it needs no database and "
        "no network (a checkout with `make keys` is enough). Example: "
        "`manage.py decrypt_signers --private-key signers-private.key export.csv "
        "-o signers.csv`. With a wrong key it stops with an error and writes nothing. "
        "`--updates-only` keeps the signers who asked for campaign news. Cells that a "
        "spreadsheet would run as a formula get a leading apostrophe. The output holds "
        "names and addresses in clear: keep it offline and delete it after use."
    )
    # Nothing here may touch the database: no system checks, no migrations check.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("export", help="The sealed export CSV from the admin.")
        parser.add_argument(
            "--private-key",
            required=True,
            metavar="FILE",
            help="File with the signers' private key (base64), kept offline.",
        )
        parser.add_argument(
            "-o",
            "--output",
            metavar="FILE",
            help="Where to write the readable CSV (default: standard output).",
        )
        parser.add_argument(
            "--updates-only",
            action="store_true",
            help="Only the signers who asked for news about the campaign.",
        )

    def handle(self, *args, export, private_key, output=None, updates_only=False, **options):
        key = read_private_key(private_key)
        # Written to a temporary file first: a failure halfway leaves no partial output.
        target_dir = Path(output).resolve().parent if output else None
        with tempfile.NamedTemporaryFile(
            "w", newline="", encoding="utf-8", dir=target_dir, delete=False, suffix=".csv"
        ) as tmp:
            try:
                n = self.decrypt(export, key, tmp, updates_only=updates_only)
            except BaseException:
                tmp.close()
                os.unlink(tmp.name)
                raise
        if output:
            os.replace(tmp.name, output)
            self.stderr.write(f"Wrote {n} signer(s) to {output}.")
        else:
            with open(tmp.name, encoding="utf-8") as result:
                self.stdout.write(result.read(), ending="")
            os.unlink(tmp.name)
            self.stderr.write(f"{n} signer(s).")

    def decrypt(self, export, key, out, *, updates_only):
        writer = csv.writer(out)
        writer.writerow(OUTPUT_COLUMNS)
        n = 0
        for line, row in self.rows(export):
            try:
                identity = privacy.unseal(row["sealed_identity"], key)
            except (CryptoError, binascii.Error, ValueError):
                raise CommandError(
                    f"{export}, line {line}: the private key does not open this signature. "
                    "Is it the coalition's key for this site? Nothing was written."
                ) from None
            if updates_only and not identity.get("updates"):
                continue
            writer.writerow(
                [
                    row["id"],
                    safe_cell(identity.get("name", "")),
                    safe_cell(identity.get("email", "")),
                    identity.get("country") or row["country"],
                    yes_no(identity.get("updates")),
                    yes_no(identity.get("public")),
                    row.get("confirmed_on") or row["confirmed_at"],
                ]
            )
            n += 1
        return n

    def rows(self, export):
        try:
            handle = open(export, newline="", encoding="utf-8-sig")
        except OSError as exc:
            raise CommandError(f"Cannot read {export}: {exc.strerror}.") from None
        with handle:
            csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
            reader = csv.DictReader(handle)
            if reader.fieldnames not in (EXPORT_COLUMNS, OLDER_EXPORT_COLUMNS):
                raise CommandError(
                    f"{export} is not a sealed signer export: expected the columns "
                    f"{','.join(EXPORT_COLUMNS)}."
                )
            for row in reader:
                yield reader.line_num, row
