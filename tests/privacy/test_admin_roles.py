"""Issue 5, requirement 6: staff see what their role needs; two-factor for signer data;
an audit log nobody edits; a login that resists guessing; a configurable admin path."""

import importlib

import pytest
from django.contrib.admin import site
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission
from django.test import Client, RequestFactory
from django.urls import clear_url_caches, reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from django_otp.plugins.otp_totp.models import TOTPDevice

from petitions import privacy
from petitions.models import ExportLog, Signature
from tests.petitions.factories import confirmed

from .conftest import PASSWORD, admin_login, make_staff, totp_token


@pytest.fixture
def signature(petition):
    return confirmed(petition, "olena@example.org")


def signature_urls(signature):
    return [
        reverse("admin:petitions_signature_changelist"),
        reverse("admin:petitions_signature_change", args=[signature.pk]),
        reverse("admin:petitions_exportlog_changelist"),
        reverse("admin:petitions_erase_address"),
        reverse("admin:petitions_petition_export", args=[signature.petition_id]),
    ]


# --- Content editors ----------------------------------------------------------------------


def test_a_content_editor_logs_in_with_password_and_code(client, content_editor):
    response = admin_login(client, content_editor)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


def test_a_content_editor_never_reaches_signer_data(client, content_editor, signature):
    admin_login(client, content_editor)
    for url in signature_urls(signature):
        assert client.get(url).status_code == 403, url


def test_a_content_editor_does_not_see_the_signature_modules(client, content_editor, signature):
    admin_login(client, content_editor)
    html = client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:petitions_petition_changelist") in html
    assert reverse("admin:campaign_demand_changelist") in html
    assert reverse("admin:petitions_signature_changelist") not in html
    assert reverse("admin:petitions_exportlog_changelist") not in html


def test_a_content_editor_gets_no_export_button(client, content_editor, signature):
    admin_login(client, content_editor)
    html = client.get(
        reverse("admin:petitions_petition_change", args=[signature.petition_id])
    ).content.decode()
    assert "Download the sealed signer export" not in html


# --- Two-factor for every staff login (issue 10, attack 8) ----------------------------------


NO_DEVICE = (
    "Every staff account needs two-factor authentication, and this one has no device "
    "yet. Ask an administrator to run `manage.py totp_device %(username)s`."
)


@pytest.mark.parametrize(
    "make",
    [
        lambda: make_staff("writer", app_labels=["campaign"], device=False),
        lambda: make_staff("keeper", permissions=["view_signer_data"], device=False),
        lambda: make_staff("keeper", permissions=["export_signers"], device=False),
        lambda: make_staff("clerk", device=False),  # staff with no permission at all
        lambda: make_staff("root", superuser=True, device=False),
    ],
    ids=["content editor", "signer viewer", "signer exporter", "no permission", "superuser"],
)
def test_staff_without_a_device_are_refused_at_login_and_told_what_to_do(client, db, make):
    user = make()
    response = admin_login(client, user)
    assert response.status_code == 200
    assert escape(NO_DEVICE % {"username": user.username}) in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("admin:index")).status_code == 302


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_the_refusal_is_translated(client, db, language):
    user = make_staff("writer", app_labels=["campaign"], device=False)
    with translation.override(language):
        expected = gettext(NO_DEVICE) % {"username": "writer"}
    assert expected != NO_DEVICE % {"username": "writer"}

    response = client.post(
        reverse("admin:login"),
        {"username": user.username, "password": PASSWORD},
        HTTP_ACCEPT_LANGUAGE=language,
    )

    assert escape(expected) in response.content.decode()


@pytest.mark.parametrize("who", ["content editor", "signer staff"])
def test_a_password_without_the_code_opens_nothing(client, content_editor, signer_admin, who):
    user = content_editor if who == "content editor" else signer_admin
    response = client.post(
        reverse("admin:login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("who", ["content editor", "signer staff"])
def test_a_session_without_the_second_factor_is_not_let_in(
    client, content_editor, signer_admin, signature, who
):
    """Logged in some other way (a session without a verified device): no admin."""
    user = content_editor if who == "content editor" else signer_admin
    client.force_login(user)
    for url in [reverse("admin:index"), reverse("admin:campaign_demand_changelist")]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))

    request = RequestFactory().get("/")
    request.user = user
    user.is_verified = lambda: False
    assert site.has_permission(request) is False


def test_a_wrong_code_is_refused(client, signer_admin):
    response = admin_login(client, signer_admin, token="000000")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_with_a_valid_code_signer_staff_read_signatures(client, signer_admin, signature):
    response = admin_login(client, signer_admin)
    assert response.status_code == 302
    changelist = client.get(reverse("admin:petitions_signature_changelist"))
    assert changelist.status_code == 200
    assert f"#{signature.pk}" in changelist.content.decode()
    page = client.get(reverse("admin:petitions_signature_change", args=[signature.pk]))
    assert page.status_code == 200
    assert "Ukraine" in page.content.decode()
    # Not even the domain: the database keeps only its keyed hash.
    assert "example.org" not in page.content.decode()
    assert "olena" not in page.content.decode()


def test_signer_staff_find_the_export_on_the_petition_page(client, signer_admin, signature):
    admin_login(client, signer_admin)
    page = client.get(reverse("admin:petitions_petition_change", args=[signature.petition_id]))
    assert page.status_code == 200
    export_url = reverse("admin:petitions_petition_export", args=[signature.petition_id])
    assert f'<a href="{export_url}">Download the sealed signer export</a>' in page.content.decode()
    changelist = client.get(reverse("admin:petitions_signature_changelist")).content.decode()
    erase_url = reverse("admin:petitions_erase_address")
    assert f'<a href="{erase_url}">Erase every signature of one address</a>' in changelist


# --- The export log ------------------------------------------------------------------------


def test_every_export_is_logged_and_nobody_edits_the_log(client, signer_admin, signature):
    admin_login(client, signer_admin)
    signer_admin.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="petitions",
            codename__in=["add_exportlog", "change_exportlog", "delete_exportlog"],
        )
    )
    assert (
        client.get(
            reverse("admin:petitions_petition_export", args=[signature.petition_id])
        ).status_code
        == 200
    )
    log = ExportLog.objects.get()
    assert (log.user, log.petition_id, log.rows) == (signer_admin, signature.petition_id, 1)

    listing = client.get(reverse("admin:petitions_exportlog_changelist"))
    assert listing.status_code == 200
    assert "keeper" in listing.content.decode()
    change_url = reverse("admin:petitions_exportlog_change", args=[log.pk])
    page = client.get(change_url)
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert client.post(change_url, {"rows": 0}).status_code == 403
    assert client.get(reverse("admin:petitions_exportlog_add")).status_code == 403
    delete_url = reverse("admin:petitions_exportlog_delete", args=[log.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    assert ExportLog.objects.get().rows == 1


# --- Guessing ---------------------------------------------------------------------------------


def test_the_login_locks_out_after_the_rate_limit(client, db, settings):
    settings.LOGIN_RATE_LIMIT = "3/15m"
    make_staff("writer")
    answers = [
        client.post(reverse("admin:login"), {"username": "writer", "password": "guess"})
        for _ in range(4)
    ]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    # The right password does not help now, from here or for this user from anywhere.
    right = {"username": "writer", "password": PASSWORD}
    assert client.post(reverse("admin:login"), right).status_code == 429
    other = Client(REMOTE_ADDR="198.51.100.7")
    assert other.post(reverse("admin:login"), right).status_code == 429


def test_the_default_limit_is_five_attempts(client, db, settings):
    assert settings.LOGIN_RATE_LIMIT == "5/15m"
    statuses = [
        client.post(reverse("admin:login"), {"username": "x", "password": "y"}).status_code
        for _ in range(6)
    ]
    assert statuses == [200] * 5 + [429]


# --- The admin path ---------------------------------------------------------------------------


def test_the_admin_lives_at_admin_url(settings):
    assert reverse("admin:index") == "/" + settings.ADMIN_URL


def test_the_admin_path_is_configurable(client, db, settings):
    import people_first.urls

    settings.ADMIN_URL = "backstage-7f3a/"
    try:
        importlib.reload(people_first.urls)
        clear_url_caches()
        assert reverse("admin:index") == "/backstage-7f3a/"
        assert client.get("/backstage-7f3a/login/").status_code == 200
        assert client.get("/admin/login/").status_code == 404
    finally:
        settings.ADMIN_URL = "admin/"
        importlib.reload(people_first.urls)
        clear_url_caches()
    assert reverse("admin:index") == "/admin/"


# --- Invalidation by staff ----------------------------------------------------------------


@pytest.fixture
def moderator(db):
    return make_staff("moderator", permissions=["view_signer_data", "change_signature"])


def test_invalidating_is_recorded_in_the_admin_history(client, moderator, signature):
    admin_login(client, moderator)
    client.post(
        reverse("admin:petitions_signature_changelist"),
        {"action": "invalidate_selected", "_selected_action": [signature.pk]},
    )
    signature.refresh_from_db()
    assert signature.invalidated_on is not None
    entry = LogEntry.objects.get()
    assert (entry.user, entry.object_repr, entry.change_message) == (
        moderator,
        f"#{signature.pk}",
        "Invalidated.",
    )


def test_invalidating_by_domain_spares_anonymised_signatures(client, moderator, petition):
    first = confirmed(petition, "s0@example.org")
    for i in range(1, 3):
        confirmed(petition, f"s{i}@example.org")
    anonymised = confirmed(petition, "other@example.net")
    Signature.objects.filter(pk=anonymised.pk).update(domain_hash="")
    admin_login(client, moderator)

    client.post(
        reverse("admin:petitions_signature_changelist"),
        {"action": "invalidate_domains", "_selected_action": [first.pk, anonymised.pk]},
    )

    invalid = Signature.objects.filter(invalidated_on__isnull=False)
    assert (
        list(invalid.values_list("domain_hash", flat=True))
        == [privacy.domain_hash("example.org")] * 3
    )


def test_staff_find_signatures_by_the_domain_they_type(client, moderator, petition):
    confirmed(petition, "olena@Example.ORG")
    other = confirmed(petition, "taras@example.net")
    admin_login(client, moderator)

    response = client.get(reverse("admin:petitions_signature_changelist"), {"q": "example.org"})

    html = response.content.decode()
    assert response.status_code == 200
    assert f"#{Signature.objects.exclude(pk=other.pk).get().pk}" in html
    assert f"#{other.pk}<" not in html


def test_the_login_refuses_while_the_cache_holding_its_limit_is_down(client, db, caplog):
    import socket
    from unittest import mock

    from people_first.cache import ResilientRedisCache

    user = make_staff("writer")
    dead = socket.socket()
    dead.bind(("127.0.0.1", 0))
    unreachable = ResilientRedisCache(f"redis://127.0.0.1:{dead.getsockname()[1]}/0", {})
    code = totp_token(TOTPDevice.objects.get(user=user))
    right = {"username": "writer", "password": PASSWORD, "otp_token": code}
    with mock.patch("people_first.admin_site.cache", unreachable):
        form = client.get(reverse("admin:login"))
        refused = client.post(reverse("admin:login"), right)
    dead.close()

    assert form.status_code == 200
    assert refused.status_code == 503
    assert refused["Retry-After"] == "30"
    assert "_auth_user_id" not in client.session
    assert "Admin login refused" in caplog.text
    assert client.post(reverse("admin:login"), right).status_code == 302  # back: it works
