"""Signers at risk, attacks 1, 2, 3 and 7: each test performs the attack through the real
views, the real worker and a real SMTP server, and shows what the attacker learns."""

import re

import pytest
from django.urls import reverse

from petitions import counting
from petitions.models import PendingSignature, Signature
from tests.conftest import sign_data

from .conftest import admin_login, make_staff

SIGN = "/en/petitions/people-first/sign/"
VICTIM = "activist@example.org"
CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/\w\w/confirm/[^/\s]+/)")
TOKEN = re.compile(r"/(confirm|withdraw)/[A-Za-z0-9_-]{43}/")


def submit(client, ip="203.0.113.1", **fields):
    response = client.post(SIGN, sign_data(**fields), REMOTE_ADDR=ip)
    assert response.status_code == 302
    return response


def links_to(inbox, address):
    return [CONFIRM_LINK.search(inbox.text(m)).group(1) for m in inbox.to(address)]


def main_text(response):
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))


# --- 1. A stranger decides what is published about someone else ---------------------------


def test_a_strangers_submission_for_my_address_publishes_nothing_when_i_sign(
    client, petition, smtp, run_tasks, coalition_key, tmp_path
):
    # The attacker goes first, with the activist's address and their own choices.
    submit(client, ip="198.51.100.66", email=VICTIM, name="Zqwx", country="RU", public="on")
    run_tasks()
    # The activist signs later, not public, and confirms the link that signing sent.
    submit(client, email=VICTIM, name="Olena Kovalenko", country="UA")
    run_tasks()
    attackers_link, own_link = links_to(smtp, VICTIM)

    page = client.get(own_link)
    assert "Olena Kovalenko" in main_text(page)
    assert "Zqwx" not in main_text(page) and "Russia" not in main_text(page)
    assert client.post(own_link).status_code == 302

    for path in ("/en/", "/en/petitions/people-first/", "/ru/", "/ru/petitions/people-first/"):
        html = client.get(path).content.decode()
        assert "Zqwx" not in html, path
    signature = Signature.objects.get()
    assert (signature.public_name, signature.country.code) == (None, "UA")
    assert counting.by_country(petition.pk) == [("UA", 1)]
    # What the coalition will read with its offline key: the activist's own words.
    staff = make_staff("keeper", permissions=["view_signer_data", "export_signers"], device=True)
    admin_login(client, staff)
    export = tmp_path / "export.csv"
    export.write_bytes(client.get(f"/admin/petitions/petition/{petition.pk}/export/").getvalue())
    from django.core.management import call_command

    out = tmp_path / "signers.csv"
    call_command("decrypt_signers", str(export), private_key=str(coalition_key), output=str(out))
    readable = out.read_text()
    assert "Olena Kovalenko" in readable and "Zqwx" not in readable and ",RU," not in readable
    # The attacker's link, opened by mistake, shows its data before anything is recorded.
    page = client.get(attackers_link)
    assert "Zqwx" in main_text(page) and "Russia" in main_text(page)
    assert "Among the recent signers: Zqwx, Russia" in main_text(page)


def test_the_signer_can_untick_public_on_the_confirmation_page(client, petition, smtp, run_tasks):
    submit(client, email=VICTIM, name="Olena Kovalenko", public="on")
    run_tasks()
    [link] = links_to(smtp, VICTIM)
    assert 'name="public"' in client.get(link).content.decode()

    client.post(link, {})  # the box unticked

    assert Signature.objects.get().public_name is None
    assert "Olena" not in client.get("/en/petitions/people-first/").content.decode()


# --- 2. Emails that answer "has this address signed?" --------------------------------------


def normalised(message, inbox):
    """What a mailbox reader sees, with the per-submission tokens blanked."""

    def blank(text):
        return TOKEN.sub(r"/\1/TOKEN/", text)

    parts = [part.get_content_type() for part in message.walk()]
    # Each message has its own date, id and MIME boundary, whoever sends it.
    headers = {k: v for k, v in message.items() if k not in ("Date", "Message-ID")}
    headers["Content-Type"] = message.get_content_type()
    return blank(inbox.text(message)), blank(inbox.html(message)), parts, headers


def test_the_email_is_the_same_for_a_new_pending_confirmed_or_withdrawn_address(
    client, petition, smtp, run_tasks
):
    seen = []

    def sign_and_read():
        smtp.messages.clear()
        submit(client, email=VICTIM, name="Olena Kovalenko")
        run_tasks()
        [message] = smtp.messages
        seen.append(normalised(message, smtp))
        return CONFIRM_LINK.search(smtp.text(message)).group(1)

    sign_and_read()  # new
    link = sign_and_read()  # pending
    client.post(link)
    sign_and_read()  # confirmed
    withdraw = re.search(r"(/en/withdraw/\S+/)", smtp.text(smtp.messages[0])).group(1)
    client.post(link)  # already used: changes nothing
    client.post(re.sub(r"withdraw/\S+/", "withdraw/x/", withdraw))
    assert Signature.objects.count() == 1
    Signature.objects.all().delete()  # withdrawn (as the withdraw link does, counts aside)
    sign_and_read()  # withdrawn

    assert len(seen) == 4
    for email in seen[1:]:
        assert email == seen[0]
    assert seen[0][0].startswith("Hello,")


def test_a_link_on_an_address_already_confirmed_counts_once_with_its_own_choices(
    client, petition, smtp, run_tasks
):
    submit(client, email=VICTIM, name="Olena Kovalenko", country="UA")
    run_tasks()
    client.post(links_to(smtp, VICTIM)[0])
    submit(client, email=VICTIM, name="Olena K.", country="PL", public="on")
    run_tasks()

    response = client.post(links_to(smtp, VICTIM)[1], {"public": "on"})
    thanks = client.get(response["Location"])

    assert "Thank you: your signature counts" in main_text(thanks)
    assert counting.total(petition.pk) == 1
    assert counting.by_country(petition.pk) == [("PL", 1)]
    signature = Signature.objects.get()
    assert (signature.public_name, signature.country.code) == ("Olena", "PL")


# --- 3. Responses that answer it -----------------------------------------------------------


def answer(response):
    return (
        response.status_code,
        response.get("Location"),
        sorted((k, v) for k, v in response.items()),
        response.content,
        sorted(response.cookies),
    )


def test_the_sign_response_is_the_same_whatever_the_state_of_the_address(
    client, petition, smtp, run_tasks, settings
):
    settings.SIGN_EMAIL_RATE_LIMIT = "2/h"
    fresh = answer(submit(client, ip="203.0.113.10", email="someone.new@example.org"))

    states = {}
    states["new"] = answer(submit(client, ip="203.0.113.11", email=VICTIM))
    run_tasks()
    states["pending"] = answer(submit(client, ip="203.0.113.12", email=VICTIM))
    run_tasks()
    client.post(links_to(smtp, VICTIM)[0])
    states["confirmed"] = answer(submit(client, ip="203.0.113.13", email=VICTIM))
    states["over its limit"] = answer(submit(client, ip="203.0.113.14", email=VICTIM))
    run_tasks()

    for state, seen in states.items():
        assert seen == fresh, state
    assert len(smtp.to(VICTIM)) == 2  # the limit held, silently
    assert PendingSignature.objects.count() == 2  # the fresh one and the last within it


def test_only_the_per_ip_limit_answers_429(client, petition, settings):
    settings.SIGN_RATE_LIMIT = "2/m"
    settings.SIGN_EMAIL_RATE_LIMIT = "1/h"

    statuses = [
        client.post(SIGN, sign_data(email=VICTIM), REMOTE_ADDR=f"203.0.113.{i}").status_code
        for i in range(5)
    ]
    same_ip = [
        client.post(SIGN, sign_data(email=f"s{i}@example.org")).status_code for i in range(3)
    ]

    assert statuses == [302] * 5
    assert same_ip == [302, 302, 429]


# --- 7. The "first name" can be anything ---------------------------------------------------


def confirm_page(client, smtp, run_tasks, **fields):
    submit(client, email=VICTIM, public="on", **fields)
    run_tasks()
    [link] = links_to(smtp, VICTIM)
    return link, client.get(link)


def test_the_public_name_is_shown_as_it_will_appear_before_it_goes_public(
    client, petition, smtp, run_tasks
):
    link, page = confirm_page(client, smtp, run_tasks, name="Иванов Иван", country="RU")

    before_button = main_text(page)[: main_text(page).index("Confirm my signature")]
    assert "Among the recent signers: Иванов, Russia" in before_button


@pytest.mark.parametrize(
    "name", ["ivan@mail.ru", "Olena2024 Kovalenko", "t.me/olena", "olena.com.ua Kovalenko"]
)
def test_a_public_name_with_an_address_digits_or_a_web_address_is_refused(
    client, petition, smtp, run_tasks, name
):
    link, page = confirm_page(client, smtp, run_tasks, name=name)

    assert "a public name cannot contain “@”, digits or a web address" in main_text(page)
    assert 'name="public"' not in page.content.decode()
    client.post(link, {"public": "on"})
    signature = Signature.objects.get()
    assert signature.public_name is None
    assert counting.total(petition.pk) == 1  # the signature counts all the same
    assert name.split()[0] not in client.get("/en/").content.decode()


@pytest.mark.parametrize(
    "name",
    ["مهر\u200cناز رضایی", "श्री\u200dमती Devi", "Анна-Марія Коваль", "Siobhán Ó Súilleabháin"],
    ids=["Persian ZWNJ", "Devanagari ZWJ", "hyphen and apostrophe", "Irish"],
)
def test_names_in_every_script_are_accepted_and_shown(client, petition, smtp, run_tasks, name):
    link, page = confirm_page(client, smtp, run_tasks, name=name)
    assert page.status_code == 200

    client.post(link, {"public": "on"})

    assert Signature.objects.get().public_name == name.split()[0]
    assert name.split()[0] in client.get("/en/petitions/people-first/").content.decode()


def test_the_admin_shows_a_public_name_but_never_more(client, petition, smtp, run_tasks):
    link, _ = confirm_page(client, smtp, run_tasks, name="Olena Kovalenko")
    client.post(link, {"public": "on"})
    staff = make_staff("keeper", permissions=["view_signer_data"], device=True)
    admin_login(client, staff)

    html = client.get(reverse("admin:petitions_signature_changelist")).content.decode()

    assert "Olena" in html and "Kovalenko" not in html and "activist" not in html
