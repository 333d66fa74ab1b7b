"""Issue 10, attack 8: an admin session ends after ADMIN_SESSION_IDLE_SECONDS without a
request and ADMIN_SESSION_MAX_SECONDS after the login; its cookie never reaches the
public pages. Time is moved by editing the times the session keeps, not by waiting."""

import pytest
from django.urls import reverse

from people_first.admin_session import SEEN, STARTED
from tests.staff import admin_login, make_staff, use_fast_passwords


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    use_fast_passwords(settings)


@pytest.fixture
def staff_client(client, db, settings):
    settings.ADMIN_SESSION_IDLE_SECONDS = 1800
    settings.ADMIN_SESSION_MAX_SECONDS = 43200
    assert admin_login(client, make_staff("writer", app_labels=["campaign"])).status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200
    return client


def move_back(client, **seconds):
    """Make the session's login and last request `seconds` older."""
    session = client.session
    for key, ago in (("started", STARTED), ("seen", SEEN)):
        session[ago] -= seconds.get(key, 0)
    session.save()


def is_logged_out(client, response):
    return (
        response.status_code == 302
        and response["Location"].startswith(reverse("admin:login"))
        and "_auth_user_id" not in client.session
    )


def test_a_session_idle_for_thirty_minutes_is_over(staff_client):
    move_back(staff_client, started=1801, seen=1801)

    response = staff_client.get(reverse("admin:campaign_demand_changelist"))

    assert is_logged_out(staff_client, response)
    login = staff_client.get(response["Location"])
    assert "Your admin session has ended. Please log in again." in login.content.decode()


def test_a_session_in_use_lives_on(staff_client):
    for _ in range(3):
        move_back(staff_client, started=1700, seen=1700)
        assert staff_client.get(reverse("admin:index")).status_code == 200


def test_a_session_in_use_ends_twelve_hours_after_the_login(staff_client):
    move_back(staff_client, started=43201, seen=60)

    response = staff_client.get(reverse("admin:index"))

    assert is_logged_out(staff_client, response)


def test_a_new_login_starts_a_new_twelve_hours(staff_client, settings):
    user = make_staff("keeper", app_labels=["campaign"])
    move_back(staff_client, started=43000)

    assert admin_login(staff_client, user).status_code == 302
    move_back(staff_client, seen=0)  # the clock the login set is what counts

    assert staff_client.get(reverse("admin:index")).status_code == 200
    assert staff_client.session[SEEN] - staff_client.session[STARTED] < 60


def test_the_session_store_forgets_an_idle_session(staff_client):
    assert 1700 < staff_client.session.get_expiry_age() <= 1800

    move_back(staff_client, started=43200 - 600)
    staff_client.get(reverse("admin:index"))

    assert staff_client.session.get_expiry_age() <= 600


def test_the_session_cookie_belongs_to_the_admin_alone(client, db, settings):
    response = admin_login(client, make_staff("writer"))

    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["path"] == "/admin/"
    assert cookie["secure"] or settings.DEBUG
    assert cookie["httponly"]


def test_public_pages_set_no_cookie_and_do_not_vary_on_it_after_admin_work(staff_client, petition):
    """The test client sends the admin cookie everywhere (a browser would not, given its
    path): even so, the public pages neither read it nor set one."""
    staff_client.post(
        reverse("admin:campaign_demand_changelist"), {"action": "publish", "index": "0"}
    )
    for url in ["/en/", "/uk/petitions/people-first/", "/en/endorsers/", "/en/about/"]:
        response = staff_client.get(url)
        assert response.status_code in (200, 404), url
        assert not response.cookies, url
        assert "cookie" not in response.get("Vary", "").lower(), url
