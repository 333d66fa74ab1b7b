"""The client's address, as far as it can be known: the one function that decides it.

Rate limits (signing, endorsing, the admin login) count per client address, so whoever
can choose the address they are counted under can sign without limit. A header such as
`X-Real-IP` or `X-Forwarded-For` (CLIENT_IP_HEADER) is written by the proxy, but anyone
who reaches gunicorn directly can write it too; so it is believed only when the request
comes from an address in TRUSTED_PROXIES. In a list (`X-Forwarded-For: a, b, c`) each
proxy appends the address it saw: reading from the right, every address a trusted proxy
wrote is skipped, and the first untrusted one is the client. Whatever is left of it was
written by the client and proves nothing.

No header value can make this fail (a 500 in the rate limiter, as before): an entry that
is not an address ends the walk at the last address known to be right.

django-ratelimit calls `client_ip` through RATELIMIT_IP_META_KEY (settings) and masks
the result itself (RATELIMIT_IPV6_MASK: a /64 for IPv6).
"""

import ipaddress
from functools import cache

from django.conf import settings

# A peer that is not an IP address (gunicorn on a Unix socket gives an empty one) is
# counted under this one address: everyone so connected shares a limit, which is safe,
# rather than none, which is not.
UNKNOWN = "0.0.0.0"  # noqa: S104 - an address to count under, not one to bind to
# Longer entries are not addresses; more hops than this are not a real proxy chain.
MAX_ENTRY = 64
MAX_HOPS = 16


def client_ip(request):
    """The client's address as a string, for rate limits (and anything else that must
    tell clients apart)."""
    remote = parse_address(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return UNKNOWN
    header = settings.CLIENT_IP_HEADER
    if not header or not is_trusted(remote):
        return str(remote)
    client = remote
    entries = request.META.get(header, "").rsplit(",", MAX_HOPS)[-MAX_HOPS:]
    for entry in reversed(entries):
        address = parse_address(entry)
        if address is None:
            break
        client = address
        if not is_trusted(address):
            break
    return str(client)


def parse_address(text):
    """An IP address from a header entry (`203.0.113.7`, `203.0.113.7:5123`,
    `[2001:db8::1]:443`, `2001:db8::1`), or None. IPv4 written as IPv6
    (`::ffff:203.0.113.7`) is the IPv4 address, so that it gets the IPv4 limit."""
    text = text.strip().strip('"')
    if not text or len(text) > MAX_ENTRY:
        return None
    if text.startswith("["):
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    text = text.partition("%")[0]  # an IPv6 zone (fe80::1%eth0) names a local interface
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def is_trusted(address):
    return any(address in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


@cache
def _networks(cidrs):
    return [ipaddress.ip_network(cidr, strict=False) for cidr in cidrs]
