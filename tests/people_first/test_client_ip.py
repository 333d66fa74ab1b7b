"""Issue 10, attack 10: a client that reaches gunicorn without the proxy chooses the
address it is counted under, and a malformed header made the rate limiter raise (500).

The proxy is at 10.0.0.1 (TRUSTED_PROXIES 10.0.0.0/8); the attacker at 203.0.113.66
talks to gunicorn directly and sends a fresh address in the header every time."""

import ipaddress
import itertools

import pytest
from django.test import RequestFactory
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from people_first.client_ip import UNKNOWN, client_ip
from petitions.models import PendingSignature
from tests.conftest import sign_data
from tests.fuzz.conftest import fuzz

SIGN = "/en/petitions/people-first/sign/"
PROXY = "10.0.0.1"
ATTACKER = "203.0.113.66"


@pytest.fixture(params=["HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP"])
def behind_a_proxy(request, settings):
    """The site as deployed behind a proxy that sets the header; returns its META key."""
    settings.CLIENT_IP_HEADER = request.param
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "fd00::/8"]
    return request.param


def fresh_addresses():
    return (f"198.51.100.{i}" for i in itertools.count(1))


def sign_from(client, remote, header, value, n):
    return client.post(
        SIGN, sign_data(email=f"s{n}@example.org"), REMOTE_ADDR=remote, **{header: value}
    ).status_code


def test_rotating_the_header_around_the_proxy_does_not_escape_the_sign_limit(
    client, petition, settings, behind_a_proxy
):
    settings.SIGN_RATE_LIMIT = "3/m"
    addresses = fresh_addresses()

    answers = [sign_from(client, ATTACKER, behind_a_proxy, next(addresses), n) for n in range(6)]

    assert answers == [302, 302, 302, 429, 429, 429]
    assert PendingSignature.objects.count() == 3


def test_rotating_the_header_around_the_proxy_does_not_escape_the_login_limit(
    client, db, settings, behind_a_proxy
):
    settings.LOGIN_RATE_LIMIT = "3/15m"
    addresses = fresh_addresses()

    # A different user name each time: only the per-address limit can stop a spray.
    answers = [
        client.post(
            reverse("admin:login"),
            {"username": f"user{n}", "password": "guess"},
            REMOTE_ADDR=ATTACKER,
            **{behind_a_proxy: next(addresses)},
        ).status_code
        for n in range(5)
    ]

    assert answers == [200, 200, 200, 429, 429]


def test_the_trusted_proxys_header_tells_clients_apart(client, petition, settings, behind_a_proxy):
    settings.SIGN_RATE_LIMIT = "1/m"

    assert sign_from(client, PROXY, behind_a_proxy, "198.51.100.7", 1) == 302
    assert sign_from(client, PROXY, behind_a_proxy, "198.51.100.8", 2) == 302
    assert sign_from(client, PROXY, behind_a_proxy, "198.51.100.7", 3) == 429


def test_addresses_a_client_puts_before_the_proxys_count_for_nothing(client, petition, settings):
    """X-Forwarded-For: the proxy appends the address it saw; what the client sent is left
    of it. The right-most untrusted address is the client, whatever it wrote before."""
    settings.SIGN_RATE_LIMIT = "2/m"
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    addresses = fresh_addresses()

    answers = [
        sign_from(client, PROXY, "HTTP_X_FORWARDED_FOR", f"{next(addresses)}, {ATTACKER}", n)
        for n in range(4)
    ]

    assert answers == [302, 302, 429, 429]


def test_without_trusted_proxies_the_header_is_never_believed(client, petition, settings):
    settings.SIGN_RATE_LIMIT = "1/m"
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.TRUSTED_PROXIES = []

    assert sign_from(client, PROXY, "HTTP_X_FORWARDED_FOR", "198.51.100.1", 1) == 302
    assert sign_from(client, PROXY, "HTTP_X_FORWARDED_FOR", "198.51.100.2", 2) == 429


@pytest.mark.parametrize(
    ("remote", "header", "client"),
    [
        ("203.0.113.66", "198.51.100.1", "203.0.113.66"),  # not from the proxy
        ("10.0.0.1", "198.51.100.1", "198.51.100.1"),
        ("10.0.0.1", "198.51.100.1, 10.0.0.2", "198.51.100.1"),  # a second proxy
        ("10.0.0.1", "1.1.1.1, 198.51.100.1, 10.0.0.2", "198.51.100.1"),
        ("10.0.0.1", "garbage, 198.51.100.1", "198.51.100.1"),
        ("10.0.0.1", "198.51.100.1, garbage", "10.0.0.1"),  # stops at the last known
        ("10.0.0.1", "10.0.0.3", "10.0.0.3"),  # all trusted: the farthest one
        ("10.0.0.1", "", "10.0.0.1"),
        ("10.0.0.1", " , ,", "10.0.0.1"),
        ("10.0.0.1", "198.51.100.1:51234", "198.51.100.1"),
        ("10.0.0.1", "[2001:db8::7]:443", "2001:db8::7"),
        ("10.0.0.1", "2001:db8::7", "2001:db8::7"),
        ("10.0.0.1", '"2001:db8::7"', "2001:db8::7"),
        ("10.0.0.1", "::ffff:198.51.100.1", "198.51.100.1"),
        ("10.0.0.1", "fe80::1%eth0", "fe80::1"),
        ("fd00::5", "198.51.100.1", "198.51.100.1"),
        ("::ffff:10.0.0.1", "198.51.100.1", "198.51.100.1"),
        ("", "198.51.100.1", UNKNOWN),  # a Unix socket: one shared limit
    ],
)
def test_the_client_is_the_right_most_untrusted_address(settings, remote, header, client):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "fd00::/8"]
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=header)

    assert client_ip(request) == client


MALFORMED = [
    "",
    " ",
    ",",
    "unknown",
    "garbage",
    "1.2.3.4, 5.6.7.8",
    "1.2.3.4,,5.6.7.8",
    "999.1.1.1",
    "1.2.3.4/24",
    "01.2.3.4",
    "1.2.3.4:notaport",
    "[::1]",
    "[::1]:80",
    "[::1",
    "::1]",
    ":::",
    "fe80::1%",
    "fe80::1%" + "x" * 500,
    "for=198.51.100.1;proto=https",
    "\x00",
    "\u202e1.2.3.4",
    "١.٢.٣.٤",
    "x" * 8000,
    "1.2.3.4," * 1000,
    ", " * 4000,
]


def test_no_header_value_makes_signing_or_the_login_fail(
    client, petition, settings, behind_a_proxy
):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed
    settings.SIGN_RATE_LIMIT = settings.LOGIN_RATE_LIMIT = "1000/m"
    answers = {}
    for n, (remote, value) in enumerate(itertools.product([PROXY, ATTACKER], MALFORMED)):
        sign = client.post(
            SIGN,
            sign_data(email=f"s{n}@example.org"),
            REMOTE_ADDR=remote,
            **{behind_a_proxy: value},
        )
        login = client.post(
            reverse("admin:login"),
            {"username": "x", "password": "y"},
            REMOTE_ADDR=remote,
            **{behind_a_proxy: value},
        )
        answers[remote, value[:20]] = (sign.status_code, login.status_code)

    assert {k: v for k, v in answers.items() if v != (302, 200)} == {}


@fuzz
@given(
    header=st.one_of(
        st.text(max_size=200),
        st.lists(st.one_of(st.ip_addresses().map(str), st.text(max_size=20)), max_size=20).map(
            ", ".join
        ),
    ),
    remote=st.sampled_from([PROXY, ATTACKER, "fd00::1", "", "nonsense"]),
)
def test_any_header_gives_an_address_the_rate_limiter_can_mask(settings, header, remote):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "fd00::/8"]
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=header)

    address = client_ip(request)

    # What django-ratelimit does with it (core._get_ip), which raised before.
    mask = 64 if ":" in address else 32
    ipaddress.ip_network(f"{address}/{mask}", strict=False)
    if remote == ATTACKER:
        assert address == ATTACKER
