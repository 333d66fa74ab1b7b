"""Addresses as the database keeps them: never in clear, only as keyed hashes.

One inbox, one signer. For duplicate detection and the per-address limit an address is
normalised first (docs/security.md, "How each attack is met", 12):
- the domain is lower-cased and written in ASCII (an internationalised domain and its
  punycode `xn--` spelling are the same domain);
- the local part is case-folded (NFC first), and a `+tag` is dropped, for every domain;
- for Gmail (gmail.com, googlemail.com: the same mailboxes) dots in the local part are
  ignored too, as Gmail itself ignores them.
The email still goes to the address exactly as typed.

The cryptography lives in people_first/crypto.py; the names below keep the callers of
this module working.
"""

import unicodedata

import idna

from people_first.crypto import decrypt, encrypt, keyed_hash, rotate, seal, unseal

__all__ = [
    "decrypt",
    "domain_hash",
    "email_domain",
    "email_hash",
    "encrypt",
    "normalise_email",
    "rotate",
    "seal",
    "unseal",
]

GMAIL = "gmail.com"
GMAIL_DOMAINS = {GMAIL, "googlemail.com"}


def ascii_domain(domain: str) -> str:
    """The domain in lower-case ASCII (IDNA 2008 with UTS #46 mapping); a domain that is
    not a valid host name is only case-folded, so that it still compares."""
    domain = domain.strip().rstrip(".")
    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        return domain.casefold()


def normalise_email(address: str) -> str:
    local, _, domain = address.strip().rpartition("@")
    domain = ascii_domain(domain)
    local = unicodedata.normalize("NFC", local).casefold()
    untagged = local.split("+", 1)[0]
    local = untagged or local  # "+tag@x" has nothing before the tag: keep it whole
    if domain in GMAIL_DOMAINS:
        local, domain = local.replace(".", ""), GMAIL
    return f"{local}@{domain}"


def email_domain(address: str) -> str:
    """The normalised domain of an address."""
    return normalise_email(address).rpartition("@")[2]


def email_hash(address: str) -> str:
    """Keyed hash of the normalised address: equal for the same inbox, useless without
    the secret (an unkeyed hash of an address is reversed by guessing addresses)."""
    return keyed_hash(normalise_email(address))


def domain_hash(address_or_domain: str) -> str:
    """Keyed hash of an address's domain (or of a domain typed by staff): a domain can
    name an employer or a university, so the database keeps only this."""
    domain = address_or_domain.rpartition("@")[2]
    return keyed_hash(email_domain(f"x@{domain}"), purpose="domain")
