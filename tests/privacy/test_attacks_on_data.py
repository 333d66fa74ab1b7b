"""Signers at risk, attacks 4, 5 and 6: a copy of the database, links in logs, and public
data polled to date each confirmation. Each test performs the attack on the real stack."""

import base64
import datetime
import importlib.util
import json
import re

from django.db import connection
from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils import timezone

from people_first import crypto
from petitions import counting, privacy, public_data, rules, staff, tokens
from petitions.models import PendingSignature, PublishedBreakdown, Signature
from tests.conftest import ROOT, sign_data
from tests.petitions.factories import confirmed, submit

from .conftest import confirm_by_email, sign
from .test_database_dump import pg_dump

SIGN = "/en/petitions/people-first/sign/"


# --- 4. A copy of the database narrows people down -----------------------------------------


def every_fernet_value(dump):
    """Every Fernet token in a dump (they start with gAAAAA), as the server's keys read
    them: what someone who seized the running server could decrypt."""
    found = re.findall(r"gAAAAA[A-Za-z0-9_=-]+", dump)
    return [value for value in (crypto.decrypt(v) for v in found) if value is not None]


def test_a_seized_server_with_its_keys_reads_no_address_once_the_emails_have_gone(
    transactional_db, client, smtp, run_tasks, petition
):
    sign(client, email="confirmed.one@riverside.example")
    sign(client, email="pending.one@lakeside.example")
    run_tasks()
    confirm_by_email(client, smtp, "confirmed.one@riverside.example")

    dump = pg_dump(casefold=False)

    assert list(PendingSignature.objects.values_list("outbox", flat=True)) == [None]
    assert every_fernet_value(dump) == []
    for secret in ("confirmed.one", "pending.one", "riverside.example", "lakeside.example"):
        assert secret not in dump.casefold()


def test_only_an_email_still_queued_is_readable_with_the_servers_keys(
    client, petition, smtp, run_tasks, settings
):
    settings.EMAIL_PORT = 1  # SMTP unreachable: the email waits for its retry
    sign(client, email="queued.one@example.org")
    run_tasks()

    (outbox,) = PendingSignature.objects.values_list("outbox", flat=True)  # decrypted
    assert json.loads(outbox)["to"] == "queued.one@example.org"


def test_ciphertexts_are_the_same_size_whatever_the_length_of_the_name_and_address(petition):
    short = submit(petition, "al@x.io", name="Al")
    long = submit(
        petition,
        "oleksandra.kovalenko-shevchenko@university.example",
        name="Oleksandra Kovalenko-Shevchenko Ivanivna",
    )
    raw = PendingSignature.objects.annotate(stored=Cast("outbox", TextField()))
    pending = {p.confirm_digest: p for p in raw}
    first, second = pending[tokens.digest(short)], pending[tokens.digest(long)]
    assert len(first.details) == len(second.details)
    assert len(first.stored) == len(second.stored)

    rules.confirm(short)
    rules.confirm(long)

    sealed = Signature.objects.values_list("sealed_identity", flat=True)
    assert len({len(s) for s in sealed}) == 1
    # The padding is real: the box holds more than the longer identity needs.
    assert len(base64.b64decode(sealed[0])) - 48 == crypto.SEALED_BUCKET


def test_signatures_are_dated_to_the_day_in_the_sealed_identity_too(petition, coalition_key):
    signature = confirmed(petition)
    key = coalition_key.read_text().strip()

    identity = privacy.unseal(signature.sealed_identity, key)

    assert identity["confirmed_on"] == counting.utc_today().isoformat()
    assert not any(re.search(r"\d\d:\d\d", str(value)) for value in identity.values())


def test_public_lists_go_by_id_not_by_time(client, petition):
    for name in ("Anna", "Borys", "Chrystia"):
        confirmed(petition, f"{name}@example.org", name=name, public=True)
    # Dates carry no order within a day; ids do.
    html = client.get("/en/petitions/people-first/").content.decode()

    assert html.index("Chrystia") < html.index("Borys") < html.index("Anna")


# --- 5. Links and logs tie a person to a row -----------------------------------------------


def test_link_tokens_hold_no_id_and_no_time_and_the_database_keeps_only_their_digest(
    client, petition, smtp, run_tasks
):
    for i in range(3):
        client.post(SIGN, sign_data(email=f"s{i}@example.org"))
    run_tasks()
    stored = pg_dump_text()

    links = [re.findall(r"/en/(?:confirm|withdraw)/(\S+)/", smtp.text(m)) for m in smtp.messages]
    assert [len(pair) for pair in links] == [2, 2, 2]
    for token in sum(links, []):
        assert tokens.well_formed(token)  # 32 random bytes: no "id:time:mac"
        assert token not in stored
        assert tokens.digest(token) in stored


def pg_dump_text():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT coalesce(string_agg(confirm_digest || withdraw_digest || details, ' '), '') "
            "FROM petitions_pendingsignature"
        )
        return cursor.fetchone()[0]


def test_the_thank_you_page_never_hands_its_withdraw_link_on(client, petition):
    token = submit(petition)
    rules.confirm(token)
    withdraw = tokens.withdraw_for(token)

    html = client.get(f"/en/thanks/{withdraw}/").content.decode()

    head = html[: html.index("</head>")]
    share = html[html.index('class="share"') :]
    assert withdraw not in head  # og:url, canonical
    assert 'property="og:url" content="http://testserver/en/petitions/people-first/"' in head
    assert 'rel="canonical" href="http://testserver/en/petitions/people-first/"' in head
    share_links = share[: share.index("</ul>")]
    assert withdraw not in share_links
    # Only the signer's own withdraw link, and the page in the other languages.
    language_nav = html[html.index('class="lang-nav"') :]
    language_nav = language_nav[: language_nav.index("</nav>")]
    assert html.count(withdraw) == 1 + language_nav.count(withdraw) == 4


def test_gunicorns_access_log_is_off_unless_asked_for(monkeypatch):
    monkeypatch.delenv("GUNICORN_ACCESS_LOG", raising=False)
    spec = importlib.util.spec_from_file_location("gunicorn_conf", ROOT / "gunicorn.conf.py")
    config = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(config)

    assert config.accesslog is None


# --- 6. Live public data times each confirmation -------------------------------------------


def at(moment, monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: moment)


def test_breakdowns_are_published_as_of_the_last_full_hour(client, petition, settings, monkeypatch):
    settings.PUBLIC_BREAKDOWN_SECONDS = 3600
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    petition.opens_at = hour - datetime.timedelta(days=1)
    petition.save()
    confirmed(petition, "a@example.org", country="UA")
    at(hour + datetime.timedelta(minutes=5), monkeypatch)
    first = client.get("/petitions/people-first/totals.json").json()

    # An attacker polls after each confirmation, hoping to see where it came from.
    polls = []
    for i, country in enumerate(["GE", "MD", "GE"]):
        confirmed(petition, f"poll{i}@example.org", country=country)
        at(hour + datetime.timedelta(minutes=10 + i), monkeypatch)
        polls.append(client.get("/petitions/people-first/totals.json").json())

    assert [p["signatures"] for p in polls] == [2, 3, 4]  # the total may stay live
    for poll in polls:
        assert poll["updated_at"] == first["updated_at"] == hour.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert poll["by_country"] == first["by_country"]
        assert poll["by_day"] == first["by_day"]
        assert poll["breakdown_signatures"] == 1
    for csv in ("by-country.csv", "by-day.csv"):
        assert b"GE" not in client.get(f"/petitions/people-first/{csv}").getvalue()
    assert "Georgia" not in client.get("/en/press/").content.decode()

    at(hour + datetime.timedelta(hours=1, seconds=1), monkeypatch)
    later = client.get("/petitions/people-first/totals.json").json()
    assert later["breakdown_signatures"] == 4
    assert later["updated_at"] == (hour + datetime.timedelta(hours=1)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    assert PublishedBreakdown.objects.count() == 1  # the older one is forgotten


def test_the_worker_publishes_the_breakdown_on_the_hour(petition, settings, monkeypatch):
    settings.PUBLIC_BREAKDOWN_SECONDS = 3600
    confirmed(petition)

    assert public_data.publish_due() == 1
    assert public_data.publish_due() == 0
    (stored,) = PublishedBreakdown.objects.all()
    assert stored.by_country == {"UA": 1}
    assert stored.as_of == public_data.publication_time()


def test_a_withdrawn_or_invalidated_signer_leaves_every_public_list_at_once(client, petition):
    token = submit(petition, "olena@example.org", name="Olena", public=True)
    rules.confirm(token)
    invalid = confirmed(petition, "taras@example.org", name="Taras", public=True)
    confirmed(petition, "petro@example.org", name="Petro", public=True)
    for path in ("/en/", "/en/petitions/people-first/"):
        html = client.get(path).content.decode()
        assert "Olena" in html and "Taras" in html

    rules.withdraw(tokens.withdraw_for(token))
    staff.invalidate(Signature.objects.filter(pk=invalid.pk))
    confirmed(petition, "ivan@example.org")  # the count is back where it was

    for path in ("/en/", "/en/petitions/people-first/", "/uk/", "/ru/petitions/people-first/"):
        html = client.get(path).content.decode()
        assert "Olena" not in html and "Taras" not in html, path
        assert "Petro" in html, path
