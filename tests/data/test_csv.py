"""by-country.csv and by-day.csv: the same numbers as totals.json, for spreadsheets."""

import csv
import io

import pytest

from .conftest import today


@pytest.fixture
def signed(sign):
    sign("UA", 6, days_ago=3)
    sign("AX", 5, days_ago=1)  # Åland Islands: a name beyond ASCII
    sign("PL", 2)


def rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.reader(io.StringIO(response.content.decode("utf-8"))))


def test_the_country_csv_matches_the_json(client, signed):
    data = client.get("/petitions/people-first/totals.json").json()

    table = rows(client.get("/petitions/people-first/by-country.csv"))

    assert table[0] == ["code", "country", "signatures"]
    assert table[1:] == [
        [row["code"], row["name"], str(row["signatures"])] for row in data["by_country"]
    ]
    assert table[1:] == [
        ["UA", "Ukraine", "6"],
        ["AX", "Åland Islands", "5"],
        ["other", "Other countries (fewer than 5 signers each)", "2"],
    ]


def test_the_day_csv_matches_the_json(client, signed):
    data = client.get("/petitions/people-first/totals.json").json()

    table = rows(client.get("/petitions/people-first/by-day.csv"))

    assert table[0] == ["date", "signatures", "cumulative"]
    assert table[1:] == [
        [row["date"], str(row["signatures"]), str(row["cumulative"])] for row in data["by_day"]
    ]
    assert [row[1] for row in table[1:]] == ["6", "0", "5", "2"]
    assert table[-1] == [today().isoformat(), "2", "13"]


@pytest.mark.parametrize("name", ["by-country", "by-day"])
def test_a_csv_downloads_as_a_file_named_with_the_date(client, signed, name):
    response = client.get(f"/petitions/people-first/{name}.csv")

    assert response["Content-Disposition"] == (
        f'attachment; filename="people-first-{name}-{today().isoformat()}.csv"'
    )


def test_an_empty_petition_gives_a_header_row_only(client, petition):
    assert rows(client.get("/petitions/people-first/by-day.csv")) == [
        ["date", "signatures", "cumulative"]
    ]
    assert rows(client.get("/petitions/people-first/by-country.csv")) == [
        ["code", "country", "signatures"]
    ]
