"""Many requests at once, each thread on its own database connection, as under load."""

import threading

import pytest
from django.db import connection

from petitions import counting
from petitions import signing as rules
from petitions.models import Signature, Tally
from tests.petitions.factories import pending, signer

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


def test_20_threads_signing_the_same_address_leave_one_signature(petition):
    variants = ["olena@example.org", "OLENA@example.org", " Olena@Example.org "]

    at_once([lambda i=i: rules.sign(petition, signer(variants[i % 3])) for i in range(20)])

    assert Signature.objects.count() == 1


def test_20_threads_confirming_one_signature_count_it_once(petition):
    signature = pending(petition)

    at_once([lambda: rules.confirm(signature.pk)] * 20)

    assert counting.total(petition.pk)[0] == 1
    assert sum(Tally.objects.values_list("count", flat=True)) == 1


def test_30_concurrent_confirmations_of_different_signatures_count_30(petition):
    signatures = [pending(petition, f"signer{i}@example.org") for i in range(30)]
    rules.confirm(pending(petition, "before@example.org").pk)

    at_once([lambda s=s: rules.confirm(s.pk) for s in signatures])

    assert counting.total(petition.pk)[0] == 31
    assert counting.by_country(petition.pk) == [("UA", 31)]


def test_confirmations_during_a_recount_are_neither_lost_nor_doubled(petition):
    signatures = [pending(petition, f"signer{i}@example.org") for i in range(24)]
    confirmations = [lambda s=s: rules.confirm(s.pk) for s in signatures]
    recounts = [lambda: counting.recount(petition)] * 6

    at_once(confirmations + recounts)

    assert counting.total(petition.pk)[0] == 24
    assert counting.recount(petition, dry_run=True) == (24, 24)
    assert counting.by_country(petition.pk) == [("UA", 24)]


def test_concurrent_withdrawals_and_invalidations_count_each_once(petition):
    signatures = [pending(petition, f"signer{i}@example.org") for i in range(20)]
    for signature in signatures:
        rules.confirm(signature.pk)
    withdrawn, invalid = signatures[:10], signatures[10:15]

    at_once(
        [lambda s=s: rules.withdraw(s.pk) for s in withdrawn]
        + [lambda s=s: rules.invalidate(Signature.objects.filter(pk=s.pk)) for s in invalid]
        + [lambda: rules.invalidate(Signature.objects.filter(pk__in=[s.pk for s in invalid]))]
    )

    assert counting.total(petition.pk)[0] == 5
    assert counting.recount(petition, dry_run=True) == (5, 5)
