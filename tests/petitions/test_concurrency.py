"""Many requests at once, each thread on its own database connection, as under load."""

import threading

import pytest
from django.db import connection

from petitions import counting, rules, staff, tokens
from petitions.models import Signature, Tally
from tests.petitions.factories import submit

pytestmark = pytest.mark.django_db(transaction=True)


def at_once(functions):
    """Run the functions in threads released together; re-raise the first error."""
    barrier = threading.Barrier(len(functions))
    errors = []

    def run(function):
        try:
            barrier.wait()
            function()
        except Exception as exc:  # collected, raised in the test's thread
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(f,)) for f in functions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def confirm_if_still_there(token):
    try:
        rules.confirm(token)
    except rules.LinkBroken:
        pass  # another thread used the link first


def test_20_submissions_of_one_address_confirmed_at_once_leave_one_signature(petition):
    variants = ["olena@example.org", "OLENA@example.org", " Olena+x@Example.org "]
    links = [submit(petition, variants[i % 3], country=["UA", "PL"][i % 2]) for i in range(20)]

    at_once([lambda t=t: rules.confirm(t) for t in links])

    assert Signature.objects.count() == 1
    assert counting.total(petition.pk) == 1
    assert counting.recount(petition, dry_run=True) == (1, 1)
    assert counting.by_country(petition.pk) == [(Signature.objects.get().country, 1)]


def test_20_threads_confirming_one_link_count_it_once(petition):
    token = submit(petition)

    at_once([lambda: confirm_if_still_there(token)] * 20)

    assert counting.total(petition.pk) == 1
    assert sum(Tally.objects.values_list("count", flat=True)) == 1


def test_30_concurrent_confirmations_of_different_signatures_count_30(petition):
    links = [submit(petition, f"signer{i}@example.org") for i in range(30)]
    rules.confirm(submit(petition, "before@example.org"))

    at_once([lambda t=t: rules.confirm(t) for t in links])

    assert counting.total(petition.pk) == 31
    assert counting.by_country(petition.pk) == [("UA", 31)]


def test_confirmations_during_a_recount_are_neither_lost_nor_doubled(petition):
    links = [submit(petition, f"signer{i}@example.org") for i in range(24)]
    confirmations = [lambda t=t: rules.confirm(t) for t in links]
    recounts = [lambda: counting.recount(petition)] * 6

    at_once(confirmations + recounts)

    assert counting.total(petition.pk) == 24
    assert counting.recount(petition, dry_run=True) == (24, 24)
    assert counting.by_country(petition.pk) == [("UA", 24)]


def test_concurrent_withdrawals_and_invalidations_count_each_once(petition):
    links = [submit(petition, f"signer{i}@example.org") for i in range(20)]
    signatures = [rules.confirm(token).signature for token in links]
    withdrawn, invalid = links[:10], signatures[10:15]

    at_once(
        [lambda t=t: rules.withdraw(tokens.withdraw_for(t)) for t in withdrawn]
        + [lambda s=s: staff.invalidate(Signature.objects.filter(pk=s.pk)) for s in invalid]
        + [lambda: staff.invalidate(Signature.objects.filter(pk__in=[s.pk for s in invalid]))]
    )

    assert counting.total(petition.pk) == 5
    assert counting.recount(petition, dry_run=True) == (5, 5)
