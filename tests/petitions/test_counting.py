import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from petitions import counting, rules, staff, tokens
from petitions.models import CounterShard, Signature
from tests.petitions.factories import confirmed, submit

URL = "/en/petitions/people-first/"


def count(petition):
    return counting.total(petition.pk)


def test_the_count_is_exact_after_confirm_withdraw_and_invalidate(petition):
    a = submit(petition, "a@example.org")
    rules.confirm(a)
    confirmed(petition, "b@example.org", country="PL")
    c = confirmed(petition, "c@spam.example")
    submit(petition, "d@example.org")
    confirmed(petition, "e@spam.example")
    assert count(petition) == 4

    rules.withdraw(tokens.withdraw_for(a))
    assert count(petition) == 3
    assert staff.invalidate(Signature.objects.filter(pk=c.pk)) == 1
    assert count(petition) == 2
    assert staff.invalidate_domain(" SPAM.example ") == 1  # the one left valid
    assert count(petition) == 1
    assert staff.invalidate(Signature.objects.all()) == 1
    assert count(petition) == 0
    assert counting.recount(petition, dry_run=True) == (0, 0)


def test_a_new_country_on_a_second_confirmation_moves_the_count(petition):
    confirmed(petition, "a@example.org", country="UA")
    confirmed(petition, "a@example.org", country="PL")

    assert count(petition) == 1
    assert counting.by_country(petition.pk) == [("PL", 1)]
    assert counting.recount(petition, dry_run=True) == (1, 1)


def test_erasing_an_address_takes_it_off_every_count(petition):
    confirmed(petition, "a@example.org")
    confirmed(petition, "b@example.org")

    assert staff.erase_address(" A@Example.org") == 1

    assert count(petition) == 1


def test_tallies_count_per_country_and_day(petition):
    confirmed(petition, "a@example.org", country="UA")
    confirmed(petition, "b@example.org", country="UA")
    confirmed(petition, "c@example.org", country="PL")
    today = datetime.datetime.now(datetime.UTC).date()

    assert counting.by_country(petition.pk) == [("UA", 2), ("PL", 1)]
    assert counting.by_day(petition.pk) == [(today, 3)]


def test_the_page_shows_the_count_held_by_the_counter_shards(client, petition):
    signature = confirmed(petition)
    CounterShard.objects.filter(petition=petition).update(count=1234)

    html = client.get(URL).content.decode()

    assert "<strong>1,234</strong>&nbsp;signatures" in html
    assert signature.counts


def test_the_count_spreads_over_several_rows(petition):
    for i in range(40):
        confirmed(petition, f"signer{i}@example.org")

    shards = CounterShard.objects.filter(petition=petition)
    assert shards.count() == counting.SHARDS
    assert sum(shards.values_list("count", flat=True)) == 40


def test_the_page_shows_a_new_count_at_once(client, petition):
    assert "<strong>0</strong>&nbsp;signatures" in client.get(URL).content.decode()

    confirmed(petition)

    assert "<strong>1</strong>&nbsp;signature" in client.get(URL).content.decode()


def test_the_petition_page_makes_few_queries_whatever_the_number_of_signatures(
    client, petition, django_assert_max_num_queries
):
    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(URL).status_code == 200
        return len(context)

    client.get(URL)  # the petition itself is looked up once per content version
    confirmed(petition, "first@example.org", public=True)
    cold_small, warm_small = queries(), queries()
    for i in range(60):
        confirmed(petition, f"signer{i}@example.org", public=True)
    cold_large, warm_large = queries(), queries()

    assert cold_small == cold_large
    assert warm_small == warm_large
    confirmed(petition, "one.more@example.org")
    with django_assert_max_num_queries(3):
        client.get(URL)  # cold: the count changed
    with django_assert_max_num_queries(0):
        client.get(URL)  # warm: the count read a moment ago is reused


def test_a_count_changed_by_another_process_shows_within_a_second(
    client, petition, monkeypatch, django_assert_num_queries
):
    from people_first import pagecache

    now = pagecache.time.monotonic()
    monkeypatch.setattr(pagecache.time, "monotonic", lambda: now)  # no clock runs meanwhile
    confirmed(petition)
    assert "<strong>1</strong>&nbsp;signature" in client.get(URL).content.decode()
    # Another process confirms: this one is not told, as with several gunicorn workers.
    CounterShard.objects.filter(petition=petition).update(count=2)

    with django_assert_num_queries(0):
        assert "<strong>1</strong>&nbsp;signature" in client.get(URL).content.decode()
    later = now + counting.LIVE_SECONDS
    monkeypatch.setattr(pagecache.time, "monotonic", lambda: later)
    assert "<strong>2</strong>&nbsp;signatures" in client.get(URL).content.decode()
