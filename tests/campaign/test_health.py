"""/healthz says the process is alive; /readyz whether it can serve; a database outage
gives visitors a translated 503 page, never a trace."""

import socket
import time
from unittest import mock

import pytest
from django.db import close_old_connections, connection
from django.test import Client
from django.utils import translation

from tests.campaign.conftest import endorse_data


@pytest.fixture
def database_down(transactional_db):
    """The database refuses connections: the connection is pointed at a port where
    nothing listens (a socket bound but not listening), as when PostgreSQL is stopped."""
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    connection.close()
    with mock.patch.dict(connection.settings_dict, {"HOST": "127.0.0.1", "PORT": port}):
        yield
        connection.close()
    closed.close()


@pytest.fixture
def visitor():
    """A client that gets the error page, as a browser would, instead of the exception."""
    return Client(raise_request_exception=False)


def test_healthz_answers_ok_without_touching_the_database(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"] == "text/plain"


def test_healthz_answers_while_the_database_is_down(visitor, database_down):
    response = visitor.get("/healthz")

    assert (response.status_code, response.content) == (200, b"ok")


def test_readyz_answers_ok_when_the_database_and_the_cache_answer(client, db):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_answers_503_when_the_database_is_unreachable(visitor, database_down):
    response = visitor.get("/readyz")

    assert response.status_code == 503
    assert response.json() == {"database": "unreachable", "cache": "ok"}


def test_readyz_answers_503_when_the_cache_is_unreachable(client, db):
    from people_first.cache import ResilientRedisCache

    dead = socket.socket()
    dead.bind(("127.0.0.1", 0))
    unreachable = ResilientRedisCache(f"redis://127.0.0.1:{dead.getsockname()[1]}/0", {})
    with mock.patch("people_first.views.cache", unreachable):
        response = client.get("/readyz")
    dead.close()

    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "unreachable"}


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_a_page_asked_for_while_the_database_is_down_answers_503_in_the_visitors_language(
    visitor, database_down, lang
):
    response = visitor.get(f"/{lang}/")

    page = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert f'<html lang="{lang}">' in page
    with translation.override(lang):
        heading = translation.gettext("The site is briefly unavailable")
    assert f"<h1>{heading}</h1>" in page
    assert "Traceback" not in page and "OperationalError" not in page


def test_the_endorse_form_answers_503_while_the_database_is_down(visitor, database_down):
    response = visitor.post("/en/endorse/", endorse_data())

    assert response.status_code == 503


def test_the_site_serves_again_once_the_database_is_back(visitor, transactional_db):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    connection.close()
    with mock.patch.dict(connection.settings_dict, {"PORT": closed.getsockname()[1]}):
        assert visitor.get("/readyz").status_code == 503
        connection.close()
    closed.close()

    assert visitor.get("/readyz").status_code == 200


def _last_statement_of(backend_pid):
    import psycopg

    with psycopg.connect(_dsn(), autocommit=True) as other:
        return other.execute(
            "SELECT state, query FROM pg_stat_activity WHERE pid = %s", [backend_pid]
        ).fetchone()


def _dsn():
    s = connection.settings_dict
    return f"host={s['HOST'] or ''} port={s['PORT'] or 5432} user={s['USER']} dbname={s['NAME']}"


def test_a_connection_the_server_dropped_is_replaced_before_the_next_request(
    visitor, transactional_db
):
    import psycopg

    assert visitor.get("/readyz").status_code == 200
    pid = connection.connection.info.backend_pid
    with psycopg.connect(_dsn(), autocommit=True) as other:  # e.g. PostgreSQL restarting
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
    deadline = time.monotonic() + 5
    while _last_statement_of(pid) and time.monotonic() < deadline:
        time.sleep(0.01)

    close_old_connections()  # what the server does as each request starts
    assert visitor.get("/readyz").status_code == 200  # not a 503
    assert connection.connection.info.backend_pid != pid


def test_checking_a_healthy_connection_costs_no_round_trip(transactional_db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 'marker'")
    connection.health_check_done = False  # as at the start of the next request

    connection.close_if_health_check_failed()

    pid = connection.connection.info.backend_pid
    assert _last_statement_of(pid) == ("idle", "SELECT 'marker'")
