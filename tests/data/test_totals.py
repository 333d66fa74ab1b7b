"""/petitions/<slug>/totals.json and /petitions/totals.json: the public contract."""

import datetime
import re

import pytest

from petitions import rules, staff, tokens
from petitions.models import Petition
from tests.petitions.factories import confirmed, submit

from .conftest import today

URL = "/petitions/people-first/totals.json"


def get(client, url=URL, headers=None, **params):
    response = client.get(url, params, headers=headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


@pytest.fixture
def signed(sign):
    """12 from Ukraine and 6 from Poland (two days ago), 5 from Germany and 2 from France
    (today), 1 from Georgia (five days ago): 26 in all."""
    sign("UA", 12, days_ago=2)
    sign("PL", 6, days_ago=2)
    sign("DE", 5)
    sign("FR", 2)
    sign("GE", 1, days_ago=5)


def test_it_publishes_the_totals_in_the_documented_shape(client, signed):
    data = get(client)

    assert data["petition"] == "people-first"
    assert data["title"] == "People First"
    assert data["signatures"] == 26
    assert data["goal"] == 1000
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", data["updated_at"])
    assert data["updated_at"][:10] == today().isoformat()
    assert data["by_country"][0] == {"code": "UA", "name": "Ukraine", "signatures": 12}
    assert data["by_day"][0] == {
        "date": (today() - datetime.timedelta(days=5)).isoformat(),
        "signatures": 1,
        "cumulative": 1,
    }


def test_its_two_lists_add_up_to_the_total(client, signed):
    data = get(client)

    assert data["breakdown_signatures"] == data["signatures"]  # live breakdowns in tests
    assert sum(row["signatures"] for row in data["by_country"]) == data["breakdown_signatures"]
    assert sum(row["signatures"] for row in data["by_day"]) == data["breakdown_signatures"]
    assert data["by_day"][-1]["cumulative"] == data["breakdown_signatures"]


def test_it_lists_countries_largest_first(client, signed):
    data = get(client)

    counts = [row["signatures"] for row in data["by_country"]]
    assert counts == sorted(counts, reverse=True)
    assert [row["code"] for row in data["by_country"]] == ["UA", "PL", "DE", "other"]


def test_by_day_runs_from_the_first_signature_to_today_with_the_empty_days(client, signed):
    data = get(client)

    day = today()
    assert data["by_day"] == [
        {"date": str(day - datetime.timedelta(days=5)), "signatures": 1, "cumulative": 1},
        {"date": str(day - datetime.timedelta(days=4)), "signatures": 0, "cumulative": 1},
        {"date": str(day - datetime.timedelta(days=3)), "signatures": 0, "cumulative": 1},
        {"date": str(day - datetime.timedelta(days=2)), "signatures": 18, "cumulative": 19},
        {"date": str(day - datetime.timedelta(days=1)), "signatures": 0, "cumulative": 19},
        {"date": str(day), "signatures": 7, "cumulative": 26},
    ]


def test_by_day_reaches_today_when_nobody_signed_since(client, sign):
    sign("UA", 2, days_ago=3)

    data = get(client)

    assert [row["date"] for row in data["by_day"]][-1] == today().isoformat()
    assert [row["signatures"] for row in data["by_day"]] == [2, 0, 0, 0]


def test_countries_with_fewer_than_five_signers_are_grouped_as_other(client, signed):
    data = get(client)

    assert data["by_country"][-1] == {
        "code": "other",
        "name": "Other countries (fewer than 5 signers each)",
        "signatures": 3,
    }
    assert data["small_group_threshold"] == 5
    assert 'grouped under the code "other"' in data["notes"]
    assert "FR" not in {row["code"] for row in data["by_country"]}


def test_the_small_group_threshold_is_a_setting(client, signed, settings):
    settings.SMALL_GROUP_THRESHOLD = 1

    data = get(client)

    assert [row["code"] for row in data["by_country"]] == ["UA", "PL", "DE", "FR", "GE"]
    assert data["small_group_threshold"] == 1


def test_a_large_other_group_takes_its_place_in_the_order(client, sign):
    sign("UA", 5)
    for country in ("FR", "DE", "PL"):
        sign(country, 2)

    data = get(client)

    assert [(row["code"], row["signatures"]) for row in data["by_country"]] == [
        ("other", 6),
        ("UA", 5),
    ]


def test_only_confirmed_valid_signatures_count(client, petition, sign):
    sign("UA", 5)
    submit(petition, "waiting@example.org", country="UA")
    confirmed(petition, "spam@spam.example", country="UA")
    staff.invalidate_domain("spam.example")
    gone = submit(petition, "changed-mind@example.org", country="UA")
    rules.confirm(gone)
    rules.withdraw(tokens.withdraw_for(gone))

    data = get(client)

    assert data["signatures"] == 5
    assert data["by_country"] == [{"code": "UA", "name": "Ukraine", "signatures": 5}]


def test_a_petition_without_signatures_has_empty_lists(client, petition):
    data = get(client)

    assert data["signatures"] == data["breakdown_signatures"] == 0
    assert data["by_country"] == []
    assert data["by_day"] == []
    assert data["updated_at"][:10] == today().isoformat()


def test_a_cached_answer_is_never_behind_the_count(client, sign):
    sign("UA", 5)
    assert get(client)["signatures"] == 5

    sign("UA", 1)

    data = get(client)
    assert data["signatures"] == 6
    assert data["by_day"][-1]["cumulative"] == 6


def test_the_title_follows_the_lang_parameter(client, petition):
    petition.title_uk = "Люди передусім"
    petition.save()

    assert get(client, lang="uk")["title"] == "Люди передусім"
    assert get(client, lang="ru")["title"] == "People First"  # no Russian title: English
    assert get(client, lang="xx")["title"] == "People First"
    assert get(client, headers={"Accept-Language": "uk"})["title"] == "People First"


def test_an_unknown_slug_answers_404_in_json(client, petition):
    response = client.get("/petitions/no-such-petition/totals.json")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"error": "not found"}
    assert response["Access-Control-Allow-Origin"] == "*"


def test_an_inactive_petition_is_not_published(client, petition):
    Petition.objects.filter(pk=petition.pk).update(is_active=False)

    for url in (
        URL,
        "/petitions/people-first/by-day.csv",
        "/petitions/people-first/by-country.csv",
    ):
        response = client.get(url)
        assert response.status_code == 404
        assert response.json() == {"error": "not found"}


def test_the_list_of_petitions_gives_each_public_one_its_total(client, petition, sign):
    sign("UA", 3)
    Petition.objects.create(slug="second", title_en="Second", text_en="Text", goal=None)
    Petition.objects.create(slug="hidden", title_en="Hidden", text_en="Text", is_active=False)

    data = get(client, "/petitions/totals.json")

    assert data == {
        "petitions": [
            {"slug": "people-first", "title": "People First", "signatures": 3, "goal": 1000},
            {"slug": "second", "title": "Second", "signatures": 0, "goal": None},
        ]
    }
